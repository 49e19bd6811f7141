"""What the parse step hands registration: a prepared response, or a Rejected record."""

from __future__ import annotations

from pathlib import Path

from hoeringsdesk.intake.collect import Skip
from hoeringsdesk.intake.pipeline import Rejected, parse_path, prepare_parsed
from hoeringsdesk.intake.prepare import PrepareContext, PreparedResponse

CTX = PrepareContext(frozenset(), ())


def test_a_readable_file_is_prepared_and_an_unreadable_one_is_rejected_with_its_reason(
    tmp_path: Path,
) -> None:
    good = tmp_path / "svar.txt"
    good.write_text("Høringssvar\n\nVi foreslår flere aftenhold på biblioteket.", "utf-8")
    bad = tmp_path / "svar.docx"
    bad.write_bytes(b"not a zip archive at all")
    assert isinstance(prepare_parsed(parse_path(str(good)), CTX), PreparedResponse)
    rejected = prepare_parsed(parse_path(str(bad)), CTX)
    assert isinstance(rejected, Rejected) and not rejected.skipped
    assert rejected.reason and "Traceback" not in rejected.reason


def test_a_path_passed_over_unread_is_a_skipped_rejection() -> None:
    assert prepare_parsed(Skip("Ikke en almindelig fil."), CTX) == Rejected(
        "Ikke en almindelig fil.", skipped=True
    )
    assert prepare_parsed("Filen er tom.", CTX) == Rejected("Filen er tom.")
