"""Is a piece of text a person's name or an organisation's? Names split and normalised."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from hoeringsdesk.intake.senders import lexicon as lx

_TOKEN_SPLIT = re.compile(r"\s+")
_INITIAL = re.compile(r"^(?:[A-ZÆØÅÄÖÜÉ]\.){1,3}$|^[A-ZÆØÅÄÖÜÉ]\.?-[A-ZÆØÅÄÖÜÉ]\.$")
_ACRONYM = re.compile(r"^(?=[0-9]?[A-ZÆØÅ])[A-ZÆØÅ0-9]{2,6}s?$")  # "FOA", "3F"


@lru_cache(maxsize=8192)
def tidy(text: str) -> str:
    """Whitespace collapsed, stray punctuation at the ends removed."""
    text = unicodedata.normalize("NFC", text or "").replace("\xa0", " ")
    return re.sub(r"\s+", " ", text).strip(" ,;:/–—-*•·\"'«»“”()[]")


def _name_piece(piece: str) -> bool:
    """One part of a hyphenated or plain name word: 'Bøgh', 'Nielsen', "O'Connor", 'al'."""
    if not piece:
        return False
    if piece.casefold() in lx.PARTICLES:
        return True
    first, rest = piece[0], piece[1:]
    if not (first.isalpha() and first.isupper()):
        return False
    letters = rest.replace("'", "").replace("’", "")
    if not letters:
        return False
    if not letters.isalpha():
        return False
    return not (letters.isupper() and len(letters) > 1)  # "NGUYEN" is shouting, not a name


@lru_cache(maxsize=8192)
def is_name_token(token: str) -> bool:
    """A word of a person's name: capitalised (hyphens and apostrophes allowed), an initial,
    or a particle (von, van, al, bin …)."""
    if _INITIAL.match(token):
        return True
    if token.casefold() in lx.PARTICLES:
        return True
    pieces = token.split("-")
    return all(_name_piece(p) for p in pieces)


@lru_cache(maxsize=8192)
def org_word(token: str) -> bool:
    """A word that names an organisation on its own or ends a compound that does."""
    folded = token.casefold().strip(".,;:()'’\"")
    if folded.endswith(("'s", "’s")):
        folded = folded[:-2]
    if folded in lx.ORG_NOUNS:
        return True
    if len(folded) > 6 and folded.endswith(lx.ORG_COMPOUND_END):
        end = next(e for e in lx.ORG_COMPOUND_END if folded.endswith(e))
        return len(folded) - len(end) >= 3
    return False


def _first_name_and_noun(tokens: list[str]) -> bool:
    """'Lise Bank', 'Peter Kirke', 'Anna Skole': a known first name and one plain noun that
    Danes also have as a surname — a person's name as much as an organisation's, so its
    words decide nothing (the lines around it do)."""
    if len(tokens) != 2 or not all(t[:1].isupper() and t[1:].islower() for t in tokens):
        return False
    first, noun = (t.casefold() for t in tokens)
    return noun in lx.SURNAME_NOUNS and first not in lx.ORG_FIRST_WORDS and lx.is_first_name(first)


@lru_cache(maxsize=8192)
def has_org_words(text: str) -> bool:
    tokens = [t for t in _TOKEN_SPLIT.split(tidy(text)) if t]
    if _first_name_and_noun(tokens):
        return False
    if any(org_word(t) for t in tokens):
        return True
    if len(tokens) > 1 and tokens[0].casefold() in lx.ORG_FIRST_WORDS:
        return True
    if lx.LEGAL_SUFFIX.search(text) or lx.COMPANY.search(text):
        return True
    return bool(lx.AUTHORITY.search(text))


@lru_cache(maxsize=8192)
def has_acronym(text: str) -> bool:
    return any(_ACRONYM.match(t) and t.casefold() not in lx.PARTICLES for t in text.split())


@lru_cache(maxsize=8192)
def person_score(text: str) -> int:
    """How much ``text`` looks like a person's name: 0 not at all, 1 by its shape, 2 with a
    known first name. 'Karen Blixen Museet' is 0 (an organisation word), 'Mette Skovhus' 2."""
    text = tidy(text)
    tokens = [t for t in _TOKEN_SPLIT.split(text) if t]
    if not 1 <= len(tokens) <= 6:
        return 0
    if any(ch.isdigit() for ch in text) or "@" in text or "&" in text or "/" in text:
        return 0
    if has_org_words(text) or has_acronym(text):
        return 0
    words = [t.strip(".,") for t in tokens]
    inner = {i for i in range(1, len(words) - 1) if words[i].casefold() in lx.PARTICLES}
    if any(w.casefold() in lx.STOPWORDS for i, w in enumerate(words) if i not in inner):
        return 0
    if any(is_role(w) for w in words):
        return 0
    if not all(is_name_token(w) for w in words):
        return 0
    core = [w for w in words if w.casefold() not in lx.PARTICLES and not _INITIAL.match(w)]
    if not core:
        return 0
    if words[0].casefold() in lx.PARTICLES and len(words) < 3 and not lx.is_first_name(words[0]):
        return 0
    known = lx.is_first_name(core[0]) and not _first_name_and_noun(words)
    if len(core) == 1:
        initials = words[0] == core[0] and all(_INITIAL.match(w) for w in words[1:])
        return 2 if known and (len(words) == 1 or initials) else 0  # 'Søren', 'Søren M.
    return 2 if known else 1


def looks_like_person(text: str, strict: bool = False) -> bool:
    """A person's name (2+ words; with ``strict`` its first word must be a known first name)."""
    score = person_score(text)
    words = tidy(text).split()
    if len(words) < 2:
        return False
    return score >= (2 if strict else 1)


