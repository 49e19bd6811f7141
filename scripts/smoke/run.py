"""Run the unpacked bundle as on a machine without Python: clean environment, hidden Python."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

SYSTEM_PREFIXES = {Path("/"), Path("/usr"), Path("/usr/local")}
TAIL = 4000  # characters of a failed command's output shown


class Failed(Exception):
    """A smoke step saw something wrong; the message says what."""


def python_folders(root: Path) -> list[Path]:
    """Where a Python the bundle might lean on lives: the building interpreter, its standard
    library, the virtual environment, and the checkout itself."""
    found = {Path(sys.prefix), root}
    base = Path(sys.base_prefix)
    if base.resolve() not in SYSTEM_PREFIXES:
        found.add(base)
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        found.add(Path(sysconfig.get_paths(vars={"base": sys.base_prefix})[key]))
    for prefix in ("/usr/lib", "/usr/local/lib"):
        found.update(Path(prefix).glob("python3*"))
    folders = sorted({p.resolve() for p in found if p.is_dir()})
    return [p for p in folders if not any(q in p.parents for q in folders)]  # outermost


class Runner:
    """Runs the bundle's executables with a fresh home and config folders, offscreen, with
    zoneinfo only from the bundle (PYTHONTZPATH empty) and, where a private mount namespace
    can be had (root with unshare), every Python folder of this machine mounted over by an
    empty tmpfs."""

    def __init__(self, folder: Path, machine: Path, root: Path) -> None:
        self.folder = folder
        self.machine = machine
        self.home = machine / "home"
        self.config_dirs = machine / "etc-xdg"
        runtime = machine / "runtime"
        for path in (self.home, self.config_dirs, runtime):
            path.mkdir(parents=True, exist_ok=True)
        runtime.chmod(0o700)
        self.env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_DATA_HOME": str(self.home / ".local" / "share"),
            "XDG_STATE_HOME": str(self.home / ".local" / "state"),
            "XDG_CACHE_HOME": str(self.home / ".cache"),
            "XDG_CONFIG_DIRS": str(self.config_dirs),
            "XDG_RUNTIME_DIR": str(runtime),
            "TMPDIR": str(machine),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONTZPATH": "",  # no system zoneinfo: the bundle's tzdata must do
        }
        self.hidden = python_folders(root)
        self.prefix = self._namespace_prefix()
        self.isolation = (
            "Python hidden from the bundle: " + ", ".join(map(str, self.hidden))
            if self.prefix
            else "Python NOT hidden (needs root and unshare); clean environment only"
        )

    def _namespace_prefix(self) -> list[str]:
        if os.geteuid() != 0 or not shutil.which("unshare"):
            return []
        mounts = " && ".join(f"mount -t tmpfs -o size=1m none '{p}'" for p in self.hidden)
        prefix = ["unshare", "--mount", "--propagation", "private", "--", "sh", "-c"]
        prefix += [f'{mounts} && exec "$@"', "sh"]
        probe = subprocess.run(
            [*prefix, "sh", "-c", f"test ! -e '{self.hidden[0]}'/* "],
            capture_output=True,
            text=True,
        )
        if probe.returncode != 0:
            raise Failed(f"could not hide Python from the bundle: {probe.stderr.strip()}")
        return prefix

    def command(self, exe: str, *args: str) -> list[str]:
        return [*self.prefix, str(self.folder / exe), *args]

    def cli(self, *args: str, expect: int = 0, timeout: float = 600) -> subprocess.CompletedProcess:
        """Run hoeringsdesk-cli; a different exit code than ``expect`` fails the step."""
        command = self.command("hoeringsdesk-cli", *args)
        try:
            result = subprocess.run(
                command,
                env=self.env,
                cwd=self.machine,
                capture_output=True,
                text=True,
                timeout=timeout,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired as exc:
            raise Failed(f"hoeringsdesk-cli {' '.join(args)}: no answer in {timeout} s") from exc
        if result.returncode != expect:
            raise Failed(
                f"hoeringsdesk-cli {' '.join(args)} exited {result.returncode}, "
                f"expected {expect}\n--- stdout ---\n{result.stdout[-TAIL:]}"
                f"\n--- stderr ---\n{result.stderr[-TAIL:]}"
            )
        return result

    def check_no_errors_logged(self) -> str:
        """log_unexpected writes tracebacks to the log folder: there must be none."""
        logs = [p for p in self.home.rglob("hoeringsdesk.log") if p.stat().st_size]
        if logs:
            text = "\n".join(f"--- {p} ---\n{p.read_text(errors='replace')[-TAIL:]}" for p in logs)
            raise Failed(f"the bundle logged unexpected errors:\n{text}")
        return ""
