"""Finding the recommendations in a free text: paragraphs, items, proposal sentences."""

from __future__ import annotations

from hoeringsdesk.suggest.passages import find_passages
from hoeringsdesk.suggest.summary import default_summary

LETTER = (
    "Kære byråd\n\n"
    "Tak for muligheden for at give høringssvar.\n\n"
    "Jeg har gået på sprogskole i to år. Undervisningen ligger kun om formiddagen. "
    "Jeg foreslår, at der også er hold om aftenen.\n\n"
    "Beskæftigelse\n"
    "Jobcentret bør tilbyde flere mentorer til nyankomne.\n\n"
    "Vi har følgende forslag:\n"
    "• Flere praktikpladser i kommunens egne institutioner.\n"
    "• En fast kontaktperson i jobcentret.\n"
    "1) Sprogundervisning om aftenen\n"
    "a. Cykelkurser for kvinder i boligområderne\n\n"
    "Med venlig hilsen\n"
    "Peter Madsen\nHavnegade 14, 2. tv.\n9990 Nordkysten\ntlf. 21 43 65 87"
)


def texts(text: str) -> list[str]:
    return [text[p.start : p.end] for p in find_passages(text)]


def test_paragraphs_items_and_numbered_points_are_found_verbatim() -> None:
    found = texts(LETTER)
    assert found == [
        "Jeg har gået på sprogskole i to år. Undervisningen ligger kun om formiddagen. "
        "Jeg foreslår, at der også er hold om aftenen.",
        "Jobcentret bør tilbyde flere mentorer til nyankomne.",
        "Flere praktikpladser i kommunens egne institutioner.",
        "En fast kontaktperson i jobcentret.",
        "Sprogundervisning om aftenen",
        "Cykelkurser for kvinder i boligområderne",
    ]


def test_greetings_thanks_and_signatures_are_not_recommendations() -> None:
    joined = " ".join(texts(LETTER))
    for words in ("Kære", "Tak for", "hilsen", "Peter Madsen", "Havnegade", "21 43 65 87"):
        assert words not in joined


def test_heading_and_lead_in_are_kept_as_context() -> None:
    passages = find_passages(LETTER)
    assert passages[1].context == "Beskæftigelse"
    assert passages[2].kind == "item" and "følgende forslag" in passages[2].context


def test_adjacent_sentences_about_one_thing_stay_together_and_another_proposal_splits() -> None:
    text = (
        "Kommunen bør oprette flere pladser i daghjem for demente. Det vil aflaste de "
        "pårørende meget. Vi foreslår desuden, at busserne på landet kører hver time om "
        "aftenen."
    )
    assert texts(text) == [
        "Kommunen bør oprette flere pladser i daghjem for demente. Det vil aflaste de "
        "pårørende meget.",
        "Vi foreslår desuden, at busserne på landet kører hver time om aftenen.",
    ]


def test_a_pdfs_wrapped_lines_make_one_passage() -> None:
    text = (
        "Rådet anbefaler, at princip B om helhed for borgeren udvides med en fast koordinator\n"
        "for borgere med både handicap og integrationsbehov."
    )
    assert texts(text) == [text]


def test_a_cover_note_alone_has_no_recommendation() -> None:
    assert texts("Hermed vores høringssvar i den udfyldte skabelon.\n\nMed venlig hilsen") == []
    assert texts("Se vedhæftede.") == []


def test_default_summary_is_the_proposal_sentence_not_the_filler() -> None:
    text = (
        "Jeg har læst udkastet med stor interesse. Min datter går i 2. klasse. "
        "Skolen bør tilbyde lektiehjælp på modersmålet."
    )
    assert default_summary(text) == "Skolen bør tilbyde lektiehjælp på modersmålet."
    assert default_summary("• Flere blandede boliger.") == "Flere blandede boliger."
    assert default_summary("Vi takker for udkastet.") == "Vi takker for udkastet."
