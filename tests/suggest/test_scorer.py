"""Ranking sections for a passage, with each kind of reason: label, name, heading, words,
and what the officer tagged."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from hoeringsdesk.domain.suggestions import HEADING, LABEL, LEARNED, NAMED, WORDS
from hoeringsdesk.suggest.learned import SECTIONS, SIMILAR, LearnedModel
from hoeringsdesk.suggest.scorer import DraftScorer, confident


@dataclass(frozen=True)
class Section:
    id: int
    label: str
    heading: str
    body: str


DRAFT = [
    Section(1, "", "Principper", "Fem principper gælder for kommunens arbejde."),
    Section(2, "", "Princip B: Helhed for borgeren", "Borgeren møder én sammenhængende kommune."),
    Section(3, "", "Princip E: Integration er en gensidig proces", "Lige muligheder og ansvar."),
    Section(
        4,
        "",
        "Beskæftigelsesområdet",
        "Kommunen vil styrke vejen til job gennem virksomhedsrettede forløb, mentorordninger "
        "og praktik hos lokale arbejdsgivere. Jobcentret samarbejder med virksomhederne.",
    ),
    Section(5, "", "Sundheds- og omsorgsområdet", "Forebyggende tilbud og tolkning."),
    Section(6, "", "Boligområdet", "Blandede boligområder og boligsociale helhedsplaner."),
]


@pytest.fixture(scope="module")
def scorer() -> DraftScorer:
    return DraftScorer(DRAFT)


def kinds(candidate) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.kind for r in candidate.reasons}


@pytest.mark.parametrize(
    ("text", "section", "written"),
    [
        ("Vi bifalder det princip (E), der beskriver integration.", 3, "princip (E)"),
        ("Rådet anbefaler, at princip B udvides.", 2, "princip B"),
        ("I afsnittet om sundhed savner vi tolke.", 5, "afsnittet om sundhed"),
        ("Vi har kommentarer til Beskæftigelsesområdet.", 4, "Beskæftigelsesområdet"),
        ("Det gælder også sundhedsområdet.", 5, "sundhedsområdet"),
    ],
)
def test_a_named_section_comes_first_with_what_named_it(
    scorer: DraftScorer, text: str, section: int, written: str
) -> None:
    best = scorer.rank(text)[0]
    assert best.section_id == section
    named = [r for r in best.reasons if r.kind == NAMED]
    assert named and named[0].text == written
    assert confident(best)


def test_naming_a_principle_does_not_also_name_the_chapter(scorer: DraftScorer) -> None:
    ranked = scorer.rank("Rådet anbefaler, at princip B udvides.")
    assert not any(NAMED in kinds(c) for c in ranked if c.section_id == 1)


def test_shared_words_are_shown_with_stems_and_compounds(scorer: DraftScorer) -> None:
    best = scorer.rank("Jobcentret bør tilbyde flere mentorer og praktikpladser i virksomheder.")[0]
    assert best.section_id == 4
    assert kinds(best) == {WORDS}
    shown = next(r for r in best.reasons if r.kind == WORDS).words
    assert {"jobcentret", "mentorer", "virksomheder"} <= set(shown)


def test_the_heading_above_a_passage_names_its_section(scorer: DraftScorer) -> None:
    best = scorer.rank("Vi savner flere tilbud til nyankomne.", context="Beskæftigelsesområdet")[0]
    assert best.section_id == 4 and HEADING in kinds(best)


def test_a_template_rows_label_decides(scorer: DraftScorer) -> None:
    label = 'Forslag til ændringer i "Boligområdet"'
    best = scorer.rank("Flere cykelstier.", label_sections=[6], label=label)[0]
    assert best.section_id == 6
    assert next(r for r in best.reasons if r.kind == LABEL).text == label


def test_no_evidence_gives_no_confident_suggestion(scorer: DraftScorer) -> None:
    ranked = scorer.rank("Generelt er vi glade.")
    assert not ranked or not confident(ranked[0])


def test_the_officers_tags_teach_it_words_the_draft_lacks(scorer: DraftScorer) -> None:
    passage = "Bevar sprogcaféen på biblioteket, den er et godt mødested."
    assert all(c.section_id != 3 for c in scorer.rank(passage)[:1])
    model = LearnedModel()
    for i, text in enumerate(
        [
            "Sprogcaféen på biblioteket skal bevares.",
            "Vi bruger sprogcaféen hver uge og møder nye naboer.",
            "Sprogcaféen er et mødested for hele byen.",
            "Giv sprogcaféen penge i budgettet.",
        ]
    ):
        model.add(i, 1, [3], scorer.terms(text))
    model.add(99, 1, [6], scorer.terms("Flere blandede boliger i Vestparken."))
    best = scorer.rank(passage, learned=model)[0]
    assert best.section_id == 3
    learned = next(r for r in best.reasons if r.kind == LEARNED)
    assert learned.count >= 2  # "ligner N passager du har tagget her"


def test_removing_a_tag_forgets_it(scorer: DraftScorer) -> None:
    model = LearnedModel()
    model.add(1, 1, [3], scorer.terms("Sprogcaféen skal bevares."))
    assert model.scores(scorer.terms("sprogcaféen"))
    generation = model.generation
    model.remove(1)
    assert model.scores(scorer.terms("sprogcaféen")) == {} and model.generation > generation
    assert len(model) == 0


def test_a_faint_neighbour_does_not_vote(scorer: DraftScorer) -> None:
    model = LearnedModel()
    model.add(
        1, 1, [6], scorer.terms("Flere blandede boliger i Vestparken, tæt på skolen og hallen.")
    )
    model.add(2, 1, [3], scorer.terms("Bevar sprogcaféen på biblioteket."))
    terms = scorer.terms(
        "Vi ønsker længere åbningstider på biblioteket i weekenden, også om sommeren, "
        "så familier med små børn kan låne bøger og læse aviser."
    )
    near = {p[SECTIONS]: sim for sim, p in model.neighbours(terms)}
    assert 0 < near[(3,)] < SIMILAR  # shares one word: a neighbour, but a faint one
    assert model.scores(terms) == {}
