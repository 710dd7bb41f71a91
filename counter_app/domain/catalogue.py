"""The item catalogue (事项目录): kinds of items and how materials are handed in."""

from __future__ import annotations

import enum


class ItemKind(enum.StrEnum):
    """事项类型."""

    LICENCE = "licence"  # 行政许可
    CONFIRMATION = "confirmation"  # 行政确认
    FEE = "fee"  # 行政收费
    PUBLIC_SERVICE = "public_service"  # 公共服务
    OTHER = "other"  # 其他


class MaterialForm(enum.StrEnum):
    """Whether a material is handed in as the original, a copy, or both (原件/复印件)."""

    ORIGINAL = "original"
    COPY = "copy"
    ORIGINAL_AND_COPY = "original_and_copy"


class Requirement(enum.StrEnum):
    """A material every applicant brings, or one needed only in stated circumstances."""

    REQUIRED = "required"
    CONDITIONAL = "conditional"
