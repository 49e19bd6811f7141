"""The høringsliste's ticks: automatic by e-mail, name or domain; the officer's corrections."""

from __future__ import annotations

import pytest

from hoeringsdesk.app import Services
from hoeringsdesk.domain.records.consultations import InvitedInfo
from hoeringsdesk.domain.records.responses import PartyInfo
from hoeringsdesk.services.errors import ServiceError
from hoeringsdesk.services.invited_matching import automatic
from tests.export.builders import Built, build_consultation


def party(pid: int, kind: str, org: str = "", contact: str = "", email: str = "") -> PartyInfo:
    return PartyInfo(pid, kind, org, contact, email)


def test_automatic_ticks_by_email_name_and_distinctive_domain() -> None:
    parties = {
        10: (party(1, "organisation", "Boligselskabet Havbo A/S", "Lise Holm", "lh@havbo.dk"),),
        11: (party(2, "organisation", "", "Karim Aziz", "ka@sprogcenter.dk"),),
        12: (party(3, "private", "", "Bo Berg", "bo@kommune.dk"),),
        13: (party(4, "organisation", "Ældrerådet", "", "aeldre@kommune.dk"),),
        14: (party(5, "private", "", "Anne Holm", "anne@gmail.com"),),
        15: (party(6, "organisation", "Gartneriet Rose", "", "post@gartneri.dk"),),
        16: (party(7, "organisation", "Ungdomsrådet", "", "ung@kommune.dk"),),
    }
    invited = [
        InvitedInfo("boligselskabet havbo", "post@havbo.dk"),  # name (A/S ignored) and domain
        InvitedInfo("Nordkystens Sprogcenter", "info@sprogcenter.dk"),  # domain, no org name
        InvitedInfo("Handicaprådet", "handicap@kommune.dk"),  # shared municipal domain
        InvitedInfo("Ældrerådet", "aeldre@kommune.dk"),  # e-mail
        InvitedInfo("Anne Holm", "anne@gmail.com", "private"),  # a person: e-mail only
        InvitedInfo("Fritidsforeningen", "info@gartneri.dk"),  # domain, another org's name
        InvitedInfo("Gmail-brugerne", "x@gmail.com"),  # free mail: never by domain
    ]
    found = automatic(invited, parties)
    assert [m.ticked for m in found] == [
        {10: "name"},
        {11: "domain"},
        {},
        {13: "email"},
        {14: "email"},
        {},
        {},
    ]
    # kommune.dk is shared: only possible; 12 is a person; 13 is Ældrerådet's for sure
    assert found[2].possible == {16}
    assert found[5].possible == {15}  # same domain, different organisation name
    assert found[6].possible == set()


@pytest.fixture
def built(services: Services) -> Built:
    return build_consultation(services.store.sessions.write)


def _ticks(services: Services, cid: int) -> dict[str, tuple[tuple[int, str], ...]]:
    return {
        st.invited.name: tuple((m.number, m.how) for m in st.responses)
        for st in services.consultations.invited_status(cid)
    }


def test_the_officer_corrects_ticks_and_the_export_follows(
    services: Services, built: Built
) -> None:
    cid = built.consultation_id
    before = _ticks(services, cid)
    assert before["Boligselskabet Havbo"][0] == (1, "email")
    assert before["Handicaprådet"] == ()
    invited = list(services.consultations.get(cid).invited)
    fixed = [
        InvitedInfo(i.name, i.email, i.kind, id=i.id, answers=(8,))
        if i.name == "Handicaprådet"
        else InvitedInfo(i.name, i.email, i.kind, id=i.id, answers=())
        if i.name == "Boligselskabet Havbo"
        else i
        for i in invited
    ]
    services.consultations.update(cid, invited=fixed)
    after = _ticks(services, cid)
    assert after["Handicaprådet"] == ((8, "officer"),)
    assert after["Boligselskabet Havbo"] == ()  # un-ticked, though the e-mail matches
    # editing the list keeps the corrections of the entries that stay
    services.consultations.update(
        cid, invited=[*services.consultations.get(cid).invited, InvitedInfo("Ny forening")]
    )
    assert _ticks(services, cid)["Handicaprådet"] == ((8, "officer"),)
    rows = {i.name: i for i in services.export.collect(cid).invited}
    assert rows["Handicaprådet"].answered and rows["Handicaprådet"].response_numbers == (8,)
    assert rows["Handicaprådet"].how == "rettet af sagsbehandler"
    assert not rows["Boligselskabet Havbo"].answered


def test_a_correction_to_an_unknown_response_is_refused(services: Services, built: Built) -> None:
    cid = built.consultation_id
    first = services.consultations.get(cid).invited[0]
    with pytest.raises(ServiceError, match="svar nr. 99 findes ikke"):
        services.consultations.update(
            cid, invited=[InvitedInfo(first.name, first.email, id=first.id, answers=(99,))]
        )
    assert len(services.consultations.get(cid).invited) == 4  # nothing changed


def test_kind_is_stored_and_checked(services: Services, built: Built) -> None:
    cid = built.consultation_id
    services.consultations.update(cid, invited=[InvitedInfo("Region Nordkysten", "", "authority")])
    assert services.consultations.get(cid).invited[0].kind == "authority"
    with pytest.raises(ServiceError, match="ukendt partstype"):
        services.consultations.update(cid, invited=[InvitedInfo("X", "", "forening")])
