"""Enum columns: the store keeps the values, the ORM and queries hand back the members."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import StatementError

from hoeringsdesk.app import Services
from hoeringsdesk.db.models.consultations import InvitedParty
from hoeringsdesk.db.models.parties import Party
from hoeringsdesk.domain.enums import (
    Outcome,
    PartyKind,
    PartyRole,
    PartyType,
    RecommendationStatus,
    RecommendationType,
    ResponseStatus,
)
from hoeringsdesk.domain.parsed import PartKind
from hoeringsdesk.domain.records.consultations import InvitedInfo
from tests.builders import add_response, section_id


def test_records_carry_enum_members_read_from_the_store(services: Services, demo_id: int) -> None:
    rid = add_response(services, demo_id, "Flere småjobs til unge.", kind=PartyKind.PRIVATE)
    rec = services.tagging.create(rid, 0, 23, [section_id(services, demo_id, "Beskæft")])
    services.review.set_answer([rec.id], "Indarbejdes.", "yes")
    detail = services.responses.detail(rid)
    assert detail is not None
    (party,) = detail.row.parties
    (shown,) = detail.recommendations
    assert type(detail.row.status) is ResponseStatus
    assert (type(party.kind), type(party.role), type(party.type)) == (
        PartyKind,
        PartyRole,
        PartyType,
    )
    assert (type(shown.status), type(shown.type), type(shown.outcome)) == (
        RecommendationStatus,
        RecommendationType,
        Outcome,
    )
    assert all(type(p.kind) is PartKind for p in detail.parts)
    (item,) = services.review.items(demo_id)
    assert item.party_kind is PartyKind.PRIVATE
    with services.store.sessions.read() as s:  # a Core query as well as the ORM
        assert s.execute(select(Party.kind)).scalars().all() == [PartyKind.PRIVATE]
        stored = s.execute(text("SELECT kind, party_type FROM party")).one()
    assert tuple(stored) == ("private", "organisation")  # the same strings as before
    assert type(stored[0]) is str


def test_an_invited_party_without_a_kind_is_stored_blank_and_read_as_none(
    services: Services, demo_id: int
) -> None:
    services.consultations.update(
        demo_id, invited=[InvitedInfo("Handicaprådet"), InvitedInfo("Region", "", "authority")]
    )
    first, second = services.consultations.get(demo_id).invited
    assert (first.kind, second.kind) == (None, PartyKind.AUTHORITY)
    with services.store.sessions.read() as s:
        stored = s.execute(text("SELECT kind FROM invited_party ORDER BY position")).scalars()
        assert list(stored) == ["", "authority"]
        assert s.scalars(select(InvitedParty.kind).order_by(InvitedParty.position)).all() == [
            None,
            PartyKind.AUTHORITY,
        ]


def test_a_value_that_is_no_member_is_refused_not_stored(services: Services, demo_id: int) -> None:
    rid = add_response(services, demo_id, "Tekst.")
    with (
        pytest.raises(StatementError, match="not a PartyKind"),
        services.store.sessions.write.begin() as s,
    ):
        party = s.scalars(select(Party)).one()
        party.kind = "forening"  # type: ignore[assignment]  # what the test is about
    assert services.responses.detail(rid).row.parties[0].kind is PartyKind.ORGANISATION
