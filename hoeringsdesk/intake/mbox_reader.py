"""An .mbox file (Thunderbird, Apple Mail, Google Takeout) read message by message with the
standard library's ``mailbox``: one message in memory at a time, its bytes as received."""

from __future__ import annotations

import mailbox
import re
from collections.abc import Iterator
from pathlib import Path

from hoeringsdesk.intake.containers import ContainerError, Message, mail_problem

# mboxrd quoting: a body line "From …" is written ">From …", ">From …" as ">>From …".
_QUOTED_FROM = re.compile(rb"^>(>*From )", re.M)
NOT_MAIL = (
    "Denne del af postkassefilen begynder ikke med e-mail-brevhoveder og er ikke registreret "
    "(måske en linje »From …« i den forrige besked, som ikke var markeret; se den forrige "
    "besked igennem)"
)


def unquote(data: bytes) -> bytes:
    """The message as it was received: one '>' taken off every quoted "From " line."""
    return _QUOTED_FROM.sub(rb"\1", data) if b">From " in data else data


def _strip_separator(data: bytes) -> bytes:
    """The blank line that separates messages belongs to the file, not to the message (the
    standard library leaves it on when the file has CRLF line ends)."""
    if data.endswith(b"\r\n\r\n"):
        return data[:-2]
    if data.endswith(b"\n\n"):
        return data[:-1]
    return data


class MboxFile:
    """An .mbox file opened read-only; ``messages()`` yields each message in file order."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.name = Path(path).name
        try:
            with open(path, "rb") as fh:
                head = fh.read(5)
        except OSError as exc:
            raise ContainerError(f"Filen kan ikke læses: {exc.strerror or exc}.") from exc
        if not head:
            raise ContainerError("Postkassefilen er tom (0 byte).")
        try:
            # mailbox opens the file for update when it may; nothing here ever writes to it.
            self._box: mailbox.mbox | None = mailbox.mbox(path, create=False)
            self._keys = self._box.keys()  # scans the file once for the "From " lines
        except (OSError, mailbox.Error) as exc:
            raise ContainerError(f"Postkassefilen kan ikke læses: {exc}.") from exc
        self.leading = b"" if head == b"From " else self._leading_bytes()
        if not self._keys:
            self.close()
            raise ContainerError(
                "Filen er ikke en mbox-postkassefil (ingen »From «-linjer, der indleder beskeder)."
            )
        self.count = len(self._keys) + (1 if self.leading.strip() else 0)

    def _leading_bytes(self) -> bytes:
        """What stands before the first "From " line (the standard library skips it)."""
        with open(self.path, "rb") as fh:
            out = bytearray()
            for line in fh:
                if line.startswith(b"From "):
                    break
                out += line
                if len(out) > 4096:
                    break
            return bytes(out)

    def messages(self) -> Iterator[Message]:
        if self.leading.strip():
            yield Message(
                f"{self.name}#0",
                f"{self.name}#0.eml",
                problem="Filen begynder ikke med en »From «-linje; det, der står før den "
                "første besked, er ikke registreret",
            )
        for number, key in enumerate(self._keys, start=1):
            source = f"{self.name}#{number}"
            try:
                assert self._box is not None, "read after close"
                with self._box.get_file(key) as fh:  # the bytes, without the "From " line
                    data = _strip_separator(fh.read())
            except (OSError, KeyError, mailbox.Error) as exc:
                yield Message(source, f"{source}.eml", problem=f"Beskeden kan ikke læses: {exc}")
                continue
            data = unquote(data)
            problem = NOT_MAIL if mail_problem(data) else ""
            yield Message(source, f"{source}.eml", b"" if problem else data, problem)

    def close(self) -> None:
        box = getattr(self, "_box", None)
        if box is not None:
            box.close()
            self._box = None
