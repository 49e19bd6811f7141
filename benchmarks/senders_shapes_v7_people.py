"""The held-out part of the senders' evaluation set v7: the writing helpers and the shapes of
private people (households sharing a mailbox, couples, neighbours, a chair writing privately,
English letters, initials, display names, an anonymous citizen, a councillor's forward, the
campaign).

Every shape writes what an officer could read unambiguously into the truth: where a human
could not tell (a name nobody gave), the truth leaves it empty."""

from __future__ import annotations

from email.utils import formataddr

from benchmarks.senders_generate import Corpus
from benchmarks.senders_parts import (
    MAILBOXES,
    Org,
    Person,
    Truth,
    letter_file,
    mail_from,
    prose,
    slug,
    template_file,
    template_rows,
    when,
)
from benchmarks.senders_pools_v7 import COUNCILLOR, EN_CLOSINGS, EN_COVERS, HANDLES, HOUSEHOLDS
from hoeringsdesk.samples.documents import simple_pdf
from hoeringsdesk.samples.mail import eml, forward, make_mail

FILE_EXT = {"body": "eml", "pdf": "eml", "docx": "eml", "txt-file": "txt", "pdf-file": "pdf",
            "docx-file": "docx"}  # fmt: skip
ALONE = ("txt-file", "pdf-file", "docx-file")

EN_CITIZEN = (
    "I have lived in the municipality for six years, and my children go to the local school.",
    "I welcome the draft, but I miss a plan for newcomers who work in English.",
    "Danish lessons in the evening would make a real difference for people like me.",
    "Many of my neighbours would like to take part in local associations if they knew how.",
)
EN_ORG = (
    "We welcome the draft policy and thank the municipality for the opportunity to comment.",
    "Our staff come from more than twenty countries, and language support at work matters.",
    "We would be glad to take part in a partnership on job training for newcomers.",
)
EN_ROLES = ("Managing Director", "Chair of the Board", "Head of People")

CAMPAIGN_V7 = (
    "Jeg vil gerne bakke op om, at Sprogcaféen på Kysthøj Bibliotek får lov at fortsætte.",
    "Caféen er for mange det eneste sted, hvor man kan øve dansk med andre i en tryg ramme, "
    "og den bør derfor nævnes i politikkens afsnit om fællesskaber.",
    "Jeg opfordrer udvalget til at sikre caféen penge i de kommende år.",
)
CAMPAIGN_OWN = (
    "Jeg kommer selv i caféen hver tirsdag.",
    "Min mand har lært det meste af sit dansk der.",
    "Jeg er frivillig i caféen og ser, hvor meget den betyder.",
)


def mail(c: Corpus, truth: Truth, sender: str, subject: str, body: str,
         attachments: list[tuple[str, bytes]] | None = None) -> None:  # fmt: skip
    msg = make_mail(sender, c.rnd.choice(MAILBOXES), subject, body, when(c.rnd),
                    attachments=attachments or [])  # fmt: skip
    c.save(truth, eml(msg))


def write(c: Corpus, truth: Truth, lines: list[str], container: str, sender: str,
          cover: str, subject: str = "Høringssvar") -> None:  # fmt: skip
    """The letter as a mail body, attached to a mail (PDF or .docx) or as a file alone."""
    if container == "txt-file":
        c.save(truth, "\n".join(lines).encode("utf-8"))
    elif container == "pdf-file":
        c.save(truth, simple_pdf(lines, gap=False))
    elif container == "docx-file":
        c.save(truth, letter_file(lines))
    elif container == "body":
        mail(c, truth, sender, subject, "\n".join(lines))
    else:
        data = simple_pdf(lines, gap=False) if container == "pdf" else letter_file(lines)
        mail(c, truth, sender, subject, cover, [(f"{subject}.{container}", data)])


def _cp1252(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[0].isalpha()).upper()


