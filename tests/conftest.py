"""Shared fixtures: offscreen Qt, a fresh PostgreSQL database per run, prepared counters."""

from __future__ import annotations

import gc
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before pytest-qt makes the QApplication: real widgets, no screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


THRESHOLDS = gc.get_threshold()


@pytest.fixture(autouse=True)
def _cycles_collected_on_the_main_thread() -> Iterator[None]:
    """As the app does (counter_app/ui/gc_guard.py): no automatic collection, which could run in a
    worker thread and destroy a leftover widget there; the main thread collects after each test,
    by the same thresholds as automatic collection."""
    from counter_app.ui.gc_guard import collect_due

    gc.disable()
    yield
    _close_what_the_test_left_open()
    gc.unfreeze()  # a window frozen at its log-in (ui/gc_guard.py) is the test's, not the next one's
    collect_due(THRESHOLDS)


def _close_what_the_test_left_open() -> None:
    """A dialog a test left open (window-modal, say) must not take the next test's input; and the
    windows a test closed are deleted, not only hidden: kept, their thousands of widgets made every
    later test slower (a test that took 0.8 s alone took 13 s at the end of the suite)."""
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

PG_ADMIN_URL = os.environ.get("COUNTER_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
REQUIRE_PG = os.environ.get("COUNTER_REQUIRE_PG") == "1"


def _pg_admin():  # type: ignore[no-untyped-def]
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(PG_ADMIN_URL)
    return psycopg.connect(
        host=url.host, port=url.port or 5432, user=url.username, password=url.password,
        dbname=url.database, autocommit=True, connect_timeout=5,
    )


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The admin URL of a reachable PostgreSQL; skips without one unless COUNTER_REQUIRE_PG=1."""
    try:
        _pg_admin().close()
    except Exception as error:  # noqa: BLE001
        if REQUIRE_PG:
            pytest.fail(f"COUNTER_REQUIRE_PG=1 but PostgreSQL is not reachable at {PG_ADMIN_URL}: {error}")
        pytest.skip(f"no PostgreSQL at {PG_ADMIN_URL}")
    yield PG_ADMIN_URL


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped afterwards."""
    from sqlalchemy.engine import make_url

    name = f"counter_test_{uuid.uuid4().hex[:12]}"
    with _pg_admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(pg_server).set(database=name).render_as_string(hide_password=False)
    finally:
        with _pg_admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+pysqlite:///{tmp_path / 'store.sqlite3'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def any_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty store on each engine the program supports."""
    if request.param == "sqlite":
        return f"sqlite+pysqlite:///{tmp_path / 'store.sqlite3'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One counter opened on the embedded demo hall; hashing the demo PINs is slow, so copy it."""
    from counter_app import config
    from counter_app.app import Counter
    from counter_app.services.startup import open_counter

    base = tmp_path_factory.mktemp("demo-template")
    counter = Counter(config.resolve(str(base)))
    open_counter(counter)
    counter.close()
    return base


@pytest.fixture
def demo_dir(_demo_template: Path, tmp_path: Path) -> Path:
    """A data directory holding an opened counter on the demo hall, private to the test."""
    target = tmp_path / "counter-data"
    shutil.copytree(_demo_template, target)
    return target


@pytest.fixture
def demo_counter(demo_dir: Path):  # type: ignore[no-untyped-def]
    from counter_app import config
    from counter_app.app import Counter

    counter = Counter(config.resolve(str(demo_dir)))
    yield counter
    counter.close()


# --- halls for the sync tests: the demo hall, loaded once per run, copied per test ---


def _load_demo_hall(url: str) -> None:
    from counter_app.services import calendar_setup, demo
    from counter_app.store import migrate
    from counter_app.store.engine import make_engine
    from counter_app.store.uow import SqlUnitOfWork, session_factory

    engine = make_engine(url)
    migrate.upgrade(engine)
    with SqlUnitOfWork(session_factory(engine)) as uow:
        demo.load_demo_hall(uow.session)
        calendar_setup.load_published_arrangements(uow.session)
        uow.commit()
    engine.dispose()


@pytest.fixture(scope="session")
def _sqlite_hall_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hall-template") / "hall.sqlite3"
    _load_demo_hall(f"sqlite+pysqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def _pg_hall_template(pg_server: str) -> Iterator[str]:
    """A PostgreSQL database holding the demo hall, used as the template of each test's hall."""
    from sqlalchemy.engine import make_url

    name = f"counter_hall_tpl_{uuid.uuid4().hex[:10]}"
    with _pg_admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        _load_demo_hall(make_url(pg_server).set(database=name).render_as_string(hide_password=False))
        yield name
    finally:
        with _pg_admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def hall_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A hall database with the demo hall in it and no counter registered yet, on each engine."""
    if request.param == "sqlite":
        target = tmp_path / "hall.sqlite3"
        shutil.copyfile(request.getfixturevalue("_sqlite_hall_template"), target)
        yield f"sqlite+pysqlite:///{target}"
        return
    yield from _pg_hall_copy(request)


@pytest.fixture
def pg_hall_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A PostgreSQL hall with the demo hall in it, for the tests that are about PostgreSQL itself."""
    yield from _pg_hall_copy(request)


def _pg_hall_copy(request: pytest.FixtureRequest) -> Iterator[str]:
    from sqlalchemy.engine import make_url

    server = request.getfixturevalue("pg_server")
    template = request.getfixturevalue("_pg_hall_template")
    name = f"counter_hall_{uuid.uuid4().hex[:12]}"
    with _pg_admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with _pg_admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
