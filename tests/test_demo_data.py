"""The bundled demo data is coherent (a broken file must not ship)."""

from __future__ import annotations

import datetime as dt

from counter_app.domain.catalogue import ItemKind, MaterialForm, Requirement
from counter_app.domain.hall import Season, WindowType
from counter_app.domain.login import pin_format_error
from counter_app.domain.staff import Employment, Role
from counter_app.services.demo import demo_data


def test_references_resolve_and_codes_are_unique() -> None:
    data = demo_data()
    departments = {d["code"] for d in data["departments"]}
    assert len(departments) == len(data["departments"])
    windows = {w["number"] for w in data["windows"]}
    staff = {p["code"] for p in data["staff"]}
    assert len(staff) == len(data["staff"])
    assert len({i["code"] for i in data["items"]}) == len(data["items"])
    for w in data["windows"]:
        WindowType(w["type"])
        assert set(w["departments"]) <= departments
        if w["type"] == "constant":
            assert len(w["departments"]) == 1
        if w.get("season"):
            Season.parse(w["season"]["from"], w["season"]["to"])
    for p in data["staff"]:
        Employment(p["employment"])
        assert {Role(r) for r in p["roles"]}
        assert p["department"] is None or p["department"] in departments
        assert p["window"] is None or p["window"] in windows
        assert p["backup"] is None or p["backup"] in staff
        assert pin_format_error(p["pin"]) is None
        assert dt.date.fromisoformat(p["birth_date"]) < dt.date.fromisoformat(p["posted_on"])


def test_items_are_realistic() -> None:
    for item in demo_data()["items"]:
        ItemKind(item["kind"])
        assert item["legal_basis"] and item["materials"], item["code"]
        if item["statutory_limit_days"] and item["promised_limit_days"]:
            assert item["promised_limit_days"] <= item["statutory_limit_days"], item["code"]
        for material in item["materials"]:
            MaterialForm(material["form"])
            Requirement(material["requirement"])
            assert material["copies"] >= 1


def test_ab_pairs_are_mutual_for_chief_representatives() -> None:
    staff = {p["code"]: p for p in demo_data()["staff"]}
    for person in staff.values():
        if "chief_representative_a" in person["roles"]:
            b = staff[person["backup"]]
            assert "chief_representative_b" in b["roles"] and b["backup"] == person["code"]
            assert b["department"] == person["department"]


def test_demo_logins_exist() -> None:
    data = demo_data()
    staff = {p["code"]: p for p in data["staff"]}
    for login in data["demo_logins"]:
        assert staff[login["code"]]["pin"] == login["pin"]
