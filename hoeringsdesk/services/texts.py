"""Response text helpers for the services; they live in the pure intake layer."""

from __future__ import annotations

from hoeringsdesk.intake.assembly import (
    PlacedPart,
    assemble,
    first_sentence,
    is_general_row,
    is_sender_row,
    locate,
)

__all__ = ["PlacedPart", "assemble", "first_sentence", "is_general_row", "is_sender_row", "locate"]
