"""Forms for items other than the default test item."""

from __future__ import annotations

from test_intake_service import valid_id

from counter_app.domain.intake import MaterialCheck, MaterialState
from counter_app.services.intake import IntakeForm


def cl_form() -> IntakeForm:
    """CL-001 残疾人证新办: three required materials and one conditional."""
    marks = [MaterialState.PROVIDED] * 3 + [MaterialState.NOT_APPLICABLE]
    return IntakeForm(item_code="CL-001", name="张三", id_number=valid_id("19700101", "099"), phone="13912345678",
                      materials=[MaterialCheck(i + 1, "", i < 3, s) for i, s in enumerate(marks)])


def scjg002_accepted(counter, clerk, when) -> str:  # type: ignore[no-untyped-def]
    """Accept a 食品经营许可 (SCJG-002: five required materials, two conditional) at `when`."""
    from counter_app.domain.intake import IntakeDecision
    from counter_app.services.intake import take_in

    marks = [MaterialState.PROVIDED] * 5 + [MaterialState.NOT_APPLICABLE] * 2
    form = IntakeForm(item_code="SCJG-002", name="张三", id_number=valid_id("19800101", "055"), phone="13912345678",
                      materials=[MaterialCheck(i + 1, "", i < 5, s) for i, s in enumerate(marks)])
    result = take_in(counter.local(), clerk, form, IntakeDecision.ACCEPT, when)
    assert result.saved, result.errors
    return result.case_no
