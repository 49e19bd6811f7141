"""The fast read paths give exactly what the ORM-based ones gave, on a generated store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.generate import Scale, generate_store
from benchmarks.legacy import LegacyReads
from hoeringsdesk.app import Services, open_app
from hoeringsdesk.domain.records.review import review_row

SMALL = Scale(responses=400, recommendations=4000, sections=40, seed=7)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, LegacyReads]]:
    path: Path = tmp_path_factory.mktemp("small") / "store.sqlite3"
    generate_store(path, SMALL)
    services = open_app(path, user="tester")
    yield services, LegacyReads(services.store.sessions.read)
    services.close()


def test_rows_are_the_same(small: tuple[Services, LegacyReads]) -> None:
    services, legacy = small
    assert services.responses.rows(1) == legacy.rows(1)
    some = [3, 17, 250]
    assert services.responses.rows(1, some) == legacy.rows(1, some)


def test_items_are_the_same(small: tuple[Services, LegacyReads]) -> None:
    services, legacy = small
    assert services.review.items(1) == legacy.items(1)
    for node in services.drafts.sections(1)[:12]:
        ids = services.review.subtree(1, node.id)
        assert services.review.items(1, ids) == legacy.items(1, ids)


def test_rows_are_the_items_lines(small: tuple[Services, LegacyReads]) -> None:
    services, _legacy = small
    for node in services.drafts.sections(1):
        ids = services.review.subtree(1, node.id)
        lines = [review_row(i) for i in services.review.items(1, ids)]
        assert services.review.rows(1, node.id) == lines
        own = [review_row(i) for i in services.review.items(1, [node.id])]
        assert services.review.rows(1, node.id, subsections=False) == own
    some = [line.id for line in services.review.rows(1, services.drafts.sections(1)[0].id)]
    assert [i.rec.id for i in services.review.details(1, some[::-1])] == some[::-1]


def test_coverage_gaps_and_overview_are_the_same(small: tuple[Services, LegacyReads]) -> None:
    services, legacy = small
    assert services.review.coverage(1) == legacy.coverage(1)
    assert services.review.gaps(1) == legacy.gaps(1)
    assert services.review.overview(1) == legacy.overview(1)


def test_whitespace_only_answers_count_as_unanswered(small: tuple[Services, LegacyReads]) -> None:
    services, legacy = small
    item = services.review.items(1)[0]
    services.review.set_answer([item.rec.id], "", "yes")
    with services.store.sessions.write.begin() as s:
        s.connection().exec_driver_sql(
            "UPDATE administration_comment SET text = ? WHERE id = ?",
            ("\u00a0\u2003\n", services.review.items(1, None)[0].rec.comment_id),
        )
    assert services.review.coverage(1) == legacy.coverage(1)
    assert services.review.overview(1) == legacy.overview(1)
