"""Under the reader: the shown suggestion's sections and why, with Accept one key away."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hoeringsdesk.domain.enums import RecommendationStatus
from hoeringsdesk.domain.records.consultations import SectionNode
from hoeringsdesk.domain.records.recommendations import RecommendationInfo
from hoeringsdesk.gui.suggestion_labels import reasons_text, section_title

SHOWN = 3


class SuggestionBar(QFrame):
    """Shows one open suggestion: the section it would be tagged with and why, then the
    runners-up. Accept (A) and Other section… (E) only ask; the workspace does the work."""

    accept_requested = Signal(list)  # [rec id]
    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#suggestionBar { background: #eef4ff; border: 1px solid #b9cdf0; }")
        self.text = QLabel()
        self.text.setObjectName("suggestionReasons")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.accept_button = QPushButton(self.tr("Accept (A)"))
        self.accept_button.setObjectName("suggestionAccept")
        self.other_button = QPushButton(self.tr("Other section… (E)"))
        self.accept_button.clicked.connect(self._accept)
        self.other_button.clicked.connect(self._edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.other_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.rec: RecommendationInfo | None = None
        self.sections: dict[int, SectionNode] = {}
        self.hide()

    def set_sections(self, sections: list[SectionNode]) -> None:
        self.sections = {s.id: s for s in sections}

    def show_rec(self, rec: RecommendationInfo | None) -> None:
        """Show a suggestion (anything else hides the bar)."""
        self.rec = rec if rec is not None and rec.status == RecommendationStatus.SUGGESTED else None
        if self.rec is None:
            self.hide()
            return
        self.text.setText(self.describe(self.rec))
        self.show()

    def describe(self, rec: RecommendationInfo) -> str:
        """The suggestion as rich text: its section(s) with reasons, then the alternatives."""
        by_id = {c.section_id: c for c in rec.candidates}
        lines = []
        summary = escape(rec.summary[:90] + ("…" if len(rec.summary) > 90 else ""))
        if rec.sections:
            for s in rec.sections:
                why = by_id.get(s.id)
                reason = f" — {escape(reasons_text(why))}" if why is not None else ""
                lines.append(
                    self.tr("Suggested: <b>{0}</b>").format(
                        escape(section_title(self.sections, s.id))
                    )
                    + reason
                )
        else:
            lines.append(self.tr("No clear section for this passage – choose one (E)."))
        linked = {s.id for s in rec.sections}
        others = [c for c in rec.candidates if c.section_id not in linked][: SHOWN - len(linked)]
        for n, c in enumerate(others, start=len(linked) + 1):
            lines.append(
                f"{n}. {escape(section_title(self.sections, c.section_id))}"
                f" <span style='color:#555'>— {escape(reasons_text(c))}</span>"
            )
        head = f"<span style='color:#2d4a6b'>«{summary}»</span>"
        return head + "<br>" + "<br>".join(lines)

    def _accept(self) -> None:
        if self.rec is None:
            return
        if self.rec.sections:
            self.accept_requested.emit([self.rec.id])
        else:  # no section to accept: the officer chooses one
            self.edit_requested.emit(self.rec.id)

    def _edit(self) -> None:
        if self.rec is not None:
            self.edit_requested.emit(self.rec.id)
