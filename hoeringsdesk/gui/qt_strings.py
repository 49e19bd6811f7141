"""Qt's own dialog texts that its Danish catalogue (qtbase_da) lacks: Qt renamed them after
that translation was made ("Look in:" became "&Look in:"), so its file dialogs showed English.
Listed here they are in our catalogue, which Qt asks when its own has no translation."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_DIALOG_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
