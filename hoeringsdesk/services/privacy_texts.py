"""The texts a privacy change rewrites: a party's known data for the redactor, and the
history's and a suggestion's stored values with the person taken out."""

from __future__ import annotations

from typing import Any

from hoeringsdesk.db.models.parties import Party
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.redaction import Redactor


def learn(r: Response, *redactors: Redactor) -> None:
    for redactor in redactors:
        redactor.learn(r.text)


def add_party(redactor: Redactor, party: Party, label: str | None) -> None:
    """A party's known data; ``label`` for a private person, None for an organisation's
    contact person (whose name goes as a placeholder: erasure hides it too)."""
    names = [party.contact_name, party.organisation] if label else [party.contact_name]
    redactor.add_person(
        names=names,
        first_name=party.first_name if label else "",
        surname=party.surname if label else "",
        email=party.email,
        phone=party.phone,
        address=party.address,
        street=party.street,
        postcode=party.postcode,
        town=party.town,
        name_from_email=label is not None,
        **({"label": label} if label else {}),
    )


def scrub(value: Any, redactor: Redactor) -> Any:
    if isinstance(value, str):
        return redactor(value)
    if isinstance(value, list):
        return [scrub(v, redactor) for v in value]
    if isinstance(value, dict):
        return {k: scrub(v, redactor) for k, v in value.items()}
    return value


def redacted_suggestion(data: dict | None, redactor: Redactor) -> dict | None:  # type: ignore[type-arg]
    """A suggestion's stored reasons with the person taken out: the heading it stood under,
    and any text or words a reason quotes."""
    if not data:
        return data
    candidates = []
    for candidate in data.get("candidates") or ():
        reasons = []
        for reason in candidate.get("reasons") or ():
            reason = dict(reason)
            if "text" in reason:
                reason["text"] = redactor(str(reason["text"]))
            if "words" in reason:
                reason["words"] = [redactor(str(w)) for w in reason["words"]]
            reasons.append(reason)
        candidates.append({**candidate, "reasons": reasons})
    return {**data, "context": redactor(str(data.get("context", ""))), "candidates": candidates}
