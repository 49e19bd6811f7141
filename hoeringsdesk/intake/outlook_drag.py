"""Mail dragged straight out of Outlook arrives as virtual files: a FILEGROUPDESCRIPTORW
(how many, and each one's name and size) and the files' contents, not as file paths."""

from __future__ import annotations

import struct
from dataclasses import dataclass

DESCRIPTOR_SIZE = 592  # FILEDESCRIPTORW: flags … nFileSizeLow, then cFileName[260] (UTF-16)
NAME_OFFSET = 72
FD_FILESIZE = 0x40


@dataclass(frozen=True)
class VirtualFile:
    name: str
    size: int | None  # None when the descriptor does not say


class DescriptorError(ValueError):
    """The descriptor is not a FILEGROUPDESCRIPTORW."""


def parse_descriptor(data: bytes) -> list[VirtualFile]:
    """The files a FILEGROUPDESCRIPTORW announces, in order."""
    if len(data) < 4:
        raise DescriptorError("for kort")
    (count,) = struct.unpack_from("<I", data, 0)
    if count == 0 or len(data) < 4 + count * DESCRIPTOR_SIZE:
        raise DescriptorError(f"{count} filer angivet i {len(data)} byte")
    out = []
    for index in range(count):
        base = 4 + index * DESCRIPTOR_SIZE
        (flags,) = struct.unpack_from("<I", data, base)
        high, low = struct.unpack_from("<II", data, base + 64)
        raw = data[base + NAME_OFFSET : base + DESCRIPTOR_SIZE]
        name = raw.decode("utf-16-le", "replace").split("\x00", 1)[0]
        out.append(VirtualFile(name, (high << 32 | low) if flags & FD_FILESIZE else None))
    return out


def build_descriptor(files: list[VirtualFile]) -> bytes:
    """A FILEGROUPDESCRIPTORW for the given files (as Outlook writes one; used by tests)."""
    out = bytearray(struct.pack("<I", len(files)))
    for item in files:
        entry = bytearray(DESCRIPTOR_SIZE)
        flags = FD_FILESIZE if item.size is not None else 0
        struct.pack_into("<I", entry, 0, flags)
        size = item.size or 0
        struct.pack_into("<II", entry, 64, size >> 32, size & 0xFFFFFFFF)
        name = item.name.encode("utf-16-le")[: (DESCRIPTOR_SIZE - NAME_OFFSET) - 2]
        entry[NAME_OFFSET : NAME_OFFSET + len(name)] = name
        out += entry
    return bytes(out)
