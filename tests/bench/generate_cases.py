"""Fill a demo counter's local store with many cases and their events, for the case benchmarks.

Test data on a fast path: rows go in with executemany on a raw sqlite3
connection, but they are the rows the program writes itself. Each case gets
the events take_in and record_step would append (received, the intake
decision, chain steps), an outbox entry per event, and the projection row
write_projection would make from them: the same key formats (UUIDv7 hex, the
timestamp text SQLAlchemy writes), the same time limits from the demo hall's
calendar, pinyin keys from domain.search. ``verify`` folds a sample of cases
through the program and compares.

    python tests/bench/generate_cases.py [N]      # builds or reuses the cached store
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import json
import os
import queue
import random
import shutil
import sqlite3
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".bench"
GENERATOR_VERSION = 1  # bump when the rows made here change, so caches are rebuilt
BATCH = 50_000

# Roughly the frequency of the commonest Chinese surnames (most common first).
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 平 刚 辉 鹏 华 飞 玲 斌 宇 浩 凯 健 俊 帆 帅 旭 宁 龙 林 欢 阳 琳 "
    "秀英 桂英 秀兰 玉兰 桂兰 秀珍 凤英 玉梅 建华 建国 建军 志强 志明 晓东 晓燕 晓明 晓红 晓丽 文博 文静 文杰 子轩 子涵 "
    "雨萱 浩然 梓涵 欣怡 一诺 思远 俊杰 佳怡 梦琪 海燕 丽华 春梅 国强 红梅 海涛 永刚 立新 淑芬 慧敏 振华 雅琴 婉婷 "
    "志刚 海峰 建平 金凤 玉珍 丽娟 亚楠 雪梅 红霞 小红 小军 光明 德华 永红 国华 新华 卫东 晓峰 宏伟 家豪 子豪 宇航 "
    "诗涵 可馨 语桐 若曦 梓萱 欣妍 思彤 嘉怡 博文 天佑 明轩 皓轩 宇泽 睿 昊 昇 䶮 𠇔 婧雯 雨桐 铭 晨阳 振宇 鑫 淼 "
    "彦斌 立强 秀云 桂芳 凤兰 红英 爱华 丽萍 建新 少华 国庆 建设 跃进 桂香 翠花 淑珍 玉芳 丹丹 婷婷 静怡 佳琪 梦瑶"
).split()
REGIONS = ("410102", "410103", "410104", "410105", "410106", "410108", "410122", "410181", "410182",
           "410183", "410184", "410185", "411002", "410302", "410402", "412702", "110105", "370102")
# Share of cases per department (window clerks' departments; the rest come in at the comprehensive window).
DEPARTMENT_WEIGHTS = {"SCJG": 30, "CGJ": 12, "WLJ": 6, "HBJ": 5, "WJW": 8, "ZRGH": 5, "ZJJ": 8, "JTJ": 6,
                      "JYJ": 8, "MZJ": 4, "CL": 5, "SLJ": 2, "ZWFW": 1}
# status: (weight, events after the intake decision, received this many calendar days ago: lo, hi)
STATUSES = {
    "received": (15, 0, 0, 14),
    "awaiting_correction": (4, 0, 0, 30),
    "undertaking": (30, 0, 0, 45),
    "reviewing": (18, 1, 1, 50),
    "awaiting_approval": (10, 2, 2, 55),
    "issuing": (8, 3, 4, 60),
    "delivering": (5, 4, 5, 60),
    "completed": (6, 5, 7, 730),
    "not_accepted": (2, 0, 0, 730),
    "referred": (2, 0, 0, 730),
}
CHAIN = (("undertaken", {"opinion": "材料齐全，符合法定条件"}), ("reviewed", {"opinion": "同意，报首席代表审批"}),
         ("decided", {"outcome": "granted"}), ("certificate_issued", None), ("delivered", None))
NOT_ACCEPTED_REASON = "申请事项依法不需要取得行政许可，依法不予受理。"
AGENCY = "郑州市市场监督管理局（外商投资企业登记）"

CASE_COLUMNS = (
    "id", "case_no", "item_id", "department_id", "status", "holder_id", "applicant_name", "applicant_id_no",
    "received_on", "accepted_on", "promised_due", "statutory_due", "has_conflict", "event_count", "last_event_at",
    "suspended", "channel", "window_number", "applicant_kind", "applicant_pinyin", "applicant_initials",
    "id_reversed", "intake_due", "issue_due", "step_due", "calendar_confirmed", "outcome",
)
EVENT_COLUMNS = ("id", "case_id", "device_id", "device_seq", "kind", "actor_id", "acting_for_id", "occurred_at",
                 "data", "parent_id")
OUTBOX_COLUMNS = ("fact_table", "fact_id", "queued_at", "pushed_at", "rejected_reason")


def bench_size(default: int = 1_000_000) -> int:
    return int(os.environ.get("BENCH_CASES", str(default)))


def cached_store(n: int, seed: int = 1) -> Path:
    """The data directory of a generated store of n cases, built once per schema head and generator."""
    from counter_app.store.migrate import head_revision

    target = CACHE / f"cases-{n}-s{seed}-{head_revision()}-g{GENERATOR_VERSION}"
    if (target / "ready").exists():
        return target
    for stale in CACHE.glob(f"cases-{n}-s{seed}-*"):  # older schema or generator: ~3 GB each
        shutil.rmtree(stale, ignore_errors=True)
    partial = target.with_name(target.name + f".partial-{os.getpid()}")
    generate(partial, n, seed)
    partial.rename(target)
    return target


def generate(data_dir: Path, n: int = 1_000_000, seed: int = 1) -> Path:
    """Open a demo counter in data_dir and add n cases with their events; returns data_dir."""
    from counter_app import config
    from counter_app.app import Counter
    from counter_app.services.startup import open_counter

    started = time.perf_counter()
    if data_dir.exists():
        shutil.rmtree(data_dir)
    counter = Counter(config.resolve(str(data_dir)))
    open_counter(counter)
    world = _World.read(counter)
    store = counter.config.local_store_path
    counter.close()
    _fill(store, world, n, random.Random(seed))
    (data_dir / "ready").write_text(json.dumps({
        "cases": n, "seed": seed, "generated_on": world.today.isoformat(),
        "seconds": round(time.perf_counter() - started, 1),
    }), encoding="utf-8")
    return data_dir


class _World:
    """What the demo hall holds that generated cases refer to."""

    @classmethod
    def read(cls, counter: Any) -> "_World":
        from sqlalchemy import select
        from sqlalchemy.orm import selectinload

        from counter_app.domain.clock import hall_today
        from counter_app.services import startup
        from counter_app.services.calendar import hall_calendar
        from counter_app.store.models import Device, Hall, Item, LocalCounter, ServiceWindow, Staff

        w = cls()
        w.today = hall_today()
        w.device_id = startup.device_id(counter)
        with counter.local() as uow:
            s = uow.session
            w.calendar = hall_calendar(s)
            hall = s.scalars(select(Hall)).one()
            w.hall_code = hall.code
            device = s.get(Device, w.device_id)
            assert device is not None
            w.device_code = device.code
            windows = {x.id: x.number for x in s.scalars(select(ServiceWindow))}
            w.clerks: dict[str, list[tuple[str, int]]] = {}
            w.chief: dict[str, str] = {}
            w.comprehensive: list[tuple[str, int]] = []
            for staff in s.scalars(select(Staff).options(selectinload(Staff.role_rows))):
                roles = {r.value for r in staff.roles}
                dept = staff.department.code if staff.department else None
                if "window_clerk" in roles and dept:
                    w.clerks.setdefault(dept, []).append((staff.id.hex, windows[staff.window_id]))
                if "comprehensive_clerk" in roles:
                    w.comprehensive.append((staff.id.hex, windows[staff.window_id]))
                if "chief_representative_a" in roles and dept:
                    w.chief[dept] = staff.id.hex
            w.items: dict[str, list[dict[str, Any]]] = {}
            for item in s.scalars(select(Item).options(selectinload(Item.materials)).where(Item.active)):
                w.items.setdefault(item.department.code, []).append(_item_terms(item))
            w.counters = {c.name: c.value for c in s.scalars(select(LocalCounter))}
        return w


def _item_terms(item: Any) -> dict[str, Any]:
    """An item's received-event fragments, serialised once: what take_in writes for it."""
    from counter_app.domain.catalogue import Requirement
    from counter_app.domain.intake import MaterialCheck, MaterialState, to_correct

    terms = {"code": item.code, "name": item.name, "department_code": item.department.code,
             "statutory_days": item.statutory_limit_days, "promised_days": item.promised_limit_days,
             "joint_handling": item.joint_handling}
    required = [m.requirement is Requirement.REQUIRED for m in item.materials]
    complete = [MaterialCheck(m.position, m.name, r, MaterialState.PROVIDED if r else MaterialState.NOT_APPLICABLE)
                for m, r in zip(item.materials, required, strict=True)]
    # A notice: the second required material missing, the first non-conforming.
    short = list(complete)
    short[0] = MaterialCheck(short[0].position, short[0].name, True, MaterialState.NONCONFORMING,
                             "复印件模糊，无法辨认")
    if len(short) > 1 and short[1].required:
        short[1] = MaterialCheck(short[1].position, short[1].name, True, MaterialState.MISSING)
    return {
        "id": item.id.hex, "department_id": item.department_id.hex, "terms": terms,
        "terms_json": json.dumps(terms), "promised": item.promised_limit_days,
        "statutory": item.statutory_limit_days,
        "complete_json": json.dumps([c.as_data() for c in complete]),
        "short_json": json.dumps([c.as_data() for c in short]),
        "notice_json": json.dumps({"materials": [c.as_data() for c in to_correct(short)]}),
    }


