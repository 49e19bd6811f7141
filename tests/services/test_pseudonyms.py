"""One pseudonym numbering per consultation: the window, the internal and the public export
name the same citizen the same way, and a number once given never changes."""

from __future__ import annotations

from hoeringsdesk.app import Services
from hoeringsdesk.domain.enums import PartyKind


def private_names(services: Services, cid: int, public: bool) -> dict[int, str]:
    """response number → the private sender's name as the export writes it."""
    data = services.export.collect(cid, public=public)
    return {
        r.number: p.contact
        for r in data.responses
        for p in r.parties
        if p.kind == PartyKind.PRIVATE
    }


def number_of(services: Services, cid: int, number: int) -> int:
    return next(r.id for r in services.responses.rows(cid) if r.number == number)


def test_the_same_citizen_has_the_same_pseudonym_everywhere(
    services: Services, full_demo_id: int
) -> None:
    public_before = private_names(services, full_demo_id, public=True)
    hanne = number_of(services, full_demo_id, 4)  # not the first private sender
    (label,) = services.privacy.anonymise(hanne)
    assert label == public_before[4]  # what the public export already called her
    assert services.responses.row(hanne).sender_display == label  # the window
    assert private_names(services, full_demo_id, public=False)[4] == label  # internal
    public_after = private_names(services, full_demo_id, public=True)
    assert public_after == public_before  # nobody renumbered
    assert len(set(public_after.values())) == len(public_after)  # different people


def test_a_number_once_stored_stays_when_earlier_senders_change(
    services: Services, full_demo_id: int, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    services.export.export_xlsx(full_demo_id, tmp_path / "a.xlsx", public=True)  # stores them
    before = private_names(services, full_demo_id, public=True)
    first_private = min(before)
    party = next(
        p
        for p in services.responses.row(number_of(services, full_demo_id, first_private)).parties
        if p.kind == PartyKind.PRIVATE
    )
    services.parties.update(party.id, kind="organisation", organisation="Sprogcaféen")
    after = private_names(services, full_demo_id, public=True)
    assert first_private not in after
    assert after == {n: label for n, label in before.items() if n != first_private}
