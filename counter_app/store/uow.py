"""The unit of work: one use case, one transaction."""

from __future__ import annotations

from types import TracebackType
from typing import Protocol

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from counter_app.store.base import Fact


class FactEditRefused(RuntimeError):
    """Raised when code tries to change or remove an append-only fact."""


class UnitOfWork(Protocol):
    session: Session

    def __enter__(self) -> "UnitOfWork": ...
    def __exit__(self, *exc: object) -> None: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...


class SqlUnitOfWork:
    """A session over one engine; rolls back unless committed."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def __enter__(self) -> "SqlUnitOfWork":
        self.session = self._factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()


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
