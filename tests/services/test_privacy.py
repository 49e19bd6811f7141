"""Privacy: after anonymising or erasing, the person is gone from the store's raw bytes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from hoeringsdesk.app import Services
from hoeringsdesk.cli import main

SECRETS = ("Peter Madsen", "peter.madsen1962@gmail.com", "21 43 65 87", "21436587", "Havnegade 14")


def raw(path: Path) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(path) + suffix)
        if part.exists():
            data += part.read_bytes()
    return data.lower()


def leaks(path: Path, secrets=SECRETS) -> list[str]:  # type: ignore[no-untyped-def]
    data = raw(path)
    found = [s for s in secrets if s.lower().encode() in data]
    found += [s for s in secrets if s.lower().encode("utf-16-le") in data]
    return found


def peter(services: Services, cid: int) -> int:
    row = next(r for r in services.responses.rows(cid) if r.sender_display == "Peter Madsen")
    party = row.parties[0]
    # the officer adds what the signature says, so it is known personal data
    services.parties.update(
        party.id, phone="21 43 65 87", address="Havnegade 14, 2. tv., 9990 Nordkysten"
    )
    return row.id


@pytest.mark.sqlite_only  # searches the SQLite file's raw bytes
def test_anonymise_leaves_no_trace(services: Services, full_demo_id: int) -> None:
    rid = peter(services, full_demo_id)
    rec = services.tagging.create(
        rid,
        0,
        len(services.responses.detail(rid).text),
        [services.drafts.sections(full_demo_id)[0].id],
        summary="Peter Madsen vil have aftenhold",
    )
    services.review.set_answer([rec.id], "Tak til Peter Madsen for forslaget.", "partly")
    assert leaks(services.store.path)
    labels = services.privacy.anonymise(rid)
    assert labels == ["Privatperson 1"]
    assert leaks(services.store.path) == []
    detail = services.responses.detail(rid)
    assert "Privatperson 1" in detail.text and "aftenen" in detail.text
    assert detail.row.parties[0].display == "Privatperson 1"
    (r,) = [x for x in detail.recommendations if x.status == "accepted"]
    assert detail.text[r.start : r.end] == r.passage
    assert r.summary == "Privatperson 1 vil have aftenhold"
    assert r.comment == "Tak til Privatperson 1 for forslaget."
    assert [f.filename for f in detail.files] == ["03_borger_Privatperson 1.eml.anonymiseret.txt"]
    name, data = services.responses.file_bytes(rid)
    assert b"Privatperson 1" in data
    assert services.search.response_ids(full_demo_id, "Madsen") == set()


@pytest.mark.sqlite_only  # searches the SQLite file's raw bytes
def test_erase_keeps_anonymised_recommendations(services: Services, full_demo_id: int) -> None:
    rid = peter(services, full_demo_id)
    text = services.responses.detail(rid).text
    start = text.index("Jeg foreslår")
    rec = services.tagging.create(
        rid, start, start + 60, [services.drafts.sections(full_demo_id)[0].id]
    )
    services.responses.update(rid, notes="Ringede til Peter Madsen på 21 43 65 87")
    services.privacy.erase(rid)
    assert leaks(services.store.path) == []
    detail = services.responses.detail(rid)
    assert detail.files == () and detail.notes == ""
    accepted = [r.passage for r in detail.recommendations if r.status == "accepted"]
    assert accepted == [rec.passage]
    events = services.audit.for_response(rid)
    assert events[-1].action == "erase"
    # the history keeps every earlier event of the response, without its values
    earlier = events[:-1]
    assert {e.action for e in earlier} >= {"import", "update"}
    assert all(e.before is None and e.after is None for e in earlier)


@pytest.mark.sqlite_only  # searches the SQLite file's raw bytes
def test_erase_clears_organisation_contacts_but_keeps_the_organisation(
    services: Services, full_demo_id: int
) -> None:
    joint = next(r for r in services.responses.rows(full_demo_id) if r.number == 1)
    services.privacy.erase(joint.id)
    assert leaks(services.store.path, ("Lise Holm", "lise.holm@havbo", "Karim Aziz")) == []
    row = services.responses.row(joint.id)
    assert row.organisations[:1] == ["Boligselskabet Havbo"]
    assert all(p.contact_name == "" and p.email == "" for p in row.parties)


def test_private_required_and_due_list(
    services: Services, full_demo_id: int, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    joint = next(r for r in services.responses.rows(full_demo_id) if r.number == 1)
    with pytest.raises(Exception, match="ingen privatperson"):
        services.privacy.anonymise(joint.id)
    assert services.privacy.due(date(2028, 12, 30)) == []
    (item,) = services.privacy.due(date(2029, 1, 1))
    assert item.consultation_id == full_demo_id and item.responses_with_data == 13
    assert services.privacy.erase_consultation(full_demo_id) == 13
    assert services.privacy.due(date(2029, 1, 1)) == []


@pytest.mark.sqlite_only  # searches the SQLite file's raw bytes
def test_privacy_commands(store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(store_path)
    assert main(["--db", db, "demo"]) == 0
    capsys.readouterr()
    main(["--db", db, "responses", "--json"])
    rows = json.loads(capsys.readouterr().out)
    pid = next(r["id"] for r in rows if r["sender"]["name"] == "Hanne Kjær")
    assert main(["--db", db, "privacy", "anonymise", "--response", str(pid)]) == 0
    assert "Privatperson" in capsys.readouterr().out
    assert leaks(store_path, ("Hanne Kjær", "hanne.kjaer@hotmail.com")) == []
    assert main(["--db", db, "privacy", "due", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.sqlite_only  # searches the SQLite file's raw bytes
def test_a_citizen_taken_for_an_organisation_is_anonymised_once_confirmed(
    services: Services, full_demo_id: int
) -> None:
    from tests.builders import add_response

    text = (
        "Jeg synes, sprogskolen skal have aftenhold.\n\nVenlig hilsen\nAnne Kristoffersen\n"
        "Lærkevej 9, 9990 Nordkysten"
    )
    rid = add_response(
        services,
        full_demo_id,
        text,
        organisation="Anne Kristoffersen",  # the program took her for an organisation
        contact="",
        email="anne.kristoffersen@example.net",
    )
    (party,) = services.responses.row(rid).parties
    assert party.kind == "organisation"
    with pytest.raises(Exception, match="ingen privatperson"):
        services.privacy.anonymise(rid)  # refused until the officer says who is private
    assert services.responses.row(rid).parties[0].kind == "organisation"  # nothing changed
    secrets = ("Anne Kristoffersen", "anne.kristoffersen@example.net", "Lærkevej 9")
    assert leaks(services.store.path, secrets)

    labels = services.privacy.anonymise(rid, private_person=party.id)
    assert len(labels) == 1 and labels[0].startswith("Privatperson ")
    (after,) = services.responses.row(rid).parties
    assert after.kind == "private" and after.display == labels[0]
    detail = services.responses.detail(rid)
    assert "Kristoffersen" not in detail.text and "aftenhold" in detail.text
    events = [(e.entity, e.action) for e in services.audit.for_response(rid)]
    assert ("party", "update") in events and events[-1] == ("response", "anonymise")
    assert leaks(services.store.path, secrets) == []


def test_only_a_sender_of_the_response_can_be_confirmed_private(
    services: Services, full_demo_id: int
) -> None:
    joint = next(r for r in services.responses.rows(full_demo_id) if r.number == 1)
    other = next(r for r in services.responses.rows(full_demo_id) if r.number == 2)
    stranger = other.parties[0].id
    with pytest.raises(Exception, match="hører ikke til"):
        services.privacy.anonymise(joint.id, private_person=stranger)
    assert services.responses.row(other.id).parties[0].kind == other.parties[0].kind


def test_camel_case_file_names_are_anonymised_too(services: Services, full_demo_id: int) -> None:
    from hoeringsdesk.db.models.responses import Response
    from hoeringsdesk.domain.enums import PartyKind
    from tests.builders import add_response

    rid = add_response(
        services,
        full_demo_id,
        "Se vedhæftede BrevFraAnneJensen.pdf om aftenhold.\n\nAnne Jensen",
        organisation="",
        contact="Anne Jensen",
        email="aj1980@example.net",
        kind=PartyKind.PRIVATE,
    )
    with services.store.sessions.write.begin() as s:
        response = s.get(Response, rid)
        assert response is not None
        response.source_name = "AnneJensen.docx"
        response.subject = "Svar fra AnneJensen"
    (label,) = services.privacy.anonymise(rid)
    detail = services.responses.detail(rid)
    assert f"BrevFra{label}.pdf" in detail.text and "Jensen" not in detail.text
    row = services.responses.row(rid)
    assert "Jensen" not in f"{row.subject} {row.source_name}"
    assert [f.filename for f in detail.files] == [f"{label}.docx.anonymiseret.txt"]
