"""SQLAlchemy 2 typed models of the store, one module per table group (``base`` holds the
declarative base). Importing the package maps every table, so ``Base.metadata`` is whole and
relationships across modules resolve, whichever module a caller imports."""

from hoeringsdesk.db.models import (  # noqa: F401  (imported for their tables, not re-exported)
    audit,
    consultations,
    mailboxes,
    parties,
    recommendations,
    responses,
)
