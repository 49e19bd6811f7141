"""The held-out part of the senders' evaluation set v6: its draw and the shapes sets v4 and v5
lack.

Every shape writes what an officer could read unambiguously into the truth: where a human
could not tell, the truth says no one (or no organisation)."""

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
    cvr,
    letter_file,
    mail_from,
    prose,
    raw_mail,
    slug,
    template_file,
    template_rows,
    when,
)
from benchmarks.senders_pools import Style
from benchmarks.senders_pools_v6 import INVITATION_SIGNER, MONONYMS
from hoeringsdesk.samples.documents import simple_pdf
from hoeringsdesk.samples.mail import eml, make_mail

INVITATION = (
    "Kære høringsparter",
    "",
    "Nordkysten Kommune sender hermed udkast til integrations- og medborgerskabspolitik i "
    "offentlig høring. Høringssvar sendes til denne adresse senest den 10. november 2026.",
    "",
    "Med venlig hilsen",
    INVITATION_SIGNER[0],
    INVITATION_SIGNER[1].capitalize(),
    "Beskæftigelses- og Integrationsforvaltningen",
    "Nordkysten Kommune",
    "Tlf. 44 12 30 00",
)
INVITER = "Nordkysten Kommune <hoering@nordkysten.example.dk>"


def _mail(c: Corpus, truth: Truth, sender: str, subject: str, body: str,
          attachments: list[tuple[str, bytes]] | None = None) -> None:  # fmt: skip
    mail = make_mail(sender, c.rnd.choice(MAILBOXES), subject, body, when(c.rnd),
                     attachments=attachments or [])  # fmt: skip
    c.save(truth, eml(mail))


def _role_line(c: Corpus, st: Style, role: str, org: Org) -> list[str]:
    form = c.rnd.choice(st.role_forms)
    return [form.format(role=role.capitalize(), org=org.name)]


