"""One read-only IMAP session (imapclient): TLS with verified certificates, password or
XOAUTH2 login, EXAMINE, and fetching with BODY.PEEK so nothing is marked read."""

from __future__ import annotations

import contextlib
import imaplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from imapclient import IMAPClient
from imapclient.exceptions import CapabilityError, LoginError

from hoeringsdesk.domain.enums import MailboxAuth, MailboxSecurity
from hoeringsdesk.domain.mailbox import MailboxInfo

TIMEOUT = 60.0  # seconds without an answer before the connection counts as dropped
# What a dropped or broken connection raises (socket errors, TLS errors, imaplib's abort).
CONNECTION_ERRORS: tuple[type[BaseException], ...] = (OSError, imaplib.IMAP4.abort, EOFError)


class MailboxError(Exception):
    """The mailbox cannot be reached or read (the reason is a Danish sentence)."""


@dataclass(frozen=True)
class Fetched:
    """One message as the server holds it."""

    uid: int
    data: bytes | None  # None: the server did not hand it over
    received: datetime | None  # INTERNALDATE, aware


TokenSource = Callable[[], str]  # returns a fresh OAuth2 access token


def _where(info: MailboxInfo) -> str:
    return f"{info.host}:{info.port}"


def certificate_message(info: MailboxInfo, exc: ssl.SSLCertVerificationError) -> str:
    """Why the server's certificate was refused, in words an officer can pass on to IT."""
    reason = (exc.verify_message or str(exc)).lower()
    if "hostname mismatch" in reason or "ip address mismatch" in reason:
        why = f"certifikatet gælder ikke for navnet {info.host}"
    elif "expired" in reason:
        why = "certifikatet er udløbet"
    elif "self-signed" in reason or "self signed" in reason or "local issuer" in reason:
        why = (
            "certifikatet er ikke udstedt af en kendt udsteder (selvsigneret eller internt "
            "certifikat)"
        )
    else:
        why = exc.verify_message or str(exc)
    return (
        f"Serverens certifikat kunne ikke bekræftes ({_where(info)}): {why}. Der er ikke "
        "hentet noget. Kontroller servernavnet; bruger serveren et internt certifikat, kan "
        "IT angive certifikatudstederens fil (CA-fil) i postkassens indstillinger."
    )


def tls_context(info: MailboxInfo) -> ssl.SSLContext:
    """Certificates and host names always verified; an internal CA may be added by IT."""
    try:
        context = ssl.create_default_context(cafile=info.ca_file or None)
    except (OSError, ssl.SSLError) as exc:
        raise MailboxError(
            f"CA-filen {info.ca_file} kan ikke læses: {getattr(exc, 'strerror', None) or exc}"
        ) from exc
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


