"""A passage's default one-line summary, for the GUI (it lives in the pure suggestion layer)."""

from __future__ import annotations

from hoeringsdesk.suggest.summary import default_summary

__all__ = ["default_summary"]
