"""Hent fra postkasser against a real Dovecot: what is fetched is registered like a dropped
file, once; the mailbox is never changed; re-fetching, cancelling, a renumbered folder and a
dropped connection lose and duplicate nothing."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from imapclient import IMAPClient

from hoeringsdesk.app import Services
from hoeringsdesk.domain.records.responses import ResponseRow
from hoeringsdesk.intake.containers import NOT_MAIL
from hoeringsdesk.samples.demo_set import MAILBOX_1, MAILBOX_2
from hoeringsdesk.services import mailbox_fetch
from hoeringsdesk.services.errors import ServiceError
from tests.imap_server import Dovecot
from tests.mailboxes.conftest import add_mailbox
from tests.mailboxes.corpus import BROKEN, demo_mails, extra_responses, short_letters
from tests.mailboxes.proxy import DroppingProxy


def fill_demo(dovecot: Dovecot, accounts: tuple[str, str]) -> dict[str, list[bytes]]:
    """The demo's mails into the two accounts, a broken message among the first's."""
    mails = demo_mails()
    first = [data for _, data in mails[MAILBOX_1]]
    first.insert(3, BROKEN)
    second = [data for _, data in mails[MAILBOX_2]]
    dovecot.append(accounts[0], first)
    dovecot.append(accounts[1], second)
    return {accounts[0]: first, accounts[1]: second}


def flags(dovecot: Dovecot, user: str) -> dict[int, tuple[bytes, ...]]:
    client = dovecot.client(user)
    try:
        client.select_folder("INBOX", readonly=True)
        return {u: tuple(d[b"FLAGS"]) for u, d in client.fetch(client.search(), ["FLAGS"]).items()}
    finally:
        client.logout()


def summary(rows: list[ResponseRow]) -> list[tuple[object, ...]]:
    """What registration decided, independent of ids and order."""
    subjects = {r.id: r.subject for r in rows}
    return sorted(
        (
            r.subject,
            r.number is None,
            subjects.get(r.duplicate_of or 0, ""),
            r.campaign_size,
            r.late,
            r.received,
            tuple(sorted((p.role, p.email) for p in r.parties)),
        )
        for r in rows
    )


def test_fetch_registers_each_message_like_a_dropped_file(
    services: Services, demo_id: int, dovecot: Dovecot, accounts: tuple[str, str], tmp_path: Path
) -> None:
    sent = fill_demo(dovecot, accounts)
    before = {user: flags(dovecot, user) for user in accounts}
    for user in accounts:
        add_mailbox(services, demo_id, dovecot, user)

    report = services.mailboxes.fetch_all(demo_id)

    assert report.notes == []
    assert len(report.outcomes) == sum(len(m) for m in sent.values())
    rejected = [o for o in report.outcomes if o.status == "rejected"]
    assert [o.reason for o in rejected] == [NOT_MAIL]
    assert rejected[0].path == f"{accounts[0]}/INBOX#4"
    duplicates = [o for o in report.outcomes if o.status == "duplicate"]
    assert len(duplicates) == 1 and duplicates[0].path.startswith(accounts[1])
    assert report.imported == len(report.outcomes) - 2

    # The bytes are kept exactly as the server holds them.
    imported = [o for o in report.outcomes if o.response_id]
    originals = [d for d in sent[accounts[0]] if d is not BROKEN] + sent[accounts[1]]
    stored = {services.responses.file_bytes(o.response_id, 0)[1] for o in imported}  # type: ignore[arg-type]
    assert stored == set(originals)

    # The same decisions as for the same mails dropped as files into another consultation.
    folder = tmp_path / "indbakke"
    folder.mkdir()
    for i, data in enumerate(originals):
        (folder / f"{i:02d}.eml").write_bytes(data)
    other = services.consultations.create(
        "Kopi", services.consultations.get(demo_id).deadline, reply_addresses=[MAILBOX_1, MAILBOX_2]
    )
    services.drafts.import_file(other.id, "udkast.md", b"# Indledning\n\nTekst.\n")
    files = services.intake.import_paths(other.id, [folder])
    assert files.imported == report.imported and files.duplicates == 1
    assert summary(services.responses.rows(demo_id)) == summary(services.responses.rows(other.id))
    campaign = [r for r in services.responses.rows(demo_id) if r.campaign_size]
    assert len(campaign) == 4  # the four sprogcafé letters, across both mailboxes

    # Nothing on the server changed: no \Seen, nothing moved or deleted.
    assert {user: flags(dovecot, user) for user in accounts} == before
    assert all(b"\\Seen" not in f for user in accounts for f in before[user].values())


def test_fetching_again_registers_nothing_and_then_only_what_is_new(
    services: Services, demo_id: int, dovecot: Dovecot, accounts: tuple[str, str]
) -> None:
    fill_demo(dovecot, accounts)
    first = add_mailbox(services, demo_id, dovecot, accounts[0])
    services.mailboxes.fetch(first.id)
    count = len(services.responses.rows(demo_id))
    info = services.mailboxes.get(first.id)
    assert info.highest_uid == 9 and info.uidvalidity

    again = services.mailboxes.fetch(first.id)
    assert again.outcomes == [] and again.notes == []
    assert len(services.responses.rows(demo_id)) == count

    dovecot.append(accounts[0], extra_responses(1))
    new = services.mailboxes.fetch(first.id)
    assert [(o.path, o.status) for o in new.outcomes] == [(f"{accounts[0]}/INBOX#10", "imported")]
    assert services.mailboxes.get(first.id).highest_uid == 10


def test_received_since_leaves_older_mail(
    services: Services, demo_id: int, dovecot: Dovecot, accounts: tuple[str, str]
) -> None:
    client = dovecot.client(accounts[0])
    from datetime import datetime

    old, new = extra_responses(2)
    client.append("INBOX", old, msg_time=datetime(2026, 9, 1, 12, 0).astimezone())
    client.append("INBOX", new, msg_time=datetime(2026, 10, 6, 12, 0).astimezone())
    client.logout()
    from datetime import date

    box = add_mailbox(services, demo_id, dovecot, accounts[0], since=date(2026, 10, 1))
    report = services.mailboxes.fetch(box.id)
    assert [o.path for o in report.outcomes] == [f"{accounts[0]}/INBOX#2"]


def test_a_mail_without_date_gets_the_servers_arrival_time(
    services: Services, demo_id: int, dovecot: Dovecot, accounts: tuple[str, str]
) -> None:
    from datetime import UTC, datetime

    undated = (
        "From: Ida Fisker <ida@solgaarden.example.org>\r\nTo: hoering@nordkysten.example.dk\r\n"
        "Subject: Svar uden dato\r\nMessage-ID: <udateret@solgaarden.example.org>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nVi bakker op om sprogcaféerne.\r\n"
    ).encode()
    arrived = datetime(2026, 10, 29, 22, 15, tzinfo=UTC)
    client = dovecot.client(accounts[0])
    client.append("INBOX", undated, msg_time=arrived)
    client.logout()
    box = add_mailbox(services, demo_id, dovecot, accounts[0])
    [outcome] = services.mailboxes.fetch(box.id).outcomes
    detail = services.responses.detail(outcome.response_id)  # type: ignore[arg-type]
    assert detail.row.received == arrived and detail.received_source == "imap"


def test_cancel_midway_then_the_next_fetch_takes_the_rest(
    services: Services, demo_id: int, dovecot: Dovecot, accounts: tuple[str, str]
) -> None:
    dovecot.append(accounts[0], extra_responses(45))
    box = add_mailbox(services, demo_id, dovecot, accounts[0])
    seen: list[int] = []

    def progress(done: int, total: int, name: str) -> None:
        seen.append(done)
        assert total == 45

    report = services.mailboxes.fetch(box.id, progress=progress, cancel=lambda: len(seen) >= 12)
    assert report.cancelled
    assert 12 <= len(report.outcomes) < 45
    assert all(o.status == "imported" for o in report.outcomes)
    assert services.mailboxes.get(box.id).highest_uid == len(report.outcomes)

    rest = services.mailboxes.fetch(box.id)
    assert not rest.cancelled
    assert len(report.outcomes) + len(rest.outcomes) == 45
    assert {o.status for o in rest.outcomes} == {"imported"}
    rows = services.responses.rows(demo_id)
    assert len(rows) == 45 and all(r.duplicate_of is None for r in rows)


@pytest.mark.slow
def test_a_batch_of_500_with_one_broken_message_registers_499_and_reports_1(
    services: Services, demo_id: int, dovecot: Dovecot, accounts: tuple[str, str]
) -> None:
    letters = short_letters(499)
    dovecot.append(accounts[0], [*letters[:250], BROKEN, *letters[250:]])
    box = add_mailbox(services, demo_id, dovecot, accounts[0])
    report = services.mailboxes.fetch(box.id)
    assert len(report.outcomes) == 500 and not report.cancelled
    assert report.imported == 499 and report.rejected == 1
    [rejected] = [o for o in report.outcomes if o.status == "rejected"]
    assert rejected.path == f"{accounts[0]}/INBOX#251" and rejected.reason == NOT_MAIL
    assert services.mailboxes.get(box.id).highest_uid == 500
    stored = {
        services.responses.file_bytes(o.response_id, 0)[1]  # type: ignore[arg-type]
        for o in report.outcomes
        if o.response_id
    }
    assert stored == set(letters)
    assert services.mailboxes.fetch(box.id).outcomes == []


def test_a_renumbered_folder_registers_nothing_twice(
    services: Services, demo_id: int, dovecot: Dovecot, accounts: tuple[str, str]
) -> None:
    no_id = extra_responses(1, start=90)[0].replace(
        b"Message-ID: <svar-strandvej-90@strandvej90.example.dk>\r\n", b""
    )
    assert b"Message-ID" not in no_id.split(b"\r\n\r\n")[0]
    dovecot.append(accounts[0], [*extra_responses(5), no_id])
    box = add_mailbox(services, demo_id, dovecot, accounts[0])
    assert services.mailboxes.fetch(box.id).imported == 6
    old = services.mailboxes.get(box.id).uidvalidity

    dovecot.renumber(accounts[0], "INBOX", 4242)
    dovecot.append(accounts[0], extra_responses(1, start=50))
    report = services.mailboxes.fetch(box.id)

    assert old != 4242 and services.mailboxes.get(box.id).uidvalidity == 4242
    assert any("UIDVALIDITY" in n for n in report.notes)
    assert any("5 besked(er) var allerede hentet" in n for n in report.notes)
    # The one without a Message-ID is fetched again and recognised by its bytes.
    assert [(o.path, o.status) for o in report.outcomes] == [
        (f"{accounts[0]}/INBOX#6", "duplicate"),
        (f"{accounts[0]}/INBOX#7", "imported"),
    ]
    assert len(services.responses.rows(demo_id)) == 7
    assert services.mailboxes.fetch(box.id).outcomes == []


def test_a_dropped_connection_is_resumed_where_it_stopped(
    services: Services,
    demo_id: int,
    dovecot: Dovecot,
    accounts: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(mailbox_fetch, "RETRY_PAUSE", 0.05)
    sent = extra_responses(50)
    dovecot.append(accounts[0], sent)
    # The first connection is cut after about a dozen messages have come through.
    with DroppingProxy(dovecot.imaps_port, drop_after=12 * len(sent[0])) as proxy:
        box = add_mailbox(services, demo_id, dovecot, accounts[0], port=proxy.port)
        report = services.mailboxes.fetch(box.id)
        assert proxy.dropped == 1 and proxy.connections == 2
    assert report.notes == []
    assert [o.status for o in report.outcomes] == ["imported"] * 50
    stored = {services.responses.file_bytes(o.response_id, 0)[1] for o in report.outcomes}  # type: ignore[arg-type]
    assert stored == set(sent)


def test_a_connection_that_stays_down_keeps_what_was_fetched(
    services: Services,
    demo_id: int,
    dovecot: Dovecot,
    accounts: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(mailbox_fetch, "RETRY_PAUSE", 0.01)
    sent = extra_responses(50)
    dovecot.append(accounts[0], sent)
    # Cut after the first batch has come through, and the server stays unreachable.
    drop_after = (mailbox_fetch.BATCH + 10) * len(sent[0])
    with DroppingProxy(dovecot.imaps_port, drop_after, refuse_after_drop=True) as proxy:
        box = add_mailbox(services, demo_id, dovecot, accounts[0], port=proxy.port)
        report = services.mailboxes.fetch(box.id)
        assert proxy.dropped == 1
    assert any("forbindelsen blev afbrudt" in e and "fortsætte" in e for e in report.errors)
    got = len(report.outcomes)
    assert 0 < got < 50 and services.mailboxes.get(box.id).highest_uid == got

    rest = services.mailboxes.update(box.id, port=dovecot.imaps_port)
    later = services.mailboxes.fetch(rest.id)
    assert got + later.imported == 50 and later.duplicates == 0


def test_starttls_and_implicit_tls_both_verify_the_certificate(
    services: Services, demo_id: int, dovecot: Dovecot, accounts: tuple[str, str]
) -> None:
    dovecot.append(accounts[0], extra_responses(1))
    box = add_mailbox(
        services, demo_id, dovecot, accounts[0], security="starttls", port=dovecot.imap_port
    )
    assert services.mailboxes.test(box.id) == 1
    assert services.mailboxes.fetch(box.id).imported == 1


def test_wrong_password_is_said_plainly(
    services: Services, demo_id: int, dovecot: Dovecot, accounts: tuple[str, str]
) -> None:
    box = add_mailbox(services, demo_id, dovecot, accounts[0], password="forkert")
    with pytest.raises(ServiceError, match="forkert brugernavn eller adgangskode"):
        services.mailboxes.fetch(box.id)
    assert services.mailboxes.get(box.id).uidvalidity is None


@pytest.mark.parametrize(
    ("ca", "expected"),
    [
        ("other", "ikke udstedt af en kendt udsteder"),  # signed by a CA we do not trust
        ("", "ikke udstedt af en kendt udsteder"),  # the system's CAs do not know the test CA
    ],
)
def test_an_unverifiable_certificate_is_refused_with_a_clear_message(
    services: Services,
    demo_id: int,
    dovecot: Dovecot,
    accounts: tuple[str, str],
    ca: str,
    expected: str,
) -> None:
    ca_file = str(dovecot.certs.other_ca) if ca == "other" else ""
    for security, port in (("tls", dovecot.imaps_port), ("starttls", dovecot.imap_port)):
        box = add_mailbox(
            services, demo_id, dovecot, accounts[0], ca_file=ca_file, security=security, port=port
        )
        with pytest.raises(ServiceError) as caught:
            services.mailboxes.fetch(box.id)
        message = str(caught.value)
        assert "certifikat kunne ikke bekræftes" in message and expected in message
        assert "Der er ikke hentet noget" in message


def test_a_host_name_the_certificate_does_not_name_is_refused(
    services: Services, demo_id: int, dovecot: Dovecot, accounts: tuple[str, str]
) -> None:
    # The certificate names localhost only; 127.0.0.1 is the same server by another name.
    box = add_mailbox(services, demo_id, dovecot, accounts[0], host="127.0.0.1")
    with pytest.raises(ServiceError, match="gælder ikke for navnet 127.0.0.1"):
        services.mailboxes.fetch(box.id)


def test_the_password_lives_in_the_keyring_only(
    services: Services,
    demo_id: int,
    dovecot: Dovecot,
    accounts: tuple[str, str],
    store_path: Path,
    memory_keyring,
) -> None:
    password = dovecot.users[accounts[0]]
    box = add_mailbox(services, demo_id, dovecot, accounts[0])
    assert password in memory_keyring.secrets.values()
    services.mailboxes.fetch(box.id)
    services.store.engine.dispose()
    for path in store_path.parent.glob("store.sqlite3*"):
        assert password.encode() not in path.read_bytes()
    memory_keyring.secrets.clear()
    with pytest.raises(ServiceError, match="ingen adgangskode"):
        services.mailboxes.fetch(box.id)


class TokenSignIn:
    """Stands in for Microsoft's sign-in (no tenant here): hands out a given token."""

    def __init__(self, token: str) -> None:
        self.token = token

    def access_token(self, info: object) -> str:
        return self.token


