"""Safe cell values: characters a workbook cannot hold, overlong text, valid sheet names."""

from __future__ import annotations

import pytest

from hoeringsdesk.export.cells import (
    MAX_CELL_CHARS,
    REPLACEMENT_CHAR,
    TRUNCATION_MARKER,
    clean_text,
    line_count,
    safe_sheet_name,
    truncate,
    utf16_length,
)


def test_clean_text_keeps_tab_newline_and_replaces_the_rest() -> None:
    assert clean_text("a\tb\nc\rd æøå €") == ("a\tb\nc\rd æøå €", 0)
    text, n = clean_text("a\x00b\x08c\x0bd\x1fe\ud800f\uffff")
    assert n == 6
    assert text == REPLACEMENT_CHAR.join("abcdef") + REPLACEMENT_CHAR
    text.encode("utf-8")  # no lone surrogate left


def test_truncate_marks_the_cut_and_respects_excel_limit() -> None:
    short = "x" * MAX_CELL_CHARS
    assert truncate(short) == (short, False)
    cut, done = truncate("y" * (MAX_CELL_CHARS + 1))
    assert done and cut.endswith(TRUNCATION_MARKER)
    assert utf16_length(cut) == MAX_CELL_CHARS


def test_truncate_counts_utf16_units_and_never_splits_a_character() -> None:
    emoji = "😀" * 20_000  # 40,000 UTF-16 units in 20,000 characters
    cut, done = truncate(emoji)
    assert done
    assert utf16_length(cut) <= MAX_CELL_CHARS
    cut.encode("utf-8")
    assert cut.endswith(TRUNCATION_MARKER)


@pytest.mark.parametrize(
    ("name", "taken", "expected"),
    [
        ("Høringssvar", (), "Høringssvar"),
        ("Pr. afsnit", (), "Pr. afsnit"),
        ("a[b]:c*d?e/f\\g", (), "a_b__c_d_e_f_g"),
        ("x" * 40, (), "x" * 31),
        ("   ", (), "Ark"),
        ("'citeret'", (), "citeret"),
        ("Høringssvar", ("høringssvar",), "Høringssvar (2)"),
        ("y" * 31, ("y" * 31,), "y" * 27 + " (2)"),
    ],
)
def test_safe_sheet_name(name: str, taken: tuple[str, ...], expected: str) -> None:
    got = safe_sheet_name(name, taken)
    assert got == expected
    assert len(got) <= 31


def test_line_count_for_row_heights() -> None:
    assert line_count("", 10) == 1
    assert line_count("x" * 25, 10) == 3
    assert line_count("a\nb\n\nc", 10) == 4
