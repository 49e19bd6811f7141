"""Persistence: SQLAlchemy 2 typed models, engine setup and Alembic migrations."""
