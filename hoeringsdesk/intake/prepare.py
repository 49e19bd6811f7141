"""Everything about one file that needs no store: digests, text, parties, suggestions, sketch."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from difflib import SequenceMatcher

from hoeringsdesk.domain.enums import RecommendationType
from hoeringsdesk.domain.parsed import Address, OcrWord, ParsedResponse, PartKind, SourceFile
from hoeringsdesk.domain.suggestions import SectionCandidate
from hoeringsdesk.intake.assembly import (
    PlacedPart,
    assemble,
    is_general_row,
    is_sender_row,
    locate,
    says_nothing,
)
from hoeringsdesk.intake.ocr import OcrSettings
from hoeringsdesk.intake.section_match import SectionRef, match_label
from hoeringsdesk.intake.senders import SenderReading, read_senders
from hoeringsdesk.intake.similarity import fingerprint, sketch
from hoeringsdesk.suggest.passages import find_passages
from hoeringsdesk.suggest.scorer import DraftScorer, confident
from hoeringsdesk.suggest.summary import STRONG_CUE, default_summary

_SPACES = re.compile(r"\s+")  # as str.split() splits, without a list of every word
MIN_EVIDENT_TEXT = 200  # an attachment this long is the response itself, not a logo
MAX_CACHED_LABELS = 1000  # template labels repeat: each is matched once


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def to_utc_naive(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)


@dataclass
class PrepareContext:
    """What preparing needs to know about the consultation (sent once to each worker)."""

    reply_addresses: frozenset[str]  # lower case
    sections: tuple[SectionRef, ...]
    ocr: OcrSettings = field(default_factory=OcrSettings)  # how scanned pages are read
    _labels: dict[str, list[int]] = field(default_factory=dict, repr=False, compare=False)
    _scorer: DraftScorer | None = field(default=None, repr=False, compare=False)

    @property
    def scorer(self) -> DraftScorer:
        """The draft's section index (built on first use, in each parse worker)."""
        if self._scorer is None:
            self._scorer = DraftScorer(self.sections)
        return self._scorer

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state["_scorer"] = None  # rebuilt where it is used, not sent to the workers
        return state

    def sections_of(self, label: str) -> list[int]:
        found = self._labels.get(label)
        if found is None:
            found = match_label(label, self.sections)
            if len(self._labels) < MAX_CACHED_LABELS:
                self._labels[label] = found
        return found

    def is_ours(self, address: Address | None) -> bool:
        return bool(address and address.email and address.email.lower() in self.reply_addresses)


@dataclass(frozen=True)
class PartRow:
    """A reader's part placed at [start, end) of the text."""

    file_position: int
    kind: str
    label: str
    start: int
    end: int


@dataclass(frozen=True)
class Suggestion:
    """A point found verbatim at [start, end) of the text (a template row's, or one found in
    a free text), with the sections it is linked to and the ranked candidates with reasons."""

    type: RecommendationType
    passage: str
    start: int
    end: int
    summary: str
    label: str  # the template row's label; "" for a free text
    section_ids: tuple[int, ...]
    candidates: tuple[SectionCandidate, ...] = ()
    context: str = ""  # the heading or lead-in the passage stood under

    def stored(self) -> dict[str, object] | None:
        """What is kept of the suggestion beside the recommendation (JSON)."""
        if not self.candidates and not self.context:
            return None
        return {
            "candidates": [c.as_json() for c in self.candidates],
            "context": self.context,
            "model": 0,
        }


@dataclass
class PreparedResponse:
    """A parsed file with everything computed that does not depend on the store."""

    files: list[SourceFile]
    digests: list[str]  # sha256 of each file, in the order of ``files``
    subject: str
    message_id: str
    received_at: datetime | None  # UTC, naive
    received_source: str
    warnings: list[str]
    text: str
    text_hash: str
    parts: list[PartRow]
    evident: frozenset[str]  # digests of the files whose text makes up the response
    sender_email: str | None  # None: no sender but ourselves
    senders: SenderReading
    suggestions: list[Suggestion]
    fingerprint: frozenset[int]
    sketch: tuple[int, ...]
    ocr_words: list[tuple[int, int, int]] = field(default_factory=list)  # start, end, conf
    channel: str = ""  # post, telephone, in person for a response entered by hand

    @property
    def digest(self) -> str:
        return self.digests[0]

    @property
    def source_name(self) -> str:
        return self.files[0].filename


