"""The main window on a generated store of 10,000 responses: list, filter, sort, review."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from benchmarks.generate import Scale, generate_store
from hoeringsdesk.app import Services, open_app
from hoeringsdesk.gui.main_window import MainWindow
from hoeringsdesk.gui.response_model import NUMBER
from tests.gui.loading import loaded

SCALE = Scale(responses=10_000, recommendations=30_000, sections=60, seed=3)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path: Path = tmp_path_factory.mktemp("scale") / "store.sqlite3"
    generate_store(path, SCALE)
    services = open_app(path, user="tester")
    yield services
    services.close()


def test_window_on_ten_thousand_responses(
    qtbot: QtBot, big: Services, qsettings: QSettings
) -> None:
    window = MainWindow(big, qsettings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    responses = window.workspace.list
    model = responses.model
    total = model.rowCount()
    assert total >= 10_000

    # Filter on status, then on text (the full-text search answers through the service).
    responses.status.setCurrentIndex(responses.status.findData("done"))
    done = model.rowCount()
    assert 0 < done < total
    assert all(model.row_at(i).status == "done" for i in range(done))
    responses.status.setCurrentIndex(0)
    assert model.rowCount() == total
    qtbot.keyClicks(responses.text, "Havbo")
    qtbot.waitUntil(lambda: 0 < model.rowCount() < total, timeout=5000)
    assert all("havbo" in r.sender_display.casefold() for r in model.visible_rows())
    responses.text.clear()
    qtbot.waitUntil(lambda: model.rowCount() == total, timeout=5000)

    # Sort by number, descending: the highest number comes first.
    responses.table.sortByColumn(NUMBER, Qt.SortOrder.DescendingOrder)
    highest = max(r.number or 0 for r in model.all_rows())
    assert model.row_at(0).number == highest

    # The review shows exactly a section's recommendations when it is chosen.
    window.tabs.setCurrentWidget(window.review)
    review = window.review
    sections = big.drafts.sections(1)
    leaf = next(s for s in reversed(sections) if not any(o.parent_id == s.id for o in sections))
    loaded(qtbot, review, timeout=60_000)  # the review index is built at 10,000 here
    review.subsections.setChecked(False)
    review.select_section(leaf.id)
    loaded(qtbot, review)  # read off the GUI thread
    expected = [i.rec.id for i in big.review.items(1, [leaf.id])]
    assert expected
    assert sorted(row.id for row in review.model.items()) == sorted(expected)
    review.table.selectAll()
    chosen = review.selected_items()
    assert [i.rec.id for i in chosen] == [row.id for row in review.model.items()]
    assert all(leaf.id in {s.id for s in i.rec.sections} for i in chosen)
    window.close()
