"""The hall's operating rules (运行参数) as its administrator sets them: emergency thresholds, what a bad
rating is, the days to follow one up, when a case turns yellow.

The rules are reference data on the hall row: written at the hall, then pulled, so this counter
works by them at once and the others from their next sync. The matrix has no action of its own
for them: they are the hall administrator's like the windows are, so Action.OPEN_WINDOWS gates them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from counter_app.app import Counter
from counter_app.domain.applicant import FieldError
from counter_app.domain.hall_rules import OperatingRules
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import Action, role_refusal
from counter_app.domain.rules_entry import rules_from_form
from counter_app.services.calendar import operating_rules
from counter_app.services.facts import append_fact
from counter_app.store.models import AuditEntry, Hall
from counter_app.sync.reference import pull_reference

RULES_CHANGED = "operating_rules_changed"


def current_rules(counter: Counter) -> OperatingRules:
    """The rules this counter works by (its copy of the hall row)."""
    with counter.local() as uow:
        return operating_rules(uow.session)


def save_rules(counter: Counter, who: StaffSession, values: Mapping[str, object],
               now: dt.datetime) -> list[FieldError]:
    """Write the rules at the hall, bring them to this counter, and keep an audit entry of the change."""
    refusal = role_refusal(who.roles, Action.OPEN_WINDOWS)
    if refusal:
        return [FieldError("rules", refusal)]
    new, errors = rules_from_form(values)
    if new is None:
        return errors
    try:
        with counter.hall() as hall:
            row = hall.session.scalars(select(Hall).with_for_update()).one()
            before = OperatingRules.from_json(row.operating_rules)
            row.operating_rules = new.to_json()  # a new dict: the JSON column sees the change
            hall.commit()
    except OperationalError:
        return [FieldError("rules", "hall_unreachable")]
    with counter.hall() as hall, counter.local() as local:
        pull_reference(hall.session, local.session, now)
        append_fact(local.session, AuditEntry(occurred_at=now, device_id=who.device_id, actor_id=who.staff_id,
                                              action=RULES_CHANGED,
                                              detail={"before": before.to_json(), "after": new.to_json()}), now)
        local.commit()
    return []
