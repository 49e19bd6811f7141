"""The senders' evaluation sets v5 to v8: each held-out part's pools and phrasings share
nothing with the sets before it, and the same seed writes the same bytes."""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import astuple
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

from benchmarks import senders_generate as gen
from benchmarks import senders_pools_v7 as v7
from benchmarks import senders_pools_v8 as v8
from benchmarks import senders_shapes_v7 as shapes_v7
from benchmarks import senders_shapes_v8 as shapes_v8
from benchmarks import senders_shapes_v8_people as people_v8
from benchmarks.senders_pools import DEV, DEV_EXTRA, FREE, FRESH, STALE, Pool, Style
from benchmarks.senders_pools_v5 import V5
from benchmarks.senders_pools_v6 import MONONYMS, V6
from benchmarks.senders_shapes_v5 import draw_heldout
from benchmarks.senders_shapes_v6 import draw_heldout as draw_heldout_v6
from benchmarks.senders_shapes_v7 import draw_heldout as draw_heldout_v7
from benchmarks.senders_shapes_v8 import draw_heldout as draw_heldout_v8

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


def test_the_set_written_is_v8() -> None:
    assert gen.VERSION == 8


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


# --- set v7 ---------------------------------------------------------------------------------
def _v7_names() -> set[str]:
    households = {n for h in v7.HOUSEHOLDS for n in h[:3]}
    return _names(v7.V7) | {n.casefold() for n in households}


def _v7_orgs() -> set[str]:
    extra = (*v7.LAW_FIRMS, *v7.NEIGHBOURS, *v7.NATIONAL_UNIONS.values())
    return _orgs(v7.V7) | {n.casefold() for n in extra}


def _v7_domains() -> set[str]:
    extra = {gen.org_domain(n, "company") for n in v7.LAW_FIRMS}
    extra |= {gen.org_domain(n, "authority") for n in v7.NEIGHBOURS}
    extra |= {gen.org_domain(n, "organisation") for n in v7.NATIONAL_UNIONS.values()}
    return _domains(v7.V7) | extra


def test_v7_heldout_pools_share_no_name_organisation_place_or_domain_with_v4_to_v6() -> None:
    staff = {*v7.V7.colleagues, v7.COUNCILLOR}
    for pool in (*V4_POOLS, V5, V6):
        assert not _v7_names() & _names(pool)
        assert not _v7_orgs() & _orgs(pool)
        assert not _v7_domains() & _domains(pool)
        assert not _places(v7.V7) & _places(pool)
        assert not {code for code, _ in v7.V7.towns} & {code for code, _ in pool.towns}
        assert not staff & set(pool.colleagues)
    assert not staff & set(gen.COLLEAGUES)


def test_v7_heldout_phrasings_are_none_of_set_v4s_to_v6s() -> None:
    used = set().union(*(_words(pool.style) for pool in (*V4_POOLS, V5, V6)))
    own = (*v7.V7_LABELS, *v7.EN_CLOSINGS, *v7.EN_COVERS, *v7.TITLES, *v7.HANDLES)
    words = _words(v7.V7.style) | {w.strip().rstrip(":.-–").strip().casefold() for w in own}
    assert not words & used


def _heldout_v7(out: Path, count: int = 24) -> tuple[dict[str, bytes], list[gen.Truth]]:
    out.mkdir()
    corpus = gen.Corpus(out)
    corpus.draw(7014, {"v7": v7.V7}, labels={"v7": "heldout"})
    draw_heldout_v7(corpus, "v7", count, campaign=3)
    assert {t.split for t in corpus.truths} == {"heldout"}
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}, corpus.truths


def test_v7_the_same_seed_writes_the_same_bytes(tmp_path: Path) -> None:
    (first, truths), (second, _) = _heldout_v7(tmp_path / "a"), _heldout_v7(tmp_path / "b")
    assert len(first) >= 24 + 2 + 3
    assert first == second
    # every shape of its own is drawn, and each of its people is a v7 person or a forwarder
    assert {t.shape.split("/")[1] for t in truths if t.shape.startswith("v7/")} >= {
        "family-mailbox", "couple", "neighbours", "private-chair", "english", "initials",
        "display-name", "anonymous", "councillor", "board-list", "union-branch", "public-body",
        "lawyer-for-company", "titled", "labelled-cell", "campaign"}  # fmt: skip
    pids = {str(p["pid"]) for t in truths for p in t.parties if p["type"] == "person"}
    assert all(pid.startswith(("v7:", "colleague:", "councillor:")) for pid in pids)
    # one family mailbox, two different people
    family = [t for t in truths if t.shape.startswith("v7/family-mailbox")]
    senders = [t.parties[0] for t in family]
    assert len({p["email"] for p in senders}) == 1 and len({p["pid"] for p in senders}) == 2


