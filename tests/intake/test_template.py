"""Template recognition: tables, the tab-separated text form, and labels used as headings."""

from __future__ import annotations

from hoeringsdesk.domain.parsed import PartKind
from hoeringsdesk.intake.blocks import Cell, Para, Table
from hoeringsdesk.intake.template import (
    clean_label,
    is_template_table,
    label_kind,
    parts_from_blocks,
    parts_from_text,
)

# Invented, in the shape of a text-extracted response (label TAB html cell).
TAB_FORM = "\n".join(
    [
        "## Høring vedr. udkast til en ny politik for fællesskab",
        "",
        "Kommunen har udarbejdet et udkast. Høringssvar bedes indsat i nedenstående skabelon "
        "og sendt til [hoering@example.dk](mailto:hoering@example.dk).",
        "",
        "Med venlig hilsen",
        "",
        "<b>Afsender</b> (organisation og kontaktoplysninger)\t<p>Grønt Fællesskab v. Åse "
        "Ørnberg ase@example.dk</p> <p>Nordvest Skole v. Bo Ege "
        '<a href="mailto:bo@example.dk">bo@example.dk</a></p>',
        "Generelle bemærkninger\t<p>Vi takker for et &quot;gennemarbejdet&quot; udkast – og "
        "»ser frem« til dialogen.</p> <p>Andet afsnit.</p>",
        "Forslag til ændringer i indledende afsnit (forord, indledning og pejlemærker og "
        'principper)\t<p>Vi bifalder princip (E): <i>"...en gensidig proces"</i>.</p>',
        'Forslag til ændringer i "Beskæftigelsesområdet"\t<p>Vi anbefaler at</p>',
        "",
        '\t<ul style="list-style-type: none"> <li>• kommunen opretter flere job &amp; '
        "praktikker</li> <li>• der er fokus på rummelighed</li> </ul>",
        '<p>Forslag til ændringer i "Sundheds- og omsorgsområdet"</p>\t<p>Sundhed skal ske tæt '
        "på borgerne, og</p>",
        "",
        "\t<p>i trygge rammer.</p>",
        "Egne bemærkninger\t<p>Tak.</p>",
        "--\t--",
        "",
    ]
)


def test_tab_form_rows_and_preamble() -> None:
    parts = parts_from_text(TAB_FORM, 0, PartKind.BODY)
    assert parts[0].kind is PartKind.PREAMBLE
    assert parts[0].text.startswith("## Høring vedr. udkast")
    assert parts[0].text.endswith("Med venlig hilsen")
    rows = [(p.label, p.text, p.items) for p in parts[1:]]
    assert rows == [
        (
            "Afsender (organisation og kontaktoplysninger)",
            "Grønt Fællesskab v. Åse Ørnberg ase@example.dk\n"
            "Nordvest Skole v. Bo Ege bo@example.dk",
            [],
        ),
        (
            "Generelle bemærkninger",
            'Vi takker for et "gennemarbejdet" udkast – og »ser frem« til dialogen.\nAndet afsnit.',
            [],
        ),
        (
            "Forslag til ændringer i indledende afsnit (forord, indledning og pejlemærker og "
            "principper)",
            'Vi bifalder princip (E): "...en gensidig proces".',
            [],
        ),
        (
            'Forslag til ændringer i "Beskæftigelsesområdet"',
            "Vi anbefaler at\n• kommunen opretter flere job & praktikker\n"
            "• der er fokus på rummelighed",
            ["kommunen opretter flere job & praktikker", "der er fokus på rummelighed"],
        ),
        (
            'Forslag til ændringer i "Sundheds- og omsorgsområdet"',
            "Sundhed skal ske tæt på borgerne, og\ni trygge rammer.",
            [],
        ),
        ("Egne bemærkninger", "Tak.", []),
    ]
    assert all(p.kind is PartKind.TEMPLATE_ROW for p in parts[1:])


def test_items_are_verbatim_substrings() -> None:
    for part in parts_from_text(TAB_FORM, 0, PartKind.BODY):
        assert all(item in part.text for item in part.items)