def family_mailbox(c: Corpus, split: str) -> None:
    """Two members of a household answer from the family's shared mailbox (display name
    "Familien <surname>"): one in a mail body signed with her name and address, the other on
    the template with his name in the cell. Two different people, one address."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    surname, first_a, first_b, local = rnd.choice(HOUSEHOLDS)
    base = m.person(domain=rnd.choice(m.pool.free))
    email = f"{local}@{base.email.split('@')[1]}"
    sender = formataddr((f"Familien {surname}", email))
    a, b = (Person(f"{first} {surname}", email, base.phone, base.street, base.postcode,
                   base.town, f"{split}:{email}#{slug(first)}")
            for first in (first_a, first_b))  # fmt: skip
    truth = Truth(c.name(split, "eml"), split, "v7/family-mailbox/body")
    lines = [*prose(rnd, "jeg", 2), "", rnd.choice(st.closings), a.name, *a.address_lines]
    truth.person(a, "sender", "private")
    mail(c, truth, sender, "Høringssvar", "\n".join(lines))

    truth = Truth(c.name(split, "eml"), split, "v7/family-mailbox/template")
    cell = [rnd.choice(st.private_marks), b.name, *b.address_lines]
    body = f"{rnd.choice(st.template_covers)}\n\n{rnd.choice(st.firstname_closings)}\n{first_b}"
    truth.person(b, "sender", "private")
    rows = template_rows(rnd, cell, "jeg")
    mail(c, truth, sender, "Høringssvar", body, [("Høringssvar.docx", template_file(rows))])


def couple(c: Corpus, split: str) -> None:
    """Spouses sign one letter together, "Hedvig og Svend Hviid": two people; the one named
    first mailed it from her own address."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    container = rnd.choice(("body", "docx", "pdf-file", "txt-file"))
    truth = Truth(c.name(split, FILE_EXT[container]), split, f"v7/couple/{container}")
    pdf = container == "pdf-file"
    p = m.person(pdf=pdf)
    first, surname = p.name.split(" ", 1)
    others = [f for f in m.pool.first if f != first and (not pdf or _cp1252(f))]
    other = rnd.choice(others)
    q = Person(f"{other} {surname}", "", p.phone, p.street, p.postcode, p.town,
               f"{split}:{slug(other)}.{slug(surname)}@{slug(p.street)}")  # fmt: skip
    lines = [*prose(rnd, "jeg", 2), "", rnd.choice(st.closings), "",
             f"{first} og {q.name}", *p.address_lines]  # fmt: skip
    truth.person(p, "sender", "private", email=container not in ALONE)
    truth.person(q, "co_signer", "private", email=False)
    write(c, truth, lines, container, mail_from(p), rnd.choice(st.letter_covers))


def neighbours(c: Corpus, split: str) -> None:
    """Neighbours on one street answer together: (a) each named with their address under
    "Underskrivere:", the first mailed it (the others co-sign); (b) one of them writes for
    neighbours she does not name (no co-signer can be registered)."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    named = rnd.random() < 0.6
    container = rnd.choice(("body", "docx"))
    truth = Truth(c.name(split, "eml"), split, f"v7/neighbours/{'named' if named else 'unnamed'}")
    street = rnd.choice(m.pool.streets)
    people = [m.person() for _ in range(rnd.randint(3, 5) if named else 1)]
    for n, q in enumerate(people):  # one street, one town
        q.street = f"{street} {2 * n + rnd.randint(1, 3)}"
        q.postcode, q.town = people[0].postcode, people[0].town
    if named:
        lines = [f"Vi er naboer på {street} og skriver sammen, fordi forslaget berører os alle.",
                 *prose(rnd, "jeg", 2), "", "Hilsen fra os alle", "", "Underskrivere:",
                 *[f"{q.name}, {q.street}" for q in people]]  # fmt: skip
    else:
        p = people[0]
        lines = [f"Jeg skriver også på vegne af flere naboer på {street}, som er enige i det "
                 "følgende.", *prose(rnd, "jeg", 2), "", rnd.choice(st.closings), p.name,
                 *p.address_lines]  # fmt: skip
    for n, q in enumerate(people):
        truth.person(q, "sender" if n == 0 else "co_signer", "private", email=n == 0)
    write(c, truth, lines, container, mail_from(people[0]), rnd.choice(st.letter_covers))


def private_chair(c: Corpus, split: str) -> None:
    """The chair of an association writes as a private person and says so: the association is
    named in the text but is no party."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    org: Org = m.org()
    while org.kind != "organisation":
        org = m.org()
    container = rnd.choice(("body", "docx"))
    truth = Truth(c.name(split, "eml"), split, f"v7/private-chair/{container}")
    p = m.person()
    lines = [f"Jeg er formand for {org.name}, men dette svar skriver jeg som privatperson og "
             "ikke på foreningens vegne.", *prose(rnd, "jeg", 2), "", rnd.choice(st.closings),
             p.name, *p.address_lines]  # fmt: skip
    truth.person(p, "sender", "private")
    write(c, truth, lines, container, mail_from(p), rnd.choice(st.letter_covers))


def english(c: Corpus, split: str) -> None:
    """A response in English: a resident's letter (mail body or PDF alone) signed with name and
    address, or an organisation's mail signed with name, English title and organisation."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    closing = rnd.choice(EN_CLOSINGS)
    if rnd.random() < 0.55:
        container = rnd.choice(("body", "pdf-file", "txt-file"))
        truth = Truth(c.name(split, FILE_EXT[container]), split, f"v7/english/citizen/{container}")
        p = m.person(pdf=container == "pdf-file")
        lines = ["Dear Sir or Madam,", "", *rnd.sample(EN_CITIZEN, 3), "", f"{closing},",
                 p.name, *p.address_lines, f"{rnd.choice(st.phone_labels)}{p.phone}"]  # fmt: skip
        truth.person(p, "sender", "private", email=container == "body")
        write(c, truth, lines, container, mail_from(p), "")
        return
    org = m.org()
    container = rnd.choice(("body", "docx"))
    truth = Truth(c.name(split, "eml"), split, f"v7/english/organisation/{container}")
    p = m.member(org)
    lines = ["Dear Nordkysten Municipality,", "", *EN_ORG, "", f"{closing},", "", p.name,
             f"{rnd.choice(EN_ROLES)}, {org.name}"]  # fmt: skip
    oi = truth.org(org, "sender")
    truth.person(p, "contact", org.kind, oi)
    write(c, truth, lines, container, mail_from(p), rnd.choice(EN_COVERS),
          subject="Consultation response")  # fmt: skip


def initials_signed(c: Corpus, split: str) -> None:
    """A citizen's mail signed with initials only ("KBL"): the name is the From's."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    truth = Truth(c.name(split, "eml"), split, "v7/initials/citizen")
    p = m.person()
    lines = [*prose(rnd, "jeg", 2), "", rnd.choice(st.closings), initials(p.name)]
    truth.person(p, "sender", "private")
    mail(c, truth, mail_from(p), "Høringssvar", "\n".join(lines))


