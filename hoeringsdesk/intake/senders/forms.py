"""A web form's fields read as a sender block: the name, the organisation, the address."""

from __future__ import annotations

import re

from hoeringsdesk.intake.senders import lexicon as lx
from hoeringsdesk.intake.senders.block import Block, clean_line, read_block
from hoeringsdesk.intake.senders.details import split_details

_FORM_NAME = re.compile(
    r"^\s*(?:[\wæøå]+\s+)?(?:navn(?:\s+på\s+[\wæøå]+)?|name)"
    r"\s*:\s*(?P<name>\S.{0,100})$",
    re.I,
)
# A form's other fields under the name: the organisation, the contact, a title, the kind.
_FORM_FIELD = re.compile(
    r"^\s*(?:organisation|forening|kontaktperson|kontakt|stilling|titel|rolle|adresse|"
    r"postnr\.?(?:\s+og\s+by)?|by|e-?mail(?:adresse)?|telefon(?:nummer)?)\s*:\s*\S",
    re.I,
)
_FORM_KIND = re.compile(
    r"^\s*(?:(?:jeg\s+)?(?:afsender|indsender|svarer|skriver)(?:\s*type|type|\s+som)?)\s*:\s*"
    r"(?P<kind>\S.*)$",
    re.I,
)
FORM_LINES = 25
# Any form field, 'Organisationens navn: …', 'Mailadresse til kvittering: …', 'Vej og by: …'
_FORM_LINE = re.compile(r"^(?P<label>[\wæøåÆØÅ][\wæøåÆØÅ./ ()-]{0,60}):[ \t]*(?P<value>.*)$")
_ORG_LABEL = re.compile(lx.ORG_FIELD, re.I)
_PERSON_LABEL = re.compile(r"navn|\bname\b|indsendt\s+af|kontaktperson|underskriver", re.I)
_DETAIL_LABEL = re.compile(
    r"mail|telefon|tlf|mobil|adresse|\bvej\b|\bby\b|post\s*nr|postnummer|cvr", re.I
)


def read_form(text: str) -> Block | None:
    """A web form's fields at the top of a mail: 'Navn: …' with the e-mail, phone, address
    and organisation fields around it (a portal sends it from its own address); a field the
    writer left empty ('(ikke udfyldt)') names no one."""
    lines = [x.strip() for x in text[:5000].split("\n")[:FORM_LINES]]
    private = any(
        (kind := _FORM_KIND.match(x)) and lx.PRIVATE_LINE.match(kind.group("kind")) for x in lines
    )
    start = next((i for i, x in enumerate(lines) if _FORM_NAME.match(x)), None)
    if start is None:
        return None
    end = start
    while end + 1 < len(lines) and _form_field(lines[end + 1]):
        end += 1
    while start > 0 and _form_field(lines[start - 1]):
        start -= 1
    orgs: list[str] = []
    persons: list[str] = []
    details: list[str] = []
    for line in lines[start : end + 1]:
        if _FORM_KIND.match(line):
            continue
        field = _FORM_LINE.match(line)
        if field is None:
            details.append(line)  # an address line under the field that has its label
            continue
        label, value = field.group("label"), field.group("value").strip()
        if lx.NOT_FILLED.match(value):
            continue
        if _ORG_LABEL.search(label):
            orgs.append(value)
        elif _DETAIL_LABEL.search(label):
            if split_details(value).any:  # the value alone: 'Din e-mail' names no one
                details.append(value)
        elif _PERSON_LABEL.search(label):
            persons.append(clean_line(value))
        elif _FORM_FIELD.match(line):
            details.append(line)  # 'Stilling: formand'
    found = (["Privatperson"] if private else []) + orgs + persons + details
    if not (orgs or persons) or len(found) < 2:
        return None  # a name alone is no form
    block = read_block(found, "signature")
    return block if block.groups else None


def _form_field(line: str) -> bool:
    return bool(line) and bool(
        _FORM_LINE.match(line) or split_details(line).any or _FORM_FIELD.match(line)
    )
