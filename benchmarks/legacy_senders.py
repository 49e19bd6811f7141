"""Reading senders as it was before issue 14: the baseline of bench_senders.py.

Copied from hoeringsdesk/intake/parties.py, intake/party_keys.py, intake/prepare.py
(_party_links) and services/party_matching.py (find_or_create, joining by domain) at commit
fbf5dc0, unchanged but for imports; the store is a dict, so the old rules run
in the same process as the new ones.
"""

# ruff: noqa: E501
# fmt: off

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from hoeringsdesk.domain.enums import PartyKind, PartyRole
from hoeringsdesk.domain.parsed import Address, ParsedResponse, PartKind
from hoeringsdesk.intake.assembly import is_sender_row

MAX_CELL = 20_000
MAX_LINE = 1_000

@dataclass(frozen=True)
class PartyCandidate:
    """One sender found in an Afsender cell: an organisation and/or a contact person."""

    organisation: str
    contact_name: str
    email: str
    phone: str
    kind: PartyKind


_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]++@[A-Za-z0-9æøåÆØÅ-]+(?:\.[A-Za-z0-9æøåÆØÅ-]+)+"
)
_PHONE = re.compile(r"(?<![\d-])(?:\+45[ \xa0]?|0045[ \xa0]?)?(?:\d{2}[ \xa0.-]?){3}\d{2}(?![\d-])")
_LABELS = re.compile(
    r"\b(?:tlf|telefon|mobil|mob|tel|phone|e-?mail|mail|mailadresse|web|cvr)\b\.?\s*(?:nr\.?)?\s*:?",
    re.I,
)
# Where the contact person starts: "Steno v. Anne Holm", "Skolen, kontakt: Bo Ege", "att. …".
_ROLE = (
    r"(?:næst)?formand|forperson|direktør|sekretær|sekretariatsleder|leder|"
    r"koordinator|konsulent|chefkonsulent|afdelingsleder|kontorchef|centerchef|"
    r"projektleder|rådgiver|talsperson|generalsekretær|bestyrelsesformand"
)
_CONTACT_SPLIT = re.compile(
    r"\s*(?:,\s*|\s)(?:v\.|v/|ved|att\.?|attn\.?|c/o|kontakt(?:person)?\s*:?|"
    r"kontaktperson(?:er)?\s*:?|repræsenteret ved|(?<=,\s)(?:" + _ROLE + r")\b\.?:?)"
    r"\s+",
    re.I,
)
_CONTACT_LINE = re.compile(
    r"^\s*(?:kontakt(?:person)?|kontaktoplysninger|v\.|v/|att\.?|ved|tlf|telefon|mobil|e-?mail|"
    r"mail|adresse|web|cvr)\b",
    re.I,
)
_CONTACT_PREFIX = re.compile(
    r"^\s*(?:kontakt(?:person)?(?:er)?|att\.?|attn\.?|v\.|v/|ved)\s*:?\s*", re.I
)
_POSTCODE_LINE = re.compile(r"^\s*(?:DK-?)?\d{4}\s+\w+", re.I)
_STREET_LINE = re.compile(
    r"^\s*[A-ZÆØÅ][\wæøå.'-]+(?:\s+[\wæøå.'-]+){0,3}\s+\d+[A-Za-z]?\b(?:,.*)?$"
)
_NAME_TOKEN = re.compile(r"^(?:[A-ZÆØÅÉÜÖÄ][a-zæøåéüöäëï'-]+\.?|[A-ZÆØÅ]\.|von|van|de|la|le)$")

