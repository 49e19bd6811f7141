"""Undo's inverses in the tagging service: each one transaction, all or nothing.

The failure is injected in the store (a SQLite trigger that aborts one statement), so the
service under test runs unchanged; a failure half-way must leave every row as it was."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy.exc import DBAPIError

from hoeringsdesk.app import Services
from hoeringsdesk.domain.records.recommendations import RecommendationInfo, RecommendationState
from hoeringsdesk.services.errors import ConflictError
from tests.builders import add_response, section_id

TEXT = (
    "Vi støtter pejlemærkerne. Kommunen bør oprette flere småjobs på særlige vilkår. "
    "Hvorfor er sundhedsområdet så kort? Tolkning bør være gratis i sundhedsplejen."
)


@contextmanager
def failing(services: Services, event: str, condition: str) -> Iterator[None]:
    """While inside, the store aborts the statement on recommendation that matches."""
    if services.store.is_sqlite:
        create = [
            f"CREATE TRIGGER fail_once BEFORE {event} ON recommendation FOR EACH ROW "
            f"WHEN {condition} BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
        ]
        drop = ["DROP TRIGGER fail_once"]
    else:
        create = [
            "CREATE FUNCTION fail_once() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'injected failure'; END $$",
            f"CREATE TRIGGER fail_once BEFORE {event} ON recommendation FOR EACH ROW "
            f"WHEN ({condition}) EXECUTE FUNCTION fail_once()",
        ]
        drop = ["DROP TRIGGER fail_once ON recommendation", "DROP FUNCTION fail_once()"]
    with services.store.engine.begin() as conn:
        for sql in create:
            conn.exec_driver_sql(sql)
    try:
        yield
    finally:
        with services.store.engine.begin() as conn:
            for sql in drop:
                conn.exec_driver_sql(sql)


def three(services: Services, demo_id: int) -> list[RecommendationInfo]:
    rid = add_response(services, demo_id, TEXT)
    job = section_id(services, demo_id, "Beskæft")
    bounds = [(0, 25), (TEXT.index("Kommunen"), TEXT.index("Hvorfor")), (TEXT.index("Tolk"), -1)]
    return [services.tagging.create(rid, a, len(TEXT) if b < 0 else b, [job]) for a, b in bounds]


def ids_and_status(services: Services, demo_id: int) -> dict[int, str]:
    """Every recommendation in the consultation, by id, with its status."""
    out: dict[int, str] = {}
    for row in services.responses.rows(demo_id):
        for r in services.responses.detail(row.id).recommendations:
            out[r.id] = str(r.status)
    return out


def test_unaccept_is_one_transaction(services: Services, demo_id: int) -> None:
    recs = three(services, demo_id)
    for r in recs:
        services.tagging.set_status(r.id, "suggested")
    accepted = services.tagging.accept([r.id for r in recs])
    left = {i.id: RecommendationState.of(i) for i in accepted}
    with (
        failing(services, "UPDATE OF status", f"OLD.id = {recs[2].id}"),
        pytest.raises(DBAPIError, match="injected"),
    ):
        services.tagging.unaccept(left)
    # The first two were changed before the third failed: rolled back with it.
    assert set(ids_and_status(services, demo_id).values()) == {"accepted"}
    services.tagging.unaccept(left)
    assert set(ids_and_status(services, demo_id).values()) == {"suggested"}


def test_unsplit_is_one_transaction(services: Services, demo_id: int) -> None:
    (rec, *_) = three(services, demo_id)
    undo = services.tagging.split_for_undo(rec.id, TEXT.index("pejle"))
    assert len(ids_and_status(services, demo_id)) == 4
    # The second half is deleted first; the first half's update then fails.
    with (
        failing(services, "UPDATE", f"OLD.id = {rec.id}"),
        pytest.raises(DBAPIError, match="injected"),
    ):
        services.tagging.unsplit(undo)
    assert undo.second_id in ids_and_status(services, demo_id)
    assert services.tagging.snapshot(rec.id).passage == "Vi støtter "
    back = services.tagging.unsplit(undo)
    assert back.passage == rec.passage and back.end == rec.end
    assert [s.id for s in back.sections] == [s.id for s in rec.sections]
    assert undo.second_id not in ids_and_status(services, demo_id)


def test_unsplit_is_refused_when_a_half_changed_since(services: Services, demo_id: int) -> None:
    (rec, *_) = three(services, demo_id)
    undo = services.tagging.split_for_undo(rec.id, TEXT.index("pejle"))
    services.tagging.update(undo.second_id, summary="Pejlemærkerne er gode")
    with pytest.raises(ConflictError, match="Pejlemærkerne er gode"):
        services.tagging.unsplit(undo)
    assert undo.second_id in ids_and_status(services, demo_id)


def test_delete_all_and_restore_all_are_one_transaction(services: Services, demo_id: int) -> None:
    recs = three(services, demo_id)
    expected = {r.id: RecommendationState.of(r) for r in recs}
    with (
        failing(services, "DELETE", f"OLD.id = {recs[2].id}"),
        pytest.raises(DBAPIError, match="injected"),
    ):
        services.tagging.delete_all(expected)
    assert set(ids_and_status(services, demo_id)) == set(expected)
    snaps = services.tagging.delete_all(expected)
    assert ids_and_status(services, demo_id) == {}
    with (
        failing(services, "INSERT", f"NEW.id = {recs[2].id}"),
        pytest.raises(DBAPIError, match="injected"),
    ):
        services.tagging.restore_all(snaps)
    assert ids_and_status(services, demo_id) == {}  # not two of three
    back = services.tagging.restore_all(snaps)
    assert [(b.id, b.summary, b.sections) for b in back] == [
        (r.id, r.summary, r.sections) for r in recs
    ]


def test_delete_all_keeps_all_when_one_changed_since(services: Services, demo_id: int) -> None:
    recs = three(services, demo_id)
    expected = {r.id: RecommendationState.of(r) for r in recs}
    services.tagging.update(recs[1].id, summary="Flere småjobs")
    with pytest.raises(ConflictError, match="ikke slettet.*Flere småjobs"):
        services.tagging.delete_all(expected)
    assert set(ids_and_status(services, demo_id)) == set(expected)
