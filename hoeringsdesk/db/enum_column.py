"""A column that stores a domain StrEnum by its value and reads it back as the member."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class EnumText(TypeDecorator[StrEnum]):
    """A ``String`` column (the same schema as before) holding one StrEnum's values.

    Writing checks the value is one of the enum's (a stray string is an error, not a stored
    surprise); reading gives the member, so the ORM and Core queries return enum types.
    ``blank``: the column stores "" for "not given", read back as None."""

    impl = String
    cache_ok = True

    def __init__(self, enum: type[StrEnum], length: int = 20, blank: bool = False) -> None:
        super().__init__(length)
        self.enum = enum
        self.blank = blank
        self._members: dict[str, StrEnum] = {m.value: m for m in enum}  # a fast lookup

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None or (self.blank and value == ""):
            return "" if self.blank else None
        return self._member(value).value

    def process_result_value(self, value: Any, dialect: Dialect) -> StrEnum | None:
        if value is None or (self.blank and value == ""):
            return None
        return self._member(value)

    def _member(self, value: Any) -> StrEnum:
        try:
            return self._members[value]
        except (KeyError, TypeError):
            raise ValueError(f"{value!r} is not a {self.enum.__name__}") from None
