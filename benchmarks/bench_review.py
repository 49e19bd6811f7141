"""Side-by-side review at 100,000 recommendations: choosing a section (query + model reset)."""

from __future__ import annotations

from common import Result, finish, measure, median, percentile, qt_offscreen, report

qt_offscreen()

import time  # noqa: E402

from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.generate import cached_store  # noqa: E402
from benchmarks.legacy import LegacyReads  # noqa: E402
from hoeringsdesk.app import open_app  # noqa: E402
from hoeringsdesk.domain.records.review import ReviewItem, ReviewRow, review_row  # noqa: E402
from hoeringsdesk.gui.review_page import ReviewPage  # noqa: E402

TARGET_MS = 50.0
BASELINE_SAMPLE = 8  # the old code takes about a second per section: a sample of sections


class LegacyReview:
    """ReviewService as the page sees it, answering with the pre-optimisation reads.

    The old page read a section's full items on every choice; here the same items become
    the table's rows, and the selection's details are taken from them."""

    def __init__(self, services, legacy: LegacyReads) -> None:  # type: ignore[no-untyped-def]
        self._services = services
        self._legacy = legacy
        self._items: dict[int, ReviewItem] = {}
        self.coverage = legacy.coverage
        self.passages = services.review.passages

    def rows(self, cid: int, section_id: int, subsections: bool = True) -> list[ReviewRow]:
        ids = self._services.review.subtree(cid, section_id) if subsections else [section_id]
        items = self._legacy.items(cid, ids)
        self._items = {i.rec.id: i for i in items}
        return [review_row(i) for i in items]

    def details(self, _cid: int, rec_ids: list[int]) -> list[ReviewItem]:
        return [self._items[r] for r in rec_ids if r in self._items]


class LegacyServices:
    def __init__(self, services, legacy: LegacyReads) -> None:  # type: ignore[no-untyped-def]
        self.drafts = services.drafts
        self.review = LegacyReview(services, legacy)


def settle(app: QApplication, page: ReviewPage) -> None:
    """Process events until the page's reads (run off the GUI thread) have come and are shown."""
    app.processEvents()
    while page.deferred.pending or page.loader.busy:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()


def choose_each(app: QApplication, page: ReviewPage, section_ids: list[int]) -> list[float]:
    """Milliseconds from choosing a section until its recommendations are shown and painted
    (the lines are read in a worker: the time runs until they have come and are shown)."""
    out = []
    for sid in section_ids:
        started = time.perf_counter()
        page.select_section(sid)
        settle(app, page)
        out.append((time.perf_counter() - started) * 1000)
    return out


def main() -> None:
    app = QApplication.instance() or QApplication([])
    generated = cached_store()
    services = open_app(generated.path, read_only=True)
    cid = generated.consultation_id
    legacy = LegacyReads(services.store.sessions.read)
    sections = services.drafts.sections(cid)
    parents = {s.parent_id for s in sections}
    leaves = [s.id for s in sections if s.id not in parents]
    tops = [s.id for s in sections if s.depth == 0]

    page = ReviewPage(services, QUndoStack())
    page.resize(1366, 768)
    page.show()
    page.set_consultation(cid)
    app.processEvents()
    order = [s.id for s in sections]
    choose_each(app, page, order[:5])  # warm up
    times = dict(zip(order, choose_each(app, page, order), strict=True))
    sizes = {sid: 0 for sid in order}
    for sid in order:
        page.select_section(sid)
        settle(app, page)
        sizes[sid] = page.model.total()
    sample = order[:: max(1, len(order) // BASELINE_SAMPLE)][:BASELINE_SAMPLE]
    page.select_section(tops[0])
    app.processEvents()
    rebuild_ms = []  # after a change the page did not make itself: the index is read again
    for _ in range(3):
        services.review.drop_index()
        started = time.perf_counter()
        page.load_items()
        settle(app, page)
        rebuild_ms.append((time.perf_counter() - started) * 1000)

    old_page = ReviewPage(LegacyServices(services, legacy), QUndoStack())  # type: ignore[arg-type]
    old_page.resize(1366, 768)
    old_page.show()
    old_page.consultation_id = cid
    old_page.tree_model.set_sections(sections)
    old_times = choose_each(app, old_page, sample)
    ours_sample = choose_each(app, page, sample)

    all_ms = list(times.values())
    results = [
        Result(
            "review: choose a section (median, all)",
            median(all_ms),
            "ms",
            median(old_times),
            f"old code, {len(sample)} sections",
            TARGET_MS,
            note=f"{len(order)} sections, with sub-sections; ours on the same sample: "
            f"{median(ours_sample):.0f} ms",
        ),
        Result(
            "review: choose a section (90th percentile)",
            percentile(all_ms, 90),
            "ms",
            target=TARGET_MS,
        ),
        Result(
            "review: choose a leaf section (median)",
            median([times[s] for s in leaves]),
            "ms",
            target=TARGET_MS,
            note=f"{len(leaves)} leaves, median {median([sizes[s] for s in leaves]):.0f} items",
        ),
        Result(
            "review: choose a top-level section (median)",
            median([times[s] for s in tops]),
            "ms",
            target=TARGET_MS,
            note=f"{len(tops)} chapters with all sub-sections, "
            f"median {median([sizes[s] for s in tops]):,.0f} items, "
            f"max {max(times[s] for s in tops):.0f} ms",
        ),
    ]
    results.append(
        Result(
            "review: first choice after a change",
            median(rebuild_ms),
            "ms",
            note="the review index read anew (every reviewed recommendation), then a "
            f"chapter of {sizes[tops[0]]:,} items shown; later choices are served from it",
        )
    )
    cov_ms = median(measure(lambda: services.review.coverage(cid), repeat=5))
    old_cov_ms = median(measure(lambda: legacy.coverage(cid), repeat=1, warmup=0))
    results.append(
        Result(
            "review: section badges (coverage)",
            cov_ms,
            "ms",
            old_cov_ms,
            "old code",
            note="counted from the review index once it is read",
        )
    )
    ov_ms = median(measure(lambda: services.review.overview(cid), repeat=3))
    old_ov_ms = median(measure(lambda: legacy.overview(cid), repeat=1, warmup=0))
    results.append(Result("overview: numbers", ov_ms, "ms", old_ov_ms, "old code"))
    gaps_ms = median(measure(lambda: services.review.gaps(cid), repeat=3))
    old_gaps_ms = median(measure(lambda: legacy.gaps(cid), repeat=1, warmup=0))
    results.append(
        Result(
            "overview: gaps before export",
            gaps_ms,
            "ms",
            old_gaps_ms,
            "old code",
            note=f"{len(services.review.gaps(cid)):,} gaps",
        )
    )
    report(results, "Review (side by side) and overview")
    services.close()


if __name__ == "__main__":
    main()
    finish()
