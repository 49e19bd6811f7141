"""A letter's sender: its signature after the closing, and an organisation in its heading."""

from __future__ import annotations

import re

from hoeringsdesk.intake.senders import lexicon as lx
from hoeringsdesk.intake.senders.block import Block, clean_line, columns, read_block
from hoeringsdesk.intake.senders.details import split_details
from hoeringsdesk.intake.senders.kinds import writes_as_one_person
from hoeringsdesk.intake.senders.members import read_members
from hoeringsdesk.intake.senders.names import (
    is_role,
    looks_like_organisation,
    looks_like_person,
    person_score,
    same_person_name,
    tidy,
)
from hoeringsdesk.intake.senders.phrases import read_phrase
from hoeringsdesk.intake.senders.placing import names_org

TAIL_LINES = 80  # a signature is looked for in the last lines of a text
MAX_SIGNATURE = 16
HEAD_LINES = 12
MAX_HEAD_LINE = 300
_PROSE_WORDS = 12
_QUOTE = re.compile(
    r"^\s*(?:>|(?:den|d\.)\s.{0,160}\sskrev\b.{0,160}:\s*$|on\s.{0,160}\swrote\b.{0,160}:\s*$|"
    r"-{2,}|_{5,}|-+\s*(?:original|oprindelig)\s|(?:fra|from)\s*:\s.*@)",
    re.I,
)
_HEADING_CUT = re.compile(
    r"\s+(?:vedr\.?|vedrørende|angående|ang\.|om\s+(?:udkast|forslag|høring)|"
    r"til\s+(?=udkast|høring|forslag|kommunen|[A-ZÆØÅ]\w+\s+kommune|den\s|det\s|jeres|politik)|"
    r"i\s+forbindelse\s+med|i\s+anledning\s+af)\b.*$|\s*[:(–—].*$|\s+-\s.*$",
    re.I,
)
_TITLE = re.compile(
    r"^\s*(?:høringssvar|høringsvar|høringsbidrag|vedr\.?|vedrørende|emne|"
    r"bemærkninger\s+til)\b",
    re.I,
)
_MUNICIPALITY = re.compile(
    r"^(?:[\w.-]+\s+){0,3}(?:kommunes?|forvaltning(?:en)?|rådhus(?:et)?)\b", re.I
)
_RECIPIENT = re.compile(r"^\s*(?:til|att\.?|attention|modtager)\s*:?\s*(?:$|\S)", re.I)
_DATE_LINE = re.compile(r"^\s*(?:\w+\s+)?\d{1,2}\.?\s*(?:\w+|/\d{1,2})\.?\s*\d{2,4}\s*$")


def _is_prose(line: str) -> bool:
    words = line.split()
    if _footer(line):
        return False
    return len(words) > _PROSE_WORDS or (len(words) > 7 and line.rstrip().endswith((".", "!", "?")))


def _orgs_listed(line: str) -> bool:
    """'Foreningen A, Klubben B i samarbejde med Netværket C' under a closing: a long line
    that names organisations only, not a sentence."""
    if line.rstrip().endswith((".", "!", "?")) or len(line.split()) > 30:
        return False
    found = read_phrase(line)
    return len(found) >= 2 and all(e.kind == "org" for e in found)


_FOOTER_BAR = re.compile(r"\s[·•∙|]\s|\s[·•∙|]$")


def _footer(line: str) -> bool:
    """'Foreningen X · Lærkevej 14 · 3400 Hillerød · CVR-nr. …': a letter's footer, short
    pieces between bars, not a sentence."""
    pieces = [p for p in _FOOTER_BAR.split(line) if p.strip()]
    return len(pieces) >= 3 and all(len(p.split()) <= 6 for p in pieces)


def _closing_at(lines: list[str]) -> tuple[int, str] | None:
    """The last closing formula ('Venlig hilsen' …): its line and what follows it there."""
    start = max(0, len(lines) - TAIL_LINES)
    for i in range(len(lines) - 1, start - 1, -1):
        line = lines[i].strip()
        if not line or len(line) > 120:
            continue
        match = lx.CLOSING.match(line)
        if match is None:
            continue
        rest = line[match.end() :].strip()
        if rest and _is_prose(rest):
            continue
        if lx.ON_BEHALF.match(line):
            earlier = _closing_above(lines, i)
            if earlier is not None:
                return earlier  # "Venlig hilsen / Anne Holm / For bestyrelsen i Foreningen X"
        return i, rest
    return None