def secretary_for_chair(c: Corpus, split: str) -> None:
    """The organisation's secretary mails its letter (PDF or .docx) signed by the chair, and
    says so: the organisation sent it, both are its people, only the secretary's address is
    known."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    org = m.org()
    while org.kind == "company":  # a chair and a secretariat: an association or a council
        org = m.org()
    chair, secretary = m.member(org, pdf=True), m.member(org)
    ext = rnd.choice(("pdf", "docx"))
    truth = Truth(c.name(split, "eml"), split, f"v6/secretary-for-chair/{ext}")
    role = rnd.choice(st.roles)
    letter = [*prose(rnd, "vi", 3), "", rnd.choice(st.closings), "", chair.name,
              *_role_line(c, st, role, org)]  # fmt: skip
    data = simple_pdf(letter, gap=False) if ext == "pdf" else letter_file(letter)
    body = (f"Hej\n\nPå vegne af vores {role}, {chair.name}, sender jeg hermed høringssvaret fra "
            f"{org.name}.\n\n{rnd.choice(st.firstname_closings)}\n{secretary.name}\n"
            f"Sekretariatet, {org.name}")  # fmt: skip
    oi = truth.org(org, "sender")
    truth.person(chair, "contact", org.kind, oi, email=False)
    truth.person(secretary, "contact", org.kind, oi)
    _mail(c, truth, mail_from(secretary), "Høringssvar", body, [(f"Høringssvar.{ext}", data)])


def reply_to_invitation(c: Corpus, split: str) -> None:
    """A citizen or an organisation answers by replying to the municipality's invitation, which
    is quoted below (with '>' or Outlook's header block): the municipality and its officer who
    signed the invitation are no party."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    quoted = rnd.random() < 0.5
    shape = f"v6/reply-invitation/{'quote' if quoted else 'outlook'}"
    truth = Truth(c.name(split, "eml"), split, shape)
    org = m.org() if rnd.random() < 0.4 else None
    if org is None:
        p = m.person()
        text = [*prose(rnd, "jeg", 2), "", rnd.choice(st.closings), p.name, *p.address_lines]
        truth.person(p, "sender", "private")
    else:
        p = m.member(org)
        text = [*prose(rnd, "vi", 2), "", rnd.choice(st.closings), p.name,
                *_role_line(c, st, rnd.choice(st.roles), org)]  # fmt: skip
        oi = truth.org(org, "sender")
        truth.person(p, "contact", org.kind, oi)
    if quoted:
        head = [f"Den 1. okt. 2026 kl. 09.00 skrev {INVITER}:"]
        old = [f"> {x}" if x else ">" for x in INVITATION]
    else:
        head = ["", f"Fra: {INVITER}", "Sendt: 1. oktober 2026 09:00",
                "Til: Høringsparter <hoering@nordkysten.example.dk>",
                "Emne: Høring over udkast til integrations- og medborgerskabspolitik",
                ""]  # fmt: skip
        old = list(INVITATION)
    body = "\n".join([*text, "", *head, *old])
    subject = "SV: Høring over udkast til integrations- og medborgerskabspolitik"
    _mail(c, truth, mail_from(p), subject, body)


def cell_body_disagree(c: Corpus, split: str) -> None:
    """The template's cell and the mail disagree and the cell is plain: (a) the cell says a
    private person and the mail comes from their workplace with its automatic signature (a
    private response: the workplace is no party); (b) the cell names an organisation and its
    contact and the contact mails it from a private address (the organisation's response)."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    private = rnd.random() < 0.5
    truth = Truth(c.name(split, "eml"), split, f"v6/cell-body/{'private' if private else 'org'}")
    if private:
        work = m.org()
        p = m.member(work)
        cell = [rnd.choice(st.private_marks), p.name, *p.address_lines]
        sig = [p.name, *_role_line(c, st, rnd.choice(st.roles), work),
               f"{rnd.choice(st.phone_labels)}{p.phone}", f"www.{work.domain}"]  # fmt: skip
        body = "\n".join(["Hermed mit høringssvar.", "", rnd.choice(st.closings), *sig])
        truth.person(p, "sender", "private")
        voice = "jeg"
    else:
        org = m.org()
        p = m.person()
        cell = [f"{org.name}{rnd.choice(st.v_seps)}{p.name}"]
        body = "\n".join([rnd.choice(st.template_covers), "", rnd.choice(st.closings), p.name])
        oi = truth.org(org, "sender")
        truth.person(p, "contact", org.kind, oi)
        voice = "vi"
    rows = template_rows(rnd, cell, voice)
    _mail(c, truth, mail_from(p), "Høringssvar", body,
          [("Høringssvar.docx", template_file(rows))])  # fmt: skip


def bar_signature(c: Corpus, split: str) -> None:
    """A mail body signed on one line, 'Name | role | organisation', and a second line with
    phone and mail joined by a bar, as many mail signatures are laid out."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    truth = Truth(c.name(split, "eml"), split, "v6/bar-signature")
    org = m.org(lookalike=rnd.random() < 0.2)
    p = m.member(org)
    phone, mail = rnd.choice(st.phone_labels), rnd.choice(st.mail_labels)
    sig = [f"{p.name} | {rnd.choice(st.roles).capitalize()} | {org.name}",
           f"{phone}{p.phone} | {mail}{p.email}"]  # fmt: skip
    body = "\n".join([*prose(rnd, "vi", 3), "", rnd.choice(st.closings), "", *sig])
    oi = truth.org(org, "sender")
    truth.person(p, "contact", org.kind, oi)
    _mail(c, truth, mail_from(p), "Høringssvar", body)


def one_name_citizen(c: Corpus, split: str) -> None:
    """A citizen known by one name only signs a letter (mail body or .txt) with it and an
    address; the mail's From has the same one name."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    container = rnd.choice(("body", "txt-file"))
    truth = Truth(c.name(split, "eml" if container == "body" else "txt"), split,
                  f"v6/one-name/{container}")  # fmt: skip
    base = m.person()
    name = rnd.choice(MONONYMS)
    email = f"{slug(name)}{rnd.randint(10, 99)}@{base.email.split('@')[1]}"
    p = Person(name, email, base.phone, base.street, base.postcode, base.town, f"{split}:{email}")
    lines = [*prose(rnd, "jeg", 2), "", rnd.choice(st.closings), "", p.name, *p.address_lines]
    if container == "txt-file":
        lines.append(f"{rnd.choice(st.mail_labels)}{p.email}")
        truth.person(p, "sender", "private")
        c.save(truth, "\n".join(lines).encode("utf-8"))
        return
    truth.person(p, "sender", "private")
    _mail(c, truth, mail_from(p), "Høringssvar", "\n".join(lines))


def bulleted_joint(c: Corpus, split: str) -> None:
    """A joint letter (body or .docx attached) that lists its organisations one per line with
    bullets under a line saying they stand behind it; one person of the first signs."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    container = rnd.choice(("body", "docx"))
    truth = Truth(c.name(split, "eml"), split, f"v6/bulleted-joint/{container}")
    orgs: list[Org] = []
    want = rnd.randint(2, 4)
    while len(orgs) < want:
        org = m.org()
        if org.name not in [o.name for o in orgs]:
            orgs.append(org)
    p = m.member(orgs[0])
    intro = rnd.choice(("Høringssvaret bakkes op af:", "Følgende organisationer har skrevet "
                        "under:", "Vi er disse foreninger og institutioner:"))  # fmt: skip
    role = _role_line(c, st, rnd.choice(st.roles), orgs[0])
    lines = [*prose(rnd, "vi", 3), "", intro, *[f"• {o.name}" for o in orgs], "",
             rnd.choice(st.closings), p.name, *role]  # fmt: skip
    for n, org in enumerate(orgs):
        truth.org(org, "sender" if n == 0 else "co_signer")
    truth.person(p, "contact", orgs[0].kind, 0)
    if container == "body":
        _mail(c, truth, mail_from(p), "Fælles høringssvar", "\n".join(lines))
    else:
        _mail(c, truth, mail_from(p), "Fælles høringssvar", rnd.choice(st.letter_covers),
              [("Fælles høringssvar.docx", letter_file(lines))])  # fmt: skip


def program_forward(c: Corpus, split: str) -> None:
    """A colleague forwards a citizen's mail inline, as Roundcube, a phone's mail app or Gmail
    in English write it (their own marker and header labels)."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    n = rnd.randrange(len(st.forward_marks))
    truth = Truth(c.name(split, "eml"), split, f"v6/forward/{n}")
    p = m.person()
    text = [*prose(rnd, "jeg", 2), "", rnd.choice(st.closings), p.name]
    day = rnd.randint(2, 28)
    labels = (("Emne", "Dato", "Fra", "Til"), ("Fra", "Til", "Dato", "Emne"),
              ("From", "Date", "Subject", "To"))[n]  # fmt: skip
    values = {"Emne": "Integrationspolitik", "Subject": "Integrationspolitik",
              "Dato": f"{day}-10-2026 14:03", "Date": f"Wed, {day} Oct 2026 at 14:03",
              "Fra": f"{p.name} <{p.email}>", "From": f"{p.name} <{p.email}>",
              "Til": "borgerservice@nordkysten.example.dk",
              "To": "borgerservice@nordkysten.example.dk"}  # fmt: skip
    head = [st.forward_marks[n], *[f"{k}: {values[k]}" for k in labels]]
    colleague = rnd.choice(m.pool.colleagues)
    cname, cmail = colleague.split(" <")
    note = ["Sendes videre til høringspostkassen.", "", rnd.choice(st.firstname_closings), cname]
    body = "\n".join([*note, "", *head, "", *text])
    truth.person(p, "sender", "private")
    truth.parties.append({"role": "forwarder", "type": "person", "name": cname, "kind": "",
                          "email": cmail.rstrip(">"), "pid": f"colleague:{cmail}"})  # fmt: skip
    _mail(c, truth, colleague, "Fwd: Integrationspolitik", body)


def self_service_form(c: Corpus, split: str) -> None:
    """The municipality's self-service form (from a no-reply address, no Reply-To), where the
    sender ticks whether they answer as a private person or for an organisation."""
    rnd, m = c.rnd, c.makers[split]
    wf = m.pool.style.webform
    org: Org | None = m.org() if rnd.random() < 0.45 else None
    p = m.member(org) if org is not None else m.person()
    truth = Truth(c.name(split, "eml"), split, f"v6/self-service/{'org' if org else 'private'}")
    lines = ["Kvittering for indsendt formular: Høringssvar", "",
             f"Jeg svarer som: {'På vegne af en organisation' if org else 'Privatperson'}",
             f"Organisationens navn: {org.name if org else '(ikke udfyldt)'}",
             f"{wf[0]}{p.name}", f"{wf[1]}{p.email}"]  # fmt: skip
    if org is None:
        lines.append(f"{wf[2]}{p.street}, {p.postcode} {p.town}")
        truth.person(p, "sender", "private")
    else:
        oi = truth.org(org, "sender")
        truth.person(p, "contact", org.kind, oi)
    lines += ["", wf[3], *prose(rnd, "jeg" if org is None else "vi", 2)]
    sender = "Nordkysten Kommune – Selvbetjening <no-reply@selvbetjening.nordkysten.example.dk>"
    c.save(truth, raw_mail(sender, "\n".join(lines), when(rnd)))


def footer_letterhead(c: Corpus, split: str) -> None:
    """A PDF letter (alone or attached) whose letterhead is a footer line, 'Organisation ·
    street · town · CVR · web', as Word templates print it; signed by a name and role."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    container = rnd.choice(("pdf", "pdf-file"))
    truth = Truth(c.name(split, "eml" if container == "pdf" else "pdf"), split,
                  f"v6/footer-letterhead/{container}")  # fmt: skip
    org = m.org()
    org.cvr = org.cvr or cvr(rnd)
    p = m.member(org, pdf=True)
    postcode, town = rnd.choice(m.pool.towns)
    footer = (f"{org.name} · {rnd.choice(m.pool.streets)} {rnd.randint(1, 90)} · {postcode} "
              f"{town} · CVR-nr. {org.cvr} · www.{org.domain}")  # fmt: skip
    lines = [f"{town}, den {rnd.randint(2, 28)}. oktober 2026", "", "Høringssvar", "",
             *prose(rnd, "vi", 3), "", rnd.choice(st.closings), "", p.name,
             rnd.choice(st.roles).capitalize(), "", "", footer]  # fmt: skip
    oi = truth.org(org, "sender")
    truth.person(p, "contact", org.kind, oi, email=container == "pdf")
    data = simple_pdf(lines, gap=False)
    if container == "pdf-file":
        c.save(truth, data)
        return
    _mail(c, truth, mail_from(p), "Høringssvar", rnd.choice(st.letter_covers),
          [("Høringssvar.pdf", data)])  # fmt: skip


NEW_SHAPES = (
    secretary_for_chair,
    reply_to_invitation,
    cell_body_disagree,
    bar_signature,
    one_name_citizen,
    bulleted_joint,
    program_forward,
    self_service_form,
    footer_letterhead,
)


def _draw_one(c: Corpus, split: str) -> None:
    rnd = c.rnd
    roll = rnd.random()
    if roll < 0.26:
        c.template(split, rnd.choice(TEMPLATE_SHAPES))
    elif roll < 0.52:
        c.letter(split, rnd.choice(LETTER_SHAPES + ORG_LETTER_SHAPES), rnd.choice(CONTAINERS))
    elif roll < 0.86:
        rnd.choice(NEW_SHAPES)(c, split)
    elif roll < 0.91:
        c.special(split, rnd.choice(SPECIAL_SHAPES))
    elif roll < 0.95:
        c.forwarded(split, inline=rnd.random() < 0.5)
    else:
        c.body_only_citizen(split)


def draw_heldout(c: Corpus, split: str, count: int) -> None:
    """Each of this part's shapes once, then ``count`` less that many responses of every
    shape (sets v4's and this part's) at random, a new version and a campaign of 8 in mail
    bodies from citizens at the same providers."""
    for shape in NEW_SHAPES:
        shape(c, split)
    for _ in range(count - len(NEW_SHAPES)):
        _draw_one(c, split)
    c.new_version(split)
    domains = ("email.dk", "email.dk", "get2net.dk")
    c.campaign(split, 8, "v6-heldout-8-False", False, domains=domains)
