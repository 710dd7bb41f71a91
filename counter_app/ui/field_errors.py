"""What an error code from the services says to the clerk, translated (context "FieldErrors")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def message(code: str) -> str:
    messages = {
        "required": QCoreApplication.translate("FieldErrors", "Required."),
        "too_long": QCoreApplication.translate("FieldErrors", "Too long."),
        "control_characters": QCoreApplication.translate(
            "FieldErrors", "Contains invisible control characters; retype it."
        ),
        "not_a_name": QCoreApplication.translate(
            "FieldErrors", "Only Chinese characters, Latin letters, spaces and · belong in a name."
        ),
        "length": QCoreApplication.translate(
            "FieldErrors", "Wrong length: an identity number has 18 characters, a credit code 18."
        ),
        "format": QCoreApplication.translate("FieldErrors", "Only digits (and a final X) are allowed here."),
        "birth_date": QCoreApplication.translate(
            "FieldErrors", "The birth date in this number is impossible."
        ),
        "check_digit": QCoreApplication.translate(
            "FieldErrors", "The check digit does not match: a character is mistyped."
        ),
        "phone_format": QCoreApplication.translate(
            "FieldErrors", "Not a phone number: a mobile (11 digits) or a landline with area code."
        ),
        "unknown": QCoreApplication.translate("FieldErrors", "Not found."),
        "problem_required": QCoreApplication.translate(
            "FieldErrors", "Say what is wrong with this material."
        ),
        "required_material": QCoreApplication.translate(
            "FieldErrors", "A required material cannot be marked not applicable."
        ),
        "materials_incomplete": QCoreApplication.translate(
            "FieldErrors", "Materials are missing or not in legal form: issue a one-time notice instead."
        ),
        "nothing_to_correct": QCoreApplication.translate(
            "FieldErrors", "Nothing is missing or wrong: accept the case instead."
        ),
        "comprehensive_window_only": QCoreApplication.translate(
            "FieldErrors", "Only the comprehensive window receives for other departments."
        ),
        "window_does_not_serve_item": QCoreApplication.translate(
            "FieldErrors", "This window does not serve the item's department."
        ),
        "department_staff_only": QCoreApplication.translate(
            "FieldErrors", "Only the department's own staff may decide this."
        ),
        "other_department": QCoreApplication.translate(
            "FieldErrors", "This item belongs to another department."
        ),
        "chief_representative_only": QCoreApplication.translate(
            "FieldErrors", "Only the chief representative may do this."
        ),
        "before_acceptance": QCoreApplication.translate(
            "FieldErrors", "Cannot start before the case was accepted."
        ),
        "before_start": QCoreApplication.translate("FieldErrors", "Cannot end before it started."),
        "out_of_range": QCoreApplication.translate("FieldErrors", "Out of the allowed range."),
        "suspended": QCoreApplication.translate("FieldErrors", "The case is suspended: resume it first."),
        "unknown_outcome": QCoreApplication.translate("FieldErrors", "Choose grant or refuse."),
        "workday_not_weekend": QCoreApplication.translate(
            "FieldErrors", "A make-up working day falls on a Saturday or Sunday."
        ),
        "outside_year": QCoreApplication.translate("FieldErrors", "The dates must lie in the chosen year."),
        "contradicts_line": QCoreApplication.translate(
            "FieldErrors", "This day is already a holiday or working day on another line."
        ),
        "copies_too_few": QCoreApplication.translate("FieldErrors", "At least 1 copy."),
        "copies_too_many": QCoreApplication.translate("FieldErrors", "At most 20 copies at a time."),
        "not_for_this_case": QCoreApplication.translate(
            "FieldErrors", "This case has no such document: its steps do not include what the document records."
        ),
        "not_a_custodian": QCoreApplication.translate(
            "FieldErrors", "Only the seal's custodians, the chief representatives A and B, may stamp with it."
        ),
        "custodian_b_only_when_a_absent": QCoreApplication.translate(
            "FieldErrors", "The B-role chief stamps only during an approved absence of A."
        ),
        "seal_not_in_use": QCoreApplication.translate("FieldErrors", "This seal is suspended or retired."),
        "not_printed": QCoreApplication.translate(
            "FieldErrors", "No printed document has this number: a seal is never put on blank paper."
        ),
        "taken": QCoreApplication.translate("FieldErrors", "Already in use: choose another."),
        "in_the_past": QCoreApplication.translate("FieldErrors", "This date has passed."),
        "own_absence": QCoreApplication.translate("FieldErrors", "Nobody decides on their own absence."),
        "already_decided": QCoreApplication.translate("FieldErrors", "Already decided."),
        "same_as_a": QCoreApplication.translate("FieldErrors", "A and B must be two different people."),
        "seal_retired": QCoreApplication.translate("FieldErrors", "A retired seal stays retired."),
        "hall_admin_only": QCoreApplication.translate("FieldErrors", "Only the hall administrator may do this."),
        "hall_unreachable": QCoreApplication.translate(
            "FieldErrors", "The hall database cannot be reached; try again when the network is back."
        ),
    }
    return messages.get(
        code,
        QCoreApplication.translate("FieldErrors", "Not allowed in the case's present state (%1).").replace(
            "%1", code
        ),
    )
