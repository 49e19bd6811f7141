"""An evaluation set for reading senders: invented responses as files, with the truth.

    uv run python benchmarks/senders_generate.py OUT [--count 300]

Every file is a response as the mailboxes receive it: e-mails with the template (.docx)
attached or not, letters as PDF, .txt or .docx (attached or on their own), mail bodies,
forwarded mail, joint responses, form-letter campaigns, new versions. ``truth.json`` lists
each file's parties (role, person or organisation, name, e-mail, kind, who a contact speaks
for) and a stable identity for every person.

Set v5 (issue 14, third round). Set v4's held-out part was scored once clean, then its misses
were looked at and fixed, so it is no longer clean; v5 keeps all of v4 to tune on and draws a
new held-out part:

- "dev" (tune on it): all of set v4, drawn exactly as before: set v3's development part
  (seed 14), 60 responses with more organisation name forms (seed 114, ``DEV_EXTRA``,
  ``ORG_LETTER_SHAPES``) and set v4's held-out part (seed 1014, ``FRESH``, ``FRESH_STYLE``:
  84 responses and a campaign of 8), now written as development files.
- "heldout" (report it, never tune on it): about 100 responses drawn with their own seed
  (5014) from ``senders_pools_v5.V5``: first names (Danish, Arabic, Turkish, Somali,
  Vietnamese, Polish, Ukrainian, Tamil), surnames (hyphenated, "bin", "al-", "van der", "de
  la"), organisations of the usual Danish forms (foreninger, råd, udvalg, A/S, ApS, I/S,
  fonde, skoler, menighedsråd, boligafdelinger, netværk, fagforeninger, municipal and state
  bodies, organisations named like people), streets, towns, postcodes, free-mail, ISP,
  workplace and organisation domains and the municipality's forwarding staff, none of which
  set v4 uses; written in ``V5_STYLE`` (closings such as "Venlige hilsener", "Mange
  hilsner", "Vh"; roles; "– v." separators; "Henvendelse til", "Kontaktoplysninger:";
  "Telefonnr.:", "Mobiltelefon:", "E-post:"; "Som borger i kommunen", "Indsendt af borger"; "Dette
  høringssvar afgives i fællesskab af", "Bag svaret står", "Underskrevet af"; Gmail's Danish
  "Videresendt besked" and Outlook's rule line; a portal's labels), none of which is in a set
  v4 style. Besides set v4's shapes it has its own (``senders_shapes_v5``): PDF letters on a
  letterhead signed "For <organisation>" above the signer, signatures of several people of
  one organisation, a template's Afsender cell with a body signature that agrees or names a
  colleague, a citizen's template mailed by a relative, inline forwards as Outlook and Gmail
  write them, a portal form with an organisation field, unsigned letters (nobody can tell
  who sent them: the truth has no party, and unknown is right), a response sent twice, a new
  version and a campaign of 8 on the template marked private.

Every file's bytes follow from the seed alone: Message-IDs and MIME boundaries are made from
the file name and the .docx members' times are fixed (``tests/benchmarks/test_senders_set.py``
checks this and that the held-out pools share nothing with set v4's).

The pools and phrasings are in ``benchmarks/senders_pools.py`` and ``senders_pools_v5.py``.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.senders_pools import (  # noqa: E402
    DEV,
    DEV_EXTRA,
    DEV_STYLE,
    FREE,
    FRESH,
    STALE,
    Pool,
    Style,
)
from hoeringsdesk.samples.documents import (  # noqa: E402
    GENERAL_LABEL,
    INTRO_LABEL,
    SENDER_LABEL,
    letter_docx,
    section_label,
    simple_pdf,
    template_docx,
)
from hoeringsdesk.samples.mail import eml, forward, make_mail  # noqa: E402

VERSION = 5
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


class Corpus:
    def __init__(self, out: Path, seed: int = 14) -> None:
        self.out = out
        self.truths: list[Truth] = []
        self.made = 0  # responses drawn, written or not
        self.labels: dict[str, str] = {}
        self.draw(seed, {"dev": DEV, "stale": STALE})

    def draw(self, seed: int, pools: dict[str, Pool], labels: dict[str, str] | None = None) -> None:
        """Draw the next responses from these pools, with their own seed; ``labels`` names
        the part of the set a pool's responses are written to (its own name if not given)."""
        self.rnd = random.Random(seed)
        self.makers = {split: Maker(self.rnd, pool, split) for split, pool in pools.items()}
        self.labels = labels or {}

    def save(self, truth: Truth, data: bytes) -> None:
        """Write a response; the stale held-out part (set v3's) is drawn but not written, so
        that the development part stays the one the rules were tuned on. A mail gets a
        Message-ID and MIME boundaries made from its file name: the same seed, the same bytes."""
        self.made += 1
        truth.split = self.labels.get(truth.split, truth.split)
        if truth.split == "stale":
            return
        if truth.file.endswith(".eml"):
            data = _stable_mail(data, truth.file)
        (self.out / truth.file).write_bytes(data)
        self.truths.append(truth)

    def name(self, split: str, ext: str) -> str:
        return f"{self.made + 1:04d}-{self.labels.get(split, split)}.{ext}"

    # -- template responses ---------------------------------------------------------------------
    def template(self, split: str, shape: str) -> None:
        rnd, m = self.rnd, self.makers[split]
        st = m.pool.style
        truth = Truth(self.name(split, "eml"), split, f"template/{shape}")
        sender: Person | None = None
        cell: list[str]
        voice = "vi"
        if shape in (
            "v-line",
            "v-line-noemail",
            "role-comma",
            "role-line",
            "kontakt",
            "att",
            "role-nocomma",
            "from-is-contact",
            "lookalike-org",
            "cvr",
            "org-only-from",
            "kontakt-inline",
            "title-first",
            "two-contacts",
        ):
            org = m.org(lookalike=shape == "lookalike-org")
            p = m.member(org) if rnd.random() < 0.7 else m.person()
            role = rnd.choice(st.roles)
            oi = truth.org(org, "sender")
            show_email = shape not in ("v-line-noemail", "from-is-contact", "org-only-from")
            if shape in ("v-line", "v-line-noemail", "lookalike-org"):
                sep = rnd.choice(st.v_seps)
                cell = [f"{org.name}{sep}{p.name}" + (f" {p.email}" if show_email else "")]
            elif shape == "role-comma":
                cell = [org.name, f"v. {p.name}, {role}", p.email]
            elif shape == "role-line":
                cell = [org.name, f"{p.name}, {role}", f"Tlf. {p.phone}", p.email]
            elif shape == "role-nocomma":
                cell = [f"{org.name}, {p.name} {role.split()[-1]}"]
                show_email = False
            elif shape == "kontakt":
                cell = [
                    org.name,
                    f"{pick(rnd, st.kontakt)}{p.name}",
                    f"Mail: {p.email}",
                    f"Telefon: {p.phone}",
                ]
            elif shape == "att":
                cell = [f"{org.name}, att. {p.name}", p.email]
            elif shape == "cvr":
                org.cvr = org.cvr or cvr(rnd)
                truth.parties[oi]["cvr"] = org.cvr
                cell = [org.name, f"CVR: {org.cvr}", f"{rnd.choice(m.pool.streets)} {rnd.randint(1, 90)}",
                        " ".join(rnd.choice(m.pool.towns)), f"{pick(rnd, st.kontakt_short)}{p.name}, {p.email}"]  # fmt: skip
            elif shape == "from-is-contact":
                cell = [org.name, f"{rnd.choice(m.pool.streets)} {rnd.randint(1, 90)}",
                        " ".join(rnd.choice(m.pool.towns))]  # fmt: skip
            elif shape == "kontakt-inline":
                cell = [org.name, f"{pick(rnd, st.kontakt)}{p.name}, tlf. {p.phone}, {p.email}"]
            elif shape == "title-first":
                cell = [org.name, f"{role.capitalize()} {p.name}", p.email]
            elif shape == "two-contacts":
                q = m.member(org)
                and_ = pick(rnd, st.and_words)
                cell = [org.name, f"{pick(rnd, st.kontakt_plural)}{p.name}{and_}{q.name}", p.email]
                truth.person(p, "contact", org.kind, oi)
                truth.person(q, "contact", org.kind, oi, email=False)
                sender = p
                p = None  # type: ignore[assignment]
            else:  # org-only-from: the cell names the organisation, the From names the person
                cell = [org.name]
            if p is not None:
                truth.person(p, "contact", org.kind, oi)
                sender = p
        elif shape == "org-mailbox":
            org = m.org()
            oi = truth.org(org, "sender")
            truth.parties[oi]["email"] = f"info@{org.domain}"
            cell = [
                org.name,
                f"{rnd.choice(m.pool.streets)} {rnd.randint(1, 90)}",
                " ".join(rnd.choice(m.pool.towns)),
            ]
            rows = template_rows(rnd, cell, "vi")
            mail = make_mail(
                mail_from(None, org),
                rnd.choice(MAILBOXES),
                "Høringssvar",
                "Hermed vores høringssvar.",
                when(rnd),
                attachments=[("Høringssvar.docx", _template(rows))],
            )
            self.save(truth, eml(mail))
            return
        elif shape in ("joint", "joint-blank"):
            orgs: list[tuple[Org, Person]] = []
            for _ in range(rnd.randint(2, 4)):
                org = m.org()
                if any(o.name == org.name for o, _ in orgs):
                    continue
                orgs.append((org, m.member(org)))
            cell = []
            for n, (org, p) in enumerate(orgs):
                oi = truth.org(org, "sender" if n == 0 else "co_signer")
                truth.person(p, "contact", org.kind, oi)
                if shape == "joint":
                    cell.append(f"{org.name} v. {p.name} {p.email}")
                else:
                    cell.extend([org.name, f"v. {p.name}, {rnd.choice(st.roles)}", p.email, ""])
            sender = orgs[0][1]
        elif shape in ("private", "private-slash", "private-bare", "private-noemail"):
            voice = "jeg"
            p = m.person(lookalike=rnd.random() < 0.15)
            if shape == "private":
                cell = [pick(rnd, st.private_marks), p.name, *p.address_lines, p.email]
            elif shape == "private-slash":
                mark, sl = pick(rnd, st.private_marks), pick(rnd, st.slash)
                cell = [f"{mark}{sl}{p.name}{sl}{p.street}, {p.postcode} {p.town}"]
            elif shape == "private-bare":
                cell = [p.name, *p.address_lines, p.email]
            else:
                cell = [p.name, *p.address_lines]
            truth.person(p, "sender", "private")
            sender = p
        else:
            raise ValueError(shape)
        rows = template_rows(rnd, cell, voice)
        body = rnd.choice(st.template_covers)
        if sender is not None and rnd.random() < 0.5:
            body += "\n\n" + "\n".join(signature(rnd, sender, None, details=False, style=st))
        mail = make_mail(
            mail_from(sender), rnd.choice(MAILBOXES), "Høringssvar", body or " ", when(rnd),
            attachments=[("Høringssvar.docx", _template(rows))],
        )  # fmt: skip
        self.save(truth, eml(mail))

    # -- letters --------------------------------------------------------------------------------
    def letter(self, split: str, shape: str, container: str) -> None:
        rnd, m = self.rnd, self.makers[split]
        st = m.pool.style
        ext = {"pdf": "eml", "docx": "eml", "body": "eml", "txt-file": "txt",
               "pdf-file": "pdf", "docx-file": "docx"}[container]  # fmt: skip
        truth = Truth(self.name(split, ext), split, f"letter/{shape}/{container}")
        lines: list[str]
        sender: Person | None = None
        plain_from = False
        if shape in (
            "citizen",
            "citizen-isp",
            "citizen-work",
            "citizen-noaddress",
            "citizen-lookalike",
        ):
            domain = None
            if shape == "citizen-isp":
                domain = rnd.choice(m.pool.isp)
            elif shape == "citizen-work":
                domain = rnd.choice(m.pool.company_domains)
            p = m.person(
                domain=domain, lookalike=shape == "citizen-lookalike", pdf="pdf" in container
            )
            details = shape != "citizen-noaddress"
            lines = [
                *prose(rnd, "jeg", 3),
                "",
                *signature(rnd, p, None, details=details, private=True, style=st),
            ]
            if container in ("txt-file", "pdf-file", "docx-file"):
                email_known = any(p.email in x for x in lines)
                truth.person(p, "sender", "private", email=email_known)
            else:
                truth.person(p, "sender", "private")
            sender = p
            plain_from = rnd.random() < 0.25
        elif shape in ("org", "org-heading", "org-letterhead", "org-behalf", "org-lookalike"):
            org = m.org(lookalike=shape == "org-lookalike")
            p = m.member(org, pdf="pdf" in container)
            role = rnd.choice(st.roles)
            head: list[str] = []
            if shape == "org-heading":
                head = [rnd.choice(st.headings).format(org=org.name), ""]
            elif shape == "org-letterhead":
                head = [org.name, f"{rnd.choice(m.pool.streets)} {rnd.randint(1, 90)}",
                        " ".join(rnd.choice(m.pool.towns)), f"www.{org.domain}", "",
                        "Til Nordkysten Kommune", ""]  # fmt: skip
            body = [*head, *prose(rnd, "vi", 3), ""]
            if shape == "org-behalf":
                body += [
                    rnd.choice(st.closings),
                    pick(rnd, st.behalf).format(org=org.name),
                    "",
                    p.name,
                    role.capitalize(),
                ]
            elif shape == "org-heading":
                body += [rnd.choice(st.closings), "", p.name, role.capitalize()]
            else:
                body += signature(rnd, p, org, role, style=st)
            lines = body
            oi = truth.org(org, "sender")
            email_known = container not in ("txt-file", "pdf-file", "docx-file") or any(
                p.email in x for x in lines
            )
            truth.person(p, "contact", org.kind, oi, email=email_known)
            sender = p
        elif shape in ("three-orgs", "three-orgs-line"):
            orgs: list[Org] = []
            while len(orgs) < 3:
                org = m.org()
                if org.name not in [o.name for o in orgs] and "," not in org.name:
                    orgs.append(org)
            p = m.member(orgs[0], pdf="pdf" in container)
            lines = [*prose(rnd, "vi", 3), "", rnd.choice(st.closings), ""]
            if shape == "three-orgs":
                lines += [o.name for o in orgs]
            else:
                lines += [f"{orgs[0].name}, {orgs[1].name}{pick(rnd, st.and_words)}{orgs[2].name}"]
            for n, org in enumerate(orgs):
                truth.org(org, "sender" if n == 0 else "co_signer")
            if container not in ("txt-file", "pdf-file", "docx-file"):
                truth.person(p, "contact", orgs[0].kind, 0)
            sender = p
        elif shape == "joint-private":
            p, q = m.person(pdf="pdf" in container), m.person(pdf="pdf" in container)
            lines = [*prose(rnd, "vi", 2), "", rnd.choice(st.closings), "", f"{p.name}{pick(rnd, st.and_words)}{q.name}",
                     *p.address_lines]  # fmt: skip
            truth.person(
                p, "sender", "private", email=container not in ("txt-file", "pdf-file", "docx-file")
            )
            truth.person(q, "co_signer", "private", email=False)
            q.street, q.postcode, q.town = p.street, p.postcode, p.town
            sender = p
        elif shape in ("joint-behalf", "signatories", "org-plain-sign"):
            lines, sender = self._org_letter(split, truth, shape, container)
        else:
            raise ValueError(shape)
        if container in ("txt-file", "pdf-file", "docx-file"):
            if container == "txt-file":
                data = "\n".join(lines).encode("utf-8")
            elif container == "pdf-file":
                data = simple_pdf(lines, gap=False)
            else:
                data = _letter(lines)
            self.save(truth, data)
            return
        assert sender is not None
        if container == "body":
            mail = make_mail(mail_from(sender, plain=plain_from), rnd.choice(MAILBOXES),
                             "Høringssvar", "\n".join(lines), when(rnd))  # fmt: skip
        else:
            data = simple_pdf(lines, gap=False) if container == "pdf" else _letter(lines)
            cover = rnd.choice(st.letter_covers)
            if rnd.random() < 0.5:
                cover += "\n\n" + "\n".join(signature(rnd, sender, None, details=False, style=st))
            mail = make_mail(mail_from(sender, plain=plain_from), rnd.choice(MAILBOXES), "Høringssvar",
                             cover, when(rnd), attachments=[(f"høringssvar.{container}", data)])  # fmt: skip
        self.save(truth, eml(mail))

    def _org_letter(
        self, split: str, truth: Truth, shape: str, container: str
    ) -> tuple[list[str], Person]:
        """Letters from organisations in the set v4 shapes: a joint letter naming all its
        organisations in one line, a list of signatories (one per organisation), and a
        signature of a name (or "Title Name") above the organisation's name."""
        rnd, m = self.rnd, self.makers[split]
        st = m.pool.style
        pdf = "pdf" in container
        in_mail = container not in ("txt-file", "pdf-file", "docx-file")
        closing = rnd.choice(st.closings)
        if shape == "org-plain-sign":
            org = m.org(lookalike=rnd.random() < 0.15)
            p = m.member(org, pdf=pdf)
            signer = (
                p.name if rnd.random() < 0.6 else f"{rnd.choice(st.roles).capitalize()} {p.name}"
            )
            lines = [*prose(rnd, "vi", 3), "", closing, "", signer, org.name]
            oi = truth.org(org, "sender")
            truth.person(p, "contact", org.kind, oi, email=in_mail)
            return lines, p
        orgs: list[Org] = []
        want = rnd.randint(2, 3)
        while len(orgs) < want:
            org = m.org()
            if org.name not in [o.name for o in orgs] and "," not in org.name:
                orgs.append(org)
        names = ", ".join(o.name for o in orgs[:-1]) + pick(rnd, st.and_words) + orgs[-1].name
        if shape == "joint-behalf":
            p = m.member(orgs[0], pdf=pdf)
            role = rnd.choice(st.roles).capitalize()
            form = rnd.choice(st.joint_behalf)
            named = form.format(orgs=names)
            if "høringssvar" in form.casefold():  # a heading over the letter
                lines = [named, "", *prose(rnd, "vi", 3), "", closing, "", p.name, role]
            else:
                lines = [*prose(rnd, "vi", 3), "", closing, named, "", p.name, role]
            for n, org in enumerate(orgs):
                truth.org(org, "sender" if n == 0 else "co_signer")
            truth.person(p, "contact", orgs[0].kind, 0, email=in_mail)
            return lines, p
        # signatories: one person for each organisation, the first sent it
        signers = [m.member(org, pdf=pdf) for org in orgs]
        lines = [*prose(rnd, "vi", 3), "", closing, ""]
        form = rnd.choice(st.signatory_forms)
        for org, q in zip(orgs, signers, strict=True):
            lines.append(form.format(name=q.name, role=rnd.choice(st.roles), org=org.name))
        for n, (org, q) in enumerate(zip(orgs, signers, strict=True)):
            oi = truth.org(org, "sender" if n == 0 else "co_signer")
            truth.person(q, "contact", org.kind, oi, email=in_mail and n == 0)
        return lines, signers[0]

    def special(self, split: str, shape: str) -> None:
        """Mail bodies in less common shapes: capitals, a first name only, '/Name', a phone
        footer, a quoted reply, two signers, a web form, HTML, 'Surname, First name'."""
        rnd, m = self.rnd, self.makers[split]
        st = m.pool.style
        truth = Truth(self.name(split, "eml"), split, f"special/{shape}")
        sent = when(rnd)
        if shape == "org-two-signers":
            org = m.org()
            p, q = m.member(org), m.member(org)
            r1, r2 = rnd.sample(st.roles, 2)
            lines = [
                *prose(rnd, "vi", 3),
                "",
                rnd.choice(st.closings),
                "",
                p.name,
                r1.capitalize(),
                "",
                q.name,
                r2.capitalize(),
                "",
                org.name,
            ]
            oi = truth.org(org, "sender")
            truth.person(p, "contact", org.kind, oi)
            truth.person(q, "contact", org.kind, oi, email=False)
            self.save(
                truth,
                eml(
                    make_mail(
                        mail_from(p), rnd.choice(MAILBOXES), "Høringssvar", "\n".join(lines), sent
                    )
                ),
            )
            return
        p = m.person()
        truth.person(p, "sender", "private")
        body = prose(rnd, "jeg", 2)
        sender = mail_from(p)
        if shape == "citizen-caps":
            lines = [*body, "", rnd.choice(st.closings), p.name.upper(), *p.address_lines]
        elif shape == "citizen-firstname":
            lines = [*body, "", rnd.choice(st.firstname_closings), p.name.split()[0]]
        elif shape == "citizen-slash":
            lines = [*body, "", f"/{p.name}"]
        elif shape == "citizen-iphone":
            lines = [*body, "", rnd.choice(st.closings), p.name, "", "Sendt fra min iPhone"]
        elif shape == "citizen-quoted":
            lines = [
                *body,
                "",
                rnd.choice(st.closings),
                p.name,
                "",
                "Den 2. okt. 2026 kl. 10.00 skrev Nordkysten Kommune <hoering@nordkysten.example.dk>:",
                "> Kære borger",
                "> Tak for din henvendelse om høringen.",
                ">",
                "> Med venlig hilsen",
                "> Morten Spies",
                "> Chefkonsulent",
            ]
        elif shape == "webform":
            lines = [
                "Indsendt via kommunens høringsportal",
                "",
                f"{st.webform[0]}{p.name}",
                f"{st.webform[1]}{p.email}",
                f"{st.webform[2]}{p.street}, {p.postcode} {p.town}",
                "",
                st.webform[3],
                *body,
            ]
            self.save(
                truth,
                raw_mail(
                    "Nordkysten Kommune <noreply@nordkysten.example.dk>",
                    "\n".join(lines),
                    sent,
                    reply_to=p.email,
                ),
            )
            return
        elif shape == "html-citizen":
            lines = [*body, "", rnd.choice(st.closings), p.name]
            self.save(truth, raw_mail(sender, "\n".join(lines), sent, html=True))
            return
        elif shape == "holm-comma":
            first, _, last = p.name.partition(" ")
            from email.utils import formataddr

            sender = formataddr((f"{last}, {first}", p.email))
            lines = [*body]
        else:
            raise ValueError(shape)
        self.save(
            truth,
            eml(make_mail(sender, rnd.choice(MAILBOXES), "Høringssvar", "\n".join(lines), sent)),
        )

    def forwarded(self, split: str, inline: bool) -> None:
        rnd, m = self.rnd, self.makers[split]
        st = m.pool.style
        truth = Truth(
            self.name(split, "eml"), split, f"forward/{'inline' if inline else 'attached'}"
        )
        p = m.person()
        text = "\n".join([*prose(rnd, "jeg", 2), "", rnd.choice(st.closings), p.name])
        inner = make_mail(mail_from(p), "borgerservice@nordkysten.example.dk", "Integrationspolitik",
                          text, when(rnd))  # fmt: skip
        colleague = rnd.choice(m.pool.colleagues or COLLEAGUES)
        note = (
            "Til orientering – høringssvar modtaget i borgerservice.\n\nHilsen\n"
            + colleague.split(" <")[0]
        )
        if inline:
            body = (f"{note}\n\n{pick(rnd, st.forward_marks)}\nFra: {p.name} <{p.email}>\n"
                    f"Dato: 3. okt. 2026 kl. 10.12\nEmne: Integrationspolitik\nTil: borgerservice@nordkysten.example.dk\n\n{text}")  # fmt: skip
            mail = make_mail(
                colleague, rnd.choice(MAILBOXES), "VS: Integrationspolitik", body, when(rnd)
            )
        else:
            mail = forward(inner, colleague, rnd.choice(MAILBOXES), note, when(rnd))
        truth.person(p, "sender", "private")
        name, email = colleague.split(" <")
        truth.parties.append({"role": "forwarder", "type": "person", "name": name,
                              "email": email.rstrip(">"), "pid": f"colleague:{email}", "kind": ""})  # fmt: skip
        self.save(truth, eml(mail))

    def campaign(
        self,
        split: str,
        size: int,
        label: str,
        as_template: bool,
        domains: tuple[str, ...] = ("gmail.com", "gmail.com", "hotmail.com"),
    ) -> None:
        rnd, m = self.rnd, self.makers[split]
        st = m.pool.style
        for _ in range(size):
            truth = Truth(
                self.name(split, "eml"),
                split,
                f"campaign/{'template' if as_template else 'body'}",
                campaign=label,
            )
            p = m.person(domain=rnd.choice(domains))
            if as_template:
                cell = [pick(rnd, st.private_marks), p.name, p.email]
                rows = [(SENDER_LABEL, cell), (GENERAL_LABEL, list(CAMPAIGN_TEXT))]
                mail = make_mail(mail_from(p), rnd.choice(MAILBOXES), "Bevar danskundervisningen",
                                 " ", when(rnd), attachments=[("Høringssvar.docx", _template(rows))])  # fmt: skip
            else:
                body = (
                    "\n\n".join(CAMPAIGN_TEXT)
                    + f"\n\n{pick(rnd, st.campaign_closing)}\n{p.name}\n"
                    + "\n".join(p.address_lines)
                )
                mail = make_mail(
                    mail_from(p),
                    rnd.choice(MAILBOXES),
                    "Bevar danskundervisningen",
                    body,
                    when(rnd),
                )
            truth.person(p, "sender", "private")
            self.save(truth, eml(mail))

    def new_version(self, split: str) -> None:
        rnd, m = self.rnd, self.makers[split]
        st = m.pool.style
        p = m.person()
        text = prose(rnd, "jeg", 4)
        for n in range(2):
            truth = Truth(self.name(split, "eml"), split, "version")
            body = (
                "\n\n".join(text + ([rnd.choice(CITIZEN_LINES)] if n else []))
                + f"\n\n{pick(rnd, st.version_closing)}\n{p.name}"
            )
            mail = make_mail(mail_from(p), rnd.choice(MAILBOXES), "Høringssvar" + (" (rettet)" if n else ""),
                             body, when(rnd))  # fmt: skip
            truth.person(p, "sender", "private")
            self.save(truth, eml(mail))

    def body_only_citizen(self, split: str) -> None:
        """A short mail from a citizen with no signature at all: the From is all there is."""
        rnd, m = self.rnd, self.makers[split]
        truth = Truth(self.name(split, "eml"), split, "body/no-signature")
        p = m.person()
        mail = make_mail(
            mail_from(p),
            rnd.choice(MAILBOXES),
            "Høring",
            "\n\n".join(prose(rnd, "jeg", 2)),
            when(rnd),
        )
        truth.person(p, "sender", "private")
        self.save(truth, eml(mail))


