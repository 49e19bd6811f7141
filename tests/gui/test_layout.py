"""The workspace at 1366×768 as it first opens: what the officer sorts by is in view, and no
pane can be dragged away to nothing."""

from __future__ import annotations

from hoeringsdesk.app import Services
from hoeringsdesk.gui.response_model import KIND, LATE, NUMBER, RELATION, SENDER, STATUS


def test_the_list_shows_status_deadline_sender_kind_and_campaign(
    make_window, services: Services, full_demo_id: int
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    table = window.workspace.list.table
    header = table.horizontalHeader()
    visible = table.viewport().width()
    for column in (NUMBER, STATUS, LATE, SENDER, KIND, RELATION):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert header.sectionViewportPosition(column) >= 0 and right <= visible, (
            window.workspace.list.model.headerData(column, header.orientation()),
            right,
            visible,
        )


def test_the_splitter_cannot_collapse_the_reader(
    make_window, services: Services, full_demo_id: int
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    splitter = window.workspace.splitter
    splitter.setSizes([2000, 0, 2000])
    assert splitter.sizes()[1] >= 320
    assert window.workspace.reader.width() > 0
    splitter.moveSplitter(10_000, 1)  # drag the right handle all the way
    splitter.moveSplitter(0, 2)
    assert min(splitter.sizes()) > 0


def test_the_details_fit_the_side_pane_without_scrolling_sideways(
    make_window, services: Services, full_demo_id: int, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Oplysninger at the default split of a 1366×768 window: nothing cut at the right
    (the received time wraps, the privacy buttons stand one above the other)."""
    window = make_window()
    workspace = window.workspace
    workspace.splitter.setSizes([600, 410, 356])  # the default split (workspace.py)
    workspace.side.setCurrentWidget(workspace.metadata)
    panel = workspace.metadata
    for row in services.responses.rows(full_demo_id):
        workspace.show_response(row.id)
        qtbot.wait(1)
        need = panel.widget().minimumSizeHint().width()
        assert need <= panel.viewport().width(), (row.number, need, panel.viewport().width())
