"""Hent fra postkasser: every mailbox of the consultation fetched off the GUI thread, with
progress and cancel, then the same report as an import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hoeringsdesk.app import Services
from hoeringsdesk.gui.import_flow import ImportFlow


class FetchFlow(ImportFlow):
    """One fetch run over the consultation's mailboxes; emits ``done`` with the report."""

    def make_job(self, services: Services, consultation_id: int, paths: list[Path]) -> Callable:
        return lambda progress, cancelled: services.mailboxes.fetch_all(
            consultation_id, progress=progress, cancel=cancelled
        )

    def title(self) -> str:
        return self.tr("Fetch from mailboxes")

    def busy_text(self) -> str:
        return self.tr("Connecting to the mailboxes…")

    def step_text(self, done: int, total: int, name: str) -> str:
        return self.tr("Fetching {0} of {1}: {2}").format(done, total, name)
