"""The redaction benchmark's invented corpus, and the public variant's figures on its
held-out fifth (the same figures benchmarks/bench_redaction.py prints)."""

from __future__ import annotations

from benchmarks.bench_redaction import figures
from benchmarks.redaction_corpus import corpus, held_out, tuning


def test_corpus_is_seeded_varied_and_invented() -> None:
    cases = corpus(15)
    assert [c.text for c in cases] == [c.text for c in corpus(15)]
    assert sum(c.private for c in cases) >= 100 and sum(not c.private for c in cases) >= 50
    assert len(held_out(cases)) * 5 == len(cases) and not set(c.number for c in held_out(cases)) & {
        c.number for c in tuning(cases)
    }
    private = [c for c in cases if c.private]
    assert sum(c.file_secret for c in private) > 30
    assert sum("\n> " in c.text for c in private) > 20  # quoted replies
    assert sum("Vedhæftet" in c.text for c in private) > 20  # attachment text
    assert sum("@" in c.text[a:b] for c in cases for a, b in c.secrets) > 20
    # every e-mail domain is reserved for examples: no real person's address
    for c in cases:
        for a, b in c.secrets:
            if "@" in c.text[a:b]:
                assert ".example" in c.text[a:b]


def test_held_out_figures() -> None:
    f = figures(held_out(corpus(15)))
    assert f["pieces"] > 150
    assert f["leaks"] == 0 and f["xml_leaks"] == 0
    assert f["over"] <= 0.02
    assert f["old_leaks"] > 20  # the corpus does catch what the old redactor missed
