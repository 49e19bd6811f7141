"""The pieces the senders' evaluation set is drawn with: people, organisations, the truth, and
the mails, letters and signatures they write (``senders_generate.py`` uses them)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from benchmarks.senders_pools import DEV_STYLE, FREE, Pool, Style
from hoeringsdesk.samples.documents import (
    GENERAL_LABEL,
    INTRO_LABEL,
    SENDER_LABEL,
    letter_docx,
    section_label,
    template_docx,
)
from hoeringsdesk.samples.mail import eml, make_mail

CPH = ZoneInfo("Europe/Copenhagen")
MAILBOXES = ("hoering@nordkysten.example.dk", "integration@nordkysten.example.dk")
COLLEAGUES = ("Sara Nielsen <sani@nordkysten.example.dk>", "Bo Frost <bofr@nordkysten.example.dk>")


CITIZEN_LINES = (
    "Jeg bor i området og har fulgt arbejdet med politikken tæt.",
    "Jeg skriver som forælder til to børn i den lokale skole.",
    "Jeg vil gerne knytte nogle bemærkninger til udkastet.",
    "Jeg savner, at politikken tager hånd om de ældre borgere med anden etnisk baggrund.",
    "Som nabo til boligområdet oplever jeg dagligt, hvor vigtigt fællesskabet er.",
    "Jeg håber, at mine bemærkninger bliver taget med i det videre arbejde.",
)
ORG_LINES = (
    "Vi takker for muligheden for at kommentere på et godt og gennemarbejdet udkast.",
    "Vores bemærkninger bygger på mange års arbejde i boligområderne ved havnen.",
    "Vi bifalder princip E, der beskriver integration som en gensidig proces.",
    "Vi anbefaler, at kommunen styrker den tidlige sprogindsats i samarbejde med foreningerne.",
    "Vi vil gerne bidrage til det videre arbejde og stiller os gerne til rådighed.",
    "Vores medlemmer oplever, at jobcentret ikke altid kender foreningernes tilbud.",
)
CAMPAIGN_TEXT = (
    "Jeg er imod, at tilbuddet om gratis danskundervisning for borgere over 65 år lukkes.",
    "Sproget er nøglen til fællesskabet, og jeg opfordrer derfor kommunen til at bevare "
    "undervisningen på biblioteket i Nordvest og udbygge den med aftenhold.",
    "Jeg håber, at politikerne lytter til os, der bruger tilbuddet hver uge.",
)


def slug(text: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ö": "o", "ü": "u", "ş": "s",
                           "é": "e", "ı": "i", "ç": "c", "ğ": "g"})  # fmt: skip
    import unicodedata

    folded = unicodedata.normalize("NFKD", text.casefold().translate(table).replace("ł", "l"))
    folded = folded.encode("ascii", "ignore").decode()
    out = "".join(c for c in folded if c.isalnum() or c in " -")
    return "-".join(out.replace("-", " ").split())


def cvr(rnd: random.Random) -> str:
    while True:
        digits = [rnd.randint(1, 9)] + [rnd.randint(0, 9) for _ in range(6)]
        weights = (2, 7, 6, 5, 4, 3, 2)
        rest = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        check = (11 - rest) % 11
        if check < 10:
            return "".join(map(str, digits + [check]))


@dataclass
class Person:
    name: str
    email: str
    phone: str
    street: str
    postcode: str
    town: str
    pid: str

    @property
    def address_lines(self) -> list[str]:
        return [self.street, f"{self.postcode} {self.town}"]


@dataclass
class Org:
    name: str
    kind: str
    domain: str
    cvr: str = ""


@dataclass
class Truth:
    file: str
    split: str
    shape: str
    parties: list[dict[str, object]] = field(default_factory=list)
    campaign: str = ""

    def org(self, org: Org, role: str) -> int:
        self.parties.append({"role": role, "type": "organisation", "name": org.name,
                             "kind": org.kind, "email": "", "cvr": org.cvr})  # fmt: skip
        return len(self.parties) - 1

    def person(self, p: Person, role: str, kind: str, for_: int | None = None,
               email: bool = True) -> None:  # fmt: skip
        self.parties.append({"role": role, "type": "person", "name": p.name, "kind": kind,
                             "email": p.email if email else "", "pid": p.pid,
                             "for": for_})  # fmt: skip


class Maker:
    """Draws people and organisations from one pool; each person is new unless reused."""

    def __init__(self, rnd: random.Random, pool: Pool, split: str) -> None:
        self.rnd, self.pool, self.split = rnd, pool, split
        self.n = 0

    def person(
        self, domain: str | None = None, lookalike: bool = False, pdf: bool = False
    ) -> Person:
        """A new person; ``pdf``: only letters a PDF's WinAnsi font can show."""
        rnd = self.rnd
        self.n += 1
        while True:
            first = rnd.choice(self.pool.first)
            last = rnd.choice(self.pool.lookalike_last if lookalike else self.pool.last)
            try:
                (first + last).encode("cp1252")
            except UnicodeEncodeError:
                if pdf:
                    continue
            break
        if rnd.random() < 0.12:
            extra = rnd.choice(self.pool.last)
            if not pdf or extra.encode("cp1252", "replace") == extra.encode("cp1252", "ignore"):
                last = f"{extra} {last}"  # (no draw more: set v4's draws stay as they were)
        name = f"{first} {last}"
        local = rnd.choice(
            (slug(first).replace("-", "") + "." + slug(last).replace("-", ""),
             slug(first)[:1] + slug(last).replace("-", "")[:6],
             slug(first).replace("-", "") + str(rnd.randint(1950, 2005)),
             slug(first)[:2] + slug(last)[:2])
        )  # fmt: skip
        if domain is None:
            domain = rnd.choice(self.pool.free or FREE)
        email = f"{local}{self.n}@{domain}" if rnd.random() < 0.2 else f"{local}@{domain}"
        phone = f"{rnd.randint(20, 99)} {rnd.randint(10, 99)} {rnd.randint(10, 99)} {rnd.randint(10, 99)}"
        street = f"{rnd.choice(self.pool.streets)} {rnd.randint(1, 140)}"
        if rnd.random() < 0.3:
            street += rnd.choice((", 2. th.", ", st. tv.", "B", ", 1. mf."))
        postcode, town = rnd.choice(self.pool.towns)
        return Person(name, email, phone, street, postcode, town, f"{self.split}:{email}")

    def org(self, lookalike: bool = False) -> Org:
        if lookalike:
            name = self.rnd.choice(self.pool.lookalike_orgs)
            kind = "authority" if "Skole" in name else "organisation"
        else:
            name, kind = self.rnd.choice(self.pool.orgs)
        domain = org_domain(name, kind)
        number = cvr(self.rnd) if kind == "company" or self.rnd.random() < 0.15 else ""
        return Org(name, kind, domain, number)

    def member(self, org: Org, pdf: bool = False) -> Person:
        return self.person(domain=org.domain, pdf=pdf)


