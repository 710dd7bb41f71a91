"""The local store's kept connections: each unit of work gets a clean one, and nothing leaks between them."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, insert, select, text
from sqlalchemy.exc import OperationalError

from counter_app.store import migrate
from counter_app.store.engine import make_engine, sqlite_url
from counter_app.store.models import SyncState
from counter_app.store.shelf import ConnectionShelf
from counter_app.store.uow import SqlUnitOfWork, session_factory


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(sqlite_url(tmp_path / "local.sqlite3"))
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def shelf(engine: Engine) -> Iterator[ConnectionShelf]:
    shelf = ConnectionShelf(engine)
    yield shelf
    shelf.close()


def _uow(engine: Engine, shelf: ConnectionShelf) -> SqlUnitOfWork:
    return SqlUnitOfWork(session_factory(engine), shelf)


def _keys(engine: Engine, shelf: ConnectionShelf) -> list[str]:
    with _uow(engine, shelf) as uow:
        return list(uow.connection().scalars(select(SyncState.key).order_by(SyncState.key)))


def test_the_next_unit_of_work_reuses_the_connection(engine: Engine, shelf: ConnectionShelf) -> None:
    with _uow(engine, shelf) as uow:
        first = uow.connection()
    with _uow(engine, shelf) as uow:
        assert uow.connection() is first
    assert shelf.idle == 1


def test_what_was_not_committed_is_gone_for_the_next(engine: Engine, shelf: ConnectionShelf) -> None:
    with _uow(engine, shelf) as uow:
        uow.connection().execute(insert(SyncState).values(key="left", value="open"))
    with _uow(engine, shelf) as uow:
        uow.session.add(SyncState(key="flushed", value="not committed"))
        uow.session.flush()
    with _uow(engine, shelf) as uow:
        uow.connection().execute(insert(SyncState).values(key="kept", value="committed"))
        uow.commit()
    assert _keys(engine, shelf) == ["kept"]


def test_a_driver_transaction_left_open_is_rolled_back(engine: Engine, shelf: ConnectionShelf) -> None:
    with _uow(engine, shelf) as uow:
        driver = uow.connection().connection.dbapi_connection
        assert driver is not None
        driver.execute("INSERT INTO sync_state (key, value) VALUES ('raw', 'write')")
        assert driver.in_transaction
    assert not driver.in_transaction
    assert _keys(engine, shelf) == []


def test_a_failing_use_case_leaves_nothing_and_a_usable_connection(engine: Engine, shelf: ConnectionShelf) -> None:
    with pytest.raises(RuntimeError), _uow(engine, shelf) as uow:
        uow.connection().execute(insert(SyncState).values(key="half", value="done"))
        raise RuntimeError("the use case failed half way")
    with pytest.raises(OperationalError), _uow(engine, shelf) as uow:
        uow.connection().execute(text("SELECT no_such_column FROM sync_state"))
    assert _keys(engine, shelf) == []
    assert shelf.idle == 1


def test_a_session_and_a_bare_connection_share_one_transaction(engine: Engine, shelf: ConnectionShelf) -> None:
    with _uow(engine, shelf) as uow:
        uow.connection().execute(insert(SyncState).values(key="core", value="1"))
        uow.session.add(SyncState(key="orm", value="2"))
        uow.commit()
    assert _keys(engine, shelf) == ["core", "orm"]


def test_an_invalidated_connection_is_not_handed_out_again(engine: Engine, shelf: ConnectionShelf) -> None:
    with _uow(engine, shelf) as uow:
        broken = uow.connection()
        broken.invalidate()
    assert shelf.idle == 0
    with _uow(engine, shelf) as uow:
        assert uow.connection() is not broken
        assert uow.connection().scalar(select(func.count()).select_from(SyncState)) == 0


def test_units_of_work_at_once_have_their_own_connections(engine: Engine, shelf: ConnectionShelf) -> None:
    with _uow(engine, shelf) as a, _uow(engine, shelf) as b:
        assert a.connection() is not b.connection()
    assert shelf.idle == 2


def test_the_shelf_keeps_a_few_and_closes_the_rest(engine: Engine, shelf: ConnectionShelf) -> None:
    works = [_uow(engine, shelf) for _ in range(ConnectionShelf.KEEP + 2)]
    connections = []
    for uow in works:
        uow.__enter__()
        connections.append(uow.connection())
    for uow in works:
        uow.__exit__(None, None, None)
    assert shelf.idle == ConnectionShelf.KEEP
    assert sum(c.closed for c in connections) == 2


def test_closing_the_shelf_closes_idle_and_returning_connections(engine: Engine, shelf: ConnectionShelf) -> None:
    out = _uow(engine, shelf)
    out.__enter__()
    still_out = out.connection()
    with _uow(engine, shelf) as uow:
        idle = uow.connection()
    shelf.close()
    assert idle.closed and not still_out.closed
    out.__exit__(None, None, None)
    assert still_out.closed and shelf.idle == 0


def test_threads_take_turns_without_sharing_a_connection(engine: Engine, shelf: ConnectionShelf) -> None:
    seen: list[tuple[int, int]] = []
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(25):
                with _uow(engine, shelf) as uow:
                    db = uow.connection()
                    seen.append((id(db), threading.get_ident()))
                    db.execute(insert(SyncState).values(key=f"t{n}-{i}", value="x"))
                    uow.commit()
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    assert len(_keys(engine, shelf)) == 75
    assert shelf.idle <= ConnectionShelf.KEEP
