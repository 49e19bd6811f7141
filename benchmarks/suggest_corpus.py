"""Invented, labelled passages about the draft in suggest_draft.py, in the shapes responses
take: letter paragraphs, bullets and numbered points under a lead-in, general remarks,
proposal sentences, paragraphs under the letter's own headings. Every fifth is held out.

Respondents mostly write in their own words (suggest_draft's topics and actions), name a
section only sometimes, and now and then mention another section's subject in passing.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from suggest_draft import BY_ID, SECTIONS, DraftSection

SEED = 2027
COUNT = 420
HELD_OUT_EVERY = 5  # index % 5 == 4 is held out, never looked at while tuning

PROPOSALS = (
    "Vi foreslår, at man begynder at {action}.",
    "Kommunen bør {action}.",
    "Vi anbefaler, at kommunen forpligter sig til at {action}.",
    "Jeg synes, at I skal {action}.",
    "Det vil være en god idé at {action}.",
    "Vi opfordrer byrådet til at {action}.",
    "Hvorfor kan man ikke {action}?",
    "Vi vil gerne bede jer om at {action}.",
    "Ældrerådet ønsker, at kommunen vil {action}.",
    "Politikken bør forpligte kommunen til at {action}.",
    "Vi savner en plan for {topic}.",
    "Der bør være langt mere fokus på {topic}.",
    "Vi savner, at politikken forholder sig til {topic}.",
    "Det er vigtigt, at {topic} bliver prioriteret højere.",
)
CONTEXTS = (
    "Vi oplever, at {topic} fylder meget i hverdagen.",
    "Min mor har i flere år kæmpet med {topic}.",
    "Som forening hører vi ofte om {topic}.",
    "Hos os er {topic} et stort problem.",
    "Det går desværre ikke godt med {topic}.",
    "Mange af vores medlemmer fortæller om {topic}.",
    "Jeg har selv erfaring med {topic} gennem mit arbejde.",
    "Vi har i mange år arbejdet med {topic} i lokalområdet.",
)
ASIDES = (
    "Det hænger også sammen med {topic}.",
    "Vi ved godt, at {topic} også spiller ind.",
)
FOLLOW_UPS = (
    "Det vil gøre en stor forskel for mange.",
    "Det koster ikke meget, men betyder rigtig meget.",
    "Derfor er det vigtigt at handle nu.",
)
LEAD_INS = (
    "Vi har følgende forslag:",
    "Vi anbefaler, at",
    "Vores forslag er:",
)
NAMED_LEAD_INS = (
    "Til {ref} har vi følgende forslag:",
    "Om {ref} anbefaler vi, at",
)
NAMED_SENTENCES = (
    "I afsnittet om {short} savner vi noget.",
    "Vi har læst {ref} med interesse.",
    "Under {ref} mangler der noget vigtigt.",
)


@dataclass(frozen=True)
class LabelledPassage:
    index: int
    section_id: int
    shape: str  # paragraph | item | numbered | general | sentences | heading
    text: str
    context: str  # heading or lead-in above it, as the letter has it
    named: bool  # does the passage or its context name the section?

    @property
    def held_out(self) -> bool:
        return self.index % HELD_OUT_EVERY == HELD_OUT_EVERY - 1


def _short(section: DraftSection) -> str:
    """How a respondent refers to a section in a few words ("hjemmeplejen", "princip B")."""
    head = section.heading.split(":")[0]
    first = head.split()[0].lower()
    if head.split()[0] in ("Princip", "Pejlemærke"):
        return head.replace("Princip", "princip").replace("Pejlemærke", "pejlemærke")
    return first


def _ref(rnd: random.Random, section: DraftSection) -> str:
    head = section.heading
    if head.startswith(("Princip ", "Pejlemærke ")):
        return rnd.choice([_short(section), _short(section), f"»{head}«"])
    return rnd.choice([f"»{head}«", f"afsnittet om {_short(section)}", head.lower()])


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _proposal(rnd: random.Random, section: DraftSection) -> str:
    frame = rnd.choice(PROPOSALS)
    text = frame.format(topic=rnd.choice(section.topics), action=rnd.choice(section.actions))
    return _sentence_case(text)


def _context(rnd: random.Random, section: DraftSection) -> str:
    return _sentence_case(rnd.choice(CONTEXTS).format(topic=rnd.choice(section.topics)))


def _aside(rnd: random.Random, section: DraftSection) -> str:
    other = rnd.choice([s for s in SECTIONS if s.id != section.id])
    return rnd.choice(ASIDES).format(topic=rnd.choice(other.topics))


def _choose_section(rnd: random.Random) -> DraftSection:
    weights = [0.4 if s.id in (4, 9) else 1.0 for s in SECTIONS]
    return rnd.choices(SECTIONS, weights)[0]


def generate(count: int = COUNT, seed: int = SEED) -> list[LabelledPassage]:
    rnd = random.Random(seed)
    out = []
    shapes = ("paragraph", "item", "numbered", "general", "sentences", "heading")
    for index in range(count):
        section = _choose_section(rnd)
        shape = shapes[index % len(shapes)] if rnd.random() < 0.5 else rnd.choice(shapes)
        named = rnd.random() < 0.25
        context = ""
        sentences: list[str] = []
        if shape in ("item", "numbered"):
            sentences = [_proposal(rnd, section).rstrip(".?") + "."]
            if rnd.random() < 0.4:
                sentences = [sentences[0].replace("Kommunen bør ", "Kommunen bør også ")]
            if named:
                context = rnd.choice(NAMED_LEAD_INS).format(ref=_ref(rnd, section))
            else:
                context = rnd.choice(LEAD_INS)
        elif shape == "heading":
            context = (
                section.heading if named else _sentence_case(rnd.choice(section.topics)).rstrip(".")
            )
            sentences = [_context(rnd, section), _proposal(rnd, section)]
        else:
            n_context = {"paragraph": rnd.randint(1, 2), "general": rnd.randint(1, 3)}.get(shape, 0)
            sentences = [_context(rnd, section) for _ in range(n_context)]
            sentences.append(_proposal(rnd, section))
            if shape == "sentences":
                sentences.append(rnd.choice(FOLLOW_UPS))
            if named:
                ref_sentence = rnd.choice(NAMED_SENTENCES).format(
                    ref=_ref(rnd, section), short=_short(section)
                )
                sentences.insert(rnd.randint(0, len(sentences) - 1), ref_sentence)
        if rnd.random() < 0.2:
            sentences.insert(rnd.randint(0, len(sentences)), _aside(rnd, section))
        out.append(LabelledPassage(index, section.id, shape, " ".join(sentences), context, named))
    return out


def parent_of(section_id: int) -> int | None:
    return BY_ID[section_id].parent_id


GREETINGS = ("Kære byråd", "Til Ældre- og Sundhedsforvaltningen", "Hej")
THANKS = (
    "Tak for muligheden for at give høringssvar til politikken.",
    "Vi takker for et godt og gennemarbejdet udkast.",
)
CLOSINGS = ("Med venlig hilsen", "Venlig hilsen", "Mvh.")
SIGNERS = (
    "Grethe Olsen\nSkovvej 4\n8999 Engby\ntlf. 40 11 22 33",
    "Ældrerådet i Engby\nv. formand Bent Kristensen",
    "Pårørendeforeningen\nkontakt@paaroerende.example.dk",
)


def letters(
    passages: list[LabelledPassage], seed: int = SEED
) -> list[tuple[str, list[LabelledPassage]]]:
    """The passages three or four at a time as whole letters (greeting, thanks, headings,
    lists, closing and signature), to see whether splitting finds them again."""
    rnd = random.Random(seed + 1)
    out = []
    i = 0
    while i < len(passages):
        group = passages[i : i + rnd.randint(3, 4)]
        i += len(group)
        chunks = [rnd.choice(GREETINGS), rnd.choice(THANKS)]
        j = 0
        while j < len(group):
            p = group[j]
            if p.shape in ("item", "numbered"):
                items = [p]
                while (
                    j + 1 < len(group)
                    and group[j + 1].shape == p.shape
                    and group[j + 1].context == p.context
                ):
                    j += 1
                    items.append(group[j])
                marks = (
                    ["•"] * len(items)
                    if p.shape == "item"
                    else [f"{n})" for n in range(1, len(items) + 1)]
                )
                chunks.append(
                    p.context
                    + "\n"
                    + "\n".join(f"{m} {x.text}" for m, x in zip(marks, items, strict=True))
                )
            elif p.shape == "heading":
                chunks.append(p.context + "\n" + p.text)
            else:
                chunks.append(p.text)
            j += 1
        chunks.append(rnd.choice(CLOSINGS) + "\n" + rnd.choice(SIGNERS))
        out.append(("\n\n".join(chunks), group))
    return out
