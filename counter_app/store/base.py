"""Declarative base with a constraint naming convention.

Named constraints keep Alembic's batch mode on SQLite (which rebuilds a
table to alter it) producing the same names as PostgreSQL, so migrations
stay stable on both engines.
"""

from __future__ import annotations

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Fact:
    """Marker for append-only tables: rows are inserted, never updated or deleted.

    The database enforces it with triggers (see the migrations); the session
    refuses it earlier with a clear error (see facts_guard).
    """
