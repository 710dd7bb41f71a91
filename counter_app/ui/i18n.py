"""Interface language: Chinese by default from the Linguist catalogue, English available.

Source strings in the code are English; resources/i18n/counter_zh_CN.qm
carries the Chinese. Switching language posts a LanguageChange event that
every page answers by retranslating itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from counter_app.ui.resources import resource_path

CATALOGUE = "counter"
# One set of our translators per process, whichever Languages object installed them.
_INSTALLED: list[QTranslator] = []


class Languages:
    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self.current = "en"

    def switch(self, language: str) -> None:
        for translator in _INSTALLED:
            self._app.removeTranslator(translator)
        _INSTALLED.clear()
        self.current = language
        if language == "en":
            QLocale.setDefault(QLocale("en_US"))
            return
        QLocale.setDefault(QLocale(language))
        ours = QTranslator(self._app)
        if not ours.load(f"{CATALOGUE}_{language}", str(resource_path("i18n"))):
            raise FileNotFoundError(f"translation catalogue {CATALOGUE}_{language}.qm is missing")
        self._install(ours)
        # Qt's own dialogs and buttons (OK, Cancel, ...) in the same language.
        qt = QTranslator(self._app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._install(qt)

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        _INSTALLED.append(translator)
