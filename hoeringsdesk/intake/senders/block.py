"""Lines of a sender block (an Afsender cell, a signature) grouped into parties."""

from __future__ import annotations

import re
from dataclasses import replace

from hoeringsdesk.intake.senders import lexicon as lx
from hoeringsdesk.intake.senders.details import split_details
from hoeringsdesk.intake.senders.domains import is_free_mail
from hoeringsdesk.intake.senders.drafts import Block, Group, OrgDraft, PersonDraft
from hoeringsdesk.intake.senders.names import (
    email_matches_name,
    is_name_token,
    looks_like_organisation,
    looks_like_person,
    proper_case,
    tidy,
)
from hoeringsdesk.intake.senders.phrases import (
    Entity,
    bare_body,
    is_place,
    is_unit,
    names_a_contact,
    read_phrase,
)
from hoeringsdesk.intake.senders.placing import add_details, names_org, place_details

MAX_LINE = 300
_SUBLINE = re.compile(r"\s+[/|;•·∙⋅‧●◦▪–—-]\s+|\s*;\s+|\s*\t\s*")
_BULLET = re.compile(r"^(?:[\s•·\-–*▪>]+|\s*\d{1,2}[.)]\s+(?=[A-ZÆØÅ]))+")  # "• ", "2. "
# "… Anne Holm på tlf. 12 34 56 78": the word that led to a detail taken out of the line
_DANGLING = re.compile(r"\s+(?:på|via|pr\.?|på\s+tlf\.?|på\s+mail)\s*[.,:]?\s*$", re.I)
# A form's label of an organisation's field: "Organisation:", "Evt. forening:".
_ORG_FIELD = re.compile(rf"^(?:(?:evt\.?|eventuel(?:le|t)?)\s+)?(?:{lx.ORG_FIELD})", re.I)
_LABEL = re.compile(r"^(?:afsendere?|afsender\(e\)|underskrivere?|parter)\s*:?$", re.I)


def clean_line(raw: str) -> str:
    line = " ".join(raw.split())[:MAX_LINE]
    line = _BULLET.sub("", line).strip()
    line = line.strip("*_ ")
    line = lx.FIELD_LABEL.sub("", line)  # "Navn: Anne Holm"
    line = lx.DEGREE.sub("", line)  # "Cand.jur. Anne Holm"
    line = lx.HONORIFIC.sub("", line)  # "Dr. Anne Holm"
    if (
        line.isupper()
        and len(line.split()) >= 2
        and looks_like_person(proper_case(line), strict=True)
    ):
        line = proper_case(line)  # "ANNE HOLM" typed in capitals
    return line


def read_block(lines: list[str], mode: str) -> Block:
    """Group the lines into parties. ``mode`` is 'cell' (the template's Afsender cell: the
    first line of a paragraph names the organisation) or 'signature'."""
    block = Block()
    boundary = True
    for n, raw in enumerate(lines):
        label = lx.FIELD_LABEL.match(" ".join(raw.split()))
        if label and lx.NOT_FILLED.match(" ".join(raw.split())[label.end() :]):
            continue  # "Evt. organisation: Ikke relevant": a field that names no one
        org_field = bool(label and _ORG_FIELD.match(label.group()))
        line = clean_line(raw)
        if _LABEL.match(line):
            line = ""  # "Afsendere:" above a numbered list of them
        if not line:
            boundary = True
            continue
        if mode == "cell" and _next_org_of_a_list(block, line, lines[n + 1 :]):
            block.new_group()
            boundary = True
        subs = [s for s in _SUBLINE.split(line) if s.strip() and not _closing_only(s)]
        if mode == "signature" and not boundary and _signer_and_org(subs):
            current = block.current()
            if current.org is not None and current.persons:
                block.new_group()  # "Bo Ek / Klubben B" under "Anne Holm / Foreningen A"
        for sub in subs:
            _line(block, sub, mode, boundary, org_field and len(subs) == 1)
            boundary = False
    if mode == "signature":
        _signers_above(block)
    _contact_to_named_org(block)
    for group in block.groups:
        _person_at_home(group)
        place_details(group)
    block.groups = [
        g
        for g in block.groups
        if (not g.empty or g.private)
        and not (g.tentative and g.org and g.org.weak and not g.persons)
    ]
    return block


