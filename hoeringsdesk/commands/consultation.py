"""`hoeringsdesk consultation new|list`."""

from __future__ import annotations

import argparse
from pathlib import Path

from hoeringsdesk.app import Services
from hoeringsdesk.commands.common import parse_date, print_json
from hoeringsdesk.domain.records.consultations import InvitedInfo
from hoeringsdesk.services.errors import ServiceError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("consultation", help="opret og vis høringer")
    actions = parser.add_subparsers(dest="action", required=True)
    new = actions.add_parser("new", help="opret en høring; skriver dens id")
    new.add_argument("--title", required=True)
    new.add_argument("--deadline", required=True, type=parse_date, metavar="ÅÅÅÅ-MM-DD")
    new.add_argument("--case-number", default="")
    new.add_argument("--authority", default="")
    new.add_argument("--start", type=parse_date, metavar="ÅÅÅÅ-MM-DD")
    new.add_argument("--reply-address", action="append", default=[], metavar="E-MAIL")
    new.add_argument(
        "--published-where", default="", metavar="STED", help="hvor udkastet er offentliggjort"
    )
    new.add_argument(
        "--invited",
        type=Path,
        metavar="FIL",
        help="høringslisten som .xlsx eller .csv (navn, e-mail, type)",
    )
    new.set_defaults(run=run_new)
    lst = actions.add_parser("list", help="vis alle høringer")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=run_list, writes=False)


def run_new(services: Services, args: argparse.Namespace) -> int:
    invited: list[InvitedInfo] = []
    if args.invited is not None:
        try:
            data = args.invited.read_bytes()
        except OSError as exc:
            raise ServiceError(f"{args.invited} kan ikke læses: {exc.strerror or exc}") from None
        invited = services.consultations.read_invited_file(args.invited.name, data)
    info = services.consultations.create(
        args.title,
        args.deadline,
        case_number=args.case_number,
        authority=args.authority,
        start_date=args.start,
        reply_addresses=args.reply_address,
        published_where=args.published_where,
        invited=invited,
    )
    print(info.id)
    return 0


def run_list(services: Services, args: argparse.Namespace) -> int:
    items = services.consultations.list()
    if args.json:
        print_json(
            [
                {
                    "id": c.id,
                    "title": c.title,
                    "authority": c.authority,
                    "case_number": c.case_number,
                    "deadline": c.deadline.isoformat(),
                    "start_date": c.start_date.isoformat() if c.start_date else None,
                    "reply_addresses": list(c.reply_addresses),
                }
                for c in items
            ]
        )
        return 0
    if not items:
        print("Ingen høringer endnu.")
    for c in items:
        print(f"{c.id:>4}  frist {c.deadline:%d-%m-%Y}  {c.title}")
    return 0
