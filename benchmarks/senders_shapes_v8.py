"""The held-out part of the senders' evaluation set v8: the organisations' shapes and the
draw (the private people's shapes are in ``senders_shapes_v8_people``).

Every shape writes what an officer could read unambiguously into the truth: an association
reached "c/o" a member has that member as its contact; a housing association only named as
a section's landlord is no party; a letter signed by no one has no contact person; each
organisation of a joint letter that names its own contact has that contact. The municipality's
advisory councils and a school's board are public bodies (authority)."""

from __future__ import annotations

from benchmarks import senders_shapes_v8_people as people
from benchmarks.senders_generate import (
    CONTAINERS,
    LETTER_SHAPES,
    ORG_LETTER_SHAPES,
    SPECIAL_SHAPES,
    TEMPLATE_SHAPES,
    Corpus,
)
from benchmarks.senders_parts import (
    Org,
    Truth,
    cvr,
    mail_from,
    pick,
    prose,
    template_file,
    template_rows,
)
from benchmarks.senders_pools_v8 import HOUSING_ASSOCIATION, LOGOS
from benchmarks.senders_shapes_v7_people import FILE_EXT, mail, write

DISCLAIMER = ("Denne e-mail kan indeholde fortrolige oplysninger. Er du ikke den rette "
              "modtager, bedes du slette den og give afsenderen besked.")  # fmt: skip


def _org(c: Corpus, split: str, kinds: tuple[str, ...], name_has: str = "") -> Org:
    org = c.makers[split].org()
    while org.kind not in kinds or name_has not in org.name:
        org = c.makers[split].org()
    return org


def care_of(c: Corpus, split: str) -> None:
    """An association without an office of its own: its address is "c/o" a member (in the
    letter's heading or the template's cell), who signs and mails it from her private
    address. The association is the sender, the member its contact."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    org = _org(c, split, ("organisation",))
    p = m.person(pdf=True)
    where = rnd.choice(("letter", "template"))
    truth = Truth(c.name(split, "eml"), split, f"v8/care-of/{where}")
    care = [org.name, f"c/o {p.name}", p.street, f"{p.postcode} {p.town}"]
    oi = truth.org(org, "sender")
    truth.person(p, "contact", org.kind, oi)
    if where == "template":
        rows = template_rows(rnd, [*care, p.email], "vi")
        mail(c, truth, mail_from(p), "Høringssvar", rnd.choice(st.template_covers),
             [("Høringssvar.docx", template_file(rows))])  # fmt: skip
        return
    lines = [*care, "", *prose(rnd, "vi", 3), "", rnd.choice(st.closings), "", p.name,
             rnd.choice(st.roles).capitalize()]  # fmt: skip
    write(c, truth, lines, rnd.choice(("pdf", "docx")), mail_from(p),
          rnd.choice(st.letter_covers))  # fmt: skip


def council(c: Corpus, split: str) -> None:
    """A municipal advisory council (Ældreråd, Handicapråd, Integrationsråd) or a school's
    board answers after its meeting, signed by its chair, who mails it from her own
    address. The council is the sender (a public body), the chair its contact."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    org = _org(c, split, ("authority",), rnd.choice(("råd", "Skolebestyrelsen")))
    container = rnd.choice(("docx", "pdf", "body"))
    truth = Truth(c.name(split, "eml"), split, f"v8/council/{container}")
    p = m.person(pdf=container == "pdf")
    title = ("Formand for skolebestyrelsen" if org.name.startswith("Skolebestyrelsen")
             else "Rådsformand")  # fmt: skip
    lines = [f"{org.name} har drøftet udkastet på sit møde den {rnd.randint(2, 28)}. oktober "
             "og har følgende bemærkninger.", "", *prose(rnd, "vi", 2), "",
             rnd.choice(st.closings), "", p.name, f"{title}, {org.name}"]  # fmt: skip
    oi = truth.org(org, "sender")
    truth.person(p, "contact", org.kind, oi)
    write(c, truth, lines, container, mail_from(p), rnd.choice(st.letter_covers))


