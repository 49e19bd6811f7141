"""Senders: one party per organisation across responses; the officer edits, merges, splits."""

from __future__ import annotations

import pytest

from hoeringsdesk.app import Services
from hoeringsdesk.services.errors import ServiceError


def rows_by_number(services: Services, cid: int) -> dict[int, object]:
    return {r.number: r for r in services.responses.rows(cid) if r.number is not None}


def test_the_same_organisation_is_one_party(services: Services, full_demo_id: int) -> None:
    rows = rows_by_number(services, full_demo_id)
    council = [
        r for r in rows.values() if r.organisations[:1] == ["Integrationsrådet i Nordkysten"]
    ]
    assert len(council) == 2
    assert len({r.senders[0].id for r in council}) == 1


def test_edit_merge_and_split(services: Services, full_demo_id: int) -> None:
    rows = rows_by_number(services, full_demo_id)
    peter = rows[3].senders[0]
    edited = services.parties.update(peter.id, phone="21 43 65 87", kind="private")
    assert edited.phone == "21 43 65 87"
    hanne = rows[4].senders[0]
    merged = services.parties.merge(peter.id, hanne.id)
    assert merged.keep_id == peter.id
    assert services.responses.row(rows[4].id).senders[0].id == peter.id
    back = services.parties.unmerge(merged)  # the merge undone: Hanne as she was
    assert back.id == hanne.id and back.contact_name == hanne.contact_name
    assert services.responses.row(rows[4].id).senders[0].id == hanne.id
    assert services.responses.row(rows[3].id).senders[0].phone == "21 43 65 87"
    services.parties.merge(peter.id, hanne.id)
    split = services.parties.split(peter.id, rows[4].id)
    assert split.id != peter.id and split.contact_name == "Peter Madsen"
    assert services.responses.row(rows[4].id).senders[0].id == split.id
    assert services.responses.row(rows[3].id).senders[0].id == peter.id
    with pytest.raises(ServiceError):
        services.parties.merge(peter.id, peter.id)


def test_add_a_sender_to_a_letter(services: Services, full_demo_id: int) -> None:
    letter = next(
        r for r in services.responses.rows(full_demo_id) if r.source_name.endswith(".docx")
    )
    # the letter's heading names its sender
    assert letter.organisations == ["Skolebestyrelsen ved Strandskolen"]
    assert letter.party_kind == "authority"
    services.parties.add_to_response(
        letter.id,
        role="co_signer",
        organisation="Forældrerådet ved Strandskolen",
        kind="organisation",
    )
    row = services.responses.row(letter.id)
    assert row.organisations == [
        "Skolebestyrelsen ved Strandskolen",
        "Forældrerådet ved Strandskolen",
    ]
    assert [p.role for p in row.parties] == ["sender", "co_signer"]
