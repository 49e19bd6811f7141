"""Response text helpers the GUI may use; they live in the pure suggestion layer."""

from __future__ import annotations

from hoeringsdesk.suggest.summary import default_summary

__all__ = ["default_summary"]