def display_name_differs(c: Corpus, split: str) -> None:
    """The mailbox's display name is no one's ("Kontoret", "Min iPad"); the letter is signed
    with a name and address: that is the sender."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    truth = Truth(c.name(split, "eml"), split, "v7/display-name")
    p = m.person()
    lines = [*prose(rnd, "jeg", 2), "", rnd.choice(st.closings), "", p.name, *p.address_lines]
    truth.person(p, "sender", "private")
    mail(c, truth, formataddr((rnd.choice(HANDLES), p.email)), "Høringssvar", "\n".join(lines))


def anonymous(c: Corpus, split: str) -> None:
    """A citizen who will not give a name: a private person whose name nobody knows (the truth
    has the address only)."""
    rnd = c.rnd
    truth = Truth(c.name(split, "eml"), split, "v7/anonymous")
    email = f"borger{rnd.randint(1000, 9999)}@{rnd.choice(('proton.me', 'mail.com'))}"
    lines = ["Jeg skriver som borger i kommunen og ønsker ikke mit navn offentliggjort.", "",
             *prose(rnd, "jeg", 2)]  # fmt: skip
    truth.parties.append({"role": "sender", "type": "person", "name": "", "kind": "private",
                          "email": email, "pid": f"{split}:{email}", "for": None})  # fmt: skip
    mail(c, truth, email, "Høring", "\n".join(lines))


def councillor_forward(c: Corpus, split: str) -> None:
    """A councillor forwards a citizen's mail to her: attached, or inline as a phone's mail
    app writes it in English. The citizen is the sender; the councillor only forwarded."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    attached = rnd.random() < 0.5
    how = "attached" if attached else "inline"
    truth = Truth(c.name(split, "eml"), split, f"v7/councillor/{how}")
    p = m.person()
    text = "\n".join([*prose(rnd, "jeg", 2), "", rnd.choice(st.closings), p.name])
    cname, cmail = COUNCILLOR.split(" <")
    note = (f"Jeg har fået denne mail fra en borger og sender den videre som høringssvar.\n\n"
            f"{rnd.choice(st.firstname_closings)}\n{cname.split()[0]}\nByrådsmedlem")  # fmt: skip
    if attached:
        to = cmail.rstrip(">")
        inner = make_mail(mail_from(p), to, "Integrationspolitikken", text, when(rnd))
        msg = forward(inner, COUNCILLOR, rnd.choice(MAILBOXES), note, when(rnd))
    else:
        head = [st.forward_marks[0], f"From: {p.name} <{p.email}>",
                f"Date: {rnd.randint(2, 28)}/10/2026 08:41 (GMT+01:00)",
                f"To: {cname} <{cmail}", "Subject: Integrationspolitikken"]  # fmt: skip
        msg = make_mail(COUNCILLOR, rnd.choice(MAILBOXES), "Fwd: Integrationspolitikken",
                        "\n".join([note, "", *head, "", text]), when(rnd))  # fmt: skip
    truth.person(p, "sender", "private")
    truth.parties.append({"role": "forwarder", "type": "person", "name": cname, "kind": "",
                          "email": cmail.rstrip(">"), "pid": f"councillor:{cmail}"})  # fmt: skip
    c.save(truth, eml(msg))


def campaign(c: Corpus, split: str, size: int, label: str) -> None:
    """A campaign of mail bodies with one text (some add a line of their own), from citizens,
    many at the same providers."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    for _ in range(size):
        truth = Truth(c.name(split, "eml"), split, "v7/campaign", campaign=label)
        p = m.person(domain=rnd.choice(("mail.tele.dk", "mail.tele.dk", "proton.me", "pc.dk")))
        own = [rnd.choice(CAMPAIGN_OWN), ""] if rnd.random() < 0.35 else []
        tail = p.address_lines if rnd.random() < 0.5 else []
        body = "\n".join([*own, "\n\n".join(CAMPAIGN_V7), "", st.campaign_closing[0], p.name,
                          *tail])  # fmt: skip
        truth.person(p, "sender", "private")
        mail(c, truth, mail_from(p), "Bevar Sprogcaféen", body)
