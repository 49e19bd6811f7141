"""The real program under a real X server (Xvfb, Qt's xcb platform), typed into with xdotool:
open a demo store (the window fits the screen), export the council workbook through
Fil → Eksportér, quit cleanly; and import a folder of mails through Fil → Importér mappe,
follow a gap from Overblik and come back with Alt+Left, make a backup, quit cleanly.

This is the path that crashed once (a worker's result handled off the GUI thread: with a
window manager a segfault, without one a dead dialog), which offscreen tests did not see."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.conftest import THREAD_WARNINGS
from tests.x11 import ENV_REQUIRE, Display, missing_tools, x_display

SHOTS = os.environ.get("HOERINGSDESK_SMOKE_SHOTS")  # a folder: screenshots to look at


def program() -> list[str]:
    script = Path(sys.executable).with_name("hoeringsdesk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "hoeringsdesk"]


def user_env(root: Path) -> dict[str, str]:
    """A new officer's account: empty home and settings, the xcb platform."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "HOERINGSDESK_"))}
    env.update(HOME=str(root / "home"), QT_QPA_PLATFORM="xcb", LANG="C.UTF-8")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(root / var.lower())
    (root / "home").mkdir(parents=True)
    return env


def wait_for(condition, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.25)
    raise AssertionError(f"{what} within {timeout:.0f} s")


def need_tools(*extra: str) -> None:
    missing = missing_tools(*extra)
    if missing:
        message = f"the X11 smoke test needs {', '.join(missing)}"
        if os.environ.get(ENV_REQUIRE) == "1":
            pytest.fail(message)
        pytest.skip(message)


