"""One line of a sender block read as organisations, persons (with roles) and contacts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hoeringsdesk.intake.senders import lexicon as lx
from hoeringsdesk.intake.senders.names import (
    is_first_name_only,
    is_role,
    looks_like_organisation,
    looks_like_person,
    person_score,
    role_split,
    tidy,
)


@dataclass(frozen=True)
class Entity:
    """What a phrase names: ``kind`` is 'org', 'person', 'contact' (a person introduced as
    someone's contact: 'v. …', 'att. …', 'Kontaktperson: …'), 'role' (a title alone) or
    'unclear' (a name that could be either)."""

    kind: str
    name: str
    title: str = ""
    joint: bool = False  # named together with the person before it ('Anne og Bo Holm')


_CONTACT_PREFIX = re.compile(
    r"^(?:v\.|v/|ved(?=\s)|att\.?|attn\.?|c/o|kontakt(?:person)?(?:er)?\s*:|kontakt\s*:|"
    r"kontakt(?:person)?(?:er)?(?:\s+[\wæøå.]+){1,3}\s*:|"  # "Kontaktperson for svaret:"
    r"(?:(?:eventuelle|yderligere|evt\.)\s+)?spørgsmål\s+(?:(?:til|om)\s+(?:svaret|høringssvaret)\s+)?"
    r"(?:kan\s+)?(?:(?:rettes|stilles|sendes)\s+)?til(?=\s)|"
    r"(?:(?:eventuelle|yderligere|evt\.)\s+)?(?:spørgsmål|uddybning)(?:\s+(?:til|om)\s+"
    r"(?:svaret|høringssvaret))?\s+(?:kan\s+)?(?:besvares|gives|uddybes|fås)\s+(?:af|ved|hos)(?=\s)|"
    r"(?:hørings)?svaret\s+(?:er\s+)?(?:skrevet|udarbejdet|forfattet|formuleret|koordineret|"
    r"koordineres)(?:\s+i\s+fællesskab)?\s+af(?=\s)|kontaktes\s+(?:via|gennem|på)\s*:?(?=\s)|"
    r"kontaktperson(?=\s)|kontaktoplysninger\s*:|repræsenteret\s+ved|"
    r"henvendelse(?:r)?\s+(?:kan\s+)?(?:ske\s+|rettes\s+)?(?:til|hos)(?=\s)|"
    r"yderligere\s+oplysninger\s+(?:fås\s+)?(?:hos|ved)(?=\s))\s*",
    re.I,
)
_CONTACT_SPLIT = re.compile(
    r"\s*(?:,\s*|\s)(?:v\.|v/|ved|att\.?|attn\.?|c/o|kontakt(?:person)?\s*:?|"
    r"repræsenteret\s+ved)\s+|\s+v/(?=[A-ZÆØÅ])|\s+[–—-]\s+",
    re.I,
)
_ROLE_FOR = re.compile(
    r"^(?P<role>(?:[\wæøå.-]+\s+){0,2}[\wæøå.-]+?)\s+(?:for|i|ved|hos|af|in|of|at)\s+"
    r"(?P<org>[A-ZÆØÅ0-9].+)$"
)
_PERSON_FOR = re.compile(
    r"^(?P<person>[A-ZÆØÅ][^,]{2,60}?)\s+(?:på\s+vegne\s+af|for|p\.\s?v\.)\s+"
    r"(?P<org>[A-ZÆØÅ0-9].{1,120})$"
)
# "Tovholdere: …", "Navn og titel: …", "Uddybende spørgsmål: …": a label of common words
_LABEL_COLON = re.compile(
    r"^(?P<label>[A-ZÆØÅ][a-zæøå]{2,30}(?:\s+[a-zæøå]{1,30}){0,3}):\s+(?P<rest>\S.*)$"
)
_ORG_COLON = re.compile(r"^(?P<org>[A-ZÆØÅ0-9][^:]{2,80}):\s+(?P<rest>[A-ZÆØÅ].*)$")
_ACRONYM_PAREN = re.compile(r"\s*\((?:[A-ZÆØÅ]{2,8}|[A-ZÆØÅ][a-zæøå]{0,3}[A-ZÆØÅ]{1,6})\)")
_PAREN = re.compile(r"\s*\(([^()]*)\)")
# "A og B", "A & B", "A sammen med B", "A + B", "A, B": not "Børne- og Ungeudvalget"
_AND = re.compile(
    r"(?<!-)\s+(?:(?:og|samt)(?:\s+(?:endelig|også|desuden))?|&|and|plus|sammen\s+med|"
    r"i\s+(?:samarbejde|fællesskab)\s+med|såvel\s+som|tillige\s+med|"
    r"\+)\s+|\s*,\s*"
)
_HYPHEN_AND = re.compile(r"-\s+(?:og|&)\s+")
_FIRM_TAIL = re.compile(r"^(?:søn|sønner|co\.?|partnere?|partners)\b", re.I)


def _person_or_role(text: str, contact: bool = False) -> list[Entity]:
    """'Anders Brink klubleder', 'Rania Møller Aziz', 'formand Amina Yusuf'. Without a known
    first name a name is a person's only where the context says so (``contact``: after
    'v.', 'att.', 'Kontaktperson:'; or a role named with it: 'Hodan Vu klubleder')."""
    name, title = role_split(text)
    if person_score(name) and (
        looks_like_person(name, strict=not (contact or title)) or is_first_name_only(name)
    ):
        return [Entity("person", name, title)]
    return []


def _names_joined(text: str, contact: bool = False) -> list[Entity] | None:
    """'Anne Holm og Bo Ek' → two persons; 'Foreningen A, Foreningen B og Klubben C' → three
    organisations. None when the parts are not all of one sort. A name no dictionary knows
    joined to a person's is a person's too ('Hodan Vu og Anne Holm')."""
    parts = [tidy(p) for p in _AND.split(text) if tidy(p)]
    if _HYPHEN_AND.search(text) and not all(looks_like_organisation(p) for p in parts):
        return None  # "Børne- og Ungdomsforvaltningen" is one name
    if len(parts) < 2:
        return None
    legal = [bool(lx.LEGAL_SUFFIX.search(p)) for p in parts]
    if legal[-1] and not any(legal[:-1]) or _FIRM_TAIL.match(parts[-1]):
        return None  # "Bech & Søn ApS", "Lund og Holm A/S": one firm's name
    people = [_person_or_role(p, contact) for p in parts]
    if any(people) and not all(people):
        shaped = [_person_or_role(p, contact=True) for p in parts]
        if all(shaped) and not any(looks_like_organisation(p) for p in parts):
            people = shaped
    if all(people):
        found = [e for group in people for e in group]
        found = _shared_surname(found)
        return [found[0]] + [Entity(e.kind, e.name, e.title, joint=True) for e in found[1:]]
    # a role with a body's word in it ('sekretariatschef', 'klubleder') names no body
    orgs = [looks_like_organisation(p) and not person_score(p) and not is_role(p) for p in parts]
    named = [
        o or (len(p.split()) >= 2 and p[:1].isupper() and not people[i] and not is_role(p))
        for i, (p, o) in enumerate(zip(parts, orgs, strict=True))
    ]
    if all(named) and any(orgs):
        bare = [bare_body(p) for p in parts]
        if any(bare) and not all(bare):  # "Sekretariatet, Foreningen X": a unit of X
            parts = [p for p, b in zip(parts, bare, strict=True) if not b]
        return [Entity("org", p) for p in parts]  # "Klubben A og Nydansker i Job"
    return None


_OWN_UNIT = re.compile(r"^[\wæøå-]*(?:afdelingen|sekretariatet|kontoret|staben)$", re.I)


def bare_body(text: str) -> bool:
    """'Sekretariatet', 'Bestyrelsen', 'Kommunikationsafdelingen' alone: a body or unit of an
    organisation named beside it, not an organisation of its own."""
    text = tidy(text)
    match = lx.GENERIC_BODY.match(text)
    return match is not None and match.end() == len(text) or bool(_OWN_UNIT.match(text))


def _shared_surname(found: list[Entity]) -> list[Entity]:
    """'Søren og Karen Mikkelsen': a couple, both Mikkelsen (first names alone before a full
    name take its surname)."""
    last = found[-1]
    words = last.name.split()
    if len(found) < 2 or last.kind != "person" or len(words) < 2:
        return found
    if not all(e.kind == "person" and len(e.name.split()) == 1 for e in found[:-1]):
        return found
    surname = " ".join(words[1:])
    return [Entity(e.kind, f"{e.name} {surname}", e.title, e.joint) for e in found[:-1]] + [last]


def read_phrase(text: str) -> list[Entity]:
    """The entities one line names, in order."""
    text = _ACRONYM_PAREN.sub(" ", text)
    text = tidy(_PAREN.sub(r", \1", text))
    if not text:
        return []
    prefix = _CONTACT_PREFIX.match(text)
    if prefix:
        rest = text[prefix.end() :]
        found = _comma_parts(rest, contact=True)
        return [Entity("contact", e.name, e.title) if e.kind == "person" else e for e in found]
    label = _LABEL_COLON.match(text)
    if label and not looks_like_organisation(label.group("label")):
        found = _comma_parts(label.group("rest"), contact=True)
        if found and found[0].kind == "person":  # "Tovholdere: Anne Holm og Bo Ek"
            return [Entity("contact", e.name, e.title) if e.kind == "person" else e for e in found]
    org_colon = _ORG_COLON.match(text)
    if org_colon and _names_a_body(org_colon.group("org")):
        found = _comma_parts(org_colon.group("rest"), contact=True)
        named = (
            looks_like_organisation(org_colon.group("org"))
            or bool(found and found[0].title)
            or bool(found and looks_like_person(found[0].name, strict=True))
        )
        if named and found and found[0].kind == "person":  # "Foreningen A: Anne Holm, formand"
            return [Entity("org", tidy(org_colon.group("org")))] + [
                Entity("contact", e.name, e.title) if e.kind == "person" else e for e in found
            ]
    behalf = _PERSON_FOR.match(text)
    if behalf and _held_in(behalf.group("org")):
        person = _person_or_role(behalf.group("person"), contact=True)
        if person and person[0].kind == "person":  # "Anne Holm på vegne af Foreningen X"
            p = person[0]
            return [Entity("org", tidy(behalf.group("org"))), Entity("contact", p.name, p.title)]
    split = _CONTACT_SPLIT.split(text, maxsplit=1)
    if len(split) == 2 and split[0].strip() and split[1].strip():
        left, right = tidy(split[0]), tidy(split[1])
        again = _CONTACT_PREFIX.match(right)  # "Foreningen A - v. Anne Holm"
        if again:
            right = tidy(right[again.end() :])
        contacts = _comma_parts(right, contact=True)
        if contacts and contacts[0].kind == "person" and not person_score(left):
            return [Entity("org", left)] + [
                Entity("contact", e.name, e.title) if e.kind == "person" else e for e in contacts
            ]
        if looks_like_person(left) and contacts and contacts[0].kind in ("org", "unclear"):
            return [Entity("person", left), Entity("org", contacts[0].name)]
    return _comma_parts(text)


def names_a_contact(text: str) -> bool:
    """'v. Anne Holm', 'Kontaktperson: Bo Ek': the line introduces a contact person."""
    return bool(_CONTACT_PREFIX.match(tidy(text)))


def _held_in(text: str) -> bool:
    """What 'formand for …', 'leder af …' names: an organisation, by its words or, as no one
    is 'formand for' a person, by a capitalised name that is not a person's."""
    text = tidy(text)
    if looks_like_organisation(text):
        return True
    return 1 <= len(text.split()) <= 5 and not person_score(text) and not is_role(text)


