"""The council export end to end: store → collect → xlsx/docx, public variant, audit, CLI."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from hoeringsdesk.app import Services
from hoeringsdesk.cli import main
from hoeringsdesk.db.models.audit import AuditEvent
from hoeringsdesk.domain.enums import Outcome
from hoeringsdesk.services.errors import ServiceError
from hoeringsdesk.services.export import ExportCancelledError
from tests.export.builders import ORGANISATIONS, PRIVATE_PERSONS, Built, build_consultation
from tests.export.ooxml import loose_digits, temp_leftovers, xml_text


@pytest.fixture
def built(services: Services) -> Built:
    return build_consultation(services.store.sessions.write)


def test_collect_skips_duplicates_and_suggestions_in_draft_order(
    services: Services, built: Built
) -> None:
    data = services.export.collect(built.consultation_id)
    assert [r.number for r in data.responses] == [1, 2, 4, 5, 6, 7, 8]
    by_number = {r.number: r for r in data.responses}
    assert [p.organisation for p in by_number[1].parties] == list(ORGANISATIONS[:3])
    assert (by_number[4].late, by_number[4].accepted_late) == (True, True)
    assert (by_number[5].late, by_number[5].new_version_of) == (True, 4)
    assert by_number[8].late is None and by_number[8].received is None
    assert (by_number[6].campaign_label, by_number[6].campaign_size) == ("Bevar Strandparken", 2)
    assert by_number[1].recommendation_count == 2
    assert by_number[4].received is not None and by_number[4].received.hour == 0  # local time
    # draft order: Forord, Indledning, 1.2, 2.1, 3, then no section; the campaign copy once
    assert [(r.response_number, r.summary[:12]) for r in data.recommendations] == [
        (4, "Lars Østerga"),
        (1, "Støtter gens"),
        (1, "Flere almene"),
        (2, "Anne Jensen "),
        (6, "Bevar Strand"),
        (8, "Generel bemæ"),
    ]
    shared = [r for r in data.recommendations if r.comment_id == built.comments["enig"]]
    assert len(shared) == 2 and {r.outcome for r in shared} == {Outcome.YES}
    assert [(i.name, i.answered) for i in data.invited] == [
        ("Boligselskabet Havbo", True),
        ("Integrationsrådet i Nordkysten", True),
        ("Handicaprådet", False),
        ("NORDKYSTENS ERHVERVSFORUM", True),
    ]
    assert any("dublet" in n for n in data.notes)
    assert "1 foreslået anbefaling er ikke godkendt og kommer ikke med." in data.notes


def test_xlsx_internal(services: Services, built: Built, tmp_path: Path) -> None:
    path = tmp_path / "byraad.xlsx"
    report = services.export.export_xlsx(built.consultation_id, path)
    assert (report.responses, report.recommendations, report.variant) == (7, 6, "intern")
    book = openpyxl.load_workbook(path)
    numbers = [r[0] for r in book["Høringssvar"].iter_rows(min_row=2, values_only=True)]
    assert numbers == [1, 2, 4, 5, 6, 7, 8]
    notat = list(book["Høringsnotat"].iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in notat] == [4, 1, 1, 2, 6, 8]
    assert notat[0][0] == "Forord" and notat[1][0] == "1 Indledning\n2.1 Princip E: Gensidig proces"
    listed = list(book["Høringsliste"].iter_rows(min_row=2, values_only=True))
    assert [r[3] for r in listed] == ["Ja", "Ja", "Nej", "Ja"]
    text = xml_text(path).lower()
    for person in PRIVATE_PERSONS:
        assert person["contact_name"].lower() in text
        if person["email"]:
            assert person["email"] in text


def exported_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return xml_text(path)


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "pdf"])
def test_public_variant_holds_no_private_data_anywhere(
    services: Services, built: Built, tmp_path: Path, fmt: str
) -> None:
    path = tmp_path / f"offentlig.{fmt}"
    export = getattr(services.export, f"export_{fmt}")
    report = export(built.consultation_id, path, public=True)
    assert report.variant == "offentlig"
    text = exported_text(path)
    lowered = text.lower()
    for person in PRIVATE_PERSONS:
        name = person["contact_name"]
        first, last = name.split()[0], name.split()[-1]
        assert name.lower() not in lowered, name
        assert f"{first} {last}".lower() not in lowered, name
        if person["email"]:
            assert person["email"].lower() not in lowered
        if person["phone"]:
            digits = re.sub(r"\D", "", person["phone"])[-8:]
            assert not loose_digits(digits).search(text), person["phone"]
        if person["address"]:
            street = person["address"].split(",")[0]
            assert street.lower() not in lowered, street
    assert "@" not in re.sub(r"<[^>]*>", " ", text)  # no e-mail address at all
    for organisation in ORGANISATIONS:
        assert organisation.lower() in lowered
    assert "privatperson 1" in lowered and "peter holm" in lowered  # official contact stays
    assert "anne_jensen" not in lowered  # a file name can carry a name too


def test_pdf_internal_has_every_response_text(
    services: Services, built: Built, tmp_path: Path
) -> None:
    path = tmp_path / "alle.pdf"
    report = services.export.export_pdf(built.consultation_id, path)
    text = exported_text(path)
    assert report.responses == 7
    assert "Jeg savner dialog med kommunen." in text and "anne.jensen@example.dk" in text
    groups = [line for line in text.splitlines() if line.endswith(")") and "(" in line]
    assert groups.index("Offentlige myndigheder (1)") < groups.index("Organisationer (1)")
    assert groups.index("Organisationer (1)") < groups.index("Privatpersoner (5)")


def test_docx_internal_groups_the_shared_comment(
    services: Services, built: Built, tmp_path: Path
) -> None:
    path = tmp_path / "notat.docx"
    services.export.export_docx(built.consultation_id, path)
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    answer = (
        "Forvaltningens bemærkning til svar nr. 1 og 2: "
        "Forvaltningen er enig og præciserer afsnittet."
    )
    assert texts.count(answer) == 1  # printed once, where it first appears
    princip = texts[texts.index("2.1 Princip E: Gensidig proces") + 1 :]
    assert princip[0].endswith(": se under »1 Indledning«.")  # response 1, shown in full there
    changes = texts[texts.index("Ændringer i forhold til udkastet") + 2 :]
    assert changes[: changes.index("Bilag: Indkomne høringssvar")] == [
        "1 Indledning",
        "Forvaltningen er enig og præciserer afsnittet. (ja; svar nr. 1 og 2)",
        "2.1 Princip E: Gensidig proces",
        "Se under »1 Indledning«. (ja; svar nr. 1 og 2)",
        "3 Beskæftigelsesområdet",
        "Strandparken bevares, men stien flyttes. (delvist; svar nr. 6)",
    ]
    assert "Anne Jensen" in xml_text(path)


def test_each_export_is_audited(services: Services, built: Built, tmp_path: Path) -> None:
    services.export.export_xlsx(built.consultation_id, tmp_path / "a.xlsx", public=True)
    services.export.export_docx(built.consultation_id, tmp_path / "a")  # suffix added
    with services.store.sessions.read() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "export")).all()
        got = [(e.user, e.consultation_id, e.after) for e in events]
    assert [(user, cid) for user, cid, _ in got] == [("tester", built.consultation_id)] * 2
    assert got[0][2]["format"] == "xlsx" and got[0][2]["variant"] == "offentlig"
    assert got[1][2]["path"] == str(tmp_path / "a.docx")
    assert got[1][2]["recommendations"] == 6


def test_cancel_through_the_service_writes_nothing(
    services: Services, built: Built, tmp_path: Path
) -> None:
    path = tmp_path / "byraad.xlsx"
    path.write_bytes(b"last week's export")
    progress: list[tuple[int, int]] = []
    with pytest.raises(ExportCancelledError, match="afbrudt"):
        services.export.export_xlsx(
            built.consultation_id,
            path,
            progress=lambda d, t, _what: progress.append((d, t)),
            cancel=lambda: len(progress) >= 1,
        )
    assert path.read_bytes() == b"last week's export"
    assert temp_leftovers(tmp_path) == []
    with services.store.sessions.read() as s:
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "export")).all() == []


@pytest.mark.parametrize(
    ("name", "message"),
    [("eksport.xls", "endelsen .xlsx"), ("mangler/eksport.xlsx", "findes ikke")],
)
def test_bad_targets(
    services: Services, built: Built, tmp_path: Path, name: str, message: str
) -> None:
    with pytest.raises(ServiceError, match=message):
        services.export.export_xlsx(built.consultation_id, tmp_path / name)


def test_unknown_consultation(services: Services, tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="findes ikke"):
        services.export.export_docx(99, tmp_path / "x.docx")


def test_cli_export(
    services: Services,
    built: Built,
    store_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    services.close()
    out_file = tmp_path / "byraad.xlsx"
    code = main(["--db", store_url, "export", "xlsx", str(out_file), "--public"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out_file.exists()
    assert "offentlig udgave" in out and "7 høringssvar og 6 anbefalinger" in out
    assert len(out.strip().splitlines()) == 1
    code = main(
        [
            "--db",
            store_url,
            "export",
            "docx",
            str(tmp_path / "notat.docx"),
            "--consultation",
            "1",
        ]
    )
    out, _ = capsys.readouterr()
    assert code == 0 and "Høringsnotatet (Word)" in out and "intern udgave" in out
    code = main(["--db", store_url, "export", "docx", str(tmp_path / "nej" / "n.docx")])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err and "findes ikke" in err
