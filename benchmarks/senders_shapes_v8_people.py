"""The held-out part of the senders' evaluation set v8: the shapes of private people (a reply
in a mail thread, phones' mail, a citizen's own health, a correction, the citizen service's
note, an English template, the campaign).

Every shape writes what an officer could read unambiguously into the truth: the municipality's
officer quoted in a reply, or the staff who pass a citizen's words on, are no sender."""

from __future__ import annotations

from benchmarks.senders_generate import Corpus
from benchmarks.senders_parts import (
    MAILBOXES,
    Person,
    Truth,
    letter_file,
    mail_from,
    prose,
    template_file,
    template_rows,
    when,
)
from benchmarks.senders_pools_v8 import EN_COVERS, MOBILE_FOOTERS, OFFICER, QUOTE_HEADS
from benchmarks.senders_shapes_v7_people import ALONE, FILE_EXT, mail, write
from hoeringsdesk.samples.documents import simple_pdf
from hoeringsdesk.samples.mail import eml, make_mail

HEALTH = (
    "Jeg har sklerose og sidder i kørestol, så jeg kan ikke komme til borgermødet på "
    "biblioteket, der ikke har elevator.",
    "Efter flugten fik jeg diagnosen PTSD, og jeg er i dag førtidspensionist; danskundervisning "
    "om formiddagen i små hold har været det, der hjalp mig.",
    "Jeg er nyreramt og i dialyse tre gange om ugen, og derfor kan jeg ikke følge "
    "sprogskolens faste hold.",
    "Min søn er autist, og jeg savner, at politikken nævner familier som vores.",
)
CORRECTION = (
    "Jeg sendte i går mit høringssvar, men jeg glemte et punkt, som jeg gerne vil have med.",
    "Nedenfor er mit svar igen, nu med det sidste afsnit, som manglede.",
)
SERVICE_NOTE = (
    "Notat fra Borgerservice\n\n"
    "Borgeren henvendte sig ved skranken den {day}. oktober og bad os sende nedenstående "
    "videre som høringssvar. Borgeren har ikke en e-mailadresse.\n\n"
    "Navn og adresse som oplyst af borgeren:\n{name}\n{street}\n{town}\n\n"
    "Borgerens bemærkninger (skrevet ned efter diktat):\n{text}\n\n"
    "{staff}\nSagsbehandler, Borgerservice"
)
CAMPAIGN_V8 = (
    "Jeg støtter, at Åben Rådgivning i Hvedemarken bevares med de nuværende åbningstider.",
    "Rådgivningen hjælper nye borgere med breve fra det offentlige, og uden den vil mange "
    "ikke kunne finde rundt i systemet. Det bør stå i politikkens afsnit om medborgerskab.",
    "Jeg beder byrådet om at sikre rådgivningen i budgettet for de kommende fire år.",
)
CAMPAIGN_OWN = (
    "Jeg har selv fået hjælp der med min boligansøgning.",
    "Rådgivningen hjalp min mor, da hun kom hertil.",
)
SCANNED_COVER = ("Vedhæftet er et brev, som en borger har afleveret i Borgerservice i dag. Brevet "
                 "er scannet. Borgeren har ikke oplyst nogen e-mailadresse.\n\n{staff}\n"
                 "Sagsbehandler, Borgerservice")  # fmt: skip


