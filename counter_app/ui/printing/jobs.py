"""A print job from the interface: record the print fact (taking the number), then put the
document on paper or in a file. Shared by the print dialog and the one-key print of a page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from counter_app.domain.applicant import FieldError
from counter_app.domain.documents import DocumentKind
from counter_app.services.desk import Desk
from counter_app.services.stamping import StampRequest
from counter_app.ui.printing import printer
from counter_app.ui.printing.labels import document_title


@dataclass(frozen=True)
class JobResult:
    number: str = ""
    errors: tuple[FieldError, ...] = ()  # refused by the service: nothing recorded
    failure: str = ""  # recorded, but the printer or the disk failed

    @property
    def ok(self) -> bool:
        return bool(self.number) and not self.errors and not self.failure


def print_to(desk: Desk, case_no: str, kind: DocumentKind, printer_name: str, copies: int,
             stamp: StampRequest | None = None) -> JobResult:
    outcome = desk.record_print(case_no, kind, copies=copies, destination="printer", target=printer_name,
                                stamp=stamp)
    if not outcome.ok or outcome.document is None:
        return JobResult(errors=outcome.errors)
    number = outcome.document.number
    try:
        printer.send_to_printer(desk.render(outcome.document), printer_name, copies,
                                f"{document_title(kind)} {number}")
    except printer.PrintFailed as error:
        # The number is taken and the print recorded: printing again makes a reprint (补打).
        return JobResult(number=number, failure=str(error))
    return JobResult(number=number)


def save_pdf(desk: Desk, case_no: str, kind: DocumentKind, path: Path,
             stamp: StampRequest | None = None) -> JobResult:
    outcome = desk.record_print(case_no, kind, copies=1, destination="pdf", target=str(path), stamp=stamp)
    if not outcome.ok or outcome.document is None:
        return JobResult(errors=outcome.errors)
    try:
        path.write_bytes(desk.render(outcome.document))
    except OSError as error:
        return JobResult(number=outcome.document.number, failure=error.strerror or str(error))
    return JobResult(number=outcome.document.number)
