"""Edit a response's text (correct OCR, or type a letter in): one undoable change, with the
parts, tagged passages and OCR marks moved along and the tags whose passage changed named."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from sqlalchemy.orm import Session, selectinload

from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.parsed import PartKind
from hoeringsdesk.intake.prepare import sha256
from hoeringsdesk.intake.similarity import fingerprint, sketch
from hoeringsdesk.intake.template import parts_from_text
from hoeringsdesk.services import audit
from hoeringsdesk.services.base import Service
from hoeringsdesk.services.errors import ConflictError, NotFound, ServiceError
from hoeringsdesk.services.sketch_index import pack

MAX_TEXT = 2_000_000
_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")


@dataclass(frozen=True)
class TextState:
    """What an edit changes, so it can be put back exactly (the undo)."""

    response_id: int
    text: str
    parts: tuple[tuple[int, int, int], ...]  # part id, start, end
    recs: tuple[tuple[int, int, int, str], ...]  # recommendation id, start, end, passage
    ocr_words: tuple[tuple[int, int, int], ...] | None
    version: int  # the response's version after this state was written


@dataclass(frozen=True)
class TextEdit:
    """The outcome of an edit: the state before (for undo), and tags it moved or changed."""

    before: TextState
    after: TextState
    changed_tags: tuple[int, ...]  # recommendations whose passage text changed
    emptied_tags: tuple[int, ...]  # recommendations whose whole passage was deleted


class OffsetMap:
    """Maps offsets in the old text to the new one, from a word-level diff."""

    def __init__(self, old: str, new: str) -> None:
        a = [m.group() for m in _TOKENS.finditer(old)]
        b = [m.group() for m in _TOKENS.finditer(new)]
        a_at = _starts(a)
        b_at = _starts(b)
        self.equal: list[tuple[int, int, int]] = []  # old start, old end, new start
        for i, j, size in SequenceMatcher(None, a, b, False).get_matching_blocks():
            if size:
                self.equal.append((a_at[i], a_at[i + size], b_at[j]))
        self.old_len, self.new_len = len(old), len(new)

    def unchanged(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e, _ in self.equal)

    def move(self, offset: int, right: bool) -> int:
        """Where ``offset`` goes; inside a changed stretch, to the start of what replaced it
        (or, for the end of a range, ``right``, to its end)."""
        previous_end = 0  # the new offset where the previous unchanged stretch ends
        for s, e, n in self.equal:
            if offset < s:
                return n if right else previous_end
            if offset < e or (right and offset == e):
                return n + offset - s  # a start at a block's end waits for the next block
            previous_end = n + e - s
        return self.new_len if right else previous_end


def _starts(tokens: list[str]) -> list[int]:
    out = [0]
    for token in tokens:
        out.append(out[-1] + len(token))
    return out


class TextEditService(Service):
    """Edit the text of a response, and put an edit back."""

    def edit(self, response_id: int, text: str, expected_version: int | None = None) -> TextEdit:
        """Replace the response's text; parts, tags and OCR marks follow the change."""
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if len(text) > MAX_TEXT:
            raise ServiceError("Teksten er for lang (over 2 millioner tegn).")
        with self._write.begin() as s:
            r = self._load(s, response_id, expected_version)
            if r.duplicate_of_id is not None:
                raise ServiceError("En dublet kan ikke redigeres; ret teksten i det første svar.")
            if r.anonymised:
                raise ServiceError("Svaret er anonymiseret; teksten kan ikke længere rettes.")
            before = _state(r)
            if text == r.text:
                raise ServiceError("Teksten er ikke ændret.")
            moves = OffsetMap(r.text, text)
            changed: list[int] = []
            emptied: list[int] = []
            if not r.text.strip():
                _new_parts(r, text)
            else:
                for part in r.parts:  # text added at the very end belongs to the last part
                    end = len(text) if part.end == len(r.text) else moves.move(part.end, True)
                    part.start, part.end = moves.move(part.start, False), end
            for rec in r.recommendations:
                start, end = moves.move(rec.start, False), moves.move(rec.end, True)
                if not moves.unchanged(rec.start, rec.end):
                    (changed if text[start:end].strip() else emptied).append(rec.id)
                rec.start, rec.end, rec.passage = start, end, text[start:end]
            if r.ocr_words:
                r.ocr_words = [
                    [moves.move(a, False), moves.move(b, True), c]
                    for a, b, c in r.ocr_words
                    if moves.unchanged(a, b)  # a corrected word is no longer uncertain
                ] or None
            r.text = text
            _refresh_derived(r)
            s.flush()
            after = _state(r)
            audit.record(
                s,
                self._user,
                "response",
                r.id,
                "edit_text",
                {"text": before.text},
                {"text": text, "changed_tags": changed, "emptied_tags": emptied},
                consultation_id=r.consultation_id,
                response_id=r.id,
            )
        return TextEdit(before, after, tuple(changed), tuple(emptied))

    def restore(self, state: TextState, expected_version: int | None = None) -> TextState:
        """Put a response's text, parts, tags and OCR marks back as they were (undo/redo)."""
        with self._write.begin() as s:
            r = self._load(s, state.response_id, expected_version)
            current = r.text
            parts = {p.id: p for p in r.parts}
            recs = {x.id: x for x in r.recommendations}
            for part_id, start, end in state.parts:
                if part_id in parts:
                    parts[part_id].start, parts[part_id].end = start, end
            for rec_id, start, end, passage in state.recs:
                if rec_id in recs:
                    recs[rec_id].start, recs[rec_id].end, recs[rec_id].passage = start, end, passage
            r.text = state.text
            r.ocr_words = [list(w) for w in state.ocr_words] if state.ocr_words else None
            _refresh_derived(r)
            s.flush()
            audit.record(
                s,
                self._user,
                "response",
                r.id,
                "restore_text",
                {"text": current},
                {"text": state.text},
                consultation_id=r.consultation_id,
                response_id=r.id,
            )
            return _state(r)

    def _load(self, s: Session, response_id: int, expected_version: int | None) -> Response:
        r = s.get(
            Response,
            response_id,
            options=[selectinload(Response.parts), selectinload(Response.recommendations)],
        )
        if r is None:
            raise NotFound(f"Høringssvar {response_id} findes ikke.")
        if expected_version is not None and r.version != expected_version:
            raise ConflictError(
                "Svaret er ændret af en anden i mellemtiden; din rettelse er ikke gemt. "
                "Visningen er opdateret; prøv igen."
            )
        return r


