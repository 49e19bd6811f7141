"""Section suggestions on invented, labelled passages: top-1 and top-3 accuracy (the right
section or its parent) on the held-out fifth, next to a heading-words-only baseline, and the
learning curve after 0, 20, 50 and 100 simulated officer tags. Also: whether splitting finds
the passages again in whole letters, and suggestions per second.

uv run python benchmarks/bench_suggest.py          # held-out figures (the report)
uv run python benchmarks/bench_suggest.py --dev    # the tuning part only
"""

from __future__ import annotations

import random
import sys
import time

from common import Result, report
from suggest_corpus import LabelledPassage, generate, letters, parent_of
from suggest_draft import SECTIONS

from hoeringsdesk.suggest.learned import LearnedModel
from hoeringsdesk.suggest.passages import find_passages
from hoeringsdesk.suggest.scorer import DraftScorer
from hoeringsdesk.suggest.words import STOP_WORDS, words

TAG_STEPS = (0, 20, 50, 100)
SHUFFLES = 5  # the learning curve is averaged over this many orders of tagging


def right(section_id: int, truth: int) -> bool:
    return section_id == truth or section_id == parent_of(truth)


def heading_words_baseline(passages: list[LabelledPassage]) -> tuple[float, float]:
    """Rank sections by how many of the passage's words (stop words out, no stemming) occur
    in the heading; ties in draft order."""
    heads = [(s.id, {w for w in words(s.heading) if w not in STOP_WORDS}) for s in SECTIONS]
    top1 = top3 = 0
    for p in passages:
        mine = {w for w in words(f"{p.text} {p.context}") if w not in STOP_WORDS}
        ranked = sorted(heads, key=lambda h: -len(h[1] & mine))
        ids = [sid for sid, head in ranked if head & mine]
        top1 += bool(ids[:1]) and right(ids[0], p.section_id)
        top3 += any(right(i, p.section_id) for i in ids[:3])
    return top1 / len(passages), top3 / len(passages)


def accuracy(
    scorer: DraftScorer, passages: list[LabelledPassage], learned: LearnedModel | None = None
) -> tuple[float, float]:
    top1 = top3 = 0
    for p in passages:
        ids = [c.section_id for c in scorer.rank(p.text, p.context, learned=learned)]
        top1 += bool(ids) and right(ids[0], p.section_id)
        top3 += any(right(i, p.section_id) for i in ids[:3])
    return top1 / len(passages), top3 / len(passages)


def learning_curve(
    scorer: DraftScorer, train: list[LabelledPassage], test: list[LabelledPassage]
) -> dict[int, tuple[float, float]]:
    out: dict[int, list[tuple[float, float]]] = {n: [] for n in TAG_STEPS}
    for shuffle in range(SHUFFLES):
        order = train[:]
        random.Random(shuffle).shuffle(order)
        for n in TAG_STEPS:
            model = LearnedModel()
            for p in order[:n]:
                model.add(p.index, 1, [p.section_id], scorer.terms(p.text))
            tagged = {p.index for p in order[:n]}
            unseen = [p for p in test if p.index not in tagged]  # (the dev part tests itself)
            out[n].append(accuracy(scorer, unseen, model if n else None))
    return {
        n: (sum(a for a, _ in v) / len(v), sum(b for _, b in v) / len(v)) for n, v in out.items()
    }


def splitting(test: list[LabelledPassage]) -> tuple[float, int, int]:
    """Share of the passages found exactly in their letters, and passages found that are
    none of them (greetings, thanks, signatures taken for points)."""
    found_exact = extra = total = 0
    for letter, group in letters(test):
        found = [" ".join(letter[p.start : p.end].split()) for p in find_passages(letter)]
        expected = [" ".join(p.text.split()) for p in group]
        found_exact += sum(1 for e in expected if e in found)
        extra += sum(1 for f in found if f not in expected)
        total += len(expected)
    return found_exact / total, extra, total


def main() -> None:
    dev_only = "--dev" in sys.argv
    corpus = generate()
    dev = [p for p in corpus if not p.held_out]
    held = [p for p in corpus if p.held_out]
    test = dev if dev_only else held
    part = "dev" if dev_only else "held-out"
    started = time.perf_counter()
    scorer = DraftScorer(SECTIONS)  # type: ignore[arg-type]
    build_ms = (time.perf_counter() - started) * 1000
    base1, base3 = heading_words_baseline(test)
    curve = learning_curve(scorer, dev, test)
    top1, top3 = curve[0]
    started = time.perf_counter()
    for p in corpus:
        scorer.rank(p.text, p.context)
    per_s = len(corpus) / (time.perf_counter() - started)
    found, extra, total = splitting(test)
    named = [p for p in test if p.named]
    unnamed = [p for p in test if not p.named]
    n1, n3 = accuracy(scorer, named)
    u1, u3 = accuracy(scorer, unnamed)
    results = [
        Result(
            f"suggest: top-3, no tags ({part})",
            100 * top3,
            "%",
            100 * base3,
            "heading words only",
            90.0,
            True,
            f"{len(test)} of {len(corpus)} passages, 27 sections",
        ),
        Result(
            f"suggest: top-1, no tags ({part})",
            100 * top1,
            "%",
            100 * base1,
            "heading words only",
            70.0,
            True,
        ),
        Result(
            f"suggest: top-1, passages naming the section ({part})",
            100 * n1,
            "%",
            note=f"{len(named)} passages; top-3 {100 * n3:.0f} %",
        ),
        Result(
            f"suggest: top-1, passages in own words ({part})",
            100 * u1,
            "%",
            note=f"{len(unnamed)} passages; top-3 {100 * u3:.0f} %",
        ),
    ]
    for n in TAG_STEPS[1:]:
        a1, a3 = curve[n]
        results.append(
            Result(
                f"suggest: top-1 after {n} officer tags ({part})",
                100 * a1,
                "%",
                100 * top1,
                "no tags",
                100 * top1,
                True,
                f"top-3 {100 * a3:.0f} %; tags drawn from the dev part, mean of {SHUFFLES}",
            )
        )
    results += [
        Result(
            f"splitting: passages found in letters ({part})",
            100 * found,
            "%",
            note=f"{total} passages in {len(letters(test))} letters; {extra} found that are none",
        ),
        Result(
            "suggest: passages ranked per second",
            per_s,
            "/s",
            note=f"draft index built in {build_ms:.0f} ms",
        ),
    ]
    report(results, "Section suggestions")


if __name__ == "__main__":
    main()