def _stable_zip(data: bytes) -> bytes:
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


def _template(rows: list[tuple[str, list[str]]]) -> bytes:
    return _stable_zip(template_docx(rows))


def _letter(lines: list[str]) -> bytes:
    return _stable_zip(letter_docx(lines))


def _stable_mail(data: bytes, file: str) -> bytes:
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


TEMPLATE_SHAPES = ("v-line", "v-line-noemail", "role-comma", "role-line", "kontakt", "att",
                   "role-nocomma", "from-is-contact", "lookalike-org", "cvr", "org-only-from",
                   "kontakt-inline", "title-first", "two-contacts", "org-mailbox",
                   "joint", "joint-blank", "private", "private-slash", "private-bare",
                   "private-noemail")  # fmt: skip
LETTER_SHAPES = ("citizen", "citizen-isp", "citizen-work", "citizen-noaddress", "citizen-lookalike",
                 "org", "org-heading", "org-letterhead", "org-behalf", "org-lookalike",
                 "three-orgs", "three-orgs-line", "joint-private")  # fmt: skip
ORG_LETTER_SHAPES = ("joint-behalf", "signatories", "org-plain-sign")  # set v4
SPECIAL_SHAPES = (
    "org-two-signers",
    "citizen-caps",
    "citizen-firstname",
    "citizen-slash",
    "citizen-iphone",
    "citizen-quoted",
    "webform",
    "html-citizen",
    "holm-comma",
)
CONTAINERS = ("pdf", "docx", "body", "txt-file", "pdf-file", "docx-file")


