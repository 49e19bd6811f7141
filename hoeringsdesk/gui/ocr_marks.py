"""Words read uncertainly by text recognition, marked in the reader with a wavy red line."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument

from hoeringsdesk.domain.parsed import LOW_CONFIDENCE

UNCERTAIN = QColor("#c0392b")


def mark_uncertain(
    document: QTextDocument,
    words: Sequence[tuple[int, int, int]],
    to_doc: Callable[[int], int],
) -> int:
    """Underline each word below the confidence threshold; returns how many were marked."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(UNCERTAIN)
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
