"""Intake through the service: a folder of real-shaped responses, each registered once."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from hoeringsdesk.app import Services
from hoeringsdesk.samples.demo_set import demo_files
from hoeringsdesk.samples.documents import (
    GENERAL_LABEL,
    SENDER_LABEL,
    Row,
    section_label,
    template_docx,
)
from hoeringsdesk.samples.mail import eml, make_mail


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "indbakke"
    (root / "postkasse2").mkdir(parents=True)
    for i, (name, data) in enumerate(demo_files()):
        target = root / ("postkasse2" if i % 2 else "") / name
        target.write_bytes(data)
    (root / "ødelagt.docx").write_bytes(b"PK\x03\x04 this is not a word file")
    (root / "tom.eml").write_bytes(b"")
    (root / ".DS_Store").write_bytes(b"\0\0")
    return root


@pytest.fixture
def cid(services: Services) -> int:
    return services.demo.create(with_responses=False)


def by_name(services: Services, cid: int) -> dict[str, object]:
    return {r.sender_display: r for r in services.responses.rows(cid)}


def test_folder_import_registers_each_response_once(
    services: Services, cid: int, folder: Path
) -> None:
    report = services.intake.import_paths(cid, [folder])
    statuses = {Path(o.path).name: o.status for o in report.outcomes}
    assert ".DS_Store" not in statuses
    assert statuses["ødelagt.docx"] == "rejected"
    assert statuses["tom.eml"] == "rejected"
    assert statuses["01_havbo_faelles_kopi.eml"] == "duplicate"
    assert report.imported == 12 and report.duplicates == 1 and report.rejected == 2
    reasons = {Path(o.path).name: o.reason for o in report.outcomes if o.status == "rejected"}
    assert "tom" in reasons["tom.eml"].lower()

    rows = services.responses.rows(cid)
    counted = [r for r in rows if r.duplicate_of is None]
    assert [r.number for r in counted] == list(range(1, 13))
    joint = next(r for r in counted if r.number == 1)
    assert joint.organisations == [
        "Boligselskabet Havbo",
        "Nordkystens Sprogcenter",
        "Foreningen Fælles Fodslag",
    ]
    assert [p.role for p in joint.parties] == ["sender", "co_signer", "co_signer"]
    dup = next(r for r in rows if r.duplicate_of is not None)
    assert dup.duplicate_of == joint.id and dup.number is None
    # the report names the original as the officer knows it: by its number, not its id
    dup_outcome = next(o for o in report.outcomes if o.status == "duplicate")
    assert dup_outcome.reason.endswith("svar nr. 1.")

    late = [r for r in counted if r.late]
    assert [r.sender_display for r in late] == ["Nordkystens Erhvervsforum v. Ole Dam"]
    assert late[0].received == datetime(2026, 11, 2, 8, 15, tzinfo=UTC)
    unknown = [r for r in counted if r.late is None]
    assert [r.source_name for r in unknown] == ["09_skolebestyrelsen_brev.docx"]

    campaign = [r for r in counted if r.campaign_id]
    assert len(campaign) == 4 and len({r.campaign_id for r in campaign}) == 1
    assert all(r.private_person and r.campaign_size == 4 for r in campaign)

    forwarded = next(r for r in counted if r.sender_display == "Hanne Kjær")
    assert {p.role: p.email for p in forwarded.parties} == {
        "sender": "hanne.kjaer@hotmail.com",
        "forwarder": "sani@nordkysten.example.dk",
    }

    council = [
        r for r in counted if r.organisations and r.organisations[0].startswith("Integrationsrådet")
    ]
    assert len(council) == 2 and council[1].new_version_of == council[0].id

    # reply addresses are never a sender
    assert not any(
        p.email.startswith(("hoering@", "integration@")) for r in rows for p in r.parties
    )


def test_rerunning_the_import_changes_nothing(services: Services, cid: int, folder: Path) -> None:
    services.intake.import_paths(cid, [folder])
    before = services.responses.rows(cid)
    again = services.intake.import_paths(cid, [folder])
    assert again.imported == 0
    havbo = next(o for o in again.outcomes if o.path.endswith("01_havbo_faelles.eml"))
    assert havbo.reason == "Filen er allerede registreret som svar nr. 1."
    assert {o.status for o in again.outcomes} == {"duplicate", "rejected"}
    assert services.responses.rows(cid) == before


def template_mail(rows: list[Row]) -> bytes:
    """Søren Ølgaard's mail with the template, filled in with ``rows``, attached."""
    return eml(
        make_mail(
            "Søren Ølgaard <soeren@aabnedoere.example.dk>",
            "hoering@nordkysten.example.dk",
            "Høringssvar",
            "Se vedhæftede.",
            datetime(2026, 10, 1, 12, tzinfo=UTC),
            attachments=[("svar.docx", template_docx(rows))],
        )
    )


