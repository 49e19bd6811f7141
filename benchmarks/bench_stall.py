"""The window's longest stall while the team poll brings in a colleague's change at 10,000
responses: the GUI event loop ticked by a 5 ms timer, the longest gap between two ticks.

- ours: the poll as the window runs it (``ChangePoller``): the change token, the response
  list and the shown response read in a worker (``LatestRead``), the page refreshed from what
  came back on the GUI thread;
- baseline, same run and window: the old synchronous refresh, everything on the GUI thread
  (the token, ``ResponseService.rows``, the shown response's detail, then the same refresh);
- idle: the longest gap with nothing running.
Before each round a colleague (a second connection to the same store) edits the notes of
the shown response or of another one, so every round has a change to bring in.

Then the same for the review page and the overview refreshing after such a change (the
review's index read anew, the tree's badges and the busiest section's lines; the overview's
numbers, consultation list and gaps): ours through their background reads (``ReviewLoader``,
the overview's ``LatestRead``), next to the old synchronous path (the same reads and the
same display calls on the GUI thread) in the same run.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import Result, finish, median, qt_offscreen, report

from benchmarks.generate import cached_store
from benchmarks.stall_trace import Trace

TARGET_MS = 50.0
TICK_MS = 5
ROUNDS = 5


class StallMeter:
    """The longest gap (ms) between ticks of a 5 ms timer on the GUI thread while ``busy()``."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.last = 0
        self.worst = 0
        self.trace = Trace() if "--trace" in sys.argv else None
        self.case = ""  # what is measured, for the trace

    def tick(self) -> None:
        if self.trace is not None:
            self.trace.tick()
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def measure(self, start: Callable[[], None], busy: Callable[[], bool]) -> float:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        assert app is not None
        self.clock.start()
        self.last, self.worst = 0, 0
        self.timer.start()
        if self.trace is not None and self.case:
            self.trace.start(sys._getframe().f_code)
        QTimer.singleShot(2 * TICK_MS, start)  # from the event loop, as the poll's timer does
        started = time.perf_counter()
        app.processEvents()
        while (time.perf_counter() - started < 0.05 or busy()) and (
            time.perf_counter() - started < 60
        ):
            app.processEvents()
            time.sleep(0.0005)
        for _ in range(4):  # the ticks right after the refresh count too
            app.processEvents()
            time.sleep(TICK_MS / 1000)
        self.timer.stop()
        if self.trace is not None and self.trace.on:
            self.trace.stop()
            if self.worst > TARGET_MS:
                print(self.trace.account(self.case), flush=True)
        return float(self.worst)


