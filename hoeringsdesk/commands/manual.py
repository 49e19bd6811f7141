"""`hoeringsdesk response add` (Nyt høringssvar by hand) and `response edit-text`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hoeringsdesk.app import Services
from hoeringsdesk.commands.common import (
    CommandError,
    add_consultation_option,
    consultation_id,
    parse_date,
    print_json,
)
from hoeringsdesk.domain.enums import Channel, PartyKind
from hoeringsdesk.services.manual_entry import ManualEntry

KINDS = {
    "privatperson": PartyKind.PRIVATE,
    "organisation": PartyKind.ORGANISATION,
    "myndighed": PartyKind.AUTHORITY,
}
CHANNELS = {"post": Channel.POST, "telefon": Channel.TELEPHONE, "personligt": Channel.IN_PERSON}


def register_actions(actions: argparse._SubParsersAction) -> None:
    add = actions.add_parser(
        "add", help="registrér et høringssvar i hånden (modtaget med post, telefon, personligt)"
    )
    add.add_argument(
        "--sender",
        action="append",
        default=[],
        metavar="AFSENDER",
        help="en afsender, skrevet som i skabelonens Afsender-felt (kan gentages)",
    )
    add.add_argument(
        "--kind",
        choices=sorted(KINDS),
        help="afsendernes type (standard: læses af hvordan de er skrevet)",
    )
    add.add_argument("--received", type=parse_date, required=True, metavar="ÅÅÅÅ-MM-DD")
    add.add_argument("--channel", choices=sorted(CHANNELS), required=True)
    add.add_argument("--subject", default="")
    text = add.add_mutually_exclusive_group()
    text.add_argument("--text", default="", help="svarets tekst")
    text.add_argument("--text-file", type=Path, metavar="FIL", help="svarets tekst fra en fil")
    add.add_argument("--scan", type=Path, metavar="FIL", help="scanning eller foto af brevet")
    add.add_argument("--json", action="store_true")
    add_consultation_option(add)
    add.set_defaults(run=run_add)

    edit = actions.add_parser("edit-text", help="ret et høringssvars tekst (fx OCR-fejl)")
    edit.add_argument("id", type=int)
    source = edit.add_mutually_exclusive_group(required=True)
    source.add_argument("--text")
    source.add_argument("--text-file", type=Path, metavar="FIL")
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(run=run_edit)


def _read_text(path: Path | None, given: str) -> str:
    if path is None:
        return given
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"teksten i {path} kan ikke læses: {exc}") from exc


def run_add(services: Services, args: argparse.Namespace) -> int:
    cid = consultation_id(services, args)
    scan = None
    if args.scan is not None:
        try:
            scan = args.scan.read_bytes()
        except OSError as exc:
            raise CommandError(f"{args.scan} kan ikke læses: {exc.strerror or exc}") from exc
    entry = ManualEntry(
        senders="\n".join(args.sender),
        received=args.received,
        channel=CHANNELS[args.channel],
        text=_read_text(args.text_file, args.text),
        scan_name=args.scan.name if args.scan is not None else "",
        scan=scan,
        subject=args.subject,
        kind=KINDS[args.kind] if args.kind else None,
    )
    outcome = services.intake.register_manual(cid, entry)
    row = services.responses.row(outcome.response_id or 0)
    if args.json:
        print_json({**outcome.as_json(), "number": row.number})
    else:
        print(f"Registreret som svar nr. {row.number}: {row.sender_display}")
        for warning in outcome.warnings:
            print(f"ADVARSEL: {warning}", file=sys.stderr)
    return 0


def run_edit(services: Services, args: argparse.Namespace) -> int:
    text = _read_text(args.text_file, args.text or "")
    edit = services.texts.edit(args.id, text)
    if args.json:
        print_json(
            {
                "response_id": args.id,
                "changed_tags": list(edit.changed_tags),
                "emptied_tags": list(edit.emptied_tags),
            }
        )
        return 0
    print("Teksten er rettet.")
    if edit.changed_tags:
        ids = ", ".join(str(i) for i in edit.changed_tags)
        print(f"Rettelsen ændrede passagen i anbefaling {ids}; se dem efter.")
    if edit.emptied_tags:
        ids = ", ".join(str(i) for i in edit.emptied_tags)
        print(f"Passagen i anbefaling {ids} er slettet; anbefalingen har nu ingen passage.")
    return 0
