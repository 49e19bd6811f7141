"""`hoeringsdesk senders rederive` and `senders uncertain`: who sent the responses."""

from __future__ import annotations

import argparse
import sys

from hoeringsdesk.app import Services
from hoeringsdesk.commands.common import add_consultation_option, consultation_id, print_json


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("senders", help="afsendere: genlæs fra de gemte filer, vis usikre")
    actions = parser.add_subparsers(dest="action", required=True)
    rederive = actions.add_parser(
        "rederive",
        help="læs alle svars afsendere igen fra de gemte originalfiler (sagsbehandlerens "
        "rettelser bevares, ændringer skrives i historikken)",
    )
    rederive.add_argument("--consultation", type=int, metavar="ID", help="kun denne høring")
    rederive.set_defaults(run=run_rederive)
    uncertain = actions.add_parser("uncertain", help="vis svar, hvis afsender er usikker")
    uncertain.add_argument("--json", action="store_true")
    add_consultation_option(uncertain)
    uncertain.set_defaults(run=run_uncertain, writes=False)


def run_rederive(services: Services, args: argparse.Namespace) -> int:
    def progress(done: int, total: int, _what: str) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr)

    report = services.senders.run(args.consultation, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(report.summary())
    return 0


def run_uncertain(services: Services, args: argparse.Namespace) -> int:
    cid = consultation_id(services, args)
    rows = [
        r for r in services.responses.rows(cid) if r.duplicate_of is None and r.sender_uncertain
    ]
    if args.json:
        print_json(
            [{"number": r.number, "sender": r.sender_display, "why": r.sender_note} for r in rows]
        )
        return 0
    for r in rows:
        print(f"nr. {r.number}\t{r.sender_display}\t{r.sender_note}")
    if not rows:
        print("Ingen svar har en usikker afsender.")
    return 0
