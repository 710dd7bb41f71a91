"""The case list: scopes, filters, warning levels, search kinds and keyset pages."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from staffing import NOW, staff_session
from test_intake_service import _form, valid_id

from counter_app.app import Counter
from counter_app.domain.clock import hall_today
from counter_app.domain.deadlines import WarningLevel
from counter_app.domain.intake import IntakeDecision
from counter_app.services.case_queries import CaseFilter, Scope, SearchKind, list_cases, search_kind
from counter_app.services.intake import take_in

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def filled(demo_counter: Counter) -> Counter:
    clerk = staff_session(demo_counter, "S0101")
    other = staff_session(demo_counter, "S0103")
    for n, name in enumerate(["张三", "张三丰", "李四", "王五", "郭𠇔"]):
        who = clerk if n % 2 == 0 else other
        take_in(demo_counter.local(), who, _form(name=name, id_number=valid_id(seq=f"{n:02d}1")),
                IntakeDecision.ACCEPT, NOW - dt.timedelta(days=n))
    comprehensive = staff_session(demo_counter, "S9011")
    from domain_forms import cl_form

    take_in(demo_counter.local(), comprehensive, cl_form(), IntakeDecision.RECEIVE_FOR_DEPARTMENT, NOW)
    return demo_counter


def _list(counter: Counter, code: str | None = "S0101", **f):  # type: ignore[no-untyped-def]
    who = staff_session(counter, code) if code else None
    return list_cases(counter.local(), who, CaseFilter(**f), TODAY)


def test_demo_cases_are_in_every_state(demo_counter: Counter) -> None:
    rows = _list(demo_counter, None, scope=Scope.HALL)
    states = {r.status for r in rows}
    assert states >= {"received", "awaiting_correction", "undertaking", "reviewing", "awaiting_approval",
                      "issuing", "delivering", "completed", "not_accepted", "referred"}
    assert any(r.suspended for r in rows)
    today = hall_today()  # the demo's days are the hall's, whatever the machine's zone
    live = list_cases(demo_counter.local(), None, CaseFilter(scope=Scope.HALL), today)
    assert {WarningLevel.YELLOW, WarningLevel.RED} <= {r.warning for r in live}
    assert any(r.deemed_accepted for r in live)


def test_scopes(filled: Counter) -> None:
    mine = {r.applicant_name for r in _list(filled, "S0101", scope=Scope.MINE)}
    assert {"张三", "李四", "郭𠇔"} <= mine and "张三丰" not in mine
    department = {r.applicant_name for r in _list(filled, "S0101", scope=Scope.DEPARTMENT)}
    assert {"张三", "张三丰", "李四", "王五", "郭𠇔"} <= department
    window = _list(filled, "S9011", scope=Scope.WINDOW)
    assert [r.item_name for r in window if r.applicant_name == "张三"] == ["残疾人证新办"]


def test_sorted_by_deadline_and_masked(filled: Counter) -> None:
    rows = _list(filled, "S0101", scope=Scope.DEPARTMENT)
    keys = [r.key for r in rows]
    assert keys == sorted(keys)
    assert all("*" in r.masked_id for r in rows if r.masked_id)
    assert all(len(r.masked_id) == 18 and r.masked_id[6:14] == "********" for r in rows if r.masked_id)


@pytest.mark.parametrize(("query", "kind", "expected"), [
    ("张三", SearchKind.NAME, {"张三", "张三丰"}),
    ("郭𠇔", SearchKind.NAME, {"郭𠇔"}),
    ("zhangsan", SearchKind.PINYIN, {"张三", "张三丰"}),
    ("ZSF", SearchKind.PINYIN, {"张三丰"}),
    ("ls", SearchKind.PINYIN, {"李四"}),
])
def test_search_by_name_and_pinyin(filled: Counter, query: str, kind: SearchKind, expected: set[str]) -> None:
    assert search_kind(query) is kind
    found = {r.applicant_name for r in _list(filled, "S0101", scope=Scope.DEPARTMENT, search=query)}
    assert found == expected


def test_search_by_last_digits_of_the_identity_number(filled: Counter) -> None:
    number = valid_id(seq="011")  # the second applicant, 张三丰
    assert search_kind(number[-6:]) is SearchKind.ID_TAIL
    found = _list(filled, "S0101", scope=Scope.DEPARTMENT, search=number[-6:])
    assert [r.applicant_name for r in found] == ["张三丰"]


def test_search_by_case_number(filled: Counter) -> None:
    some = _list(filled, "S0101", scope=Scope.DEPARTMENT)[0].case_no
    assert search_kind(some) is SearchKind.CASE_NO
    assert [r.case_no for r in _list(filled, "S0101", scope=Scope.DEPARTMENT, search=some)] == [some]
    assert len(_list(filled, "S0101", scope=Scope.DEPARTMENT, search="410103-2026")) >= 5


def test_filter_by_state_and_warning(filled: Counter) -> None:
    rows = _list(filled, "S0101", scope=Scope.DEPARTMENT, statuses=frozenset({"received"}))
    assert rows and {r.status for r in rows} == {"received"}
    for level in (WarningLevel.RED, WarningLevel.YELLOW):
        rows = _list(filled, "S0101", scope=Scope.DEPARTMENT, warning=level)
        assert rows and {r.warning for r in rows} == {level}


def test_keyset_pages_cover_everything_once(filled: Counter) -> None:
    every = _list(filled, None, scope=Scope.HALL)
    pages, after = [], None
    while True:
        page = list_cases(filled.local(), None, CaseFilter(scope=Scope.HALL), TODAY, after=after, limit=4)
        if not page:
            break
        pages += page
        after = page[-1].key
    assert [r.case_no for r in pages] == [r.case_no for r in every]


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "counter_app", "--data-dir", str(data_dir), "case", *args],
                          capture_output=True, text=True, timeout=60)


def test_cli_case_list_and_show(demo_dir: Path) -> None:
    out = _cli(demo_dir, "list", "--json", "--state", "awaiting_correction")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert rows and {r["status"] for r in rows} == {"awaiting_correction"}
    shown = _cli(demo_dir, "show", rows[0]["case_no"], "--json")
    detail = json.loads(shown.stdout)
    assert detail["state"]["case_no"] == rows[0]["case_no"]
    assert [e["kind"] for e in detail["timeline"]][:2] == ["received", "correction_requested"]
    assert "*" in detail["state"]["applicant"]["id_number"]


def test_cli_case_errors(demo_dir: Path, tmp_path: Path) -> None:
    unknown = _cli(demo_dir, "show", "410103-20990101-C01-0001")
    assert unknown.returncode == 1 and "no case" in unknown.stderr
    bad_state = _cli(demo_dir, "list", "--state", "flying")
    assert bad_state.returncode == 2 and "invalid choice" in bad_state.stderr
    empty = _cli(tmp_path / "nothing", "list")
    assert empty.returncode == 1 and "counter-app init" in empty.stderr


def test_a_suspended_case_past_its_day_is_normal_and_not_under_red(demo_counter: Counter) -> None:
    """The clock stops while a case is suspended (art. 45): the filters agree with the label."""
    later = hall_today() + dt.timedelta(days=400)  # every deadline of the demo has passed by then
    every = list_cases(demo_counter.local(), None, CaseFilter(scope=Scope.HALL), later)
    suspended = [r for r in every if r.suspended]
    # No step deadline runs while suspended, so no day can make it yellow or red.
    assert suspended and {(r.step_due, r.warning) for r in suspended} == {(None, WarningLevel.NORMAL)}
    red = list_cases(demo_counter.local(), None, CaseFilter(scope=Scope.HALL, warning=WarningLevel.RED), later)
    yellow = list_cases(demo_counter.local(), None, CaseFilter(scope=Scope.HALL, warning=WarningLevel.YELLOW),
                        later)
    assert red and not {r.case_no for r in suspended} & {r.case_no for r in red + yellow}
    assert {r.warning for r in red} == {WarningLevel.RED}
