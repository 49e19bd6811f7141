"""The held-out part of the senders' evaluation set v7: the organisations' shapes and the
draw (the private people's shapes are in ``senders_shapes_v7_people``).

Every shape writes what an officer could read unambiguously into the truth: an organisation
only named in the text, sent a copy or acting as a company's lawyer is no party; people who
sign for an organisation are its contacts; where nobody gave a name, there is none."""

from __future__ import annotations

from benchmarks import senders_shapes_v7_people as people
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
    Person,
    Truth,
    letter_file,
    mail_from,
    org_domain,
    prose,
    template_file,
    template_rows,
)
from benchmarks.senders_pools_v7 import LAW_FIRMS, NATIONAL_UNIONS, NEIGHBOURS, TITLES
from benchmarks.senders_shapes_v7_people import FILE_EXT, mail, write
from hoeringsdesk.samples.documents import simple_pdf

NEIGHBOUR_ROLES = ("Kommunaldirektør", "Direktør for Social og Arbejdsmarked")


def _org(c: Corpus, split: str, kinds: tuple[str, ...]) -> Org:
    org = c.makers[split].org()
    while org.kind not in kinds:
        org = c.makers[split].org()
    return org


def board_list(c: Corpus, split: str) -> None:
    """An association's letter signed by its chair, with the board's members listed under
    "Bestyrelsens medlemmer:" (all of them the association's people, none a co-signer) and
    sometimes a "Kopi til:" line naming another organisation (no party)."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    container = rnd.choice(("docx", "body", "pdf"))
    truth = Truth(c.name(split, "eml"), split, f"v7/board-list/{container}")
    org = _org(c, split, ("organisation",))
    pdf = container == "pdf"
    chair = m.member(org, pdf=pdf)
    members = [m.member(org, pdf=pdf) for _ in range(rnd.randint(2, 4))]
    roles = rnd.sample(st.roles, 2)
    board = [f"{chair.name} (formand)", f"{members[0].name} ({roles[0]})",
             *[q.name for q in members[1:]]]  # fmt: skip
    lines = [org.name, "", *prose(rnd, "vi", 3), "", rnd.choice(st.closings), "", chair.name,
             "Formand", "", "Bestyrelsens medlemmer:", *board]  # fmt: skip
    if rnd.random() < 0.5:
        other = _org(c, split, ("organisation", "authority"))
        if other.name != org.name:
            lines += ["", f"Kopi til: {other.name}"]
    oi = truth.org(org, "sender")
    truth.person(chair, "contact", org.kind, oi)
    for q in members:
        truth.person(q, "contact", org.kind, oi, email=False)
    write(c, truth, lines, container, mail_from(chair), rnd.choice(st.letter_covers))


def union_branch(c: Corpus, split: str) -> None:
    """A union's local branch ("Afdeling") answers: (a) its national union signs as well (a
    co-signer, with its own signer); (b) the national union is only mentioned in the text (no
    party)."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    name = rnd.choice(sorted(NATIONAL_UNIONS))
    branch = Org(name, "organisation", org_domain(name, "organisation"))
    national = NATIONAL_UNIONS[name]
    union = Org(national, "organisation", org_domain(national, "organisation"))
    both = rnd.random() < 0.5
    container = rnd.choice(("body", "docx", "pdf"))
    truth = Truth(c.name(split, "eml"), split, f"v7/union-branch/{'both' if both else 'mentioned'}")
    p = m.member(branch, pdf=container == "pdf")
    r1, r2 = rnd.sample(st.roles, 2)
    text = prose(rnd, "vi", 3)
    if not both:
        text.insert(1, f"Vores forbund, {union.name}, har tidligere peget på det samme over for "
                       "regeringen.")  # fmt: skip
    lines = [*text, "", rnd.choice(st.closings), "", p.name, f"{r1.capitalize()}, {branch.name}"]
    bi = truth.org(branch, "sender")
    truth.person(p, "contact", branch.kind, bi)
    if both:
        q = m.member(union, pdf=container == "pdf")
        lines += ["", q.name, f"{r2.capitalize()}, {union.name}"]
        ui = truth.org(union, "co_signer")
        truth.person(q, "contact", union.kind, ui, email=False)
    write(c, truth, lines, container, mail_from(p), rnd.choice(st.letter_covers))


