"""An existing store repaired: senders read again from the kept files, the officer's work kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from hoeringsdesk.app import Services, open_app
from hoeringsdesk.db.models.base import StoreInfo
from hoeringsdesk.db.models.parties import Party, ResponseParty
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.services.sender_repair import PENDING
from tests.builders import audit_events
from tests.sender_files import cell_template, import_files, mail

FORM = (
    "Jeg er imod, at tilbuddet om gratis danskundervisning for borgere over 65 år lukkes. "
    "Sproget er nøglen til fællesskabet, og jeg opfordrer kommunen til at bevare undervisningen."
)


@pytest.fixture
def damaged(services: Services, tmp_path: Path) -> tuple[int, dict[str, int]]:
    """Responses imported, then their parties put back the way the old rules had them: a
    citizen at the organisation's domain joined the organisation, two campaign letters from
    different people made one 'new version' of the other (their senders merged)."""
    cid = services.demo.create(with_responses=False)
    cell = cell_template(
        "Foreningen Grøn By v. Anne Holm anne@groenby.example.dk", text="Vi støtter udkastet."
    )
    files = {
        "1.eml": mail(
            "Anne Holm <anne@groenby.example.dk>", "Svar vedhæftet.", attachments=[("s.docx", cell)]
        ),
        "2.eml": mail("Bo Ege <bo@groenby.example.dk>", "Jeg har en bemærkning som nabo.", day=2),
        "3.eml": mail("Cy Dam <cy.dam@gmail.com>", FORM + "\n\nMvh\nCy Dam", day=3),
        "4.eml": mail("Di Lund <di.lund@gmail.com>", FORM + "\n\nMvh\nDi Lund", day=4),
    }
    rows = import_files(services, cid, tmp_path / "indbakke", files)
    ids = {name: row.id for name, row in rows.items()}
    with services.store.sessions.write.begin() as s:
        org = s.scalar(select(Party.id).where(Party.organisation == "Foreningen Grøn By"))
        bo = s.scalar(select(Party.id).where(Party.contact_name == "Bo Ege"))
        s.execute(update(ResponseParty).where(ResponseParty.party_id == bo).values(party_id=org))
        s.execute(delete(Party).where(Party.id == bo))
        cy = s.scalar(select(Party.id).where(Party.contact_name == "Cy Dam"))
        di = s.scalar(select(Party.id).where(Party.contact_name == "Di Lund"))
        s.execute(
            update(ResponseParty)
            .where(ResponseParty.party_id == di)
            .values(party_id=cy, seen_key="")
        )
        s.execute(update(ResponseParty).where(ResponseParty.party_id == cy).values(seen_key=""))
        s.execute(delete(Party).where(Party.id == di))
        s.execute(
            update(Response)
            .where(Response.id == ids["4.eml"])
            .values(new_version_of_id=ids["3.eml"], campaign_id=None)
        )
        s.execute(update(Response).where(Response.consultation_id == cid).values(campaign_id=None))
        s.add(StoreInfo(key=PENDING, value="pending"))
    return cid, ids  # type: ignore[return-value]


def sender_of(services: Services, response_id: int) -> tuple[str, str, str]:
    p = services.responses.row(response_id).senders[0]
    return p.organisation, p.contact_name, p.email


def test_merged_people_are_split_again_and_the_officers_edits_kept(
    services: Services, damaged: tuple[int, dict[str, int]]
) -> None:
    cid, ids = damaged
    assert sender_of(services, ids["2.eml"]) == ("Foreningen Grøn By", "", "")  # Bo is gone
    org = services.responses.row(ids["1.eml"]).senders[0].id
    services.parties.update(org, phone="33 44 55 66")  # the officer's edit
    assert services.senders.pending()
    report = services.senders.run()
    assert not services.senders.pending()
    assert sender_of(services, ids["2.eml"]) == ("", "Bo Ege", "bo@groenby.example.dk")
    assert sender_of(services, ids["4.eml"]) == ("", "Di Lund", "di.lund@gmail.com")
    kept = services.responses.row(ids["1.eml"]).senders[0]
    assert kept.id == org and services.parties.get(org).phone == "33 44 55 66"
    # the letters of two people are no new version of each other, but a campaign
    four = services.responses.row(ids["4.eml"])
    assert four.new_version_of is None and four.campaign_id is not None
    assert services.responses.row(ids["3.eml"]).campaign_id == four.campaign_id
    # every change is in the history
    events = [(e.action, e.entity_id) for e in audit_events(services, cid)]
    assert ("senders_rederived", ids["2.eml"]) in events
    assert ("senders_rederived", ids["4.eml"]) in events
    assert ("version_undone", ids["4.eml"]) in events
    assert ("senders_rederived", ids["1.eml"]) not in events
    assert report.changed >= 2 and "genlæst" in report.summary()


def test_a_response_the_officer_corrected_is_left_alone(
    services: Services, damaged: tuple[int, dict[str, int]]
) -> None:
    _cid, ids = damaged
    services.parties.confirm_response(
        ids["2.eml"]
    )  # "the senders are right" (as the officer sees it)
    services.senders.run()
    assert sender_of(services, ids["2.eml"]) == ("Foreningen Grøn By", "", "")


def test_the_repair_runs_when_the_store_is_opened(
    services: Services, damaged: tuple[int, dict[str, int]], store_url: str
) -> None:
    _cid, ids = damaged
    services.close()
    reopened = open_app(store_url, user="tester")
    try:
        assert any("Afsendere genlæst" in n for n in reopened.store.notices)
        assert sender_of(reopened, ids["2.eml"]) == ("", "Bo Ege", "bo@groenby.example.dk")
    finally:
        reopened.close()
