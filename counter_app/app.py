"""Composition root: the only place engines and session factories are built."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from counter_app.config import CounterConfig
from counter_app.store.engine import make_engine, sqlite_url
from counter_app.store.shelf import ConnectionShelf
from counter_app.store.uow import SqlUnitOfWork, session_factory


@dataclass
class Counter:
    """This counter's two stores: its own local SQLite and the hall's database."""

    config: CounterConfig
    _factories: dict[str, sessionmaker[Session]] = field(default_factory=dict)

    @cached_property
    def local_engine(self) -> Engine:
        self.config.data_dir.mkdir(parents=True, exist_ok=True)
        return make_engine(sqlite_url(self.config.local_store_path))

    @cached_property
    def hall_engine(self) -> Engine:
        self.config.data_dir.mkdir(parents=True, exist_ok=True)
        return make_engine(self.config.hall_url)

    @cached_property
    def local_shelf(self) -> ConnectionShelf:
        return ConnectionShelf(self.local_engine)

    def local(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._factory("local", self.local_engine), self.local_shelf)

    def hall(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._factory("hall", self.hall_engine))

    def _factory(self, name: str, engine: Engine) -> sessionmaker[Session]:
        if name not in self._factories:
            self._factories[name] = session_factory(engine)
        return self._factories[name]

    def close(self) -> None:
        if "local_shelf" in self.__dict__:
            self.local_shelf.close()
        for name in ("local_engine", "hall_engine"):
            if name in self.__dict__:
                self.__dict__[name].dispose()


def database_engine(url: str) -> Engine:
    """An engine for a database named on the command line (`counter-app hall migrate --url`)."""
    return make_engine(url)