def housing_board(c: Corpus, split: str) -> None:
    """A housing section's board (afdelingsbestyrelse) answers; its housing association is
    named as the landlord but does not answer (no party)."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    org = _org(c, split, ("organisation",), "Afdelingsbestyrelsen")
    container = rnd.choice(("body", "docx"))
    truth = Truth(c.name(split, "eml"), split, f"v8/housing-board/{container}")
    p = m.person()
    lines = [f"Vi skriver som {org.name.replace('Afdelingsbestyrelsen', 'afdelingsbestyrelsen')},"
             f" en afdeling under {HOUSING_ASSOCIATION} med 212 lejemål.", *prose(rnd, "vi", 2),
             "", rnd.choice(st.closings), "", p.name, f"Formand, {org.name}"]  # fmt: skip
    oi = truth.org(org, "sender")
    truth.person(p, "contact", org.kind, oi)
    write(c, truth, lines, container, mail_from(p), rnd.choice(st.letter_covers))


def joint_contacts(c: Corpus, split: str) -> None:
    """A joint letter where each organisation gives its own contact ("Kontakt for <org>:
    name, e-mail"): the first sent it, the others co-sign, each contact is that
    organisation's."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    orgs: list[Org] = []
    want = rnd.randint(2, 3)
    while len(orgs) < want:
        org = m.org()
        if org.name not in [o.name for o in orgs]:
            orgs.append(org)
    container = rnd.choice(("body", "docx"))
    truth = Truth(c.name(split, "eml"), split, f"v8/joint-contacts/{container}")
    names = ", ".join(o.name for o in orgs[:-1]) + pick(rnd, st.and_words) + orgs[-1].name
    lines = [rnd.choice(st.joint_behalf).format(orgs=names), "", *prose(rnd, "vi", 3), "",
             rnd.choice(st.closings), ""]  # fmt: skip
    contacts = [m.member(org) for org in orgs]
    for n, (org, q) in enumerate(zip(orgs, contacts, strict=True)):
        lines.append(f"Kontakt for {org.name}: {q.name}, {q.email}")
        oi = truth.org(org, "sender" if n == 0 else "co_signer")
        truth.person(q, "contact", org.kind, oi)
    write(c, truth, lines, container, mail_from(contacts[0]), rnd.choice(st.letter_covers))


def company_footer(c: Corpus, split: str) -> None:
    """A company's mail signed in its house style: name, title, company, address, a line
    "Tlf. … | CVR-nr. … | www…", and a confidentiality notice under it."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    org = _org(c, split, ("company",))
    org.cvr = org.cvr or cvr(rnd)
    truth = Truth(c.name(split, "eml"), split, "v8/company-footer")
    p = m.member(org)
    postcode, town = rnd.choice(m.pool.towns)
    lines = [*prose(rnd, "vi", 2), "", rnd.choice(st.closings), "", p.name,
             rnd.choice(st.roles).capitalize(), org.name,
             f"{rnd.choice(m.pool.streets)} {rnd.randint(1, 80)}, {postcode} {town}",
             f"Tlf. {p.phone} | CVR-nr. {org.cvr} | www.{org.domain}", "", DISCLAIMER]  # fmt: skip
    oi = truth.org(org, "sender")
    truth.parties[oi]["cvr"] = org.cvr
    truth.person(p, "contact", org.kind, oi)
    mail(c, truth, mail_from(p), "Høringssvar", "\n".join(lines))


def letterhead_only(c: Corpus, split: str) -> None:
    """A letter whose only sender is its letterhead: the organisation's name and address on
    top, signed "Bestyrelsen" with no name, mailed from the organisation's shared mailbox.
    The organisation is the sender; there is no contact person."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    org = _org(c, split, ("organisation", "company"))
    container = rnd.choice(("pdf", "docx"))
    truth = Truth(c.name(split, "eml"), split, f"v8/letterhead-only/{container}")
    postcode, town = rnd.choice(m.pool.towns)
    lines = [org.name, f"{rnd.choice(m.pool.streets)} {rnd.randint(1, 80)}", f"{postcode} {town}",
             f"info@{org.domain}", "", "Nordkysten Kommune", "Att.: Høringssekretariatet", "",
             *prose(rnd, "vi", 3), "", rnd.choice(st.closings), "", "Bestyrelsen"]  # fmt: skip
    oi = truth.org(org, "sender")
    truth.parties[oi]["email"] = f"info@{org.domain}"
    write(c, truth, lines, container, mail_from(None, org), rnd.choice(st.letter_covers))


def logo_signature(c: Corpus, split: str) -> None:
    """A mail signed with a signature block whose logo the text part shows as its alt text or
    a cid reference ("[cid:image001.png@…]", "[billede: <org> logo]") between the name and
    the organisation."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    org = m.org()
    p = m.member(org)
    truth = Truth(c.name(split, "eml"), split, "v8/logo-signature")
    logo = rnd.choice(LOGOS).format(org=org.name)
    lines = [*prose(rnd, "vi", 2), "", rnd.choice(st.closings), "", p.name,
             rnd.choice(st.roles).capitalize(), "", logo, org.name,
             f"{rnd.choice(st.phone_labels)}{p.phone}"]  # fmt: skip
    oi = truth.org(org, "sender")
    truth.person(p, "contact", org.kind, oi)
    mail(c, truth, mail_from(p), "Høringssvar", "\n".join(lines))


def labelled_cell(c: Corpus, split: str) -> None:
    """The template's Afsender cell filled in with Danish labels: "Afsenderens navn:", "Evt.
    organisation:" (an organisation, or "Ikke relevant" for a private person), "Kontaktmail:"."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    private = rnd.random() < 0.45
    who = "private" if private else "organisation"
    truth = Truth(c.name(split, "eml"), split, f"v8/labelled-cell/{who}")
    if private:
        p = m.person()
        cell = [f"Afsenderens navn: {p.name}", "Evt. organisation: Ikke relevant",
                f"Kontaktmail: {p.email}", *p.address_lines]  # fmt: skip
        truth.person(p, "sender", "private")
    else:
        org = m.org(lookalike=rnd.random() < 0.15)
        p = m.member(org)
        cell = [f"Afsenderens navn: {p.name}", f"Evt. organisation: {org.name}",
                f"Kontaktmail: {p.email}"]  # fmt: skip
        oi = truth.org(org, "sender")
        truth.person(p, "contact", org.kind, oi)
    rows = template_rows(rnd, cell, "jeg" if private else "vi")
    mail(c, truth, mail_from(p), "Høringssvar", rnd.choice(st.template_covers),
         [("Høringssvar.docx", template_file(rows))])  # fmt: skip


NEW_SHAPES = (
    people.thread_reply,
    people.mobile,
    people.health,
    people.correction,
    people.citizen_service,
    people.english_template,
    care_of,
    council,
    housing_board,
    joint_contacts,
    company_footer,
    letterhead_only,
    logo_signature,
    labelled_cell,
)
# Drawn once each, not again at random: odd cases are few in a real consultation.
RARE = (people.correction, people.citizen_service, housing_board, letterhead_only)
COMMON = tuple(shape for shape in NEW_SHAPES if shape not in RARE)
TEMPLATE_V8 = (labelled_cell, labelled_cell, people.english_template)
# Citizens write from their phones more often than companies answer at all.
LETTERS_V8 = (people.thread_reply, people.mobile, people.mobile, people.health, care_of, council,
              joint_contacts, logo_signature, company_footer)  # fmt: skip


def _draw_one(c: Corpus, split: str) -> None:
    """One response, in proportions like a real consultation's: most on the template (in the
    older cell shapes, in v8's words, or with v8's labels), then letters and mails of v8's own
    shapes, the older letter shapes, a few odd mail bodies, forwards and bare mails."""
    rnd = c.rnd
    roll = rnd.random()
    if roll < 0.38:
        c.template(split, rnd.choice(TEMPLATE_SHAPES))
    elif roll < 0.47:
        rnd.choice(TEMPLATE_V8)(c, split)
    elif roll < 0.60:
        c.letter(split, rnd.choice(LETTER_SHAPES + ORG_LETTER_SHAPES), rnd.choice(CONTAINERS))
    elif roll < 0.86:
        rnd.choice(LETTERS_V8)(c, split)
    elif roll < 0.90:
        c.special(split, rnd.choice(SPECIAL_SHAPES))
    elif roll < 0.94:
        c.forwarded(split, inline=rnd.random() < 0.5)
    else:
        c.body_only_citizen(split)


def draw_heldout(c: Corpus, split: str, count: int, campaign: int = 10) -> None:
    """Each of this part's shapes once, then responses of every shape at random until
    ``count`` are drawn, and a campaign of ``campaign`` mail bodies."""
    start = c.made
    for shape in NEW_SHAPES:
        shape(c, split)
    while c.made - start < count:
        _draw_one(c, split)
    people.campaign(c, split, campaign, f"{split}-heldout-{campaign}")


__all__ = ["FILE_EXT", "NEW_SHAPES", "draw_heldout"]
