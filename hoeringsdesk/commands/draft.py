"""`hoeringsdesk draft import|show`."""

from __future__ import annotations

import argparse
from pathlib import Path

from hoeringsdesk.app import Services
from hoeringsdesk.commands.common import (
    CommandError,
    add_consultation_option,
    consultation_id,
    print_json,
)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("draft", help="indlæs og vis høringsudkastet")
    actions = parser.add_subparsers(dest="action", required=True)
    imp = actions.add_parser("import", help="indlæs udkastet (.docx, .md, .txt, .odt)")
    imp.add_argument("file", type=Path)
    add_consultation_option(imp)
    imp.set_defaults(run=run_import)
    show = actions.add_parser("show", help="vis udkastets afsnit")
    show.add_argument("--json", action="store_true")
    add_consultation_option(show)
    show.set_defaults(run=run_show, writes=False)


def run_import(services: Services, args: argparse.Namespace) -> int:
    cid = consultation_id(services, args)
    path: Path = args.file
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CommandError(f"{path}: kan ikke læses ({exc.strerror}).") from None
    sections = services.drafts.import_file(cid, path.name, data)
    print(f"{len(sections)} afsnit indlæst i høring {cid}.")
    return 0


def run_show(services: Services, args: argparse.Namespace) -> int:
    sections = services.drafts.sections(consultation_id(services, args))
    if args.json:
        print_json(
            [
                {
                    "id": s.id,
                    "label": s.label,
                    "heading": s.heading,
                    "depth": s.depth,
                    "parent_id": s.parent_id,
                    "position": s.position,
                    "body": s.body,
                }
                for s in sections
            ]
        )
        return 0
    if not sections:
        print("Høringen har intet udkast endnu.")
    for s in sections:
        print("  " * s.depth + s.title)
    return 0
