"""The review's answer box: the quoted passages, the administration's comment, the outcome."""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.domain.enums import Outcome
from hoeringsdesk.domain.records.review import ReviewItem
from hoeringsdesk.gui import labels


class AnswerEditor(QGroupBox):
    """The quoted passage, the administration's comment and the outcome."""

    answer_changed = Signal(str, object)  # comment, Outcome

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Answer"))
        self.passage = QTextBrowser()
        self.passage.setObjectName("passage")
        self.passage.setMaximumHeight(90)
        self.expand = QCheckBox(self.tr("Show the whole quote"))
        self.expand.toggled.connect(
            lambda on: self.passage.setMaximumHeight(16777215 if on else 90)
        )
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setPlaceholderText(self.tr("The administration's comment …"))
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcome")
        for value in labels.OUTCOMES:
            self.outcome.addItem(labels.outcome(value), value)
        self.outcome.activated.connect(lambda _i: self.flush(force=True))
        self.shared = QLabel()
        self.shared.setWordWrap(True)
        self.shared.setStyleSheet("color: #555")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(800)
        self._timer.timeout.connect(self.flush)
        self.comment.textChanged.connect(self._typed)
        self._loading = False
        self._dirty = False
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(QLabel(self.tr("Gives rise to a change:")))
        outcome_row.addWidget(self.outcome)
        outcome_row.addStretch(1)
        outcome_row.addWidget(self.expand)
        layout = QVBoxLayout(self)
        layout.addWidget(self.passage)
        layout.addLayout(outcome_row)
        layout.addWidget(self.comment, 1)
        layout.addWidget(self.shared)
        self.show_items([])

    def _typed(self) -> None:
        if not self._loading:
            self._dirty = True
            self._timer.start()

    def show_items(self, items: list[ReviewItem]) -> None:
        self._timer.stop()
        self._loading = True
        self._dirty = False
        self.setEnabled(bool(items))
        if not items:
            self.passage.clear()
            self.comment.clear()
            self.outcome.setCurrentIndex(0)
            self.shared.setText(self.tr("Choose one or more recommendations to answer them."))
        else:
            quotes = [
                f"<p><b>{i.response_number or '–'}</b> {html.escape(i.rec.passage)}</p>"
                for i in items[:20]
            ]
            self.passage.setHtml("".join(quotes))
            comments = {i.rec.comment for i in items}
            outcomes = {i.rec.outcome for i in items}
            self.comment.setPlainText(comments.pop() if len(comments) == 1 else "")
            self.outcome.setCurrentIndex(
                max(
                    0,
                    self.outcome.findData(
                        outcomes.pop() if len(outcomes) == 1 else Outcome.UNDECIDED
                    ),
                )
            )
            if len(items) > 1:
                self.shared.setText(
                    self.tr("One answer for the {0} chosen recommendations.").format(len(items))
                )
            else:
                self.shared.setText("")
        self._loading = False

    def busy(self) -> bool:
        """True while the officer is typing an answer that is not saved yet."""
        return self._dirty or self.comment.hasFocus()

    def flush(self, force: bool = False) -> None:
        """Save now if anything changed (also before the selection moves on)."""
        if not self.isEnabled() or self._loading:
            return
        if self._dirty or force:
            self._timer.stop()
            self._dirty = False
            self.answer_changed.emit(
                self.comment.toPlainText().strip(), Outcome(self.outcome.currentData())
            )