def test_template_rows_arrive_verbatim_as_suggestions(services: Services, cid: int) -> None:
    text = 'Vi foreslår »sprogvenner« – også for voksne — og "makkerordninger" i Ærø-området.'
    rows = [
        (SENDER_LABEL, ["Foreningen Åbne Døre v. Søren Ølgaard soeren@aabnedoere.example.dk"]),
        (GENERAL_LABEL, ["Generelt er vi glade."]),
        (section_label("Kultur- og fritidsområdet"), [text]),
        (section_label("Boligområdet"), ["• Flere blandede boliger.", "• Færre ghettoer."]),
        (section_label("Opfølgning"), []),
    ]
    data = template_mail(rows)
    outcome = services.intake.import_bytes(cid, "svar.eml", data)
    assert outcome.status == "imported"
    detail = services.responses.detail(outcome.response_id)
    recs = {r.passage: r for r in detail.recommendations}
    assert text in recs
    assert all(r.status == "suggested" for r in detail.recommendations)
    assert [s.heading for s in recs[text].sections] == ["Kultur- og fritidsområdet"]
    assert recs["Generelt er vi glade."].type == "general"
    assert recs["Generelt er vi glade."].sections == ()
    assert {p for p in recs if "boliger" in p or "ghetto" in p} == {
        "Flere blandede boliger.",
        "Færre ghettoer.",
    }
    assert not any(r.source_label.endswith('"Opfølgning"') for r in detail.recommendations)
    for r in detail.recommendations:
        assert detail.text[r.start : r.end] == r.passage
    # the evidence: the original and its attachment, byte for byte
    name, original = services.responses.file_bytes(outcome.response_id, 0)
    assert original == data
    assert [f.filename for f in detail.files] == ["svar.eml", "svar.docx"]
    assert detail.row.parties[0].organisation == "Foreningen Åbne Døre"


def test_rows_that_say_there_is_nothing_to_say_are_empty_rows(services: Services, cid: int) -> None:
    nothing = ["Ingen bemærkninger.", "Ingen", "-", "Nej tak", "Ingen kommentarer", "INGEN."]
    rows = [
        (SENDER_LABEL, ["Foreningen Åbne Døre v. Søren Ølgaard soeren@aabnedoere.example.dk"]),
        (GENERAL_LABEL, ["Ingen bemærkninger, men vi foreslår flere aftenhold."]),
        *[(section_label(f"Afsnit {i}"), [text]) for i, text in enumerate(nothing)],
    ]
    data = template_mail(rows)
    outcome = services.intake.import_bytes(cid, "svar.eml", data)
    detail = services.responses.detail(outcome.response_id)
    assert [r.passage for r in detail.recommendations] == [
        "Ingen bemærkninger, men vi foreslår flere aftenhold."  # says something: kept
    ]
    assert "Nej tak" in detail.text  # the text itself is kept as written


def test_suggestions_accept_all(services: Services, cid: int, folder: Path) -> None:
    services.intake.import_paths(cid, [folder])
    open_ = services.tagging.suggestions(consultation_id=cid)
    assert open_
    services.tagging.accept(open_)
    assert services.tagging.suggestions(consultation_id=cid) == []
    assert all(r.open_suggestions == 0 for r in services.responses.rows(cid))


def test_a_crashing_registration_is_reported_and_the_batch_goes_on(
    services: Services, cid: int, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hoeringsdesk.services import registration

    real = registration.Registrar.register

    def flaky(self, s, parsed, source):  # type: ignore[no-untyped-def]
        if source.endswith("03_borger_peter.eml"):
            raise RuntimeError("disk on fire")
        return real(self, s, parsed, source)

    monkeypatch.setattr(registration.Registrar, "register", flaky)
    report = services.intake.import_paths(cid, [folder])
    bad = [o for o in report.outcomes if o.path.endswith("03_borger_peter.eml")]
    assert bad[0].status == "rejected" and "disk on fire" in bad[0].reason
    assert report.imported == 11
    assert "Peter Madsen" not in by_name(services, cid)


def test_cancel_stops_between_files(services: Services, cid: int, folder: Path) -> None:
    seen: list[int] = []
    report = services.intake.import_paths(
        cid,
        [folder],
        progress=lambda done, total, name: seen.append(done),
        cancel=lambda: len(seen) >= 3,
    )
    assert report.cancelled
    assert len(report.outcomes) == 3
    assert len(services.responses.rows(cid)) == 3


def test_a_duplicate_is_reported_by_the_originals_number_not_its_id(
    services: Services, folder: Path
) -> None:
    first = services.demo.create(with_responses=True)  # its responses take the low ids
    cid = services.demo.create(with_responses=False)
    report = services.intake.import_paths(cid, [folder])
    dup = next(o for o in report.outcomes if o.status == "duplicate")
    original = next(r for r in services.responses.rows(cid) if r.id == dup.duplicate_of)
    assert original.id != original.number and first != cid
    assert dup.reason.endswith(f"svar nr. {original.number}.")