def _text(path: Path) -> str:
    """A mail's text with its attachments' text (a .docx's paragraphs, a PDF's strings)."""
    mail = message_from_bytes(path.read_bytes(), policy=default)
    assert isinstance(mail, EmailMessage)
    body = mail.get_body(("plain",))
    assert body is not None
    parts = [body.get_content()]
    for part in mail.iter_attachments():
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        if part.get_filename("").endswith(".docx"):
            with zipfile.ZipFile(io.BytesIO(payload)) as docx:
                xml = docx.read("word/document.xml").decode("utf-8")
            parts.append(html.unescape(re.sub(r"<[^>]+>", "", xml.replace("</w:p>", "\n"))))
        else:
            parts.append(payload.decode("cp1252", "replace"))
    return "\n".join(parts)


def test_v7_who_is_only_named_or_represents_is_no_party(tmp_path: Path) -> None:
    out = tmp_path / "a"
    out.mkdir()
    corpus = gen.Corpus(out)
    corpus.draw(7014, {"v7": v7.V7}, labels={"v7": "heldout"})
    for _ in range(8):
        shapes_v7.union_branch(corpus, "v7")
        shapes_v7.lawyer_for_company(corpus, "v7")
    mentioned = [t for t in corpus.truths if t.shape == "v7/union-branch/mentioned"]
    both = [t for t in corpus.truths if t.shape == "v7/union-branch/both"]
    lawyers = [t for t in corpus.truths if t.shape == "v7/lawyer-for-company"]
    assert mentioned and both and len(lawyers) == 8
    for t in mentioned:  # the national union is named in the text, but only the branch sent it
        branch = str(t.parties[0]["name"])
        assert [p["name"] for p in t.parties if p["type"] == "organisation"] == [branch]
        assert f"Vores forbund, {v7.NATIONAL_UNIONS[branch]}," in _text(out / t.file)
    for t in both:
        assert [p["role"] for p in t.parties if p["type"] == "organisation"] == [
            "sender", "co_signer"]  # fmt: skip
    for t in lawyers:  # the company is the sender; the law firm only speaks for it
        orgs = [p for p in t.parties if p["type"] == "organisation"]
        assert [p["kind"] for p in orgs] == ["company"]
        assert not {str(p["name"]) for p in t.parties} & set(v7.LAW_FIRMS)
        firm = next(f for f in v7.LAW_FIRMS if f in _text(out / t.file))
        (lawyer,) = [p for p in t.parties if p["type"] == "person"]
        assert lawyer["role"] == "contact" and lawyer["for"] == 0
        assert str(lawyer["email"]).endswith("@" + gen.org_domain(firm, "company"))


# --- set v8 ---------------------------------------------------------------------------------
def _plain(words: Iterable[str]) -> set[str]:
    return {w.replace("{orgs}", "{org}").strip().rstrip(":.-–").strip().casefold() for w in words}


def _v8_orgs() -> set[str]:
    return _orgs(v8.V8) | {v8.HOUSING_ASSOCIATION.casefold()}


def _v8_staff() -> set[str]:
    return {*v8.V8.colleagues, f"{v8.OFFICER[0]} <{v8.OFFICER[1]}>"}


OLDER = (*V4_POOLS, V5, V6, v7.V7)


def test_v8_heldout_pools_share_no_name_organisation_place_or_domain_with_v4_to_v7() -> None:
    older_names = set().union(*(_names(pool) for pool in OLDER)) | _v7_names()
    older_orgs = set().union(*(_orgs(pool) for pool in OLDER)) | _v7_orgs()
    older_domains = set().union(*(_domains(pool) for pool in OLDER)) | _v7_domains()
    older_places = set().union(*(_places(pool) for pool in OLDER))
    older_codes = {code for pool in OLDER for code, _ in pool.towns}
    older_staff = {*gen.COLLEAGUES, v7.COUNCILLOR, *(x for p in OLDER for x in p.colleagues)}
    # names are compared word by word too: "Hans Jørgen" shares no word with an older name
    particles = {"van", "de", "la", "af", "von"}
    words = {w for n in _names(v8.V8) for w in n.split()} - particles
    assert not _names(v8.V8) & older_names
    assert not words & {w for n in older_names for w in n.split()}
    assert not _v8_orgs() & older_orgs
    assert not _domains(v8.V8) & older_domains
    assert not _places(v8.V8) & older_places
    assert not {code for code, _ in v8.V8.towns} & older_codes
    assert not {s.casefold() for s in _v8_staff()} & {s.casefold() for s in older_staff}
    staff_names = {s.split(" <")[0].casefold() for s in _v8_staff()}
    assert not staff_names & {s.split(" <")[0].casefold() for s in older_staff}


