"""`hoeringsdesk search QUERY [--json]`: ranked full-text search with snippets."""

from __future__ import annotations

import argparse

from hoeringsdesk.app import Services
from hoeringsdesk.commands.common import add_consultation_option, consultation_id, print_json
from hoeringsdesk.domain.enums import HitKind


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("search", help="søg i høringssvar og anbefalinger")
    parser.add_argument("query", nargs="+", metavar="ORD")
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--json", action="store_true")
    add_consultation_option(parser)
    parser.set_defaults(run=run, writes=False)


def run(services: Services, args: argparse.Namespace) -> int:
    cid = consultation_id(services, args)
    hits = services.search.search(cid, " ".join(args.query), args.limit)
    numbers = {r.id: r.number for r in services.responses.rows(cid)}
    if args.json:
        print_json(
            [
                {
                    "kind": h.kind,
                    "id": h.ref_id,
                    "response_id": h.response_id,
                    "response_number": numbers.get(h.response_id),
                    "snippet": h.snippet,
                    "rank": h.rank,
                }
                for h in hits
            ]
        )
        return 0
    if not hits:
        print("Ingen træffere.")
    for h in hits:
        what = "svar" if h.kind == HitKind.RESPONSE else "anbefaling"
        print(f"nr. {numbers.get(h.response_id) or '-':>4} ({what}): {h.snippet}")
    return 0
