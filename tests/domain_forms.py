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
