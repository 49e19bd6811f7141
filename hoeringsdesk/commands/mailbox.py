"""`hoeringsdesk mailbox add|list|fetch|password|remove`: a consultation's mailboxes (IMAP)."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from hoeringsdesk.app import Services
from hoeringsdesk.commands.common import (
    CommandError,
    add_consultation_option,
    consultation_id,
    parse_date,
    print_json,
)
from hoeringsdesk.commands.responses import print_report
from hoeringsdesk.domain.enums import MailboxAuth, MailboxSecurity
from hoeringsdesk.domain.mailbox import MailboxInfo


def register(sub: argparse._SubParsersAction) -> None:
    box = sub.add_parser("mailbox", help="høringens postkasser: opsæt og hent nye svar (IMAP)")
    actions = box.add_subparsers(dest="action", required=True, metavar="HANDLING")

    add = actions.add_parser("add", help="tilføj en postkasse (adgangskoden gemmes i nøgleringen)")
    add.add_argument("--host", required=True, help="IMAP-serveren, fx outlook.office365.com")
    add.add_argument("--user", required=True, help="brugernavn, typisk postkassens adresse")
    add.add_argument("--name", default="", help="et navn til postkassen (standard: brugernavnet)")
    add.add_argument(
        "--security",
        choices=[m.value for m in MailboxSecurity],
        default=MailboxSecurity.TLS.value,
        help="tls: krypteret fra start (port 993); starttls: krypteres før login (port 143)",
    )
    add.add_argument("--port", type=int, help="standard: 993 for tls, 143 for starttls")
    add.add_argument("--folder", default="INBOX", help="mappen der hentes fra (standard INBOX)")
    add.add_argument("--since", type=parse_date, metavar="ÅÅÅÅ-MM-DD", help="modtaget siden")
    add.add_argument("--ca-file", default="", help="en intern certifikatudsteders fil (fra IT)")
    add.add_argument(
        "--oauth2",
        action="store_true",
        help="Microsoft 365-login (XOAUTH2) i stedet for adgangskode; kræver --client-id",
    )
    add.add_argument("--client-id", default="", help="programmets klient-id i Microsoft Entra")
    add.add_argument("--tenant", default="", help="organisationens Entra-tenant (domæne eller id)")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="læs adgangskoden fra standard input (ellers spørges der)",
    )
    add.add_argument("--json", action="store_true")
    add_consultation_option(add)
    add.set_defaults(run=run_add)

    lst = actions.add_parser("list", help="vis høringens postkasser")
    lst.add_argument("--json", action="store_true")
    add_consultation_option(lst)
    lst.set_defaults(run=run_list, writes=False)

    fetch = actions.add_parser("fetch", help="hent nye svar fra postkasserne (ændrer intet i dem)")
    fetch.add_argument("ids", nargs="*", type=int, metavar="ID", help="standard: alle")
    fetch.add_argument("--json", action="store_true")
    add_consultation_option(fetch)
    fetch.set_defaults(run=run_fetch)

    password = actions.add_parser("password", help="gem en ny adgangskode i nøgleringen")
    password.add_argument("id", type=int, metavar="ID")
    password.add_argument("--password-stdin", action="store_true")
    password.set_defaults(run=run_password)

    login = actions.add_parser("login", help="log ind på Microsoft 365 (enhedskode)")
    login.add_argument("id", type=int, metavar="ID")
    login.set_defaults(run=run_login, writes=False)

    remove = actions.add_parser("remove", help="glem en postkasse (det hentede bliver)")
    remove.add_argument("id", type=int, metavar="ID")
    remove.set_defaults(run=run_remove)


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass("Adgangskode (gemmes i nøgleringen): ")
    else:
        raise CommandError("angiv adgangskoden med --password-stdin")
    if not password:
        raise CommandError("adgangskoden er tom")
    return password


def info_json(info: MailboxInfo) -> dict[str, Any]:
    return {
        "id": info.id,
        "name": info.label,
        "host": info.host,
        "port": info.port,
        "security": info.security,
        "user": info.username,
        "folder": info.folder,
        "since": info.since.isoformat() if info.since else None,
        "auth": info.auth,
        "uidvalidity": info.uidvalidity,
        "highest_uid": info.highest_uid,
        "fetched_at": info.fetched_at.isoformat() if info.fetched_at else None,
        "messages": info.messages,
    }


def run_add(services: Services, args: argparse.Namespace) -> int:
    cid = consultation_id(services, args)
    auth = MailboxAuth.OAUTH2 if args.oauth2 else MailboxAuth.PASSWORD
    if auth == MailboxAuth.OAUTH2 and not args.client_id:
        raise CommandError("Microsoft 365-login kræver --client-id (fra IT)")
    password = _read_password(args) if auth == MailboxAuth.PASSWORD else None
    values: dict[str, Any] = {
        "name": args.name,
        "host": args.host,
        "username": args.user,
        "security": MailboxSecurity(args.security),
        "folder": args.folder,
        "since": args.since,
        "ca_file": args.ca_file,
        "auth": auth,
        "oauth_client_id": args.client_id,
        "oauth_tenant": args.tenant,
    }
    if args.port is not None:
        values["port"] = args.port
    info = services.mailboxes.add(cid, password=password, **values)
    if args.json:
        print_json(info_json(info))
    else:
        print(
            f"Postkasse {info.id} tilføjet: {info.label} ({info.host}:{info.port}, {info.folder})."
        )
        if auth == MailboxAuth.OAUTH2:
            print(f"Log ind med: hoeringsdesk mailbox login {info.id}")
    return 0


def run_list(services: Services, args: argparse.Namespace) -> int:
    boxes = services.mailboxes.list(consultation_id(services, args))
    if args.json:
        print_json([info_json(b) for b in boxes])
        return 0
    if not boxes:
        print("Høringen har ingen postkasser endnu (hoeringsdesk mailbox add --help).")
    for b in boxes:
        when = f"sidst hentet {b.fetched_at:%d-%m-%Y %H:%M} UTC" if b.fetched_at else "ikke hentet"
        print(
            f"{b.id:>3}  {b.label}  {b.host}:{b.port} {b.security.upper()}  {b.folder}  "
            f"{b.messages} beskeder, {when}"
        )
    return 0


def run_fetch(services: Services, args: argparse.Namespace) -> int:
    cid = consultation_id(services, args)

    def progress(done: int, total: int, name: str) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{done}/{total} {name[:50]:<50}", end="", file=sys.stderr)

    report = services.mailboxes.fetch_all(cid, args.ids or None, progress=progress)
    if args.json:
        print_json(report.as_json())
    else:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print_report(report)
    return 1 if report.errors else 0  # a mailbox (or part of one) could not be fetched


def run_password(services: Services, args: argparse.Namespace) -> int:
    services.mailboxes.set_password(args.id, _read_password(args))
    print("Adgangskoden er gemt i nøgleringen.")
    return 0


def run_login(services: Services, args: argparse.Namespace) -> int:
    code = services.mailboxes.start_sign_in(args.id)
    print(code.message, flush=True)
    services.mailboxes.finish_sign_in(args.id, code, lambda: False)
    print("Logget ind; adgangen er gemt i nøgleringen.")
    return 0


def run_remove(services: Services, args: argparse.Namespace) -> int:
    services.mailboxes.remove(args.id)
    print("Postkassen er fjernet; de hentede svar er der stadig.")
    return 0
