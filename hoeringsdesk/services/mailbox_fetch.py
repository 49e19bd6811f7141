"""One fetch from one mailbox: what is new since the last time (UIDVALIDITY + highest UID),
each message registered like a dropped file in its own transaction together with the
mailbox's memory of it; a dropped connection is picked up again where it stopped."""

from __future__ import annotations

import contextlib
import hashlib
import imaplib
import logging
import time
from collections.abc import Callable, Iterator

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from hoeringsdesk.db.models.mailboxes import MailboxMessage, MailboxState
from hoeringsdesk.domain.mailbox import MailboxInfo
from hoeringsdesk.intake.containers import Message, header_message_id, mail_problem
from hoeringsdesk.intake.pipeline import Item
from hoeringsdesk.mailboxes.imap import CONNECTION_ERRORS, Fetched, ImapSession, MailboxError
from hoeringsdesk.services import audit
from hoeringsdesk.services.errors import ServiceError
from hoeringsdesk.services.intake import Cancel, ImportReport, IntakeService, Progress
from hoeringsdesk.services.registration import FileOutcome
from hoeringsdesk.services.unit_of_work import WriteUnit

BATCH = 20  # messages per FETCH
BATCH_BYTES = 16 * 1024 * 1024  # … or fewer, when they are big
MAX_MESSAGE_BYTES = 200 * 1024 * 1024  # a bigger message is reported, not downloaded
RETRIES = 3  # reconnections after a dropped connection, per fetch
RETRY_PAUSE = 1.0  # seconds, doubled each time
RECONNECT_ERRORS: tuple[type[BaseException], ...] = (ServiceError, MailboxError, *CONNECTION_ERRORS)
log = logging.getLogger(__name__)


