"""The administrator's form of the hall's operating rules (运行参数): each figure checked on its own.

OperatingRules.check guards what is stored; here every field gets its own error, so that the
form can show it next to the field, and a ceiling keeps a slip of the finger (1500 for 15) out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from counter_app.domain.applicant import FieldError
from counter_app.domain.hall_rules import OperatingRules

# Lowest and highest value of each rule; the lows are OperatingRules.check's.
BOUNDS: dict[str, tuple[int, int]] = {
    "emergency_waiting_per_window": (1, 500),
    "emergency_intake_per_window": (1, 2000),
    "bad_rating_max_level": (1, 4),
    "follow_up_days": (0, 60),
    "yellow_days": (0, 30),
}
assert set(BOUNDS) == {f.name for f in dataclasses.fields(OperatingRules)}


def rules_from_form(values: Mapping[str, object]) -> tuple[OperatingRules | None, list[FieldError]]:
    """The rules a form gives, or the errors by field ("required", "not_a_number", "out_of_range")."""
    errors: list[FieldError] = []
    for name, (low, high) in BOUNDS.items():
        value = values.get(name)
        if value is None or value == "":
            errors.append(FieldError(name, "required"))
        elif not isinstance(value, int) or isinstance(value, bool):
            errors.append(FieldError(name, "not_a_number"))
        elif not low <= value <= high:
            errors.append(FieldError(name, "out_of_range"))
    if errors:
        return None, errors
    rules = OperatingRules(**{name: values[name] for name in BOUNDS})  # type: ignore[arg-type]
    rules.check()
    return rules, []