def _draw_one(corpus: Corpus, split: str, letters: tuple[str, ...] = LETTER_SHAPES) -> None:
    rnd = corpus.rnd
    roll = rnd.random()
    if roll < 0.36:
        corpus.template(split, rnd.choice(TEMPLATE_SHAPES))
    elif roll < 0.76:
        corpus.letter(split, rnd.choice(letters), rnd.choice(CONTAINERS))
    elif roll < 0.83:
        corpus.forwarded(split, inline=rnd.random() < 0.5)
    elif roll < 0.88:
        corpus.special(split, rnd.choice(SPECIAL_SHAPES))
    elif roll < 0.93:
        corpus.body_only_citizen(split)
    else:
        corpus.new_version(split)


def generate(
    out: Path,
    count: int = 320,
    seed: int = 14,
    extra: int = 60,
    fresh: int = 84,
    heldout: int = 84,
) -> list[Truth]:
    """Four draws, each with its own seed: (1) set v3 as it was drawn (``count`` responses,
    every fifth from the stale held-out pool, which is drawn but not written: the development
    part stays the one tuned on); (2) ``extra`` development responses with the
    organisation name forms of ``DEV_EXTRA`` and the set v4 letter shapes; (3) set v4's
    held-out part, now development: ``fresh`` responses and a campaign of 8 from ``FRESH``;
    (4) set v5's held-out part (``senders_shapes_v5``): ``heldout`` responses, a new version,
    a response sent twice and a campaign of 8 from ``senders_pools_v5.V5``, whose names,
    places, domains and phrasings no set v4 response uses."""
    from benchmarks.senders_pools_v5 import V5
    from benchmarks.senders_shapes_v5 import draw_heldout

    out.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(out, seed)
    for n in range(count):
        if corpus.made >= count:
            break
        _draw_one(corpus, "stale" if n % 5 == 4 else "dev")
    for split, size, template in (("dev", 8, False), ("dev", 6, True)):
        corpus.campaign(split, size, f"{split}-{size}-{template}", template)
    corpus.draw(seed + 100, {"dev": DEV_EXTRA})
    for _ in range(extra):
        _draw_one(corpus, "dev", LETTER_SHAPES + ORG_LETTER_SHAPES * 2)
    corpus.draw(seed + 1000, {"heldout": FRESH}, labels={"heldout": "dev"})
    for _ in range(fresh):
        _draw_one(corpus, "heldout", LETTER_SHAPES + ORG_LETTER_SHAPES)
    corpus.campaign("heldout", 8, "heldout-8-False", False)
    corpus.draw(seed + 5000, {"v5": V5}, labels={"v5": "heldout"})
    draw_heldout(corpus, "v5", heldout)
    (out / "truth.json").write_text(
        json.dumps({"version": VERSION, "responses": [t.__dict__ for t in corpus.truths]},
                   ensure_ascii=False, indent=1),
        encoding="utf-8",
    )  # fmt: skip
    return corpus.truths


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "benchmarks" / ".cache" / "senders"
    n = int(sys.argv[sys.argv.index("--count") + 1]) if "--count" in sys.argv else 320
    made = generate(target, n)
    held = sum(t.split == "heldout" for t in made)
    print(f"{len(made)} responses in {target} ({held} held out)")
