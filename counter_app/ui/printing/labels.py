"""Names of the documents in the interface language (the documents themselves print in Chinese)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.domain.documents import DocumentKind


def document_title(kind: DocumentKind) -> str:
    titles = {
        DocumentKind.ONE_TIME_NOTICE: QCoreApplication.translate("Documents", "One-time notice"),
        DocumentKind.ACCEPTANCE: QCoreApplication.translate("Documents", "Acceptance notice"),
        DocumentKind.NON_ACCEPTANCE: QCoreApplication.translate("Documents", "Non-acceptance decision"),
        DocumentKind.RECEIPT: QCoreApplication.translate("Documents", "Materials receipt"),
        DocumentKind.EXTENSION: QCoreApplication.translate("Documents", "Extension notice"),
        DocumentKind.SUSPENSION: QCoreApplication.translate("Documents", "Special procedure notice"),
    }
    return titles[kind]
