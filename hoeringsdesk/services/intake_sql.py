"""Intake's Core statements, built once: registering a file runs each with new values only."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, bindparam, func, insert, select, update

from hoeringsdesk.db.models.audit import AuditEvent
from hoeringsdesk.db.models.parties import Party, ResponseParty
from hoeringsdesk.db.models.recommendations import Recommendation, RecommendationSection
from hoeringsdesk.db.models.responses import Blob, Campaign, Response, ResponsePart, StoredFile
from hoeringsdesk.domain.enums import PartyRole

RESPONSE = cast(Table, Response.__table__)
FILE = cast(Table, StoredFile.__table__)
BLOB = cast(Table, Blob.__table__)
PART = cast(Table, ResponsePart.__table__)
PARTY = cast(Table, Party.__table__)
LINK = cast(Table, ResponseParty.__table__)
CAMPAIGN = cast(Table, Campaign.__table__)
RECOMMENDATION = cast(Table, Recommendation.__table__)
REC_SECTION = cast(Table, RecommendationSection.__table__)
AUDIT = cast(Table, AuditEvent.__table__)

R = RESPONSE.c
IN_CONSULTATION = R.consultation_id == bindparam("cid")

# --- duplicates ---
SAME_FILE = (
    select(R.id, R.duplicate_of_id)
    .where(IN_CONSULTATION, R.source_sha256 == bindparam("digest"))
    .limit(1)
)
RESPONSE_NUMBER = select(R.number).where(R.id == bindparam("id"))
SAME_MESSAGE = (
    select(R.id, R.duplicate_of_id)
    .where(IN_CONSULTATION, R.message_id == bindparam("message_id"))
    .order_by(R.id)
    .limit(1)
)
SAME_ATTACHMENT = (
    select(R.id, R.duplicate_of_id)
    .join(FILE, FILE.c.response_id == R.id)
    .where(IN_CONSULTATION, FILE.c.sha256.in_(bindparam("digests", expanding=True)))
    .order_by(R.id)
)
PARTY_EMAILS = (  # every linked party's address, forwarders too
    select(PARTY.c.email)
    .join(LINK, LINK.c.party_id == PARTY.c.id)
    .where(LINK.c.response_id == bindparam("response_id"), PARTY.c.email != "")
)

# --- the response and its evidence ---
NEXT_NUMBER = select(func.coalesce(func.max(R.number), 0) + 1).where(IN_CONSULTATION)
INSERT_RESPONSE = insert(RESPONSE)
STORED_BLOBS = select(BLOB.c.sha256).where(BLOB.c.sha256.in_(bindparam("digests", expanding=True)))
INSERT_BLOBS = insert(BLOB)
INSERT_FILES = insert(FILE)
INSERT_PARTS = insert(PART)
INSERT_LINKS = insert(LINK)
INSERT_RECOMMENDATIONS = insert(RECOMMENDATION).returning(
    RECOMMENDATION.c.id, sort_by_parameter_order=True
)
INSERT_REC_SECTIONS = insert(REC_SECTION)
INSERT_AUDIT = insert(AUDIT)

# --- campaigns and new versions ---
FINGERPRINTS = (
    select(R.id, R.fingerprint)
    .where(IN_CONSULTATION, R.duplicate_of_id.is_(None), R.fingerprint.is_not(None))
    .order_by(R.id)
)
FACTS = select(R.id, R.duplicate_of_id, R.campaign_id).where(
    R.id.in_(bindparam("ids", expanding=True))
)
SENDER_KEYS = (  # who each response's senders are, as its file showed them
    select(LINK.c.response_id, LINK.c.seen_key).where(
        LINK.c.response_id.in_(bindparam("ids", expanding=True)),
        LINK.c.seen_key != "",
        LINK.c.role.in_((PartyRole.SENDER, PartyRole.CO_SIGNER)),
    )
)
TEXT_OF = select(R.text).where(R.id == bindparam("response_id"))
SUBJECT_AND_TEXT = select(R.subject, R.text).where(R.id == bindparam("response_id"))
INSERT_CAMPAIGN = insert(CAMPAIGN)
JOIN_CAMPAIGN = (
    update(RESPONSE)
    .where(R.id == bindparam("response_id"))
    .values(campaign_id=bindparam("campaign_id"), version=R.version + 1)
)