def test_v8_heldout_phrasings_are_none_of_set_v4s_to_v7s() -> None:
    used = set().union(*(_words(pool.style) for pool in OLDER))
    used |= _plain((*v7.V7_LABELS, *v7.EN_CLOSINGS, *v7.EN_COVERS, *v7.TITLES, *v7.HANDLES))
    own = (*v8.V8_LABELS, *v8.EN_COVERS, *v8.MOBILE_FOOTERS, *v8.QUOTE_HEADS, *v8.LOGOS)
    assert not (_words(v8.V8.style) | _plain(own)) & used


def _heldout_v8(out: Path, count: int = 24) -> tuple[dict[str, bytes], list[gen.Truth]]:
    out.mkdir()
    corpus = gen.Corpus(out)
    corpus.draw(8014, {"v8": v8.V8}, labels={"v8": "heldout"})
    draw_heldout_v8(corpus, "v8", count, campaign=3)
    assert {t.split for t in corpus.truths} == {"heldout"}
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}, corpus.truths


def test_v8_the_same_seed_writes_the_same_bytes(tmp_path: Path) -> None:
    (first, truths), (second, _) = _heldout_v8(tmp_path / "a"), _heldout_v8(tmp_path / "b")
    assert len(first) >= 24 + 3
    assert first == second
    # every shape of its own is drawn, and each of its people is a v8 person or a forwarder
    assert {t.shape.split("/")[1] for t in truths if t.shape.startswith("v8/")} >= {
        "thread-reply", "mobile", "health", "correction", "citizen-service", "english-template",
        "care-of", "council", "housing-board", "joint-contacts", "company-footer",
        "letterhead-only", "logo-signature", "labelled-cell", "campaign"}  # fmt: skip
    pids = {str(p["pid"]) for t in truths for p in t.parties if p["type"] == "person"}
    assert all(pid.startswith(("v8:", "colleague:")) for pid in pids)
    # a correction is the same person twice; the quoted officer is never a party
    first_, second_ = (t for t in truths if t.shape.startswith("v8/correction"))
    assert first_.parties == second_.parties
    officer = v8.OFFICER[0]
    assert all(p["name"] != officer for t in truths for p in t.parties)


def test_v8_who_is_only_named_or_quoted_is_no_party(tmp_path: Path) -> None:
    out = tmp_path / "a"
    out.mkdir()
    corpus = gen.Corpus(out)
    corpus.draw(8014, {"v8": v8.V8}, labels={"v8": "heldout"})
    for _ in range(4):
        shapes_v8.housing_board(corpus, "v8")
        shapes_v8.letterhead_only(corpus, "v8")
        shapes_v8.joint_contacts(corpus, "v8")
        people_v8.thread_reply(corpus, "v8")
        people_v8.citizen_service(corpus, "v8")
    for t in corpus.truths:
        text = _text(out / t.file)
        kind = t.shape.split("/")[1]
        orgs = [p for p in t.parties if p["type"] == "organisation"]
        persons = [p for p in t.parties if p["type"] == "person"]
        if kind == "housing-board":  # the landlord is named, only the section's board answers
            assert v8.HOUSING_ASSOCIATION in text
            assert [p["name"] for p in orgs] == ["Afdelingsbestyrelsen for Rønnebærparken"]
        elif kind == "letterhead-only":  # signed by no one: no person at all
            assert len(orgs) == 1 and not persons and str(orgs[0]["email"]).startswith("info@")
        elif kind == "joint-contacts":  # each organisation has the contact named for it
            assert len(orgs) >= 2
            for p in persons:
                org = t.parties[int(str(p["for"]))]
                assert f"Kontakt for {org['name']}: {p['name']}, {p['email']}" in text
        elif kind == "thread-reply":  # the officer quoted below is no party
            assert f"> {v8.OFFICER[0]}" in text
            assert [p["role"] for p in t.parties] == ["sender"] and not orgs
        else:  # the citizen without e-mail is the sender, the member of staff forwarded it
            assert kind == "citizen-service"
            assert [(p["role"], p["email"]) for p in persons][0] == ("sender", "")
            assert persons[1]["role"] == "forwarder"
            assert str(persons[0]["name"]) in text
