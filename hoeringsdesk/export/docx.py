"""The Word høringsnotat as Danish administrations write it (after the state's Vejledning om
lovkvalitet): front matter with the høringsperiode, a table of contents, the høringsliste,
general remarks, one part per draft section, the changes to the draft, and the list of
responses as a bilag. The body is streamed (``docx_stream``)."""

from __future__ import annotations

from pathlib import Path

from hoeringsdesk.domain.enums import Outcome, PartyKind, danish
from hoeringsdesk.export import labels
from hoeringsdesk.export.docx_stream import (
    Body,
    Run,
    save_streamed,
)
from hoeringsdesk.export.files import Cancel, Progress, Ticker, replace_on_success
from hoeringsdesk.export.model import ExportData, ExportReport, RecommendationRow
from hoeringsdesk.export.notat_front import (
    Heading,
    cut_text,
    danish_key,
    front,
    timeliness_short,
    toc,
    trimmed,
)
from hoeringsdesk.export.notat_plan import GENERAL, Place, Plan, changes, plan
from hoeringsdesk.export.notat_template import TABLE_TEXT, template

H_INVITED = "Høringsliste"
H_INVITED_LIST = "Inviterede parter"
H_OTHERS = "Høringssvar fra andre end de inviterede"
H_GENERAL = "Generelle bemærkninger"
H_SECTIONS = "Bemærkninger til udkastets afsnit"
H_CHANGES = "Ændringer i forhold til udkastet"
H_APPENDIX = "Bilag: Indkomne høringssvar"
TICK = "✓"
NOTHING = "Der er ikke modtaget bemærkninger til dette afsnit."
QUOTE_LIMIT = 700  # characters of a passage quoted under a summary (the bilag has it all)
INDENT_CM = 0.6
TOC_LEVELS = 3