def test_xoauth2_login_through_the_same_interface(
    services: Services, demo_id: int, dovecot: Dovecot, accounts: tuple[str, str]
) -> None:
    dovecot.append(accounts[1], extra_responses(2))
    dovecot.tokens["ey-test-token-" + accounts[1]] = accounts[1]
    box = add_mailbox(
        services,
        demo_id,
        dovecot,
        accounts[1],
        auth="oauth2",
        password=None,
        oauth_client_id="00000000-test",
        oauth_tenant="nordkysten.example.dk",
    )
    services.mailboxes.sign_in = TokenSignIn("ey-test-token-" + accounts[1])  # type: ignore[assignment]
    assert services.mailboxes.fetch(box.id).imported == 2

    services.mailboxes.sign_in = TokenSignIn("ey-revoked")  # type: ignore[assignment]
    with pytest.raises(ServiceError, match="Microsoft 365 afviste login"):
        services.mailboxes.fetch(box.id)


def test_fetch_in_team_mode_on_postgresql(
    pg_url: str, dovecot: Dovecot, accounts: tuple[str, str]
) -> None:
    from hoeringsdesk.app import open_app

    services = open_app(pg_url, user="tester")
    try:
        cid = services.demo.create(with_responses=False)
        fill_demo(dovecot, accounts)
        for user in accounts:
            add_mailbox(services, cid, dovecot, user)
        report = services.mailboxes.fetch_all(cid)
        assert report.rejected == 1 and report.duplicates == 1
        assert services.mailboxes.fetch_all(cid).outcomes == []
        infos = services.mailboxes.list(cid)
        assert [i.highest_uid for i in infos] == [9, 4]
    finally:
        services.close()


def test_examine_is_used_never_select(dovecot: Dovecot, accounts: tuple[str, str]) -> None:
    """The session opens folders read-only (EXAMINE): even a change asked for is not made."""
    from hoeringsdesk.domain.mailbox import MailboxInfo
    from hoeringsdesk.mailboxes.imap import ImapSession

    dovecot.append(accounts[0], extra_responses(1))
    info = MailboxInfo(
        0,
        0,
        "",
        "localhost",
        dovecot.imaps_port,
        "tls",
        accounts[0],
        "INBOX",
        None,
        "password",
        "",
        "",
        str(dovecot.certs.ca),
        1,
    )
    before = flags(dovecot, accounts[0])
    session = ImapSession(info, password=dovecot.users[accounts[0]])
    try:
        session.examine("INBOX")
        client: IMAPClient = session.client
        with contextlib.suppress(Exception):  # Dovecot may answer OK or NO; either way …
            client.add_flags([1], [b"\\Seen"])
            client.delete_messages([1])
            client.expunge()
    finally:
        session.close()
    assert flags(dovecot, accounts[0]) == before  # … nothing changed on the server
    assert list(before) == [1] and b"\\Seen" not in before[1]
