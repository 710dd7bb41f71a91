"""The service guide of an item (办事指南) as printed for the applicant: plain data.

The hall's notice asks every department to publish its items' guides, their procedure and their
time limits (政务公开). The guide is made from the catalogue and the hall's reference data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class GuideMaterial:
    name: str
    form: str  # original, copy, original_and_copy
    copies: int
    required: bool
    note: str


@dataclass(frozen=True)
class GuideWindow:
    number: int
    name: str
    comprehensive: bool  # receives for the department (综合窗口收件), the department accepts at the hall


@dataclass(frozen=True)
class ServiceGuide:
    item_code: str
    item_name: str
    item_kind: str  # ItemKind value
    department_name: str
    department_phone: str
    conditions: str
    materials: tuple[GuideMaterial, ...]
    statutory_limit_days: int | None
    promised_limit_days: int | None
    joint_handling: bool
    fee: str
    legal_basis: str
    windows: tuple[GuideWindow, ...]
    chief_names: tuple[str, ...]  # the department's chief representatives (首席代表), who approve
    hall_name: str
    hall_address: str
    hall_phones: tuple[str, ...]
    opening_hours: tuple[tuple[str, str], ...]  # (key, text) as the hall row has them
    printed_on: dt.date
