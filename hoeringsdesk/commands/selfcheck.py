"""`hoeringsdesk selfcheck`: is this installation complete? Tries every module, data file and
worker process the program loads at run time, without touching a store."""

from __future__ import annotations

import argparse
import importlib
import io
import pkgutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import hoeringsdesk

NOT_MODULES = ("hoeringsdesk.__main__",)  # runs the program when imported


def check_modules() -> str:
    """Every module of the program imports (a library missing from a bundle fails here)."""
    names = [
        m.name
        for m in pkgutil.walk_packages(hoeringsdesk.__path__, "hoeringsdesk.")
        if m.name not in NOT_MODULES
    ]
    for name in names:
        importlib.import_module(name)
    if len(names) < 50:
        raise RuntimeError(f"kun {len(names)} moduler fundet i programmet")
    return f"{len(names)} moduler"


def check_resources() -> str:
    from hoeringsdesk.paths import resources_dir

    folder = resources_dir()
    for relative in (
        "demo/udkast.md",
        "translations/hoeringsdesk_da.qm",
        "fonts/DejaVuSans.ttf",  # the combined PDF's letters (æøå)
        "fonts/DejaVuSans-Bold.ttf",
    ):
        if not (folder / relative).is_file():
            raise RuntimeError(f"{relative} mangler i {folder}")
    return str(folder)


def check_migrations() -> str:
    """Alembic reads the migration scripts as files: every revision runs on an empty SQLite
    database, up to the head the models expect."""
    from sqlalchemy import text

    from hoeringsdesk.db.engine import create_store_engine
    from hoeringsdesk.db.revisions import head_revision
    from hoeringsdesk.db.store import upgrade

    with tempfile.TemporaryDirectory(prefix="hoeringsdesk-selfcheck-") as folder:
        engine = create_store_engine(f"sqlite:///{Path(folder) / 'migrations.sqlite3'}")
        try:
            upgrade(engine)
            with engine.connect() as conn:
                now = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        finally:
            engine.dispose()
    if now != head_revision():
        raise RuntimeError(f"migreringerne endte ved {now}, skemaet forventer {head_revision()}")
    return f"alle migreringer kørt til {now}"


def check_timezone() -> str:
    """The deadline rule's time zone, from the tzdata package (Windows has no system one)."""
    from importlib import resources
    from zoneinfo import ZoneInfo

    data = resources.files("tzdata").joinpath("zoneinfo/Europe/Copenhagen").read_bytes()
    if not data.startswith(b"TZif"):
        raise RuntimeError("tzdata's Europe/Copenhagen er ikke en tidszonefil")
    ZoneInfo("Europe/Copenhagen")
    return "Europe/Copenhagen"


def check_sqlite() -> str:
    """The local store's full-text search needs SQLite with FTS5."""
    import sqlite3

    with sqlite3.connect(":memory:") as con:
        con.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    return f"SQLite {sqlite3.sqlite_version} med FTS5"


def check_postgres_driver() -> str:
    """Team mode: psycopg and its libpq."""
    import psycopg

    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, libpq {psycopg.pq.version()})"


def check_word() -> str:
    """python-docx builds the høringsnotat on its bundled templates (document, styles,
    header and footer: each is a file it reads)."""
    import docx

    out = io.BytesIO()
    document = docx.Document()
    document.add_heading("Høringsnotat", level=1)
    document.sections[0].header.paragraphs[0].text = "Høringsdesk"
    document.sections[0].footer.paragraphs[0].text = "Side 1"
    document.save(out)
    return f"python-docx ({len(out.getvalue())} bytes)"


def check_excel() -> str:
    import openpyxl

    out = io.BytesIO()
    book = openpyxl.Workbook()
    book.active.append(["Høringssvar", 1])  # type: ignore[union-attr]
    book.save(out)
    openpyxl.load_workbook(io.BytesIO(out.getvalue()))
    return f"openpyxl {openpyxl.__version__}"


def check_pdf_worker() -> str:
    """The PDF reader's child process starts (forkserver or spawn) and reads a page."""
    from hoeringsdesk.intake.isolation import run_isolated
    from hoeringsdesk.intake.pdf_worker import extract_pages
    from hoeringsdesk.samples.documents import simple_pdf

    outcome = run_isolated(extract_pages, simple_pdf(["Høringssvar om sprogcentret"]), 60)
    if outcome[0] != "text" or "sprogcentret" not in " ".join(outcome[1]):
        raise RuntimeError(f"PDF-processen svarede {outcome!r:.200}")
    return "tekst læst i en børneproces"