def write_docx(
    data: ExportData,
    path: Path,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportReport:
    """Write the høringsnotat to ``path``; on any error or cancel the old file stays."""
    ticker = Ticker(
        2 * len(data.responses) + len(data.recommendations) + len(data.invited), progress, cancel
    )
    doc, styles = template(data)
    notat = _Notat(data, plan(data), styles, ticker)
    with replace_on_success(Path(path)) as tmp:
        save_streamed(doc, tmp, notat.write)
        ticker.finish()
    return ExportReport(
        path=Path(path),
        format="docx",
        variant=data.variant,
        responses=len(data.responses),
        recommendations=len(data.recommendations),
        replaced_characters=notat.replaced,
        warnings=data.notes,
    )


class _Notat:
    """Writes the parts in order into a streamed body."""

    def __init__(self, data: ExportData, p: Plan, styles: dict[str, str], ticker: Ticker) -> None:
        self.data = data
        self.plan = p
        self.styles = styles
        self.ticker = ticker
        self.replaced = 0
        self.responses = {r.number: r for r in data.responses}
        self.titles: dict[Place, str] = {s.id: s.title for s in p.sections}
        self.titles[GENERAL] = H_GENERAL
        self._senders: dict[int, str] = {}
        self._referenced: set[tuple[int, Place]] = set()
        self.invited_numbers = {n for i in data.invited for n in i.response_numbers}
        self.others = [r for r in data.responses if r.number not in self.invited_numbers]
        self.outline = self._outline()
        self._next = 0

    # --- outline and headings ---

    def _outline(self) -> list[Heading]:
        items: list[tuple[int, str]] = [(1, H_INVITED)]
        if self.data.invited:
            items.append((2, H_INVITED_LIST))
        if self.others:
            items.append((2, H_OTHERS))
        items.append((1, H_GENERAL))
        if self.plan.sections:
            items.append((1, H_SECTIONS))
            items += [(min(s.depth + 2, 9), s.title) for s in self.plan.sections]
        items += [(1, H_CHANGES), (1, H_APPENDIX)]
        return [Heading(lv, text, f"_Toc{n:08d}") for n, (lv, text) in enumerate(items, 1)]

    def heading(self, body: Body, text: str) -> None:
        h = self.outline[self._next]
        assert h.text == text, (h.text, text)
        self._next += 1
        body.heading(text, self.styles[f"Heading {min(h.level, 6)}"], h.bookmark)

    # --- the document ---

    def write(self, body: Body) -> None:
        front(body, self.data, self.styles)
        toc(body, self.outline, self.styles)
        body.page_break()
        self._invited(body)
        self._general(body)
        if self.plan.sections:
            self.heading(body, H_SECTIONS)
            body.paragraph(
                "Høringssvarenes bemærkninger er ordnet efter udkastets afsnit. En bemærkning, "
                "der vedrører flere afsnit, står under hvert af dem; efter første gang som en "
                "henvisning."
            )
            for s in self.plan.sections:
                self.heading(body, s.title)
                self._place(body, s.id)
        self._changes(body)
        self._appendix(body)
        self.replaced = body.replaced

    # --- høringsliste ---

    def _invited(self, body: Body) -> None:
        d = self.data
        self.heading(body, H_INVITED)
        if not d.invited and not d.responses:
            body.paragraph("Der er hverken registreret en høringsliste eller høringssvar.")
            return
        if d.invited:
            answered = sum(1 for i in d.invited if i.answered)
            body.paragraph(
                f"Udkastet blev sendt i høring hos {len(d.invited)} parter; {answered} har "
                f"afgivet høringssvar ({TICK})."
            )
            self.heading(body, H_INVITED_LIST)
            small = self.styles[TABLE_TEXT]
            with body.table(
                (1.9, 10.0, 4.5),
                self.styles["Table Grid"],
                ("Svaret", "Part", "Svar nr."),
                small,
            ) as table:
                for item in sorted(d.invited, key=lambda i: danish_key(i.name)):
                    table.row(
                        [
                            TICK if item.answered else "",
                            item.name,
                            labels.number_list(item.response_numbers),
                        ],
                        style=small,
                        align=("center", "", ""),
                    )
                    self.ticker.step()
        else:
            body.paragraph("Der er ikke registreret en høringsliste for høringen.")
        if self.others:
            self.heading(body, H_OTHERS)
            self._others(body)

    def _others(self, body: Body) -> None:
        small = self.styles[TABLE_TEXT]
        for title, rows in labels.by_sender_type(self.others):
            body.paragraph(
                Run(f"{title} ({len(rows)})", bold=True), keep_next=True, space_before_pt=6
            )
            if labels.first_kind(rows[0]) != PartyKind.PRIVATE:  # people: by number
                rows = sorted(rows, key=lambda r: (danish_key(labels.senders(r)), r.number))
            with body.table(
                (13.4, 3.0), self.styles["Table Grid"], ("Afsender", "Svar nr."), small
            ) as t:
                for r in rows:
                    t.row([labels.senders(r), str(r.number)], style=small)
                    self.ticker.step()

    # --- remarks ---

    def _general(self, body: Body) -> None:
        self.heading(body, H_GENERAL)
        if not self.plan.groups.get(GENERAL):
            body.paragraph(Run("Der er ikke modtaget generelle bemærkninger.", italic=True))
            return
        self._place(body, GENERAL)

    def _place(self, body: Body, place: Place) -> None:
        groups = self.plan.groups.get(place)
        if not groups:
            if place is GENERAL or place not in self.plan.with_remarks:
                body.paragraph(Run(NOTHING, italic=True))
            return
        first = self.plan.first_place
        self._referenced = set()
        for group in groups:
            for i in group:
                self._recommendation(body, i, place)
                self.ticker.step()
            if any(first[i] == place for i in group):  # else the references say where
                self._answer(body, self.data.recommendations[group[0]], place)

    def sender(self, number: int) -> str:
        text = self._senders.get(number)
        if text is None:
            r = self.responses.get(number)
            if r is None:
                text = ""
            elif r.campaign_size > 1:
                text = (
                    f"kampagnen »{r.campaign_label or 'uden navn'}«: {r.campaign_size} enslydende "
                    f"svar med {r.campaign_signatories} underskrivere "
                    f"(svar nr. {labels.number_list(r.campaign_numbers or (r.number,))})"
                )
            else:
                text = labels.senders(r)
            self._senders[number] = text
        return text

    def _who(self, rec: RecommendationRow) -> str:
        r = self.responses.get(rec.response_number)
        more = " m.fl." if r is not None and r.campaign_size > 1 else ""
        return f"Svar nr. {rec.response_number}{more} – {self.sender(rec.response_number)}"

    def _recommendation(self, body: Body, i: int, place: Place) -> None:
        rec = self.data.recommendations[i]
        first = self.plan.first_place[i]
        if first != place:
            key = (rec.response_number, first)
            if key in self._referenced:
                return  # one reference per response and place is enough
            self._referenced.add(key)
            body.paragraph(
                [
                    Run(self._who(rec), bold=True),
                    Run(f": se under »{self.titles[first]}«.", italic=True),
                ],
                space_before_pt=8,
            )
            return
        body.paragraph(
            [Run(self._who(rec), bold=True), Run(f" · {danish(rec.type)}")],
            keep_next=True,
            space_before_pt=8,
        )
        others = [self.titles[s] for s in rec.section_ids if s != place and s in self.titles]
        if others:
            body.paragraph(Run("Vedrører også: " + "; ".join(others), italic=True), keep_next=True)
        summary = rec.summary.strip()
        passage = trimmed(rec.passage)
        quoted = bool(passage) and passage != summary
        if summary:
            body.paragraph(summary, keep_next=quoted)
        if quoted:
            quote = cut_text(passage, QUOTE_LIMIT if summary else 2 * QUOTE_LIMIT)
            body.paragraph(f"»{quote}«", self.styles["Quote"])

    def _answer(self, body: Body, rec: RecommendationRow, place: Place) -> None:
        cid = rec.comment_id
        numbers = sorted(self.plan.comment_numbers.get(cid, ())) if cid is not None else []
        label = (
            f"Forvaltningens bemærkning til svar nr. {labels.number_list(numbers)}: "
            if len(numbers) > 1
            else "Forvaltningens bemærkning: "
        )
        if cid is not None and self.plan.comment_place.get(cid, place) != place:
            seen = self.titles[self.plan.comment_place[cid]]
            body.paragraph(
                [Run(label, bold=True), Run(f"se under »{seen}«.", italic=True)],
                indent_cm=INDENT_CM,
            )
            return
        text = rec.comment_text.strip() if cid is not None else ""
        body.paragraph(
            [Run(label, bold=True), Run(text) if text else Run("endnu ikke skrevet.", italic=True)],
            indent_cm=INDENT_CM,
            keep_next=True,
        )
        outcome = danish(rec.outcome or Outcome.UNDECIDED).lower() if cid is not None else ""
        body.paragraph(
            [Run("Giver anledning til ændring: ", bold=True), outcome or "ikke taget stilling"],
            indent_cm=INDENT_CM,
        )

    # --- changes and bilag ---

    def _changes(self, body: Body) -> None:
        self.heading(body, H_CHANGES)
        found = changes(self.data, self.plan)
        if not found:
            body.paragraph("Høringen giver ikke anledning til ændringer i udkastet.")
            return
        body.paragraph(
            "Følgende bemærkninger giver helt (ja) eller delvist anledning til ændringer, "
            "ordnet efter udkastets afsnit."
        )
        bullet = self.styles["List Bullet"]
        printed: dict[int, Place] = {}
        for place, firsts in found:
            body.paragraph(Run(self.titles[place], bold=True), keep_next=True, space_before_pt=8)
            for i in firsts:
                rec = self.data.recommendations[i]
                cid = rec.comment_id
                assert cid is not None
                numbers = labels.number_list(sorted(self.plan.comment_numbers[cid]))
                tail = f" ({danish(rec.outcome).lower()}; svar nr. {numbers})"
                if cid in printed:
                    text = f"Se under »{self.titles[printed[cid]]}«."
                    body.paragraph([Run(text, italic=True), tail], bullet)
                    continue
                printed[cid] = place
                body.paragraph([rec.comment_text.strip() or "(ingen tekst)", tail], bullet)

    def _appendix(self, body: Body) -> None:
        self.heading(body, H_APPENDIX)
        if not self.data.responses:
            body.paragraph("Der er ikke modtaget høringssvar.")
            return
        small = self.styles[TABLE_TEXT]
        with body.table(
            (1.1, 5.6, 3.5, 2.6, 3.6),
            self.styles["Table Grid"],
            ("Nr.", "Afsender", "Modtaget", "Frist", "Fil"),
            small,
        ) as table:
            for r in self.data.responses:
                sender = labels.senders(r)
                if r.campaign_size > 1:
                    sender += f" (kampagne: {r.campaign_label or 'uden navn'})"
                if r.new_version_of:
                    sender += f" (ny version af nr. {r.new_version_of})"
                table.row(
                    [
                        str(r.number),
                        sender,
                        labels.long_date(r.received, nbsp=True),
                        timeliness_short(r),
                        r.source_name,
                    ],
                    style=small,
                    nowrap=(0, 2),
                )
                self.ticker.step()