def test_heading_form() -> None:
    text = (
        "Kære kommune\n\nAfsender: Grønt Forum, kontakt: Ib Ås, ib@example.dk\n\n"
        "Generelle bemærkninger\nVi er glade.\n\n"
        "Forslag til ændringer i »Beskæftigelsesområdet«: flere job\n- ét\n- to\n"
        "Forslag til ændringer i indledende afsnit (forord,\nindledning og principper)\nKort.\n"
    )
    parts = parts_from_text(text, 2, PartKind.ATTACHMENT)
    assert [(p.kind, p.label, p.text, p.items) for p in parts] == [
        (PartKind.PREAMBLE, "", "Kære kommune", []),
        (PartKind.TEMPLATE_ROW, "Afsender", "Grønt Forum, kontakt: Ib Ås, ib@example.dk", []),
        (PartKind.TEMPLATE_ROW, "Generelle bemærkninger", "Vi er glade.", []),
        (
            PartKind.TEMPLATE_ROW,
            "Forslag til ændringer i »Beskæftigelsesområdet«",
            "flere job\n- ét\n- to",
            ["ét", "to"],
        ),
        (
            PartKind.TEMPLATE_ROW,
            "Forslag til ændringer i indledende afsnit (forord, indledning og principper)",
            "Kort.",
            [],
        ),
    ]
    assert all(p.file_index == 2 for p in parts)


def test_free_letter_is_not_a_template() -> None:
    text = "Generelle bemærkninger\nVi har ingen.\n\nMvh Ib"  # no Afsender: not the template
    parts = parts_from_text(text, 0, PartKind.BODY)
    assert [(p.kind, p.text) for p in parts] == [(PartKind.BODY, text)]


def test_label_cleaning() -> None:
    assert clean_label("<b>Afsender</b> (organisation og\n kontaktoplysninger)") == (
        "Afsender (organisation og kontaktoplysninger)"
    )
    assert clean_label('<p>Forslag til ændringer i "Sundheds- &amp; omsorgsområdet"</p>') == (
        'Forslag til ændringer i "Sundheds- & omsorgsområdet"'
    )
    assert clean_label("**Generelle bemærkninger:**") == "Generelle bemærkninger"
    assert label_kind("AFSENDER") == "afsender"
    assert label_kind("Forslag til ændring af x") == "forslag"
    assert label_kind("Noget andet") == ""


def _table(*rows: tuple[str, str] | tuple[str]) -> Table:
    return Table([[Cell(text) for text in row] for row in rows])


def test_table_needs_afsender_and_another_label() -> None:
    assert is_template_table(_table(("Afsender", "x"), ("Generelle bemærkninger", "y")))
    assert is_template_table(_table(("Afsender", "x"), ("Forslag til ændringer i X", "y")))
    assert not is_template_table(_table(("Afsender", "x"), ("Andet", "y")))
    assert not is_template_table(
        _table(
            ("Generelle bemærkninger", "y"),
        )
    )


def test_table_rows_continuations_and_merged_rows() -> None:
    table = Table(
        [
            [Cell("Afsender"), Cell("Ib Ås")],
            [Cell("Generelle bemærkninger"), Cell("Første del", [])],
            [Cell("", continues_above=True), Cell("anden del")],
            [Cell(""), Cell("tredje del")],
            [Cell("En række, der spænder over begge kolonner")],
            [Cell(""), Cell("")],
            [Cell("Tom række"), Cell("")],
        ]
    )
    blocks = [Para("Indledning"), table, Para(""), Para("Efter tabellen")]
    parts = parts_from_blocks(blocks, 0, PartKind.BODY)
    assert [(p.kind, p.label, p.text) for p in parts] == [
        (PartKind.PREAMBLE, "", "Indledning"),
        (PartKind.TEMPLATE_ROW, "Afsender", "Ib Ås"),
        (
            PartKind.TEMPLATE_ROW,
            "Generelle bemærkninger",
            "Første del\nanden del\ntredje del\nEn række, der spænder over begge kolonner",
        ),
        (PartKind.TEMPLATE_ROW, "Tom række", ""),
        (PartKind.BODY, "", "Efter tabellen"),
    ]


def test_table_split_over_two_tables_continues() -> None:
    first = _table(("Afsender", "Ib"), ("Generelle bemærkninger", "a"))
    second = _table(("", "fortsat"), ('Forslag til ændringer i "X"', "b"))
    parts = parts_from_blocks([first, Para(""), second], 0, PartKind.BODY)
    assert [(p.label, p.text) for p in parts] == [
        ("Afsender", "Ib"),
        ("Generelle bemærkninger", "a\nfortsat"),
        ('Forslag til ændringer i "X"', "b"),
    ]


def test_what_says_nothing() -> None:
    from hoeringsdesk.intake.assembly import says_nothing

    for text in ("Ingen bemærkninger.", "Ingen", "-", "Nej tak", "Ingen kommentarer", " ingen\n"):
        assert says_nothing(text), text
    for text in ("", "Ingen bemærkninger, men flere aftenhold.", "Nej til lukning af skolen."):
        assert not says_nothing(text), text
