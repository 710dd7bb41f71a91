"""Uncaught exceptions are logged to the rotating file and shown in a dialog."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from counter_app import logs
from counter_app.ui import error_dialog


def test_uncaught_exception_is_logged_and_shown(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    path = logs.configure(tmp_path)
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self) or 0)
    previous = sys.excepthook
    error_dialog.install()
    try:
        try:
            raise RuntimeError("the printer caught fire")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "the printer caught fire" in path.read_text(encoding="utf-8")
    assert len(shown) == 1 and "the printer caught fire" in shown[0].detailedText()


def test_log_file_rotates(tmp_path: Path) -> None:
    import logging.handlers

    logs.configure(tmp_path)
    handler = next(h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler))
    assert handler.maxBytes > 0 and handler.backupCount >= 3
