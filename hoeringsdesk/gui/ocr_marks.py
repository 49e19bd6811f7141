"""Words read uncertainly by text recognition, marked in the reader: wavy red line, pale red
behind (a tagged passage's highlight is drawn over the background, the line stays)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument

from hoeringsdesk.domain.parsed import LOW_CONFIDENCE

UNCERTAIN = QColor("#c0392b")
UNCERTAIN_PAPER = QColor("#fde3e0")  # a pale red behind the word, so it is seen at a glance


def mark_uncertain(
    document: QTextDocument,
    words: Sequence[tuple[int, int, int]],
    to_doc: Callable[[int], int],
) -> int:
    """Underline each word below the confidence threshold; returns how many were marked."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(UNCERTAIN)
    fmt.setBackground(UNCERTAIN_PAPER)
    marked = 0
    cursor = QTextCursor(document)
    for start, end, confidence in words:
        if confidence >= LOW_CONFIDENCE or end <= start:
            continue
        cursor.setPosition(to_doc(start))
        cursor.setPosition(to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
        marked += 1
    return marked