def committee(c: Corpus, split: str) -> None:
    """The municipality's own committee answers: its letter signed by the chair "På udvalgets
    vegne", mailed by the committee's secretary from the municipality's domain."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    truth = Truth(c.name(split, "eml"), split, "v7/public-body/committee")
    committee = next(Org(n, k, "nordkysten.example.dk") for n, k in m.pool.orgs
                     if n.endswith("udvalget"))  # fmt: skip
    chair = m.member(committee)
    base = m.person()
    local = f"{people.initials(base.name).lower()}{rnd.randint(1, 9)}"
    email = f"{local}@nordkysten.example.dk"
    secretary = Person(base.name, email, base.phone, base.street, base.postcode, base.town,
                       f"{split}:{email}")  # fmt: skip
    day = rnd.randint(2, 28)
    lines = [f"{committee.name} har på sit møde den {day}. oktober 2026 behandlet udkastet og "
             "afgiver følgende høringssvar.", "", *prose(rnd, "vi", 2), "",
             "På udvalgets vegne", "", chair.name, f"Formand for {committee.name}"]  # fmt: skip
    body = (f"Hermed udvalgets høringssvar, jf. beslutningen på mødet den {day}. oktober.\n\n"
            f"{rnd.choice(st.closings)}\n{secretary.name}\nUdvalgssekretær")  # fmt: skip
    oi = truth.org(committee, "sender")
    truth.person(chair, "contact", committee.kind, oi, email=False)
    truth.person(secretary, "contact", committee.kind, oi)
    mail(c, truth, mail_from(secretary), "Høringssvar fra udvalget", body,
         [("Udvalgets høringssvar.docx", letter_file(lines))])  # fmt: skip


def neighbour_municipality(c: Corpus, split: str) -> None:
    """A neighbouring municipality answers on its letterhead (PDF), signed by its director."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    name = rnd.choice(NEIGHBOURS)
    org = Org(name, "authority", org_domain(name, "authority"))
    truth = Truth(c.name(split, "eml"), split, "v7/public-body/neighbour")
    p = m.member(org, pdf=True)
    postcode, town = rnd.choice(m.pool.towns)
    lines = [org.name, "Social- og Arbejdsmarkedsforvaltningen",
             f"{rnd.choice(m.pool.streets)} {rnd.randint(1, 40)}", f"{postcode} {town}", "",
             "Til Nordkysten Kommune", "", f"{org.name} takker for muligheden for at give "
             "bemærkninger til nabokommunens udkast.", *prose(rnd, "vi", 2), "",
             rnd.choice(st.closings), "", p.name, rnd.choice(NEIGHBOUR_ROLES)]  # fmt: skip
    oi = truth.org(org, "sender")
    truth.person(p, "contact", org.kind, oi)
    write(c, truth, lines, "pdf", mail_from(p), rnd.choice(st.letter_covers))


def lawyer_for_company(c: Corpus, split: str) -> None:
    """A company answers through its lawyer: the law firm's letterhead (PDF attached) and the
    lawyer's mail. The company is the sender and the lawyer its contact; the law firm speaks
    for its client, not for itself, and is no party."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    company = _org(c, split, ("company",))
    firm = rnd.choice(LAW_FIRMS)
    lawyer = m.person(domain=org_domain(firm, "company"), pdf=True)
    truth = Truth(c.name(split, "eml"), split, "v7/lawyer-for-company")
    postcode, town = rnd.choice(m.pool.towns)
    lines = [firm, f"{rnd.choice(m.pool.streets)} {rnd.randint(1, 60)}", f"{postcode} {town}", "",
             "Nordkysten Kommune", "", f"Vedr.: Høringssvar på vegne af {company.name}", "",
             f"Jeg repræsenterer {company.name} og skal på selskabets vegne fremkomme med "
             "følgende bemærkninger til udkastet.", *prose(rnd, "vi", 2), "",
             rnd.choice(st.closings), "", lawyer.name, "Advokat"]  # fmt: skip
    body = (f"Hermed høringssvar på vegne af min klient, {company.name}.\n\n"
            f"{rnd.choice(st.closings)}\n{lawyer.name}\nAdvokat\n{firm}")  # fmt: skip
    oi = truth.org(company, "sender")
    truth.person(lawyer, "contact", company.kind, oi)
    mail(c, truth, mail_from(lawyer), "Høringssvar", body,
         [("Høringssvar.pdf", simple_pdf(lines, gap=False))])  # fmt: skip


def titled_signature(c: Corpus, split: str) -> None:
    """A signature with a title before the name ("Overlæge, dr.med. Name"), then the
    organisation; in a mail body, a PDF attached or a .docx alone."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    container = rnd.choice(("body", "pdf", "docx-file"))
    truth = Truth(c.name(split, FILE_EXT[container]), split, f"v7/titled/{container}")
    org = m.org()
    p = m.member(org, pdf=container == "pdf")
    lines = [*prose(rnd, "vi", 3), "", rnd.choice(st.closings), "",
             f"{rnd.choice(TITLES)} {p.name}", org.name]  # fmt: skip
    oi = truth.org(org, "sender")
    truth.person(p, "contact", org.kind, oi, email=container != "docx-file")
    write(c, truth, lines, container, mail_from(p), rnd.choice(st.letter_covers))


