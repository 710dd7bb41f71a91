"""Which pages a person sees, in which order: only what they may use, only what exists."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from counter_app.domain.permissions import Action, role_refusal
from counter_app.domain.staff import Role
from counter_app.services import overview, seal_log
from counter_app.services.desk import Desk

Page = tuple[Callable[[], str], QWidget]
INTAKE_ROLES = frozenset(
    {Role.WINDOW_CLERK, Role.COMPREHENSIVE_CLERK, Role.CHIEF_REPRESENTATIVE_A, Role.CHIEF_REPRESENTATIVE_B}
)


def pages_for(desk: Desk) -> list[Page]:
    from counter_app.ui.pages.cases_page import CasesPage
    from counter_app.ui.pages.catalogue_page import CataloguePage
    from counter_app.ui.pages.hall_page import HallPage
    from counter_app.ui.pages.intake_page import IntakePage

    pages: list[Page] = []
    # Loaded once for the intake picker and the catalogue page alike.
    catalogue = desk.catalogue()
    cases = CasesPage(desk)
    chief_desk = None
    if not role_refusal(desk.who.roles, Action.SIGN_OFF):
        from counter_app.ui.pages.chief_desk_page import ChiefDeskPage

        # The chief's own place to work comes first: what waits for their decision.
        chief_desk = ChiefDeskPage(desk)
        chief_desk.changed.connect(cases.refresh)
        pages.append((lambda: QCoreApplication.translate("Pages", "Chief's desk"), chief_desk))
    if desk.who.roles & INTAKE_ROLES:
        intake = IntakePage(desk, catalogue)
        intake.case_saved.connect(cases.refresh)
        pages.append((lambda: QCoreApplication.translate("Pages", "Intake"), intake))
    pages.append((lambda: QCoreApplication.translate("Pages", "Cases"), cases))
    from counter_app.ui.pages.front_desk import front_desk_pages

    pages += front_desk_pages(desk, catalogue, next((p for _t, p in pages if p.objectName() == "intakePage"), None))
    if not role_refusal(desk.who.roles, Action.RECORD_RATING):
        from counter_app.ui.pages.ratings_page import RatingsPage

        pages.append((lambda: QCoreApplication.translate("Pages", "Ratings"), RatingsPage(desk)))
    if seal_log.may_see_seal_log(desk.who):
        from counter_app.ui.pages.seal_log_page import SealLogPage

        pages.append((lambda: QCoreApplication.translate("Pages", "Seal log"), SealLogPage(desk)))
    from counter_app.ui.pages.absence_page import AbsencePage

    absences = AbsencePage(desk)
    if chief_desk is not None:
        chief_desk.changed.connect(absences.refresh)
        absences.changed.connect(chief_desk.refresh)
    pages.append((lambda: QCoreApplication.translate("Pages", "Absences"), absences))
    from counter_app.ui.pages.extended_service_page import ExtendedServicePage

    pages.append((lambda: QCoreApplication.translate("Pages", "Extended service"), ExtendedServicePage(desk)))
    windows_page = None
    if Role.HALL_ADMIN in desk.who.roles:
        from counter_app.ui.pages.windows_page import WindowsPage

        windows_page = WindowsPage(desk)
        pages.append((lambda: QCoreApplication.translate("Pages", "Windows"), windows_page))
        from counter_app.ui.pages.calendar_page import CalendarPage

        pages.append((lambda: QCoreApplication.translate("Pages", "Calendar"), CalendarPage(desk)))
        from counter_app.ui.pages.staff_register_page import StaffRegisterPage

        pages.append((lambda: QCoreApplication.translate("Pages", "Staff register"), StaffRegisterPage(desk)))
    if not role_refusal(desk.who.roles, Action.SEE_EVALUATION):
        from counter_app.ui.pages.evaluation_page import EvaluationPage

        pages.append((lambda: QCoreApplication.translate("Pages", "Evaluation"), EvaluationPage(desk)))
    pages.append((lambda: QCoreApplication.translate("Pages", "Catalogue"), CataloguePage(catalogue, desk=desk)))
    pages.append(
        (
            lambda: QCoreApplication.translate("Pages", "Hall"),
            HallPage(overview.hall_overview(desk.counter.local(), desk.today())),
        )
    )
    if windows_page is not None:
        windows_page.follow_hall_page(pages[-1][1])  # the hall page shows the windows opened and closed
    return pages