def _names_a_body(text: str) -> bool:
    """The left of 'X: Anne Holm, formand': an organisation's name by its words, or by its
    place (a capitalised name no person has) when a person with a role stands after it."""
    text = tidy(text)
    if looks_like_organisation(text):
        return True
    words = text.split()
    return 1 <= len(words) <= 6 and not person_score(text) and not is_role(text)


def _comma_parts(text: str, contact: bool = False) -> list[Entity]:
    raw = [tidy(p) for p in re.split(r"\s*,\s*(?![^()]*\))", text) if tidy(p)]
    parts = _join_places(raw)
    if len(parts) > 1 and len(parts) == len(raw):  # not 'Unit, Nordkysten Kommune'
        joined = _names_joined(text)
        if joined is not None and all(e.kind == "org" for e in joined):
            return joined
    out: list[Entity] = []
    for part in parts:
        behalf = lx.ON_BEHALF.match(part) if out else None
        if behalf and _held_in(part[behalf.end() :]):
            out.append(Entity("org", tidy(part[behalf.end() :])))  # "Formand, på vegne af X"
            continue
        out.extend(_one_part(part, first=not out, contact=contact))
    return _fold_roles(out)


_PLACE = re.compile(r"^(?:[\wæøåÆØÅ.-]+\s+){1,2}(?:kommune|region)$|^region\s+[\wæøå]+$", re.I)


