"""The yellow days the administrator sets (运行参数) are the ones every list and detail warns by."""

from __future__ import annotations

import datetime as dt

from staffing import NOW, staff_session

from counter_app.app import Counter
from counter_app.domain.clock import hall_today
from counter_app.domain.deadlines import WarningLevel
from counter_app.domain.hall_rules import OperatingRules
from counter_app.services import case_queries, operating_rules
from counter_app.services.case_list import CaseFilter, Scope, list_cases


def _yellow(counter: Counter, today: dt.date) -> list[str]:
    admin = staff_session(counter, "S9001")
    rows = list_cases(counter.local(), admin, CaseFilter(scope=Scope.HALL, warning=WarningLevel.YELLOW), today,
                      limit=1000)
    assert all(r.warning is WarningLevel.YELLOW for r in rows)
    return [r.case_no for r in rows]


def test_a_change_of_yellow_days_moves_the_list_and_the_detail(demo_counter: Counter) -> None:
    today = hall_today()  # the demo cases are made relative to the day the demo was loaded
    before = _yellow(demo_counter, today)
    assert before, "the demo has a yellow case"
    admin = staff_session(demo_counter, "S9001")
    values = {**OperatingRules().to_json(), "yellow_days": 0}
    assert operating_rules.save_rules(demo_counter, admin, values, NOW) == []
    assert operating_rules.current_rules(demo_counter).yellow_days == 0
    assert _yellow(demo_counter, today) == []
    detail = case_queries.case_detail(demo_counter.local(), before[0], today)
    assert detail is not None and detail.step_warning is WarningLevel.NORMAL
    values["yellow_days"] = 10
    assert operating_rules.save_rules(demo_counter, admin, values, NOW) == []
    assert set(before) < set(_yellow(demo_counter, today))
