"""Case numbers (办件编号), made offline and never reused.

hall code · date · device code · the device's sequence for that day, e.g.
410103-20261201-C01-0007. The hall hands out device codes, each device's
sequence only grows, so two counters can never make the same number, even
while the hall network is down.
"""

from __future__ import annotations

import datetime as dt
import re

_PATTERN = re.compile(r"^(\d{6})-(\d{8})-([A-Z]\d{2,3})-(\d{4,})$")


def case_number(hall_code: str, day: dt.date, device_code: str, sequence: int) -> str:
    if sequence < 1:
        raise ValueError("case sequences start at 1")
    return f"{hall_code}-{day:%Y%m%d}-{device_code}-{sequence:04d}"


def sequence_name(day: dt.date) -> str:
    """The device-local counter a day's case numbers are drawn from."""
    return f"case_no:{day:%Y%m%d}"


def is_case_number(text: str) -> bool:
    return bool(_PATTERN.match(text))
