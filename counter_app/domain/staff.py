"""People of the hall: roles, employment and the AB pairing (AB角)."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    """What a member of staff may do in the hall."""

    WINDOW_CLERK = "window_clerk"  # 常设窗口工作人员
    COMPREHENSIVE_CLERK = "comprehensive_clerk"  # 综合窗口工作人员
    CHIEF_REPRESENTATIVE_A = "chief_representative_a"  # 首席代表 (A角)
    CHIEF_REPRESENTATIVE_B = "chief_representative_b"  # 首席代表 (B角)
    HALL_ADMIN = "hall_admin"  # 中心管理


class Employment(enum.StrEnum):
    """The notice admits civil servants and established staff of authorised organisations."""

    CIVIL_SERVANT = "civil_servant"  # 国家公务员
    AUTHORISED_ORG = "authorised_org"  # 法律法规授权组织在编人员
