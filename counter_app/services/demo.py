"""Load the demo hall (二七区行政服务中心) into an empty hall store."""

from __future__ import annotations

import datetime as dt
import json
from concurrent.futures import ThreadPoolExecutor
from importlib.resources import files
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.catalogue import ItemKind, MaterialForm, Requirement
from counter_app.domain.clock import hall_today
from counter_app.domain.hall import Season, WindowType
from counter_app.domain.seals import SealEventKind, SealState
from counter_app.domain.search import pinyin_keys
from counter_app.domain.staff import Employment, Role
from counter_app.services import demo_appointments
from counter_app.services.pins import hash_pin
from counter_app.store.models import (
    Department,
    Hall,
    Item,
    ItemMaterial,
    Seal,
    SealEvent,
    ServiceWindow,
    Staff,
    StaffRole,
)

DEMO_FILE = "demo_hall.json"


class DemoDataError(ValueError):
    """The bundled demo data contradicts itself (a test keeps this from shipping)."""


def demo_data() -> dict[str, Any]:
    text = (files("counter_app.db") / "demo" / DEMO_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def hall_is_empty(session: Session) -> bool:
    return session.scalar(select(Hall.id).limit(1)) is None


def load_demo_hall(session: Session, data: dict[str, Any] | None = None) -> None:
    """Add the demo hall's reference data to the session (the caller commits)."""
    data = data or demo_data()
    hall = data["hall"]
    session.add(
        Hall(
            code=hall["code"],
            name=hall["name"],
            address=hall["address"],
            phones=list(hall["phones"]),
            opening_hours=dict(hall["opening_hours"]),
            review_body=hall.get("review_body", ""),
            court=hall.get("court", ""),
        )
    )
    departments = {
        d["code"]: Department(
            code=d["code"], name=d["name"], short_name=d["short_name"], phone=d.get("phone")
        )
        for d in data["departments"]
    }
    session.add_all(departments.values())
    windows = {w["number"]: _window(w, departments) for w in data["windows"]}
    session.add_all(windows.values())
    session.add_all(_item(i, departments) for i in data["items"])
    _add_staff(session, data["staff"], departments, windows)
    session.flush()
    _add_seals(session, departments)
    session.flush()
    demo_appointments.add_demo_slots(session, hall_today())


def _add_seals(session: Session, departments: dict[str, Department]) -> None:
    """One special approval seal per department with a chief representative, kept by its A and B."""
    chiefs: dict[tuple[Any, Role], Staff] = {}
    admin: Staff | None = None
    for staff in session.scalars(select(Staff)):
        if Role.HALL_ADMIN in staff.roles:
            admin = staff
        for role in staff.roles & {Role.CHIEF_REPRESENTATIVE_A, Role.CHIEF_REPRESENTATIVE_B}:
            chiefs[(staff.department_id, role)] = staff
    for code, department in departments.items():
        a = chiefs.get((department.id, Role.CHIEF_REPRESENTATIVE_A))
        if a is None:
            continue
        b = chiefs.get((department.id, Role.CHIEF_REPRESENTATIVE_B))
        seal = Seal(code=f"{code}-SP01", name=f"{department.name}行政审批专用章", department_id=department.id,
                    state=SealState.IN_USE, custodian_a_id=a.id, custodian_b_id=b.id if b else None)
        session.add(seal)
        session.flush()
        session.add(SealEvent(seal_id=seal.id, kind=SealEventKind.REGISTERED.value,
                              occurred_at=dt.datetime(2026, 1, 5, 1, tzinfo=dt.UTC),
                              actor_id=admin.id if admin else a.id,
                              data={"custodian_a": str(a.id), "custodian_b": str(b.id) if b else None}))


def _lookup(table: dict[Any, Any], key: Any, what: str) -> Any:
    try:
        return table[key]
    except KeyError:
        raise DemoDataError(f"unknown {what}: {key!r}") from None


def _window(w: dict[str, Any], departments: dict[str, Department]) -> ServiceWindow:
    season = w.get("season")
    if season:
        Season.parse(season["from"], season["to"])
    return ServiceWindow(
        number=w["number"],
        name=w["name"],
        type=WindowType(w["type"]),
        is_open=bool(w["open"]),
        season_from=season["from"] if season else None,
        season_to=season["to"] if season else None,
        departments=[_lookup(departments, code, "department") for code in w["departments"]],
    )


def _item(i: dict[str, Any], departments: dict[str, Department]) -> Item:
    full, initials = pinyin_keys(i["name"])
    return Item(
        code=i["code"],
        name=i["name"],
        kind=ItemKind(i["kind"]),
        department=_lookup(departments, i["department"], "department"),
        legal_basis=i["legal_basis"],
        statutory_limit_days=i.get("statutory_limit_days"),
        promised_limit_days=i.get("promised_limit_days"),
        joint_handling=bool(i.get("joint_handling", False)),
        fee=i.get("fee") or "不收费",
        conditions=i.get("conditions"),
        source=i.get("source"),
        pinyin=full,
        pinyin_initials=initials,
        materials=[
            ItemMaterial(
                position=n,
                name=m["name"],
                form=MaterialForm(m["form"]),
                copies=int(m["copies"]),
                requirement=Requirement(m["requirement"]),
                note=m.get("note"),
            )
            for n, m in enumerate(i["materials"], start=1)
        ],
    )


def _add_staff(
    session: Session,
    people: list[dict[str, Any]],
    departments: dict[str, Department],
    windows: dict[int, ServiceWindow],
) -> None:
    # Argon2 releases the GIL, so hashing every demo PIN in a pool halves the first run.
    with ThreadPoolExecutor(max_workers=4) as pool:
        hashes = list(pool.map(hash_pin, (p["pin"] for p in people)))
    by_code: dict[str, Staff] = {}
    for person, pin_hash in zip(people, hashes, strict=True):
        staff = Staff(
            code=person["code"],
            name=person["name"],
            department=_lookup(departments, person["department"], "department")
            if person.get("department")
            else None,
            window=_lookup(windows, person["window"], "window") if person.get("window") else None,
            employment=Employment(person["employment"]),
            law_enforcement_cert=person.get("law_enforcement_cert"),
            posted_on=dt.date.fromisoformat(person["posted_on"]),
            birth_date=dt.date.fromisoformat(person["birth_date"]),
            experience_since=dt.date.fromisoformat(person["experience_since"]) if person.get("experience_since")
            else None,
            pin_hash=pin_hash,
            role_rows=[StaffRole(role=Role(r)) for r in person["roles"]],
        )
        by_code[staff.code] = staff
    session.add_all(by_code.values())
    session.flush()
    for person in people:
        if person.get("backup"):
            by_code[person["code"]].backup_id = _lookup(by_code, person["backup"], "staff").id
