"""The hall's operating rules that its administrator sets (运行参数), with the defaults of the demo hall.

Kept on the hall row as JSON so that a new rule needs no schema change; read through
OperatingRules so that every reader gets the same defaults and the same checks.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from counter_app.domain.deadlines import DEFAULT_YELLOW_DAYS


@dataclass(frozen=True)
class OperatingRules:
    # Suggest an emergency window (应急窗口) when either figure per open window passes its threshold.
    emergency_waiting_per_window: int = 15
    emergency_intake_per_window: int = 40
    # A rating at or below this level (1 to 5) is a bad rating (差评) and opens a follow-up.
    bad_rating_max_level: int = 2
    # Working days the chief representative has to follow up a bad rating.
    follow_up_days: int = 5
    # Working days left at which a case turns yellow (黄牌预警).
    yellow_days: int = DEFAULT_YELLOW_DAYS

    @classmethod
    def from_json(cls, raw: Mapping[str, Any] | None) -> "OperatingRules":
        """Read the stored rules; a missing rule takes its default, a wrong one raises ValueError."""
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in (raw or {}).items() if k in known}
        rules = cls(**values)
        rules.check()
        return rules

    def to_json(self) -> dict[str, int]:
        return dataclasses.asdict(self)

    def check(self) -> None:
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"{field.name}: a whole number of at least 0, not {value!r}")
        if not 1 <= self.bad_rating_max_level <= 4:
            raise ValueError(f"bad_rating_max_level: 1 to 4, not {self.bad_rating_max_level}")
        if self.emergency_waiting_per_window < 1 or self.emergency_intake_per_window < 1:
            raise ValueError("emergency thresholds: at least 1")
