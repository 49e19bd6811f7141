"""The frozen program's window under Xvfb: opened, photographed, closed with Ctrl+Q."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

from scripts.smoke.run import Failed, Runner

SIZE = (1366, 768)
TITLE = "Høringsdesk"
WAIT = 180  # seconds for the window to appear on a loaded machine


def _start_x(log: Path) -> tuple[subprocess.Popen, str]:
    for tool in ("Xvfb", "openbox", "xdotool", "import", "convert"):
        if not shutil.which(tool):
            raise Failed(f"{tool} is not installed (Debian: xvfb openbox xdotool imagemagick)")
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            f"{SIZE[0]}x{SIZE[1]}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write,),
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
    )
    os.close(write)
    with open(read, "rb") as pipe:
        number = pipe.readline().strip().decode()
    if not number:
        xvfb.kill()
        raise Failed(f"Xvfb did not start (see {log})")
    return xvfb, f":{number}"


def check_window(run: Runner, work: Path, out: Path) -> str:
    log = out / "window.log"
    log.write_bytes(b"")
    xvfb, display = _start_x(log)
    env = {**run.env, "DISPLAY": display}
    env.pop("QT_QPA_PLATFORM")  # the real xcb platform plugin, from the bundle
    processes: list[subprocess.Popen] = []
    try:
        wm = subprocess.Popen(["openbox"], env=env, stdout=log.open("ab"), stderr=subprocess.STDOUT)
        processes.append(wm)
        store = work / "lokal.sqlite3"
        app = subprocess.Popen(
            run.command("Hoeringsdesk", "--db", str(store)),
            env=env,
            cwd=run.machine,
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        processes.append(app)
        window = _wait_for_window(env, app, log)
        time.sleep(3)  # let it paint
        shot = out / "bundle-window.png"
        subprocess.run(["import", "-display", display, "-window", "root", str(shot)], check=True)
        colours = int(
            subprocess.run(
                ["convert", str(shot), "-format", "%k", "info:"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        if colours < 64:
            raise Failed(f"the screenshot {shot} is nearly blank ({colours} colours)")
        _xdo(env, "windowactivate", "--sync", window)
        _xdo(env, "key", "--clearmodifiers", "ctrl+q")
        try:
            code = app.wait(60)
        except subprocess.TimeoutExpired as exc:
            raise Failed("the window did not close on Ctrl+Q within 60 s") from exc
        if code != 0:
            raise Failed(f"the window's program exited {code}; see {log}")
        return f"{shot} ({colours} colours), closed cleanly"
    finally:
        for process in reversed(processes):
            if process.poll() is None:
                process.kill()
                process.wait()
        xvfb.kill()
        xvfb.wait()


def _xdo(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise Failed(f"xdotool {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout.strip()


def _wait_for_window(env: dict[str, str], app: subprocess.Popen, log: Path) -> str:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if app.poll() is not None:
            raise Failed(
                f"the program exited {app.returncode} before its window showed:\n"
                f"{log.read_text(errors='replace')[-3000:]}"
            )
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", TITLE],
            env=env,
            capture_output=True,
            text=True,
        ).stdout.split()
        if found:
            return found[-1]
        time.sleep(1)
    raise Failed(
        f"no window named {TITLE} after {WAIT} s:\n{log.read_text(errors='replace')[-3000:]}"
    )
