"""Danish words for matching: tokens, Snowball stems (cached), stop words, compound parts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import snowballstemmer

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_PART = 3  # a compound's parts are at least this long ("job", "bolig")
MAX_WORD = 40  # longer "words" are noise (URLs, runs of letters)
ENDINGS = ("erne", "ene", "ens", "ets", "en", "et", "er", "e", "s")  # inflections Snowball
# stems unevenly ("indsats" → "indsat", "indsatsen" → "indsats")

# Snowball's Danish stop list, the proposal cues and words every consultation uses.
_STOP_TEXT = """
    og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om
    vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv
    her alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle denne end
    dette mit også under have dig anden hende mine alt meget sit sine vor mod disse hvis din
    nogle hos blive mange ad bliver hendes været thi jer sådan bør burde foreslår foreslå
    foreslag anbefaler anbefale anbefales opfordrer opfordre savner ønsker ønske mener synes
    gerne kan kunne må både samt fx f.eks bl.a eks via ved mere mest flere andre anden andet
    hver helt godt gode god rigtig vigtigt vigtig særligt særlig især derfor dermed desuden
    således samtidig fortsat gennem uden altid aldrig nok endnu netop kommune kommunen
    kommunens kommunes politik politikken politikkens udkast udkastet høring høringen
    høringssvar høringssvaret forslag forslaget bemærkning bemærkninger afsnit afsnittet
    afsnittets kapitel kapitlet punkt punktet så samme brug får få fik giver give gør gøre
    kommer komme går gå står stå ligger ligge mellem uanset lige hele helt ny nye nyt store
    stor stort små lille år dag dage tid måde rigtig bare blot kun lidt lang langt længe
    længere ofte tit hvordan hvorfor hvem hvilke hvilken hvornår første anden tredje sidste
    næste mange fleste nogen ingen intet alle følgende vores jeres hænger sammen spiller idé
    bede forhold forholder fokus prioritere prioriteret højere langt lave gøre tage sætte sat
    opleve oplever fortæller hører synes tror ved vide ser se sige siger skrive skrevet læst
    læse interesse tak takke takker
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())

# Second parts so common in a draft's headings that the first part is a topic of its own:
# "omsorgsområdet" is about "omsorg", "sprogindsatsen" about "sprog".
GENERIC_TAILS = frozenset(
    [
        "området",
        "område",
        "områder",
        "områderne",
        "indsatsen",
        "indsats",
        "indsatser",
        "indsatserne",
        "politik",
        "politikken",
        "planen",
        "plan",
        "arbejdet",
        "arbejde",
        "tilbud",
        "tilbuddet",
        "tilbuddene",
    ]
)

_STEMMER = snowballstemmer.stemmer("danish")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball stem of a lower-case word (cached: Danish text repeats its words)."""
    return str(_STEMMER.stemWord(word))


def words(text: str) -> list[str]:
    """The lower-case words of a text, in order (numbers and punctuation left out)."""
    return [w for w in WORD.findall(text.lower()) if len(w) <= MAX_WORD]


def content_words(text: str) -> list[str]:
    """The words that carry meaning: no stop words, none shorter than two letters."""
    return [w for w in words(text) if len(w) > 1 and w not in STOP_WORDS]


class Vocabulary:
    """Known words (of the draft) that compounds in a passage are split into.

    "beskæftigelsesindsatsen" → "beskæftigelse" + "indsatsen" when both are known, so a
    passage meets a heading it shares only compound parts with.
    """

    def __init__(self, known: Iterable[str] = ()) -> None:
        self.words: set[str] = set()
        self.stems: set[str] = set()
        self._parts: dict[str, tuple[str, ...]] = {}
        self._terms: dict[str, tuple[str, ...]] = {}  # any word → its terms (none for stop words)
        for w in known:
            self.add(w)

    def add(self, word: str) -> None:
        if word in STOP_WORDS or len(word) < MIN_PART:
            return
        self.words.add(word)
        self.stems.add(stem(word))
        self._parts.clear()
        self._terms.clear()

    def known(self, word: str) -> str | None:
        """The stem of a word the vocabulary knows, inflected or not; None if unknown."""
        own = stem(word)
        if own in self.stems:
            return own
        for ending in ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= MIN_PART:
                base = stem(word[: -len(ending)])
                if base in self.stems:
                    return base
        return None

    def _head_stem(self, head: str) -> str | None:
        """The stem of a compound's first part when it is known, else None."""
        if head in self.words:
            return stem(head)
        # linking letters: "beskæftigelse-s-", "barn-e-", "sundhed-s-"
        if len(head) > MIN_PART and head[-1] in "se" and head[:-1] in self.words:
            return stem(head[:-1])
        return self.known(head) if len(head) > MIN_PART else None

    def parts(self, word: str) -> tuple[str, ...]:
        """The stems a word stands for: its own, plus its compound parts' when known."""
        found = self._parts.get(word)
        if found is not None:
            return found
        own = self.known(word) or stem(word)
        out: tuple[str, ...] = (own,)
        if len(word) >= 2 * MIN_PART + 1:
            split = self._split(word, loose=False) or self._split(word, loose=True)
            if split:
                out = tuple(dict.fromkeys((own, *split)))
        if len(self._parts) < 200_000:
            self._parts[word] = out
        return out

    def _split(self, word: str, loose: bool) -> tuple[str, str] | None:
        """(head stem, tail stem) of a compound whose parts are known; ``loose`` also takes an
        unknown head before a generic tail ("omsorg|sområdet")."""
        for i in range(len(word) - MIN_PART, MIN_PART - 1, -1):
            head, tail = word[:i], word[i:]
            if tail in STOP_WORDS:
                continue
            generic = tail in GENERIC_TAILS
            tail_stem = self.known(tail) or (stem(tail) if generic else None)
            if tail_stem is None:
                continue
            head_stem = self._head_stem(head)
            if head_stem is None and loose and generic and len(head) > MIN_PART:
                head_stem = stem(head[:-1] if head[-1] in "se" else head)
            if head_stem is not None:
                return head_stem, tail_stem
        return None

    def terms(self, text: str) -> list[str]:
        """The stems of a text's content words, compounds split, in order."""
        out: list[str] = []
        cache = self._terms
        for w in WORD.findall(text.lower()):
            found = cache.get(w)
            if found is None:
                keep = 1 < len(w) <= MAX_WORD and w not in STOP_WORDS
                found = self.parts(w) if keep else ()
                if len(cache) < 200_000:
                    cache[w] = found
            out.extend(found)
        return out
