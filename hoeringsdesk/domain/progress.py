"""How long work reports how far it is and asks whether to stop: one Progress, one Cancel."""

from __future__ import annotations

from collections.abc import Callable

# progress(done, total, what): ``what`` names the item being worked on ("" when nothing to name).
Progress = Callable[[int, int, str], None]
# cancel() is true once the officer asked to stop.
Cancel = Callable[[], bool]
