"""The default one-line summary of a passage: the sentence that carries its proposal."""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9\"»«(])")
# A proposal said outright ("Vi foreslår …", "Kommunen bør …") …
STRONG_CUE = re.compile(
    r"\b(?:bør|burde|foreslår|foreslås|foreslå|anbefaler|anbefales|anbefale|opfordrer|"
    r"opfordre|savner|beder|kræver|ønsker|ønske|vil gerne|håber|mangler|efterlyser|"
    r"opfordring|forslag)\b",
    re.IGNORECASE,
)
# … or in words that often, not always, carry one ("der skal være …", "hvorfor kan man ikke").
WEAK_CUE = re.compile(
    r"\b(?:skal|skulle|må|mener|vigtigt|nødvendigt|hvorfor|sikre|sikres|styrke|styrkes)\b",
    re.IGNORECASE,
)
# Sentences that only frame the response: thanks, greetings, "I have read the draft".
FILLER = re.compile(
    r"^(?:\W*)(?:tak\b|mange tak|vi takker|jeg takker|vi vil gerne takke|jeg vil gerne takke|"
    r"hej\b|kære\b|til\b|goddag|hermed\b|vedhæftet|se vedhæftede|jeg har læst|vi har læst|"
    r"jeg har gennemlæst|vi har gennemlæst|med venlig hilsen|venlig hilsen|mvh\b)",
    re.IGNORECASE,
)


def sentences(text: str) -> list[str]:
    """The sentences of a text, whitespace flattened and bullets dropped."""
    flat = " ".join(text.replace("•", " ").split()).strip(" -–—•*")
    return [s for s in SENTENCE_END.split(flat) if s] if flat else []


def is_filler(sentence: str) -> bool:
    return bool(FILLER.match(sentence))


def proposal_sentence(text: str) -> str:
    """The sentence that carries the proposal: the first with a clear cue ("bør", "foreslår",
    "anbefaler", …), else the first with a weaker one ("skal"), else the first that is not
    thanks or a greeting, else the first."""
    found = sentences(text)
    if not found:
        return ""
    plain = [s for s in found if not is_filler(s)] or found
    for cue in (STRONG_CUE, WEAK_CUE):
        for sentence in plain:
            if cue.search(sentence):
                return sentence
    return plain[0]


def default_summary(text: str, limit: int = 160) -> str:
    """A one-line summary (editable by the officer): the proposal sentence, shortened at a
    word boundary."""
    sentence = proposal_sentence(text)
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"
