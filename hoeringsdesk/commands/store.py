"""`hoeringsdesk backup OUT`, `restore FILE` and `migrate`: looking after the store itself."""

from __future__ import annotations

import argparse
from pathlib import Path

from hoeringsdesk.app import Services
from hoeringsdesk.commands.common import CommandError


def register(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser("backup", help="lav en kontrolleret sikkerhedskopi af databasen")
    backup.add_argument("out", type=Path, metavar="FIL")
    backup.set_defaults(run=run_backup, writes=False)
    restore = sub.add_parser(
        "restore", help="gendan databasen fra en sikkerhedskopi (den nuværende gemmes først)"
    )
    restore.add_argument("file", type=Path, metavar="FIL")
    restore.set_defaults(run=run_restore, writes=True)
    migrate = sub.add_parser("migrate", help="opret eller opgradér databasens skema")
    migrate.set_defaults(run=run_migrate, writes=True)


def run_backup(services: Services, args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.is_dir():
        out = out / "hoeringsdesk-sikkerhedskopi.sqlite3"
    path = services.backups.backup_to(out)
    print(f"Sikkerhedskopi gemt og kontrolleret: {path}")
    return 0


def run_restore(services: Services, args: argparse.Namespace) -> int:
    from hoeringsdesk.services.backups import restore_store

    path = services.store.path
    if path is None:
        raise CommandError("en fælles PostgreSQL-database gendannes af IT, ikke af Høringsdesk.")
    lock = services.lock
    services.store.close()
    try:
        safety = restore_store(path, args.file.resolve())
    finally:
        services.lock = lock
    print(f"Databasen er gendannet fra {args.file}. Den hidtidige database er gemt i {safety}.")
    return 0


def run_migrate(services: Services, args: argparse.Namespace) -> int:
    from hoeringsdesk.db.store import head_revision

    print(f"Databasens skema er opdateret (version {head_revision()}).")
    return 0
