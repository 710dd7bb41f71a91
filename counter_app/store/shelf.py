"""Connections to the local store kept open between units of work (本地库的常开连接).

Checking a connection out of SQLAlchemy's pool and back in costs some 50 µs:
a new Connection object, the pool's events and its reset on return. That is a
quarter of an indexed search of the case list over a million cases, which a
clerk runs at every keystroke. A unit of work on the local store takes a
connection from this shelf instead and puts it back when it ends.

Each connection waits clean: whatever its last unit of work left open (an
SQLAlchemy transaction, or the driver's own) is rolled back before it goes
back on the shelf, as the pool's reset would have done. A connection that was
invalidated, or one more than the shelf keeps, is closed.
"""

from __future__ import annotations

import threading

from sqlalchemy import Connection, Engine


class ConnectionShelf:
    """Up to KEEP idle connections to one engine, handed out one unit of work at a time."""

    KEEP = 4  # the UI thread, a background read and a sync seldom overlap more than that

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._idle: list[Connection] = []
        self._lock = threading.Lock()
        self._closed = False

    def take(self) -> Connection:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return self._engine.connect()

    def give_back(self, connection: Connection) -> None:
        if not _clean(connection):
            if not connection.closed:
                connection.invalidate()
                connection.close()
            return
        with self._lock:
            if not self._closed and len(self._idle) < self.KEEP:
                self._idle.append(connection)
                return
        connection.close()

    def close(self) -> None:
        """Close the idle connections; connections still out are closed when they come back."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()

    @property
    def idle(self) -> int:
        return len(self._idle)


def _clean(connection: Connection) -> bool:
    """Roll back what is left open; False when the connection cannot be trusted again."""
    if connection.closed or connection.invalidated:
        return False
    try:
        if connection.in_transaction():
            connection.rollback()
        driver = connection.connection.dbapi_connection
        if driver is not None and driver.in_transaction:  # type: ignore[attr-defined]
            driver.rollback()
    except Exception:  # noqa: BLE001 - any failure here means: do not hand this connection out again
        return False
    return True
