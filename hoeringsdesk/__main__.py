"""Entry point for ``python -m hoeringsdesk`` and for the frozen application."""

import multiprocessing

if __name__ == "__main__":
    # In the frozen application the parse and PDF worker processes start the same
    # executable; this hands them to multiprocessing before anything else runs.
    multiprocessing.freeze_support()
    from hoeringsdesk.cli import main

    raise SystemExit(main())