def thread_reply(c: Corpus, split: str) -> None:
    """A citizen answers the municipality's receipt in the same thread: a reply above, the
    officer's mail quoted below ("> "). The citizen is the sender; the quoted officer is no
    party. Sometimes signed with the first name only (the From names her)."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    p = m.person()
    first_only = rnd.random() < 0.4
    signed = "first" if first_only else "full"
    truth = Truth(c.name(split, "eml"), split, f"v8/thread-reply/{signed}")
    sign = ([rnd.choice(st.firstname_closings), p.name.split()[0]] if first_only
            else [rnd.choice(st.closings), p.name, *p.address_lines])  # fmt: skip
    officer, officer_mail, title = OFFICER
    who = f"{officer} <{officer_mail}>"
    head = rnd.choice(QUOTE_HEADS).format(day=rnd.randint(5, 25), mm=rnd.randint(10, 59), who=who)
    quoted = [f"Kære {p.name}", "", "Tak for dit høringssvar, som vi har modtaget. Du er "
              "velkommen til at uddybe dine bemærkninger, inden fristen udløber.", "",
              "Venlig hilsen", officer, title]  # fmt: skip
    lines = ["Tak for svaret. Jeg vil gerne uddybe:", "", *prose(rnd, "jeg", 2), "", *sign, "",
             head, *(f"> {x}" if x else ">" for x in quoted)]  # fmt: skip
    truth.person(p, "sender", "private")
    mail(c, truth, mail_from(p), "SV: Kvittering for dit høringssvar", "\n".join(lines))


def mobile(c: Corpus, split: str) -> None:
    """A short mail from a phone: (a) no signature but the phone's footer; (b) a mobile
    signature of name and number above the footer. The From names the sender."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    p = m.person()
    signed = rnd.random() < 0.5
    truth = Truth(c.name(split, "eml"), split, f"v8/mobile/{'signed' if signed else 'footer'}")
    lines = prose(rnd, "jeg", 1)
    if signed:
        lines += ["", p.name, f"{rnd.choice(st.phone_labels)}{p.phone}"]
    lines += ["", rnd.choice(MOBILE_FOOTERS)]
    truth.person(p, "sender", "private")
    mail(c, truth, mail_from(p), "Høringssvar", "\n".join(lines))


def health(c: Corpus, split: str) -> None:
    """A citizen writes about her own situation, with health details in the text, signed
    with name and address; in a mail body, a .docx attached or a letter handed in alone."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    container = rnd.choice(("body", "docx", "docx-file", "txt-file"))
    truth = Truth(c.name(split, FILE_EXT[container]), split, f"v8/health/{container}")
    p = m.person()
    lines = [rnd.choice(HEALTH), *prose(rnd, "jeg", 2), "", rnd.choice(st.closings), "", p.name,
             *p.address_lines]  # fmt: skip
    truth.person(p, "sender", "private", email=container not in ALONE)
    write(c, truth, lines, container, mail_from(p), rnd.choice(st.letter_covers))


def correction(c: Corpus, split: str) -> None:
    """One citizen sends two responses: a letter in a mail body, then a corrected one the
    next day ("Rettelse til mit høringssvar", the letter attached as .docx). One person."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    p = m.person()
    text = prose(rnd, "jeg", 3)
    sign = [rnd.choice(st.closings), p.name, *p.address_lines]
    truth = Truth(c.name(split, "eml"), split, "v8/correction/first")
    truth.person(p, "sender", "private")
    mail(c, truth, mail_from(p), "Høringssvar", "\n".join([*text, "", *sign]))
    truth = Truth(c.name(split, "eml"), split, "v8/correction/second")
    truth.person(p, "sender", "private")
    letter = letter_file([*text, rnd.choice(prose(rnd, "jeg", 2)), "", *sign])
    body = f"{CORRECTION[0]}\n{CORRECTION[1]}\n\n{rnd.choice(st.firstname_closings)}\n{p.name}"
    mail(c, truth, mail_from(p), "Rettelse til mit høringssvar", body,
         [("Høringssvar rettet.docx", letter)])  # fmt: skip


