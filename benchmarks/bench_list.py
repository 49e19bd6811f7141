"""Response list at 10,000 rows: our source-side sort/filter vs a QSortFilterProxyModel."""

from __future__ import annotations

from common import Result, finish, measure, median, qt_offscreen, report

qt_offscreen()

from PySide6.QtCore import QSortFilterProxyModel, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from benchmarks.generate import cached_store  # noqa: E402
from hoeringsdesk.app import open_app  # noqa: E402
from hoeringsdesk.domain.enums import ResponseStatus  # noqa: E402
from hoeringsdesk.gui.response_model import (  # noqa: E402
    RECEIVED,
    SENDER,
    STATUS,
    ResponseFilter,
    ResponseTableModel,
)

TARGET_MS = 100.0
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


class PlainModel(ResponseTableModel):
    """The same rows and cells, but sorting left to a proxy (the baseline)."""

    def sort(self, column: int, order: Qt.SortOrder = ASC) -> None:
        return None


def view_of(model: object) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.resize(900, 700)
    view.show()
    return view


def main() -> None:
    app = QApplication.instance() or QApplication([])
    generated = cached_store()
    services = open_app(generated.path, read_only=True)
    cid = generated.consultation_id
    rows_ms = measure(lambda: services.responses.rows(cid), repeat=5)
    rows = services.responses.rows(cid)

    ours = ResponseTableModel()
    ours.set_rows(rows)
    ours_view = view_of(ours)
    plain = PlainModel()
    plain.set_rows(rows)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(plain)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy_view = view_of(proxy)

    def alternate(apply_a, apply_b):  # type: ignore[no-untyped-def]
        state = {"a": False}

        def step() -> None:
            state["a"] = not state["a"]
            (apply_a if state["a"] else apply_b)()
            app.processEvents()

        return step

    done = ResponseFilter(status=ResponseStatus.DONE)
    text = ResponseFilter(text="forening")
    cases = [
        (
            "sort by sender",
            alternate(lambda: ours.sort(SENDER, ASC), lambda: ours.sort(SENDER, DESC)),
            alternate(lambda: proxy.sort(SENDER, ASC), lambda: proxy.sort(SENDER, DESC)),
        ),
        (
            "sort by received",
            alternate(lambda: ours.sort(RECEIVED, DESC), lambda: ours.sort(RECEIVED, ASC)),
            alternate(lambda: proxy.sort(RECEIVED, DESC), lambda: proxy.sort(RECEIVED, ASC)),
        ),
        (
            "filter: text in sender/subject",
            alternate(lambda: ours.set_filter(text), lambda: ours.set_filter(ResponseFilter())),
            alternate(
                lambda: (proxy.setFilterKeyColumn(SENDER), proxy.setFilterFixedString("forening")),
                lambda: proxy.setFilterFixedString(""),
            ),
        ),
        (
            "filter: status",
            alternate(lambda: ours.set_filter(done), lambda: ours.set_filter(ResponseFilter())),
            alternate(
                lambda: (proxy.setFilterKeyColumn(STATUS), proxy.setFilterFixedString("Done")),
                lambda: proxy.setFilterFixedString(""),
            ),
        ),
    ]
    results = [
        Result(
            "response list: rows() from the store",
            median(rows_ms),
            "ms",
            note=f"{len(rows):,} rows; service query, no target",
        )
    ]
    for name, mine, theirs in cases:
        ours_ms = median(measure(mine, repeat=8))
        proxy_ms = median(measure(theirs, repeat=2, warmup=0))
        results.append(
            Result(
                f"response list: {name}",
                ours_ms,
                "ms",
                proxy_ms,
                "QSortFilterProxyModel",
                TARGET_MS,
            )
        )
    del ours_view, proxy_view
    report(results, f"Response list ({len(rows):,} rows, model + view)")
    services.close()


if __name__ == "__main__":
    main()
    finish()