_AUTHORITY_WORDS = re.compile(
    r"kommune\b|kommunes\b|\bregion\b|\bregion[a-zæøå]+|styrelse|ministeri|departement|"
    r"forvaltning|rådhus|borgerrepræsentation|\bpoliti\b|politi\b|domstol|ombudsmand|"
    r"rigsrevision|familieretshuset|udbetaling danmark|jobcenter|socialcenter|"
    r"lokaludvalg|integrationsråd|handicapråd|ældreråd|udsatteråd|"
    r"hospital\b|hospitalet\b|rigshospitalet|folkeskole|\bskole\b|skolen\b",
    re.I,
)
# Schools that are not public even though they are schools.
_PRIVATE_SCHOOL = re.compile(
    r"friskole|privatskole|efterskole|lilleskole|realskole|international school", re.I
)
_PUBLIC_DOMAINS = (
    "kk.dk", "regionh.dk", "regionsjaelland.dk", "rsyd.dk", "regionsyddanmark.dk", "rm.dk",
    "rn.dk", "aarhus.dk", "odense.dk", "aalborg.dk", "frederiksberg.dk", "gentofte.dk",
    "gladsaxe.dk", "politi.dk", "skat.dk", "borger.dk", "ft.dk", "sst.dk", "ssi.dk",
    "star.dk", "uim.dk", "sm.dk", "bm.dk", "stm.dk", "fm.dk", "um.dk", "jm.dk", "sim.dk",
    "mst.dk", "kum.dk", "uvm.dk", "ufm.dk", "em.dk", "im.dk", "oim.dk", "sum.dk",
)  # fmt: skip
_FREE_MAIL = {
    "gmail.com", "googlemail.com", "hotmail.com", "hotmail.dk", "outlook.com", "outlook.dk",
    "live.dk", "live.com", "msn.com", "yahoo.com", "yahoo.dk", "icloud.com", "me.com",
    "mac.com", "mail.dk", "jubii.dk", "ofir.dk", "get2net.dk", "stofanet.dk", "youmail.dk",
    "webspeed.dk", "privat.dk", "protonmail.com", "proton.me", "gmx.com", "gmx.net",
    "aol.com", "mail.com", "c.dk", "tdcadsl.dk", "post.tele.dk", "email.dk",
}  # fmt: skip
_LEGAL_SUFFIX = re.compile(
    r"\b(?:a/s|aps|i/s|k/s|p/s|ivs|smba|s\.m\.b\.a|amba|a\.m\.b\.a|f\.m\.b\.a|fmba|"
    r"as|a\.s|ltd|gmbh|inc)\.?$",
    re.I,
)
_ORG_WORDS = re.compile(
    r"forening|selskab|center|centre|centret|råd\b|rådet|fond|institut|universitet|skole|"
    r"organisation|netværk|forum|klub|kirke|menighed|udvalg|sekretariat|partnerskab|"
    r"helhedsplan|bibliotek|gymnasium|børnehave|vuggestue|fritidshjem|klub|boligselskab|"
    r"boligforening|afdeling|landsforening|dansk|danske|danmark|kommune|region|styrelse|"
    r"ministeri|a/s|aps|\bi/s|hospital|akademi|sammenslutning|union|forbund|fællesskab|"
    r"projekt|initiativ|bestyrelse|lokaludvalg|team|gruppe|huset|hus\b|fsb|kab\b|venner|laug|"
    r"beboer|museum|teater|spejder|idræt|kollegi|\bif\b|\bfc\b|\bbk\b",
    re.I,
)


def _domain(email: str) -> str:
    return email.rpartition("@")[2].lower().strip(".") if "@" in email else ""


def _is_public_domain(domain: str) -> bool:
    if not domain:
        return False
    if domain.endswith("kommune.dk") or domain.endswith(".gov") or ".gov." in f".{domain}.":
        return True
    if domain.endswith((".gouv.fr", ".europa.eu", ".gv.at", ".admin.ch")):
        return True
    return any(domain == d or domain.endswith("." + d) for d in _PUBLIC_DOMAINS)


def classify_kind(organisation: str, email: str) -> PartyKind:
    """Public authority, organisation or private person, from the name and e-mail domain."""
    org = (organisation or "").strip()
    domain = _domain(email or "")
    if org and _AUTHORITY_WORDS.search(org) and not _PRIVATE_SCHOOL.search(org):
        return PartyKind.AUTHORITY
    if _is_public_domain(domain):
        return PartyKind.AUTHORITY
    if not org:
        return PartyKind.PRIVATE
    return PartyKind.ORGANISATION


def normalise_org_name(name: str) -> str:
    """A key for merging the same organisation across responses.

    Case-folded, "&" as "og", contact parts ("v. Anne Holm", "v/ …") and legal suffixes
    (A/S, ApS, I/S, …) dropped, punctuation removed, whitespace collapsed.
    """
    text = unicodedata.normalize("NFKC", name or "").casefold()
    text = _CONTACT_SPLIT.split(text, maxsplit=1)[0]
    text = text.replace("&", " og ")
    text = text.strip(" .,;:-–—")
    for _ in range(2):
        text = _LEGAL_SUFFIX.sub("", text.rstrip(" .,;:-–—()")).strip()
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _is_contact_line(line: str) -> bool:
    stripped = _EMAIL.sub("", _PHONE.sub("", line))
    stripped = _LABELS.sub("", stripped).strip(" ,;:-–—()")
    return (
        not stripped
        or bool(_CONTACT_LINE.match(line))
        or bool(_POSTCODE_LINE.match(line))
        or bool(_STREET_LINE.match(line))
    )


