"""The response chosen in the list is read off the GUI thread; only the latest choice is shown."""

from __future__ import annotations

from collections.abc import Callable

from hoeringsdesk.app import Services
from hoeringsdesk.domain.enums import ResponseStatus
from hoeringsdesk.gui.main_window import MainWindow
from tests.builders import add_response, section_id
from tests.gui.loading import response_shown


def test_the_latest_choice_is_shown_and_nothing_acts_on_the_one_before_meanwhile(
    make_window: Callable[[], MainWindow], services: Services
) -> None:
    cid = services.demo.create(with_responses=False)
    first = add_response(services, cid, "Flere cykelstier langs havnen.")
    second = add_response(services, cid, "Flere bænke i parkerne.", organisation="Ældrerådet")
    services.tagging.create(second, 0, 23, [section_id(services, cid, "Beskæft")])
    window = make_window()
    window.poller.stop()  # no poll while the choices below are read
    ws = window.workspace
    response_shown(ws)
    ws.list.select(first)
    response_shown(ws, first)
    ws.list.select(second)
    ws.list.select(first)
    ws.list.select(second)  # chosen again and again before the reads have come back
    # Until the read comes the page has no response: a command acts on nothing, not on the
    # response shown before, and its recommendations are greyed.
    assert ws.detail is None
    assert ws.detail_reader.busy
    assert not ws.panel.isEnabled()
    ws.details.update_response(status=ResponseStatus.DONE)  # nothing to act on yet
    response_shown(ws, second)
    assert ws.detail is not None and ws.detail.row.id == second
    assert "bænke" in ws.reader.toPlainText()
    assert ws.panel.isEnabled() and ws.panel.model.rowCount() == 1
    assert services.responses.row(first).status is ResponseStatus.NEW  # left as it was
    assert services.responses.row(second).status is not ResponseStatus.DONE  # (tagged: begun)