def _closing_above(lines: list[str], at: int) -> tuple[int, str] | None:
    """A plain closing a few short lines above an 'on behalf of' line: the signature starts
    there, and the signer between them is kept."""
    for i in range(at - 1, max(-1, at - 8), -1):
        line = lines[i].strip()
        if line and (_is_prose(line) or len(line) > 120):
            return None
        match = lx.CLOSING.match(line) if line else None
        if match is not None and not lx.ON_BEHALF.match(line):
            rest = line[match.end() :].strip()
            return None if rest and _is_prose(rest) else (i, rest)
    return None


def _on_behalf(line: str) -> str:
    """'På vegne af bestyrelsen i Foreningen X' → 'Foreningen X'; 'For bestyrelsen' → ''."""
    text = line
    behalf = lx.ON_BEHALF.match(text)
    if behalf and (behalf.group().strip().casefold() != "for" or looks_like_organisation(text)):
        text = text[behalf.end() :]
    generic = lx.GENERIC_BODY.match(text)
    if generic:
        text = text[generic.end() :]
    body_of = lx.BODY_OF.search(text)
    if body_of and looks_like_organisation(text[: body_of.start()]):
        text = text[: body_of.start()]  # "Foreningen Xs bestyrelse" → "Foreningen X"
    return text.strip()


def signature_lines(text: str) -> list[str] | None:
    """The lines of the letter's signature (after its closing, or its last short paragraph)."""
    lines = [x[:1000] for x in text[-40_000:].split("\n")]
    quoted = next(
        (i for i, x in enumerate(lines) if i and _QUOTE.match(x) and not x.startswith("-")), None
    )
    if quoted is not None:
        lines = lines[:quoted]  # below a reply's "Den … skrev:" is someone else's mail
    closing = _closing_at(lines)
    if closing is not None:
        at, rest = closing
        closing_line = lines[at].strip()
        behalf = bool(lx.ON_BEHALF.match(closing_line))
        out: list[str] = [closing_line if behalf else rest] if (rest or behalf) else []
        seen = 0
        for line in lines[at + 1 :]:
            stripped = line.strip()
            if _QUOTE.match(stripped) or lx.MAIL_NOISE.match(stripped):
                break
            if stripped and _is_prose(stripped) and not _orgs_listed(stripped):
                break
            out.append(stripped)
            seen += 1 if stripped else 0
            if seen >= MAX_SIGNATURE:
                break
        return _unwrap([_on_behalf(clean_line(x)) if x else "" for x in columns(out)])
    return _last_paragraph(lines)


_LIST_END = re.compile(r"(?:,|\s+og|\s+samt|\s+&|\s+\+|\s+sammen\s+med|-)$")


def _tail_of_list(last: str, line: str) -> bool:
    """'Forum' under 'A, B og Cs': the end of a wrapped name, not a signer or a role."""
    if " " in line or not line[:1].isupper() or not ("," in last or " og " in last):
        return False
    if is_role(line) or lx.is_first_name(line) or split_details(line).any:
        return False
    return not person_score(last.split(",")[0])


def _unwrap(lines: list[str]) -> list[str]:
    """Lines a PDF wrapped joined again: 'A, B og' + 'C', or 'A, B og Cs' + 'Forum'."""
    out: list[str] = []
    for line in lines:
        if out and line and out[-1]:
            last = out[-1]
            if _LIST_END.search(last) or _tail_of_list(last, line):
                out[-1] = (
                    f"{last} {line}".replace("- ", "-") if last.endswith("-") else f"{last} {line}"
                )
                continue
        out.append(line)
    return out