def _uuid7(ms: int, bits: Any) -> str:
    """A UUIDv7 as SQLAlchemy's Uuid stores it on SQLite: 32 lower-case hex digits."""
    return f"{ms:012x}7{bits(12):03x}{(0b10 << 62) | bits(62):016x}"


def _fill(store: Path, w: _World, n: int, rng: random.Random) -> None:
    from stdnum.cn import ric

    from counter_app.domain.deadlines import CORRECTION_NOTICE_DAYS, ISSUE_DAYS, due_date
    from counter_app.domain.search import pinyin_keys

    t0 = time.perf_counter()
    cal = w.calendar
    today = w.today.toordinal()
    add_wd = functools.lru_cache(maxsize=None)(lambda d, k: cal.add_working_days(dt.date.fromordinal(d), k).toordinal())
    due = functools.lru_cache(maxsize=None)(
        lambda d, k: due_date(cal, dt.date.fromordinal(d), k))
    confirmed_day = functools.lru_cache(maxsize=None)(lambda d: cal.is_confirmed(dt.date.fromordinal(d)))
    working = functools.lru_cache(maxsize=None)(lambda d: cal.is_working_day(dt.date.fromordinal(d)))
    day_text = functools.lru_cache(maxsize=None)(lambda d: dt.date.fromordinal(d).isoformat())
    epoch = dt.date(1970, 1, 1).toordinal()
    keys = functools.lru_cache(maxsize=None)(pinyin_keys)

    # Draw every case first, then number them in the order they were received.
    departments = list(DEPARTMENT_WEIGHTS)
    dept_cum = list(_cumulative(DEPARTMENT_WEIGHTS[d] for d in departments))
    statuses = list(STATUSES)
    status_cum = list(_cumulative(STATUSES[s][0] for s in statuses))
    surname_cum = list(_cumulative(1 / (i + 1) ** 0.8 for i in range(len(SURNAMES))))
    rand, bits = rng.random, rng.getrandbits

    def randint(lo: int, hi: int) -> int:  # random.randint, without its argument checks
        return lo + int(rand() * (hi - lo + 1))

    def choice(seq: Any) -> Any:
        return seq[int(rand() * len(seq))]

    def stamp(ms: int) -> str:
        """A UTC instant as SQLAlchemy's DateTime writes it on SQLite."""
        second = ms // 1000 % 86_400
        return (f"{day_text(ms // 86_400_000 + epoch)} {second // 3600:02d}:{second // 60 % 60:02d}:"
                f"{second % 60:02d}.{ms % 1000 * 1000:06d}")

    name_json = functools.lru_cache(maxsize=None)(json.dumps)
    compact = functools.lru_cache(maxsize=None)(lambda d: dt.date.fromordinal(d).strftime("%Y%m%d"))
    chain = [(kind, json.dumps(data)) for kind, data in CHAIN]
    decision_data = {"accepted": "{}", "not_accepted": json.dumps({"reason": NOT_ACCEPTED_REASON}),
                     "referred": json.dumps({"agency": AGENCY, "reason": AGENCY})}
    draws = []
    for _ in range(n):
        status = bisect.bisect(status_cum, rand() * status_cum[-1])
        _w, _steps, lo, hi = STATUSES[statuses[status]]
        day = today - randint(lo, hi)
        while not working(day):
            day -= 1
        draws.append((day, randint(3600, 8 * 3600), status, bisect.bisect(dept_cum, rand() * dept_cum[-1])))
    draws.sort()
    print(f"  drew {n} cases in {time.perf_counter() - t0:.1f}s", file=sys.stderr)

    con = sqlite3.connect(store, isolation_level=None, check_same_thread=False)  # one writer at a time
    con.execute("PRAGMA journal_mode=OFF")  # the store is built in a scratch directory, then renamed
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-1000000")
    con.execute("PRAGMA temp_store=MEMORY")
    indexes = con.execute("SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL "
                          "AND tbl_name IN ('case_file', 'case_event', 'outbox')").fetchall()
    for name, _sql in indexes:  # rebuilt after the load: sorting once beats a million random inserts
        con.execute(f'DROP INDEX "{name}"')
    case_sql = f"INSERT INTO case_file ({', '.join(CASE_COLUMNS)}) VALUES ({', '.join('?' * len(CASE_COLUMNS))})"
    event_sql = f"INSERT INTO case_event ({', '.join(EVENT_COLUMNS)}) VALUES ({', '.join('?' * len(EVENT_COLUMNS))})"
    outbox_sql = f"INSERT INTO outbox ({', '.join(OUTBOX_COLUMNS)}) VALUES ({', '.join('?' * len(OUTBOX_COLUMNS))})"

    device = w.device_id.hex
    seq = w.counters.get("device_seq", 0)
    per_day = {name: value for name, value in w.counters.items() if name.startswith("case_no:")}
    case_rows: list[tuple[Any, ...]] = []
    event_rows: list[tuple[Any, ...]] = []
    outbox_rows: list[tuple[Any, ...]] = []
    now_ms = int(time.time() * 1000)
    made = 0

    # sqlite3 lets go of the GIL while it writes: a writer thread overlaps the inserts with making rows.
    batches: queue.Queue[tuple[list[Any], list[Any], list[Any]] | None] = queue.Queue(maxsize=2)
    failures: list[BaseException] = []

    def write() -> None:
        try:
            while (batch := batches.get()) is not None:
                con.execute("BEGIN")
                con.executemany(event_sql, batch[1])
                con.executemany(outbox_sql, batch[2])
                con.executemany(case_sql, batch[0])
                con.execute("COMMIT")
        except BaseException as error:  # noqa: BLE001 - re-raised in the main thread
            failures.append(error)
            while batches.get() is not None:
                pass

    writer = threading.Thread(target=write, name="case-writer")
    writer.start()

    def flush() -> None:
        nonlocal case_rows, event_rows, outbox_rows
        batches.put((case_rows, event_rows, outbox_rows))
        case_rows, event_rows, outbox_rows = [], [], []

    for day, second, status_index, dept_index in draws:
        status = statuses[status_index]
        dept = departments[dept_index]
        item = choice(w.items[dept])
        comprehensive = dept not in w.clerks
        if comprehensive:
            clerk, window = choice(w.comprehensive)
            owner = w.chief[dept]  # accepts and handles it in the department
        else:
            clerk, window = choice(w.clerks[dept])
            owner = clerk
        name = SURNAMES[bisect.bisect(surname_cum, rand() * surname_cum[-1])] + GIVEN[randint(0, len(GIVEN) - 1)]
        full, initials = keys(name)
        birth = compact(randint(711858, 732677))  # 1950 .. 2006
        base = f"{choice(REGIONS)}{birth}{randint(0, 999):03d}"
        id_number = base + ric.calc_check_digit(base + "?")
        phone = f"1{choice('3456789')}{randint(0, 999_999_999):09d}"
        date_key = "case_no:" + compact(day)
        per_day[date_key] = number = per_day.get(date_key, 0) + 1
        case_no = f"{w.hall_code}-{date_key[8:]}-{w.device_code}-{number:04d}"

        # The events, as take_in and record_step append them.
        ms0 = (day - epoch) * 86_400_000 + second * 1000
        case_id = _uuid7(ms0, bits)
        decision = {"received": None, "awaiting_correction": "correction_requested", "not_accepted": "not_accepted",
                    "referred": "referred"}.get(status, "accepted")
        if comprehensive:
            decision = None if status == "received" else decision
        applicant = (f'{{"kind": "person", "name": {name_json(name)}, "id_number": "{id_number}", '
                     f'"phone": "{phone}"}}')
        materials = item["short_json"] if decision == "correction_requested" else item["complete_json"]
        received = (f'{{"case_no": "{case_no}", "item": {item["terms_json"]}, "channel": '
                    f'"{"comprehensive" if comprehensive else "window"}", "window_number": {window}, '
                    f'"applicant": {applicant}, "materials": {materials}, "notes": ""}}')
        events = [("received", clerk, ms0, received)]
        if decision is not None:
            data = item["notice_json"] if decision == "correction_requested" else decision_data[decision]
            # At the comprehensive window the department decides later; at its own window, on the spot.
            decided_at = ms0 if not comprehensive else ms0 + 86_400_000 * (add_wd(day, 1) - day)
            events.append((decision, owner, min(decided_at, now_ms), data))
        step_day = day
        decided_on = None
        for k in range(STATUSES[status][1]):
            step_day = min(add_wd(step_day, randint(1, 2) if k else 1), today)
            kind, data = chain[k]
            if kind == "certificate_issued":
                data = f'{{"certificate_no": "JY{case_no[-4:]}{day_text(day)[:4]}"}}'
            elif kind == "delivered":
                data = f'{{"method": "post", "tracking_no": "11{randint(0, 10**11 - 1):011d}"}}'
            elif kind == "decided":
                decided_on = step_day
            actor = w.chief[dept] if kind == "decided" else owner
            at = max((step_day - epoch) * 86_400_000 + 7 * 3_600_000 + k * 60_000, events[-1][2] + 60_000)
            events.append((kind, actor, min(at, now_ms), data))
        parent = None
        for kind, actor, ms, data in events:
            seq += 1
            event_id = _uuid7(ms, bits)
            at = stamp(ms)
            event_rows.append((event_id, case_id, device, seq, kind, actor, None, at, data, parent))
            outbox_rows.append(("case_event", event_id, at, stamp(ms + 5_000) if ms < now_ms - 86_400_000
                                else None, None))
            parent = event_id

        # The projection, as write_projection makes it from the fold and timing().
        accepted_on = events[1][2] // 86_400_000 + epoch if decision == "accepted" else None
        waiting = status in ("received", "awaiting_correction")
        intake_due = add_wd(day, CORRECTION_NOTICE_DAYS) if waiting else None
        start = accepted_on or (day if status == "received" else None)
        promised = due(start, item["promised"]) if start is not None and item["promised"] is not None else None
        statutory = due(start, item["statutory"]) if start is not None and item["statutory"] is not None else None
        issue_due = add_wd(decided_on, ISSUE_DAYS) if decided_on is not None else None
        if status == "received":
            step_due = intake_due
        elif status in ("undertaking", "reviewing", "awaiting_approval"):
            handling = promised or statutory
            step_due = handling.day.toordinal() if handling and handling.day else None
        elif status in ("issuing", "delivering"):
            step_due = issue_due
        else:
            step_due = None
        confirmed = all(d.confirmed for d in (promised, statutory) if d is not None)
        confirmed = confirmed and all(confirmed_day(d) for d in (intake_due, issue_due) if d is not None)
        if status in ("awaiting_approval", "completed", "not_accepted", "referred"):
            holder = None
        elif status == "received":
            holder = None if comprehensive else clerk
        else:
            holder = owner
        case_rows.append((
            case_id, case_no, item["id"], item["department_id"], status, holder, name, id_number,
            day_text(day), day_text(accepted_on) if accepted_on else None,
            promised.day.isoformat() if promised and promised.day else None,
            statutory.day.isoformat() if statutory and statutory.day else None,
            0, len(events), stamp(events[-1][2]), 0, "comprehensive" if comprehensive else "window", window,
            "person", full[:400], initials[:100], id_number[::-1],
            day_text(intake_due) if intake_due else None, day_text(issue_due) if issue_due else None,
            day_text(step_due) if step_due else None, 1 if confirmed else 0,
            "granted" if decided_on is not None else None,
        ))
        made += 1
        if len(case_rows) >= BATCH:
            flush()
            if made % 200_000 == 0:
                print(f"  {made} cases, {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    if case_rows:
        flush()
    batches.put(None)
    writer.join()
    if failures:
        raise failures[0]
    t1 = time.perf_counter()
    con.execute("BEGIN")
    con.executemany("INSERT INTO local_counter (name, value) VALUES (?, ?) "
                    "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                    [("device_seq", seq), *per_day.items()])
    con.execute("COMMIT")
    for _name, sql in indexes:
        con.execute(sql)
    t2 = time.perf_counter()
    con.execute("ANALYZE")
    con.execute("PRAGMA journal_mode=WAL")  # as the program leaves it
    con.close()
    print(f"  rows {t1 - t0:.0f}s, indexes {t2 - t1:.0f}s, analyze {time.perf_counter() - t2:.0f}s",
          file=sys.stderr)


def _cumulative(weights: Any) -> Any:
    total = 0.0
    for weight in weights:
        total += weight
        yield total


def verify(data_dir: Path, sample: int = 200, seed: int = 7) -> int:
    """Fold a sample of generated cases through the program; the projection rows must match. Returns mismatches."""
    from sqlalchemy import func, select, text

    from counter_app import config
    from counter_app.app import Counter
    from counter_app.domain.applicant import validate_person
    from counter_app.domain.case import fold
    from counter_app.domain.case_timing import timing
    from counter_app.domain.clock import hall_today
    from counter_app.domain.search import pinyin_keys
    from counter_app.services.calendar import hall_calendar
    from counter_app.store import cases
    from counter_app.store.models import Case, Item

    counter = Counter(config.resolve(str(data_dir)))
    rng = random.Random(seed)
    bad = 0
    try:
        with counter.local() as uow:
            s = uow.session
            calendar = hall_calendar(s)
            count = s.scalar(select(func.count()).select_from(Case)) or 0
            for _ in range(sample):
                row = s.scalars(select(Case).offset(rng.randrange(count)).limit(1)).one()
                state = fold(cases.events_of(s, row.id))
                t = timing(state, calendar)
                expected = {
                    "case_no": state.case_no, "status": state.status.value, "holder_id": state.holder_id,
                    "window_number": state.window_number, "channel": state.channel,
                    "applicant_name": state.applicant.get("name"), "received_on": state.received_on,
                    "accepted_on": state.accepted_on, "intake_due": t.intake_due,
                    "promised_due": t.promised_due.day if t.promised_due else None,
                    "statutory_due": t.statutory_due.day if t.statutory_due else None,
                    "issue_due": t.issue_due, "step_due": t.step_due, "calendar_confirmed": t.confirmed,
                    "event_count": state.event_count, "last_event_at": state.last_event_at,
                    "outcome": state.outcome.value if state.outcome else None, "has_conflict": state.has_conflict,
                    "applicant_id_no": state.applicant.get("id_number"),
                    "id_reversed": state.applicant["id_number"][::-1],
                    "applicant_pinyin": pinyin_keys(state.applicant["name"])[0],
                    "applicant_initials": pinyin_keys(state.applicant["name"])[1],
                    "item_id": s.scalar(select(Item.id).where(Item.code == state.item.code)),
                    "department_id": s.scalar(select(Item.department_id).where(Item.code == state.item.code)),
                }
                diff = {k: (getattr(row, k), v) for k, v in expected.items() if getattr(row, k) != v}
                person, errors = validate_person(row.applicant_name, row.applicant_id_no or "",
                                                 str(state.applicant.get("phone", "")), today=hall_today())
                if errors or person is None or vars(person) != {k: v for k, v in state.applicant.items()
                                                               if k != "kind"}:
                    diff["applicant"] = (dict(state.applicant), errors)
                texts = s.execute(text("SELECT data FROM case_event WHERE case_id = :id"), {"id": row.id.hex})
                for (data,) in texts:
                    if json.dumps(json.loads(data)) != data:
                        diff["event data"] = (data[:60], "json.dumps text")
                if diff or state.ignored:
                    bad += 1
                    if bad <= 5:
                        print(f"  mismatch {row.case_no}: {diff} ignored={state.ignored}", file=sys.stderr)
    finally:
        counter.close()
    return bad


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else bench_size()
    began = time.perf_counter()
    path = cached_store(size)
    print(f"{path} ready in {time.perf_counter() - began:.0f}s; "
          f"{verify(path)} of 200 sampled cases differ from the program's fold")
