"""What changed since a look: the team poll's Changes, read from the audit trail."""

from __future__ import annotations

from hoeringsdesk.app import Services
from hoeringsdesk.domain.changes import NOTHING, Changes, of_entities
from tests.builders import section_id


def test_each_kind_of_change_is_reported_as_what_it_touched(
    services: Services, full_demo_id: int
) -> None:
    audit = services.audit
    token = audit.last_change(full_demo_id)
    assert audit.changes_since(full_demo_id, token) == (token, NOTHING)

    row = services.responses.rows(full_demo_id)[0]
    text = services.responses.detail(row.id).text
    rec = services.tagging.create(
        row.id, 0, min(40, len(text)), [section_id(services, full_demo_id, "Princip C")]
    )
    tagged, changes = audit.changes_since(full_demo_id, token)
    assert tagged > token
    assert changes == Changes(recommendations=True)

    services.review.set_answer([rec.id], "Taget til efterretning.", "no")
    answered, changes = audit.changes_since(full_demo_id, tagged)
    assert changes == Changes(answers=True)
    # both, seen from before the tag
    assert audit.changes_since(full_demo_id, token) == (
        answered,
        Changes(recommendations=True, answers=True),
    )

    services.consultations.update(full_demo_id, title="Ny titel på høringen")
    _, changes = audit.changes_since(full_demo_id, answered)
    assert changes == Changes(consultation=True)


def test_an_entity_not_known_counts_as_everything() -> None:
    assert of_entities({"recommendation"}) == Changes(recommendations=True)
    assert of_entities({"something_new"}) == Changes.everything()
    assert of_entities(set()) == NOTHING and not NOTHING
    assert Changes(responses=True) | Changes(answers=True) == Changes(responses=True, answers=True)
