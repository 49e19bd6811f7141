"""The demo consultation: an invented draft (and, when intake exists, invented responses)."""

from __future__ import annotations

from datetime import date

from hoeringsdesk.domain.records import InvitedInfo
from hoeringsdesk.paths import resources_dir
from hoeringsdesk.services.consultations import ConsultationService
from hoeringsdesk.services.drafts import DraftService

DEMO_TITLE = "Integrations- og medborgerskabspolitik 2027-2030 (demo)"
DEMO_INVITED = (
    InvitedInfo("Integrationsrådet i Nordkysten", "integrationsraadet@example.dk"),
    InvitedInfo("Boligselskabet Havbo", "post@havbo.example.dk"),
    InvitedInfo("Nordkystens Erhvervsforum", "kontakt@erhvervsforum.example.dk"),
    InvitedInfo("Handicaprådet", "handicapraadet@example.dk"),
    InvitedInfo("Folkeoplysningsudvalget", "fou@example.dk"),
)


class DemoService:
    """Creates the demo consultation for a first look at every view."""

    def __init__(self, consultations: ConsultationService, drafts: DraftService) -> None:
        self._consultations = consultations
        self._drafts = drafts

    def create(self) -> int:
        """Create the demo consultation and import its draft; returns its id."""
        info = self._consultations.create(
            DEMO_TITLE,
            date(2027, 3, 31),
            case_number="2027-0012345",
            authority="Nordkysten Kommune, Beskæftigelses- og Integrationsforvaltningen",
            start_date=date(2027, 2, 15),
            reply_addresses=["hoering@nordkysten.example.dk", "integration@nordkysten.example.dk"],
            invited=DEMO_INVITED,
        )
        draft = resources_dir() / "demo" / "udkast.md"
        self._drafts.import_file(info.id, draft.name, draft.read_bytes())
        return info.id
