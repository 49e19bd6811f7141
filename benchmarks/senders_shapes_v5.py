"""The held-out part of the senders' evaluation set v5: its draw and the shapes set v4 lacks.

Every shape writes what an officer could read unambiguously into the truth: where a human
could not tell who sent a response, the truth has no party (the program saying unknown is
right)."""

from __future__ import annotations

from benchmarks.senders_generate import (
    CONTAINERS,
    LETTER_SHAPES,
    ORG_LETTER_SHAPES,
    SPECIAL_SHAPES,
    TEMPLATE_SHAPES,
    Corpus,
)
from benchmarks.senders_parts import (
    MAILBOXES,
    Org,
    Person,
    Truth,
    letter_file,
    mail_from,
    pick,
    prose,
    raw_mail,
    template_file,
    template_rows,
    when,
)
from benchmarks.senders_pools import Style
from hoeringsdesk.samples.documents import simple_pdf
from hoeringsdesk.samples.mail import eml, make_mail

FILE_EXT = {
    "pdf": "eml",
    "pdf-file": "pdf",
    "body": "eml",
    "docx": "eml",
    "docx-file": "docx",
    "txt-file": "txt",
}


def _role_lines(c: Corpus, st: Style, role: str, org: Org) -> list[str]:
    form = c.rnd.choice(st.role_forms)
    lines = [form.format(role=role.capitalize(), org=org.name)]
    return lines if "{org}" in form else [*lines, org.name]


def letterhead_for(c: Corpus, split: str) -> None:
    """A PDF letter on an organisation's letterhead (addressed to the administration) signed
    "For <organisation>" above the signer's name and role; alone or attached to a mail."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    container = rnd.choice(("pdf", "pdf-file"))
    truth = Truth(c.name(split, FILE_EXT[container]), split, f"v5/letterhead-for/{container}")
    org = m.org(lookalike=rnd.random() < 0.2)
    p = m.member(org, pdf=True)
    postcode, town = rnd.choice(m.pool.towns)
    lines = [
        org.name,
        f"{rnd.choice(m.pool.streets)} {rnd.randint(1, 90)}",
        f"{postcode} {town}",
        f"www.{org.domain}",
        "",
        f"{town}, {rnd.randint(2, 28)}. oktober 2026",
        "",
        "Til Nordkysten Kommune",
        "Beskæftigelses- og Integrationsforvaltningen",
        "",
        "Høringssvar vedr. udkast til integrations- og medborgerskabspolitik",
        "",
        *prose(rnd, "vi", 3),
        "",
        rnd.choice(st.closings),
        "",
        pick(rnd, st.behalf).format(org=org.name),
        "",
        p.name,
        rnd.choice(st.roles).capitalize(),
    ]
    oi = truth.org(org, "sender")
    truth.person(p, "contact", org.kind, oi, email=container == "pdf")
    data = simple_pdf(lines, gap=False)
    if container == "pdf-file":
        c.save(truth, data)
        return
    mail = make_mail(
        mail_from(p),
        rnd.choice(MAILBOXES),
        "Høringssvar",
        rnd.choice(st.letter_covers),
        when(rnd),
        attachments=[("Høringssvar.pdf", data)],
    )
    c.save(truth, eml(mail))


def several_signers(c: Corpus, split: str) -> None:
    """A letter signed by two or three people of one organisation: the organisation's name
    under the closing, then each person with their role; the first one mailed it."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    container = rnd.choice(("body", "docx", "docx-file"))
    truth = Truth(c.name(split, FILE_EXT[container]), split, f"v5/several-signers/{container}")
    org = m.org()
    people = [m.member(org) for _ in range(rnd.randint(2, 3))]
    roles = rnd.sample(st.roles, len(people))
    sep = rnd.choice((" – ", ", "))
    lines = [
        *prose(rnd, "vi", 3),
        "",
        rnd.choice(st.closings),
        "",
        org.name,
        "",
        *[f"{q.name}{sep}{role}" for q, role in zip(people, roles, strict=True)],
    ]
    oi = truth.org(org, "sender")
    in_mail = container != "docx-file"
    for n, q in enumerate(people):
        truth.person(q, "contact", org.kind, oi, email=in_mail and n == 0)
    if container == "docx-file":
        c.save(truth, letter_file(lines))
        return
    if container == "body":
        mail = make_mail(
            mail_from(people[0]), rnd.choice(MAILBOXES), "Høringssvar", "\n".join(lines), when(rnd)
        )
    else:
        mail = make_mail(
            mail_from(people[0]),
            rnd.choice(MAILBOXES),
            "Høringssvar",
            rnd.choice(st.letter_covers),
            when(rnd),
            attachments=[("Høringssvar.docx", letter_file(lines))],
        )
    c.save(truth, eml(mail))


