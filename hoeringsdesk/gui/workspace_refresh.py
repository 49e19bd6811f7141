"""The responses page picking up changes made elsewhere: a colleague's (brought by the team
poll, read off the GUI thread), or the officer's own on another page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hoeringsdesk.domain.changes import Changes
from hoeringsdesk.domain.records.responses import ResponseRow
from hoeringsdesk.gui.pages import DeferredLoad
from hoeringsdesk.gui.response_model import Arranged
from hoeringsdesk.services.errors import ServiceError

if TYPE_CHECKING:
    from hoeringsdesk.gui.team_refresh import Shown
    from hoeringsdesk.gui.workspace import WorkspacePage

Prefetched = tuple[list[ResponseRow], "Shown | None", Arranged | None]  # rows, shown, arranged


class WorkspaceRefresh:
    """Reloads the response list and the shown response when the page is in front (the
    officer's place kept; a note being typed is not overwritten)."""

    def __init__(self, page: WorkspacePage) -> None:
        self.page = page
        self.prefetched: Prefetched | None = None  # read off the GUI thread by the poll
        self.deferred = DeferredLoad(page, self.load)  # changes load when in front
        self.refreshing = False  # the list is being refilled: its reselection is not a choice

    def load(self, changes: Changes) -> None:
        page = self.page
        prefetched, self.prefetched = self.prefetched, None
        if not changes or page.consultation_id is None:
            return
        if prefetched is None:
            self.refresh_if_changed()
        else:
            self.refresh_if_changed(*prefetched)
        if page.list.current_id() is None and (first := page.list.model.row_at(0)) is not None:
            page.list.select(first.id)  # the first responses have come in

    def prefetch(
        self,
        rows: list[ResponseRow] | None,
        shown: Shown | None = None,
        arranged: Arranged | None = None,
    ) -> None:
        """The response list (filtered and sorted too) and the shown response as read off
        the GUI thread, for the next refresh to show (dropped if the page is behind another
        tab: it reads afresh when it is shown)."""
        behind = self.deferred.in_background()
        self.prefetched = None if behind or rows is None else (rows, shown, arranged)

    def refresh_if_changed(
        self,
        rows: list[ResponseRow] | None = None,
        shown: Shown | None = None,
        arranged: Arranged | None = None,
    ) -> None:
        """Pick up others' work: the list (``rows`` when already read, ``arranged`` when
        also filtered and sorted), and the shown response if it changed (``shown`` when
        already read; all three come from the poll's worker)."""
        page = self.page
        if page.consultation_id is None:
            return
        read_here = rows is None
        if rows is None:
            rows = page.services.responses.rows(page.consultation_id)
        self.refreshing = True  # the list selects the shown response again: it stays shown
        try:
            page.list.set_rows(rows, page.list.current_id(), arranged, fit=False)
        finally:
            self.refreshing = False
        detail = page.detail
        if detail is not None and not page.metadata.notes.document().isModified():
            if shown is not None and shown.response_id == detail.row.id:
                fresh = shown.detail
            elif not read_here:
                return  # the officer chose another response meanwhile: it was read then
            else:
                try:
                    fresh = page.services.responses.detail(detail.row.id)
                except ServiceError:
                    fresh = None
            if fresh is None:
                page.show_response(None)
            elif fresh != detail:
                current = page.panel.current()
                page.show_detail(fresh, current.id if current else None)
                # Not scored again for a colleague's change (it leaves the model as it was;
                # a rescoring holds the interpreter ~0.2 s), unless one is under way: it read
                # the response before this, so it is asked for again.
                if page.rescorer.busy:
                    page.rescorer.request(fresh.row.id)
