"""Identifiers made where a row is born.

Every synced row carries a UUIDv7 (time ordered), made on the device that
created it, so two counters working offline never pick the same id.
"""

from __future__ import annotations

import uuid

import uuid6


def new_id() -> uuid.UUID:
    """A fresh time-ordered UUIDv7 as a standard-library UUID."""
    return uuid.UUID(int=uuid6.uuid7().int)
