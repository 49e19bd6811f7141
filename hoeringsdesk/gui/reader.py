"""The response reader: text with its structure, tagged passages highlighted and traceable."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from hoeringsdesk.domain.enums import RecommendationStatus
from hoeringsdesk.domain.parsed import PartKind
from hoeringsdesk.domain.records.recommendations import RecommendationInfo
from hoeringsdesk.domain.records.responses import ResponseDetail
from hoeringsdesk.gui import labels
from hoeringsdesk.gui.ocr_marks import mark_uncertain

ACCEPTED = QColor("#fff0a0")
SUGGESTED = QColor("#d9e8ff")
# A passage that follows right after another gets the darker shade, so one ends visibly.
ACCEPTED_NEXT = QColor("#f5d860")
SUGGESTED_NEXT = QColor("#a9c8f5")
CURRENT = QColor("#ffc670")


def word_boundary(text: str, at: int, start: int, end: int) -> int:
    """``at`` moved out of a word it falls inside: back to the word's start, or forward to
    its end when the word starts the passage [start, end)."""
    if not (start < at < end) or not (text[at - 1].isalnum() and text[at].isalnum()):
        return at
    back = at
    while back > start and text[back - 1].isalnum():
        back -= 1
    if back > start:
        return back
    forward = at
    while forward < end and text[forward].isalnum():
        forward += 1
    return forward


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Segment:
    """Response text [start, end) shown from document position ``doc``."""

    start: int
    end: int
    doc: int
    text: str
    wide: bool  # contains characters outside the BMP (two document positions each)

    def to_doc(self, offset: int) -> int:
        inner = offset - self.start
        return self.doc + (utf16_len(self.text[:inner]) if self.wide else inner)

    def to_text(self, doc_pos: int) -> int:
        inner = doc_pos - self.doc
        if not self.wide:
            return self.start + min(inner, self.end - self.start)
        count = 0
        for i, ch in enumerate(self.text):
            if count >= inner:
                return self.start + i
            count += 2 if ord(ch) > 0xFFFF else 1
        return self.end


class ReaderView(QTextEdit):
    """Read-only text with keyboard and mouse selection; emits the clicked recommendation."""

    recommendation_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setMouseTracking(True)
        self.setCursorWidth(2)  # a caret that can be seen, to aim "Split at cursor"
        self.document().setDocumentMargin(12)
        self._segments: list[Segment] = []
        self._starts: list[int] = []
        self._doc_starts: list[int] = []
        self._recs: list[RecommendationInfo] = []
        self._current: int | None = None
        self.detail: ResponseDetail | None = None
        self.uncertain = 0  # OCR words marked for checking

    # --- building the document ---

    def show_detail(self, detail: ResponseDetail | None) -> None:
        if same_text(self.detail, detail):
            # The same response with the same text (its tags changed): the reader keeps its
            # place, the caret and the officer's selection.
            self.detail = detail
            assert detail is not None
            self.set_recommendations(list(detail.recommendations), self._current)
            return
        self.detail = detail
        self.clear()
        self._segments = []
        self._recs = []
        if detail is None:
            self._rebuild_index()
            return
        cursor = QTextCursor(self.document())
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setForeground(QColor("#2d4a6b"))
        plain = QTextCharFormat()
        files = {f.position: f.filename for f in detail.files}
        first = True
        for part in detail.parts:
            body = detail.text[part.start : part.end]
            if not body:
                continue
            title = self._part_title(part.kind, part.label, files.get(part.file_position, ""))
            block = QTextBlockFormat()
            block.setTopMargin(0 if first else 14)
            if not first:
                cursor.insertBlock(block)
            else:
                cursor.setBlockFormat(block)
            if title:
                cursor.insertText(title, heading)
                cursor.insertBlock(QTextBlockFormat())
            cursor.setCharFormat(plain)
            self._segments.append(
                Segment(
                    part.start,
                    part.end,
                    cursor.position(),
                    body,
                    any(ord(c) > 0xFFFF for c in body),
                )
            )
            cursor.insertText(body, plain)
            first = False
        if not self._segments and detail.text:
            self._segments.append(Segment(0, len(detail.text), 0, detail.text, False))
            cursor.insertText(detail.text, plain)
        self._rebuild_index()
        self.uncertain = mark_uncertain(self.document(), detail.ocr_words, self.doc_position)
        self.set_recommendations(list(detail.recommendations))
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _part_title(self, kind: PartKind, label: str, filename: str) -> str:
        if kind == PartKind.TEMPLATE_ROW:
            return label
        if kind == PartKind.BODY:
            return label or self.tr("E-mail")
        if kind == PartKind.ATTACHMENT:
            return self.tr("Attachment: {0}").format(filename or label)
        return label

    def _rebuild_index(self) -> None:
        self._starts = [s.start for s in self._segments]
        self._doc_starts = [s.doc for s in self._segments]

    # --- offsets ---

    def doc_position(self, offset: int) -> int:
        i = max(0, bisect_right(self._starts, offset) - 1)
        if not self._segments:
            return 0
        seg = self._segments[i]
        return seg.to_doc(min(max(offset, seg.start), seg.end))

    def text_offset(self, doc_pos: int) -> int:
        if not self._segments:
            return 0
        i = max(0, bisect_right(self._doc_starts, doc_pos) - 1)
        return self._segments[i].to_text(max(doc_pos, self._segments[i].doc))

    def selected_range(self) -> tuple[int, int] | None:
        """The selection as offsets into the response text, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.text_offset(cursor.selectionStart()), self.text_offset(cursor.selectionEnd())

    def cursor_offset(self) -> int:
        return self.text_offset(self.textCursor().position())

    def select_range(self, start: int, end: int) -> None:
        """Select and scroll to a passage (jumping from a recommendation)."""
        cursor = self.textCursor()
        cursor.setPosition(self.doc_position(start))
        cursor.setPosition(self.doc_position(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # --- highlights ---

    def set_recommendations(
        self, recs: list[RecommendationInfo], current: int | None = None
    ) -> None:
        self._recs = recs
        self._current = current
        selections = []
        text = self.detail.text if self.detail is not None else ""
        previous_end: int | None = None
        darker = False
        for rec in sorted(recs, key=lambda r: (r.start, r.end)):
            if rec.end <= rec.start:
                continue
            touches = previous_end is not None and (
                rec.start < previous_end or not text[previous_end : rec.start].strip()
            )
            darker = touches and not darker
            previous_end = rec.end if previous_end is None else max(previous_end, rec.end)
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.doc_position(rec.start))
            cursor.setPosition(self.doc_position(rec.end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor  # type: ignore[attr-defined]
            fmt = QTextCharFormat()
            if rec.id == current:
                colour = CURRENT
            elif rec.status == RecommendationStatus.ACCEPTED:
                colour = ACCEPTED_NEXT if darker else ACCEPTED
            else:
                colour = SUGGESTED_NEXT if darker else SUGGESTED
            fmt.setBackground(colour)
            if rec.status != RecommendationStatus.ACCEPTED:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setProperty(QTextFormat.Property.UserProperty, rec.id)
            sel.format = fmt  # type: ignore[attr-defined]
            selections.append(sel)
        self.setExtraSelections(selections)

    def set_current(self, rec_id: int | None) -> None:
        self.set_recommendations(self._recs, rec_id)

    def recommendations_at(self, offset: int) -> list[RecommendationInfo]:
        return [r for r in self._recs if r.start <= offset < r.end]

    def _recs_at_point(self, point: QPoint) -> list[RecommendationInfo]:
        doc_pos = self.cursorForPosition(point).position()
        return self.recommendations_at(self.text_offset(doc_pos))

    def paintEvent(self, event: QPaintEvent) -> None:
        """The caret stays in sight (grey) when the focus moves to a button or the panel."""
        super().paintEvent(event)
        if self.hasFocus() or self.detail is None or self.textCursor().hasSelection():
            return
        rect = self.cursorRect()
        painter = QPainter(self.viewport())
        painter.fillRect(rect.x(), rect.y(), 2, rect.height(), QColor("#7a7a7a"))
        painter.end()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        recs = self._recs_at_point(event.position().toPoint())
        if recs and not event.buttons():
            text = "\n\n".join(
                f"{labels.rec_status(r.status)} · {labels.rec_type(r.type)}\n{r.summary}\n"
                + ", ".join(s.heading for s in r.sections)
                for r in recs
            )
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        elif not recs:
            QToolTip.hideText()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            recs = self._recs_at_point(event.position().toPoint())
            if recs:
                self.recommendation_clicked.emit(recs[0].id)


def same_text(old: ResponseDetail | None, new: ResponseDetail | None) -> bool:
    """Whether ``new`` is ``old`` again with only its tags and fields changed."""
    return (
        old is not None
        and new is not None
        and old.row.id == new.row.id
        and (old.text, old.parts, old.files, old.ocr_words)
        == (new.text, new.parts, new.files, new.ocr_words)
    )
