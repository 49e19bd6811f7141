"""Build the frozen application with PyInstaller, or take it from the cache.

    uv run --group bundle python scripts/bundle/build.py [--cache DIR] [--dist DIR]

Writes ``DIST/Hoeringsdesk/`` (the folder the Windows installer packs) and, except on
Windows, ``DIST/Hoeringsdesk-<version>-<platform>.tar.gz``. With ``--cache`` the finished
folder is kept under DIR keyed by a hash of everything that goes into it (the Python, the
installed distributions' versions, the program's sources and resources, this folder), so a
run with the same inputs unpacks it in seconds instead of building again.
"""

from __future__ import annotations

import argparse
import hashlib
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SPEC = HERE / "hoeringsdesk.spec"
APP = "Hoeringsdesk"
INPUTS = ("hoeringsdesk", "resources", "scripts/bundle", "pyproject.toml")
KEEP_CACHED = 3  # finished bundles kept in the cache, newest first


def program_version() -> str:
    sys.path.insert(0, str(ROOT))
    from hoeringsdesk.version import version

    return version()


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def input_key() -> str:
    """A hash of everything the bundle is made from."""
    digest = hashlib.sha256()
    digest.update(f"{sys.version} {platform_tag()}\n".encode())
    for dist in sorted(metadata.distributions(), key=lambda d: (d.metadata["Name"] or "").lower()):
        digest.update(f"{dist.metadata['Name']}=={dist.version}\n".encode())
    for name in INPUTS:
        base = ROOT / name
        files = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file())
        for path in files:
            if "__pycache__" in path.parts:
                continue
            digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:20]


def run_pyinstaller(work: Path, dist: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--workpath",
        str(work),
        "--distpath",
        str(dist),
        str(SPEC),
    ]
    subprocess.run(command, cwd=ROOT, check=True)


def archive(folder: Path, target: Path, top: str) -> None:
    """A .tar.gz whose top folder carries the version (GNU tar where there is one: faster)."""
    tmp = target.with_suffix(".tmp")
    if shutil.which("tar") and sys.platform.startswith("linux"):
        rename = f"s,^{folder.name},{top},S"  # member names only, not symlink targets
        command = ["tar", "-czf", str(tmp), "--transform", rename, "-C", str(folder.parent)]
        subprocess.run([*command, folder.name], check=True)
    else:
        with tarfile.open(tmp, "w:gz") as tar:
            tar.add(folder, arcname=top)
    tmp.replace(target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--cache", type=Path, help="keep and reuse finished bundles here")
    parser.add_argument("--no-archive", action="store_true", help="only the folder")
    args = parser.parse_args(argv)

    version = program_version()
    name = f"{APP}-{version}-{platform_tag()}"
    dist = args.dist.resolve()
    folder = dist / APP
    make_archive = not args.no_archive and sys.platform != "win32"
    target = dist / f"{name}.tar.gz"
    started = time.monotonic()
    key = input_key()
    entry = args.cache.resolve() / key if args.cache else None
    for old in (folder, target):
        if old.is_dir():
            shutil.rmtree(old)
        elif old.exists():
            old.unlink()
    dist.mkdir(parents=True, exist_ok=True)
    if entry is not None and (entry / "complete").is_file():
        shutil.copytree(entry / APP, folder, symlinks=True)
        if (entry / target.name).is_file():
            shutil.copy2(entry / target.name, target)
        (entry / "complete").touch()  # recently used: pruned last
        source = f"from the cache ({entry})"
    else:
        run_pyinstaller(args.work.resolve(), dist)
        source = "built by PyInstaller"
    if make_archive and not target.exists():
        archive(folder, target, f"{APP}-{version}")
    if entry is not None and not (entry / "complete").is_file():
        if entry.exists():
            shutil.rmtree(entry)
        shutil.copytree(folder, entry / APP, symlinks=True)
        if make_archive:
            shutil.copy2(target, entry / target.name)
        (entry / "complete").write_text(name + "\n", encoding="utf-8")
        prune(entry.parent)
    print(f"bundle: {folder} {source}, {time.monotonic() - started:.0f} s (inputs {key})")
    if make_archive:
        print(f"bundle: {target} ({target.stat().st_size / 2**20:.0f} MiB)")
    (dist / "bundle-name.txt").write_text(name + "\n", encoding="utf-8")
    return 0


def prune(cache: Path) -> None:
    """Keep the newest few bundles: each is a couple of hundred megabytes."""
    entries = sorted(
        (p for p in cache.iterdir() if (p / "complete").is_file()),
        key=lambda p: (p / "complete").stat().st_mtime,
        reverse=True,
    )
    for old in entries[KEEP_CACHED:]:
        shutil.rmtree(old, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
