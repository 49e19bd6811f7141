"""What the installed or frozen program relies on: its version, the machine-wide preset,
the Windows folders the README names for IT, and the installation self-check."""

from __future__ import annotations

import ntpath
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from hoeringsdesk import paths
from hoeringsdesk.cli import main
from hoeringsdesk.version import VERSION_FILE, read_version, version

ROOT = Path(__file__).resolve().parents[1]


def pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


# --- version ---


def test_version_is_the_package_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    assert version() == metadata.version("hoeringsdesk") == pyproject_version()
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"hoeringsdesk {pyproject_version()}\n"


def test_version_without_metadata_reads_the_bundle_file_then_pyproject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def not_installed(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", not_installed)
    package = tmp_path / "hoeringsdesk"
    package.mkdir()
    assert read_version(package) == "0+ukendt"
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "hoeringsdesk"\nversion = "2.3.4"\n', "utf-8"
    )
    assert read_version(package) == "2.3.4"
    (package / VERSION_FILE).write_text("2.3.5\n", "utf-8")
    assert read_version(package) == "2.3.5"
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "other"\nversion = "9"\n')
    (package / VERSION_FILE).unlink()
    assert read_version(package) == "0+ukendt"  # someone else's pyproject.toml


# --- the machine-wide preset ---


@pytest.fixture
def machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A machine-wide config folder ($XDG_CONFIG_DIRS, %PROGRAMDATA% on Windows)."""
    folder = tmp_path / "etc-xdg"
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(folder))
    monkeypatch.delenv(paths.ENV_DB, raising=False)
    return folder


def write_preset(machine: Path, text: str | bytes) -> Path:
    path = machine / "Hoeringsdesk" / "hoeringsdesk.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def test_preset_file_is_in_the_machine_wide_config_folder(machine: Path) -> None:
    assert paths.preset_file() == machine / "Hoeringsdesk" / "hoeringsdesk.ini"
    assert paths.preset_database() is None  # none installed


def test_preset_gives_the_database(machine: Path) -> None:
    url = "postgresql+psycopg://dbserver/hoeringsdesk"
    write_preset(machine, f"\ufeff; fra IT\n[database]\nurl = {url}\n")  # Notepad's BOM
    assert paths.preset_database() == url
    write_preset(machine, "[database]\nurl =\n")
    assert paths.preset_database() is None


@pytest.mark.parametrize(
    "content, says",
    [
        ("url = x\n", "ikke en gyldig ini-fil"),
        ("[database\nurl = x\n", "ikke en gyldig ini-fil"),
        (b"[database]\nurl = \xff\xfe\n", "kan ikke læses"),
    ],
)
def test_a_broken_preset_is_reported_not_ignored(
    machine: Path, content: str | bytes, says: str
) -> None:
    path = write_preset(machine, content)
    with pytest.raises(paths.PresetError) as error:
        paths.preset_database()
    assert says in str(error.value) and str(path) in str(error.value)
    assert "Kontakt IT" in str(error.value)


def test_store_target_order(machine: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert paths.store_target(None) == str(paths.default_store())
    write_preset(machine, "[database]\nurl = /srv/preset.sqlite3\n")
    assert paths.store_target(None) == "/srv/preset.sqlite3"
    assert paths.store_target(None, saved="/home/saved.sqlite3") == "/home/saved.sqlite3"
    assert paths.store_target(None, saved="  ") == "/srv/preset.sqlite3"
    monkeypatch.setenv(paths.ENV_DB, "/env.sqlite3")
    assert paths.store_target(None, saved="/home/saved.sqlite3") == "/env.sqlite3"
    assert paths.store_target("/cli.sqlite3", saved="/home/saved.sqlite3") == "/cli.sqlite3"


def test_commands_use_the_preset(
    machine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "fælles" / "fra-it.sqlite3"
    write_preset(machine, f"[database]\nurl = {store}\n")
    assert main(["demo"]) == 0
    assert store.is_file() and not paths.default_store().exists()
    write_preset(machine, "[database\n")
    capsys.readouterr()
    assert main(["consultation", "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("hoeringsdesk: Den fælles opsætning") and "Traceback" not in err


# --- where things live on Windows (what the README tells IT) ---


def test_windows_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import windows

    folders = {
        "CSIDL_LOCAL_APPDATA": r"C:\Users\officer\AppData\Local",
        "CSIDL_COMMON_APPDATA": r"C:\ProgramData",
    }
    monkeypatch.setattr(windows, "get_win_folder", folders.__getitem__)
    monkeypatch.setattr(windows.os, "path", ntpath)
    dirs = windows.Windows(appname=paths.APP_NAME, appauthor=False)
    assert dirs.user_data_dir == r"C:\Users\officer\AppData\Local\Hoeringsdesk"
    assert dirs.user_log_dir == r"C:\Users\officer\AppData\Local\Hoeringsdesk\Logs"
    assert dirs.site_config_dir == r"C:\ProgramData\Hoeringsdesk"


# --- the installation self-check ---


def test_selfcheck_passes_here(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["selfcheck"]) == 0
    out = capsys.readouterr().out
    assert "FEJL" not in out and out.rstrip().endswith("(14 kontroller).")
    assert "OK    Nøglering (postkassers adgangskoder): " in out
    assert "OK    Outlook .pst (libpff): libpff 2" in out
    assert "OK    Oversættelser: hoeringsdesk_da ('&File' → '&Fil')" in out


def test_selfcheck_fails_without_the_resources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from hoeringsdesk.gui import selfcheck as gui_selfcheck

    empty = tmp_path / "resources"
    empty.mkdir()
    monkeypatch.setattr(paths, "resources_dir", lambda: empty)
    monkeypatch.setattr(gui_selfcheck, "resources_dir", lambda: empty)
    assert main(["selfcheck"]) == 1
    out = capsys.readouterr().out
    assert "FEJL  Programmets filer: RuntimeError: demo/udkast.md mangler" in out
    assert "FEJL  Oversættelser: RuntimeError: hoeringsdesk_da.qm findes ikke" in out
    assert "Installationen er ikke komplet: 2 af 14 kontroller fejlede." in out


def test_selfcheck_fails_without_the_keyrings_backends(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """As in a bundle without keyring's metadata: no backend would be found at run time."""
    from importlib import metadata

    monkeypatch.setattr(metadata, "entry_points", lambda **_kw: [])
    assert main(["selfcheck"]) == 1
    out = capsys.readouterr().out
    assert "FEJL  Nøglering (postkassers adgangskoder): RuntimeError: nøgleringens" in out
