"""Readers and helpers that turn received files into parsed responses (no store access)."""
