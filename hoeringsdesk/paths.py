"""Where things live: the default store, the machine-wide preset, logs and resources."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import site_config_path, user_data_path, user_log_path

APP_NAME = "Hoeringsdesk"
STORE_FILENAME = "hoeringsdesk.sqlite3"
ENV_DB = "HOERINGSDESK_DB"
PRESET_FILENAME = "hoeringsdesk.ini"  # [database] url = … for every user of the machine


class PresetError(Exception):
    """The machine-wide preset exists but cannot be used (its message is for the officer)."""


def default_store() -> Path:
    """The default local store: one file in the user's data folder."""
    return user_data_path(APP_NAME, appauthor=False) / STORE_FILENAME


def preset_file() -> Path:
    """The machine-wide preset IT may install: %PROGRAMDATA%\\Hoeringsdesk\\hoeringsdesk.ini on
    Windows, /etc/xdg/Hoeringsdesk/hoeringsdesk.ini on Linux (first of $XDG_CONFIG_DIRS)."""
    return site_config_path(APP_NAME, appauthor=False) / PRESET_FILENAME


def preset_database(path: Path | None = None) -> str | None:
    """The database URL or path preset for every user of this machine, if any.

    A preset that exists but cannot be read raises PresetError: opening the local store
    instead would have the officer work in the wrong database without knowing it."""
    import configparser

    path = path or preset_file()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise PresetError(
            f"Den fælles opsætning {path} kan ikke læses ({reason}). Kontakt IT."
        ) from exc
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as exc:
        first = str(exc).splitlines()[0]
        raise PresetError(
            f"Den fælles opsætning {path} er ikke en gyldig ini-fil ({first}). Kontakt IT."
        ) from exc
    url = parser.get("database", "url", fallback="").strip()
    return url or None


def store_target(cli_value: str | None, saved: str | None = None) -> str:
    """--db beats HOERINGSDESK_DB beats the user's saved choice (the window's Fil →
    Database…) beats the machine-wide preset beats the default store."""
    if cli_value:
        return cli_value
    env = os.environ.get(ENV_DB, "").strip()
    if env:
        return env
    if saved and saved.strip():
        return saved.strip()
    return preset_database() or str(default_store())


def log_dir() -> Path:
    return user_log_path(APP_NAME, appauthor=False)


def resources_dir() -> Path:
    """The resources folder, from a source checkout or an installed wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "_resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Høringsdesk's resources folder is missing")
