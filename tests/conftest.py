"""Shared test setup: Qt runs offscreen, every test gets a fresh store in tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
