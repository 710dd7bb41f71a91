"""The supervision export as CSV (电子监察, 表格): one row per step, and the card lists as two more files.

Made from the JSON document (services/supervision.py), so both formats say the same. Files are
UTF-8 with a byte order mark, which spreadsheet programs in Chinese need to read the characters:

- FILE: one row per step of every exported case, the case's columns repeated on each row;
- FILE's name + ".yellow" (e.g. export.yellow.csv): the yellow card list (黄牌);
- FILE's name + ".red": the red card list (红牌), one row per reason.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

STEP_COLUMNS = (
    "case_no", "department_code", "department_name", "item_code", "item_name", "channel", "window_number",
    "applicant_kind", "applicant_name", "applicant_id_masked", "status", "outcome", "suspended",
    "received_on", "accepted_on", "clock_starts", "decided_on", "delivered_on",
    "intake_due_art32", "promised_days", "promised_due", "statutory_days", "extension_days", "statutory_due",
    "issue_due_art44", "current_step_due", "case_warning", "step_warning", "suspensions", "extensions",
    "yellow_card", "red_card",
    "step_seq", "step_kind", "in_period", "applied", "ignored_reason", "occurred_at_utc", "occurred_at_local",
    "actor_code", "actor_name", "acting_for_code", "acting_for_name", "device", "status_before", "step_limit",
    "step_warning_when_taken", "late",
)
CARD_COLUMNS = ("case_no", "department_code", "department_name", "item_name", "applicant_name", "status",
                "current_step_due", "warning")
RED_COLUMNS = (*CARD_COLUMNS, "reason", "limit", "step", "taken_on")


def card_paths(out: Path) -> tuple[Path, Path]:
    """The yellow and the red card files that go with FILE."""
    return out.with_name(f"{out.stem}.yellow{out.suffix}"), out.with_name(f"{out.stem}.red{out.suffix}")


def render(document: dict[str, Any]) -> tuple[str, str, str]:
    """The three files' text: steps, yellow cards, red cards."""
    steps = [_step_row(case, step) for case in document["cases"] for step in case["steps"]]
    red = [{**card, **reason} for card in document["red_cards"] for reason in card["reasons"]]
    return (_table(STEP_COLUMNS, steps), _table(CARD_COLUMNS, document["yellow_cards"]),
            _table(RED_COLUMNS, red))


def _table(columns: tuple[str, ...], rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, columns, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return buffer.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _step_row(case: dict[str, Any], step: dict[str, Any]) -> dict[str, Any]:
    limits, applicant = case["limits"], case["applicant"]
    promised, statutory = limits["promised"] or {}, limits["statutory"] or {}
    actor, acting = step["actor"] or {}, step["acting_for"] or {}
    return {
        "case_no": case["case_no"], "department_code": case["item"]["department_code"],
        "department_name": case["item"]["department_name"], "item_code": case["item"]["code"],
        "item_name": case["item"]["name"], "channel": case["channel"], "window_number": case["window_number"],
        "applicant_kind": applicant["kind"], "applicant_name": applicant["name"],
        "applicant_id_masked": applicant.get("id_number") or applicant.get("credit_code"),
        "status": case["status"], "outcome": case["outcome"], "suspended": case["suspended"],
        "received_on": case["received_on"], "accepted_on": case["accepted_on"],
        "clock_starts": case["clock_starts"], "decided_on": case["decided_on"],
        "delivered_on": case["delivered_on"], "intake_due_art32": limits["intake_art32"]["due"],
        "promised_days": promised.get("working_days"), "promised_due": promised.get("due"),
        "statutory_days": statutory.get("working_days"), "extension_days": statutory.get("extension_days"),
        "statutory_due": statutory.get("due"),
        "issue_due_art44": (limits["issue_art44"] or {}).get("due"), "current_step_due": limits["current_step_due"],
        "case_warning": case["warning"]["case"], "step_warning": case["warning"]["step"],
        "suspensions": "; ".join(f"{p['from']}~{p['to'] or ''} {p['reason']}" for p in case["suspensions"]),
        "extensions": "; ".join(f"{x['requested_on']} +{x['days']} {x['decision']}" for x in case["extensions"]),
        "yellow_card": case["yellow_card"], "red_card": case["red_card"],
        "step_seq": step["seq"], "step_kind": step["kind"], "in_period": step["in_period"],
        "applied": step["applied"], "ignored_reason": step["ignored_reason"],
        "occurred_at_utc": step["occurred_at"], "occurred_at_local": step["occurred_at_local"],
        "actor_code": actor.get("code"), "actor_name": actor.get("name"), "acting_for_code": acting.get("code"),
        "acting_for_name": acting.get("name"), "device": step["device"], "status_before": step["status_before"],
        "step_limit": step["limit"], "step_warning_when_taken": step["warning"], "late": step["late"],
    }


def write(document: dict[str, Any], out: Path) -> list[Path]:
    """Write the three files (each through a temporary file beside it); returns their paths."""
    paths = [out, *card_paths(out)]
    for path, text in zip(paths, render(document), strict=True):
        part = path.with_name(path.name + ".part")
        part.write_text(text, encoding="utf-8-sig", newline="")
        part.replace(path)
    return paths