def initials_for_org(c: Corpus, split: str) -> None:
    """An organisation's mail signed with the writer's initials above the organisation's name:
    the organisation sent it; the writer's name is the From's."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    truth = Truth(c.name(split, "eml"), split, "v7/initials/organisation")
    org = m.org()
    p = m.member(org)
    lines = [*prose(rnd, "vi", 3), "", rnd.choice(st.closings), "", people.initials(p.name),
             org.name]  # fmt: skip
    oi = truth.org(org, "sender")
    truth.person(p, "contact", org.kind, oi)
    mail(c, truth, mail_from(p), "Høringssvar", "\n".join(lines))


def labelled_cell(c: Corpus, split: str) -> None:
    """The template's Afsender cell filled in as a small form: (a) "Organisation/forening:",
    "Navn og titel:", "E-mail til kontakt:"; (b) the person first, the organisation in
    brackets; (c) "Jeg/vi svarer som: privatperson" with the organisation line left "–"."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    form = rnd.choice(("labels", "person-first", "private"))
    truth = Truth(c.name(split, "eml"), split, f"v7/labelled-cell/{form}")
    voice = "vi"
    if form == "private":
        p = m.person()
        cell = ["Jeg/vi svarer som: privatperson", f"Navn og titel: {p.name}",
                "Forening eller virksomhed: –", *p.address_lines]  # fmt: skip
        truth.person(p, "sender", "private")
        voice = "jeg"
    else:
        org = m.org(lookalike=rnd.random() < 0.2)
        p = m.member(org)
        role = rnd.choice(st.roles)
        if form == "labels":
            cell = [f"Organisation/forening: {org.name}", f"Navn og titel: {p.name}, {role}",
                    f"E-mail til kontakt: {p.email}"]  # fmt: skip
        else:
            cell = [f"{p.name} ({org.name})", p.email]
        oi = truth.org(org, "sender")
        truth.person(p, "contact", org.kind, oi)
    rows = template_rows(rnd, cell, voice)
    mail(c, truth, mail_from(p), "Høringssvar", rnd.choice(st.template_covers),
         [("Høringssvar.docx", template_file(rows))])  # fmt: skip


NEW_SHAPES = (
    people.family_mailbox,
    people.couple,
    people.neighbours,
    people.private_chair,
    people.english,
    people.initials_signed,
    people.display_name_differs,
    people.anonymous,
    people.councillor_forward,
    board_list,
    union_branch,
    committee,
    neighbour_municipality,
    lawyer_for_company,
    titled_signature,
    initials_for_org,
    labelled_cell,
)


# Drawn once each, not again at random: odd cases are few in a real consultation.
RARE = (people.family_mailbox, people.anonymous, lawyer_for_company, people.councillor_forward)
COMMON = tuple(shape for shape in NEW_SHAPES if shape not in RARE)


def _draw_one(c: Corpus, split: str) -> None:
    """One response, in proportions like a real consultation's: many on the template, letters,
    this part's own shapes, a few odd mail bodies, forwards and bare mails."""
    rnd = c.rnd
    roll = rnd.random()
    if roll < 0.42:
        c.template(split, rnd.choice(TEMPLATE_SHAPES))
    elif roll < 0.58:
        c.letter(split, rnd.choice(LETTER_SHAPES + ORG_LETTER_SHAPES), rnd.choice(CONTAINERS))
    elif roll < 0.84:
        rnd.choice(COMMON)(c, split)
    elif roll < 0.89:
        c.special(split, rnd.choice(SPECIAL_SHAPES))
    elif roll < 0.94:
        c.forwarded(split, inline=rnd.random() < 0.5)
    else:
        c.body_only_citizen(split)


def draw_heldout(c: Corpus, split: str, count: int, campaign: int = 10) -> None:
    """Each of this part's shapes once, then responses of every shape at random until
    ``count`` are drawn, a new version and a campaign of ``campaign`` mail bodies."""
    start = c.made
    for shape in NEW_SHAPES:
        shape(c, split)
    while c.made - start < count:
        _draw_one(c, split)
    c.new_version(split)
    people.campaign(c, split, campaign, f"{split}-heldout-{campaign}")
