"""Near-duplicate helpers: stable fingerprints, Jaccard, sketches and grouping at scale."""

from __future__ import annotations

import random
import subprocess
import sys
import time

from hoeringsdesk.intake.similarity import (
    content_hash,
    fingerprint,
    group_similar,
    similarity,
    sketch,
    sketch_similarity,
)

LETTER = (
    "Vi protesterer mod nedlæggelsen af biblioteket i vores bydel. Biblioteket er et vigtigt "
    "mødested for børn, unge og ældre, og det skal bevares for fremtidige generationer."
)


def test_identical_and_trivially_different_texts() -> None:
    variant = LETTER.upper().replace(" ", "   \n")
    assert similarity(LETTER, variant) == 1.0
    assert content_hash(LETTER) == content_hash(variant)
    assert content_hash(LETTER) != content_hash(LETTER + " Ekstra.")


def test_form_letter_with_a_personal_line_is_similar() -> None:
    personal = "Jeg bor selv på Nørrebro. " + LETTER
    assert similarity(LETTER, personal) > 0.8
    assert similarity(LETTER, "Helt anden tekst om veje og cykelstier i kommunen i år") == 0.0


def test_fingerprint_is_stable_across_processes() -> None:
    code = (
        "from hoeringsdesk.intake.similarity import fingerprint;"
        f"print(sorted(fingerprint({LETTER!r})))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PYTHONPATH": ":".join(sys.path)},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1
    assert outputs.pop().strip() == str(sorted(fingerprint(LETTER)))


def test_short_and_empty_texts() -> None:
    assert fingerprint("") == frozenset()
    assert len(fingerprint("kun tre ord")) == 1
    assert similarity("", "") == 0.0
    assert similarity("kun tre ord", "Kun tre ord.") == 1.0


def test_sketch_estimate_is_close() -> None:
    a = fingerprint(LETTER * 3 + " slut")
    b = fingerprint(LETTER * 3 + " anden slutning her")
    estimate = sketch_similarity(sketch(a, 64), sketch(b, 64), 64)
    assert abs(estimate - similarity(a, b)) < 0.25


def test_grouping_ten_thousand_texts_is_fast_and_right() -> None:
    rng = random.Random(7)
    vocabulary = [f"ord{i}" for i in range(5000)]
    campaigns = [" ".join(rng.choices(vocabulary, k=150)) for _ in range(3)]
    texts: list[str] = []
    truth: list[int] = []
    for i in range(10_000):
        if i % 3 == 0:
            words = campaigns[i % 9 // 3].split()
            words[rng.randrange(len(words))] = "personlig"
            texts.append(" ".join(words))
            truth.append(i % 9 // 3)
        else:
            texts.append(" ".join(rng.choices(vocabulary, k=150)))
            truth.append(-1)
    started = time.perf_counter()
    groups = group_similar([fingerprint(t) for t in texts])
    elapsed = time.perf_counter() - started
    assert elapsed < 20, elapsed
    assert len(groups) == 3
    for group in groups:
        assert len({truth[i] for i in group}) == 1 and truth[group[0]] != -1
    assert sum(len(g) for g in groups) == sum(1 for t in truth if t != -1)
