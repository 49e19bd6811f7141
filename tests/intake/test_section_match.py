"""Template row labels mapped to draft sections."""

from __future__ import annotations

import pytest

from hoeringsdesk.intake.section_match import SectionRef, fold, match_label

SECTIONS = [
    SectionRef(1, "", "Forord", None, 0),
    SectionRef(2, "", "Indledning", None, 0),
    SectionRef(3, "", "Pejlemærker", None, 0),
    SectionRef(4, "Pejlemærke 1", "Alle skal med", 3, 1),
    SectionRef(5, "Pejlemærke 2", "Fællesskab", 3, 1),
    SectionRef(6, "", "Principper", None, 0),
    SectionRef(7, "Princip E", "Integration er en gensidig proces", 6, 1),
    SectionRef(8, "", "Beskæftigelsesområdet", None, 0),
    SectionRef(9, "", "Sundheds- og omsorgsområdet", None, 0),
    SectionRef(10, "", "Børne- og ungdomsområdet", None, 0),
]


@pytest.mark.parametrize(
    ("label", "ids"),
    [
        (
            "Forslag til ændringer i indledende afsnit (forord, indledning og pejlemærker og "
            "principper)",
            [1, 2, 3, 6],
        ),
        ('Forslag til ændringer i "Beskæftigelsesområdet"', [8]),
        ("Forslag til ændringer i Beskæftigelsesområdet", [8]),
        ("Forslag til ændringer i “Beskæftigelsesområdet”", [8]),
        ("forslag til ændringer i »beskæftigelses-området«", [8]),
        ('Forslag til ændringer i "Beskæftigelsesomrdet"', [8]),
        ("Forslag til ændringer i Beskaeftigelsesomraadet", [8]),
        ('Forslag til ændringer i "Sundheds og omsorgsområdet"', [9]),
        ('Forslag til ændring i "Børne- og ungdomsområdet"', [10]),
        ("Forslag til ændringer i afsnittet om Beskæftigelsesområdet", [8]),
        ("Princip E", [7]),
        ("Pejlemærke 3", []),
        ("Generelle bemærkninger", []),
        ("Afsender (organisation og kontaktoplysninger)", []),
        ('Forslag til ændringer i "Kulturområdet"', []),
        ("", []),
    ],
)
def test_match_label(label: str, ids: list[int]) -> None:
    assert match_label(label, SECTIONS) == ids


def test_fold_is_accent_and_case_aware() -> None:
    assert fold("»Beskæftigelses-OMRÅDET«") == "beskaeftigelses omraadet"
    assert fold("Café") == "cafe"


def test_no_sections() -> None:
    assert match_label('Forslag til ændringer i "X"', []) == []