def _state(r: Response) -> TextState:
    return TextState(
        r.id,
        r.text,
        tuple((p.id, p.start, p.end) for p in r.parts),
        tuple((x.id, x.start, x.end, x.passage) for x in r.recommendations),
        tuple((a, b, c) for a, b, c in r.ocr_words) if r.ocr_words else None,
        r.version,
    )


def _new_parts(r: Response, text: str) -> None:
    """A response that had no text gets its parts from the typed text (template rows too)."""
    from hoeringsdesk.db.models.responses import ResponsePart
    from hoeringsdesk.domain.parsed import ParsedResponse
    from hoeringsdesk.intake.assembly import assemble

    found = parts_from_text(text, 0, PartKind.BODY)
    joined, placed = assemble(ParsedResponse(files=[], parts=found))
    if joined != text:  # the typed text as one part: offsets must match it exactly
        placed = []
    r.parts.clear()
    if not placed:
        r.parts.append(
            ResponsePart(
                position=0, file_position=0, kind=PartKind.BODY, label="", start=0, end=len(text)
            )
        )
        return
    for position, p in enumerate(placed):
        r.parts.append(
            ResponsePart(
                position=position,
                file_position=0,
                kind=p.part.kind,
                label=p.part.label,
                start=p.start,
                end=p.end,
            )
        )


def _refresh_derived(r: Response) -> None:
    r.text_hash = sha256(" ".join(r.text.split()).casefold().encode())
    if r.fingerprint is not None or r.duplicate_of_id is None:
        sk = sketch(fingerprint(r.text))
        r.fingerprint = pack(sk) if sk else None
