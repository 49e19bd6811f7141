"""Invented scanned letters for tests and the OCR benchmark: Danish letters and filled-in
templates rendered to page images (slightly rotated, with noise) and image-only PDFs."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

A4_INCHES = (8.27, 11.69)
FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "C:/Windows/Fonts")
FONTS = {
    "sans": ("DejaVuSans.ttf", "arial.ttf"),
    "serif": ("DejaVuSerif.ttf", "times.ttf"),
    "bold": ("DejaVuSans-Bold.ttf", "arialbd.ttf"),
}
FIRST = (
    "Anne",
    "Bo",
    "Camilla",
    "Dorte",
    "Erik",
    "Frida",
    "Gustav",
    "Hanne",
    "Ib",
    "Jonas",
    "Karen",
    "Lars",
    "Mette",
    "Niels",
    "Ole",
    "Pia",
    "Rasmus",
    "Sofie",
    "Torben",
    "Ulla",
)
LAST = (
    "Andersen",
    "Bech",
    "Christiansen",
    "Dahl",
    "Eskildsen",
    "Frandsen",
    "Gregersen",
    "Holm",
    "Iversen",
    "Jessen",
    "Kjær",
    "Lund",
    "Møller",
    "Nørgaard",
    "Østergaard",
)
STREETS = (
    "Egevej",
    "Birkealle",
    "Skolegade",
    "Åboulevarden",
    "Møllevej",
    "Kirkestræde",
    "Havnegade",
    "Søndergade",
    "Bøgeløkken",
    "Rønnebærvej",
)
TOWNS = (
    "8000 Aarhus C",
    "5000 Odense C",
    "9000 Aalborg",
    "7100 Vejle",
    "4000 Roskilde",
    "6700 Esbjerg",
    "8800 Viborg",
    "3400 Hillerød",
)
ORGS = (
    "Foreningen Grønne Stier",
    "Beboerforeningen Søparken",
    "Ældrerådet",
    "Handicaprådet",
    "Idrætsforeningen Øst",
    "Forældrenetværket Bøgebakken",
    "Kulturhuset Pavillonen",
    "Sprogskolen Nord",
)
SECTIONS = (
    "Beskæftigelsesområdet",
    "Sundheds- og omsorgsområdet",
    "Børne- og ungdomsområdet",
    "Kultur- og fritidsområdet",
    "Boligområdet",
    "Princip E",
)
OPENINGS = (
    "Tak for muligheden for at give høringssvar til udkastet.",
    "Jeg skriver, fordi jeg har læst kommunens udkast til den nye politik.",
    "Vi har drøftet udkastet på vores seneste bestyrelsesmøde.",
    "Som borger i området vil jeg gerne kommentere på forslaget.",
)
SUBJECTS = (
    "kommunen",
    "forvaltningen",
    "jobcentret",
    "skolerne",
    "foreningerne",
    "biblioteket",
    "sundhedsplejen",
    "boligselskaberne",
    "de frivillige",
    "ungdomsskolen",
    "daginstitutionerne",
    "lokalrådet",
)
VERBS = (
    "styrker",
    "prioriterer",
    "udvikler",
    "fastholder",
    "evaluerer",
    "understøtter",
    "beskriver",
    "tydeliggør",
    "udbygger",
    "genovervejer",
)
OBJECTS = (
    "den tidlige sprogindsats",
    "samarbejdet med forældrene",
    "de lokale fællesskaber",
    "vejledningen af unge",
    "tilbuddene til ældre borgere",
    "cykelstierne langs åen",
    "åbningstiderne på biblioteket",
    "indsatsen for ensomme",
    "trafiksikkerheden",
    "adgangen til grønne områder",
    "rådgivningen om bolig og økonomi",
)
REASONS = (
    "fordi det gør en mærkbar forskel i hverdagen",
    "så flere får lige muligheder",
    "da erfaringerne fra andre byer er gode",
    "så ingen borgere bliver overset",
    "fordi behovet er vokset de seneste år",
    "så indsatsen hænger sammen på tværs af områderne",
)
CLOSINGS = ("Med venlig hilsen", "Venlig hilsen", "De bedste hilsner")  # fmt: skip


@dataclass
class Letter:
    """An invented letter: the words as written, and how it is laid out on paper."""

    text: str  # what a perfect reading gives (lines joined by newlines)
    blocks: list[tuple[str, str]]  # (style, paragraph): style "text", "bold" or "gap"
    rows: list[tuple[str, str]] = field(default_factory=list)  # a template's (label, text)
    sender: str = ""


def _sentence(rng: random.Random) -> str:
    return (
        f"Vi foreslår, at {rng.choice(SUBJECTS)} {rng.choice(VERBS)} "
        f"{rng.choice(OBJECTS)}, {rng.choice(REASONS)}."
    ).replace("Vi foreslår", rng.choice(("Vi foreslår", "Jeg foreslår", "Det er vigtigt")))


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng) for _ in range(sentences))


def _person(rng: random.Random) -> tuple[str, str]:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    address = f"{rng.choice(STREETS)} {rng.randint(1, 120)}, {rng.choice(TOWNS)}"
    return name, address


def letter(seed: int) -> Letter:
    """A free letter from a citizen: address, date, subject, paragraphs, closing, name."""
    rng = random.Random(seed)
    name, address = _person(rng)
    day = f"{rng.randint(1, 28)}. {rng.choice(('marts', 'april', 'maj'))} 2026"
    blocks = [
        ("text", f"{name}\n{address}"),
        ("gap", ""),
        ("text", day),
        ("gap", ""),
        ("bold", "Høringssvar om udkast til ny politik"),
        ("text", rng.choice(OPENINGS)),
    ]
    blocks += [("text", _paragraph(rng, rng.randint(2, 4))) for _ in range(rng.randint(2, 3))]
    blocks += [("text", rng.choice(CLOSINGS)), ("text", name)]
    return Letter(_plain(blocks), blocks, sender=name)


def template(seed: int) -> Letter:
    """The municipality's response template filled in by an organisation."""
    rng = random.Random(seed)
    name, _ = _person(rng)
    org = rng.choice(ORGS)
    email = f"{name.split()[0].lower()}@example.dk".replace("ø", "oe").replace("æ", "ae")
    rows = [
        ("Afsender (organisation og kontaktoplysninger)", f"{org} v. {name}, {email}"),
        ("Generelle bemærkninger", _paragraph(rng, rng.randint(2, 3))),
    ]
    for section in rng.sample(SECTIONS, rng.randint(1, 2)):
        rows.append((f'Forslag til ændringer i "{section}"', _paragraph(rng, rng.randint(1, 3))))
    intro = "Høringssvar vedrørende udkast til politik for integration og medborgerskab"
    blocks = [("bold", intro)]
    text = "\n".join([intro, *(f"{label}\n{body}" for label, body in rows)])
    return Letter(text, blocks, rows=rows, sender=f"{org} v. {name}")


