"""Full-text search: ranked, prefixes, Danish letters kept apart, kept current by triggers."""

from __future__ import annotations

import json

import pytest

from hoeringsdesk.app import Services
from hoeringsdesk.cli import main
from hoeringsdesk.services.search import fts_query
from tests.builders import add_response, section_id


def test_words_prefixes_and_danish_letters(services: Services, demo_id: int) -> None:
    a = add_response(services, demo_id, "Vi ønsker flere år med sprogundervisning i Ærøgade.")
    b = add_response(services, demo_id, "Der er ar på bænken. Sprogcaféen skal bevares.")
    c = add_response(services, demo_id, "Sprog, sprog og atter sprog: sprogundervisning!")
    assert services.search.response_ids(demo_id, "år") == {a}
    assert services.search.response_ids(demo_id, "ar") == {b}
    assert services.search.response_ids(demo_id, "sprog") == {a, b, c}
    assert services.search.response_ids(demo_id, "ærø") == {a}
    assert services.search.response_ids(demo_id, "sprogundervisning ønsker") == {a}
    hits = services.search.search(demo_id, "sprog")
    assert hits[0].response_id == c  # the most sprog-heavy text ranks first
    assert "[" in hits[0].snippet and "]" in hits[0].snippet


def test_index_follows_recommendations_and_deletes(services: Services, demo_id: int) -> None:
    rid = add_response(services, demo_id, "Kommunen bør ansætte flere tolke i sundhedsplejen.")
    rec = services.tagging.create(
        rid, 0, 30, [section_id(services, demo_id, "Sundh")], summary="Tolkebistand til familier"
    )
    kinds = {h.kind for h in services.search.search(demo_id, "tolkebistand")}
    assert kinds == {"recommendation"}
    services.tagging.update(rec.id, summary="Mere hjælp")
    assert services.search.search(demo_id, "tolkebistand") == []
    services.tagging.delete(rec.id)
    assert services.search.search(demo_id, "hjælp") == []


def test_query_building_is_safe() -> None:
    assert fts_query('år "NEAR( sprog*') == '"år"* AND "NEAR"* AND "sprog"*'
    assert fts_query("  ") == ""


def test_search_command_json(store_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", str(store_path), "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", str(store_path), "search", "sprogcaféen", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    responses = {h["response_number"] for h in hits if h["kind"] == "response"}
    assert responses == {6, 7, 8, 9}
    # and the campaign's one suggestion (its first letter's point), nothing else
    assert [h["response_number"] for h in hits if h["kind"] == "recommendation"] == [6]
