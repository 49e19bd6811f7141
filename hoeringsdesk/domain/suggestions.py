"""A section suggestion and why it was made: plain records, stored as JSON on the passage."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hoeringsdesk.domain.enums import ReasonKind

LABEL, NAMED, HEADING, WORDS, LEARNED = (
    ReasonKind.LABEL,
    ReasonKind.NAMED,
    ReasonKind.HEADING,
    ReasonKind.WORDS,
    ReasonKind.LEARNED,
)


@dataclass(frozen=True)
class Reason:
    """One reason for a suggestion: its kind, the text that named the section, the words
    shared with it, or how many similar passages the officer tagged to it."""

    kind: ReasonKind
    text: str = ""
    words: tuple[str, ...] = ()
    count: int = 0

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        if self.text:
            out["text"] = self.text
        if self.words:
            out["words"] = list(self.words)
        if self.count:
            out["count"] = self.count
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Reason:
        return cls(
            ReasonKind(str(data.get("kind", ""))),
            str(data.get("text", "")),
            tuple(str(w) for w in data.get("words", ())),
            int(data.get("count", 0)),
        )


@dataclass(frozen=True)
class SectionCandidate:
    """A section a passage may concern, with a score (higher is likelier) and its reasons."""

    section_id: int
    score: float
    reasons: tuple[Reason, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "section": self.section_id,
            "score": round(self.score, 4),
            "reasons": [r.as_json() for r in self.reasons],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SectionCandidate:
        return cls(
            int(data["section"]),
            float(data.get("score", 0.0)),
            tuple(_readable(data.get("reasons", ()))),
        )


def _readable(reasons: Any) -> list[Reason]:
    """The stored reasons a reader knows (one of an unknown kind is left out, not guessed)."""
    out = []
    for item in reasons:
        try:
            out.append(Reason.from_json(item))
        except ValueError:
            continue
    return out


def candidates_from_json(data: object) -> tuple[SectionCandidate, ...]:
    """Candidates as stored; anything unreadable is left out rather than guessed."""
    if not isinstance(data, list):
        return ()
    out = []
    for item in data:
        try:
            out.append(SectionCandidate.from_json(item))
        except (KeyError, TypeError, ValueError):
            continue
    return tuple(out)
