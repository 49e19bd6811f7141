"""The answer editor quotes a passage as text: markup characters in it are shown, not read."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hoeringsdesk.domain.records.recommendations import RecommendationInfo
from hoeringsdesk.domain.records.review import ReviewItem
from hoeringsdesk.gui.answer_editor import AnswerEditor


def test_a_passage_with_markup_characters_is_quoted_as_written(qtbot: QtBot) -> None:
    passage = 'Stier <b>&</b> "grønne" kiler, mindst 3 < 5 km'
    rec = RecommendationInfo(7, 3, "accepted", "change", passage, 0, len(passage), "", ())
    editor = AnswerEditor()
    qtbot.addWidget(editor)
    editor.show_items([ReviewItem(rec, 12, "Grønt Råd", "organisation")])
    shown = editor.passage.toPlainText()
    assert passage in shown
    assert shown.startswith("12 ")