def _last_paragraph(lines: list[str]) -> list[str] | None:
    """No closing: a short last paragraph that starts with a name and holds contact lines."""
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    if not lines:
        return None
    end = len(lines)
    start = end
    while start > 0 and lines[start - 1].strip():
        start -= 1
    para = [clean_line(x) for x in lines[start:end]]
    para = [x for x in para if not lx.MAIL_NOISE.match(x)]
    if not para or len(para) > 8 or start == 0 or any(_is_prose(x) for x in para):
        return None
    if len(para) > 2 and not _signs(para[0]) and len(para[0].split()) <= 7:
        para = para[1:]  # a sign-off no list knows ('God dag', 'Kh.') above the signature
    head = split_details(para[0]).rest.split(",")[0]
    under = para[1:]
    details = any(split_details(x).any for x in under)
    # a title or an organisation under the name is a signature's too
    titled = any(is_role(x) or looks_like_organisation(x) for x in under)
    if _signs(para[0]) and (
        details or titled or len(para) == 1 and looks_like_person(head, strict=True)
    ):
        return para
    return None


def _signs(line: str) -> bool:
    """A signature's first line: a person's name (known first name) or an organisation's."""
    head = split_details(line).rest.split(",")[0]
    return looks_like_person(head, strict=True) or looks_like_organisation(head)


_FIELD = re.compile(r"^[\wæøåÆØÅ][\wæøåÆØÅ ]{0,30}:\s")


def read_signature(text: str) -> Block | None:
    lines = signature_lines(text)
    if not lines:
        return None
    lines = [_without_label(x) for x in lines]
    at = next((i for i, x in enumerate(lines) if lx.MEMBERS.match(x[:200])), None)
    members = read_members(lines[at + 1 :]) if at is not None else []
    block = read_block(lines[:at] if at is not None else lines, "signature")
    block.members = [
        m
        for m in members
        if not any(same_person_name(m.name, p.name) for g in block.groups for p in g.persons)
    ]
    return block if block.groups or block.members else None


def _without_label(line: str) -> str:
    """'Bag svaret står: Foreningen A' under a closing: the names, not the label."""
    label = lx.SIGNATORIES.match(line[:200])
    return line[label.end() :] if label else line


def heading_names(text: str, writer: str = "") -> list[str]:
    """Organisations a letter names as its sender at the top: 'Fra Foreningen Gode Naboer i
    Nordvest', 'Høringssvar fra Ældrerådet', a letterhead above an address; or in its first
    lines of prose ('… høringssvar fra Foreningen X …')."""
    found: list[str] = []
    lines = [x.strip()[:MAX_HEAD_LINE] for x in text[:20_000].split("\n", 200)[:200]]
    head = _unwrap([x for x in lines if x][: HEAD_LINES + 4])[:HEAD_LINES]
    recipient = False
    for i, line in enumerate(head):
        if _RECIPIENT.match(line):
            recipient = True
            continue
        match = lx.HEADING.match(line)
        if match:
            names = _organisations(_cut(match.group("name")))
            if names:
                found.extend(names)
                continue
        dash = _DASH_HEADING.match(line)
        if (
            dash
            and _proper_name(dash.group("name"))
            and not _MUNICIPALITY.match(dash.group("name"))
        ):
            found.extend(_organisations(tidy(dash.group("name"))))
        if (
            i == 0
            and not recipient
            and (_letterhead(head) or _bare_letterhead(lines, head, text, writer))
        ):
            found.append(tidy(split_details(head[0]).rest))
        about = _ABOUT.match(line) if i == 0 else None
        if about and _proper_name(about.group("name")):
            found.extend(_organisations(tidy(about.group("name"))))
    start = "\n".join(_unwrap(text[:3000].split("\n")))
    for match in lx.IN_PROSE.finditer(start):
        found.extend(_organisations(_cut(match.group("name"))))
    out: list[str] = []
    for name in found:
        if name and name not in out:
            out.append(name)
    return out


# "Høringssvar – Foreningen X": a title with the sender's name after a dash
_DASH_HEADING = re.compile(
    r"^\s*(?:(?:fælles|samlet)\s+)?(?:høringssvar|høringsbidrag|bemærkninger|kommentarer)"
    r"\s+[–—-]\s+(?P<name>[A-ZÆØÅ0-9][^.!?]{2,100})$",
    re.I,
)