def org_domain(name: str, kind: str) -> str:
    """An organisation's mail domain, made from its name."""
    if kind == "authority" and "Kommune" not in name:
        return slug(name)[:16].strip("-") + ".nordkysten.dk"
    return slug(name.split(",")[0])[:24].strip("-") + ".dk"


def when(rnd: random.Random) -> datetime:
    return datetime(2026, 10, 1, 9, tzinfo=CPH) + timedelta(minutes=rnd.randint(0, 60 * 24 * 40))


def prose(rnd: random.Random, voice: str, n: int = 3) -> list[str]:
    lines = CITIZEN_LINES if voice == "jeg" else ORG_LINES
    return [rnd.choice(lines) + " " + rnd.choice(lines) for _ in range(n)]


def template_rows(rnd: random.Random, cell: list[str], voice: str) -> list[tuple[str, list[str]]]:
    return [
        (SENDER_LABEL, cell),
        (GENERAL_LABEL, prose(rnd, voice, 2)),
        (INTRO_LABEL, prose(rnd, voice, 1)),
        (section_label("Beskæftigelsesområdet"), ["• " + rnd.choice(ORG_LINES)]),
    ]


def mail_from(p: Person | None, org: Org | None = None, plain: bool = False) -> str:
    from email.utils import formataddr

    if p is None:
        assert org is not None
        return formataddr((org.name, f"info@{org.domain}")) if not plain else f"info@{org.domain}"
    return p.email if plain else formataddr((p.name, p.email))


def raw_mail(sender: str, body: str, sent: datetime, *, html: bool = False,
             reply_to: str = "") -> bytes:  # fmt: skip
    """A mail to the first mailbox with an HTML body or a Reply-To."""
    if html:
        paragraphs = "".join(f"<p>{x or '&nbsp;'}</p>" for x in body.split("\n"))
        body = f"<html><body>{paragraphs}</body></html>"
    subtype = "html" if html else "plain"
    return eml(make_mail(sender, MAILBOXES[0], "Høringssvar", body, sent, reply_to=reply_to,
                         subtype=subtype))  # fmt: skip


def pick(rnd: random.Random, options: tuple[str, ...]) -> str:
    """One of the options; a single option is used without a draw."""
    return options[0] if len(options) == 1 else rnd.choice(options)


def signature(rnd: random.Random, p: Person | None, org: Org | None, role: str = "",
              details: bool = True, private: bool = False,
              style: Style = DEV_STYLE) -> list[str]:  # fmt: skip
    st = style
    lines = [rnd.choice(st.closings), ""] if rnd.random() < 0.8 else [rnd.choice(st.closings)]
    if p is not None:
        lines.append(p.name)
        if role and org is not None:
            form = rnd.choice(st.role_forms)
            lines.append(form.format(role=role.capitalize(), org=org.name))
            if "{org}" not in form:
                lines.append(org.name)
        elif org is not None:
            lines.append(org.name)
        if details:
            if private or org is None:
                lines.extend(p.address_lines)
            if rnd.random() < 0.5:
                lines.append(rnd.choice(st.phone_labels) + p.phone)
            if rnd.random() < 0.6:
                lines.append(rnd.choice(st.mail_labels) + p.email)
    elif org is not None:
        lines.append(org.name)
    return lines


def stable_zip(data: bytes) -> bytes:
    """A .docx with its members' times fixed (python-docx stamps the time of writing)."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return out.getvalue()


def template_file(rows: list[tuple[str, list[str]]]) -> bytes:
    return stable_zip(template_docx(rows))


def letter_file(lines: list[str]) -> bytes:
    return stable_zip(letter_docx(lines))


def stable_mail(data: bytes, file: str) -> bytes:
    """The mail with Message-IDs and MIME boundaries made from its file name, not at random."""
    from email import message_from_bytes
    from email.message import EmailMessage
    from email.policy import SMTP, default

    msg = message_from_bytes(data, policy=default)
    assert isinstance(msg, EmailMessage)
    stem = file.rsplit(".", 1)[0]
    for n, part in enumerate(msg.walk()):
        if part["Message-ID"] is not None:
            part.replace_header("Message-ID", f"<{stem}.{n}@senders.example.net>")
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_{stem}.{n}_=")
    return msg.as_bytes(policy=SMTP)