_UNIT = re.compile(
    r"^(?:center|centre|afdeling|sekretariat|enhed|team|staben|stab|kontor|område|"
    r"forvaltning)(?:et|en)?\s+for\s+\w|^[\wæøå-]*(?:forvaltningen|afdelingen|"
    r"sekretariatet|centret|centeret|kontoret|staben)$",
    re.I,
)


def is_place(text: str) -> bool:
    """'Roskilde Kommune', 'Region Sjælland'."""
    return bool(_PLACE.match(text))


def is_unit(text: str) -> bool:
    """'Center for Plan og Miljø', 'Socialforvaltningen': a unit of an authority."""
    return bool(_UNIT.match(text))


def _join_places(parts: list[str]) -> list[str]:
    """'Socialforvaltningen, Nordkysten Kommune' and 'Region Hovedstaden, Center for Regional
    Udvikling' are one name each: a unit of the municipality or region."""
    out: list[str] = []
    for part in parts:
        unit_after = out and _PLACE.match(out[-1]) and _UNIT.match(part)
        if out and (_PLACE.match(part) and looks_like_organisation(out[-1]) or unit_after):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


def _fold_roles(found: list[Entity]) -> list[Entity]:
    """A role right after a person is that person's title ('Anne Holm, formand')."""
    out: list[Entity] = []
    for e in found:
        if e.kind == "role" and out and out[-1].kind in ("person", "contact") and not out[-1].title:
            out[-1] = Entity(out[-1].kind, out[-1].name, e.name)
        elif (
            e.kind == "role"
            and out
            and out[-1].kind == "unclear"
            and _person_or_role(out[-1].name, contact=True)
        ):
            out[-1] = Entity("person", out[-1].name, e.name)  # "Farah Zieliński, formand"
        else:
            out.append(e)
    return out