def cell_and_signature(c: Corpus, split: str) -> None:
    """A template whose Afsender cell names an organisation and its contact, mailed with a
    signature in the body: by the same person (they agree) or by a colleague at the same
    organisation (they disagree: both are the organisation's people)."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    agree = rnd.random() < 0.5
    truth = Truth(c.name(split, "eml"), split, f"v5/cell-signature/{'agree' if agree else 'other'}")
    org = m.org()
    a = m.member(org)
    if rnd.random() < 0.5:
        cell = [
            f"{org.name}{rnd.choice(st.v_seps)}{a.name}",
            f"{rnd.choice(st.mail_labels)}{a.email}",
        ]
    else:
        cell = [
            org.name,
            f"{rnd.choice(st.kontakt)}{a.name}",
            f"{rnd.choice(st.phone_labels)}{a.phone}",
            f"{rnd.choice(st.mail_labels)}{a.email}",
        ]
    oi = truth.org(org, "sender")
    truth.person(a, "contact", org.kind, oi)
    sender = a if agree else m.member(org)
    if not agree:
        truth.person(sender, "contact", org.kind, oi)
    body = [
        rnd.choice(st.template_covers),
        "",
        rnd.choice(st.closings),
        "",
        sender.name,
        *_role_lines(c, st, rnd.choice(st.roles), org),
    ]
    rows = template_rows(rnd, cell, "vi")
    mail = make_mail(
        mail_from(sender),
        rnd.choice(MAILBOXES),
        "Høringssvar",
        "\n".join(body),
        when(rnd),
        attachments=[("Høringssvar.docx", template_file(rows))],
    )
    c.save(truth, eml(mail))


RELATIVES = ("min mor", "min far", "min nabo", "min morfar", "min svigermor")


def on_behalf_of_relative(c: Corpus, split: str) -> None:
    """A citizen's template (marked private, no e-mail) mailed by a relative from their own
    address, who says so: the citizen is the sender, the relative only passed it on."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    truth = Truth(c.name(split, "eml"), split, "v5/on-behalf-of-relative")
    a, b = m.person(), m.person()
    cell = [pick(rnd, st.private_marks), a.name, *a.address_lines]
    body = (
        f"Hej\n\nJeg sender høringssvaret på vegne af {rnd.choice(RELATIVES)}, {a.name}, "
        f"som ikke selv har e-mail.\n\n{rnd.choice(st.closings)}\n{b.name}"
    )
    truth.person(a, "sender", "private", email=False)
    truth.parties.append(
        {
            "role": "forwarder",
            "type": "person",
            "name": b.name,
            "kind": "",
            "email": b.email,
            "pid": b.pid,
        }
    )
    rows = template_rows(rnd, cell, "jeg")
    mail = make_mail(
        mail_from(b),
        rnd.choice(MAILBOXES),
        "Høringssvar",
        body,
        when(rnd),
        attachments=[("Høringssvar.docx", template_file(rows))],
    )
    c.save(truth, eml(mail))


def client_forward(c: Corpus, split: str) -> None:
    """A colleague forwards a response inline as Outlook (a rule line, Fra/Sendt/Til/Emne) or
    Gmail in Danish (its marker, Fra/Date/Subject/To) writes it; a citizen's or an
    organisation's."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    outlook = rnd.random() < 0.5
    truth = Truth(c.name(split, "eml"), split, f"v5/forward/{'outlook' if outlook else 'gmail'}")
    org = m.org() if rnd.random() < 0.4 else None
    if org is None:
        p = m.person()
        text = [*prose(rnd, "jeg", 2), "", rnd.choice(st.closings), p.name]
        truth.person(p, "sender", "private")
    else:
        p = m.member(org)
        text = [
            *prose(rnd, "vi", 2),
            "",
            rnd.choice(st.closings),
            p.name,
            *_role_lines(c, st, rnd.choice(st.roles), org),
        ]
        oi = truth.org(org, "sender")
        truth.person(p, "contact", org.kind, oi)
    colleague = rnd.choice(m.pool.colleagues)
    day = rnd.randint(2, 28)
    if outlook:
        head = [
            st.forward_marks[1],
            f"Fra: {p.name} <{p.email}>",
            f"Sendt: {day}. oktober 2026 10:12",
            "Til: Borgerservice <borgerservice@nordkysten.example.dk>",
            "Emne: Integrationspolitik",
        ]
    else:
        head = [
            st.forward_marks[0],
            f"Fra: {p.name} <{p.email}>",
            f"Date: tir. {day}. okt. 2026 kl. 10.12",
            "Subject: Integrationspolitik",
            "To: <borgerservice@nordkysten.example.dk>",
        ]
    note = [
        "Videresendes til rette postkasse.",
        "",
        rnd.choice(st.firstname_closings),
        colleague.split(" <")[0],
    ]
    body = "\n".join([*note, "", *head, "", *text])
    mail = make_mail(colleague, rnd.choice(MAILBOXES), "VS: Integrationspolitik", body, when(rnd))
    name, email = colleague.split(" <")
    truth.parties.append(
        {
            "role": "forwarder",
            "type": "person",
            "name": name,
            "kind": "",
            "email": email.rstrip(">"),
            "pid": f"colleague:{email}",
        }
    )
    c.save(truth, eml(mail))


def portal_form(c: Corpus, split: str) -> None:
    """The consultation portal's mail (from a no-reply address, Reply-To the person) with its
    own labels and an optional organisation field, empty for a citizen."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    wf = st.webform
    org: Org | None = m.org() if rnd.random() < 0.4 else None
    p: Person = m.member(org) if org is not None else m.person()
    truth = Truth(c.name(split, "eml"), split, f"v5/portal/{'org' if org else 'private'}")
    lines = [
        "Ny besvarelse af høringen »Integrations- og medborgerskabspolitik«",
        "",
        f"{wf[0]}{p.name}",
        f"Organisation (udfyldes hvis du svarer for en): {org.name if org else ''}",
        f"{wf[1]}{p.email}",
    ]
    if org is None:
        lines.append(f"{wf[2]}{p.street}, {p.postcode} {p.town}")
        truth.person(p, "sender", "private")
    else:
        oi = truth.org(org, "sender")
        truth.person(p, "contact", org.kind, oi)
    lines += ["", wf[3], *prose(rnd, "jeg" if org is None else "vi", 2)]
    sender = "Høringsportalen <noreply@hoeringsportal.nordkysten.example.dk>"
    c.save(truth, raw_mail(sender, "\n".join(lines), when(rnd), reply_to=p.email))


