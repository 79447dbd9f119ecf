"""Loading the translations into the running app: the app's ``datafi_<code>.qm`` and Qt's
own ``qtbase_<code>.qm`` (the buttons of Qt's dialogs), installed on the QApplication
before any window is built.

Where the ``.qm`` comes from: the one beside the ``.ts`` in ``datafi_desktop/i18n`` (a
wheel and the bundle ship it compiled); in a source checkout, where only the ``.ts`` is
committed, it is compiled on first use with the installed PySide6's ``lrelease`` into the
user's cache (named by the ``.ts`` file's hash, so an edited ``.ts`` is compiled again).

A ``.qm`` that is missing or that Qt cannot load falls back to English with one warning;
English itself loads ``datafi_en.qm`` for its plural forms ("1 task", "2 tasks").
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from ..core.languages import APP_NAME, DEFAULT, LANGUAGES
from ..i18n.tools import I18N_DIR, PREFIX, ToolError, compile_qm

log = logging.getLogger(__name__)


def qm_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "i18n"


def find_qm(code: str, folder: Path = I18N_DIR, cache: Path | None = None) -> Path | None:
    """The compiled translation for ``code``: the shipped ``.qm`` when it is at least as
    new as its ``.ts``, else one compiled from the ``.ts`` into ``cache``; ``None`` when
    there is neither (or lrelease is missing)."""
    qm = folder / f"{PREFIX}{code}.qm"
    ts = qm.with_suffix(".ts")
    if qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.is_file():
        return None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    compiled = (cache or qm_cache_dir()) / f"{PREFIX}{code}-{digest}.qm"
    if not compiled.is_file():
        try:
            compile_qm(ts, compiled)
        except (ToolError, OSError) as exc:
            log.debug("cannot compile %s: %s", ts, exc)
            return qm if qm.is_file() else None
    return compiled


@dataclass
class Installed:
    """What :func:`install_translations` put on the application."""

    language: str  #: the language the app now shows (English after a fallback)
    translators: list[QTranslator] = field(default_factory=list)

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()


def _load(path: Path | None) -> QTranslator | None:
    if path is None:
        return None
    translator = QTranslator(QCoreApplication.instance())
    return translator if translator.load(str(path)) else None


def install_english(folder: Path = I18N_DIR, cache: Path | None = None) -> QTranslator | None:
    """Only the English plural forms (``datafi_en.qm``), nothing else changed: what a
    window built outside :func:`install_translations` (tests) needs to say "1 task"."""
    translator = _load(find_qm(DEFAULT, folder, cache))
    if translator is not None:
        QCoreApplication.installTranslator(translator)
    return translator


def install_translations(code: str, folder: Path = I18N_DIR,
                         cache: Path | None = None) -> Installed:
    """Install the translators for ``code`` (one of :data:`LANGUAGES`): the app's and
    Qt's. A missing or corrupt app translation logs ONE warning and installs English."""
    language = code if code in LANGUAGES else DEFAULT
    installed = Installed(language)
    path = find_qm(language, folder, cache)
    translator = _load(path)
    if translator is None and language != DEFAULT:
        log.warning("translation %s unavailable (%s): showing English", language,
                    "missing" if path is None else f"{path.name} cannot be loaded")
        installed.language = language = DEFAULT
        translator = _load(find_qm(DEFAULT, folder, cache))
    if translator is not None:
        QCoreApplication.installTranslator(translator)
        installed.translators.append(translator)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(QCoreApplication.instance())
    if language != DEFAULT and qt_translator.load(QLocale(language), "qtbase", "_",
                                                  qt_folder):
        QCoreApplication.installTranslator(qt_translator)
        installed.translators.append(qt_translator)
    elif language != DEFAULT:  # Qt has no Hindi or Indonesian: its dialogs stay English
        log.info("Qt ships no qtbase translation for %s", language)
    QLocale.setDefault(QLocale(language))
    app = QCoreApplication.instance()
    if app is not None and hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if LANGUAGES[language]
                               .right_to_left else Qt.LayoutDirection.LeftToRight)
    return installed
