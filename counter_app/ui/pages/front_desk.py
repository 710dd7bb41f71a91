"""The front desk's pages (预约, 咨询登记) for the registry, wired to the intake page they start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from counter_app.services import appointments
from counter_app.services.desk import Desk
from counter_app.services.overview import ItemRow


def front_desk_pages(desk: Desk, catalogue: list[ItemRow],
                     intake: QWidget | None) -> list[tuple[Callable[[], str], QWidget]]:
    """Appointments for whoever books or opens slots; consultations for everyone (首问负责 is everyone's)."""
    from counter_app.ui.pages.appointments_page import AppointmentsPage
    from counter_app.ui.pages.consultations_page import ConsultationsPage

    pages: list[tuple[Callable[[], str], QWidget]] = []
    if appointments.may_book(desk.who) or appointments.may_open_slots(desk.who):
        page = AppointmentsPage(desk, catalogue)
        if intake is not None and appointments.may_book(desk.who):
            page.wire_intake(intake)
        pages.append((lambda: QCoreApplication.translate("Pages", "Appointments"), page))
    consultations = ConsultationsPage(desk, catalogue)
    if intake is not None:
        consultations.wire_intake(intake)
    pages.append((lambda: QCoreApplication.translate("Pages", "Consultations"), consultations))
    return pages
