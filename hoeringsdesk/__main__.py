"""Entry point for ``python -m hoeringsdesk``."""

from hoeringsdesk.cli import main

raise SystemExit(main())
