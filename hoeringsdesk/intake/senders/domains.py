"""The one list of mail domains that say something about a sender: free mail and public."""

from __future__ import annotations

# Mail providers and ISPs whose addresses belong to private persons. The list can never be
# complete (ISP domains, company domains used privately): it is evidence for a sender's
# kind, never a reason to join two addresses. Identity is the whole address.
FREE_MAIL = frozenset(
    {
        "gmail.com", "googlemail.com", "hotmail.com", "hotmail.dk", "hotmail.co.uk",
        "outlook.com", "outlook.dk", "live.dk", "live.com", "msn.com", "yahoo.com",
        "yahoo.dk", "yahoo.co.uk", "ymail.com", "icloud.com", "me.com", "mac.com",
        "mail.dk", "jubii.dk", "ofir.dk", "get2net.dk", "stofanet.dk", "youmail.dk",
        "webspeed.dk", "privat.dk", "protonmail.com", "proton.me", "pm.me", "gmx.com",
        "gmx.net", "gmx.de", "web.de", "aol.com", "mail.com", "c.dk", "tdcadsl.dk",
        "post.tele.dk", "mail.tele.dk", "email.dk", "comxnet.dk", "city.dk", "dlgmail.dk",
        "sol.dk", "worldonline.dk", "tiscali.dk", "oncable.dk", "fibianet.dk", "mail.ru",
        "yandex.com", "yandex.ru", "libero.it", "orange.fr", "wanadoo.fr", "t-online.de",
        "seznam.cz", "wp.pl", "o2.pl", "interia.pl", "hotmail.se", "telia.com",
        "outlook.de", "hey.com", "fastmail.com", "zoho.com", "tutanota.com", "posteo.de",
        "kabelmail.dk", "mail.tdcadsl.dk", "godmail.dk",
    }
)  # fmt: skip

# Public authorities' domains (besides every *.kommune.dk and other government patterns).
PUBLIC_DOMAINS = (
    "kk.dk", "regionh.dk", "regionsjaelland.dk", "rsyd.dk", "regionsyddanmark.dk", "rm.dk",
    "rn.dk", "aarhus.dk", "odense.dk", "aalborg.dk", "frederiksberg.dk", "gentofte.dk",
    "gladsaxe.dk", "politi.dk", "skat.dk", "borger.dk", "ft.dk", "sst.dk", "ssi.dk",
    "star.dk", "uim.dk", "sm.dk", "bm.dk", "stm.dk", "fm.dk", "um.dk", "jm.dk", "sim.dk",
    "mst.dk", "kum.dk", "uvm.dk", "ufm.dk", "em.dk", "im.dk", "oim.dk", "sum.dk", "kl.dk",
    "regioner.dk", "ombudsmanden.dk", "stps.dk", "dst.dk", "atp.dk", "udbetaling.dk",
    "familieretshuset.dk", "domstol.dk", "ankestyrelsen.dk", "nyidanmark.dk", "sik.dk",
)  # fmt: skip
_PUBLIC = frozenset(PUBLIC_DOMAINS)
_PUBLIC_SUFFIXES = (".gouv.fr", ".europa.eu", ".gv.at", ".admin.ch", ".gov.uk", ".gov")

# Local parts of addresses that belong to an organisation, not to a person.
GENERIC_LOCAL = frozenset(
    {
        "info", "kontakt", "contact", "post", "mail", "sekretariat", "sekretariatet",
        "hoering", "hoeringer", "hoeringssvar", "admin", "office", "kontoret", "kontor",
        "bestyrelse", "bestyrelsen", "formand", "forening", "foreningen", "hello", "hej",
        "adm", "administration", "postmaster", "reception", "service", "kundeservice",
        "presse", "press", "kommunikation", "team", "hovedpostkasse", "postkasse", "ledelse",
        "sekr", "mailbox", "politik", "landsforeningen", "skolen", "klubben",
    }
)  # fmt: skip
NO_REPLY_LOCAL = (
    "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "mailer-daemon", "webform",
    "formular", "blanket", "system", "bounce",
)  # fmt: skip


def domain_of(email: str) -> str:
    """'Anne@Example.DK' → 'example.dk' ('' without an '@')."""
    return email.rpartition("@")[2].lower().strip(".") if "@" in email else ""


def local_of(email: str) -> str:
    return email.rpartition("@")[0].lower() if "@" in email else ""


def is_free_mail(email_or_domain: str) -> bool:
    domain = domain_of(email_or_domain) if "@" in email_or_domain else email_or_domain.lower()
    return domain in FREE_MAIL


def is_public(email_or_domain: str) -> bool:
    """A public authority's domain: *.kommune.dk, the list above, government patterns."""
    domain = domain_of(email_or_domain) if "@" in email_or_domain else email_or_domain.lower()
    if not domain:
        return False
    if domain.endswith("kommune.dk") or domain.endswith(_PUBLIC_SUFFIXES) or ".gov." in domain:
        return True
    labels = domain.split(".")
    return any(".".join(labels[i:]) in _PUBLIC for i in range(len(labels) - 1))


def is_generic(email: str) -> bool:
    """An organisation's shared address (info@, kontakt@, sekretariat@ …)."""
    local = local_of(email)
    return local in GENERIC_LOCAL or local.split(".")[0] in GENERIC_LOCAL


def is_no_reply(email: str) -> bool:
    local = local_of(email)
    return any(local.startswith(n) for n in NO_REPLY_LOCAL)