def _looks_like_person(text: str) -> bool:
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or _ORG_WORDS.search(text):
        return False
    return all(_NAME_TOKEN.match(t) for t in tokens)


def _groups(text: str) -> list[list[str]]:
    """Lines grouped per party: contact-only lines join the party above them."""
    groups: list[list[str]] = []
    blank = True
    for raw in text.replace("\r", "\n").split("\n"):
        line = " ".join(raw.split())[:MAX_LINE].lstrip("•·-–*▪ ").strip()
        if not line:
            blank = True
            continue
        joins = groups and not blank
        if joins and (
            _is_contact_line(line) or (_wants_contact_name(groups[-1]) and _looks_like_person(line))
        ):
            groups[-1].append(line)
        else:
            groups.append([line])
        blank = False
    return groups


def _wants_contact_name(group: list[str]) -> bool:
    return len(group) == 1 and not _EMAIL.search(group[0]) and not _looks_like_person(group[0])


def _clean(text: str) -> str:
    text = _LABELS.sub(" ", text)
    text = re.sub(r"[<>()\[\]]", " ", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip(" ,;:-–—/.")


def _party(lines: list[str]) -> PartyCandidate | None:
    joined = "\n".join(lines)
    emails = _EMAIL.findall(joined)
    phones = _PHONE.findall(joined)
    email = emails[0] if emails else ""
    phone = re.sub(r"\s+", " ", phones[0]).strip() if phones else ""
    first, rest = lines[0], lines[1:]
    first_clean = _EMAIL.sub(" ", _PHONE.sub(" ", first))
    if "mailto:" in first_clean:
        first_clean = re.sub(r"mailto:\S*", " ", first_clean)
    parts = _CONTACT_SPLIT.split(first_clean, maxsplit=1)
    organisation = _clean(parts[0])
    contact = _clean(parts[1]) if len(parts) > 1 else ""
    contact = re.split(r"\s*[,;]\s*", contact)[0] if contact else ""
    contact = re.sub(r"^(?:" + _ROLE + r")\b\.?:?\s+", "", contact, flags=re.I)
    for line in rest if not contact else []:
        line = _CONTACT_PREFIX.sub("", _EMAIL.sub(" ", _PHONE.sub(" ", line)))
        candidate = re.split(r"\s*[,;]\s*", _clean(line))[0]
        if _looks_like_person(candidate):
            contact = candidate
            break
    if organisation and not contact and _looks_like_person(organisation):
        organisation, contact = "", organisation  # a private person: a bare name
    if not (organisation or contact or email or phone):
        return None
    return PartyCandidate(organisation, contact, email, phone, classify_kind(organisation, email))


def parse_sender_cell(text: str) -> list[PartyCandidate]:
    """The parties in an Afsender cell, one per paragraph (contact lines join their party).

    "Steno Diabetes Center v. Anne Holm anne.holm@example.dk" → organisation "Steno Diabetes
    Center", contact "Anne Holm", e-mail "anne.holm@example.dk".
    """
    parties: list[PartyCandidate] = []
    for group in _groups((text or "")[:MAX_CELL]):
        found = _party(group)
        if found is not None:
            parties.append(found)
    return parties


FREE_MAIL = {
    "gmail.com",
    "hotmail.com",
    "hotmail.dk",
    "outlook.com",
    "outlook.dk",
    "live.dk",
    "live.com",
    "yahoo.com",
    "yahoo.dk",
    "icloud.com",
    "me.com",
    "mail.dk",
    "jubii.dk",
    "msn.com",
    "protonmail.com",
    "proton.me",
    "stofanet.dk",
    "youmail.dk",
    "webspeed.dk",
}


PERSON_NAME = re.compile(
    r"^[A-ZÆØÅÉÜÖÄ][a-zæøåéüöäëï'-]+(?:\s+(?:[A-ZÆØÅÉÜÖÄ][a-zæøåéüöäëï'-]+|[A-ZÆØÅ]\.)){1,3}$"
)
ORG_WORDS = re.compile(
    r"råd|forening|forbund|selskab|center|centre|skole|kommune|region|"
    r"udvalg|bestyrelse|netværk|fond|klub|gruppe|a/s|aps|kirke",
    re.I,
)


def looks_like_person(name: str) -> bool:
    """'Anne Holm' yes; 'Handicaprådet' or 'Boligselskabet Havbo' no."""
    name = " ".join(name.split())
    return bool(PERSON_NAME.match(name)) and not ORG_WORDS.search(name)


def header_candidate(address: Address) -> PartyCandidate:
    """A party from an e-mail header alone: a person, or an organisation by its name."""
    domain = email_domain(address.email)
    name = address.name.strip().strip('"')
    if domain in FREE_MAIL or (not domain and looks_like_person(name)):
        return PartyCandidate("", name, address.email, "", PartyKind.PRIVATE)
    if name and not looks_like_person(name):
        return PartyCandidate(name, "", address.email, "", classify_kind(name, address.email))
    kind = classify_kind("", address.email)
    if kind is PartyKind.PRIVATE and domain and domain not in FREE_MAIL:
        kind = PartyKind.ORGANISATION
    return PartyCandidate("", name, address.email, "", kind)


def email_domain(email: str) -> str:
    return email.rsplit("@", 1)[1].lower() if "@" in email else ""


def match_key(candidate: PartyCandidate) -> str:
    if candidate.kind is not PartyKind.PRIVATE and candidate.organisation:
        return "org:" + normalise_org_name(candidate.organisation)
    if candidate.email:
        return "email:" + candidate.email.lower()
    return "name:" + " ".join(candidate.contact_name.casefold().split())


def joins_by_domain(candidate: PartyCandidate) -> str:
    """The domain by which a sender known only by an organisation's address joins that
    organisation ("" when the candidate does not join by domain)."""
    domain = email_domain(candidate.email)
    if (
        not candidate.organisation
        and candidate.kind is not PartyKind.PRIVATE
        and domain
        and domain not in FREE_MAIL
    ):
        return domain
    return ""


# --- intake/prepare.py: _party_links ---

def party_links(parsed: ParsedResponse, reply_addresses: frozenset[str]) -> list[tuple[PartyCandidate, PartyRole, str, str]]:
    sender = parsed.sender if parsed.sender and not (parsed.sender.email and parsed.sender.email.lower() in reply_addresses) else None
    candidates = [
        c
        for part in parsed.parts
        if part.kind is PartKind.TEMPLATE_ROW and is_sender_row(part.label)
        for c in parse_sender_cell(part.text)
        if not (c.email and c.email.lower() in reply_addresses)
    ]
    links: list[tuple[PartyCandidate, PartyRole]] = [
        (c, PartyRole.SENDER if i == 0 else PartyRole.CO_SIGNER) for i, c in enumerate(candidates)
    ]
    if sender is not None:
        emails = {c.email.lower() for c in candidates if c.email}
        if sender.email.lower() not in emails:
            header = header_candidate(sender)
            links.append((header, PartyRole.CONTACT if candidates else PartyRole.SENDER))
    forwarder = parsed.forwarded_by
    if forwarder and forwarder.email and forwarder != sender:
        links.append(
            (
                PartyCandidate("", forwarder.name, forwarder.email, "", PartyKind.AUTHORITY),
                PartyRole.FORWARDER,
            )
        )
    return [(c, role, match_key(c), joins_by_domain(c)) for c, role in links]


# --- services/party_matching.py: find_or_create, with a dict for the store ---

@dataclass
class LegacyParty:
    id: int
    kind: PartyKind
    organisation: str
    contact_name: str
    email: str
    phone: str


class LegacyStore:
    """The consultation's parties as the old find_or_create kept them."""

    def __init__(self) -> None:
        self.parties: list[LegacyParty] = []
        self.by_key: dict[str, LegacyParty] = {}

    def find_or_create(self, candidate: PartyCandidate, key: str, domain: str) -> LegacyParty:
        found = self.by_key.get(key)
        if found is None and domain:
            found = next(
                (p for p in self.parties if p.kind is not PartyKind.PRIVATE and p.email.lower().endswith("@" + domain)),
                None,
            )
        if found is None:
            found = LegacyParty(len(self.parties) + 1, candidate.kind, candidate.organisation,
                                candidate.contact_name, candidate.email, candidate.phone)
            self.parties.append(found)
            self.by_key[key] = found
            return found
        for name in ("organisation", "contact_name", "email", "phone"):
            if not getattr(found, name) and getattr(candidate, name):
                setattr(found, name, getattr(candidate, name))
        return found

    def register(self, parsed: ParsedResponse, reply_addresses: frozenset[str]) -> list[tuple[LegacyParty, PartyRole]]:
        out: list[tuple[LegacyParty, PartyRole]] = []
        for candidate, role, key, domain in party_links(parsed, reply_addresses):
            party = self.find_or_create(candidate, key, domain)
            if (party, role) not in out:
                out.append((party, role))
        return out
