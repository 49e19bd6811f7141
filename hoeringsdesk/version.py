"""The program's version: from the package metadata, in a checkout and in the frozen bundle."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DISTRIBUTION = "hoeringsdesk"
VERSION_FILE = "_version.txt"  # written into the frozen bundle by its spec, beside this module
UNKNOWN = "0+ukendt"


@cache
def version() -> str:
    """This program's version (read once)."""
    return read_version(Path(__file__).resolve().parent)


def read_version(package_dir: Path) -> str:
    """The installed distribution's version; else the bundle's version file beside the
    package's modules; else the checkout's pyproject.toml (a source tree run without
    installing it)."""
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    try:
        text = (package_dir / VERSION_FILE).read_text(encoding="utf-8").strip()
        if text:
            return text
    except OSError:
        pass
    return _from_pyproject(package_dir.parent / "pyproject.toml") or UNKNOWN


def _from_pyproject(path: Path) -> str | None:
    import tomllib

    try:
        project = tomllib.loads(path.read_text(encoding="utf-8")).get("project", {})
    except (OSError, tomllib.TOMLDecodeError):
        return None
    if project.get("name") != DISTRIBUTION or not isinstance(project.get("version"), str):
        return None
    return str(project["version"])
