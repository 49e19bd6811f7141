"""`hoeringsdesk screenshot VIEW OUT.png [--size 1366x768]`: a view rendered offscreen."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from hoeringsdesk.app import Services
from hoeringsdesk.commands.common import add_consultation_option, consultation_id
from hoeringsdesk.gui.screenshot import VIEWS  # a plain tuple: imports no Qt


def parse_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", text)
    if not match:
        raise argparse.ArgumentTypeError(f"'{text}' er ikke en størrelse som 1366x768")
    return int(match.group(1)), int(match.group(2))


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("screenshot", help="gem et billede af en visning (offscreen)")
    parser.add_argument("view", choices=VIEWS)
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", type=parse_size, default=(1366, 768), metavar="BxH")
    parser.add_argument("--language", choices=("da", "en"), default="da")
    add_consultation_option(parser)
    parser.set_defaults(run=run, writes=False)


def run(services: Services, args: argparse.Namespace) -> int:
    from hoeringsdesk.gui.screenshot import render

    cid = consultation_id(services, args)
    path = render(services, args.view, args.out, args.size, cid, args.language)
    print(path)
    return 0
