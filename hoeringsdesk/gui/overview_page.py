"""The consultation's numbers: responses, recommendations per section and type, progress, gaps."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.app import Services
from hoeringsdesk.domain.changes import Changes
from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.domain.records.consultations import InvitedStatus
from hoeringsdesk.domain.records.review import Gap, Overview
from hoeringsdesk.gui import labels
from hoeringsdesk.gui.background_read import LatestRead
from hoeringsdesk.gui.bar_chart import BarChart
from hoeringsdesk.gui.pages import DeferredLoad
from hoeringsdesk.gui.roles import GapRole

MAX_GAPS_SHOWN = 500


class OverviewPage(QWidget):
    """Numbers that move as the officer works; the gaps list leads to what is missing."""

    gap_activated = Signal(object)  # Gap

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.consultation_id: int | None = None
        self.deferred = DeferredLoad(self, self._load)  # loads when in front
        self.reads = LatestRead(self)  # the numbers, read off the GUI thread
        self.reads.delivered.connect(self._read)
        self.reads.failed.connect(self._read_failed)
        self.numbers: dict[str, QLabel] = {}
        grid = QGridLayout()
        names = (
            ("responses", self.tr("Responses")),
            ("on_time", self.tr("On time")),
            ("late", self.tr("Late")),
            ("time_unknown", self.tr("Time unknown")),
            ("duplicates", self.tr("Duplicates")),
            ("campaigns", self.tr("Campaigns")),
            ("campaign_members", self.tr("Responses in campaigns")),
            ("recommendations", self.tr("Recommendations")),
        )
        for i, (key, text) in enumerate(names):
            value = QLabel("0")
            value.setObjectName(f"number_{key}")
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setBold(True)
            value.setFont(font)
            self.numbers[key] = value
            cell = QVBoxLayout()
            cell.addWidget(value)
            cell.addWidget(QLabel(text))
            grid.addLayout(cell, i // 4, i % 4)
        self.kinds = QLabel()
        self.kinds.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("answeredProgress")
        self.progress.setFormat(self.tr("%v of %m answered"))
        self.per_section = BarChart()
        self.per_section.setObjectName("perSection")
        self.per_type = BarChart()
        self.per_type.setObjectName("perType")
        self.gaps = QListWidget()
        self.gaps.setObjectName("gaps")
        self.gaps.setWordWrap(True)
        self.gaps.itemActivated.connect(lambda item: self.gap_activated.emit(item.data(GapRole)))
        self.invited_label = QLabel()
        self.invited_label.setObjectName("invitedLabel")
        self.invited_label.setWordWrap(True)
        self.not_answered = QListWidget()
        self.not_answered.setObjectName("invitedNotAnswered")
        self.not_answered.setMaximumHeight(110)
        refresh = QPushButton(self.tr("Check again"))
        refresh.clicked.connect(self.check_again)

        numbers_box = QGroupBox(self.tr("Responses"))
        numbers_layout = QVBoxLayout(numbers_box)
        numbers_layout.addLayout(grid)
        numbers_layout.addWidget(self.kinds)
        progress_box = QGroupBox(self.tr("Progress"))
        QVBoxLayout(progress_box).addWidget(self.progress)
        section_box = QGroupBox(self.tr("Recommendations per section"))
        QVBoxLayout(section_box).addWidget(self.per_section)
        type_box = QGroupBox(self.tr("Recommendations per type"))
        QVBoxLayout(type_box).addWidget(self.per_type)
        invited_box = QGroupBox(self.tr("Consultation list"))
        invited_layout = QVBoxLayout(invited_box)
        invited_layout.addWidget(self.invited_label)
        invited_layout.addWidget(self.not_answered)
        # Alt+M puts the keyboard in the gaps list (Return opens the first one).
        gaps_box = QGroupBox(self.tr("&Missing before export"))
        gaps_layout = QVBoxLayout(gaps_box)
        gaps_layout.addWidget(self.gaps)
        gaps_layout.addWidget(refresh, 0, Qt.AlignmentFlag.AlignLeft)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(numbers_box)
        left_layout.addWidget(progress_box)
        left_layout.addWidget(type_box)
        left_layout.addWidget(gaps_box, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(invited_box)
        right_layout.addWidget(section_box)
        right_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        layout = QHBoxLayout(self)
        layout.addWidget(left, 1)
        layout.addWidget(scroll, 1)

    def set_consultation(self, consultation_id: int | None) -> None:
        self.consultation_id = consultation_id
        self.reads.invalidate()  # the numbers of the one shown before are of no use now
        self.deferred.request(Changes.everything())

    def refresh(self, changes: Changes) -> None:
        """Every kind of change moves some number here: all are read again."""
        self.deferred.request(changes)

    def check_again(self) -> None:
        """The officer asks: read everything again now."""
        self.refresh(Changes.everything())

    def flush(self) -> None:
        """Nothing is typed on the overview."""

    def save_layout(self, settings: QSettings) -> None:
        """The overview remembers no layout."""

    def _load(self, _changes: Changes) -> None:
        """Read the numbers in a worker; the page shows the last ones until they come."""
        if self.consultation_id is None:
            return
        self.reads.request(_ReadNumbers(self.services, self.consultation_id))

    @Slot(object)
    def _read(self, numbers: Numbers) -> None:
        if numbers.consultation_id != self.consultation_id:
            return
        ov = numbers.overview
        for key, label in self.numbers.items():
            label.setText(str(getattr(ov, key)))
        no_sender = self.tr("no sender yet")
        self.kinds.setText(
            self.tr("By party kind: {0}").format(
                ", ".join(
                    f"{labels.party_kind(k) if k != PartyKind.UNKNOWN else no_sender}: {n}"
                    for k, n in sorted(ov.by_party_kind.items())
                )
            )
        )
        self.progress.setMaximum(max(1, ov.recommendations))
        self.progress.setValue(ov.answered)
        self.per_section.set_rows(ov.per_section)
        self.per_type.set_rows(
            [(labels.rec_type(t), ov.per_type.get(t, 0)) for t in labels.REC_TYPES]
        )
        self.show_invited(numbers.invited)
        self.show_gaps(numbers.gaps, numbers.gap_count)

    @Slot(str)
    def _read_failed(self, message: str) -> None:
        self.gaps.clear()
        self.gaps.addItem(self.tr("Could not read the numbers: {0}").format(message))

    def show_invited(self, statuses: tuple[InvitedStatus, ...]) -> None:
        """Who was invited and has not answered (the høringsliste's open ticks)."""
        missing = [st.invited.name for st in statuses if not st.answered]
        self.not_answered.clear()
        if not statuses:
            self.invited_label.setText(
                self.tr("No consultation list yet (Consultation → Settings).")
            )
            self.not_answered.hide()
            return
        self.not_answered.show()
        self.invited_label.setText(
            self.tr("{0} of {1} invited parties have answered; not answered:").format(
                len(statuses) - len(missing), len(statuses)
            )
        )
        for name in missing or [self.tr("(everyone has answered)")]:
            self.not_answered.addItem(name)

    def show_gaps(self, gaps: list[Gap], count: int | None = None) -> None:
        """The first gaps (a list of tens of thousands helps no one), then how many more
        (``count``: how many there are in all, when only the first are given)."""
        count = len(gaps) if count is None else count
        self.gaps.clear()
        if not gaps:
            self.gaps.addItem(self.tr("Nothing is missing – ready for export."))
        for gap in gaps[:MAX_GAPS_SHOWN]:
            item = QListWidgetItem(gap.message)
            item.setData(GapRole, gap)
            self.gaps.addItem(item)
        shown = min(len(gaps), MAX_GAPS_SHOWN)
        if count > shown:
            self.gaps.addItem(
                self.tr("… and {0} more. Fix the ones above and check again.").format(count - shown)
            )


@dataclass(frozen=True)
class Numbers:
    """What the overview shows of one consultation, as read at one moment."""

    consultation_id: int
    overview: Overview
    invited: tuple[InvitedStatus, ...]
    gaps: list[Gap]  # the first MAX_GAPS_SHOWN
    gap_count: int  # how many there are in all


class _ReadNumbers:
    """What the worker thread runs: the overview's numbers, the consultation list, the gaps."""

    def __init__(self, services: Services, consultation_id: int) -> None:
        self.services = services
        self.consultation_id = consultation_id

    def __call__(self) -> Numbers:
        cid, services = self.consultation_id, self.services
        gaps, count = services.review.first_gaps(cid, MAX_GAPS_SHOWN)
        return Numbers(
            cid,
            services.review.overview(cid),
            services.consultations.invited_status(cid),
            gaps,
            count,
        )
