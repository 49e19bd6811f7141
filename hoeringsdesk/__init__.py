"""Høringsdesk: register, tag, review and export the responses to a public consultation."""


def __getattr__(name: str) -> str:
    # Read when asked for: importlib.metadata costs a tenth of a second at start-up.
    if name == "__version__":
        from hoeringsdesk.version import version

        return version()
    raise AttributeError(f"module 'hoeringsdesk' has no attribute {name!r}")
