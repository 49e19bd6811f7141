"""The redaction review's decisions, kept per consultation: a lifted find shows and an added
text is hidden in every later public export (xlsx, docx, pdf), in anonymising too; every
decision is in the history and can be taken back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from hoeringsdesk.app import Services
from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.domain.redaction import PLACEHOLDER
from hoeringsdesk.domain.redaction_names import RELATIVE
from hoeringsdesk.services.errors import ServiceError
from tests.builders import add_response, audit_events
from tests.export.ooxml import xml_text

TEXT = (
    "Jeg bruger Kulturhuset Bølgen, tlf. 70 20 30 40, hver uge. Min nabo Torkild Vindefjord "
    "og jeg savner aftenhold på sprogskolen Lyset.\n\nVenlig hilsen\nSigne Ravnholt"
)
VENUE = "70 20 30 40"  # the venue's public number: a false hit of the phone rule


def citizen(services: Services, cid: int) -> int:
    rid = add_response(
        services,
        cid,
        TEXT,
        organisation="",
        contact="Signe Ravnholt",
        email="signe.ravnholt@example.net",
        kind=PartyKind.PRIVATE,
    )
    section = services.drafts.sections(cid)[0].id
    services.tagging.create(rid, 0, len(TEXT), [section], summary="Aftenhold på Lyset")
    return rid


def exported(services: Services, cid: int, folder: Path) -> dict[str, str]:
    """Public xlsx and docx as unzipped XML, and the public pdf's extracted text."""
    export = services.export
    export.export_xlsx(cid, folder / "o.xlsx", public=True)
    export.export_docx(cid, folder / "o.docx", public=True)
    export.export_pdf(cid, folder / "o.pdf", public=True)
    pdf = "\n".join(p.extract_text() or "" for p in PdfReader(folder / "o.pdf").pages)
    return {
        "xlsx": xml_text(folder / "o.xlsx"),
        "docx": xml_text(folder / "o.docx"),
        "pdf": " ".join(pdf.split()),
    }


def test_lifted_find_shows_and_added_text_is_hidden_in_every_public_export(
    services: Services, full_demo_id: int, tmp_path: Path
) -> None:
    cid = full_demo_id
    rid = citizen(services, cid)
    number = services.responses.row(rid).number
    review = services.redaction.review(cid)
    mine = [f for f in review.findings if f.finding.response_number == number]
    found = {(f.finding.text, f.finding.rule) for f in mine}
    assert ("Torkild Vindefjord", RELATIVE) in found
    phone = next(f.finding for f in mine if f.finding.text == VENUE)
    assert "Kulturhuset Bølgen, tlf. [70 20 30 40], hver uge" in phone.context
    assert not any(f.lifted for f in mine)

    before = exported(services, cid, tmp_path)
    for fmt, text in before.items():
        assert VENUE not in text, fmt
        assert "Lyset" in text, fmt  # nothing added yet

    lift = services.redaction.lift(cid, phone.text, phone.rule, number)
    hide = services.redaction.hide(cid, "Lyset", number)
    assert services.redaction.lift(cid, " 70 20  30 40", phone.rule, number) == lift  # once
    after = exported(services, cid, tmp_path)
    for fmt, text in after.items():
        assert VENUE in text, fmt
        assert "Lyset" not in text, fmt
        assert "Torkild Vindefjord" not in text and "Ravnholt" not in text, fmt
        assert PLACEHOLDER in text, fmt
    review = services.redaction.review(cid)
    assert [f.lifted for f in review.findings if f.finding.text == VENUE] == [True]
    assert ("Lyset", "tilføjet af sagsbehandleren") in {
        (f.finding.text, f.finding.rule) for f in review.findings
    }

    events = [
        (e.action, (e.after or e.before or {}).get("text"))
        for e in audit_events(services, cid)
        if e.action.startswith("redaction_")
    ]
    assert ("redaction_lift", VENUE) in events and ("redaction_hide", "Lyset") in events

    services.redaction.remove(lift.id)  # taken back: hidden again in the next export
    services.redaction.remove(hide.id)
    again = exported(services, cid, tmp_path)
    for fmt, text in again.items():
        assert VENUE not in text and "Lyset" in text, fmt
    actions = [e.action for e in audit_events(services, cid)]
    assert actions.count("redaction_remove") == 2
    assert services.redaction.decisions(cid) == ()


def test_the_internal_workbook_lists_decisions_and_finds(
    services: Services, full_demo_id: int, tmp_path: Path
) -> None:
    import openpyxl

    cid = full_demo_id
    citizen(services, cid)
    services.redaction.lift(cid, VENUE, "telefonnummer", 14)
    services.redaction.hide(cid, "Lyset")
    services.export.export_xlsx(cid, tmp_path / "intern.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "intern.xlsx")["Anonymisering"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert rows[0][:5] == ["Ophævet: vises", 14, None, VENUE, "telefonnummer"]
    assert rows[1][0] == "Tilføjet: skjules" and rows[1][3] == "Lyset"
    whats = {(r[0], r[3]) for r in rows}
    assert ("Fund, ophævet: vises", VENUE) in whats
    assert ("Fund: skjules", "Torkild Vindefjord") in whats
    assert ("Fund: skjules", "Lyset") in whats


def test_anonymising_applies_the_decisions(services: Services, full_demo_id: int) -> None:
    rid = citizen(services, full_demo_id)
    services.redaction.lift(full_demo_id, VENUE)
    services.redaction.hide(full_demo_id, "Lyset")
    services.privacy.anonymise(rid)
    text = services.responses.detail(rid).text
    assert VENUE in text and "Lyset" not in text and "Ravnholt" not in text


def test_bad_decisions_are_refused_in_danish(services: Services, full_demo_id: int) -> None:
    with pytest.raises(ServiceError, match="mindst to tegn"):
        services.redaction.hide(full_demo_id, " ")
    with pytest.raises(ServiceError, match="for lang"):
        services.redaction.hide(full_demo_id, "x" * 500)
    with pytest.raises(ServiceError, match="bogstaver"):
        services.redaction.hide(full_demo_id, "--")
    with pytest.raises(ServiceError, match="findes ikke"):
        services.redaction.remove(999)


def test_erasing_hides_the_added_texts_and_ignores_lifts(
    services: Services, full_demo_id: int
) -> None:
    rid = citizen(services, full_demo_id)
    services.redaction.lift(full_demo_id, VENUE)
    services.redaction.hide(full_demo_id, "Lyset")
    services.privacy.erase(rid)  # erasing hides more, never less
    text = services.responses.detail(rid).text
    assert VENUE not in text and "Lyset" not in text and "aftenhold" in text
