"""Scanned letters through the intake service, responses entered by hand, text edits."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from hoeringsdesk.app import Services, open_app
from hoeringsdesk.db.models.audit import AuditEvent
from hoeringsdesk.domain.enums import Channel, PartyKind
from hoeringsdesk.intake.ocr import ENV_TESSERACT
from hoeringsdesk.samples import scans
from hoeringsdesk.services.errors import ConflictError, ServiceError
from hoeringsdesk.services.manual_entry import NOTE_NAME, ManualEntry

LETTER = (
    "Jeg bor ved åen og cykler hver dag.\n\n"
    "Jeg foreslår, at kommunen sætter lys på stien langs åen, så den er tryg om vinteren."
)


@pytest.fixture
def cid(services: Services) -> int:
    return services.demo.create(with_responses=False)


def phoned_in(services: Services, cid: int, text: str = LETTER) -> int:
    entry = ManualEntry(
        senders="Ida Holm, Egevej 4, 8000 Aarhus C, ida.holm@example.net",
        received=date(2026, 3, 2),
        channel=Channel.TELEPHONE,
        text=text,
        kind=PartyKind.PRIVATE,
    )
    outcome = services.intake.register_manual(cid, entry)
    assert outcome.status == "imported" and outcome.response_id is not None
    return outcome.response_id


@pytest.mark.sqlite_only
def test_scanned_template_is_registered_with_rows_suggestions_and_sender(
    services: Services, cid: int, tmp_path: Path
) -> None:
    doc = scans.template(21)
    path = tmp_path / "skabelon.png"
    data = scans.encode(scans.render(doc, 200, seed=21), "png", 200)
    path.write_bytes(data)
    seen: list[str] = []
    report = services.intake.import_paths(cid, [path], progress=lambda d, t, n: seen.append(n))
    outcome = report.outcomes[0]
    assert outcome.status == "imported", outcome.reason
    assert "Scannet brev – teksten er læst med tekstgenkendelse" in outcome.warnings
    detail = services.responses.detail(outcome.response_id or 0)
    assert services.responses.file_bytes(detail.row.id) == ("skabelon.png", data)
    assert detail.row.number == 1
    assert {p.kind for p in detail.parts} >= {"template_row"}
    assert len(detail.recommendations) == len(doc.rows) - 1  # every row but the sender's
    org = doc.sender.split(" v. ")[0]
    assert org in detail.row.sender_display
    assert detail.ocr_words
    for start, end, conf in detail.ocr_words:
        assert detail.text[start:end].strip() and 0 <= conf <= 100


@pytest.mark.sqlite_only
def test_without_tesseract_a_scan_is_registered_with_the_warning(
    store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_TESSERACT, str(tmp_path / "findes-ikke" / "tesseract"))
    services = open_app(store_url, user="tester")
    try:
        cid = services.demo.create(with_responses=False)
        path = tmp_path / "brev.jpg"
        path.write_bytes(scans.encode(scans.render(scans.letter(4), 100, seed=4), "jpeg", 100))
        outcome = services.intake.import_paths(cid, [path]).outcomes[0]
        assert outcome.status == "imported"
        assert "Scannet brev uden tekst" in outcome.warnings
        assert any("ikke tilgængelig" in w and "tesseract-ocr-dan" in w for w in outcome.warnings)
        detail = services.responses.detail(outcome.response_id or 0)
        assert detail.text == "" and detail.row.number == 1
        # the officer types the letter in: it gets parts and can be tagged
        services.texts.edit(detail.row.id, LETTER)
        detail = services.responses.detail(detail.row.id)
        assert [(p.start, p.end) for p in detail.parts] == [(0, len(LETTER))]
        services.tagging.create(detail.row.id, 0, 10, [])
    finally:
        services.close()


def test_manual_entry_is_counted_tagged_exported_and_anonymised(
    services: Services, cid: int
) -> None:
    rid = phoned_in(services, cid)
    row = services.responses.row(rid)
    assert row.number == 1 and "Ida Holm" in row.sender_display
    (party,) = row.parties
    assert (party.kind, party.contact_name, party.email) == (
        "private",
        "Ida Holm",
        "ida.holm@example.net",
    )
    detail = services.responses.detail(rid)
    assert detail.text == LETTER and detail.channel == "telephone"
    assert detail.received_source == "manual"
    name, note = services.responses.file_bytes(rid)
    assert name == NOTE_NAME and "telefon" in note.decode() and LETTER in note.decode()
    start = LETTER.index("Jeg foreslår")
    services.tagging.create(rid, start, len(LETTER), [])
    data = services.export.collect(cid)
    assert [r.number for r in data.responses] == [1]
    assert data.recommendations[0].passage.startswith("Jeg foreslår")
    public = services.export.collect(cid, public=True)
    assert "Ida Holm" not in repr(public)
    services.privacy.anonymise(rid)
    assert "Ida Holm" not in services.responses.file_bytes(rid)[1].decode()


def test_manual_entry_needs_text_or_a_scan_and_a_channel(services: Services, cid: int) -> None:
    with pytest.raises(ServiceError, match="Skriv høringssvarets tekst"):
        services.intake.register_manual(
            cid, ManualEntry("Ida Holm", date(2026, 3, 2), Channel.POST, "  ")
        )
    with pytest.raises(ServiceError, match="post, telefon eller personligt"):
        services.intake.register_manual(
            cid, ManualEntry("Ida Holm", date(2026, 3, 2), Channel.FILE, "Hej")
        )
    assert services.responses.rows(cid) == []


def test_typed_template_text_gives_template_rows_and_suggestions(
    services: Services, cid: int
) -> None:
    text = (
        "Afsender: Ældrerådet v. Bo Dahl\n"
        "Generelle bemærkninger: Vi støtter udkastet.\n"
        'Forslag til ændringer i "Beskæftigelsesområdet": Flere seniorjob.'
    )
    rid = phoned_in(services, cid, text)
    detail = services.responses.detail(rid)
    assert [p.kind for p in detail.parts].count("template_row") == 3
    assert [r.passage for r in detail.recommendations] == [
        "Vi støtter udkastet.",
        "Flere seniorjob.",
    ]
    assert detail.recommendations[1].sections  # matched to the draft's section


def test_edit_moves_tags_names_changed_ones_and_undoes(services: Services, cid: int) -> None:
    rid = phoned_in(services, cid)
    start = LETTER.index("lys på stien")
    kept = services.tagging.create(rid, start, start + len("lys på stien"), [])
    changed = services.tagging.create(rid, 0, LETTER.index("."), [])
    before = services.responses.detail(rid)
    new = LETTER.replace("Jeg bor ved åen", "Jeg bor tæt ved åen").replace("sætter", "sætter mere")
    edit = services.texts.edit(rid, new, expected_version=before.version)
    # the letter's own point, suggested at entry, changed too; the officer's other tag did not
    suggested = {r.id for r in before.recommendations if r.status == "suggested"}
    assert set(edit.changed_tags) - suggested == {changed.id} and edit.emptied_tags == ()
    assert kept.id not in edit.changed_tags
    after = {r.id: r for r in services.responses.detail(rid).recommendations}
    assert after[kept.id].passage == "lys på stien"
    assert after[changed.id].passage == "Jeg bor tæt ved åen og cykler hver dag"
    with pytest.raises(ConflictError):
        services.texts.edit(rid, "x", expected_version=before.version)
    services.texts.restore(edit.before)
    restored = services.responses.detail(rid)
    assert restored.text == LETTER
    assert [(r.id, r.start, r.end) for r in restored.recommendations] == [
        (r.id, r.start, r.end) for r in before.recommendations
    ]
    with services.store.sessions.read() as s:
        actions = s.scalars(
            select(AuditEvent.action).where(AuditEvent.response_id == rid).order_by(AuditEvent.id)
        ).all()
    assert actions[-2:] == ["edit_text", "restore_text"]


def test_cli_adds_a_response_by_hand_and_edits_its_text(
    services: Services, cid: int, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from hoeringsdesk.cli import main

    services.close()
    code = main(
        ["--db", store_url, "response", "add", "--sender", "Bo Dahl, Møllevej 2, 7100 Vejle",
         "--received", "2026-03-03", "--channel", "post", "--kind", "privatperson",
         "--text", LETTER]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Registreret som svar nr. 1" in out and "Bo Dahl" in out
    code = main(["--db", store_url, "response", "edit-text", "1", "--text", LETTER + " Tak."])
    out, err = capsys.readouterr()
    assert code == 0, err and "Teksten er rettet." in out
    code = main(["--db", store_url, "response", "add", "--received", "2026-03-03",
                 "--channel", "telefon"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code != 0 and "Skriv høringssvarets tekst" in err
