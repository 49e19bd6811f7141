"""`hoeringsdesk export xlsx|docx|pdf OUT [--public]`: the council export from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from hoeringsdesk.app import Services
from hoeringsdesk.commands.common import WRITES_IF_FREE, add_consultation_option, consultation_id
from hoeringsdesk.domain.enums import ExportFormat
from hoeringsdesk.export.report import describe


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export", help="eksportér til byrådet (Excel, Word-høringsnotat eller samlet PDF)"
    )
    formats = parser.add_subparsers(dest="format", required=True)
    for fmt, text in (
        (
            ExportFormat.XLSX,
            "Excel-projektmappe: høringssvar, høringsnotat, pr. afsnit, høringsliste",
        ),
        (ExportFormat.DOCX, "Word-høringsnotat med forvaltningens bemærkninger afsnit for afsnit"),
        (
            ExportFormat.PDF,
            "alle høringssvar i én PDF til sagen (bilag), ordnet efter afsendertype",
        ),
    ):
        p = formats.add_parser(fmt, help=text)
        p.add_argument("out", type=Path, metavar=f"FIL.{fmt}")
        p.add_argument(
            "--public",
            action="store_true",
            help="offentlig udgave: privatpersoner anonymiseres, kontaktoplysninger fjernes",
        )
        add_consultation_option(p)
        p.set_defaults(run=run_export, writes=WRITES_IF_FREE)


def run_export(services: Services, args: argparse.Namespace) -> int:
    cid = consultation_id(services, args)
    write = {
        ExportFormat.XLSX: services.export.export_xlsx,
        ExportFormat.DOCX: services.export.export_docx,
        ExportFormat.PDF: services.export.export_pdf,
    }[ExportFormat(args.format)]
    report = write(cid, args.out, public=args.public)
    print(describe(report))
    return 0
