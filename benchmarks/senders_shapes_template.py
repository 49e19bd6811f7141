"""Template shapes of the senders' evaluation set: e-mails with the municipality's template
attached, the Afsender cell in its many shapes (a part of ``senders_generate.Corpus``)."""

from __future__ import annotations

import random

from benchmarks.senders_parts import (
    MAILBOXES,
    Maker,
    Org,
    Person,
    Truth,
    cvr,
    mail_from,
    pick,
    signature,
    template_file,
    template_rows,
    when,
)
from hoeringsdesk.samples.mail import eml, make_mail


class TemplateShapes:
    """The shapes; the corpus gives the draw, the makers, the names and the saving."""

    rnd: random.Random
    makers: dict[str, Maker]

    def name(self, split: str, ext: str) -> str:
        raise NotImplementedError

    def save(self, truth: Truth, data: bytes) -> None:
        raise NotImplementedError

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
                cell = [org.name, f"CVR: {org.cvr}",
                        f"{rnd.choice(m.pool.streets)} {rnd.randint(1, 90)}",
                        " ".join(rnd.choice(m.pool.towns)),
                        f"{pick(rnd, st.kontakt_short)}{p.name}, {p.email}"]  # fmt: skip
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
                attachments=[("Høringssvar.docx", template_file(rows))],
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
            attachments=[("Høringssvar.docx", template_file(rows))],
        )  # fmt: skip
        self.save(truth, eml(mail))
