"""A real X server for a smoke test: Xvfb on a free display, optionally openbox, and xdotool
to type into the windows as an officer would.

Needs Debian's ``xvfb``, ``openbox``, ``xdotool`` and ``x11-utils`` (and the libraries of
Qt's ``xcb`` plugin, e.g. ``libxcb-cursor0``). Without them the smoke test skips with the
reason —
unless ``HOERINGSDESK_REQUIRE_X11=1`` (set by .ci/run), where it must run."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ENV_REQUIRE = "HOERINGSDESK_REQUIRE_X11"
TOOLS = ("Xvfb", "openbox", "xdotool", "xwininfo")


def missing_tools(*extra: str) -> list[str]:
    """The tools (``TOOLS`` and any ``extra``, e.g. ImageMagick's ``import``) not installed."""
    return [tool for tool in (*TOOLS, *extra) if shutil.which(tool) is None]


class Display:
    """An X display with xdotool at hand; ``env`` is what a client needs to use it."""

    def __init__(self, name: str, scratch: Path, window_manager: bool) -> None:
        self.name = name
        self.window_manager = window_manager
        self.scratch = scratch
        self.env = {**os.environ, "DISPLAY": name, "XAUTHORITY": str(scratch / "Xauthority")}

    def xdotool(self, *args: str, timeout: float = 20) -> str:
        done = subprocess.run(
            ["xdotool", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        return done.stdout.strip()

    def windows(self, title: str) -> list[str]:
        """Visible windows whose title matches the regular expression."""
        found = self.xdotool("search", "--onlyvisible", "--name", title)
        return found.split() if found else []

    def wait_for_window(self, title: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.windows(title)
            if found:
                return found[-1]
            time.sleep(0.25)
        raise AssertionError(f"no window titled {title!r} within {timeout:.0f} s")

    def wait_gone(self, title: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.windows(title):
                return
            time.sleep(0.25)
        raise AssertionError(f"the window titled {title!r} stayed open")

    def geometry(self, window: str) -> tuple[int, int, int, int]:
        """A window's client area on the screen: x, y, width, height (from xwininfo:
        xdotool counts a window manager's frame twice in the position)."""
        done = subprocess.run(
            ["xwininfo", "-id", window],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=20,
            check=True,
        )
        values = {}
        for line in done.stdout.splitlines():
            key, _, value = line.strip().partition(":")
            values[key] = value.strip()
        return (
            int(values["Absolute upper-left X"]),
            int(values["Absolute upper-left Y"]),
            int(values["Width"]),
            int(values["Height"]),
        )

    def focus(self, window: str) -> None:
        """Give a window the keyboard: through the window manager when there is one."""
        if self.window_manager:
            self.xdotool("windowactivate", "--sync", window)
        else:
            self.xdotool("windowfocus", "--sync", window)

    def key(self, *keys: str) -> None:
        """Type keys into whatever window has the keyboard focus."""
        self.xdotool("key", "--clearmodifiers", *keys)

    def pixels(self, x: int, y: int, width: int, height: int) -> bytes:
        """A part of the screen as raw RGB bytes (ImageMagick's ``import``): what two
        moments showed there can be compared."""
        done = subprocess.run(
            ["import", "-window", "root", "-crop", f"{width}x{height}+{x}+{y}"]
            + ["-depth", "8", "rgb:-"],
            env=self.env,
            capture_output=True,
            timeout=30,
            check=True,
        )
        assert len(done.stdout) == width * height * 3, "import gave no picture of the screen"
        return done.stdout

    def screenshot(self, out: Path) -> None:
        """The whole screen as PNG, when ImageMagick's ``import`` is installed (for looking)."""
        if shutil.which("import"):
            subprocess.run(
                ["import", "-window", "root", str(out)], env=self.env, check=False, timeout=30
            )


@contextmanager
def x_display(
    scratch: Path, size: str = "1366x768", window_manager: bool = True
) -> Iterator[Display]:
    """Xvfb on the first free display number, with openbox running when asked."""
    scratch.mkdir(parents=True, exist_ok=True)
    logs = [(scratch / "xvfb.log").open("wb"), (scratch / "openbox.log").open("wb")]
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            f"{size}x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=logs[0],
    )
    os.close(write_fd)
    processes = [server]
    try:
        number = b""
        with os.fdopen(read_fd, "rb") as pipe:
            while not number.endswith(b"\n"):
                chunk = pipe.read(1)
                if not chunk:
                    raise AssertionError(
                        f"Xvfb did not start: {(scratch / 'xvfb.log').read_text()}"
                    )
                number += chunk
        display = Display(f":{number.decode().strip()}", scratch, window_manager)
        (scratch / "Xauthority").touch()
        if window_manager:
            ready = scratch / "openbox-ready"
            processes.append(
                subprocess.Popen(
                    ["openbox", "--sm-disable", "--startup", f"touch {ready}"],
                    env=display.env,
                    stdout=subprocess.DEVNULL,
                    stderr=logs[1],
                )
            )
            deadline = time.monotonic() + 30
            while not ready.exists():
                if time.monotonic() > deadline:
                    raise AssertionError("openbox did not start")
                time.sleep(0.1)
        yield display
    finally:
        for process in reversed(processes):
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for log in logs:
            log.close()
