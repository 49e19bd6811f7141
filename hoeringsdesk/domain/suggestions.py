"""A section suggestion and why it was made: plain records, stored as JSON on the passage."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

LABEL = "label"  # the template row's label is the section's ("Forslag til ændringer i …")
NAMED = "named"  # the passage names the section ("princip E", "afsnittet om sundhed")
HEADING = "heading"  # the heading or lead-in above the passage names it
WORDS = "words"  # the passage shares these words with the section's heading and text
LEARNED = "learned"  # the officer tagged passages like it to the section


@dataclass(frozen=True)
class Reason:
    """One reason for a suggestion: its kind, the text that named the section, the words
    shared with it, or how many similar passages the officer tagged to it."""

    kind: str
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
            str(data.get("kind", "")),
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
            tuple(Reason.from_json(r) for r in data.get("reasons", ())),
        )


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
