"""Background jobs: whatever a caller connects runs on the GUI thread, lambdas included."""

from __future__ import annotations

import gc
import threading
import time
import weakref

import pytest
from pytestqt.qtbot import QtBot

from hoeringsdesk.errors import log_file
from hoeringsdesk.gui.worker import BackgroundJob, running_jobs, stop_all
from hoeringsdesk.services.errors import ServiceError

GUI = threading.main_thread().ident


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    worked_in: list[int | None] = []
    seen: list[tuple[str, int | None, object]] = []

    def job(progress, cancelled):  # type: ignore[no-untyped-def]
        worked_in.append(threading.get_ident())
        for i in range(1, 51):
            progress(i, 50, f"fil {i}")
        return "færdig"

    background = BackgroundJob(job)
    # Lambdas and plain functions, which have no thread of their own: a direct connection to
    # a signal emitted in the worker would run them there.
    background.progress.connect(lambda d, t, n: seen.append(("progress", threading.get_ident(), d)))
    background.finished.connect(lambda r: seen.append(("finished", threading.get_ident(), r)))
    background.ended.connect(lambda: seen.append(("ended", threading.get_ident(), None)))
    with qtbot.waitSignal(background.ended, timeout=10_000):
        background.start()
    assert worked_in and worked_in[0] != GUI
    assert {who for _, who, _ in seen} == {GUI}
    kinds = [kind for kind, _, _ in seen]
    assert kinds[-2:] == ["finished", "ended"] and seen[-2][2] == "færdig"
    progress = [d for kind, _, d in seen if kind == "progress"]
    assert progress and progress == sorted(progress) and len(progress) <= 50
    assert background.done and not background.running() and background not in running_jobs()


def test_a_service_error_is_the_message(qtbot: QtBot) -> None:
    def job(progress, cancelled):  # type: ignore[no-untyped-def]
        raise ServiceError("Mappen findes ikke.")

    background = BackgroundJob(job)
    failures: list[tuple[str, int | None]] = []
    background.failed.connect(lambda m: failures.append((m, threading.get_ident())))
    with qtbot.waitSignal(background.ended, timeout=10_000):
        background.start()
    assert failures == [("Mappen findes ikke.", GUI)]


def test_an_unexpected_error_is_logged_and_told_in_danish(qtbot: QtBot) -> None:
    def job(progress, cancelled):  # type: ignore[no-untyped-def]
        raise KeyError("sektion 7")

    background = BackgroundJob(job)
    failures: list[str] = []
    background.failed.connect(failures.append)
    with qtbot.waitSignal(background.ended, timeout=10_000):
        background.start()
    (message,) = failures
    assert "uventet" in message and "sektion 7" in message and "Traceback" not in message
    assert "KeyError: 'sektion 7'" in log_file().read_text(encoding="utf-8")


def test_cancel_reaches_the_job_and_stop_all_waits(qtbot: QtBot) -> None:
    started = threading.Event()

    def job(progress, cancelled):  # type: ignore[no-untyped-def]
        started.set()
        while not cancelled():
            time.sleep(0.01)
        return "afbrudt"

    background = BackgroundJob(job).start()
    assert started.wait(10)
    assert background.running() and background in running_jobs()
    assert stop_all()
    assert background.done and background.cancelled() and background.result == "afbrudt"
    assert running_jobs() == []


def test_a_job_is_made_on_the_gui_thread() -> None:
    errors: list[BaseException] = []

    def make() -> None:
        try:
            BackgroundJob(lambda p, c: None)
        except RuntimeError as exc:
            errors.append(exc)

    thread = threading.Thread(target=make)
    thread.start()
    thread.join()
    assert errors and "GUI thread" in str(errors[0])


@pytest.mark.parametrize("deliver", [True, False])
def test_waiting_delivers_or_stays_silent(qtbot: QtBot, deliver: bool) -> None:
    background = BackgroundJob(lambda p, c: 42)
    results: list[object] = []
    background.finished.connect(results.append)
    background.start()
    assert background.wait(10_000, deliver=deliver)
    assert results == ([42] if deliver else [])


class Rows:
    """A result whose going can be seen (a weak reference to it dies)."""


def _make_rows(_progress, _cancelled) -> Rows:  # type: ignore[no-untyped-def]
    return Rows()


def test_a_dropped_job_lets_go_of_its_result_at_once(qtbot: QtBot) -> None:
    """Not only at the collector's next full collection (a pause of its own at 10,000s of
    rows): the job and its thread do not hold each other."""
    background = BackgroundJob(_make_rows)
    with qtbot.waitSignal(background.ended, timeout=10_000):
        background.start()
    alive = weakref.ref(background.result)
    was_enabled = gc.isenabled()
    gc.disable()  # only reference counts free anything now
    try:
        del background
        assert alive() is None
    finally:
        if was_enabled:
            gc.enable()
