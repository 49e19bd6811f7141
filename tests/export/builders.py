"""Invented consultation data inserted straight into a store with the ORM models (no intake).

Everything here is made up: no real persons, addresses, phone numbers or e-mail addresses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session, sessionmaker

from hoeringsdesk.db.models.consultations import Consultation, DraftSection, InvitedParty
from hoeringsdesk.db.models.parties import Party, ResponseParty
from hoeringsdesk.db.models.recommendations import (
    AdministrationComment,
    Recommendation,
    RecommendationSection,
)
from hoeringsdesk.db.models.responses import Campaign, Response
from hoeringsdesk.domain.enums import (
    Outcome,
    PartyKind,
    PartyRole,
    RecommendationStatus,
    RecommendationType,
    ResponseStatus,
)

NOW = datetime(2027, 4, 10, 12, 0)
TITLE = "Integrations- og medborgerskabspolitik 2027-2030"

# The private persons' data; the public variant must not contain any of it.
ANNE = {
    "contact_name": "Anne Jensen",
    "email": "anne.jensen@example.dk",
    "phone": "22 33 44 55",
    "address": "Strandvejen 12, 4000 Roskilde",
}
LARS = {
    "contact_name": "Lars Mikkel Østergaard",
    "email": "lmo@example.net",
    "phone": "+45 87 65 43 21",
    "address": "Bakkevej 7, 4300 Holbæk",
}
SIGNE = {"contact_name": "Signe Bæk", "email": "signe.baek@example.org", "phone": "", "address": ""}
OLE = {
    "contact_name": "Ole Dam",
    "email": "",
    "phone": "30405060",
    "address": "Dalvej 2, 4000 Roskilde",
}
PRIVATE_PERSONS = (ANNE, LARS, SIGNE, OLE)
ORGANISATIONS = (
    "Boligselskabet Havbo",
    "Integrationsrådet i Nordkysten",
    "Nordkystens Erhvervsforum",
    "Region Nordkysten",
)

# draft sections in document order: (key, label, heading, depth)
SECTIONS = (
    ("forord", "", "Forord", 0),
    ("indledning", "1", "Indledning", 0),
    ("baggrund", "1.1", "Baggrund", 1),
    ("pejlemaerker", "1.2", "Pejlemærker", 1),
    ("principper", "2", "Principper", 0),
    ("princip_e", "2.1", "Princip E: Gensidig proces", 1),
    ("beskaeftigelse", "3", "Beskæftigelsesområdet", 0),
)


@dataclass
class Built:
    """Ids of what was inserted, by name."""

    consultation_id: int
    sections: dict[str, int] = field(default_factory=dict)
    responses: dict[int, int] = field(default_factory=dict)  # number → id
    parties: dict[str, int] = field(default_factory=dict)
    comments: dict[str, int] = field(default_factory=dict)


def build_consultation(write: sessionmaker[Session]) -> Built:
    """A consultation with a section tree, eight responses and their recommendations.

    Responses: 1 joint (three organisations), 2 Anne Jensen (private), 3 a duplicate of 2,
    4 Lars (late, accepted anyway), 5 Lars again (new version of 4, late), 6 and 7 a campaign
    of two private persons, 8 an authority with no received time.
    """
    with write.begin() as s:
        c = Consultation(
            title=TITLE,
            authority="Nordkysten Kommune, Beskæftigelses- og Integrationsforvaltningen",
            case_number="27-0012345",
            start_date=date(2027, 2, 15),
            deadline=date(2027, 3, 31),
            created_at=NOW,
        )
        c.invited = [
            InvitedParty(position=0, name="Boligselskabet Havbo", email="post@havbo.example.dk"),
            InvitedParty(
                position=1, name="Integrationsrådet i Nordkysten", email="raad@example.dk"
            ),
            InvitedParty(position=2, name="Handicaprådet", email="handicapraadet@example.dk"),
            InvitedParty(
                position=3,
                name="NORDKYSTENS ERHVERVSFORUM",  # matched by normalised name
                email="",
            ),
        ]
        s.add(c)
        s.flush()
        built = Built(c.id)
        # insert sections in reverse so ids do not follow document order
        stack: list[DraftSection] = []
        rows = []
        for ordinal, (key, label, heading, depth) in enumerate(SECTIONS):
            rows.append((ordinal, key, label, heading, depth))
        for ordinal, key, label, heading, depth in reversed(rows):
            sec = DraftSection(
                consultation_id=c.id,
                ordinal=ordinal,
                position=ordinal,
                depth=depth,
                label=label,
                heading=heading,
            )
            s.add(sec)
            s.flush()
            built.sections[key] = sec.id
        for _ordinal, key, _label, _heading, depth in rows:  # parent links
            sec = s.get(DraftSection, built.sections[key])
            assert sec is not None
            while len(stack) > depth:
                stack.pop()
            sec.parent_id = stack[-1].id if stack else None
            stack.append(sec)

        def party(key: str, kind: PartyKind, organisation: str = "", **data: str) -> None:
            p = Party(consultation_id=c.id, kind=kind, organisation=organisation, **data)
            s.add(p)
            s.flush()
            built.parties[key] = p.id

        party(
            "havbo",
            PartyKind.ORGANISATION,
            "Boligselskabet Havbo",
            contact_name="Peter Holm",
            email="post@havbo.example.dk",
            phone="44 55 66 77",
            address="Havnegade 3, 4000 Roskilde",
        )
        party(
            "raad",
            PartyKind.ORGANISATION,
            "Integrationsrådet i Nordkysten",
            contact_name="Fatima Ali",
            email="fatima.ali@raad.example.dk",
        )
        party("erhverv", PartyKind.ORGANISATION, "Nordkystens Erhvervsforum")
        party("region", PartyKind.AUTHORITY, "Region Nordkysten")
        party("anne", PartyKind.PRIVATE, **ANNE)
        party("lars", PartyKind.PRIVATE, **LARS)
        party("signe", PartyKind.PRIVATE, **SIGNE)
        party("ole", PartyKind.PRIVATE, **OLE)
        campaign = Campaign(consultation_id=c.id, label="Bevar Strandparken")
        s.add(campaign)
        s.flush()

        def response(number: int, received: datetime | None, *parties: str, **extra: object):
            r = Response(
                consultation_id=c.id,
                number=number,
                source_sha256=f"{number:064d}",
                received_at=received,
                created_at=NOW,
                status=extra.pop("status", ResponseStatus.DONE),
                **extra,
            )
            s.add(r)
            s.flush()
            for position, key in enumerate(parties):
                role = PartyRole.SENDER if position == 0 else PartyRole.CO_SIGNER
                s.add(
                    ResponseParty(
                        response_id=r.id, party_id=built.parties[key], role=role, position=position
                    )
                )
            built.responses[number] = r.id
            return r

        response(1, datetime(2027, 3, 1, 9, 0), "havbo", "raad", "erhverv", document_number="D-1")
        response(
            2,
            datetime(2027, 3, 10, 14, 30),
            "anne",
            document_number="D-2",
            source_name="anne_jensen_svar.eml",
            text="Jeg savner dialog med kommunen.\n\nMed venlig hilsen\nAnne Jensen\n"
            "Strandvejen 12, 4000 Roskilde\nTlf. 22 33 44 55, anne.jensen@example.dk",
        )
        response(3, datetime(2027, 3, 10, 14, 31), "anne", duplicate_of_id=built.responses[2])
        response(
            4,
            datetime(2027, 3, 31, 22, 30),  # 00:30 local
            "lars",
            accepted_late=True,
            text="Hvornår kommer tidsplanen? Venlig hilsen Lars M. Østergaard, Bakkevej 7, "
            "4300 Holbæk, +45 87 65 43 21 (lmo@example.net)",
        )
        response(
            5,
            datetime(2027, 4, 2, 8, 0),
            "lars",
            new_version_of_id=built.responses[4],
            status=ResponseStatus.IN_PROGRESS,
        )
        response(6, datetime(2027, 3, 20, 10, 0), "signe", campaign_id=campaign.id)
        response(7, datetime(2027, 3, 21, 10, 0), "ole", campaign_id=campaign.id)
        response(8, None, "region", status=ResponseStatus.NEW)

        def comment(key: str, text: str, outcome: Outcome) -> None:
            a = AdministrationComment(consultation_id=c.id, text=text, outcome=outcome)
            s.add(a)
            s.flush()
            built.comments[key] = a.id

        comment("enig", "Forvaltningen er enig og præciserer afsnittet.", Outcome.YES)
        comment("nej", "Spørgsmålet besvares i handleplanen.", Outcome.NO)
        comment("delvist", "Strandparken bevares, men stien flyttes.", Outcome.PARTLY)

        def rec(
            number: int,
            sections: tuple[str, ...],
            type_: RecommendationType,
            summary: str,
            passage: str = "",
            comment_key: str | None = None,
            status: RecommendationStatus = RecommendationStatus.ACCEPTED,
            start: int = 0,
            origin: int | None = None,
        ) -> int:
            r = Recommendation(
                response_id=built.responses[number],
                status=status,
                type=type_,
                summary=summary,
                passage=passage,
                start=start,
                comment_id=built.comments[comment_key] if comment_key else None,
                campaign_origin_id=origin,
                created_at=NOW,
            )
            s.add(r)
            s.flush()
            for key in sections:
                s.add(RecommendationSection(recommendation_id=r.id, section_id=built.sections[key]))
            return r.id

        T = RecommendationType
        rec(1, ("pejlemaerker",), T.CHANGE, "Flere almene familieboliger.", "Vi ønsker …", start=10)
        rec(
            1,
            ("princip_e", "indledning"),
            T.SUPPORT,
            "Støtter gensidighed.",
            "Vi bakker op om princippet.",
            "enig",
            start=50,
        )
        rec(
            2,
            ("princip_e",),
            T.CRITICISM,
            "Anne Jensen (anne.jensen@example.dk) savner dialog; ring 2233 4455.",
            "Jeg savner dialog.\nMed venlig hilsen\nANNE JENSEN\nStrandvejen 12\n4000 Roskilde\n"
            "Tlf. +45 22 33 44 55",
            "enig",
        )
        rec(
            2,
            ("forord",),
            T.GENERAL,
            "Foreslået, ikke godkendt.",
            status=RecommendationStatus.SUGGESTED,
        )
        rec(3, ("forord",), T.GENERAL, "Dubletten må ikke komme med.")
        rec(
            4,
            ("forord",),
            T.QUESTION,
            "Lars Østergaard spørger til tidsplanen (tlf. 87654321).",
            "Hvornår? Venlig hilsen Lars M. Østergaard, Bakkevej 7",
            "nej",
        )
        origin = rec(
            6, ("beskaeftigelse",), T.CHANGE, "Bevar Strandparken.", "Bevar parken!", "delvist"
        )
        rec(
            7,
            ("beskaeftigelse",),
            T.CHANGE,
            "Bevar Strandparken.",
            "Bevar parken!",
            "delvist",
            origin=origin,
        )
        rec(8, (), T.GENERAL, "Generel bemærkning uden afsnit.")
        return built
