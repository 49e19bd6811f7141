"""A change is in the history of every response it touched: a sender's edit in each response
the sender is on, one answer to several responses' recommendations in each of them."""

from __future__ import annotations

from hoeringsdesk.app import Services
from tests.builders import add_response, section_id

TEXT = "Flere småjobs. Mere tolkning. Bedre skolesamarbejde."


def actions(services: Services, response_id: int) -> list[tuple[str, str]]:
    return [(e.entity, e.action) for e in services.audit.for_response(response_id)]


def test_a_senders_edit_shows_in_every_response_of_the_sender(
    services: Services, full_demo_id: int
) -> None:
    rows = services.responses.rows(full_demo_id)
    on = {}
    for row in rows:
        for party in row.parties:
            on.setdefault(party.id, []).append(row.id)
    party_id, response_ids = next((p, r) for p, r in on.items() if len(r) >= 2)
    services.parties.update(party_id, phone="12 34 56 78")
    for rid in response_ids:
        assert ("party", "update") in actions(services, rid)
    others = [r.id for r in rows if r.id not in response_ids]
    assert all(("party", "update") not in actions(services, rid) for rid in others)


def test_one_answer_to_several_responses_shows_in_each_and_so_does_its_undo(
    services: Services, demo_id: int
) -> None:
    job = section_id(services, demo_id, "Beskæft")
    first = add_response(services, demo_id, TEXT)
    second = add_response(services, demo_id, TEXT, organisation="Ældrerådet")
    r1 = services.tagging.create(first, 0, 14, [job]).id
    r2 = services.tagging.create(second, 15, 29, [job]).id
    states = services.review.answer_states([r1, r2])
    services.review.set_answer([r1, r2], "Indgår i handleplanen.", "yes")
    services.review.restore_answers(states)
    for rid in (first, second):
        assert actions(services, rid)[-2:] == [("comment", "answer"), ("comment", "restore")]
    names = services.audit.names(services.audit.for_response(first))
    assert names.sections == {job: "Beskæftigelsesområdet"}  # from the tag's event


def test_names_resolve_sections_and_response_numbers(services: Services, full_demo_id: int) -> None:
    rows = services.responses.rows(full_demo_id)
    duplicate = next(r for r in rows if r.duplicate_of is not None)
    original = next(r for r in rows if r.id == duplicate.duplicate_of)
    entries = services.audit.for_response(duplicate.id)
    names = services.audit.names(entries)
    assert names.responses[original.id] == original.number
    both = [section_id(services, full_demo_id, h) for h in ("Princip C", "Beskæft")]
    services.tagging.create(original.id, 0, 10, both)
    names = services.audit.names(services.audit.for_response(original.id))
    heads = {s.id: s.title for s in services.drafts.sections(full_demo_id)}
    assert names.sections == {sid: heads[sid] for sid in both}
