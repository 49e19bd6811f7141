"""Generate a store at scale (10,000 responses, 100,000 recommendations) by bulk Core inserts.

Run as a script to build (or reuse) the cached store and print where it is:

    uv run python benchmarks/generate.py [--responses N] [--recommendations N] [--sections N]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import Connection

from benchmarks import danish
from hoeringsdesk.app import open_app
from hoeringsdesk.db.models.consultations import DraftSection
from hoeringsdesk.db.models.parties import Party, ResponseParty
from hoeringsdesk.db.models.recommendations import (
    AdministrationComment,
    Recommendation,
    RecommendationSection,
)
from hoeringsdesk.db.models.responses import Blob, Campaign, Response, ResponsePart, StoredFile
from hoeringsdesk.db.revisions import head_revision
from hoeringsdesk.db.search_schema import drop_search, install_search

CACHE = Path(__file__).resolve().parent / ".cache"
GENERATOR_VERSION = 4  # bump when the generated data changes shape
DEADLINE = date(2026, 10, 15)
DEADLINE_UTC = datetime(2026, 10, 15, 22, 0)  # end of the deadline day, Copenhagen (CEST)
CREATED = datetime(2026, 11, 1, 9, 0)
TYPES = ("change", "support", "criticism", "question", "general")
TYPE_WEIGHTS = (45, 20, 15, 10, 10)
OUTCOMES = ("yes", "partly", "no", "undecided")


@dataclass(frozen=True)
class Scale:
    responses: int = 10_000
    recommendations: int = 100_000
    sections: int = 200
    seed: int = 2026

    @property
    def key(self) -> str:
        return (
            f"r{self.responses}-x{self.recommendations}-s{self.sections}"
            f"-seed{self.seed}-g{GENERATOR_VERSION}-db{head_revision()}"
        )


@dataclass
class Generated:
    path: Path
    consultation_id: int
    scale: Scale
    seconds: float = 0.0


def cached_store(scale: Scale = Scale(), cache: Path = CACHE, quiet: bool = False) -> Generated:
    """The generated store for these parameters, built once and reused from the cache."""
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"store-{scale.key}.sqlite3"
    if path.exists():
        return Generated(path, 1, scale)
    tmp = path.with_suffix(".partial")
    for leftover in cache.glob(tmp.name + "*"):
        leftover.unlink()
    generated = generate_store(tmp, scale, quiet=quiet)
    tmp.rename(path)
    return Generated(path, generated.consultation_id, scale, generated.seconds)


def generate_store(path: Path, scale: Scale = Scale(), quiet: bool = True) -> Generated:
    """Create a new store at ``path`` and fill it; the FTS index is built in one pass."""
    started = time.perf_counter()
    services = open_app(path, user="generator")
    try:
        info = services.consultations.create(
            "Integrations- og medborgerskabspolitik 2027-2030",
            DEADLINE,
            case_number="27.00.00-P22-1-26",
            authority="Nordkysten Kommune",
            start_date=DEADLINE - timedelta(days=42),
            reply_addresses=("hoering@nordkysten.example.dk", "integration@nordkysten.example.dk"),
        )
        rnd = random.Random(scale.seed)
        engine = services.store.engine
        with engine.begin() as conn:
            drop_search(conn)  # bulk insert without per-row triggers; rebuilt below
            sections = _sections(conn, info.id, scale.sections, rnd)
            originals = _responses(conn, info.id, scale.responses, rnd)
            _recommendations(conn, originals, sections, scale.recommendations, rnd)
        with engine.begin() as conn:
            install_search(conn, backfill=True)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        services.close()
    seconds = time.perf_counter() - started
    if not quiet:
        print(f"generated {path.name} in {seconds:.1f} s", file=sys.stderr)
    return Generated(path, info.id, scale, seconds)


# --- sections: a tree of 2–3 levels ---


def _sections(conn: Connection, cid: int, total: int, rnd: random.Random) -> list[int]:
    tops = min(len(danish.HEADINGS), max(1, total // 15))
    children_per_top = max(0, (total - tops) * 6 // 10 // tops)
    rows: list[dict[str, object]] = []
    next_id = 1

    def add(parent: int | None, depth: int, position: int, label: str, heading: str) -> int:
        nonlocal next_id
        sid = next_id
        next_id += 1
        rows.append(
            {
                "id": sid,
                "consultation_id": cid,
                "parent_id": parent,
                "position": position,
                "ordinal": len(rows),
                "depth": depth,
                "label": label,
                "heading": heading,
                "body": danish.paragraph(rnd, rnd.randint(3, 12)),
            }
        )
        return sid

    leaves_left = total - tops - tops * children_per_top
    for t in range(tops):
        top = add(None, 0, t, str(t + 1), danish.HEADINGS[t])
        for c in range(children_per_top):
            heading = f"{danish.SUB_HEADINGS[c % len(danish.SUB_HEADINGS)]} ({c + 1})"
            child = add(top, 1, c, f"{t + 1}.{c + 1}", heading)
            grandchildren = min(leaves_left, rnd.randint(0, 2))
            if t == tops - 1 and c == children_per_top - 1:
                grandchildren = leaves_left
            for g in range(grandchildren):
                add(child, 2, g, f"{t + 1}.{c + 1}.{g + 1}", f"Delmål {g + 1}")
            leaves_left -= grandchildren
    conn.execute(DraftSection.__table__.insert(), rows)
    return [int(r["id"]) for r in rows]  # type: ignore[call-overload]


# --- responses, parties, files ---


def _received(rnd: random.Random) -> datetime | None:
    roll = rnd.random()
    if roll < 0.01:
        return None
    if roll < 0.05:  # late: up to a week after the deadline
        return DEADLINE_UTC + timedelta(minutes=rnd.randint(1, 7 * 24 * 60))
    hours_before = rnd.expovariate(1 / 72)  # most arrive in the last days
    return DEADLINE_UTC - timedelta(hours=min(hours_before, 41 * 24))


def _responses(
    conn: Connection, cid: int, total: int, rnd: random.Random
) -> list[tuple[int, str, int | None]]:
    """Insert the responses; returns (id, text, campaign) of the originals (not duplicates)."""
    campaign_count = max(1, total // 330)
    conn.execute(
        Campaign.__table__.insert(),
        [
            {"id": i + 1, "consultation_id": cid, "label": f"Kampagne: {danish.OBJECTS[i % 16]}"}
            for i in range(campaign_count)
        ],
    )
    campaign_text = {i + 1: danish.response_text(rnd) for i in range(campaign_count)}
    parties: list[dict[str, object]] = []
    links: list[dict[str, object]] = []
    responses: list[dict[str, object]] = []
    files: list[dict[str, object]] = []
    blobs: list[dict[str, object]] = []
    parts: list[dict[str, object]] = []
    originals: list[tuple[int, str, int | None]] = []
    sender_of: dict[int, list[int]] = {}
    number = 0

    def new_party(kind: str) -> int:
        pid = len(parties) + 1
        name = danish.person(rnd)
        if kind == "private":
            org, domain = "", "privat.example.net"
        elif kind == "authority":
            org, domain = rnd.choice(danish.AUTHORITIES), "myndighed.example.dk"
        else:
            org, domain = danish.organisation(rnd, pid), f"org{pid}.example.dk"
        email = danish.email_of(name, domain)
        parties.append(
            {
                "id": pid,
                "consultation_id": cid,
                "kind": kind,
                "party_type": "person" if kind == "private" else "organisation",
                "organisation": org,
                "contact_name": name,
                "email": email,
                "match_key": f"{kind}:{email}",
            }
        )
        return pid

    for rid in range(1, total + 1):
        duplicate_of = None
        if originals and rnd.random() < 0.03:
            duplicate_of, text, _ = rnd.choice(originals[-200:])
        campaign_id = None
        if duplicate_of is None and rnd.random() < 0.08:
            campaign_id = rnd.randint(1, campaign_count)
            text = campaign_text[campaign_id] + "\n\nMed venlig hilsen\n" + danish.person(rnd)
        elif duplicate_of is None:
            text = danish.response_text(rnd)
        if duplicate_of is None:
            number += 1
            roll = rnd.random()
            kind = "private" if roll < 0.45 else "authority" if roll < 0.55 else "organisation"
            reuse = [p for p in parties[-50:] if p["kind"] == kind] if rnd.random() < 0.1 else []
            senders = [int(rnd.choice(reuse)["id"]) if reuse else new_party(kind)]
            if kind != "private" and rnd.random() < 0.05:
                senders.append(new_party("organisation"))
            sender_of[rid] = senders
            originals.append((rid, text, campaign_id))
        else:
            senders = sender_of[duplicate_of]
        for position, pid in enumerate(senders):
            role = "sender" if position == 0 else "co_signer"
            links.append({"response_id": rid, "party_id": pid, "role": role, "position": position})
        received = _received(rnd)
        late = received is not None and received > DEADLINE_UTC
        digest = hashlib.sha256(f"svar-{rid}".encode()).hexdigest()
        data = text.encode("utf-8")
        responses.append(
            {
                "id": rid,
                "consultation_id": cid,
                "number": None if duplicate_of else number,
                "subject": f"Høringssvar vedr. integrationspolitik ({rid})",
                "message_id": f"<svar-{rid}@example.net>",
                "source_sha256": digest,
                "source_name": f"svar-{rid:05d}.eml",
                "received_at": received,
                "received_source": "received" if received else "",
                "accepted_late": (rnd.random() < 0.5) if late and rnd.random() < 0.6 else None,
                "status": rnd.choices(("new", "in_progress", "done"), (50, 30, 20))[0],
                "document_number": f"2026-{rid:06d}" if rnd.random() < 0.3 else "",
                "text": text,
                "text_hash": hashlib.sha256(text.encode()).hexdigest(),
                "warnings": [],
                "duplicate_of_id": duplicate_of,
                "campaign_id": campaign_id,
                "created_at": CREATED,
            }
        )
        blobs.append({"sha256": digest, "size": len(data), "data": data})
        files.append(
            {
                "response_id": rid,
                "position": 0,
                "filename": f"svar-{rid:05d}.eml",
                "content_type": "message/rfc822",
                "sha256": digest,
                "size": len(data),
            }
        )
        parts.append(
            {
                "response_id": rid,
                "position": 0,
                "file_position": 0,
                "kind": "body",
                "label": "",
                "start": 0,
                "end": len(text),
            }
        )
    conn.execute(Party.__table__.insert(), parties)
    conn.execute(Blob.__table__.insert(), blobs)
    conn.execute(Response.__table__.insert(), responses)
    conn.execute(ResponseParty.__table__.insert(), links)
    conn.execute(StoredFile.__table__.insert(), files)
    conn.execute(ResponsePart.__table__.insert(), parts)
    return originals


# --- recommendations, section links, shared answers ---


def _passage(text: str, rnd: random.Random) -> tuple[int, int]:
    start = rnd.randrange(0, max(1, len(text) - 80))
    boundary = text.rfind(". ", 0, start)
    start = boundary + 2 if boundary >= 0 else 0
    end = min(len(text), start + rnd.randint(80, 600))
    return start, end


def _recommendations(
    conn: Connection,
    originals: list[tuple[int, str, int | None]],
    sections: list[int],
    total: int,
    rnd: random.Random,
) -> None:
    weights = [rnd.lognormvariate(0, 1) for _ in originals]
    owners = sorted(rnd.choices(range(len(originals)), weights, k=total))
    section_weights = [rnd.lognormvariate(0, 1) for _ in sections]  # some sections draw many
    recs: list[dict[str, object]] = []
    links: list[dict[str, object]] = []
    comments: list[dict[str, object]] = []
    open_comment: tuple[int, int] | None = None  # (comment id, recommendations left to share)
    first_member: dict[int, int] = {}  # campaign → its first member's response id
    origins: dict[int, list[dict[str, object]]] = {}  # campaign → recommendations to copy
    for owner in owners:
        rid, text, campaign = originals[owner]
        rec_id = len(recs) + 1
        start, end = _passage(text, rnd)
        passage = text[start:end]
        accepted = rnd.random() < 0.85
        comment_id = None
        if accepted and rnd.random() < 0.4:
            if open_comment is None or open_comment[1] == 0:
                cid = len(comments) + 1
                outcome = rnd.choices(OUTCOMES, (30, 25, 35, 10))[0]
                comments.append(
                    {
                        "id": cid,
                        "consultation_id": 1,
                        "text": danish.paragraph(rnd, rnd.randint(1, 3)),
                        "outcome": outcome,
                        "updated_at": CREATED,
                        "updated_by": "generator",
                    }
                )
                open_comment = (cid, rnd.randint(0, 4))
            else:
                open_comment = (open_comment[0], open_comment[1] - 1)
            comment_id = open_comment[0]
        rec: dict[str, object] = {
            "id": rec_id,
            "response_id": rid,
            "status": "accepted" if accepted else "suggested",
            "type": rnd.choices(TYPES, TYPE_WEIGHTS)[0],
            "passage": passage,
            "start": start,
            "end": end,
            "summary": passage.split(". ")[0][:200],
            "source_label": "",
            "comment_id": comment_id,
            "created_at": CREATED,
            "campaign_origin_id": None,
        }
        chosen = set(rnd.choices(sections, section_weights, k=rnd.randint(1, 3)))
        if campaign is not None:
            first = first_member.setdefault(campaign, rid)
            pool = origins.setdefault(campaign, [])
            if rid == first and accepted:
                pool.append(rec)
            elif rid != first and pool and rnd.random() < 0.7:  # a copy of the campaign's tag
                origin = pool[rec_id % len(pool)]
                rec.update(
                    status="accepted",
                    type=origin["type"],
                    summary=origin["summary"],
                    comment_id=origin["comment_id"],
                    campaign_origin_id=origin["id"],
                )
        recs.append(rec)
        links.extend({"recommendation_id": rec_id, "section_id": sid} for sid in chosen)
    conn.execute(AdministrationComment.__table__.insert(), comments)
    conn.execute(Recommendation.__table__.insert(), recs)
    conn.execute(RecommendationSection.__table__.insert(), links)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=Scale.responses)
    parser.add_argument("--recommendations", type=int, default=Scale.recommendations)
    parser.add_argument("--sections", type=int, default=Scale.sections)
    parser.add_argument("--seed", type=int, default=Scale.seed)
    args = parser.parse_args(argv)
    scale = Scale(args.responses, args.recommendations, args.sections, args.seed)
    generated = cached_store(scale, quiet=False)
    size = generated.path.stat().st_size / 1e6
    print(f"{generated.path} ({size:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
