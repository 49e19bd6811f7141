"""A board's members listed under a letter's signature ('Bestyrelsens medlemmer:')."""

from __future__ import annotations

import re

from hoeringsdesk.intake.senders.block import clean_line, name_shaped
from hoeringsdesk.intake.senders.details import split_details
from hoeringsdesk.intake.senders.drafts import PersonDraft
from hoeringsdesk.intake.senders.names import (
    is_role,
    looks_like_organisation,
    looks_like_person,
    tidy,
)

_MEMBER_CUT = re.compile(r"\s*[(,–]\s*")


def read_members(lines: list[str]) -> list[PersonDraft]:
    """The persons of a board's list, one a line ('Anne Holm (kasserer)'); a line that is not
    a person's name ends it."""
    out: list[PersonDraft] = []
    for raw in lines:
        line = clean_line(raw)
        if not line:
            if out:
                break
            continue
        name = _MEMBER_CUT.split(line, maxsplit=1)[0]
        title = line[len(name) :].strip(" ,()–")
        if not (looks_like_person(name, strict=True) or name_shaped(name)):
            break  # under the label, a name no organisation word marks is a member's
        if looks_like_organisation(name) or split_details(name).any:
            break
        out.append(PersonDraft(tidy(name), title=title if is_role(title) else ""))
    return out
