"""The real program under a real X server (Xvfb, Qt's xcb platform), typed into with xdotool:
open a demo store (the window fits the screen), export the council workbook through
Fil → Eksportér, quit cleanly.

This is the path that crashed once (a worker's result handled off the GUI thread: with a
window manager a segfault, without one a dead dialog), which offscreen tests did not see."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.conftest import THREAD_WARNINGS
from tests.x11 import ENV_REQUIRE, missing_tools, x_display

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


@pytest.mark.parametrize("window_manager", [True, False], ids=["openbox", "no-window-manager"])
def test_export_a_workbook_from_the_real_window(tmp_path: Path, window_manager: bool) -> None:
    missing = missing_tools()
    if missing:
        message = f"the X11 smoke test needs {', '.join(missing)}"
        if os.environ.get(ENV_REQUIRE) == "1":
            pytest.fail(message)
        pytest.skip(message)
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

    with x_display(tmp_path / "x", window_manager=window_manager) as display:
        log = (tmp_path / "app.log").open("w+", encoding="utf-8")
        code: int | None = None
        app = subprocess.Popen(
            [*program(), "--db", str(store)],
            env={**env, **{k: display.env[k] for k in ("DISPLAY", "XAUTHORITY")}},
            cwd=tmp_path,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
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
            assert app.poll() is None, "the program died after the export"
            display.focus(main)
            display.key("ctrl+q")
            code = app.wait(60)
        finally:
            if app.poll() is None:
                if shots:
                    display.screenshot(shots / f"{name}-stuck.png")
                app.kill()
                app.wait()
            log.seek(0)
            output = log.read()
            log.close()

    assert code == 0, f"exit code {code}:\n{output}"
    warned = [line for line in output.splitlines() if any(w in line for w in THREAD_WARNINGS)]
    assert not warned, "\n".join(warned)
    assert "Traceback" not in output, output
    (workbook,) = out.glob("*.xlsx")
    assert workbook.name.endswith("-offentlig.xlsx")
    with zipfile.ZipFile(workbook) as z:
        xml = b"".join(z.read(n) for n in z.namelist() if n.endswith(".xml")).lower()
    assert b"privatperson" in xml and b"peter madsen" not in xml
