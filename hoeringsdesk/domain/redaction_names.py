"""Names found by where they stand in a private person's text: after "Mit navn er", in the
signature after a closing phrase, after family and neighbour words ("min søn Villads")."""

from __future__ import annotations

import re
from collections.abc import Iterator

Found = tuple[int, int, str]

INTRODUCED = "navn (præsentation)"
SIGNATURE = "navn (underskrift)"
RELATIVE = "navn (familie/nabo)"

_U = "A-ZÆØÅÄÖÜÉ"
_L = "a-zæøåäöüéèá"
_NAME = rf"(?:[{_U}][{_L}]+(?:-[{_U}][{_L}]+)?|[{_U}]\.)"
_PARTICLE = r"(?:von|van|de|la|le|da|af|du|der|den)"
# One to four name words ("Torkild Vindefjord", "Anne-Marie K. Holm", "Hans von Platen").
NAME_WORDS = rf"{_NAME}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME}){{0,3}}"
# Two names joined by "og"/"&" ("Villads og Ida").
NAMES = rf"{NAME_WORDS}(?:[ \t]*(?:,|og|&)[ \t]*{NAME_WORDS})*"

INTRO_RE = re.compile(
    rf"(?i:\b(?:mit navn er|jeg hedder|jeg er|undertegnede|vi hedder|vores navne er)"
    rf"|^[ \t>]*(?:afsender|navn|underskrift|indsendt af|kontaktperson)[ \t]*:)"
    rf"[ \t]*,?[ \t]*({NAMES})",
    re.M,
)
_RELATIONS = (
    r"søn|sønner|datter|døtre|mand|kone|hustru|ægtefælle|kæreste|samlever|partner|"
    r"mor|far|moder|fader|bror|broder|søster|søskende|forældre|børn|barn|barnebarn|"
    r"børnebørn|mormor|morfar|farmor|farfar|bedstemor|bedstefar|oldemor|oldefar|"
    r"svigermor|svigerfar|svigersøn|svigerdatter|onkel|moster|faster|tante|nevø|niece|"
    r"fætter|kusine|nabo|naboer|genbo|underbo|overbo|ven|veninde|venner|plejebarn|"
    r"stedsøn|steddatter|papsøn|papdatter|bonusbarn|bonussøn|bonusdatter"
)
RELATIVE_RE = re.compile(
    rf"(?i:\b(?:min|mit|mine|vores|vor|hans|hendes|vor)[ \t]+"
    rf"(?:\w+[ \t]+){{0,2}}?(?:{_RELATIONS}))(?:[ \t]*,)?[ \t]*(?:\(\d+\)[ \t]*)?({NAMES})"
    rf"|(?i:\b(?:naboen|genboen|underboen|overboen|sønnen|datteren))[ \t]*,?[ \t]*({NAMES})"
)
CLOSING_RE = re.compile(
    r"^[ \t>]*(?i:(?:med[ \t]+)?(?:(?:de[ \t]+)?(?:venlig(?:st)?|kærlig|mange|bedste|varme|"
    r"hjertelig)[ \t]+)?hils(?:en|ener|ner)|mvh\.?|vh\.?|kh\.?|bh\.?|m\.v\.h\.?|hilsner|"
    r"på forhånd tak|tak for ordet)[ \t]*[,.!]?[ \t]*(.*)$",
    re.M,
)
_NAME_LINE = re.compile(rf"^[ \t>]*({NAMES})[ \t]*[,.]?[ \t]*$")
_STOP = re.compile(
    r"^[ \t>]*(?:fra|from|sendt|sent|til|to|emne|subject|dato|date)\s*:|^-{2,}|^_{3,}", re.I
)
SIGNATURE_LINES = 6


def introduced(text: str) -> Iterator[Found]:
    """Names after "Mit navn er", "Jeg hedder", "Undertegnede", and in a form's "Afsender:"
    or "Navn:" field."""
    for m in INTRO_RE.finditer(text):
        yield m.start(1), m.end(1), INTRODUCED


def relatives(text: str) -> Iterator[Found]:
    """Names after family and neighbour words; some over-redaction is the price of no leak."""
    for m in RELATIVE_RE.finditer(text):
        group = 1 if m.group(1) else 2
        yield m.start(group), m.end(group), RELATIVE


def signatures(text: str) -> Iterator[Found]:
    """The name lines of a signature: what follows a closing phrase on its line, and the
    name-like lines under it until a blank line after content or a quoted header."""
    for m in CLOSING_RE.finditer(text):
        rest = m.group(1)
        if rest and _NAME_LINE.match(rest):
            name = _NAME_LINE.match(rest)
            assert name is not None
            yield m.start(1) + name.start(1), m.start(1) + name.end(1), SIGNATURE
        pos = m.end() + 1
        seen = 0
        for _ in range(SIGNATURE_LINES):
            if pos > len(text):
                break
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if not line.strip(" \t>"):
                if seen:
                    break
            elif _STOP.match(line):
                break
            else:
                seen += 1
                found = _NAME_LINE.match(line)
                if found:
                    yield pos + found.start(1), pos + found.end(1), SIGNATURE
            pos = end + 1
