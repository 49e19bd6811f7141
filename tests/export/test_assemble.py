"""Draft order of recommendations and matching the høringsliste to the responses."""

from __future__ import annotations

from datetime import datetime

from hoeringsdesk.domain.deadline import COPENHAGEN
from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.export.assemble import (
    Invitation,
    in_draft_order,
    match_invited,
    normalise_name,
    sort_sections,
)
from hoeringsdesk.export.model import PartyRow
from tests.export.samples import ANNE, HAVBO, SECTIONS, rec, response


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


def test_match_invited_by_email_or_organisation_name() -> None:
    early = datetime(2027, 3, 1, 9, tzinfo=COPENHAGEN)
    late = datetime(2027, 3, 9, 9, tzinfo=COPENHAGEN)
    other = PartyRow(7, PartyKind.ORGANISATION, "Handicaprådet", email="formand@example.dk")
    responses = (
        response(4, HAVBO, received=late),
        response(2, other, received=early),
        response(1, ANNE, received=None),
    )
    rows = match_invited(
        [
            Invitation("Havbo (boligselskab)", "POST@havbo.example.dk"),  # e-mail, any case
            Invitation("handicaprådet", "hr@example.dk"),  # name, normalised
            Invitation("Anne Jensen", ""),  # a person's name counts too
            Invitation("Cyklistforbundet", "cf@example.dk"),
        ],
        responses,
    )
    assert [(r.answered, r.response_numbers) for r in rows] == [
        (True, (4,)),
        (True, (2,)),
        (True, (1,)),
        (False, ()),
    ]
    assert rows[0].answered_at == late and rows[1].answered_at == early
    assert rows[2].answered_at is None