def _one_part(part: str, first: bool, contact: bool = False) -> list[Entity]:
    if lx.PRIVATE_LINE.match(part) and not lx.PRIVATE_LINE.sub("", part).strip():
        return [Entity("private", part)]
    if not first and part[:1].islower() and not lx.LEGAL_SUFFIX.search(part):
        # after a comma, words in small letters say what someone is ('forælder til to børn
        # på Lyseskolen'), never name an organisation
        if lx.PRIVATE.match(part):
            return [Entity("private", part)]
        held = _ROLE_FOR.match(part)
        if not (held and is_role(held.group("role"))):
            return [Entity("role", part)]
    role_for = _ROLE_FOR.match(part)
    if role_for and is_role(role_for.group("role")) and _held_in(role_for.group("org")):
        return [
            Entity("role", tidy(role_for.group("role"))),
            Entity("org", tidy(role_for.group("org"))),
        ]
    if is_role(part) and not person_score(part):
        joined = _names_joined(part, contact)  # "Formand Anne Holm og kasserer Bo Ek"
        if joined is not None and all(e.kind == "person" for e in joined):
            return joined
        name, title = role_split(part)
        if title and name != tidy(part) and person_score(name):
            return [Entity("person", name, title)]
        return [Entity("role", part)]
    joined = _names_joined(part, contact) if ", " not in part else None  # a unit, its place
    if joined is not None:
        return joined
    name, title = role_split(part)
    if title and looks_like_person(name, strict=True):
        return [Entity("person", name, title)]  # "Søren Mikkelsen menighedsrådsformand"
    if looks_like_organisation(part):
        # "Ungdomsklubben Meteoren Anders Brink klubleder": a person at the end
        words = part.split()
        for cut in range(len(words) - 2, 0, -1):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            found = _person_or_role(tail)
            if found and found[0].title and looks_like_organisation(head):
                return [Entity("org", head), Entity("contact", found[0].name, found[0].title)]
        return [Entity("org", part)]
    people = _person_or_role(part, contact)
    if people:
        return people
    if (
        re.search(r"[A-ZÆØÅ]", part[:1])
        and len(part.split()) <= 8
        and not re.search(r"[.!?]\s", part)
    ):
        return [Entity("unclear", part)]
    return []
