"""Start the Qt application: language, style, error dialog, then the controller."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from counter_app import __version__
from counter_app.config import CounterConfig
from counter_app.ui import error_dialog, gc_guard
from counter_app.ui.controller import AppController
from counter_app.ui.i18n import Languages
from counter_app.ui.resources import resource_path


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Counter")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("CounterHall")
    app.setWindowIcon(QIcon(str(resource_path("icons", "counter.svg"))))
    app.setStyleSheet(resource_path("style", "counter.qss").read_text(encoding="utf-8"))
    gc_guard.install(app)
    return app


def build(config: CounterConfig) -> AppController:
    app = create_application()
    languages = Languages(app)
    languages.switch(config.settings.language)
    controller = AppController(config, languages)
    app.aboutToQuit.connect(controller.shut_down)
    return controller


def run(config: CounterConfig) -> int:
    controller = build(config)
    error_dialog.install()
    controller.start()
    return QApplication.instance().exec()  # type: ignore[union-attr]
