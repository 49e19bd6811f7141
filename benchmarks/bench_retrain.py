"""Retraining the suggestions' model at 100,000 recommendations, and whether the window stays
responsive meanwhile.

- cold: the first training after the store is opened (every accepted tag read and tokenised);
- after a tag: what the window runs after every three tags (only changed tags read again);
- the GUI thread's longest pause while the retraining runs in its worker (a 10 ms timer),
  next to the longest pause with nothing running;
- scoring a response's open suggestions again, and candidates for a new selection.
Baseline: a bare read of the accepted tags (ids, versions, sections, passages) in the run.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from common import Result, finish, median, qt_offscreen, report
from sqlalchemy import text

from benchmarks.generate import cached_store
from hoeringsdesk.app import open_app

TARGET_S = 1.0  # retraining after a tag, in the background
PAUSE_TARGET_MS = 100.0  # the longest the window may not answer while it runs

BARE = text(
    "SELECT r.id, r.version, rs.section_id, r.passage FROM recommendation r "
    "JOIN response p ON p.id = r.response_id "
    "JOIN recommendation_section rs ON rs.recommendation_id = r.id "
    "WHERE p.consultation_id = :c AND p.duplicate_of_id IS NULL AND r.status = 'accepted' "
    "AND r.campaign_origin_id IS NULL"
)


def pauses(run_for_s: float, busy) -> float:  # type: ignore[no-untyped-def]
    """The longest gap (ms) between ticks of a 10 ms timer on the GUI thread while ``busy()``
    says work is going on (or for ``run_for_s`` when it is None)."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]
    worst = [0]

    def tick() -> None:
        now = clock.elapsed()
        worst[0] = max(worst[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    started = time.perf_counter()
    while (busy() if busy else time.perf_counter() - started < run_for_s) and (
        time.perf_counter() - started < 60
    ):
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    return float(worst[0])


def main() -> None:
    qt_offscreen()
    generated = cached_store()
    scratch = Path(tempfile.mkdtemp(prefix="hoeringsdesk-retrain-"))
    path = scratch / "store.sqlite3"
    shutil.copy(generated.path, path)  # tags are added below; the cache stays as it is
    services = open_app(path, user="bench")
    cid = generated.consultation_id
    try:
        started = time.perf_counter()
        with services.store.sessions.read() as s:
            rows = s.execute(BARE, {"c": cid}).all()
        bare_s = time.perf_counter() - started
        started = time.perf_counter()
        tags = services.suggestions.retrain(cid)
        cold_s = time.perf_counter() - started
        # three new tags by hand, then the retraining the window runs after them
        response_ids = [r.id for r in services.responses.rows(cid)[:3]]
        sections = [s.id for s in services.drafts.sections(cid)[:3]]
        warm = []
        for round_ in range(5):
            for rid, sid in zip(response_ids, sections, strict=True):
                services.tagging.create(rid, round_ * 10, round_ * 10 + 40, [sid])
            started = time.perf_counter()
            services.suggestions.retrain(cid)
            warm.append(time.perf_counter() - started)
        # the window: a retraining in its worker while the GUI thread ticks
        from hoeringsdesk.gui.suggestion_learning import Retrainer

        idle_ms = pauses(1.0, None)
        services.suggestions._state.clear()  # a cold retraining again, the longest kind
        retrainer = Retrainer(services.suggestions)
        retrainer.request(cid)
        busy_ms = pauses(0, lambda: retrainer.busy)
        retrainer.stop()
        # scoring open suggestions again, candidates for a selection
        with_suggestions = [r.id for r in services.responses.rows(cid) if r.open_suggestions][:20]
        refresh = []
        for rid in with_suggestions:
            started = time.perf_counter()
            services.suggestions.refresh(rid)
            refresh.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        for passage in [r[3] for r in rows[:50]]:
            services.suggestions.candidates(cid, passage)
        candidates_ms = (time.perf_counter() - started) * 1000 / 50
    finally:
        services.close()
        shutil.rmtree(scratch, ignore_errors=True)
    results = [
        Result(
            "retrain: after a tag (median of 5)",
            median(warm),
            "s",
            bare_s,
            "bare read of the tags",
            TARGET_S,
            note=f"{tags:,} tags learned from (of 100,000 recommendations); 3 new each time",
        ),
        Result(
            "retrain: first, on opening the consultation",
            cold_s,
            "s",
            bare_s,
            "bare read of the tags",
            note="in the background; every tag read and tokenised",
        ),
        Result(
            "retrain: longest GUI pause while it runs",
            busy_ms,
            "ms",
            idle_ms,
            "longest pause, idle",
            PAUSE_TARGET_MS,
            note="first retraining in its worker thread; a 10 ms timer on the GUI thread",
        ),
        Result(
            "suggest: score a response's suggestions again",
            median(refresh) if refresh else 0,
            "ms",
            note=f"median of {len(refresh)} responses, with {tags:,} tags",
        ),
        Result(
            "suggest: candidates for a new selection",
            candidates_ms,
            "ms",
            note=f"mean of 50 passages, with {tags:,} tags",
        ),
    ]
    report(results, "Suggestions: retraining at 100,000 recommendations")
    finish()


if __name__ == "__main__":
    main()
