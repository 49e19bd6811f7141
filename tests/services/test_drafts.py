"""Draft import through the service: the tree is stored in order; tagged drafts are kept."""

from __future__ import annotations

from datetime import date

import pytest

from hoeringsdesk.app import Services
from hoeringsdesk.db.models.recommendations import Recommendation, RecommendationSection
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.services.audit import utcnow
from hoeringsdesk.services.errors import ServiceError
from tests.docx_builders import heading_docx

MD = "# Forord\nTak.\n\n# Principper\n\n## Princip A\nTidligt.\n\n## Princip B\nHelhed.\n"


def test_markdown_draft_becomes_a_tree(services: Services) -> None:
    cid = services.consultations.create("P", date(2027, 1, 1)).id
    nodes = services.drafts.import_file(cid, "udkast.md", MD.encode())
    assert [(n.heading, n.depth, n.position) for n in nodes] == [
        ("Forord", 0, 0),
        ("Principper", 0, 1),
        ("Princip A", 1, 0),
        ("Princip B", 1, 1),
    ]
    by_heading = {n.heading: n for n in nodes}
    assert by_heading["Princip B"].parent_id == by_heading["Principper"].id
    assert by_heading["Princip A"].body == "Tidligt."


def test_docx_with_danish_style_ids_gives_the_same_tree(services: Services) -> None:
    spec = [
        (1, "Forord", "Tak for bidragene."),
        (1, "Principper", ""),
        (2, "Princip A", "Tidlig indsats."),
        (2, "Princip B", "Helhed.\n\nOg sammenhæng."),
    ]
    cid = services.consultations.create("P", date(2027, 1, 1)).id
    english = services.drafts.import_file(cid, "a.docx", heading_docx(spec))
    danish = services.drafts.import_file(cid, "b.docx", heading_docx(spec, danish_ids=True))
    shape = [(n.heading, n.depth, n.body) for n in english]
    assert shape == [(n.heading, n.depth, n.body) for n in danish]
    assert shape[3] == ("Princip B", 1, "Helhed.\nOg sammenhæng.")


def test_reimport_refused_once_tagged(services: Services) -> None:
    cid = services.consultations.create("P", date(2027, 1, 1)).id
    nodes = services.drafts.import_file(cid, "udkast.md", MD.encode())
    with services.store.sessions.write.begin() as s:
        r = Response(consultation_id=cid, number=1, source_sha256="0" * 64, created_at=utcnow())
        s.add(r)
        s.flush()
        rec = Recommendation(response_id=r.id, passage="x", created_at=utcnow())
        s.add(rec)
        s.flush()
        s.add(RecommendationSection(recommendation_id=rec.id, section_id=nodes[0].id))
    with pytest.raises(ServiceError, match="allerede anbefalinger"):
        services.drafts.import_file(cid, "nyt.md", b"# Nyt\n")
    assert [n.heading for n in services.drafts.sections(cid)] == [n.heading for n in nodes]


def test_bad_draft_writes_nothing(services: Services) -> None:
    cid = services.consultations.create("P", date(2027, 1, 1)).id
    services.drafts.import_file(cid, "udkast.md", MD.encode())
    with pytest.raises(ServiceError, match="udkast.docx"):
        services.drafts.import_file(cid, "udkast.docx", b"not a zip at all")
    assert len(services.drafts.sections(cid)) == 4