def check_senders() -> str:
    """Reading senders has its first-name dictionary, phone numbers and CVR check."""
    from hoeringsdesk.intake.senders import read_cell
    from hoeringsdesk.intake.senders.lexicon import first_names

    names = first_names()
    if len(names) < 10_000:
        raise RuntimeError(
            f"navneordbogen gender_guesser/data/nam_dict.txt mangler ({len(names)} navne)"
        )
    found = read_cell("Havnens Rengøring ApS\nCVR: 31427517\nv. Mette Holm, tlf. 21 43 65 87")
    org, contact = found
    if org.aliases != ("cvr:31427517",) or contact.phone != "21 43 65 87":
        raise RuntimeError(f"afsenderen blev læst forkert: {found!r:.200}")
    return f"{len(names):,} fornavne".replace(",", ".")


def check_parse_workers() -> str:
    """A batch is parsed by a pool of worker processes (spawn), as an import does."""
    from hoeringsdesk.intake.pipeline import POOL_THRESHOLD, prepared_in_order
    from hoeringsdesk.intake.prepare import PrepareContext, PreparedResponse

    with tempfile.TemporaryDirectory(prefix="hoeringsdesk-selfcheck-") as folder:
        files = []
        for i in range(POOL_THRESHOLD):
            path = Path(folder) / f"svar{i}.txt"
            path.write_text(f"Høringssvar nr. {i}\n\nVi foreslår flere aftenhold.", "utf-8")
            files.append(str(path))
        outcomes = list(prepared_in_order(files, PrepareContext(frozenset(), ()), workers=2))
    bad = [o for _, o in outcomes if not isinstance(o, PreparedResponse)]
    if len(outcomes) != len(files) or bad:
        raise RuntimeError(f"{len(bad)} af {len(files)} filer blev ikke læst: {bad[:1]}")
    return f"{len(files)} filer læst af 2 processer"


def check_keyring() -> str:
    """Mailbox passwords go to the OS keyring: keyring finds its backends through entry
    points (so a bundle must carry its metadata) and this platform's backend must import.
    Which keyring is in use is reported (a Linux without a desktop may have none)."""
    from importlib import metadata

    import keyring

    platform = {"win32": "Windows", "darwin": "macOS"}.get(sys.platform, "SecretService")
    backends = {e.name: e.value for e in metadata.entry_points(group="keyring.backends")}
    if platform not in backends:
        raise RuntimeError(f"nøgleringens {platform}-bagende mangler (keyring-metadata)")
    importlib.import_module(backends[platform])
    return f"{platform}-bagenden findes; i brug: {type(keyring.get_keyring()).__name__}"


def check_pst() -> str:
    """Outlook .pst files are read with libpff (a compiled module)."""
    import pypff

    return f"libpff {pypff.get_version()}"


def check_translations() -> str:
    from hoeringsdesk.gui.selfcheck import check_translations as check

    return check()


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("Moduler", check_modules),
    ("Programmets filer", check_resources),
    ("Databaseskema (Alembic)", check_migrations),
    ("Tidszone", check_timezone),
    ("SQLite", check_sqlite),
    ("PostgreSQL-driver", check_postgres_driver),
    ("Word", check_word),
    ("Excel", check_excel),
    ("Oversættelser", check_translations),
    ("PDF-læser", check_pdf_worker),
    ("Afsendere", check_senders),
    ("Indlæsning i flere processer", check_parse_workers),
    ("Nøglering (postkassers adgangskoder)", check_keyring),
    ("Outlook .pst (libpff)", check_pst),
]


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "selfcheck", help="kontrollér at installationen er komplet (til IT efter installation)"
    )
    parser.set_defaults(run=run, needs_store=False)


def run(_services: object, _args: argparse.Namespace) -> int:
    failed = 0
    for label, check in CHECKS:
        try:
            detail = check()
        except Exception as exc:  # noqa: BLE001 - each check reports, the next one runs
            failed += 1
            print(f"FEJL  {label}: {type(exc).__name__}: {exc}", flush=True)
        else:
            print(f"OK    {label}: {detail}", flush=True)
    if failed:
        print(f"Installationen er ikke komplet: {failed} af {len(CHECKS)} kontroller fejlede.")
        return 1
    print(f"Installationen er komplet ({len(CHECKS)} kontroller).")
    return 0
