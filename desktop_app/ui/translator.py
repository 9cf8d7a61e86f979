"""Puts the interface in the user's language: our catalog, Qt's own, and the locale.

The language is the settings' ``language`` (Settings › Language) or, for
"system", the desktop's locale. Called by the composition root before the first
window is built: widgets read their text when made, so a change of language
applies at the next start.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app import i18n, money
from desktop_app.resource_files import resources_dir

log = logging.getLogger(__name__)

SHIPPED = ("en", "de", "fr")
TRANSLATED = ("de", "fr")  # English is the source text: it has no catalog
CATALOG = "desktop_app"


def catalog_dir() -> Path:
    """Where ``scripts/i18n.py build`` writes the compiled catalogs (.qm)."""
    return resources_dir() / "i18n"


def chosen_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The setting's language, or the system's locale ("system", or one we do not ship)."""
    system = system or QLocale.system()
    if language in SHIPPED:
        if system.language() == QLocale(language).language():
            return system  # keep the user's country: de_AT formats as Austrians expect
        return QLocale(language)
    return system


def _qt_backend(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


@dataclass
class Installed:
    """What ``install`` changed, so a test can put the previous state back."""

    locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)
    previous_default: QLocale = field(default_factory=QLocale)

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        for translator in self.translators:
            if app is not None:
                app.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(self.previous_default)
        money.set_locale(self.previous_default.name())
        i18n.install_backend(None)


def install(
    language: str = "system", directory: Path | None = None, system: QLocale | None = None
) -> Installed:
    """Load the catalogs for ``language`` into the application and set the locale."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    locale = chosen_locale(language, system)
    done = Installed(locale, previous_default=QLocale())
    QLocale.setDefault(locale)  # QLocale() everywhere: numbers and dates in this locale
    money.set_locale(locale.name())  # prices (Babel) in the same locale
    # A language we do not ship reads English (Qt's buttons too); its formats stay.
    if QLocale.languageToCode(locale.language()) in TRANSLATED:
        ours = QTranslator(app)
        if ours.load(locale, CATALOG, "_", str(directory or catalog_dir())):
            done.translators.append(ours)
        else:
            log.warning(
                "no %s translation in %s (run scripts/i18n.py build)",
                locale.name(),
                directory or catalog_dir(),
            )
        qt = QTranslator(app)  # Qt's own: the standard buttons, dialogs, context menus
        if qt.load(
            locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            done.translators.append(qt)
    for translator in done.translators:
        app.installTranslator(translator)
    i18n.install_backend(_qt_backend)
    return done