def _proper_name(text: str) -> bool:
    """Every word capitalised but the joining ones: a name ('Dansk Folkehjælp Nord'), not
    a title ('Nordkysten Kommunes integrationspolitik')."""
    words = tidy(text).split()
    return bool(words) and all(
        w[:1].isupper() or w[:1].isdigit() or w.casefold() in lx.NAME_JOINERS for w in words
    )


def _organisations(name: str) -> list[str]:
    """The organisations a heading names: one, or a list of them ('A, B samt C')."""
    if not name or person_score(name):
        return []
    parts = read_phrase(name)
    if len(parts) > 1 and all(e.kind == "org" for e in parts):
        return [e.name for e in parts]
    return [name] if looks_like_organisation(name) else []


def read_signatories(text: str) -> Block | None:
    """A list under 'Bag svaret står:' or 'Underskrevet af:' near the end of a letter: one
    party a line, each read as a signature's line."""
    lines = text[-20_000:].split("\n")
    start = max(0, len(lines) - TAIL_LINES)
    for i in range(len(lines) - 1, start - 1, -1):
        label = lx.SIGNATORIES.match(lines[i][:200])
        if not label:
            continue
        same_line = clean_line(lines[i][label.end() :])  # "Bag svaret står: A og B"
        found: list[str] = [same_line] if same_line else []
        for below in lines[i + 1 : i + 1 + MAX_SIGNATURE]:
            line = clean_line(below)
            if not line:
                if found:
                    break
                continue
            if _is_prose(line) or lx.CLOSING.match(line) or lx.MAIL_NOISE.match(line):
                break
            found.append(line)
        block = read_block(_unwrap(found), "signature") if found else None
        return block if block is not None and block.groups else None
    return None


# "Sprogskolen Ordet ApS om udkastet til integrationspolitik": a title naming its sender
_ABOUT = re.compile(
    r"^\s*(?P<name>[A-ZÆØÅ0-9][^.!?:]{2,80}?)\s+(?:om|til|vedr\.?|vedrørende)\s+"
    r"(?:(?:det|den|jeres)\s+)?(?:udkast|forslag|høring|integrationspolitik|politik)\w*",
    re.I,
)


def _bare_letterhead(lines: list[str], head: list[str], text: str, writer: str) -> bool:
    """An organisation's name alone on the letter's first line, prose under it ('Foreningen
    Solsikken' above 'Vi har læst …'): its letterhead. A municipality there is the
    recipient, unless a 'Til …' line under it names another one or the writer's domain is
    its name."""
    first = head[0] if head else ""
    if not first or len(first.split()) > 8 or split_details(first).any or _FIELD.match(first):
        return False
    if lx.HEADING.match(first) or not _proper_name(first) or person_score(first):
        return False
    if not looks_like_organisation(first):
        return False
    if _MUNICIPALITY.match(first):
        # another municipality writing to us: 'Til Nordkysten Kommune' under its address,
        # or its name is the writer's mail domain ('Egeskov Kommune', …@egeskov-kommune.dk)
        mailed = "@" in writer and names_org(writer.partition("@")[2], first)
        return mailed or any(_RECIPIENT.match(x) and _MUNICIPALITY.search(x) for x in head[1:7])
    if writes_as_one_person(text) is not False:
        return False  # only above a letter written as 'vi': else it may be its addressee
    below = head[1] if len(head) > 1 else ""
    gap = lines.index(first) + 1 < len(lines) and not lines[lines.index(first) + 1]
    return gap or _is_prose(below) or len(below.split()) > 8


def _letterhead(head: list[str]) -> bool:
    first = split_details(head[0])
    if first.any or not looks_like_organisation(first.rest) or _is_prose(head[0]):
        return False
    if _FIELD.match(head[0]):
        return False  # "Afsendertype: Organisation": a form's field, not a letterhead
    if lx.HEADING.match(head[0]) or _MUNICIPALITY.match(first.rest):
        return False  # the municipality's own name above its address: the recipient
    following = head[1:4]
    if any(_RECIPIENT.match(x) for x in following):
        return False
    return any(split_details(x).any for x in following) or bool(
        _TITLE.match(head[1] if len(head) > 1 else "")
    )


def _cut(name: str) -> str:
    name = _HEADING_CUT.sub("", name.strip())
    return tidy(name.rstrip("."))
