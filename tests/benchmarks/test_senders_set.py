"""The senders' evaluation sets v5 and v6: each held-out part's pools and phrasings share
nothing with the sets before it, and the same seed writes the same bytes."""

from __future__ import annotations

from dataclasses import astuple
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

from benchmarks import senders_generate as gen
from benchmarks.senders_pools import DEV, DEV_EXTRA, FREE, FRESH, STALE, Pool, Style
from benchmarks.senders_pools_v5 import V5
from benchmarks.senders_pools_v6 import MONONYMS, V6
from benchmarks.senders_shapes_v5 import draw_heldout
from benchmarks.senders_shapes_v6 import draw_heldout as draw_heldout_v6

V4_POOLS = (DEV, DEV_EXTRA, STALE, FRESH)


def _names(pool: Pool) -> set[str]:
    names = (*pool.first, *pool.last, *pool.lookalike_last)
    return {n.casefold() for n in (*names, *(MONONYMS if pool is V6 else ()))}


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


def test_v6_heldout_pools_share_no_name_organisation_place_or_domain_with_v4_or_v5() -> None:
    for pool in (*V4_POOLS, V5):
        assert not _names(V6) & _names(pool)
        assert not _orgs(V6) & _orgs(pool)
        assert not _domains(V6) & _domains(pool)
        assert not _places(V6) & _places(pool)
        assert not {code for code, _ in V6.towns} & {code for code, _ in pool.towns}
        assert not set(V6.colleagues) & set(pool.colleagues)
    assert not set(V6.colleagues) & set(gen.COLLEAGUES)


def test_v6_heldout_phrasings_are_none_of_set_v4s_or_v5s() -> None:
    used = set().union(*(_words(pool.style) for pool in (*V4_POOLS, V5)))
    assert not _words(V6.style) & used


def test_the_set_written_is_v6() -> None:
    assert gen.VERSION == 6


def _heldout_v6(out: Path) -> tuple[dict[str, bytes], list[gen.Truth]]:
    out.mkdir()
    corpus = gen.Corpus(out)
    corpus.draw(6014, {"v6": V6}, labels={"v6": "heldout"})
    draw_heldout_v6(corpus, "v6", 14)
    assert {t.split for t in corpus.truths} == {"heldout"}
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}, corpus.truths


def test_v6_the_same_seed_writes_the_same_bytes(tmp_path: Path) -> None:
    (first, truths), (second, _) = _heldout_v6(tmp_path / "a"), _heldout_v6(tmp_path / "b")
    assert len(first) >= 14 + 2 + 8
    assert first == second
    # every shape of its own is drawn, and each of its people is a v6 person or a colleague
    assert {t.shape.split("/")[1] for t in truths if t.shape.startswith("v6/")} >= {
        "secretary-for-chair", "reply-invitation", "cell-body", "bar-signature", "one-name",
        "bulleted-joint", "forward", "self-service", "footer-letterhead"}  # fmt: skip
    pids = {str(p["pid"]) for t in truths for p in t.parties if p["type"] == "person"}
    assert all(pid.startswith(("v6:", "colleague:")) for pid in pids)


def test_v6_municipality_quoted_in_a_reply_is_no_party(tmp_path: Path) -> None:
    _, truths = _heldout_v6(tmp_path / "a")
    replies = [t for t in truths if t.shape.startswith("v6/reply-invitation")]
    assert replies
    for t in replies:
        names = {str(p["name"]) for p in t.parties}
        assert "Nordkysten Kommune" not in names and "Ulrik Bjerre" not in names
        mail = message_from_bytes((tmp_path / "a" / t.file).read_bytes(), policy=default)
        assert isinstance(mail, EmailMessage)
        body = mail.get_body(("plain",))
        assert body is not None
        text = body.get_content()
        assert "skrev Nordkysten Kommune" in text or "Fra: Nordkysten Kommune" in text


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
