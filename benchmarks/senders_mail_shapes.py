"""Mail-body shapes of the senders' evaluation set: less common bodies, forwards, campaigns,
new versions and bare mails (a part of ``senders_generate.Corpus``)."""

from __future__ import annotations

import random
from pathlib import Path

from benchmarks.senders_parts import (
    CAMPAIGN_TEXT,
    CITIZEN_LINES,
    COLLEAGUES,
    MAILBOXES,
    Maker,
    Truth,
    mail_from,
    pick,
    prose,
    raw_mail,
    template_file,
    when,
)
from hoeringsdesk.samples.documents import GENERAL_LABEL, SENDER_LABEL
from hoeringsdesk.samples.mail import eml, forward, make_mail


class MailShapes:
    """The shapes; the corpus gives the draw, the makers, the names and the saving."""

    rnd: random.Random
    makers: dict[str, Maker]
    out: Path

    def name(self, split: str, ext: str) -> str:
        raise NotImplementedError

    def save(self, truth: Truth, data: bytes) -> None:
        raise NotImplementedError

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
                                 " ", when(rnd), attachments=[("Høringssvar.docx", template_file(rows))])  # fmt: skip
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
