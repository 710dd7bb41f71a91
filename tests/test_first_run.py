"""First run creates and fills the stores; later runs migrate forward and keep real data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from counter_app import config
from counter_app.app import Counter
from counter_app.domain.hall import WindowType
from counter_app.services.startup import HallNotReady, HallUnreachable, open_counter
from counter_app.store import migrate
from counter_app.store.models import (
    CalendarYear,
    Department,
    Device,
    Item,
    ServiceWindow,
    Staff,
)


def _count(counter: Counter, model: type, *, hall: bool = False) -> int:
    with (counter.hall() if hall else counter.local()) as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def test_first_run_creates_both_stores_and_loads_the_demo_hall(tmp_path: Path) -> None:
    counter = Counter(config.resolve(str(tmp_path / "data")))
    status = open_counter(counter)
    assert status.first_run and status.demo_loaded and status.hall_reachable
    assert status.hall_name == "二七区行政服务中心"
    assert status.device_code == "C01"
    assert (tmp_path / "data" / "counter.sqlite3").exists()
    assert (tmp_path / "data" / "hall.sqlite3").exists()
    assert migrate.is_current(counter.local_engine) and migrate.is_current(counter.hall_engine)
    # The counter holds its own copy of the reference data, so it can work offline.
    for model in (Department, ServiceWindow, Staff, Item, Device, CalendarYear):
        assert _count(counter, model) == _count(counter, model, hall=True) > 0, model
    counter.close()


def test_demo_hall_has_what_the_hall_notice_asks_for(demo_counter: Counter) -> None:
    with demo_counter.local() as uow:
        s = uow.session
        assert s.scalar(select(func.count()).select_from(Department)) >= 10
        assert s.scalar(select(func.count()).select_from(Item)) >= 30
        windows = s.scalars(select(ServiceWindow)).all()
        assert {w.type for w in windows} == set(WindowType)
        comprehensive = [w for w in windows if w.type is WindowType.COMPREHENSIVE]
        assert any(len(w.departments) >= 3 for w in comprehensive)
        assert all(w.season_from and w.season_to for w in windows if w.type is WindowType.SEASONAL)
        staff = s.scalars(select(Staff)).all()
        for department in s.scalars(select(Department)).all():
            roles = {r for p in staff if p.department_id == department.id for r in p.roles}
            if "hall_admin" in roles:
                continue
            assert {"chief_representative_a", "chief_representative_b"} <= roles, department.name
        assert all(p.pin_hash.startswith("$argon2id$") for p in staff)
        years = {y.year: y.confirmed for y in s.scalars(select(CalendarYear)).all()}
        assert years.get(2026) is True and 2027 not in years


def test_second_run_migrates_and_never_reloads_demo_over_real_data(demo_dir: Path) -> None:
    counter = Counter(config.resolve(str(demo_dir)))
    with counter.hall() as uow:
        uow.session.execute(
            update(Department).where(Department.code == "SCJG").values(phone="0371-12345678")
        )
        uow.commit()
    before = {m: _count(counter, m, hall=True) for m in (Department, Item, Staff, Device)}
    status = open_counter(counter)
    assert not status.first_run and not status.demo_loaded
    assert {m: _count(counter, m, hall=True) for m in before} == before
    with counter.local() as uow:
        phone = uow.session.scalar(select(Department.phone).where(Department.code == "SCJG"))
    assert phone == "0371-12345678"  # the hall's edit reached the counter and survived
    counter.close()


def test_offline_after_setup_keeps_working(demo_dir: Path, tmp_path: Path) -> None:
    cfg = config.resolve(str(demo_dir), "postgresql://nobody@127.0.0.1:1/none")
    counter = Counter(cfg)
    status = open_counter(counter)
    assert not status.hall_reachable
    assert status.device_code == "C01"
    assert status.reference_pulled_at is not None
    counter.close()


def test_first_run_with_unreachable_hall_says_so(tmp_path: Path) -> None:
    counter = Counter(config.resolve(str(tmp_path), "postgresql://nobody@127.0.0.1:1/none"))
    with pytest.raises(HallUnreachable, match="cannot be reached"):
        open_counter(counter)
    counter.close()


def test_empty_postgresql_hall_needs_init_demo(tmp_path: Path, pg_url: str) -> None:
    counter = Counter(config.resolve(str(tmp_path), pg_url))
    with pytest.raises(HallNotReady, match="init --demo"):
        open_counter(counter)
    counter.close()


def test_postgresql_hall_two_counters(tmp_path: Path, pg_url: str) -> None:
    first = Counter(config.resolve(str(tmp_path / "a"), pg_url))
    assert open_counter(first, demo_if_empty=True).demo_loaded
    second = Counter(config.resolve(str(tmp_path / "b"), pg_url))
    status = open_counter(second)
    assert not status.demo_loaded and status.first_run
    assert status.device_code == "C02"  # device codes are handed out by the hall, never twice
    assert _count(second, Staff) == _count(first, Staff, hall=True)
    first.close()
    second.close()


def _cli(*args: str, env_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "counter_app", *args], capture_output=True, text=True, timeout=120
    )


def test_cli_version() -> None:
    from counter_app import __version__

    out = _cli("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"counter-app {__version__}"


def test_cli_init_demo_then_again(tmp_path: Path) -> None:
    first = _cli("--data-dir", str(tmp_path), "init", "--demo")
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert summary["first_run"] and summary["demo_loaded"] and summary["device"] == "C01"
    again = json.loads(_cli("--data-dir", str(tmp_path), "init", "--demo").stdout)
    assert not again["first_run"] and not again["demo_loaded"]
    assert (tmp_path / "logs" / "counter.log").exists()


def test_cli_init_on_empty_postgresql_without_demo_fails_clearly(tmp_path: Path, pg_url: str) -> None:
    out = _cli("--data-dir", str(tmp_path), "--hall", pg_url, "init")
    assert out.returncode == 1
    assert "init --demo" in out.stderr and "Traceback" not in out.stderr


def test_cli_init_with_unreachable_hall_fails_clearly(tmp_path: Path) -> None:
    out = _cli("--data-dir", str(tmp_path), "--hall", "postgresql://nobody@127.0.0.1:1/none", "init")
    assert out.returncode == 1
    assert "cannot be reached" in out.stderr and "Traceback" not in out.stderr


def test_cli_rejects_an_unknown_language() -> None:
    out = _cli("--lang", "fr")
    assert out.returncode == 2 and "invalid choice" in out.stderr


def test_data_dir_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTER_DATA_DIR", str(tmp_path / "env"))
    monkeypatch.setenv("COUNTER_HALL_URL", "postgresql://h/hall")
    cfg = config.resolve()
    assert cfg.data_dir == tmp_path / "env"
    assert cfg.hall_url == "postgresql://h/hall" and not cfg.hall_is_embedded
    assert config.resolve(str(tmp_path / "cli")).data_dir == tmp_path / "cli"


def test_default_data_dir_is_the_platform_user_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv("COUNTER_DATA_DIR", raising=False)
    monkeypatch.delenv("COUNTER_HALL_URL", raising=False)
    cfg = config.resolve()
    assert cfg.data_dir == Path(platformdirs.user_data_dir("counter", "CounterHall"))
    assert cfg.hall_is_embedded
