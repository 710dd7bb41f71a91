"""The unit of work: one use case, one transaction."""

from __future__ import annotations

from types import TracebackType
from typing import Protocol

from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session, sessionmaker

from counter_app.store.base import Fact
from counter_app.store.shelf import ConnectionShelf


class FactEditRefused(RuntimeError):
    """Raised when code tries to change or remove an append-only fact."""


class UnitOfWork(Protocol):
    @property
    def session(self) -> Session: ...

    def connection(self) -> Connection: ...
    def __enter__(self) -> "UnitOfWork": ...
    def __exit__(self, *exc: object) -> None: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...


class SqlUnitOfWork:
    """One transaction over one engine, through an ORM session or a bare connection; rolls back unless committed.

    A use case that only runs Core statements asks for connection() and never
    pays for a session. A session asked for afterwards joins that connection's
    transaction, so a use case still has exactly one. Given a shelf, the unit
    of work takes its connection from it and puts it back at the end, rolled
    back, instead of checking one out of the engine's pool (store/shelf.py).
    """

    def __init__(self, factory: sessionmaker[Session], shelf: ConnectionShelf | None = None) -> None:
        self._factory = factory
        self._shelf = shelf
        self._session: Session | None = None
        self._connection: Connection | None = None

    def __enter__(self) -> "SqlUnitOfWork":
        self._session = self._connection = None
        return self

    @property
    def session(self) -> Session:
        if self._session is None:
            if self._connection is None and self._shelf is not None:
                self._connection = self._shelf.take()
            self._session = self._factory() if self._connection is None else self._factory(bind=self._connection)
        return self._session

    def connection(self) -> Connection:
        if self._session is not None:
            return self._session.connection()
        if self._connection is None:
            self._connection = self._shelf.take() if self._shelf is not None else self._factory.kw["bind"].connect()
        return self._connection

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # Closing rolls back whatever was not committed and returns the connection to the pool (or shelf).
        try:
            if self._session is not None:
                self._session.close()
        finally:
            if self._connection is not None:
                if self._shelf is not None:
                    self._shelf.give_back(self._connection)
                else:
                    self._connection.close()
            self._session = self._connection = None

    def commit(self) -> None:
        if self._session is not None:
            self._session.commit()  # on a joined connection: flushes, the connection commits below
        if self._connection is not None:
            self._connection.commit()

    def rollback(self) -> None:
        if self._session is not None:
            self._session.rollback()
        if self._connection is not None:
            self._connection.rollback()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    event.listen(factory, "before_flush", _refuse_fact_edits)
    return factory


def _refuse_fact_edits(session: Session, _context: object, _instances: object) -> None:
    # The database triggers would refuse too; this names the culprit earlier.
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, Fact) and (obj in session.deleted or session.is_modified(obj)):
            raise FactEditRefused(
                f"{type(obj).__name__} rows are append-only facts; record a correction as a new fact"
            )
