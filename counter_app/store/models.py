"""Every mapped table, imported in one place for Alembic and the composition root."""

from counter_app.store.absences import AbsenceEvent, StaffEvent
from counter_app.store.base import Base, Fact
from counter_app.store.bookkeeping import HallFactLog, LocalCounter, OutboxEntry, SyncState
from counter_app.store.facts import FACT_TABLES, AuditEntry, CaseEvent, PrintRecord
from counter_app.store.operations import (
    AgencyHelpEvent,
    AppointmentEvent,
    AppointmentSlot,
    Consultation,
    EvaluationRecord,
    ExtendedService,
    FollowUpEvent,
    Rating,
    WindowEvent,
)
from counter_app.store.projections import Case
from counter_app.store.reference import (
    CalendarDay,
    CalendarYear,
    Department,
    Device,
    Hall,
    Item,
    ItemMaterial,
    ServiceWindow,
    Staff,
    StaffRole,
    WindowDepartment,
)
from counter_app.store.seals import Seal, SealChainHead, SealEvent, SealStamping

metadata = Base.metadata

__all__ = [
    "AgencyHelpEvent",
    "AppointmentEvent",
    "AppointmentSlot",
    "Consultation",
    "EvaluationRecord",
    "ExtendedService",
    "FollowUpEvent",
    "Rating",
    "WindowEvent",
    "AbsenceEvent",
    "StaffEvent",
    "AuditEntry",
    "Base",
    "CalendarDay",
    "CalendarYear",
    "Case",
    "CaseEvent",
    "Department",
    "Device",
    "FACT_TABLES",
    "Fact",
    "Hall",
    "HallFactLog",
    "Item",
    "ItemMaterial",
    "LocalCounter",
    "OutboxEntry",
    "PrintRecord",
    "Seal",
    "SealChainHead",
    "SealEvent",
    "SealStamping",
    "ServiceWindow",
    "Staff",
    "StaffRole",
    "SyncState",
    "WindowDepartment",
    "metadata",
]
