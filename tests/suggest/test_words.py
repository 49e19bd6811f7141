"""The stemmer in use (PyStemmer's C Snowball, through snowballstemmer) gives the stems of
Snowball's reference Danish stemmer, on the words the suggestions match on."""

from __future__ import annotations

import sys
from importlib import resources

from snowballstemmer.danish_stemmer import DanishStemmer

from hoeringsdesk.suggest import words

SAMPLE = """
    indsatsen indsatser indsatserne boligområdet boligområderne sprogundervisningen
    foreningerne foreningernes børnehaverne medborgerskab medborgerskabet integrationsrådet
    beskæftigelsesindsatsen fritidsjob fritidsjobbet ungdomsuddannelserne frivillige frivilliges
    kulturhuset kulturhusenes forældresamarbejdet tosprogede tosprogedes mødested mødesteder
    Æblehaven øvrige åbningstiderne sundhedsplejerskerne
"""


def test_the_stems_are_snowballs_danish_stems() -> None:
    reference = DanishStemmer()
    names = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text("utf-8")
    sample = set(SAMPLE.split()) | words.STOP_WORDS | set(words.GENERIC_TAILS)
    sample |= {w.casefold() for w in words.WORD.findall(names[:1_000_000])}
    assert len(sample) > 3000
    differ = [w for w in sorted(sample) if words.stem(w) != reference.stemWord(w)]
    assert differ == []
    assert words.stem("indsatsen") == "indsats"


def test_the_c_stemmers_are_used() -> None:
    """With PyStemmer installed, snowballstemmer does not load its pure-Python languages
    (about 0.6 s of every parse worker's start-up)."""
    import snowballstemmer

    assert "Stemmer" in sys.modules
    assert snowballstemmer.stemmer is sys.modules["Stemmer"].Stemmer
