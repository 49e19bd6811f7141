"""`hoeringsdesk demo`: an invented consultation with a draft, for a first look."""

from __future__ import annotations

import argparse

from hoeringsdesk.app import Services


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("demo", help="opret en demo-høring med opdigtede data")
    parser.set_defaults(run=run_demo)


def run_demo(services: Services, args: argparse.Namespace) -> int:
    cid = services.demo.create()
    print(f"Demo-høring oprettet med id {cid}.")
    return 0
