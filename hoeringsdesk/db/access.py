"""What a local store's file and folder allow (create, write, read), said in one sentence."""

from __future__ import annotations

import os
from pathlib import Path


class StoreError(Exception):
    """The store cannot be opened; the message says why in one line."""


class StoreMissing(StoreError):
    """There is no store at the path (and the command does not create one)."""


class StoreReadOnly(StoreError):
    """The store's file or folder may not be written; it can still be read."""


class StoreNeedsUpgrade(StoreError):
    """The store is older than this version and must be upgraded before a read-only open."""


def _writable(path: Path) -> bool:
    if os.access in os.supports_effective_ids:
        return os.access(path, os.W_OK, effective_ids=True)
    return os.access(path, os.W_OK)


def folder_writable(path: Path) -> bool:
    """True when SQLite may create its journal files next to the store."""
    return _writable(path.parent)


def check_writable(path: Path, *, create_folder: bool = False) -> None:
    """Raise a clear StoreError unless the store at ``path`` can be written (or created).

    A missing folder is created only when ``create_folder`` (the default store, or a place
    the officer chose in the window); a typing error in --db never starts a store elsewhere.
    """
    folder = path.parent
    if path.is_dir():
        raise StoreError(f"{path} er en mappe, ikke en databasefil.")
    if not folder.exists():
        if not create_folder:
            raise StoreMissing(
                f"Mappen {folder} findes ikke, så databasen {path.name} oprettes ikke dér. "
                "Tjek stien (--db eller HOERINGSDESK_DB)."
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"Mappen {folder} kunne ikke oprettes: {exc.strerror or exc}."
            ) from exc
    if not folder.is_dir():
        raise StoreError(f"{folder} er ikke en mappe, så databasen kan ikke ligge dér.")
    exists = path.exists()
    if exists and not _writable(path):
        raise StoreReadOnly(
            f"Databasen {path} er skrivebeskyttet (filen må ikke ændres), så intet kan gemmes. "
            "Kommandoer, der kun læser, virker stadig; ellers skal filen gøres skrivbar."
        )
    if not _writable(folder):
        what = "ligger i en skrivebeskyttet mappe" if exists else "kan ikke oprettes i mappen"
        raise StoreReadOnly(
            f"Databasen {path.name} {what} {folder}: SQLite skal kunne skrive sine "
            "journalfiler dér, så intet kan gemmes. Kommandoer, der kun læser, virker stadig."
        )


def read_uri(path: Path) -> str:
    """The SQLite URI that opens the store for reading only.

    In a folder that may not be written, SQLite cannot make the WAL index (-shm) a reader
    needs; then nobody can be writing the store either (a writer needs that folder too), so
    it is opened as immutable."""
    uri = path.as_uri()
    wal = path.with_name(path.name + "-wal")
    if not folder_writable(path) and not wal.exists():
        return f"{uri}?immutable=1"
    return f"{uri}?mode=ro"