_GAP = re.compile(r"[ \xa0]{3,}|\t+")


def columns(lines: list[str]) -> list[str]:
    """Two signers side by side ('Anne Holm      Bo Ek' over 'Formand      Kasserer'): each
    column read as a paragraph of its own, left first. Only two or more lines in a row with
    the same number of columns count (one wide gap is a gap, not a column)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        width = len(_cells(lines[i]))
        j = i + 1
        while width >= 2 and j < len(lines) and len(_cells(lines[j])) == width:
            j += 1
        if width < 2 or j - i < 2:
            out.append(lines[i])
            i += 1
            continue
        rows = [_cells(x) for x in lines[i:j]]
        for k in range(width):
            out.extend(row[k] for row in rows)
            out.append("")
        i = j
    return out


def _cells(line: str) -> list[str]:
    return [c for c in _GAP.split(line.strip()) if c.strip()]


def _next_org_of_a_list(block: Block, line: str, below: list[str]) -> bool:
    """'Foreningen A / v. Anne Holm / anne@a.dk' then 'Ældre Sagen Nord / v. Bo Ek': a name
    after a complete organisation with its contact, itself above a 'v.' line, starts the next
    organisation of the cell (with a blank line between them or none)."""
    group = block.current()
    if group.org is None or not group.persons or split_details(line).any:
        return False
    after = next((x for x in below if x.strip()), "")
    if not names_a_contact(clean_line(after)) or names_a_contact(line):
        return False
    found = read_phrase(line)
    shaped = found[0].kind == "org" or not looks_like_person(line, strict=True) if found else False
    return len(found) == 1 and found[0].kind in ("org", "unclear") and shaped


def _closing_only(text: str) -> bool:
    """'Best regards' after 'Venlig hilsen /': a closing, not a name."""
    text = tidy(text)
    match = lx.CLOSING.match(text)
    return match is not None and not text[match.end() :].strip()


def _signer_and_org(subs: list[str]) -> bool:
    """'Anne Holm / Foreningen A': a person, then the organisation they sign for."""
    return (
        len(subs) >= 2
        and looks_like_person(split_details(subs[0]).rest)
        and looks_like_organisation(subs[-1])
    )


_DEFINITE = re.compile(r"^[A-ZÆØÅ][a-zæøå]{4,}(?:et|en)$")


def name_shaped(name: str) -> bool:
    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(is_name_token(w) for w in words)
        and not _DEFINITE.match(words[0])
        and not looks_like_organisation(name)
    )


def _person_at_home(group: Group) -> None:
    """A name no organisation word marks, with a home address or its own mailbox under it: a
    person (with a first name no dictionary knows), not an organisation."""
    org = group.org
    if org is None or not org.weak or group.persons:
        return
    own = [e for e in group.emails if is_free_mail(e) or email_matches_name(e, org.name)]
    if not (group.street and group.postcode) and not own:
        return  # neither a home address nor the name's own mailbox ('lise.bank@…')
    if name_shaped(org.name) or _one_name_at_home(group, org.name):
        group.org = None
        group.persons.append(PersonDraft(org.name))


def one_name(name: str, emails: list[str]) -> bool:
    """'Suharti' with 'suharti34@…' at a mail provider: a name-shaped word (not a definite
    form: 'Solsikken') that the person's own private mailbox is made of."""
    words = name.split()
    return (
        len(words) == 1
        and is_name_token(words[0])
        and not _DEFINITE.match(words[0])
        and any(is_free_mail(e) and email_matches_name(e, name) for e in emails)
    )


def _one_name_at_home(group: Group, name: str) -> bool:
    """'Suharti' over a home address and 'suharti34@…' at a mail provider: one person known
    by one name (both say so)."""
    return bool(group.street and group.postcode) and one_name(name, group.emails)


