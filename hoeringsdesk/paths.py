"""Where things live: the default store, logs and resources (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "Hoeringsdesk"
STORE_FILENAME = "hoeringsdesk.sqlite3"
ENV_DB = "HOERINGSDESK_DB"


def default_store() -> Path:
    """The default local store: one file in the user's data folder."""
    return user_data_path(APP_NAME, appauthor=False) / STORE_FILENAME


def store_target(cli_value: str | None) -> str:
    """--db beats HOERINGSDESK_DB beats the default store."""
    if cli_value:
        return cli_value
    env = os.environ.get(ENV_DB, "").strip()
    if env:
        return env
    return str(default_store())


def log_dir() -> Path:
    return user_log_path(APP_NAME, appauthor=False)


def resources_dir() -> Path:
    """The resources folder, from a source checkout or an installed wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "_resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Høringsdesk's resources folder is missing")
