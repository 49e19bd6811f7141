"""Reading who sent a response: headers, the Afsender cell, letters' signatures, kinds.

The one home of these rules (the store's side — which party in the consultation a found
person or organisation is — lives in ``services.party_matching``)."""

from __future__ import annotations

import re
from dataclasses import replace

from hoeringsdesk.domain.parsed import ParsedResponse, PartKind
from hoeringsdesk.intake.senders.block import Block, name_shaped, one_name, read_block
from hoeringsdesk.intake.senders.forms import read_form
from hoeringsdesk.intake.senders.headers import forwarder, header_sender
from hoeringsdesk.intake.senders.kinds import writes_as_one_person
from hoeringsdesk.intake.senders.letters import (
    heading_names,
    read_signatories,
    read_signature,
)
from hoeringsdesk.intake.senders.lexicon import FOR_CLIENT, PRIVATE_PROSE, SENT_FOR
from hoeringsdesk.intake.senders.model import FoundParty, SenderReading
from hoeringsdesk.intake.senders.names import (
    is_role,
    looks_like_organisation,
    looks_like_person,
    same_person_name,
)
from hoeringsdesk.intake.senders.reconcile import Sources, reconcile

__all__ = ["FoundParty", "SenderReading", "read_cell", "read_senders"]

MAX_CELL = 20_000  # characters of an Afsender cell that are read
FORWARD_NOTE = "Videresendelse"  # the label intake gives a forwarder's own note


def _is_sender_row(label: str) -> bool:
    return label.strip().casefold().startswith("afsender")


def read_cell(text: str) -> list[FoundParty]:
    """The parties of an Afsender cell alone (no mail around it)."""
    block = read_block((text or "")[:MAX_CELL].replace("\r", "\n").split("\n"), "cell")
    parties, _ = reconcile(Sources(cell=block))
    return parties


def read_senders(parsed: ParsedResponse, ours: frozenset[str] = frozenset()) -> SenderReading:
    """Every party the file names, reconciled: the Afsender cell (or the letters' headings and
    signatures) bound to the mail's From; our own reply addresses are never a sender."""
    parsed = _reply_to_us(parsed, ours)
    src = Sources()
    cells = [
        p.text for p in parsed.parts if p.kind is PartKind.TEMPLATE_ROW and _is_sender_row(p.label)
    ]
    if cells:
        lines = "\n\n".join(cells)[:MAX_CELL].replace("\r", "\n").split("\n")
        src.cell = _not_ours(read_block(lines, "cell"), ours)
    letters = [
        p
        for p in parsed.parts
        if p.kind in (PartKind.BODY, PartKind.ATTACHMENT) and p.label != FORWARD_NOTE
    ]
    # attachments first: a letter in a PDF or Word file is the response, a body its cover
    letters.sort(key=lambda p: p.kind is not PartKind.ATTACHMENT)
    writer = parsed.sender.email if parsed.sender is not None else ""
    for part in letters:
        form = read_form(part.text)
        if form is not None:
            src.letters.append(_not_ours(form, ours))
        listed = read_signatories(part.text)
        if listed is not None:
            src.letters.append(_not_ours(listed, ours))
        signed = read_signature(part.text)
        if signed is not None:
            src.letters.append(_not_ours(signed, ours))
        if not cells:
            named = heading_names(part.text, writer)
            src.heading.extend(n for n in named if n not in src.heading)
    prose = "\n".join(p.text for p in letters)[:50_000]
    src.voice = writes_as_one_person(prose) if letters else None
    src.says_private = bool(PRIVATE_PROSE.search(prose))
    src.client = _client(prose)
    src.header = header_sender(parsed, ours)
    if src.voice and not cells:
        mailed = [src.header.email] if src.header is not None and src.header.email else []
        for block in src.letters:
            _signed_as_one_person(block, mailed)
    src.forwarder = forwarder(parsed, ours)
    _sent_for_someone(src, parsed, prose)
    parties, notes = reconcile(src)
    return SenderReading(tuple(parties), tuple(notes))


def _reply_to_us(parsed: ParsedResponse, ours: frozenset[str]) -> ParsedResponse:
    """A reply (or a forward) of our own invitation read as a forward: the one who wrote
    above it sent the response, and the invitation quoted under it (our name, our
    signature) names no sender."""
    inner, by = parsed.sender, parsed.forwarded_by
    if inner is None or by is None or not by.email or inner.email.casefold() not in ours:
        return parsed
    if by.email.casefold() in ours:
        return parsed
    parts = [
        replace(p, label="") if p.label == FORWARD_NOTE else p
        for p in parsed.parts
        if not (p.kind is PartKind.BODY and p.label != FORWARD_NOTE)
    ]
    return replace(parsed, parts=parts, sender=by, forwarded_by=None)


def _sent_for_someone(src: Sources, parsed: ParsedResponse, prose: str) -> None:
    """'Jeg sender svaret på vegne af min far, Bo Ek' over a cell or letter naming Bo Ek: the
    mail's writer forwards it, and their address is not the sender's."""
    header = src.header
    if header is None or not header.person or src.forwarder is not None or parsed.sender is None:
        return
    said = SENT_FOR.search(prose)
    if said is None or same_person_name(said.group("name"), header.person):
        return
    if is_role(said.group("who")):
        return  # 'på vegne af vores formand, Bo Ek': a colleague writes for the same body
    named = [p.name for b in [src.cell, *src.letters] if b for g in b.groups for p in g.persons]
    if any(same_person_name(said.group("name"), n) for n in named):
        src.forwarder, src.header = parsed.sender, None


def _client(prose: str) -> str:
    """The organisation a lawyer or adviser answers for ('… på vegne af min klient, Bech
    ApS'), when the letter names one; '' otherwise."""
    said = FOR_CLIENT.search(prose)
    if said is None:
        return ""
    words: list[str] = []
    for word in said.group("name").split():
        words.append(word)
        if word.endswith(".") and len(word) > 3:
            break  # 'Bech ApS. Vi anbefaler …': the sentence ends with the name
    words[-1] = words[-1].rstrip(".,")
    after = prose[said.start("name") + len(" ".join(words)) :][:40]
    if words[-1].endswith("s") and re.match(r"\s+[a-zæøå]", after):
        return ""  # 'Vi repræsenterer Nordkysten Kommunes lærere': whose, not who
    while words and words[-1].casefold() in ("og", "for", "i", "af"):
        words.pop()
    name = " ".join(words)
    return name if looks_like_organisation(name) and not looks_like_person(name) else ""


def _signed_as_one_person(block: Block, mailed: list[str]) -> None:
    """A letter written as 'jeg' and signed by a name no organisation word marks (and no
    dictionary knows), or by one name its writer's private mailbox is made of: the writer,
    a person."""
    for group in block.groups:
        org = group.org
        if org is None or not org.weak or group.persons:
            continue
        if name_shaped(org.name) or one_name(org.name, group.emails + mailed):
            group.org = None
            group.persons.append(org.as_person())


def _not_ours(block: Block, ours: frozenset[str]) -> Block:
    """Our own reply addresses are never a sender's."""
    for group in block.groups:
        for person in group.persons:
            if person.email.casefold() in ours:
                person.email = ""
        if group.org is not None and group.org.email.casefold() in ours:
            group.org.email = ""
    return block