def _contact_to_named_org(block: Block) -> None:
    """'Foreningen A / Klubben B / Kontaktperson: Bo Ek, bo@foreningena.dk': the contact under
    a list of organisations is the one of the organisation their address names."""
    last = block.groups[-1] if len(block.groups) > 1 else None
    if last is None or last.org is None or len(last.persons) != 1 or len(last.emails) != 1:
        return
    domain = last.emails[0].partition("@")[2]
    if not domain or names_org(domain, last.org.name):
        return
    named = [
        g
        for g in block.groups[:-1]
        if g.org is not None and not g.persons and not g.emails and names_org(domain, g.org.name)
    ]
    if len(named) == 1:
        named[0].persons, named[0].emails = last.persons, last.emails
        named[0].phones, last.persons, last.emails, last.phones = last.phones, [], [], []


def _signers_above(block: Block) -> None:
    """'Anne Holm / Formand' and 'Bo Ek / Næstformand' above 'Foreningen X': both sign for
    the organisation named under them."""
    groups = block.groups
    out: list[Group] = []
    for group in groups:
        lone = group.org is not None and not group.persons
        waiting: list[Group] = []
        while lone and out and out[-1].org is None and out[-1].persons and not out[-1].private:
            waiting.insert(0, out.pop())
        for signer in waiting:
            group.persons.extend(signer.persons)
            group.emails = signer.emails + group.emails
            group.phones = signer.phones + group.phones
        out.append(group)
    block.groups = out


def _line(block: Block, line: str, mode: str, boundary: bool, org_field: bool = False) -> None:
    details = split_details(line)
    rest = _DANGLING.sub("", details.rest) if details.any else details.rest
    private = lx.PRIVATE_STATEMENT.match(rest) or lx.PRIVATE_LINE.match(rest)
    if private:
        block.private = True
        if boundary or block.current().org is not None:
            block.new_group()
        block.current().private = True
        rest = tidy(rest[private.end() :])
    tail = lx.PRIVATE_TAIL.search(rest) if rest else None
    if tail and tail.start() > 0 and not looks_like_organisation(rest[: tail.start()]):
        block.private = True
        if boundary or block.current().org is not None:
            block.new_group()
        block.current().private = True
        rest = tidy(rest[: tail.start()])
    said = lx.PRIVATE_PROSE.search(rest) if rest else None
    if said and said.start() > 0 and not name_shaped(tidy(rest[: said.start()]).rstrip(",")):
        # "Ansat ved X, men skriver som privatperson": the writer is private; the rest of
        # the line says what they are, and names no party
        block.private = True
        block.current().private = True
        rest = ""
    entities = read_phrase(rest) if rest else []
    if not entities and rest and details.any and mode == "cell" and boundary:
        entities = [Entity("unclear", rest)]
    if (
        len(entities) >= 2
        and entities[0].kind == "unclear"
        and name_shaped(entities[0].name)
        and entities[1].kind == "org"
        and looks_like_organisation(entities[1].name)
    ):
        # "Inuk Osman (Muslimsk Forum, ejer)": a name before its organisation is its signer
        entities[0] = replace(entities[0], kind="person")
    if (
        mode == "signature"
        and len(entities) >= 2
        and entities[0].kind == "person"
        and any(e.kind == "org" for e in entities[1:])
        and block.current().org is not None
        and block.current().persons
    ):
        block.new_group()  # "Anne Holm / Klubben B" under "Bo Ek / Foreningen A": one each
    if org_field and len(entities) == 1 and entities[0].kind == "unclear":
        # "Organisation: Grønlandske Familier i Nordby": the form's field says what it is
        entities[0] = replace(entities[0], kind="org")
    starts = boundary and bool(entities)
    for i, entity in enumerate(entities):
        _entity(block, entity, mode, starts and i == 0)
    add_details(block.current(), details)


