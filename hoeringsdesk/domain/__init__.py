"""Pure-Python domain: value types, enums and rules, with no database or Qt."""
