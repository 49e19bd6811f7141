"""Helpers shared by the subcommands: output, argument types and the open store."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from hoeringsdesk.app import Services

WRITES_IF_FREE = "if-free"  # a reading command that notes itself when the store is free


class CommandError(Exception):
    """A command-line problem reported as one line on stderr."""


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' er ikke en dato på formen ÅÅÅÅ-MM-DD") from None


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def consultation_id(services: Services, args: argparse.Namespace) -> int:
    return services.consultations.resolve(getattr(args, "consultation", None))


def add_consultation_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--consultation",
        type=int,
        metavar="ID",
        help="høringens id (standard: den senest oprettede)",
    )