def _entity(block: Block, e: Entity, mode: str, new_paragraph: bool) -> None:
    group = block.current()
    if e.kind == "private":
        block.private = True
        group.private = True
        return
    if e.kind == "role":
        org = group.org
        if org is not None and org.weak and not group.persons and name_shaped(org.name):
            group.org = None  # "Fadumo Öztürk / Formand": a person, whatever the first name
            group.persons.append(PersonDraft(org.name, e.name))
            return
        if group.persons and not group.persons[-1].title:
            group.persons[-1].title = e.name
        else:
            group.pending_title = e.name
        return
    if e.kind == "unclear":
        if group.private and group.org is None and not group.persons and name_shaped(e.name):
            group.persons.append(PersonDraft(e.name))  # "Privatperson / Villads Holm"
            return
        title = group.persons[-1].title if group.persons else group.pending_title
        held = title and (len(e.name.split()) > 1 or lx.OFFICE.search(title))
        if mode == "signature" and group.org is None and held and not group.private:
            group.org = OrgDraft(e.name, weak=True)  # "Anne Holm / Formand / Mino Danmark"
            return
        complete = group.org is not None and group.persons and not group.private
        if mode == "signature" and new_paragraph and complete and name_shaped(e.name):
            # 'Bo Ek' in a paragraph of its own under 'Anne Holm / Formand, Foreningen A':
            # the next signer, if a title or an organisation follows
            block.new_group().org = OrgDraft(e.name, weak=True)
            block.current().tentative = True
            return
        placed = group.org is None and (mode == "cell" or new_paragraph) and not group.private
        listed = mode == "signature" or (len(e.name.split()) >= 2 and not name_shaped(e.name))
        if placed and (not group.persons or mode == "signature"):
            group.org = OrgDraft(e.name, weak=True)
        elif listed and group.org is not None and not group.persons:
            block.new_group().org = OrgDraft(e.name, weak=True)  # one more in a list of them
        return
    if (
        e.kind == "org"
        and mode == "signature"
        and not e.name[:1].isupper()
        and not e.name[:1].isdigit()
    ):
        return  # "Med venlig hilsen, skolebestyrelsen": a reference, not a name
    if e.kind == "org":
        if group.org is not None and not new_paragraph and _one_body(group.org, e.name):
            return  # "Center for Plan og Miljø / Roskilde Kommune": a unit and its place
        if group.org is not None and not new_paragraph and _unit_of(group.org, e.name):
            return  # "Sekretariatet / Foreningen X": the unit the signer works in, of X
        if group.org is not None and bare_body(e.name):
            return  # "Sekretariatet: sekr@…" under Foreningen X: X's unit, not one more party
        if new_paragraph and not group.empty:
            group = block.new_group()
        if group.org is None and not (group.private and not group.persons):
            group.org = OrgDraft(e.name, weak=not looks_like_organisation(e.name))
        elif (
            group.org is not None
            and group.org.weak
            and not group.persons
            and (mode != "cell" or group.org.name.casefold() in e.name.casefold())
        ):
            above = group.org.name
            if mode == "signature" and name_shaped(above) and above not in e.name:
                group.persons.append(PersonDraft(above))  # the signer above the organisation
            group.org = OrgDraft(e.name)
        else:
            group = block.new_group()
            group.org = OrgDraft(e.name, weak=not looks_like_organisation(e.name))
        if group.pending_title and group.persons:
            group.persons[-1].title = group.persons[-1].title or group.pending_title
        return
    # a person or a contact
    person = PersonDraft(proper_case(e.name), e.title or group.pending_title)
    group.pending_title = ""
    if e.kind == "contact" or e.joint:
        group.persons.append(person)
        return
    if (
        new_paragraph
        and not group.empty
        and not (mode == "signature" and group.org and not group.persons)
    ):
        group = block.new_group()
    elif group.persons and group.org is None and not group.private:
        group = block.new_group()  # a second person: a joint response
    elif group.persons and group.org is not None and mode == "signature":
        pass  # a second contact of the same organisation
    group.persons.append(person)


def _unit_of(org: OrgDraft, named: str) -> bool:
    """A bare unit ('Sekretariatet') then the organisation's name on the same line: the
    organisation is the party."""
    if not bare_body(org.name) or bare_body(named):
        return False
    org.name, org.weak = named, not looks_like_organisation(named)
    return True


def _one_body(org: OrgDraft, below: str) -> bool:
    """A unit of a municipality or region with its place on the next line: one name."""
    if not (is_unit(org.name) and is_place(below) or is_place(org.name) and is_unit(below)):
        return False
    org.name, org.weak = f"{org.name}, {below}", False
    return True
