"""Generate N responses: mostly an .eml with the municipality's .docx template attached, one
in four a free letter written in the mail's body (paragraphs and bullets, no template).

One in ten is a duplicate (the same mail to the second mailbox, or the same attachment sent
again). The .docx is built once with python-docx and then varied by editing its XML, so
10,000 files take seconds, not minutes.
"""

from __future__ import annotations

import io
import random
import sys
import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import danish
from hoeringsdesk.samples.documents import (
    GENERAL_LABEL,
    INTRO_LABEL,
    SENDER_LABEL,
    section_label,
    template_docx,
)
from hoeringsdesk.samples.mail import eml, make_mail

CPH = ZoneInfo("Europe/Copenhagen")
MAILBOXES = ("hoering@nordkysten.example.dk", "integration@nordkysten.example.dk")
HEADINGS = ("Beskæftigelsesområdet", "Børne- og ungdomsområdet", "Boligområdet", "Opfølgning")
SLOTS = ("@@SENDER@@", "@@GENERAL@@", "@@INTRO@@", "@@S0@@", "@@S1@@", "@@S2@@", "@@S3@@")
DUPLICATE_SHARE = 0.10
LETTER_SHARE = 0.25  # free letters in the body: what section suggestions work on


def _skeleton() -> tuple[dict[str, bytes], str]:
    """The template's zip members, and its document.xml with placeholders."""
    rows = [
        (SENDER_LABEL, [SLOTS[0]]),
        (GENERAL_LABEL, [SLOTS[1]]),
        (INTRO_LABEL, [SLOTS[2]]),
        *((section_label(h), [slot]) for h, slot in zip(HEADINGS, SLOTS[3:], strict=True)),
    ]
    with zipfile.ZipFile(io.BytesIO(template_docx(rows))) as z:
        members = {name: z.read(name) for name in z.namelist()}
    return members, members["word/document.xml"].decode("utf-8")


def _docx(members: dict[str, bytes], xml: str, values: dict[str, str]) -> bytes:
    for slot, text in values.items():
        xml = xml.replace(slot, escape(text))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, xml.encode("utf-8") if name == "word/document.xml" else data)
    return out.getvalue()


TEMPLATE_BODY = "Hermed vores høringssvar i den udfyldte skabelon.\n\nMed venlig hilsen"


def _letter(rnd: random.Random, name: str, org: str) -> str:
    """A free letter: greeting, paragraphs, sometimes bullets or numbered points, signature."""
    parts = ["Kære Nordkysten Kommune", danish.response_text(rnd)]
    if rnd.random() < 0.4:
        marks = ("- ", "• ", "1) ") if rnd.random() < 0.5 else ("a. ", "b. ", "c. ")
        parts.append("\n".join(f"{m}{danish.sentence(rnd)}" for m in marks))
    parts.append(f"Med venlig hilsen\n{name}\n{org}")
    return "\n\n".join(parts)


def generate(folder: Path, count: int, seed: int = 11) -> list[Path]:
    """Write ``count`` .eml files into ``folder`` (about 10 % duplicates); returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(seed)
    members, xml = _skeleton()
    deadline = datetime(2026, 10, 30, 23, 59, tzinfo=CPH)
    sent: list[tuple[str, str, str, bytes, str, datetime]] = []  # sender, subject, id, docx,
    # body, when
    paths = []
    for i in range(count):
        if sent and rnd.random() < DUPLICATE_SHARE:
            sender, subject, message_id, docx, body, when = rnd.choice(sent[-50:])
            if rnd.random() < 0.5:  # the same mail, also delivered to the second mailbox
                mailbox = MAILBOXES[1]
            else:  # the same attachment sent again in a new mail
                mailbox, message_id = MAILBOXES[0], f"<again-{i}@example.net>"
                when += timedelta(hours=2)
        else:
            name = danish.person(rnd)
            org = danish.organisation(rnd, i)
            sender = f"{name} <{danish.email_of(name, f'org{i}.example.dk')}>"
            subject = f"Høringssvar fra {org}"
            message_id = f"<svar-{i}@example.net>"
            when = deadline - timedelta(minutes=rnd.randint(-600, 30 * 24 * 60))
            values = {
                SLOTS[0]: f"{org} v. {name} {danish.email_of(name, f'org{i}.example.dk')}",
                SLOTS[1]: danish.paragraph(rnd, rnd.randint(2, 5)),
                SLOTS[2]: danish.paragraph(rnd, rnd.randint(1, 3)),
            }
            for slot in SLOTS[3:]:
                wrote = rnd.random() < 0.6
                values[slot] = danish.paragraph(rnd, rnd.randint(1, 4)) if wrote else ""
            if rnd.random() < LETTER_SHARE:
                docx, body = b"", _letter(rnd, name, org)
            else:
                docx, body = _docx(members, xml, values), TEMPLATE_BODY
            mailbox = MAILBOXES[0]
            sent.append((sender, subject, message_id, docx, body, when))
        mail = make_mail(
            sender,
            mailbox,
            subject,
            body,
            when,
            attachments=[(f"høringssvar-{i}.docx", docx)] if docx else [],
            message_id=message_id,
            received_by=mailbox.split("@")[1],
        )
        path = folder / f"svar-{i:05d}.eml"
        path.write_bytes(eml(mail))
        paths.append(path)
    return paths


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("intake-files")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    print(f"{len(generate(target, n))} files in {target}")
