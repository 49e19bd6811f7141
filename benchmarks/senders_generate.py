"""An evaluation set for reading senders: invented responses as files, with the truth.

    uv run python benchmarks/senders_generate.py OUT [--count 300]

Every file is a response as the mailboxes receive it: e-mails with the template (.docx)
attached or not, letters as PDF, .txt or .docx (attached or on their own), mail bodies,
forwarded mail, joint responses, form-letter campaigns, new versions. ``truth.json`` lists
each file's parties (role, person or organisation, name, e-mail, kind, who a contact speaks
for) and a stable identity for every person.

Set v8 (issue 14, sixth round). Set v7's held-out part was scored once and is now tuned on,
so v8 keeps all of v4, v5, v6 and v7 to tune on and draws a new held-out part:

- "dev" (tune on it): all of set v7, drawn exactly as before (only the files' names, and so
  the Message-IDs made from them, of set v7's held-out part change): set v3's development part
  (seed 14), 60 responses with more organisation name forms (seed 114, ``DEV_EXTRA``), set
  v4's held-out part (seed 1014, ``FRESH``), set v5's (seed 5014, ``senders_pools_v5.V5``,
  ``senders_shapes_v5``), set v6's (seed 6014, ``senders_pools_v6.V6``, ``senders_shapes_v6``)
  and set v7's (seed 7014, ``senders_pools_v7.V7``, ``senders_shapes_v7``,
  ``senders_shapes_v7_people``).
- "heldout" (report it, never tune on it): about 150 responses drawn with their own seed
  (8014) from ``senders_pools_v8.V8``: names (double first names; particles "van", "de la",
  "af", "von"; Greenlandic, Faroese, Arabic, Somali, Polish, Ukrainian), organisations (a
  housing section's board, advisory councils, a school's board, associations, ApS, A/S, I/S,
  IVS; named like people), streets, towns, postcodes, mail domains and citizen service staff,
  none of which sets v4 to v7 use, written in ``V8_STYLE`` and ``V8_LABELS`` (closings, roles,
  labels, separators, covers, phones' footers, quote headers, logos' alt text), none of which
  is in an older style. In proportions like a real
  consultation: most on the template (the older cell shapes in v8's words, and cells with
  Danish labels or in English), then this part's own letter and mail shapes
  (``senders_shapes_v8``, ``senders_shapes_v8_people``): a citizen replying above the
  municipality's quoted receipt (the quoted officer is no party), mails from phones (the
  footer only, or a name and number above it), a citizen writing about her own health, one
  citizen's response and its correction the next day (one person), the citizen service
  mailing the words of a citizen without e-mail (a note from dictation or her scanned
  letter; the staff member only forwards), an association reached "c/o" a member (its
  contact), an advisory council or a school's board signed by its chair (a public body), a
  housing section's board whose housing association is only named (no party), joint letters
  in which each organisation gives its own contact, a company's house-style signature with
  CVR and a confidentiality notice, a letter whose only sender is its letterhead (no contact
  person), a signature with a logo's alt text; then the older letter shapes, a few odd mail
  bodies, forwards and bare mails, and a campaign of 10 in mail bodies, some from phones.

The template responses' cell shapes are in ``senders_shapes_template.py``, the mail bodies'
in ``senders_mail_shapes.py``; each older set's own shapes are in ``benchmarks/README.md``.

Every file's bytes follow from the seed alone: Message-IDs and MIME boundaries are made from
the file name and the .docx members' times are fixed (``tests/benchmarks/test_senders_set.py``
checks this and that each held-out part's pools share nothing with the sets before it).

The pools and phrasings are in ``benchmarks/senders_pools.py`` and ``senders_pools_v5.py`` to
``senders_pools_v8.py``; each older held-out part is described in ``benchmarks/README.md``.
Before v5 was first scored, the phrasings that the coordinator had also named as examples to
the engineer writing the rules were replaced by others (so no rule can have been written
from them either).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.senders_mail_shapes import MailShapes  # noqa: E402
from benchmarks.senders_parts import (  # noqa: E402
    COLLEAGUES,
    MAILBOXES,
    Maker,
    Org,
    Person,
    Truth,
    letter_file,
    mail_from,
    org_domain,
    pick,
    prose,
    signature,
    stable_mail,
    when,
)
from benchmarks.senders_pools import DEV, DEV_EXTRA, FRESH, STALE, Pool  # noqa: E402
from benchmarks.senders_shapes_template import TemplateShapes  # noqa: E402
from hoeringsdesk.samples.documents import simple_pdf  # noqa: E402
from hoeringsdesk.samples.mail import eml, make_mail  # noqa: E402

__all__ = ["COLLEAGUES", "MAILBOXES", "Org", "Person", "Truth", "generate", "org_domain"]

VERSION = 8


class Corpus(MailShapes, TemplateShapes):
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
            data = stable_mail(data, truth.file)
        (self.out / truth.file).write_bytes(data)
        self.truths.append(truth)

    def name(self, split: str, ext: str) -> str:
        return f"{self.made + 1:04d}-{self.labels.get(split, split)}.{ext}"

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
                data = letter_file(lines)
            self.save(truth, data)
            return
        assert sender is not None
        if container == "body":
            mail = make_mail(mail_from(sender, plain=plain_from), rnd.choice(MAILBOXES),
                             "Høringssvar", "\n".join(lines), when(rnd))  # fmt: skip
        else:
            data = simple_pdf(lines, gap=False) if container == "pdf" else letter_file(lines)
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
    heldout6: int = 110,
    heldout7: int = 120,
    heldout8: int = 140,
) -> list[Truth]:
    """Four draws, each with its own seed: (1) set v3 as it was drawn (``count`` responses,
    every fifth from the stale held-out pool, which is drawn but not written: the development
    part stays the one tuned on); (2) ``extra`` development responses with the
    organisation name forms of ``DEV_EXTRA`` and the set v4 letter shapes; (3) set v4's
    held-out part, now development: ``fresh`` responses and a campaign of 8 from ``FRESH``;
    (4) set v5's held-out part, now development (``senders_shapes_v5``): ``heldout``
    responses, a new version, a response sent twice and a campaign of 8 from
    ``senders_pools_v5.V5``; (5) set v6's held-out part (``senders_shapes_v6``): ``heldout6``
    responses, a new version and a campaign of 8 from ``senders_pools_v6.V6``, now
    development; (6) set v7's held-out part (``senders_shapes_v7``): ``heldout7`` responses, a
    new version and a campaign of 10 from ``senders_pools_v7.V7``, now development; (7) set
    v8's held-out part (``senders_shapes_v8``): ``heldout8`` responses and a campaign of 10 from
    ``senders_pools_v8.V8``, whose names, places, domains and phrasings no set v4 to v7
    response uses."""
    from benchmarks.senders_pools_v5 import V5
    from benchmarks.senders_pools_v6 import V6
    from benchmarks.senders_pools_v7 import V7
    from benchmarks.senders_pools_v8 import V8
    from benchmarks.senders_shapes_v5 import draw_heldout
    from benchmarks.senders_shapes_v6 import draw_heldout as draw_heldout_v6
    from benchmarks.senders_shapes_v7 import draw_heldout as draw_heldout_v7
    from benchmarks.senders_shapes_v8 import draw_heldout as draw_heldout_v8

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
    corpus.draw(seed + 5000, {"v5": V5}, labels={"v5": "dev"})
    draw_heldout(corpus, "v5", heldout)
    corpus.draw(seed + 6000, {"v6": V6}, labels={"v6": "dev"})
    draw_heldout_v6(corpus, "v6", heldout6)
    corpus.draw(seed + 7000, {"v7": V7}, labels={"v7": "dev"})
    draw_heldout_v7(corpus, "v7", heldout7)
    corpus.draw(seed + 8000, {"v8": V8}, labels={"v8": "heldout"})
    draw_heldout_v8(corpus, "v8", heldout8)
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
