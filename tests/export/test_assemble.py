"""Draft order of recommendations."""

from __future__ import annotations

from hoeringsdesk.export.assemble import (
    in_draft_order,
    normalise_name,
    sort_sections,
)
from tests.export.samples import SECTIONS, rec


def test_draft_order_by_first_section_then_response_then_position() -> None:
    recs = [
        (rec(2, (5,), "Natur"), 0),
        (rec(1, (), "Uden afsnit"), 0),
        (rec(3, (20, 30), "Forord og trafik"), 0),
        (rec(1, (20,), "Trafik, sidst i svaret"), 90),
        (rec(1, (20,), "Trafik, først i svaret"), 10),
        (rec(1, (10,), "Mål"), 0),
    ]
    ordered = in_draft_order(recs, SECTIONS)
    assert [r.summary for r in ordered] == [
        "Forord og trafik",
        "Mål",
        "Trafik, først i svaret",
        "Trafik, sidst i svaret",
        "Natur",
        "Uden afsnit",
    ]


def test_sort_sections_in_draft_order_drops_unknown() -> None:
    ordinals = {s.id: s.ordinal for s in SECTIONS}
    assert sort_sections([5, 999, 30, 20, 5], ordinals) == (30, 20, 5)


def test_normalise_name() -> None:
    assert normalise_name("  Boligselskabet  HAVBO. ") == "boligselskabet havbo"
    assert normalise_name("Integrations-rådet") == normalise_name("integrations rådet")
