"""Response text helpers the GUI may use; they live in the pure intake layer."""

from __future__ import annotations

from hoeringsdesk.intake.assembly import first_sentence

__all__ = ["first_sentence"]
