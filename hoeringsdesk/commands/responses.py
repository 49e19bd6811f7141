"""`hoeringsdesk import`, `responses`, `response show|add|edit-text`, `suggestions accept`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from hoeringsdesk.app import Services
from hoeringsdesk.commands import manual
from hoeringsdesk.commands.common import (
    CommandError,
    add_consultation_option,
    consultation_id,
    print_json,
)
from hoeringsdesk.domain.enums import FileStatus
from hoeringsdesk.domain.parsed import LOW_CONFIDENCE
from hoeringsdesk.domain.records.responses import ResponseDetail, ResponseRow
from hoeringsdesk.services.intake import ImportReport

IMPORT_STATUS = """afslutningsstatus:
  0  alle filer er registreret (som nye høringssvar eller som dubletter)
  1  importen blev ikke til noget (fx findes en sti ikke, eller databasen kan ikke bruges)
  3  en eller flere filer er ikke registreret (afvist eller sprunget over); resten er
  4  importen stoppede undervejs (disken er fuld, databasen blev skrivebeskyttet); filerne
     før er registreret, de resterende ikke
"""
ALL_REGISTERED, NOT_ALL_REGISTERED, STOPPED = 0, 3, 4


def register(sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser(
        "import",
        help="registrér høringssvar fra filer og mapper",
        epilog=IMPORT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument("paths", nargs="+", type=Path, metavar="STI")
    imp.add_argument("--json", action="store_true")
    add_consultation_option(imp)
    imp.set_defaults(run=run_import)

    lst = sub.add_parser("responses", help="vis høringssvarene")
    lst.add_argument("--json", action="store_true")
    add_consultation_option(lst)
    lst.set_defaults(run=run_list, writes=False)

    one = sub.add_parser("response", help="vis ét høringssvar")
    actions = one.add_subparsers(dest="action", required=True)
    show = actions.add_parser("show", help="vis et høringssvar med tekst og anbefalinger")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=run_show, writes=False)
    manual.register_actions(actions)

    sug = sub.add_parser("suggestions", help="håndtér skabelonforslag")
    sug_actions = sug.add_subparsers(dest="action", required=True)
    accept = sug_actions.add_parser("accept", help="godkend forslag samlet")
    target = accept.add_mutually_exclusive_group(required=True)
    target.add_argument("--response", type=int, metavar="ID")
    target.add_argument("--all", action="store_true")
    add_consultation_option(accept)
    accept.set_defaults(run=run_accept)


def run_import(services: Services, args: argparse.Namespace) -> int:
    cid = consultation_id(services, args)
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        raise CommandError(f"findes ikke: {', '.join(missing)}")

    def progress(done: int, total: int, name: str) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{done}/{total} {name[:50]:<50}", end="", file=sys.stderr)

    report = services.intake.import_paths(cid, args.paths, progress=progress)
    status = (
        STOPPED if report.stopped else ALL_REGISTERED if report.complete else NOT_ALL_REGISTERED
    )
    if args.json:
        print_json(report.as_json())
        return status
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print_report(report)
    return status


def print_report(report: ImportReport) -> None:
    """The import (or fetch) report as lines for a terminal."""
    for note in report.notes:
        print(f"BEMÆRK   {note}")
    for error in report.errors:
        print(f"FEJL     {error}")
    for o in report.outcomes:
        if o.status == FileStatus.REJECTED:
            print(f"AFVIST   {o.path}: {o.reason}")
        elif o.status == FileStatus.SKIPPED:
            print(f"SPRUNGET OVER {o.path}: {o.reason}")
        elif o.status == FileStatus.DUPLICATE:
            print(f"DUBLET   {o.path}: {o.reason}")
        for warning in o.warnings:
            print(f"ADVARSEL {o.path}: {warning}")
    skipped = f", {report.skipped} sprunget over" if report.skipped else ""
    print(
        f"{report.imported} registreret, {report.duplicates} dubletter, {report.rejected} afvist"
        f"{skipped}."
    )
    if report.cancelled:
        print("Afbrudt; resten er ikke behandlet.")
    if report.stopped:
        left = report.left
        print(
            f"hoeringsdesk: {report.stopped} Importen er stoppet; {left} "
            f"{'fil' if left == 1 else 'filer'} fra {report.remaining[0]} og frem er ikke "
            "registreret (det allerede registrerede genkendes som dubletter).",
            file=sys.stderr,
        )


def row_json(row: ResponseRow, files: list[str] | None = None) -> dict[str, Any]:
    sender = row.senders[0] if row.senders else None
    return {
        "id": row.id,
        "number": row.number,
        "received": row.received.isoformat() if row.received else None,
        "late": row.late,
        "accepted_late": row.accepted_late,
        "sender": {
            "name": (sender.contact_name or sender.organisation) if sender else "",
            "email": sender.email if sender else "",
        },
        "parties": [
            {
                "id": p.id,
                "role": p.role,
                "kind": p.kind,
                "organisation": p.organisation,
                "contact_name": p.contact_name,
                "email": p.email,
                "type": p.type,
            }
            for p in row.parties
        ],
        "sender_uncertain": row.sender_uncertain,
        "sender_note": row.sender_note,
        "organisations": row.organisations,
        "private_person": row.private_person,
        "party_kind": row.party_kind or None,
        "campaign": row.campaign_id,
        "duplicate_of": row.duplicate_of,
        "new_version_of": row.new_version_of,
        "status": row.status,
        "recommendations": row.recommendations,
        "open_suggestions": row.open_suggestions,
        "document_number": row.document_number,
        "subject": row.subject,
        "source_files": files if files is not None else [row.source_name],
    }


def detail_json(d: ResponseDetail) -> dict[str, Any]:
    data = row_json(d.row, [f.filename for f in d.files if f.parent_position is None])
    data.update(
        {
            "text": d.text,
            "attachments": [
                {
                    "filename": f.filename,
                    "content_type": f.content_type,
                    "sha256": f.sha256,
                    "size": f.size,
                }
                for f in d.files
                if f.position > 0
            ],
            "warnings": list(d.warnings),
            "channel": d.channel,
            "uncertain_words": [d.text[a:b] for a, b, c in d.ocr_words if c < LOW_CONFIDENCE],
            "notes": d.notes,
            "recommendations": [
                {
                    "id": r.id,
                    "status": r.status,
                    "passage": r.passage,
                    "summary": r.summary,
                    "type": r.type,
                    "start": r.start,
                    "end": r.end,
                    "source_label": r.source_label,
                    "sections": [{"id": s.id, "heading": s.heading} for s in r.sections],
                    "comment": r.comment,
                    "outcome": r.outcome,
                    "candidates": [c.as_json() for c in r.candidates],
                }
                for r in d.recommendations
            ],
        }
    )
    return data


def run_list(services: Services, args: argparse.Namespace) -> int:
    rows = services.responses.rows(consultation_id(services, args))
    if args.json:
        print_json([row_json(r) for r in rows])
        return 0
    if not rows:
        print("Ingen høringssvar endnu.")
    for r in rows:
        number = f"{r.number:>4}" if r.number is not None else "   -"
        when = r.received.strftime("%d-%m-%Y") if r.received else "ukendt   "
        flag = {True: "FOR SENT", False: "", None: "tid ukendt"}[r.late]
        if r.sender_uncertain and r.duplicate_of is None:
            flag = f"{flag}  AFSENDER USIKKER".strip()
        extra = f" (dublet af {r.duplicate_of_number})" if r.duplicate_of else ""
        print(f"{number}  {when}  {r.sender_display}{extra}  {flag}".rstrip())
    return 0


def run_show(services: Services, args: argparse.Namespace) -> int:
    detail = services.responses.detail(args.id)
    if args.json:
        print_json(detail_json(detail))
        return 0
    print(f"Høringssvar {detail.row.number or '(dublet)'}: {detail.row.sender_display}")
    print(detail.text)
    return 0


def run_accept(services: Services, args: argparse.Namespace) -> int:
    if args.all:
        ids = services.tagging.suggestions(consultation_id=consultation_id(services, args))
    else:
        services.responses.row(args.response)
        ids = services.tagging.suggestions(response_id=args.response)
    services.tagging.accept(ids)
    print(f"{len(ids)} forslag godkendt.")
    return 0
