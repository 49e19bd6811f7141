"""Use cases for a consultation's mailboxes: set them up (password to the OS keyring), list
them, and fetch what is new in them as responses (Hent fra postkasser)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from hoeringsdesk.db.models.mailboxes import Mailbox, MailboxMessage, MailboxState
from hoeringsdesk.domain.enums import MailboxAuth, MailboxSecurity
from hoeringsdesk.domain.mailbox import DEFAULT_PORTS, MailboxInfo
from hoeringsdesk.mailboxes import secrets
from hoeringsdesk.mailboxes.imap import ImapSession, MailboxError
from hoeringsdesk.mailboxes.oauth import DeviceCode, MicrosoftSignIn
from hoeringsdesk.services import audit
from hoeringsdesk.services.base import Service, WriteUnit
from hoeringsdesk.services.errors import NotFound, ServiceError
from hoeringsdesk.services.intake import Cancel, ImportReport, IntakeService, Progress

EDITABLE = (
    "name",
    "host",
    "port",
    "security",
    "username",
    "folder",
    "since",
    "auth",
    "oauth_client_id",
    "oauth_tenant",
    "ca_file",
)


def _info(m: Mailbox, state: MailboxState | None, messages: int) -> MailboxInfo:
    return MailboxInfo(
        id=m.id,
        consultation_id=m.consultation_id,
        name=m.name,
        host=m.host,
        port=m.port,
        security=m.security,
        username=m.username,
        folder=m.folder,
        since=m.since,
        auth=m.auth,
        oauth_client_id=m.oauth_client_id,
        oauth_tenant=m.oauth_tenant,
        ca_file=m.ca_file,
        version=m.version,
        highest_uid=state.highest_uid if state else None,
        uidvalidity=state.uidvalidity if state else None,
        fetched_at=state.fetched_at if state else None,
        messages=messages,
    )


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    """Checked settings; ServiceError names what is wrong."""
    out = dict(values)
    for key in ("name", "host", "username", "folder", "oauth_client_id", "oauth_tenant"):
        if key in out:
            out[key] = str(out[key] or "").strip()
    if "ca_file" in out:
        out["ca_file"] = str(out["ca_file"] or "").strip()
    if "host" in out and not out["host"]:
        raise ServiceError("Postkassen skal have en server (fx outlook.office365.com).")
    if "username" in out and not out["username"]:
        raise ServiceError("Postkassen skal have et brugernavn (typisk e-mail-adressen).")
    if "folder" in out and not out["folder"]:
        out["folder"] = "INBOX"
    if "security" in out:
        try:
            out["security"] = MailboxSecurity(out["security"])
        except ValueError:
            raise ServiceError(
                "Sikkerhed skal være TLS eller STARTTLS; der forbindes aldrig ukrypteret."
            ) from None
    if "auth" in out:
        try:
            out["auth"] = MailboxAuth(out["auth"])
        except ValueError:
            raise ServiceError("Login skal være adgangskode eller Microsoft 365.") from None
    if "port" in out:
        try:
            out["port"] = int(out["port"])
        except (TypeError, ValueError):
            raise ServiceError("Porten skal være et tal (typisk 993).") from None
        if not 0 < out["port"] < 65536:
            raise ServiceError("Porten skal være et tal mellem 1 og 65535 (typisk 993).")
    if out.get("since") is not None and not isinstance(out["since"], date):
        raise ServiceError("»Modtaget siden« skal være en dato.")
    return out


def _key(info: MailboxInfo) -> str:
    return secrets.password_key(info.username, info.host)


class MailboxService(Service):
    """A consultation's mailboxes; a fetch registers each new message like a dropped file."""

    def __init__(
        self,
        write: WriteUnit,
        read: sessionmaker[Session],
        user: str,
        intake: IntakeService,
        sign_in: MicrosoftSignIn | None = None,
    ) -> None:
        super().__init__(write, read, user)
        self._intake = intake
        self.sign_in = sign_in or MicrosoftSignIn()

    # --- settings ---

    def add(
        self, consultation_id: int, *, password: str | None = None, **values: Any
    ) -> MailboxInfo:
        """A new mailbox; ``password`` (if given) goes to the OS keyring, nowhere else."""
        values.setdefault("security", MailboxSecurity.TLS)
        values.setdefault("folder", "INBOX")
        values.setdefault("auth", MailboxAuth.PASSWORD)
        values = _clean(values)
        values.setdefault("port", DEFAULT_PORTS[values["security"]])
        for key in ("host", "username"):
            if key not in values:
                _clean({key: ""})
        unknown = set(values) - set(EDITABLE)
        if unknown:
            raise ServiceError(f"Ukendte indstillinger: {', '.join(sorted(unknown))}.")
        with self._write.begin() as s:
            box = Mailbox(consultation_id=consultation_id, created_at=audit.utcnow(), **values)
            s.add(box)
            s.flush()
            audit.record(
                s,
                self._user,
                "mailbox",
                box.id,
                "create",
                None,
                {k: str(v) for k, v in values.items()},
                consultation_id=consultation_id,
            )
            mailbox_id = box.id
        if password:
            self.set_password(mailbox_id, password)
        return self.get(mailbox_id)

    def update(self, mailbox_id: int, version: int | None = None, **values: Any) -> MailboxInfo:
        """Change settings; a new server or user name takes the kept password along."""
        values = _clean(values)
        old = self.get(mailbox_id)
        with self._write.begin() as s:
            box = s.get(Mailbox, mailbox_id)
            if box is None:
                raise NotFound("Postkassen findes ikke (længere).")
            if version is not None and box.version != version:
                from hoeringsdesk.services.errors import ConflictError

                raise ConflictError("En anden har ændret postkassens indstillinger imens.")
            before = {k: str(getattr(box, k)) for k in values}
            for key, value in values.items():
                if key not in EDITABLE:
                    raise ServiceError(f"Ukendt indstilling: {key}.")
                setattr(box, key, value)
            audit.record(
                s,
                self._user,
                "mailbox",
                box.id,
                "update",
                before,
                {k: str(v) for k, v in values.items()},
                consultation_id=box.consultation_id,
            )
        new = self.get(mailbox_id)
        if _key(new) != _key(old) and new.auth == MailboxAuth.PASSWORD:
            try:
                password = secrets.load(_key(old))
                if password and not secrets.load(_key(new)):
                    secrets.store(_key(new), password)
            except secrets.SecretError as exc:
                raise ServiceError(str(exc)) from exc
        return new

    def remove(self, mailbox_id: int) -> None:
        """Forget the mailbox (what was fetched from it stays registered)."""
        with self._write.begin() as s:
            box = s.get(Mailbox, mailbox_id)
            if box is None:
                raise NotFound("Postkassen findes ikke (længere).")
            audit.record(
                s,
                self._user,
                "mailbox",
                box.id,
                "delete",
                {"host": box.host},
                None,
                consultation_id=box.consultation_id,
            )
            s.delete(box)

    def get(self, mailbox_id: int) -> MailboxInfo:
        with self._read() as s:
            box = s.get(Mailbox, mailbox_id)
            if box is None:
                raise NotFound("Postkassen findes ikke (længere).")
            return self._with_state(s, box)

    def list(self, consultation_id: int) -> list[MailboxInfo]:
        with self._read() as s:
            boxes = s.scalars(
                select(Mailbox)
                .where(Mailbox.consultation_id == consultation_id)
                .order_by(Mailbox.id)
            ).all()
            return [self._with_state(s, b) for b in boxes]

    def _with_state(self, s: Session, box: Mailbox) -> MailboxInfo:
        state = s.scalars(
            select(MailboxState).where(
                MailboxState.mailbox_id == box.id, MailboxState.folder == box.folder
            )
        ).first()
        count = s.scalar(
            select(func.count())
            .select_from(MailboxMessage)
            .where(MailboxMessage.mailbox_id == box.id)
        )
        return _info(box, state, int(count or 0))

    # --- secrets ---

    def set_password(self, mailbox_id: int, password: str) -> None:
        """Keep the password (or app password) in the OS keyring."""
        info = self.get(mailbox_id)
        try:
            secrets.store(_key(info), password)
        except secrets.SecretError as exc:
            raise ServiceError(str(exc)) from exc

    def _password(self, info: MailboxInfo) -> str:
        try:
            password = secrets.load(_key(info))
        except secrets.SecretError as exc:
            raise ServiceError(str(exc)) from exc
        if not password:
            raise ServiceError(
                f"Der er ingen adgangskode til {info.label} i nøgleringen; angiv den under "
                "postkassens indstillinger."
            )
        return password

    # --- Microsoft 365 sign-in ---

    def start_sign_in(self, mailbox_id: int) -> DeviceCode:
        """Ask Microsoft for a device code; its message tells the officer where to type it."""
        try:
            return self.sign_in.start(self.get(mailbox_id))
        except (MailboxError, secrets.SecretError) as exc:
            raise ServiceError(str(exc)) from exc

    def finish_sign_in(self, mailbox_id: int, code: DeviceCode, cancel: Cancel) -> None:
        """Wait until the officer has signed in; the refresh token goes to the keyring."""
        try:
            self.sign_in.finish(self.get(mailbox_id), code, cancel)
        except (MailboxError, secrets.SecretError) as exc:
            raise ServiceError(str(exc)) from exc

    # --- connecting ---

    def connect(self, info: MailboxInfo) -> ImapSession:
        """A logged-in read-only session; ServiceError with the reason when it fails."""
        try:
            if info.auth == MailboxAuth.OAUTH2:
                return ImapSession(info, token=lambda: self.sign_in.access_token(info))
            return ImapSession(info, password=self._password(info))
        except MailboxError as exc:
            raise ServiceError(str(exc)) from exc
        except secrets.SecretError as exc:
            raise ServiceError(str(exc)) from exc

    def test(self, mailbox_id: int) -> int:
        """Log in and open the folder read-only; returns how many messages it holds."""
        info = self.get(mailbox_id)
        session = self.connect(info)
        try:
            session.examine(info.folder)
            return len(session.uids(0, info.since))
        except MailboxError as exc:
            raise ServiceError(str(exc)) from exc
        finally:
            session.close()

    # --- fetching ---

    def fetch(
        self,
        mailbox_id: int,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        report: ImportReport | None = None,
    ) -> ImportReport:
        """Register what is new in one mailbox; the report lists every message handled."""
        from hoeringsdesk.services.mailbox_fetch import MailboxFetch

        info = self.get(mailbox_id)
        run = MailboxFetch(self._write, self._read, self._intake, info, self.connect)
        return run.run(progress, cancel, report if report is not None else ImportReport())

    def fetch_all(
        self,
        consultation_id: int,
        ids: Sequence[int] | None = None,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportReport:
        """Every mailbox of the consultation (or those named) in turn; one that fails is in
        the report's errors, the rest go on."""
        report = ImportReport()
        boxes = self.list(consultation_id)
        if not boxes:
            raise ServiceError(
                "Høringen har ingen postkasser endnu; tilføj dem under Høring → Postkasser."
            )
        if ids is not None:
            missing = set(ids) - {b.id for b in boxes}
            if missing:
                raise NotFound(f"Høringen har ingen postkasse {min(missing)}.")
            boxes = [b for b in boxes if b.id in ids]
        for info in boxes:
            if cancel is not None and cancel():
                report.cancelled = True
                break
            try:
                self.fetch(info.id, progress=progress, cancel=cancel, report=report)
            except ServiceError as exc:
                report.errors.append(f"{info.label}: {exc}")
        return report
