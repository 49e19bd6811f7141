"""The senders' evaluation set v5: its held-out pools share nothing with set v4's, and the
same seed writes the same bytes."""

from __future__ import annotations

from dataclasses import astuple
from pathlib import Path

from benchmarks import senders_generate as gen
from benchmarks.senders_pools import DEV, DEV_EXTRA, FREE, FRESH, STALE, Pool, Style
from benchmarks.senders_pools_v5 import V5
from benchmarks.senders_shapes_v5 import draw_heldout

V4_POOLS = (DEV, DEV_EXTRA, STALE, FRESH)


def _names(pool: Pool) -> set[str]:
    return {n.casefold() for n in (*pool.first, *pool.last, *pool.lookalike_last)}


def _orgs(pool: Pool) -> set[str]:
    return {n.casefold() for n in (*(name for name, _ in pool.orgs), *pool.lookalike_orgs)}


def _domains(pool: Pool) -> set[str]:
    orgs = {gen.org_domain(name, kind) for name, kind in pool.orgs}
    orgs |= {gen.org_domain(name, "organisation") for name in pool.lookalike_orgs}
    orgs |= {gen.org_domain(name, "authority") for name in pool.lookalike_orgs}
    return orgs | set(pool.isp) | set(pool.company_domains) | set(pool.free or FREE)


def _places(pool: Pool) -> set[str]:
    return {p.casefold() for p in (*pool.streets, *(town for _, town in pool.towns))}


def _words(style: Style) -> set[str]:
    """A style's words without case, placeholders' names, trailing colons and dots."""
    out = set()
    for field in astuple(style):
        for word in field:
            plain = word.replace("{orgs}", "{org}").strip().rstrip(":.-–").strip().casefold()
            if plain:
                out.add(plain)
    return out


# Asked for by name; set v4 has "For" only before a list of organisations, not above a signer.
SAME_WORDS_NEW_PLACE = {"for {org}"}


def test_heldout_pools_share_no_name_organisation_place_or_domain_with_set_v4() -> None:
    for pool in V4_POOLS:
        assert not _names(V5) & _names(pool)
        assert not _orgs(V5) & _orgs(pool)
        assert not _domains(V5) & _domains(pool)
        assert not _places(V5) & _places(pool)
        assert not {code for code, _ in V5.towns} & {code for code, _ in pool.towns}
    assert not set(V5.colleagues) & set(gen.COLLEAGUES)


def test_heldout_phrasings_are_none_of_set_v4s() -> None:
    used = set().union(*(_words(pool.style) for pool in V4_POOLS))
    assert _words(V5.style) & used == SAME_WORDS_NEW_PLACE


def _heldout(out: Path) -> dict[str, bytes]:
    out.mkdir()
    corpus = gen.Corpus(out)
    corpus.draw(5014, {"v5": V5}, labels={"v5": "heldout"})
    draw_heldout(corpus, "v5", 12)
    assert {t.split for t in corpus.truths} == {"heldout"}
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def test_the_same_seed_writes_the_same_bytes(tmp_path: Path) -> None:
    first, second = _heldout(tmp_path / "a"), _heldout(tmp_path / "b")
    assert len(first) >= 12 + 2 + 2 + 8
    assert first == second


def test_an_organisations_address_known_from_another_response_is_right() -> None:
    from benchmarks.bench_senders import Pred, identities, score

    org = {"role": "sender", "type": "organisation", "name": "Foreningen Sprogbroen",
           "kind": "organisation", "email": "", "cvr": ""}  # fmt: skip
    contact = {"role": "contact", "type": "person", "name": "Bodil Fogh", "kind": "organisation",
               "email": "bofo@sprogbroen.dk", "pid": "v5:bofo@sprogbroen.dk", "for": 0}  # fmt: skip
    truths = [
        {"file": "a.eml", "parties": [org, contact]},
        {"file": "b.eml", "parties": [{**org, "email": "info@sprogbroen.dk"}]},
    ]
    shown = Pred(1, "sender", "organisation", "Foreningen Sprogbroen", "info@sprogbroen.dk",
                 "organisation")  # fmt: skip
    person = Pred(2, "contact", "person", "Bodil Fogh", "bofo@sprogbroen.dk", "organisation")
    right = score(truths[:1], {"a.eml": [shown, person]}, identities(truths))["e-mail"]
    assert (right.precision, right.recall) == (100.0, 100.0)
    # an address of no party of the response stays wrong, wherever it is from
    stranger = Pred(3, "contact", "person", "Bodil Fogh", "someone@else.dk", "organisation")
    wrong = score(truths[:1], {"a.eml": [shown, stranger]}, identities(truths))["e-mail"]
    assert wrong.precision == 50.0 and wrong.recall < 100.0
