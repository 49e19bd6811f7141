"""Unexpected errors in a report: a few words, never the SQL a database error quotes."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from hoeringsdesk.errors import brief


def test_a_database_error_is_told_without_its_statement_or_parameters() -> None:
    engine = create_engine("sqlite://")
    with pytest.raises(SQLAlchemyError) as info, engine.begin() as con:
        con.execute(text("INSERT INTO svar (tekst) VALUES (:t)"), {"t": "x" * 5000})
    raw = str(info.value)
    assert "[SQL:" in raw and "[parameters:" in raw  # what an officer was shown before
    said = brief(info.value)
    assert said == "no such table: svar"


def test_a_long_message_is_shortened() -> None:
    said = brief(ValueError("ord " * 200))
    assert len(said) == 200 and said.endswith("…")
    assert brief(RuntimeError()) == "RuntimeError"