def is_first_name_only(text: str) -> bool:
    words = tidy(text).split()
    return len(words) == 1 and person_score(text) == 2


@lru_cache(maxsize=8192)
def looks_like_organisation(text: str) -> bool:
    """An organisation's name: an organisation word, a legal suffix, an authority, an acronym."""
    text = tidy(text)
    if not text or len(text) > 160:
        return False
    return has_org_words(text) or has_acronym(text)


@lru_cache(maxsize=8192)
def is_role(word_or_phrase: str) -> bool:
    """'formand', 'Daglig leder', 'klubleder', 'Projektkoordinator' …"""
    words = tidy(word_or_phrase).casefold().split()
    if not words:
        return False
    first = words[0].strip(".,")
    if words[0] in lx.ROLE_QUALIFIERS or first in lx.ROLE_QUALIFIERS:
        return len(words) > 1 and _role_word(words[1].strip(".,"))
    return _role_word(first)


def _role_word(first: str) -> bool:
    if first in lx.ROLES:
        return True
    return len(first) > 5 and first.endswith(lx.ROLE_ENDINGS)


@lru_cache(maxsize=8192)
def role_split(text: str) -> tuple[str, str]:
    """A name followed by a role without a comma: 'Anders Brink klubleder' → ('Anders Brink',
    'klubleder'); a role before the name: 'formand Amina Yusuf' → ('Amina Yusuf', 'formand')."""
    words = tidy(text).split()
    for cut in range(len(words) - 1, 0, -1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if is_role(tail) and person_score(head) and (tail[:1].islower() or _known(head)):
            return head, tail  # 'Anders Brink klubleder', 'Søren Mikkelsen Formand'
    for cut in range(min(4, len(words) - 1), 1, -1):
        head, rest = " ".join(words[:cut]), words[cut:]
        if _known(head) and len(rest) <= 5 and _described(rest):
            return head, " ".join(rest)  # 'Søren Mikkelsen medlem af bestyrelsen'
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        lead = words[:cut]
        if (
            is_role(head)
            and all(
                is_role(w)
                or w.casefold() in ("og", "i", "for")
                or w.casefold() in lx.ROLE_QUALIFIERS
                for w in lead
            )
        ) and (person_score(tail) and looks_like_person(tail)):
            return tail, head
    return tidy(text), ""


def _known(name: str) -> bool:
    """A person's name by a known first name, no organisation word in it."""
    return looks_like_person(name, strict=True)


def _described(words: list[str]) -> bool:
    """'medlem af bestyrelsen', 'koordinerende sygeplejerske': words in small letters after a
    name say what the person is, never name an organisation."""
    return len(words[0]) >= 4 and all(w.isalpha() and w.islower() for w in words)


def split_name(name: str) -> tuple[str, str]:
    """(first name, surname): 'Anne-Sofie Bøgh-Nielsen' → ('Anne-Sofie', 'Bøgh-Nielsen');
    'Pieter van der Berg' → ('Pieter', 'van der Berg'); 'Holm, Anne' → ('Anne', 'Holm')."""
    name = tidy(name)
    if "," in name:
        last, _, first = name.partition(",")
        return tidy(first), tidy(last)
    words = name.split()
    if len(words) < 2:
        return name, ""
    at = len(words) - 1
    while at > 1 and words[at - 1].casefold() in lx.PARTICLES:
        at -= 1
    return words[0], " ".join(words[at:])


def proper_case(name: str) -> str:
    """'ANNE HOLM' → 'Anne Holm' (a name typed in capitals); other names stay as written."""
    if name.isupper() and len(name) > 3:
        return "-".join(
            " ".join(w.capitalize() for w in part.split(" ")) for part in name.split("-")
        )
    return name


def name_key(name: str) -> str:
    """A person's name for comparing: case, accents on Latin letters and spacing ignored."""
    text = unicodedata.normalize("NFKD", tidy(name).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("-", " ").replace(".", " ")
    return " ".join(text.split())


def same_person_name(a: str, b: str) -> bool:
    """'Anne Holm' and 'Anne M. Holm' or 'ANNE HOLM' are the same name; 'Anne' (a first
    name alone) matches 'Anne Holm'."""
    ka, kb = name_key(a).split(), name_key(b).split()
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if len(ka) == 1 or len(kb) == 1:
        return ka[0] == kb[0]
    first_a, first_b = (name_key(tidy(x).split()[0]) for x in (a, b))
    if "-" in tidy(a).split()[0] + tidy(b).split()[0] and first_a != first_b:
        return False  # "Kirsten Holm" and "Kirsten-Marie Holm" are two people
    core_a = [w for w in ka if len(w) > 1]
    core_b = [w for w in kb if len(w) > 1]
    return core_a[0] == core_b[0] and core_a[-1] == core_b[-1]


def email_matches_name(email: str, name: str) -> bool:
    """'anne.holm@…', 'aholm@…', 'anneh@…' fit 'Anne Holm'."""
    local = re.sub(r"[^a-z]", "", _ascii(email.partition("@")[0].casefold()))
    words = [re.sub(r"[^a-z]", "", _ascii(w)) for w in name_key(name).split()]
    words = [w for w in words if w]
    if not local or not words:
        return False
    first, last = words[0], words[-1]
    if len(words) > 1 and last in local and (first in local or local.startswith(first[:1])):
        return True
    if first in local and len(first) >= 3 and (len(words) == 1 or local.startswith(first)):
        return True
    return len(words) > 1 and local in (first[:1] + last, first + last[:1], first[:2] + last[:2])


def _ascii(text: str) -> str:
    text = text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


_LEGAL_TAIL = re.compile(
    r"\b(?:a/s|aps|i/s|k/s|p/s|ivs|smba|s\.m\.b\.a|amba|a\.m\.b\.a|f\.m\.b\.a|fmba|"
    r"ltd|gmbh|inc)\.?$",
    re.I,
)


def org_key(name: str) -> str:
    """An organisation's name for matching across responses: case, '&'/'og', legal suffixes
    (A/S, ApS …), punctuation and spacing ignored."""
    text = unicodedata.normalize("NFKC", name or "").casefold()
    text = text.replace("&", " og ")
    text = text.strip(" .,;:-–—")
    for _ in range(2):
        text = _LEGAL_TAIL.sub("", text.rstrip(" .,;:-–—()")).strip()
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()
