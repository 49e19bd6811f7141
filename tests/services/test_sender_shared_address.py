"""People writing from one shared address (a household's mailbox): different signed names are
different persons, never silently one party; the same name is one person across responses."""

from __future__ import annotations

from pathlib import Path

from hoeringsdesk.app import Services
from tests.sender_files import import_files, mail, senders

I_WRITE = (
    "Jeg bor i kvarteret og skriver, fordi jeg selv har gået på sprogskole. Jeg håber, at "
    "mine bemærkninger bliver læst."
)
HOME = "familien.holm@proton.example.dk"


def test_two_people_signing_from_a_household_mailbox_are_two_persons(
    services: Services, tmp_path: Path
) -> None:
    cid = services.demo.create(with_responses=False)
    files = {
        "1.eml": mail(f"Familien Holm <{HOME}>", f"{I_WRITE}\n\nVenlig hilsen\nAnne Holm"),
        "2.eml": mail(f"Familien Holm <{HOME}>", f"{I_WRITE}\n\nMvh\nBo Holm", day=2),
    }
    rows = import_files(services, cid, tmp_path / "indbakke", files)
    first, second = rows["1.eml"], rows["2.eml"]
    assert senders(first) == [("sender", "", "Anne Holm", HOME)]
    assert senders(second) == [("sender", "", "Bo Holm", HOME)]
    assert first.parties[0].id != second.parties[0].id
    assert second.sender_uncertain  # the officer is told: someone else wrote from here
    assert f"samme e-mailadresse ({HOME})" in second.sender_note


def test_the_same_person_from_one_address_is_one_party(services: Services, tmp_path: Path) -> None:
    cid = services.demo.create(with_responses=False)
    files = {
        "1.eml": mail(f"Familien Holm <{HOME}>", f"{I_WRITE}\n\nVenlig hilsen\nAnne Holm"),
        "2.eml": mail(f"Anne Holm <{HOME}>", "Endnu en bemærkning fra mig.", day=2),
    }
    rows = import_files(services, cid, tmp_path / "indbakke", files)
    assert rows["1.eml"].parties[0].id == rows["2.eml"].parties[0].id
    assert "samme e-mailadresse" not in rows["2.eml"].sender_note


def test_the_repair_keeps_the_two_persons_of_a_shared_address(
    services: Services, tmp_path: Path
) -> None:
    cid = services.demo.create(with_responses=False)
    files = {
        "1.eml": mail(f"Familien Holm <{HOME}>", f"{I_WRITE}\n\nVenlig hilsen\nAnne Holm"),
        "2.eml": mail(f"Familien Holm <{HOME}>", f"{I_WRITE}\n\nMvh\nBo Holm", day=2),
    }
    rows = import_files(services, cid, tmp_path / "indbakke", files)
    services.senders.run(cid)
    again = [services.responses.row(r.id) for r in rows.values()]
    names = sorted(p.contact_name for row in again for p in row.parties)
    assert names == ["Anne Holm", "Bo Holm"]
    assert len({row.parties[0].id for row in again}) == 2
