"""What a change touched, so that each page reloads only what it shows (as Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    """Which kinds of content one change (or a colleague's changes since a look) touched."""

    responses: bool = False  # responses registered, edited, merged, erased; their senders
    recommendations: bool = False  # recommendations tagged, changed, split, removed
    answers: bool = False  # the administration's answers and outcomes
    consultation: bool = False  # the consultation's settings, its draft and sections

    @classmethod
    def everything(cls) -> Changes:
        return cls(responses=True, recommendations=True, answers=True, consultation=True)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


NOTHING = Changes()

# The audit trail's entities, by the kind of content they are (an entity not named here
# counts as everything: a page reloads rather than show something stale).
_BY_ENTITY = {
    "response": Changes(responses=True),
    "party": Changes(responses=True),
    "import": Changes(responses=True),
    "senders_rederived": Changes(responses=True),
    "recommendation": Changes(recommendations=True),
    "comment": Changes(answers=True),
    "consultation": Changes(consultation=True),
    "draft": Changes(consultation=True),
    "mailbox": NOTHING,
}


def of_entities(entities: set[str]) -> Changes:
    """What the audit events of these entities changed."""
    out = NOTHING
    for entity in entities:
        out = out | _BY_ENTITY.get(entity, Changes.everything())
    return out
