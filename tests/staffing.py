"""Log demo staff in for service tests."""

from __future__ import annotations

import datetime as dt

from counter_app.app import Counter
from counter_app.domain.login import LoggedIn, StaffSession
from counter_app.services import auth, startup

NOW = dt.datetime(2026, 12, 1, 1, 30, tzinfo=dt.UTC)  # Tuesday 09:30 in the hall


def staff_session(counter: Counter, code: str) -> StaffSession:
    outcome = auth.log_in(counter.local(), device_id=startup.device_id(counter), code=code, pin="1234", now=NOW)
    assert isinstance(outcome, LoggedIn), outcome
    return outcome.session
