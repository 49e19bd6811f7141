"""The høringsliste's ticks: which response each invited party sent (by e-mail, organisation
name or the organisation's domain), with the officer's corrections on top.

The one place that matches invited parties against senders; it reads senders through
``parties_by_response`` so a new party model only has to be pointed at here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, select

from hoeringsdesk.db.models.consultations import InvitedMatch, InvitedParty
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.domain.records.consultations import InvitedInfo, InvitedStatus, MatchedResponse
from hoeringsdesk.domain.records.responses import PartyInfo
from hoeringsdesk.intake.senders.domains import FREE_MAIL
from hoeringsdesk.intake.senders.domains import domain_of as email_domain
from hoeringsdesk.intake.senders.names import org_key as normalise_org_name
from hoeringsdesk.services.errors import ServiceError
from hoeringsdesk.services.response_parties import parties_by_response
from hoeringsdesk.services.response_rows import aware

BY_EMAIL, BY_NAME, BY_DOMAIN, BY_OFFICER = "email", "name", "domain", "officer"
HOW_DANISH = {
    BY_EMAIL: "e-mail",
    BY_NAME: "navn",
    BY_DOMAIN: "domæne",
    BY_OFFICER: "rettet af sagsbehandler",
}
_FILLER = {"i", "og", "for", "af", "the", "of", "til", "på", "ved", "kommune"}


@dataclass
class AutoMatch:
    """Automatic ticks of one invited party: response id → how; and possible ones."""

    ticked: dict[int, str] = field(default_factory=dict)
    possible: set[int] = field(default_factory=set)


def _words(name: str) -> set[str]:
    return {w for w in normalise_org_name(name).split() if len(w) >= 4 and w not in _FILLER}


def automatic(
    invited: Sequence[InvitedInfo], parties: Mapping[int, Sequence[PartyInfo]]
) -> list[AutoMatch]:
    """Ticks by rule, one per invited entry (in order):

    - the same e-mail address as a sender (any case);
    - the same organisation name (normalised: case, punctuation, A/S and the like ignored);
    - the organisation's e-mail domain (not a free-mail provider), when no other invited
      party has that domain, and the sender is not a private person and either has no
      organisation name or one that shares a word with the invited name.

    A domain hit on an organisation that fails the last two conditions is only *possible*:
    shown, not ticked, unless it is ticked for another invited party; private persons at
    the domain are not counted at all.
    Private persons on the list are matched by e-mail only (names are not unique)."""
    by_email: dict[str, set[int]] = {}
    by_name: dict[str, set[int]] = {}
    by_domain: dict[str, list[tuple[int, PartyInfo]]] = {}
    for rid, found in parties.items():
        for p in found:
            email = p.email.strip().casefold()
            # the organisation's own address, beside its contact's
            own = p.organisation_email.strip().casefold()
            if own and own != email:
                by_email.setdefault(own, set()).add(rid)
            if email:
                by_email.setdefault(email, set()).add(rid)
                domain = email_domain(email)
                if domain and domain not in FREE_MAIL:
                    by_domain.setdefault(domain, []).append((rid, p))
            if p.organisation.strip() and p.kind != PartyKind.PRIVATE:
                key = normalise_org_name(p.organisation)
                if key:
                    by_name.setdefault(key, set()).add(rid)
    domains = [email_domain(i.email.strip().casefold()) for i in invited]
    shared = {d for d in domains if d and domains.count(d) > 1}
    out = []
    for item, domain in zip(invited, domains, strict=True):
        match = AutoMatch()
        email = item.email.strip().casefold()
        for rid in by_email.get(email, ()) if email else ():
            match.ticked[rid] = BY_EMAIL
        person = item.kind == PartyKind.PRIVATE
        key = normalise_org_name(item.name) if not person else ""
        for rid in by_name.get(key, ()) if key else ():
            match.ticked.setdefault(rid, BY_NAME)
        if domain and domain not in FREE_MAIL and not person:
            words = _words(item.name)
            for rid, p in by_domain.get(domain, ()):
                if rid in match.ticked or p.kind == PartyKind.PRIVATE:
                    continue  # a person at the domain may write for themselves
                related = not p.organisation.strip() or bool(words & _words(p.organisation))
                if domain in shared or not related:
                    match.possible.add(rid)
                else:
                    match.ticked[rid] = BY_DOMAIN
        out.append(match)
    explained = {rid for m in out for rid in m.ticked}  # another party's response for sure
    for m in out:
        m.possible -= explained
    return out


def _invited(conn: Connection, cid: int) -> list[InvitedInfo]:
    rows = conn.execute(
        select(InvitedParty.id, InvitedParty.name, InvitedParty.email, InvitedParty.kind)
        .where(InvitedParty.consultation_id == cid)
        .order_by(InvitedParty.position, InvitedParty.id)
    )
    return [InvitedInfo(name, email or "", kind, id=iid) for iid, name, email, kind in rows]


def _responses(conn: Connection, cid: int) -> dict[int, tuple[int, datetime | None]]:
    """Live responses (not duplicates): id → (number, received)."""
    rows = conn.execute(
        select(Response.id, Response.number, Response.received_at).where(
            Response.consultation_id == cid,
            Response.duplicate_of_id.is_(None),
            Response.number.is_not(None),
        )
    )
    return {rid: (number or 0, aware(received)) for rid, number, received in rows}


def _corrections(conn: Connection, cid: int) -> dict[int, dict[int, bool]]:
    rows = conn.execute(
        select(InvitedMatch.invited_party_id, InvitedMatch.response_id, InvitedMatch.answered)
        .join(InvitedParty, InvitedParty.id == InvitedMatch.invited_party_id)
        .where(InvitedParty.consultation_id == cid)
    )
    out: dict[int, dict[int, bool]] = {}
    for iid, rid, answered in rows:
        out.setdefault(iid, {})[rid] = bool(answered)
    return out


def statuses(conn: Connection, cid: int) -> list[InvitedStatus]:
    """Every invited party of the consultation with its ticks, in the list's order."""
    invited = _invited(conn, cid)
    if not invited:
        return []
    live = _responses(conn, cid)
    parties = {rid: p for rid, p in parties_by_response(conn, cid).items() if rid in live}
    corrections = _corrections(conn, cid)
    out = []
    for item, auto in zip(invited, automatic(invited, parties), strict=True):
        fixed = corrections.get(item.id or 0, {})
        how = {rid: h for rid, h in auto.ticked.items() if fixed.get(rid, True)}
        how.update({rid: BY_OFFICER for rid, yes in fixed.items() if yes and rid in live})
        ticked = sorted(how, key=lambda rid: live[rid][0])
        out.append(
            InvitedStatus(
                invited=item,
                responses=tuple(
                    MatchedResponse(rid, live[rid][0], live[rid][1], how[rid]) for rid in ticked
                ),
                possible=tuple(sorted(live[rid][0] for rid in auto.possible - set(how))),
                corrected=bool(fixed),
            )
        )
    return out


def corrections_for(
    conn: Connection, cid: int, invited_id: int, numbers: Iterable[int]
) -> dict[int, bool]:
    """The corrections that make ``numbers`` the invited party's responses: response id →
    answered, relative to the automatic ticks. Unknown numbers are refused."""
    live = _responses(conn, cid)
    by_number = {number: rid for rid, (number, _) in live.items()}
    wanted: set[int] = set()
    for n in numbers:
        if n not in by_number:
            raise ServiceError(f"Høringslisten: svar nr. {n} findes ikke i høringen.")
        wanted.add(by_number[n])
    invited = _invited(conn, cid)
    parties = {rid: p for rid, p in parties_by_response(conn, cid).items() if rid in live}
    autos = automatic(invited, parties)
    auto = next(
        (set(a.ticked) for i, a in zip(invited, autos, strict=True) if i.id == invited_id), set()
    )
    fixed = {rid: True for rid in wanted - auto}
    fixed.update({rid: False for rid in auto - wanted})
    return fixed