class MailboxFetch:
    """Fetch one mailbox's new messages into its consultation."""

    def __init__(
        self,
        write: WriteUnit,
        read: sessionmaker[Session],
        intake: IntakeService,
        info: MailboxInfo,
        connect: Callable[[MailboxInfo], ImapSession],
    ) -> None:
        self._write = write
        self._read = read
        self._intake = intake
        self.info = info
        self._connect = connect
        self._session: ImapSession | None = None
        self._uidvalidity = 0
        self._state_id = 0
        self._known: dict[str, tuple[int, str]] = {}  # source -> (uid, message id)
        self._retries = RETRIES

    def run(
        self, progress: Progress | None, cancel: Cancel | None, report: ImportReport
    ) -> ImportReport:
        info = self.info
        self._session = self._connect(info)  # ServiceError: nothing fetched, nothing changed
        try:
            try:
                self._uidvalidity = self._session.examine(info.folder)
                highest = self._begin(report)
                uids = self._new_uids(highest)
                uids = self._skip_known(uids, report)
                sizes = self._session.sizes(uids)
            except MailboxError as exc:
                raise ServiceError(str(exc)) from exc
            except CONNECTION_ERRORS as exc:
                raise ServiceError(
                    f"Forbindelsen til {info.label} blev afbrudt, før der blev hentet noget "
                    f"({exc}). Prøv igen."
                ) from exc
            items = self._messages(uids, sizes, report)
            self._intake.import_items(
                info.consultation_id,
                items,
                len(uids),
                progress=progress,
                cancel=cancel,
                after=self._remember,
                report=report,
            )
        finally:
            if self._session is not None:
                self._session.close()
                self._session = None
        with self._write.begin() as s:
            s.execute(
                update(MailboxState)
                .where(MailboxState.id == self._state_id)
                .values(fetched_at=audit.utcnow())
            )
        return report

    # --- what is new ---

    def _begin(self, report: ImportReport) -> int:
        """The folder's state under this UIDVALIDITY (made or renewed); its highest UID."""
        info = self.info
        with self._write.begin() as s:
            state = s.scalars(
                select(MailboxState).where(
                    MailboxState.mailbox_id == info.id, MailboxState.folder == info.folder
                )
            ).first()
            if state is None:
                state = MailboxState(
                    mailbox_id=info.id, folder=info.folder, uidvalidity=self._uidvalidity
                )
                state.highest_uid = 0
                s.add(state)
            elif state.uidvalidity != self._uidvalidity:
                report.notes.append(
                    f"{info.label}: serveren har nummereret mappen »{info.folder}« på ny "
                    "(UIDVALIDITY er ændret). Beskeder, der allerede er hentet, genkendes på "
                    "Message-ID og indhold og registreres ikke igen."
                )
                state.uidvalidity, state.highest_uid = self._uidvalidity, 0
            s.flush()
            self._state_id = state.id
            return int(state.highest_uid)

    def _new_uids(self, highest: int) -> list[int]:
        assert self._session is not None
        uids = self._session.uids(highest, self.info.since)
        with self._read() as s:
            handled = set(
                s.scalars(
                    select(MailboxMessage.uid).where(
                        MailboxMessage.mailbox_id == self.info.id,
                        MailboxMessage.folder == self.info.folder,
                        MailboxMessage.uidvalidity == self._uidvalidity,
                    )
                )
            )
        return [u for u in uids if u not in handled]

    def _skip_known(self, uids: list[int], report: ImportReport) -> list[int]:
        """After a change of UIDVALIDITY: messages whose Message-ID this mailbox has handled
        before are remembered under their new UID and not fetched again."""
        info = self.info
        with self._read() as s:
            known = dict(
                s.execute(
                    select(MailboxMessage.message_id, MailboxMessage.response_id).where(
                        MailboxMessage.mailbox_id == info.id,
                        MailboxMessage.folder == info.folder,
                        MailboxMessage.uidvalidity != self._uidvalidity,
                        MailboxMessage.message_id != "",
                    )
                ).all()
            )
        if not known or not uids:
            return uids
        assert self._session is not None
        ids = {uid: header_message_id(raw) for uid, raw in self._session.message_ids(uids).items()}
        seen = [u for u in uids if ids.get(u) and ids[u] in known]
        if seen:
            now = audit.utcnow()
            with self._write.begin() as s:
                s.execute(
                    insert(MailboxMessage),
                    [
                        {
                            "mailbox_id": info.id,
                            "folder": info.folder,
                            "uidvalidity": self._uidvalidity,
                            "uid": uid,
                            "message_id": ids[uid],
                            "sha256": "",
                            "status": "known",
                            "response_id": known[ids[uid]],
                            "reason": "",
                            "fetched_at": now,
                        }
                        for uid in seen
                    ],
                )
            report.notes.append(
                f"{info.label}: {len(seen)} besked(er) var allerede hentet (genkendt på "
                "Message-ID) og er ikke hentet igen."
            )
        skipped = set(seen)
        return [u for u in uids if u not in skipped]

    # --- fetching ---

    def _messages(
        self, uids: list[int], sizes: dict[int, int], report: ImportReport
    ) -> Iterator[Item]:
        """The messages in UID order, fetched in batches; a dropped connection is reopened
        (a few times) and the batch fetched again."""
        info = self.info
        batch: list[int] = []
        batch_bytes = 0
        for uid in uids:
            if self._session is None:
                return
            size = sizes.get(uid, 0)
            if size > MAX_MESSAGE_BYTES:
                yield from self._flush(batch, report)
                batch, batch_bytes = [], 0
                source = info.source(uid)
                self._known[source] = (uid, "")
                yield Message(
                    source,
                    f"{source}.eml",
                    problem=f"Beskeden er for stor til at blive hentet ({size // 1_000_000} MB)",
                )
                continue
            if batch and (len(batch) >= BATCH or batch_bytes + size > BATCH_BYTES):
                yield from self._flush(batch, report)
                if self._session is None:
                    return
                batch, batch_bytes = [], 0
            batch.append(uid)
            batch_bytes += size
        yield from self._flush(batch, report)

    def _flush(self, uids: list[int], report: ImportReport) -> Iterator[Item]:
        if not uids or self._session is None:
            return
        fetched = self._fetch(uids, report)
        if fetched is None:
            return
        for got in fetched:
            yield self._message(got)

    def _fetch(self, uids: list[int], report: ImportReport) -> list[Fetched] | None:
        """The batch, or None when the connection is gone for good (noted in the report)."""
        while True:
            assert self._session is not None
            try:
                try:
                    return self._session.fetch(uids)
                except imaplib.IMAP4.abort:
                    raise
                except imaplib.IMAP4.error:  # the server refused the batch: one at a time
                    return [self._fetch_one(uid) for uid in uids]
            except CONNECTION_ERRORS as exc:
                if not self._reconnect(exc, report):
                    return None

    def _fetch_one(self, uid: int) -> Fetched:
        assert self._session is not None
        try:
            return self._session.fetch([uid])[0]
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            log.info("UID %s refused by the server: %s", uid, exc)
            return Fetched(uid, None, None)

    def _reconnect(self, exc: BaseException, report: ImportReport) -> bool:
        info = self.info
        pause = RETRY_PAUSE
        while self._retries > 0:
            self._retries -= 1
            if self._session is not None:
                with contextlib.suppress(Exception):
                    self._session.close()
                self._session = None
            time.sleep(pause)
            pause *= 2
            try:
                self._session = self._connect(info)
                if self._session.examine(info.folder) != self._uidvalidity:
                    report.errors.append(
                        f"{info.label}: serveren nummererede mappen på ny under hentningen; "
                        "hent igen for at få resten."
                    )
                    self._session.close()
                    self._session = None
                    return False
                return True
            except RECONNECT_ERRORS as again:
                exc = again
                self._session = None
        report.errors.append(
            f"{info.label}: forbindelsen blev afbrudt ({exc}). Det hentede er registreret; "
            "hent igen for at fortsætte, hvor det stoppede."
        )
        return False

    def _message(self, got: Fetched) -> Message:
        source = self.info.source(got.uid)
        filename = f"{self.info.label} {self.info.folder} {got.uid}.eml".replace("/", "_")
        if got.data is None:
            self._known[source] = (got.uid, "")
            return Message(
                source,
                filename,
                problem="Serveren ville ikke udlevere beskeden (den er måske "
                "slettet imens eller beskadiget på serveren)",
            )
        self._known[source] = (got.uid, header_message_id(got.data))
        problem = mail_problem(got.data)
        if problem:
            return Message(source, filename, problem=problem)
        return Message(source, filename, got.data, received=got.received)

    # --- remembering ---

    def _remember(self, s: Session, item: Item, outcome: FileOutcome) -> None:
        """Inside the message's own transaction: what it was, what became of it, and the
        folder's highest UID moved on."""
        assert isinstance(item, Message)
        uid, message_id = self._known.pop(item.source)
        s.execute(
            insert(MailboxMessage).values(
                mailbox_id=self.info.id,
                folder=self.info.folder,
                uidvalidity=self._uidvalidity,
                uid=uid,
                message_id=message_id,
                sha256=hashlib.sha256(item.data).hexdigest() if item.data else "",
                status=outcome.status,
                response_id=outcome.response_id or outcome.duplicate_of,
                reason=outcome.reason,
                fetched_at=audit.utcnow(),
            )
        )
        s.execute(
            update(MailboxState)
            .where(MailboxState.id == self._state_id, MailboxState.highest_uid < uid)
            .values(highest_uid=uid)
        )