class Run:
    """The program's process and, once it has ended, its exit code and what it printed."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.process = process
        self.code: int | None = None
        self.output = ""

    def quit(self, display: Display, main: str) -> None:
        """Ctrl+Q in the main window, as the officer ends the day."""
        display.focus(main)
        display.key("ctrl+q")
        self.code = self.process.wait(60)

    def check_clean_exit(self) -> None:
        assert self.code == 0, f"exit code {self.code}:\n{self.output}"
        warned = [
            line for line in self.output.splitlines() if any(w in line for w in THREAD_WARNINGS)
        ]
        assert not warned, "\n".join(warned)
        assert "Traceback" not in self.output, self.output
        assert "Fatal Python error" not in self.output, self.output


@contextmanager
def running(
    display: Display, env: dict[str, str], store: Path, cwd: Path, stuck: Path | None
) -> Iterator[Run]:
    """``hoeringsdesk --db store`` on the display; killed (after a screenshot to ``stuck``)
    when the block ends with it still running."""
    log = (cwd / "app.log").open("w+", encoding="utf-8")
    run = Run(
        subprocess.Popen(
            [*program(), "--db", str(store)],
            env={**env, **{k: display.env[k] for k in ("DISPLAY", "XAUTHORITY")}},
            cwd=cwd,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    )
    try:
        yield run
    finally:
        if run.process.poll() is None:
            if stuck is not None:
                display.screenshot(stuck)
            run.process.kill()
            run.process.wait()
        log.seek(0)
        run.output = log.read()
        log.close()


def cli_json(env: dict[str, str], store: Path, *args: str) -> object:
    done = subprocess.run(
        [*program(), "--db", str(store), "--read-only", *args, "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout)


@pytest.mark.parametrize("window_manager", [True, False], ids=["openbox", "no-window-manager"])
def test_export_a_workbook_from_the_real_window(tmp_path: Path, window_manager: bool) -> None:
    need_tools()
    env = user_env(tmp_path)
    store = tmp_path / "hoering.sqlite3"
    subprocess.run(
        [*program(), "--db", str(store), "demo"], env=env, cwd=tmp_path, check=True, timeout=120
    )
    out = tmp_path / "home" / "til-byraadet"
    out.mkdir()
    # What the officer chose last time: this folder, and not to open the file afterwards
    # (no office suite should start in a test).
    settings = Path(env["XDG_CONFIG_HOME"]) / "Hoeringsdesk" / "Hoeringsdesk.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text(f"[export]\nfolder={out}\nopenAfter=false\n", encoding="utf-8")
    shots = Path(SHOTS) if SHOTS else None
    name = "openbox" if window_manager else "bare"
    stuck = shots / f"{name}-stuck.png" if shots else None

    with (
        x_display(tmp_path / "x", window_manager=window_manager) as display,
        running(display, env, store, tmp_path, stuck) as app,
    ):
        main = display.wait_for_window("^Høringsdesk$", timeout=90)
        display.focus(main)
        time.sleep(1.0)  # the first paint and the start-up reads
        x, y, width, height = display.geometry(main)
        assert x >= 0 and y >= 0 and x + width <= 1366 and y + height <= 768, (
            f"the window ({width}x{height} at {x},{y}) does not fit the 1366x768 screen"
        )
        display.key("ctrl+e")
        display.wait_for_window("^Eksportér( |$)")
        time.sleep(0.5)
        if shots:
            display.screenshot(shots / f"{name}-1-dialog.png")
        display.key("Return")  # Eksportér is the default button
        wait_for(lambda: list(out.glob("*.xlsx")), 120, "no workbook was written")
        # The dialog and, over it, the message box saying where the file is.
        wait_for(
            lambda: len(display.windows("^Eksportér( |$)")) >= 2,
            60,
            "no message box reported the export",
        )
        time.sleep(0.5)
        if shots:
            display.screenshot(shots / f"{name}-2-written.png")
        display.key("Return")  # OK
        display.wait_gone("^Eksportér( |$)")
        assert app.process.poll() is None, "the program died after the export"
        app.quit(display, main)

    app.check_clean_exit()
    (workbook,) = out.glob("*.xlsx")
    assert workbook.name.endswith("-offentlig.xlsx")
    with zipfile.ZipFile(workbook) as z:
        xml = b"".join(z.read(n) for n in z.namelist() if n.endswith(".xml")).lower()
    assert b"privatperson" in xml and b"peter madsen" not in xml


MAILS = (  # invented senders, each at a domain of its own
    (
        "Karen Lindholt <karen.lindholt@postkassen.example>",
        25,
        "Kommunen bør oprette flere "
        "sprogcaféer på bibliotekerne, så nye borgere kan øve dansk i hverdagen.",
    ),
    (
        "Foreningen Fælles Gård <kontakt@faellesgaard.example>",
        26,
        "Vi foreslår, at boligsociale helhedsplaner nævnes under beskæftigelsesområdet.",
    ),
    (
        "Jonas Therkelsen <jt@brevdue.example>",
        27,
        "Politikken skal have konkrete mål for ventetiden på danskundervisning.",
    ),
)


def write_mails(folder: Path) -> None:
    folder.mkdir(parents=True)
    for i, (sender, day, proposal) in enumerate(MAILS, 1):
        mail = EmailMessage()
        mail["From"] = sender
        mail["To"] = "hoering@kommune.example"
        mail["Subject"] = "Høringssvar til integrationspolitikken"
        mail["Date"] = f"Mon, {day} Oct 2026 10:{i:02d}:00 +0100"
        mail["Message-ID"] = f"<smoke-{i}@example>"
        mail.set_content(f"Til forvaltningen\n\n{proposal}\n\nMed venlig hilsen\n{sender}\n")
        (folder / f"svar-{i}.eml").write_bytes(bytes(mail))


def menu(display: Display, mnemonic: str) -> None:
    """Open the Fil menu with Alt+F and choose an entry by its underlined letter."""
    display.key("alt+f")
    time.sleep(0.5)  # the menu takes the keyboard once it is open
    display.key(mnemonic)


def senders(rows: object) -> set[str]:
    assert isinstance(rows, list)
    return {p["organisation"] or p["contact_name"] for r in rows for p in r["parties"]}


def test_import_navigate_and_back_up_from_the_real_window(tmp_path: Path) -> None:
    """By keyboard, on Overblik: Fil → Importér mappe (Qt's own folder dialog, typed into),
    the report closed with Escape, the overview counting the new responses; Alt+M and
    Return follow the first gap to the response, Alt+Left comes back to the overview as it
    was; Fil → Sikkerhedskopi with the suggested name; Ctrl+Q."""
    need_tools("import")
    env = user_env(tmp_path)
    store = tmp_path / "hoering.sqlite3"
    subprocess.run(
        [*program(), "--db", str(store), "demo"], env=env, cwd=tmp_path, check=True, timeout=120
    )
    inbox = tmp_path / "home" / "indbakke"
    write_mails(inbox)
    shots = Path(SHOTS) if SHOTS else None
    stuck = shots / "import-stuck.png" if shots else None

    with (
        x_display(tmp_path / "x", window_manager=True) as display,
        running(display, env, store, tmp_path, stuck) as app,
    ):
        main = display.wait_for_window("^Høringsdesk$", timeout=90)
        display.focus(main)
        time.sleep(1.0)  # the first paint and the start-up reads
        x, y, _width, _height = display.geometry(main)

        def page() -> bytes:  # what the page in front shows below its tabs (not the gaps)
            return display.pixels(x, y + 81, 680, 370)

        display.key("ctrl+Tab")  # Høringssvar → Gennemgang → Overblik
        display.key("ctrl+Tab")
        time.sleep(1.0)
        overview = page()
        if shots:
            display.screenshot(shots / "import-1-overview.png")

        menu(display, "m")  # Fil → Importér mappe …
        display.wait_for_window("^Importér en mappe( |$)")
        time.sleep(0.5)
        display.xdotool("type", "--delay", "10", str(inbox))
        display.key("Return")
        display.wait_for_window("^Importrapport( |$)", timeout=120)
        time.sleep(0.5)
        if shots:
            display.screenshot(shots / "import-2-report.png")
        display.key("Escape")  # Luk
        display.wait_gone("^Importrapport( |$)")
        display.focus(main)
        wait_for(lambda: page() != overview, 10, "the overview did not count the new responses")
        time.sleep(0.5)
        overview = page()
        if shots:
            display.screenshot(shots / "import-3-overview.png")

        display.key("alt+m")  # into "Mangler før eksport"; Return follows the first gap
        time.sleep(0.3)
        display.key("Return")
        wait_for(lambda: page() != overview, 10, "Return on a gap did not show its response")
        if shots:
            display.screenshot(shots / "import-4-gap.png")
        display.key("alt+Left")
        wait_for(lambda: page() == overview, 10, "Alt+Left did not come back to the overview")

        menu(display, "s")  # Fil → Sikkerhedskopi …, the suggested name in the home
        display.wait_for_window("^Sikkerhedskopi( |$)")
        time.sleep(0.5)
        display.key("Return")
        home = tmp_path / "home"
        wait_for(
            lambda: list(home.glob("hoeringsdesk-sikkerhedskopi-*.sqlite3")),
            60,
            "no backup was written",
        )
        display.wait_gone("^Sikkerhedskopi( |$)")
        if shots:
            display.screenshot(shots / "import-5-backup.png")
        assert app.process.poll() is None, "the program died"
        app.quit(display, main)

    app.check_clean_exit()
    after = cli_json(env, store, "responses")
    names = {"Karen Lindholt", "Foreningen Fælles Gård", "Jonas Therkelsen"}
    assert isinstance(after, list)
    imported = [r for r in after if senders([r]) & names]
    assert len(imported) == len(MAILS) and senders(imported) == names, imported
    (backup,) = home.glob("hoeringsdesk-sikkerhedskopi-*.sqlite3")
    kept = cli_json(env, backup, "responses")  # a backup opens read-only as it is
    assert isinstance(kept, list) and len(kept) == len(after) and names <= senders(kept)
