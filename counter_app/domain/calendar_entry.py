"""A year's holiday arrangement as the hall administrator enters it from the State Council notice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from counter_app.domain.applicant import FieldError, validate_text

MAX_SPAN_DAYS = 15  # the longest arrangement so far (Spring Festival) is 9 days


@dataclass(frozen=True)
class ArrangementLine:
    """One line of the notice: a holiday span, or a make-up working day (调休上班)."""

    working: bool
    start: dt.date
    end: dt.date
    name: str


def validate_arrangement(year: int, lines: Sequence[ArrangementLine], notice: str
                         ) -> tuple[dict[dt.date, tuple[bool, str]], list[FieldError]]:
    """The days to store (date -> (working, name)) and the errors, keyed line_<n> or notice."""
    errors: list[FieldError] = list(validate_text(notice, "notice", required=True, max_length=200)[1])
    days: dict[dt.date, tuple[bool, str]] = {}
    if not lines:
        errors.append(FieldError("lines", "required"))
    for n, line in enumerate(lines, start=1):
        field = f"line_{n}"
        name, name_errors = validate_text(line.name, field, required=True, max_length=30)
        errors += name_errors
        if line.end < line.start:
            errors.append(FieldError(field, "before_start"))
            continue
        if line.start.year != year or line.end.year != year:
            errors.append(FieldError(field, "outside_year"))
            continue
        if (line.end - line.start).days >= MAX_SPAN_DAYS:
            errors.append(FieldError(field, "out_of_range"))
            continue
        day = line.start
        while day <= line.end:
            if line.working and day.weekday() < 5:
                # A make-up working day is a Saturday or Sunday; a weekday already is one.
                errors.append(FieldError(field, "workday_not_weekend"))
                break
            if day in days and days[day][0] != line.working:
                errors.append(FieldError(field, "contradicts_line"))
                break
            days[day] = (line.working, name)
            day += dt.timedelta(days=1)
    return days, errors