def prepare(parsed: ParsedResponse, ctx: PrepareContext) -> PreparedResponse:
    """Everything registration needs from one parsed file, computed without the store."""
    digests = [sha256(item.data) for item in parsed.files]
    sender = parsed.sender if parsed.sender and not ctx.is_ours(parsed.sender) else None
    text, placed = assemble(parsed)
    fp = fingerprint(text)
    return PreparedResponse(
        files=parsed.files,
        digests=digests,
        subject=parsed.subject,
        message_id=parsed.message_id,
        received_at=to_utc_naive(parsed.received),
        received_source=parsed.received_source if parsed.received else "",
        warnings=list(parsed.warnings),
        text=text,
        text_hash=sha256(_SPACES.sub(" ", text).strip().casefold().encode()),
        parts=[
            PartRow(p.part.file_index, str(p.part.kind), p.part.label, p.start, p.end)
            for p in placed
        ],
        evident=_evident_files(parsed, digests),
        sender_email=None if sender is None else sender.email,
        senders=read_senders(parsed, ctx.reply_addresses),
        suggestions=_suggestions(text, placed, ctx),
        fingerprint=fp,
        sketch=sketch(fp),
        ocr_words=place_words(text, parsed.ocr_words),
    )


_TOKEN = re.compile(r"\S+")


def place_words(text: str, words: list[OcrWord]) -> list[tuple[int, int, int]]:
    """Where each recognised word sits in the response text: (start, end, confidence).

    The words are matched in order against the text's words, so labels that became headings
    and text from other files are skipped over; a word that is not found is left out."""
    if not words:
        return []
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    matcher = SequenceMatcher(None, [w.text for w in words], [t[2] for t in tokens], False)
    out: list[tuple[int, int, int]] = []
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            start, end, _ = tokens[block.b + k]
            out.append((start, end, words[block.a + k].confidence))
    return out


def _evident_files(parsed: ParsedResponse, digests: list[str]) -> frozenset[str]:
    """Digests of files whose text makes up the response (not logos or signatures)."""
    lengths: dict[int, int] = {}
    for part in parsed.parts:
        lengths[part.file_index] = lengths.get(part.file_index, 0) + len(part.text)
    return frozenset(
        digests[index]
        for index, size in lengths.items()
        if size >= MIN_EVIDENT_TEXT
        and (index > 0 or parsed.files[0].content_type not in ("message/rfc822",))
    )


def _suggestions(text: str, placed: list[PlacedPart], ctx: PrepareContext) -> list[Suggestion]:
    """Each template row (but the sender's) as suggested recommendations, one per bullet
    point found verbatim in the text, else one for the whole row; and the points found in
    free text (mail bodies, letters, attachments). Each with its ranked section candidates;
    a row's label decides its sections, elsewhere the best candidate when it is clear."""
    out: list[Suggestion] = []
    scorer = ctx.scorer if ctx.sections else None
    for p in placed:
        part = p.part
        if not text[p.start : p.end].strip() or says_nothing(text[p.start : p.end]):
            continue  # an empty row, or one saying "Ingen bemærkninger."
        if part.kind in (PartKind.BODY, PartKind.ATTACHMENT):
            for found in find_passages(text, p.start, p.end):
                passage = text[found.start : found.end]
                ranked = tuple(scorer.rank(passage, found.context)) if scorer else ()
                best = ranked[0] if ranked else None
                kind = (
                    RecommendationType.CHANGE
                    if STRONG_CUE.search(passage)
                    else RecommendationType.GENERAL
                )
                out.append(
                    Suggestion(
                        kind,
                        passage,
                        found.start,
                        found.end,
                        default_summary(passage),
                        "",
                        (best.section_id,) if best is not None and confident(best) else (),
                        ranked,
                        found.context,
                    )
                )
            continue
        if part.kind is not PartKind.TEMPLATE_ROW or is_sender_row(part.label):
            continue
        section_ids = tuple(dict.fromkeys(ctx.sections_of(part.label)))
        kind = (
            RecommendationType.GENERAL if is_general_row(part.label) else RecommendationType.CHANGE
        )
        context = "" if is_general_row(part.label) or section_ids else part.label
        spans = [locate(text, item, p.start, p.end) for item in part.items]
        for start, end in [span for span in spans if span] or [(p.start, p.end)]:
            passage = text[start:end]
            ranked = tuple(scorer.rank(passage, context, section_ids, part.label)) if scorer else ()
            linked = section_ids
            if not linked and ranked and confident(ranked[0]):
                linked = (ranked[0].section_id,)
            out.append(
                Suggestion(
                    kind,
                    passage,
                    start,
                    end,
                    default_summary(passage),
                    part.label,
                    linked,
                    ranked,
                    context,
                )
            )
    return out
