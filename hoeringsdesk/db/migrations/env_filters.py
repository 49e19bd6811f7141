"""What schema comparisons leave out: the full-text index, which is not an ORM table."""

from __future__ import annotations

from hoeringsdesk.db.search_schema import is_search_index, is_search_table


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    if type_ == "table":
        return not is_search_table(name)
    if type_ == "index":
        return not is_search_index(name)
    return True