def citizen_service(c: Corpus, split: str) -> None:
    """A citizen without e-mail hands in her words at the citizen service; a member of staff
    mails them to the consultation's mailbox: (a) a note written down from her dictation;
    (b) her own letter, scanned (PDF attached), signed with name and address. The citizen is
    the sender (name and address, no e-mail); the member of staff only forwarded it."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    scanned = rnd.random() < 0.4
    p = m.person(pdf=scanned)
    p = Person(p.name, "", p.phone, p.street, p.postcode, p.town, f"{split}:{p.name}@{p.street}")
    staff = rnd.choice(m.pool.colleagues)
    name, address = staff.split(" <")
    how = "scanned" if scanned else "note"
    truth = Truth(c.name(split, "eml"), split, f"v8/citizen-service/{how}")
    if scanned:
        lines = ["Til Nordkysten Kommune", "", *prose(rnd, "jeg", 3), "", rnd.choice(st.closings),
                 "", p.name, *p.address_lines]  # fmt: skip
        msg = make_mail(staff, rnd.choice(MAILBOXES), "Brev afleveret i Borgerservice",
                        SCANNED_COVER.format(staff=name), when(rnd),
                        attachments=[("Scanning.pdf", simple_pdf(lines, gap=False))])  # fmt: skip
    else:
        note = SERVICE_NOTE.format(day=rnd.randint(2, 28), name=p.name, street=p.street,
                                   town=f"{p.postcode} {p.town}",
                                   text="\n".join(prose(rnd, "jeg", 2)), staff=name)  # fmt: skip
        msg = make_mail(staff, rnd.choice(MAILBOXES), "Høringssvar fra borger", note, when(rnd))
    truth.person(p, "sender", "private", email=False)
    truth.parties.append({"role": "forwarder", "type": "person", "name": name, "kind": "",
                          "email": address.rstrip(">"), "pid": f"colleague:{address}"})  # fmt: skip
    c.save(truth, eml(msg))


def english_template(c: Corpus, split: str) -> None:
    """The template's Afsender cell filled in English: "Name:", "Organisation:", "E-mail
    address:", "Responding as:"; (a) a resident ("Organisation: Not applicable"); (b) an
    organisation's contact."""
    rnd, m = c.rnd, c.makers[split]
    private = rnd.random() < 0.5
    who = "private" if private else "organisation"
    truth = Truth(c.name(split, "eml"), split, f"v8/english-template/{who}")
    if private:
        p = m.person()
        cell = [f"Name: {p.name}", "Organisation: Not applicable", f"E-mail address: {p.email}",
                "Responding as: Local resident"]  # fmt: skip
        truth.person(p, "sender", "private")
    else:
        org = m.org()
        p = m.member(org)
        cell = [f"Name: {p.name}", f"Organisation: {org.name}", f"E-mail address: {p.email}"]
        oi = truth.org(org, "sender")
        truth.person(p, "contact", org.kind, oi)
    rows = template_rows(rnd, cell, "jeg" if private else "vi")
    mail(c, truth, mail_from(p), "Consultation response", rnd.choice(EN_COVERS),
         [("Høringssvar.docx", template_file(rows))])  # fmt: skip


def campaign(c: Corpus, split: str, size: int, label: str) -> None:
    """A campaign of mail bodies with one text, some sent from phones, some with a line of
    their own, from citizens at a few providers."""
    rnd, m = c.rnd, c.makers[split]
    st = m.pool.style
    for _ in range(size):
        truth = Truth(c.name(split, "eml"), split, "v8/campaign", campaign=label)
        p = m.person(domain=rnd.choice(("tdcspace.dk", "tdcspace.dk", "fastmail.com", "gmx.de")))
        own = [rnd.choice(CAMPAIGN_OWN), ""] if rnd.random() < 0.3 else []
        tail = p.address_lines if rnd.random() < 0.5 else []
        phone = ["", rnd.choice(MOBILE_FOOTERS)] if rnd.random() < 0.3 else []
        body = "\n".join([*own, "\n\n".join(CAMPAIGN_V8), "", st.campaign_closing[0], p.name,
                          *tail, *phone])  # fmt: skip
        truth.person(p, "sender", "private")
        mail(c, truth, mail_from(p), "Bevar Åben Rådgivning", body)
