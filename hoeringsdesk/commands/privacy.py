"""`hoeringsdesk privacy anonymise|erase --response ID` and `privacy due`."""

from __future__ import annotations

import argparse

from hoeringsdesk.app import Services
from hoeringsdesk.commands.common import print_json


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("privacy", help="anonymisér og slet personoplysninger")
    actions = parser.add_subparsers(dest="action", required=True)
    anonymise = actions.add_parser(
        "anonymise",
        help="erstat en privat afsender med et pseudonym overalt (også i de gemte filer)",
    )
    anonymise.add_argument("--response", type=int, required=True, metavar="ID")
    anonymise.set_defaults(run=run_anonymise, writes=True)
    erase = actions.add_parser(
        "erase", help="slet et høringssvars personoplysninger (anbefalingerne bevares anonymiseret)"
    )
    erase.add_argument("--response", type=int, required=True, metavar="ID")
    erase.set_defaults(run=run_erase, writes=True)
    due = actions.add_parser("due", help="høringer hvis personoplysninger skal slettes nu")
    due.add_argument("--json", action="store_true")
    due.set_defaults(run=run_due, writes=False)


def run_anonymise(services: Services, args: argparse.Namespace) -> int:
    labels = services.privacy.anonymise(args.response)
    print(f"Anonymiseret som {', '.join(labels)}.")
    print(services.privacy.backups_note())
    return 0


def run_erase(services: Services, args: argparse.Namespace) -> int:
    services.privacy.erase(args.response)
    print(f"Personoplysningerne i høringssvar {args.response} er slettet.")
    print(services.privacy.backups_note())
    return 0


def run_due(services: Services, args: argparse.Namespace) -> int:
    items = services.privacy.due()
    if args.json:
        print_json(
            [
                {
                    "consultation_id": i.consultation_id,
                    "title": i.title,
                    "delete_after": i.delete_after.isoformat(),
                    "responses_with_data": i.responses_with_data,
                }
                for i in items
            ]
        )
        return 0
    if not items:
        print("Ingen høringer har personoplysninger, der skal slettes nu.")
    for i in items:
        print(
            f"{i.consultation_id:>4}  slettes efter {i.delete_after:%d-%m-%Y}  "
            f"{i.responses_with_data} svar  {i.title}"
        )
    return 0
