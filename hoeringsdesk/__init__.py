"""Høringsdesk: register, tag, review and export the responses to a public consultation."""

__version__ = "0.1.0"