def main() -> None:
    qt_offscreen()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from hoeringsdesk.app import open_app
    from hoeringsdesk.gui.background_read import retiring
    from hoeringsdesk.gui.main_window import MainWindow
    from hoeringsdesk.services.large_reads import freeze_lasting

    app = QApplication.instance() or QApplication([])
    generated = cached_store()
    scratch = Path(tempfile.mkdtemp(prefix="hoeringsdesk-stall-"))
    path = scratch / "store.sqlite3"
    shutil.copy(generated.path, path)  # a colleague writes below; the cache stays as it is
    services = open_app(path, user="bench")
    colleague = open_app(path, user="kollega", lock=False)
    settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    window.resize(1366, 768)
    window.show()
    window.poller.timer.stop()  # the rounds below poll by hand, one at a time
    ws = window.workspace
    cid = generated.consultation_id
    try:
        if window.consultation_id != cid:
            window.set_consultation(cid)
        app.processEvents()
        freeze_lasting()  # as the program does once its window is shown (gui/launch.py)
        rows = services.responses.rows(cid)
        ws.list.select(rows[len(rows) // 2].id)
        meter = StallMeter()
        others = [r.id for r in rows[: ROUNDS * 2]]

        def change(n: int) -> None:
            """A colleague's edit: the shown response's notes every other round."""
            assert ws.detail is not None
            rid = ws.detail.row.id if n % 2 == 0 else others[n]
            colleague.responses.update(rid, notes=f"Kollegaens note {n} {time.time()}")

        def settled() -> None:
            while ws.rescorer.busy or ws.retrainer.busy:
                app.processEvents()
                time.sleep(0.005)

        settled()
        idle_until = [0.0]

        def idle_start() -> None:
            idle_until[0] = time.perf_counter() + 0.5

        idle = [
            meter.measure(idle_start, lambda: time.perf_counter() < idle_until[0]) for _ in range(3)
        ]
        idle_ms = median(idle)
        # the GUI thread's own time in the refresh (CPU time: scheduling noise left out)
        spent: list[float] = []
        real_refresh = ws.refresher.refresh_if_changed

        def timed_refresh(*args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            started = time.thread_time()
            real_refresh(*args, **kwargs)
            spent.append((time.thread_time() - started) * 1000)

        ws.refresher.refresh_if_changed = timed_refresh  # type: ignore[method-assign]

        def polling(token: int) -> bool:
            """Busy until the change is shown and the rows it replaced are let go of."""
            return window.poller.seen != token or retiring()

        ours, old, ours_cpu, old_cpu = [], [], [], []
        for n in range(ROUNDS):
            # ours: the poll as the window runs it
            change(2 * n)
            token = colleague.audit.last_change(cid)
            meter.case = "team poll"
            ours.append(meter.measure(window.poll_changes, lambda t=token: polling(t)))
            ours_cpu.append(spent.pop())
            settled()
            # baseline: the old synchronous refresh of the same kind of change
            change(2 * n + 1)
            token = colleague.audit.last_change(cid)

            def synchronous() -> None:
                if services.audit.last_change(cid) != window.poller.seen:
                    window.poller.seen = services.audit.last_change(cid)
                    ws.refresher.refresh_if_changed()  # rows and the shown response read right here

            meter.case = ""  # the old path is not traced
            old.append(meter.measure(synchronous, lambda t=token: window.poller.seen != t))
            old_cpu.append(spent.pop())
            settled()
        assert ws.detail is not None and "Kollegaens note" in ws.detail.notes
        meter.case = "click on a response"

        def clicked() -> bool:
            """Busy until the response is shown and its suggestions scored again."""
            return bool(ws.detail_reader.busy or ws.rescorer.busy or retiring())

        clicks = []  # the officer clicks another response: its detail is read and shown
        for rid in others:
            clicks.append(meter.measure(lambda r=rid: ws.list.select(r), clicked))
            assert ws.detail is not None and ws.detail.row.id == rid  # it was shown
            settled()
        pages = page_rounds(app, window, services, cid, meter, change)
    finally:
        window.close()
        colleague.close()
        services.close()
        shutil.rmtree(scratch, ignore_errors=True)
    results = [
        Result(
            "stall: team poll brings in a change (median)",
            median(ours),
            "ms",
            median(old),
            "old synchronous refresh",
            TARGET_MS,
            note=f"{len(rows):,} responses; {ROUNDS} rounds, a {TICK_MS} ms timer",
        ),
        Result(
            "stall: team poll brings in a change (worst)",
            max(ours),
            "ms",
            max(old),
            "old synchronous refresh",
            TARGET_MS,
        ),
        Result(
            "stall: longest gap with nothing running",
            idle_ms,
            "ms",
            note="median of 3 half-seconds: the machine's own noise",
        ),
        Result(
            "stall: the officer clicks a response (median)",
            median(clicks),
            "ms",
            idle_ms,
            "nothing running",
            TARGET_MS,
            note=f"worst {max(clicks):.0f} ms; {len(clicks)} responses, detail read and shown",
        ),
        Result(
            "stall: GUI thread's CPU time in the refresh",
            median(ours_cpu),
            "ms",
            median(old_cpu),
            "old synchronous refresh",
            note="median; the refresh slot alone, time.thread_time()",
        ),
    ]
    for name, (ours_ms, old_ms) in pages.items():
        if not old_ms:  # the GUI thread's own share (badges + lines), pairs per round
            results.append(Result(f"stall: {name}", median(ours_ms), "ms", note="median"))
            continue
        results.append(
            Result(
                f"stall: {name} refreshes after a change (median)",
                median(ours_ms),
                "ms",
                median(old_ms),
                "old synchronous load",
                TARGET_MS,
                note=f"worst {max(ours_ms):.0f} ms (old {max(old_ms):.0f} ms); {ROUNDS} rounds",
            )
        )
    report(results, "The window's longest stall during the team poll (10,000 responses)")
    finish()


def page_rounds(app, window, services, cid, meter, change):  # type: ignore[no-untyped-def]
    """The review page and the overview refreshing after a colleague's change: the longest
    stall through their background reads, and through the old synchronous load."""
    from hoeringsdesk.domain.changes import Changes
    from hoeringsdesk.gui.background_read import retiring
    from hoeringsdesk.gui.overview_page import _ReadNumbers
    from hoeringsdesk.gui.review_loading import ReadReview
    from hoeringsdesk.gui.review_tree import badge, breakdown

    review, overview = window.review, window.overview
    out: dict[str, tuple[list[float], list[float]]] = {}
    shown_cpu: list[float] = []  # the GUI thread's CPU time showing the review's answer
    real_show_lines, real_badges = review.show_lines, review.tree_model.set_badges

    def timed(real):  # type: ignore[no-untyped-def]
        def run(*args, **kwargs):  # type: ignore[no-untyped-def]
            started = time.thread_time()
            real(*args, **kwargs)
            shown_cpu.append((time.thread_time() - started) * 1000)

        return run

    review.show_lines = timed(real_show_lines)  # type: ignore[method-assign]
    review.tree_model.set_badges = timed(real_badges)  # type: ignore[method-assign]

    def settle(busy) -> None:  # type: ignore[no-untyped-def]
        while busy():
            app.processEvents()
            time.sleep(0.005)

    def review_busy() -> bool:
        return bool(
            review.loader.busy or review.deferred.pending or review.passages.busy or retiring()
        )

    def review_old() -> None:
        """Before: coverage and the section's lines read right here, then shown."""
        loaded = ReadReview(services.review, cid, review.section.id, True, True)()
        coverage = loaded.coverage
        review.tree_model.set_badges(
            {sid: badge(c) for sid, c in coverage.items()},
            {sid: breakdown(c) for sid, c in coverage.items()},
        )
        review.show_lines(loaded.rows, None)

    def overview_busy() -> bool:
        return bool(overview.reads.busy or overview.deferred.pending or retiring())

    def overview_old() -> None:
        """Before: the numbers, the consultation list and the gaps read right here."""
        overview._read(_ReadNumbers(services, cid)())

    window.tabs.setCurrentWidget(review)
    review.show_busiest_section()
    settle(review_busy)
    n = 100
    for name, page, busy, old_load in (
        ("review page", review, review_busy, review_old),
        ("overview", overview, overview_busy, overview_old),
    ):
        window.tabs.setCurrentWidget(page)
        settle(busy)
        ours, old = [], []
        for _ in range(ROUNDS):
            change(n)  # even: the shown response's notes (a new token: the index is stale)
            n += 2
            meter.case = name
            ours.append(meter.measure(lambda p=page: p.refresh(Changes(answers=True)), busy))
            meter.case = ""
            settle(busy)
            change(n)
            n += 2
            old.append(meter.measure(old_load, busy))
        out[name] = (ours, old)
        if page is review:
            out["review page, GUI thread's CPU time showing the answer (ms)"] = (shown_cpu, [])
            shown_cpu = []
    return out


if __name__ == "__main__":
    main()
