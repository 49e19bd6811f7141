"""Command line: no arguments opens the GUI; subcommands work on the store without a window."""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from hoeringsdesk.commands import (
    consultation,
    demo,
    draft,
    export,
    mailbox,
    privacy,
    responses,
    screenshot,
    search,
    selfcheck,
    senders,
    store,
)
from hoeringsdesk.commands.common import WRITES_IF_FREE, CommandError
from hoeringsdesk.db.access import StoreError, StoreNeedsUpgrade, StoreReadOnly
from hoeringsdesk.db.lock import StoreLocked
from hoeringsdesk.errors import brief, log_unexpected
from hoeringsdesk.paths import PresetError, store_target
from hoeringsdesk.services.errors import ServiceError

COMMANDS = (
    consultation,
    draft,
    demo,
    responses,
    mailbox,
    search,
    export,
    screenshot,
    store,
    privacy,
    selfcheck,
    senders,
)


# argparse's own messages, in Danish (it has no translation of its own installed).
_ARGPARSE_DANISH = (
    (
        re.compile(r"invalid choice: (.+?) \(choose from (.*)\)$"),
        r"ugyldigt valg: \1 (vælg mellem \2)",
    ),
    (re.compile(r"the following arguments are required: (.*)$"), r"disse argumenter mangler: \1"),
    (re.compile(r"unrecognized arguments: (.*)$"), r"ukendte argumenter: \1"),
    (re.compile(r"expected one argument$"), "forventede ét argument"),
    (re.compile(r"expected at least one argument$"), "forventede mindst ét argument"),
    (re.compile(r"invalid (\w+) value: (.*)$"), r"ugyldig værdi: \2"),
    (re.compile(r"not allowed with argument (.*)$"), r"kan ikke bruges sammen med \1"),
)


def danish_argparse_message(message: str) -> str:
    for pattern, danish in _ARGPARSE_DANISH:
        message = pattern.sub(danish, message)
    return message


class _Formatter(argparse.HelpFormatter):
    """Usage lines start "brug:", not "usage:"."""

    def add_usage(self, usage, actions, groups, prefix=None) -> None:  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, "brug: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse in Danish, and a usage error is one line on stderr."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("add_help", False)
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = "kommandoer og argumenter"
        self._optionals.title = "tilvalg"
        self.add_argument("-h", "--help", action="help", help="vis denne hjælp og afslut")

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {danish_argparse_message(message)} (se --help)\n")


class _Version(argparse.Action):
    """--version, read from the package metadata only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from hoeringsdesk.version import version

        print(f"{parser.prog} {version()}")
        parser.exit(0)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="hoeringsdesk",
        description="Høringsdesk: registrér, tag, gennemgå og eksportér høringssvar. "
        "Uden kommando åbnes programmets vindue.",
    )
    parser.add_argument("--version", action=_Version, help="vis programmets version og afslut")
    parser.add_argument(
        "--db",
        metavar="STI|URL",
        help="databasen: en filsti eller en SQLAlchemy-URL (ellers HOERINGSDESK_DB, maskinens "
        "fælles opsætning fra IT eller standarddatabasen i brugerens datamappe)",
    )
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="åbn databasen skrivebeskyttet (fx mens en anden arbejder i den)",
    )
    parser.add_argument(
        "--take-over",
        action="store_true",
        help="overtag en forladt lås på databasen",
    )
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=_Parser)
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    garbled = garbled_argument(parser, args)
    if garbled:
        print(
            f"hoeringsdesk: {garbled} indeholder tegn, der ikke er gyldig tekst (bytes, som "
            "terminalens tegnsæt ikke kan afkode). Skriv teksten igen i UTF-8.",
            file=sys.stderr,
        )
        return 2
    if args.command is None:
        from hoeringsdesk.gui.launch import run_gui

        return run_gui(args.db)
    if not getattr(args, "needs_store", True):
        return int(args.run(None, args) or 0)
    try:
        target = store_target(args.db)
    except PresetError as exc:
        print(f"hoeringsdesk: {exc}", file=sys.stderr)
        return 1
    return run_command(target, args)


def _has_surrogates(value: object) -> bool:
    if isinstance(value, str):
        return any("\ud800" <= ch <= "\udfff" for ch in value)
    if isinstance(value, list | tuple):
        return any(_has_surrogates(v) for v in value)
    return False


def _option_names(parser: argparse.ArgumentParser) -> dict[str, str]:
    """Each argument's dest → how the officer wrote it (--title, or the positional's name)."""
    names: dict[str, str] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                names.update(_option_names(sub))
        elif action.dest not in names:
            names[action.dest] = (
                action.option_strings[-1] if action.option_strings else str(action.metavar)
            )
    return names


def garbled_argument(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str:
    """The name of a text argument with undecodable bytes (lone surrogates), or "".

    File paths may hold such bytes (the file system allows them); text cannot be stored."""
    for dest, value in vars(args).items():
        if _has_surrogates(value):
            return _option_names(parser).get(dest, dest)
    return ""


def open_for(target: str, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Writing commands lock the store; reading ones open it read-only, so they work while
    an officer has it open in the window, and never create a store. An export notes itself
    in the history when the store is free, and otherwise just reads."""
    from hoeringsdesk.app import open_app

    if args.read_only:
        return open_app(target, read_only=True)
    writes = getattr(args, "writes", True)
    if writes is True:
        return open_app(target, take_over=args.take_over)
    if writes == WRITES_IF_FREE:
        try:
            return open_app(target, create=False)
        except (StoreLocked, StoreReadOnly):
            return open_app(target, read_only=True)
    try:
        return open_app(target, read_only=True)
    except StoreNeedsUpgrade:
        return open_app(target, create=False, take_over=args.take_over)


def run_command(target: str, args: argparse.Namespace) -> int:
    services = None
    try:
        services = open_for(target, args)
        for notice in services.store.notices:
            print(notice, file=sys.stderr)
        return int(args.run(services, args) or 0)
    except (ServiceError, StoreError, CommandError, StoreLocked) as exc:
        print(f"hoeringsdesk: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("hoeringsdesk: afbrudt.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the officer never sees a traceback
        logfile = log_unexpected(exc)
        print(
            f"hoeringsdesk: uventet fejl ({type(exc).__name__}: {brief(exc)}). "
            f"Detaljer er skrevet i {logfile}",
            file=sys.stderr,
        )
        return 2
    finally:
        if services is not None:
            services.close()
        logging.shutdown()
