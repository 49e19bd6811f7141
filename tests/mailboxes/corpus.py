"""Invented responses as the two mailboxes of the demo consultation receive them."""

from __future__ import annotations

from datetime import datetime, timedelta

from hoeringsdesk.samples.demo_set import MAILBOX_1, MAILBOX_2, demo_files
from hoeringsdesk.samples.documents import GENERAL_LABEL, SENDER_LABEL, template_docx
from hoeringsdesk.samples.mail import eml, make_mail

# Random bytes with a line or two: not an e-mail, as a damaged message on a server looks.
BROKEN = (
    b"\x8f\x13\xa7 garbled \xfe\xfd binary data where a mail should be\r\n"
    + bytes(range(128, 256)) * 8
    + b"\r\n"
)


def demo_mails() -> dict[str, list[tuple[str, bytes]]]:
    """The demo's e-mails per receiving mailbox (file name, bytes), in the order received;
    the joint response from Havbo reached both mailboxes."""
    out: dict[str, list[tuple[str, bytes]]] = {MAILBOX_1: [], MAILBOX_2: []}
    for name, data in demo_files():
        if not name.endswith(".eml"):
            continue
        head = data.split(b"\r\n\r\n", 1)[0]
        to = MAILBOX_2 if f"To: {MAILBOX_2}".encode() in head else MAILBOX_1
        out[to].append((name, data))
    return out


def extra_responses(count: int, start: int = 0) -> list[bytes]:
    """More template responses from different organisations (for batches and cancelling)."""
    out = []
    for i in range(start, start + count):
        org = f"Grundejerforeningen Strandvej {i}"
        person = f"Ulla Sand {i}"
        email = f"formand{i}@strandvej{i}.example.dk"
        docx = template_docx(
            [
                (SENDER_LABEL, [f"{org} v. {person} {email}"]),
                (
                    GENERAL_LABEL,
                    [
                        f"Grundejerforeningen nr. {i} ønsker flere fællesarrangementer for nye "
                        "og gamle beboere, fx en årlig sommerfest og et velkomstbrev på flere "
                        f"sprog. Vi har {10 + i} medlemmer, som gerne vil bidrage.",
                    ],
                ),
            ]
        )
        when = datetime(2026, 10, 5, 9, 0).astimezone() + timedelta(minutes=i)
        mail = make_mail(
            f"{person} <{email}>",
            MAILBOX_1,
            f"Høringssvar fra {org}",
            "Se vedhæftede høringssvar.",
            when,
            attachments=[(f"høringssvar {org}.docx", docx)],
            message_id=f"<svar-strandvej-{i}@strandvej{i}.example.dk>",
            received_by="nordkysten.example.dk",
        )
        out.append(eml(mail))
    return out


def short_letters(count: int) -> list[bytes]:
    """Short free-text responses from different citizens (a large batch, quickly made)."""
    out = []
    for i in range(count):
        email = f"borger{i}@post{i % 7}.example.dk"
        when = datetime(2026, 10, 6, 8, 0).astimezone() + timedelta(minutes=i)
        body = (
            f"Kære kommune\n\nJeg bor i {['Havbo', 'Strandby', 'Nordvig'][i % 3]} og foreslår "
            f"{['flere sprogcaféer', 'lektiehjælp om aftenen', 'en velkomstguide'][i % 3]} "
            f"(svar nr. {i}).\n\nVenlig hilsen\nBorger {i}\n"
        )
        mail = make_mail(
            f"Borger {i} <{email}>",
            MAILBOX_1,
            f"Høringssvar {i}",
            body,
            when,
            message_id=f"<brev-{i}@post{i % 7}.example.dk>",
            received_by="nordkysten.example.dk",
        )
        out.append(eml(mail))
    return out
