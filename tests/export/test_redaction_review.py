"""The redaction review's base: every redaction listed with its place and rule, and the
officer's decisions (lift a false hit, hide something more) applied to the public variant."""

from __future__ import annotations

from dataclasses import replace

from hoeringsdesk.domain.redaction import ADDED, KNOWN_NAME, PLACEHOLDER, Redactor
from hoeringsdesk.domain.redaction_names import RELATIVE
from hoeringsdesk.export.redact import anonymise, findings
from tests.export.samples import sample_data


def test_lift_and_hide_in_the_engine() -> None:
    r = Redactor(general=True)
    r.add_person(names=["Mette Skov"], label="Privatperson 1")
    text = "Skov og natur. Min nabo Torkild er enig. Vi holder møde i Pinsekirken."
    assert r(text, True) == f"Privatperson 1 og natur. Min nabo {PLACEHOLDER} er enig. " + (
        "Vi holder møde i Pinsekirken."
    )
    r.lift(["skov"])  # a false hit: the word, not the person
    r.hide(["Pinsekirken"])
    assert r(text, True) == f"Skov og natur. Min nabo {PLACEHOLDER} er enig. " + (
        f"Vi holder møde i {PLACEHOLDER}."
    )
    assert [s.rule for s in r.spans(text, True)] == [RELATIVE, ADDED]


def test_findings_list_what_where_and_why_and_decisions_apply() -> None:
    data = sample_data()
    data = replace(
        data,
        recommendations=(
            data.recommendations[0]._replace(
                response_number=2, passage="Anne Jensen mener, at min søn Villads skal med."
            ),
            *data.recommendations[1:],
        ),
    )
    found = findings(data)
    assert ("Citat", "Anne Jensen", KNOWN_NAME) in [(f.place, f.text, f.rule) for f in found]
    assert ("Citat", "Villads", RELATIVE) in [(f.place, f.text, f.rule) for f in found]
    assert all(f.response_number == 2 for f in found if f.text == "Villads")
    lifted = anonymise(replace(data, lifted=("Villads",), hidden=("skal med",)))
    passage = lifted.recommendations[0].passage
    assert passage == f"Privatperson 1 mener, at min søn Villads {PLACEHOLDER}."
    assert "Villads" not in [f.text for f in findings(replace(data, lifted=("villads",)))]