class ImapSession:
    """A logged-in, read-only session on one mailbox; every method raises MailboxError with
    a clear reason, or one of CONNECTION_ERRORS when the connection drops."""

    def __init__(self, info: MailboxInfo, password: str = "", token: TokenSource | None = None):
        self.info = info
        self.client = self._connect()
        try:
            self._login(password, token)
        except BaseException:
            self.close()
            raise

    def _connect(self) -> IMAPClient:
        info = self.info
        context = tls_context(info)
        try:
            if info.security == MailboxSecurity.STARTTLS:
                client = IMAPClient(info.host, info.port, ssl=False, timeout=TIMEOUT)
                try:
                    client.starttls(context)
                except CapabilityError as exc:
                    client.shutdown()
                    raise MailboxError(
                        f"Serveren {_where(info)} tilbyder ikke STARTTLS; vælg TLS (typisk "
                        "port 993). Der forbindes aldrig ukrypteret."
                    ) from exc
                return client
            return IMAPClient(info.host, info.port, ssl=True, ssl_context=context, timeout=TIMEOUT)
        except ssl.SSLCertVerificationError as exc:
            raise MailboxError(certificate_message(info, exc)) from exc
        except ssl.SSLError as exc:
            raise MailboxError(
                f"Der kunne ikke etableres en krypteret forbindelse til {_where(info)} "
                f"({exc.reason or exc}). Er sikkerhed (TLS/STARTTLS) og port rigtige?"
            ) from exc
        except socket.gaierror as exc:
            raise MailboxError(
                f"Serveren {info.host} findes ikke (navnet kan ikke slås op)."
            ) from exc
        except TimeoutError as exc:
            raise MailboxError(f"Serveren {_where(info)} svarer ikke (tidsgrænsen nået).") from exc
        except ConnectionRefusedError as exc:
            raise MailboxError(
                f"Serveren {_where(info)} afviser forbindelsen. Er port og server rigtige?"
            ) from exc
        except (OSError, imaplib.IMAP4.error) as exc:
            raise MailboxError(f"Kan ikke forbinde til {_where(info)}: {exc}") from exc

    def _login(self, password: str, token: TokenSource | None) -> None:
        info = self.info
        try:
            if info.auth == MailboxAuth.OAUTH2:
                if token is None:
                    raise MailboxError("Postkassen er sat op til Microsoft 365-login.")
                self.client.oauth2_login(info.username, token())
            else:
                self.client.login(info.username, password)
        except LoginError as exc:
            if info.auth == MailboxAuth.OAUTH2:
                raise MailboxError(
                    f"Microsoft 365 afviste login for {info.username} på {_where(info)}. Log "
                    "ind igen under postkassens indstillinger; har IT givet programmet adgang "
                    "til IMAP (IMAP.AccessAsUser.All)?"
                ) from exc
            raise MailboxError(
                f"Login for {info.username} på {_where(info)} blev afvist: forkert brugernavn "
                "eller adgangskode. Har kontoen totrinsbekræftelse, skal der bruges en "
                "app-adgangskode."
            ) from exc

    def examine(self, folder: str) -> int:
        """Open the folder read-only (EXAMINE); returns its UIDVALIDITY."""
        try:
            answer = self.client.select_folder(folder, readonly=True)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            raise MailboxError(
                f"Mappen »{folder}« findes ikke i postkassen {self.info.label} ({exc})."
            ) from exc
        return int(answer[b"UIDVALIDITY"])

    def uids(self, above: int, since: date | None) -> list[int]:
        """UIDs above ``above`` (received since ``since``, by the server's date), ascending."""
        criteria: list[object] = ["UID", f"{above + 1}:*"]
        if since is not None:
            criteria += ["SINCE", since]
        found = self.client.search(criteria)
        return sorted(int(u) for u in found if int(u) > above)  # "n:*" always names the last

    def sizes(self, uids: list[int]) -> dict[int, int]:
        if not uids:
            return {}
        answer = self.client.fetch(uids, ["RFC822.SIZE"])
        return {int(u): int(d.get(b"RFC822.SIZE", 0)) for u, d in answer.items()}

    def message_ids(self, uids: list[int]) -> dict[int, bytes]:
        """Each message's Message-ID header (raw), without downloading the message."""
        if not uids:
            return {}
        part = b"BODY[HEADER.FIELDS (MESSAGE-ID)]"
        answer = self.client.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        return {int(u): bytes(d.get(part) or b"") for u, d in answer.items()}

    def fetch(self, uids: list[int]) -> list[Fetched]:
        """The messages' exact bytes (BODY.PEEK[]: the \\Seen flag is left alone)."""
        if not uids:
            return []
        answer = self.client.fetch(uids, ["BODY.PEEK[]", "INTERNALDATE"])
        out = []
        for uid in uids:
            got = answer.get(uid)
            data = got.get(b"BODY[]") if got else None
            when = got.get(b"INTERNALDATE") if got else None
            if isinstance(when, datetime) and when.tzinfo is None:
                when = when.astimezone()  # imapclient gives local time without a zone
            out.append(Fetched(uid, bytes(data) if data is not None else None, when))
        return out

    def close(self) -> None:
        try:
            self.client.logout()
        except Exception:  # noqa: BLE001 - the connection may already be gone
            with contextlib.suppress(Exception):
                self.client.shutdown()
