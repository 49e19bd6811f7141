"""Responses' full texts for the combined PDF, read in batches, in the order asked for."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hoeringsdesk.db.models.responses import Response, ResponsePart, StoredFile
from hoeringsdesk.export.model import ResponseText
from hoeringsdesk.export.redact import Cleaner

BATCH = 200
Part = tuple[int, str, int, int, str]  # file position, label, start, end, file name


def _same(text: str) -> str:
    return text


def _pieces(text: str, parts: list[Part], fix: Callable[[str], str]) -> list[tuple[str, str]]:
    """(label, text) in order; each attached file announced once before its parts."""
    out: list[tuple[str, str]] = []
    last_file = 0
    for file_position, label, start, end, filename in parts:
        if file_position != last_file and file_position > 0:
            out.append((fix(f"Vedhæftet fil: {filename or '(uden navn)'}"), ""))
        last_file = file_position
        out.append((fix(label), fix(text[start:end])))
    return out or [("", fix(text))]


def read_texts(
    read: sessionmaker[Session],
    consultation_id: int,
    numbers: list[int],
    clean: Cleaner | None = None,
) -> Iterator[ResponseText]:
    """Each response's text split into its parts (with the file each part came from);
    ``clean`` redacts text and labels for the public variant."""
    for at in range(0, len(numbers), BATCH):
        batch = numbers[at : at + BATCH]
        with read() as s:
            rows = s.execute(
                select(Response.id, Response.number, Response.text).where(
                    Response.consultation_id == consultation_id, Response.number.in_(batch)
                )
            ).all()
            ids = [r.id for r in rows]
            parts: dict[int, list[Part]] = {}
            for rid, position, label, start, end, filename in s.execute(
                select(
                    ResponsePart.response_id,
                    ResponsePart.file_position,
                    ResponsePart.label,
                    ResponsePart.start,
                    ResponsePart.end,
                    StoredFile.filename,
                )
                .outerjoin(
                    StoredFile,
                    (StoredFile.response_id == ResponsePart.response_id)
                    & (StoredFile.position == ResponsePart.file_position),
                )
                .where(ResponsePart.response_id.in_(ids))
                .order_by(ResponsePart.response_id, ResponsePart.position)
            ):
                parts.setdefault(rid, []).append((position, label, start, end, filename or ""))
        by_number = {r.number: r for r in rows}
        for number in batch:
            row = by_number.get(number)
            if row is None:
                continue
            fix = partial(clean.of_response, number) if clean else _same
            pieces = _pieces(row.text or "", parts.get(row.id, []), fix)
            yield ResponseText(number, tuple(pieces))