def unsigned_letter(c: Corpus, split: str) -> None:
    """A letter file on its own with no name, address or signature: nobody can tell who sent
    it, so the truth has no party (unknown is the right answer)."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    container = rnd.choice(("txt-file", "pdf-file"))
    truth = Truth(c.name(split, FILE_EXT[container]), split, f"v5/unsigned/{container}")
    lines = ["Høringssvar", "", *prose(rnd, "vi", 3), "", rnd.choice(st.closings)]
    data = "\n".join(lines).encode() if container == "txt-file" else simple_pdf(lines, gap=False)
    c.save(truth, data)


def resent(c: Corpus, split: str) -> None:
    """A citizen sends the same template twice (no receipt came): two responses, one sender."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    p = m.person()
    cell = [pick(rnd, st.private_marks), p.name, *p.address_lines, p.email]
    attachment = template_file(template_rows(rnd, cell, "jeg"))
    covers = (
        "Hermed mit høringssvar.",
        f"Jeg sender det igen, da jeg ikke har fået en kvittering.\n\n"
        f"{rnd.choice(st.closings)}\n{p.name}",
    )
    for n, cover in enumerate(covers):
        truth = Truth(c.name(split, "eml"), split, "v5/resent")
        truth.person(p, "sender", "private")
        mail = make_mail(
            mail_from(p),
            MAILBOXES[n],
            "Høringssvar" + (" (sendt igen)" if n else ""),
            cover,
            when(rnd),
            attachments=[("Høringssvar.docx", attachment)],
        )
        c.save(truth, eml(mail))


NEW_SHAPES = (
    letterhead_for,
    several_signers,
    cell_and_signature,
    on_behalf_of_relative,
    client_forward,
    portal_form,
    unsigned_letter,
    resent,
)


def _draw_one(c: Corpus, split: str) -> None:
    rnd = c.rnd
    roll = rnd.random()
    if roll < 0.24:
        c.template(split, rnd.choice(TEMPLATE_SHAPES))
    elif roll < 0.52:
        c.letter(split, rnd.choice(LETTER_SHAPES + ORG_LETTER_SHAPES), rnd.choice(CONTAINERS))
    elif roll < 0.86:
        rnd.choice(NEW_SHAPES)(c, split)
    elif roll < 0.90:
        c.special(split, rnd.choice(SPECIAL_SHAPES))
    elif roll < 0.93:
        c.forwarded(split, inline=rnd.random() < 0.5)
    elif roll < 0.96:
        c.body_only_citizen(split)
    else:
        c.new_version(split)


def draw_heldout(c: Corpus, split: str, count: int) -> None:
    """Each of this part's shapes once, then ``count`` less that many responses of every
    shape (set v4's and this part's) at random, a new version, a response sent twice and a
    campaign of 8 on the template marked private."""
    for shape in NEW_SHAPES:
        shape(c, split)
    for _ in range(count - len(NEW_SHAPES)):
        _draw_one(c, split)
    c.new_version(split)
    resent(c, split)
    domains = ("gmx.net", "gmx.net", "live.com")
    c.campaign(split, 8, "v5-heldout-8-True", True, domains=domains)
