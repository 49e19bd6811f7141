"""Smoke test of the frozen application, as CI runs it after the test suite.

    uv run --group bundle python scripts/bundle_smoke.py [--cache DIR] [--bundle ARCHIVE]

Builds the bundle (scripts/bundle/build.py; from the cache when nothing changed), unpacks
the archive into a temporary folder and runs it the way an officer's machine would: no
Python (the build's Python, the virtual environment and the checkout are hidden from it by
a private mount namespace where that is possible), a fresh home folder, zoneinfo only from
the bundle's tzdata. Then, each step failing loudly with what it saw:

- ``--version`` matches pyproject.toml, and the archive's name carries it;
- ``selfcheck`` passes, and fails when files the program needs are taken out of the bundle;
- ``demo``; ``import`` of generated responses (e-mails with Word templates, PDFs: the parse
  and PDF worker processes start from the frozen executable); ``export xlsx``/``docx``;
- team mode against a throwaway PostgreSQL server (``migrate``, ``demo``) when one can run;
- a machine-wide preset (hoeringsdesk.ini) chooses the store;
- the window opens under Xvfb, is photographed and closed with Ctrl+Q;
- nothing was written to the error log.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.smoke import inputs as smoke_inputs  # noqa: E402
from scripts.smoke import window as smoke_window  # noqa: E402
from scripts.smoke.run import Failed, Runner  # noqa: E402

# Files the program needs, taken out of the unpacked bundle: selfcheck must then fail the
# check named, naming the file. (path under _internal/, check)
BREAKABLE = [
    ("hoeringsdesk/_resources/translations/hoeringsdesk_da.qm", "Oversættelser"),
    ("hoeringsdesk/_resources/demo/udkast.md", "Programmets filer"),
    ("PySide6/Qt/translations/qtbase_da.qm", "Oversættelser"),
    ("hoeringsdesk/db/migrations/env.py", "Databaseskema (Alembic)"),
    ("docx/templates/default.docx", "Word"),
    ("docx/templates/default-footer.xml", "Word"),
    ("gender_guesser/data/nam_dict.txt", "Afsendere"),
]
# Without these the program must refuse to start at all, saying what is missing.
FATAL = [("tzdata/zoneinfo/Europe/Copenhagen", "Europe/Copenhagen")]


def expected_version() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return str(project["version"])


def build(cache: Path | None, dist: Path) -> Path:
    """Run build.py in this environment; returns the archive it made."""
    command = [sys.executable, str(ROOT / "scripts" / "bundle" / "build.py"), "--dist", str(dist)]
    if cache is not None:
        command += ["--cache", str(cache)]
    started = time.monotonic()
    subprocess.run(command, cwd=ROOT, check=True)
    print(f"smoke: build step took {time.monotonic() - started:.0f} s", flush=True)
    name = (dist / "bundle-name.txt").read_text(encoding="utf-8").strip()
    return dist / f"{name}.tar.gz"


def unpack(archive: Path, into: Path) -> Path:
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="tar")
    folders = [p for p in into.iterdir() if p.is_dir()]
    if len(folders) != 1:
        raise Failed(f"the archive should hold one folder, holds {folders}")
    return folders[0]


def check_version(run: Runner, archive: Path, folder: Path) -> None:
    version = expected_version()
    out = run.cli("--version").stdout.strip()
    if out != f"hoeringsdesk {version}":
        raise Failed(f"--version printed {out!r}, pyproject.toml says {version}")
    if f"-{version}-" not in archive.name or not folder.name.endswith(f"-{version}"):
        raise Failed(f"the archive {archive.name} / folder {folder.name} lack the version")


def check_selfcheck(run: Runner) -> None:
    out = run.cli("selfcheck").stdout
    if "Installationen er komplet" not in out:
        raise Failed(f"selfcheck did not say the installation is complete:\n{out}")


def check_missing_files_fail(run: Runner, internal: Path) -> None:
    """Take files out: selfcheck must fail naming each, or the program refuse to start."""
    rounds: list[list[tuple[str, str]]] = []  # a check stops at its first missing file
    for entry in BREAKABLE:
        free = [r for r in rounds if entry[1] not in {label for _, label in r}]
        if free:
            free[0].append(entry)
        else:
            rounds.append([entry])
    for taken in rounds:
        with taken_out(internal, [relative for relative, _ in taken]):
            result = run.cli("selfcheck", expect=1)
        for relative, label in taken:
            name = Path(relative).name
            lines = result.stdout.splitlines()
            failed = [line for line in lines if line.startswith(f"FEJL  {label}")]
            if not any(name in line for line in failed):
                raise Failed(f"selfcheck did not fail '{label}' naming {name}:\n{result.stdout}")
    for relative, named in FATAL:
        with taken_out(internal, [relative]):
            result = run.cli("--version", expect=1)
        if named not in result.stderr:
            raise Failed(f"without {relative} the start failed without naming it:\n{result.stderr}")


@contextmanager
def taken_out(internal: Path, relatives: list[str]) -> Iterator[None]:
    moved: list[tuple[Path, Path]] = []
    try:
        for relative in relatives:
            path = internal / relative
            if not path.is_file():
                raise Failed(f"{relative} is not in the bundle (did the spec lose it?)")
            aside = path.with_name(path.name + ".taken-out")
            path.rename(aside)
            moved.append((aside, path))
        yield
    finally:
        for aside, path in moved:
            aside.rename(path)


def check_intake_and_export(run: Runner, work: Path) -> None:
    store = work / "lokal.sqlite3"
    out = run.cli("--db", str(store), "demo").stdout
    if "Demo-høring oprettet" not in out:
        raise Failed(f"demo printed {out!r}")
    inbox = smoke_inputs.write_inbox(work / "indbakke")
    report = json.loads(run.cli("--db", str(store), "import", str(inbox), "--json").stdout)
    smoke_inputs.check_import_report(report, inbox)
    for kind in ("xlsx", "docx"):
        for public in (False, True):
            target = work / f"notat{'-offentlig' if public else ''}.{kind}"
            run.cli("--db", str(store), "export", kind, str(target), *(["--public"] * public))
            smoke_inputs.check_export(target, public)


def check_team_mode(run: Runner) -> str:
    """migrate + demo + responses against a throwaway PostgreSQL server, if one can run."""
    from tests import pg_server

    with pg_server.server() as (admin, reason):
        if admin is None:
            if os.environ.get(pg_server.ENV_REQUIRE) == "1":
                raise Failed(f"PostgreSQL is required here but: {reason}")
            return f"skipped: {reason}"
        with pg_server.fresh_database(admin) as url:
            run.cli("--db", url, "migrate")
            run.cli("--db", url, "demo")
            rows = json.loads(run.cli("--db", url, "responses", "--json").stdout)
            if len(rows) < 5:
                raise Failed(f"team mode: only {len(rows)} responses listed")
    return "ok"


def check_preset(run: Runner, work: Path) -> None:
    """IT's hoeringsdesk.ini in the machine-wide folder chooses the store for everyone."""
    preset_store = work / "fra-it.sqlite3"
    folder = run.config_dirs / "Hoeringsdesk"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hoeringsdesk.ini").write_text(
        f"[database]\nurl = {preset_store}\n", encoding="utf-8"
    )
    try:
        run.cli("demo")
        if not preset_store.is_file():
            raise Failed("the preset's database was not used by a command without --db")
        (folder / "hoeringsdesk.ini").write_text("[database\nurl = x\n", encoding="utf-8")
        result = run.cli("consultation", "list", expect=1)
        if "fælles opsætning" not in result.stderr:
            raise Failed(f"a broken preset was not reported: {result.stderr!r}")
    finally:
        shutil.rmtree(folder)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="build.py's cache of finished bundles")
    parser.add_argument("--bundle", type=Path, help="test this archive instead of building")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bundle-smoke")
    parser.add_argument("--keep", action="store_true", help="keep the unpacked bundle")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    temp = Path(tempfile.mkdtemp(prefix="hoeringsdesk-smoke-"))
    steps: list[str] = []
    try:
        archive = args.bundle or build(args.cache, ROOT / "dist")
        folder = unpack(archive, temp / "app")
        print(f"smoke: {archive.name} unpacked, {folder_size(folder)} MiB", flush=True)
        run = Runner(folder, temp / "machine", ROOT)
        print(f"smoke: {run.isolation}", flush=True)
        work = temp / "work"
        work.mkdir()
        for name, step in (
            ("version", lambda: check_version(run, archive, folder)),
            ("selfcheck", lambda: check_selfcheck(run)),
            ("missing files fail", lambda: check_missing_files_fail(run, folder / "_internal")),
            ("demo, import, export", lambda: check_intake_and_export(run, work)),
            ("team mode", lambda: check_team_mode(run)),
            ("machine-wide preset", lambda: check_preset(run, work)),
            ("window", lambda: smoke_window.check_window(run, work, args.out)),
            ("error log empty", run.check_no_errors_logged),
        ):
            step_started = time.monotonic()
            detail = step()
            took = time.monotonic() - step_started
            steps.append(name)
            print(f"smoke: ok   {name} ({took:.0f} s){f': {detail}' if detail else ''}", flush=True)
    except (Failed, subprocess.SubprocessError, OSError) as exc:
        print(f"\nBUNDLE SMOKE TEST FAILED after {steps or 'no step'}:\n{exc}", flush=True)
        return 1
    finally:
        if args.keep:
            print(f"smoke: kept {temp}")
        else:
            shutil.rmtree(temp, ignore_errors=True)
    took = time.monotonic() - started
    print(f"bundle smoke test: all {len(steps)} steps passed in {took:.0f} s", flush=True)
    return 0


def folder_size(folder: Path) -> int:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) // 2**20


if __name__ == "__main__":
    raise SystemExit(main())