def _plain(blocks: list[tuple[str, str]]) -> str:
    return "\n".join(t for style, t in blocks if style != "gap")


# --- rendering ---


def _font(style: str, size: int) -> Any:
    from pathlib import Path

    from PIL import ImageFont

    for folder in FONT_DIRS:
        for name in FONTS[style]:
            path = Path(folder) / name
            if path.is_file():
                return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)


def _wrap(text: str, font: Any, width: float) -> list[str]:
    out: list[str] = []
    for raw in text.split("\n"):
        line = ""
        for word in raw.split():
            trial = f"{line} {word}".strip()
            if line and font.getlength(trial) > width:
                out.append(line)
                line = word
            else:
                line = trial
        out.append(line)
    return out


def render(doc: Letter, dpi: int = 300, *, seed: int = 0, noise: bool = False) -> list[Any]:
    """The letter on A4 pages as greyscale Pillow images at ``dpi``."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    width, height = (round(side * dpi) for side in A4_INCHES)
    margin = round(0.9 * dpi)
    size = round(11 * dpi / 72)
    fonts = {"text": _font(rng.choice(("sans", "serif")), size), "bold": _font("bold", size)}
    pages = [Image.new("L", (width, height), 255)]
    draw = ImageDraw.Draw(pages[0])
    y = margin
    step = round(size * 1.45)

    def need(lines: int) -> None:
        nonlocal y, draw
        if y + lines * step > height - margin:
            pages.append(Image.new("L", (width, height), 255))
            draw = ImageDraw.Draw(pages[-1])
            y = margin

    for style, text in doc.blocks:
        if style == "gap":
            y += step
            continue
        for line in _wrap(text, fonts[style], width - 2 * margin):
            need(1)
            draw.text((margin, y), line, font=fonts[style], fill=20)
            y += step
        y += step // 2
    if doc.rows:
        label_w = round((width - 2 * margin) * 0.34)
        pad = round(0.08 * dpi)
        longest = max(w for label, _ in doc.rows for w in label.split())
        label_size = size
        while _font("bold", label_size).getlength(longest) > label_w - 3 * pad:
            label_size -= 1  # like a narrow table cell with the label in a smaller font
        fonts["label"] = _font("bold", label_size)
        y += step
        for label, body in doc.rows:
            left = _wrap(label, fonts["label"], label_w - 2 * pad)
            right = _wrap(body, fonts["text"], width - 2 * margin - label_w - 2 * pad)
            rows = max(len(left), len(right))
            need(rows + 1)
            top = y
            for i in range(rows):
                if i < len(left):
                    draw.text((margin + pad, y + pad), left[i], font=fonts["label"], fill=20)
                if i < len(right):
                    x = margin + label_w + pad
                    draw.text((x, y + pad), right[i], font=fonts["text"], fill=20)
                y += step
            y += 2 * pad
            line_w = max(1, dpi // 150)
            draw.rectangle((margin, top, width - margin, y), outline=60, width=line_w)
            draw.line((margin + label_w, top, margin + label_w, y), fill=60, width=line_w)
    return [_scanned(page, rng, dpi, noise) for page in pages]


def _scanned(page: Any, rng: random.Random, dpi: int, noise: bool) -> Any:
    """What a scanner makes of the page: slightly turned, grey paper, specks and blur."""
    from PIL import Image, ImageFilter

    angle = rng.uniform(-1.2, 1.2) * (1 if noise else 0.5)
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255, expand=False)
    if noise:
        grain = Image.effect_noise(page.size, 60)
        page = Image.blend(page, grain, 0.12)
        pixels = page.load()
        for _ in range(page.width * page.height // 4000):  # dust
            x, y = rng.randrange(page.width), rng.randrange(page.height)
            pixels[x, y] = rng.randrange(0, 90)
        page = page.filter(ImageFilter.GaussianBlur(radius=0.5 * dpi / 150))
    return page


def encode(pages: list[Any], kind: str, dpi: int = 300) -> bytes:
    """The pages as a file: "png"/"jpeg" (first page), "tiff" (every page) or "pdf" (an
    image-only PDF, every page)."""
    out = io.BytesIO()
    first, rest = pages[0], pages[1:]
    if kind == "png":
        first.save(out, "PNG", dpi=(dpi, dpi))
    elif kind == "jpeg":
        first.save(out, "JPEG", quality=85, dpi=(dpi, dpi))
    elif kind == "tiff":
        first.save(out, "TIFF", save_all=True, append_images=rest, compression="tiff_lzw",
                   dpi=(dpi, dpi))  # fmt: skip
    elif kind == "pdf":
        first.save(out, "PDF", save_all=True, append_images=rest, resolution=float(dpi))
    else:
        raise ValueError(kind)
    return out.getvalue()
