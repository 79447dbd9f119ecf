"""Starting the GUI: the QApplication, the profile, the cache, the wallet, the window.

``datafi-desktop`` opens the default profile; ``--profile DIR`` another one;
``--demo`` a fresh temporary profile with the demo campaign loaded (removed
again on exit) and an in-process hub serving it, so the demo syncs for real
(see :mod:`.sync.setup`); ``--hub URL`` names the hub a profile syncs with;
``--lang CODE`` shows the app in that language for this run (else the one chosen in
Settings ▸ Language, else the system's: :mod:`..core.languages`, :mod:`.translations`);
``--smoke`` opens the window, shows one task of every kind and exits with 0
when all of them could be shown (used by CI and the packaged app).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ..core.cache import Cache
from ..core.errors import DataFiError
from ..core.languages import LanguageChoice, UnknownLanguageError, choose
from ..core.profile import Profile, open_profile, temporary_profile
from ..core.wallet import Wallet
from . import accessibility, focus
from .boot import open_sync, start_embedded_demo_chain  # noqa: F401 — part of the module's API
from .icons import app_icon
from .main_window import MainWindow
from .session import Session
from .theme import apply_style
from .translations import Installed, install_translations

if TYPE_CHECKING:
    from ..core.models import ChainSettings
    from .startup import AfterPaint

log = logging.getLogger(__name__)

APP_NAME = "DataFi Desktop"
ORG_NAME = "DataFi"
ORG_DOMAIN = "datafi.invalid"


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (created once), with our name, icon and style."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # fractional scale factors (150 %, 175 %) are used as they are, not rounded
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName("datafi-desktop")
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setDesktopFileName("datafi-desktop")
    apply_style(app)
    accessibility.install(app)  # accessible names for every control (ui/accessibility.py)
    focus.install(app)  # Ctrl+Tab leaves any control (ui/focus.py)
    app.setWindowIcon(app_icon())
    return app


def start_translations(lang: str | None = None) -> Installed:
    """Install the translators for this run's language (``--lang``, else the remembered
    choice, else the system's UI languages), before any window is built."""
    code = choose(lang, LanguageChoice().get(), QLocale.system().uiLanguages())
    installed = install_translations(code)
    log.info("language: %s", installed.language)
    return installed


def open_session(profile: Profile, *, demo: bool = False, wallet: Wallet | None = None,
                 chain: ChainSettings | None = None) -> Session:
    cache = Cache.for_profile(profile)
    try:
        if demo:
            from ..core.demo import load_demo

            load_demo(cache, chain)
        return Session(profile, cache, wallet or Wallet(profile.wallet_dir))
    except BaseException:
        cache.close()
        raise


def run_gui(profile: str | None = None, demo: bool = False, smoke: bool = False,
            hub: str | None = None, lang: str | None = None) -> int:
    """The window first: it shows the queue with only what the first screen needs;
    the editor, the other pages, syncing and (``--demo``) the embedded EVM and hub
    start after its first paint (:mod:`.startup`)."""
    app = create_application()
    refused = _refuse_arguments(hub, lang)
    if refused is not None:
        return _fatal(refused)
    try:
        prof = temporary_profile() if demo else open_profile(profile)
    except OSError as exc:
        return _fatal(QCoreApplication.translate("app", "Cannot open the profile folder: {error}")
                      .format(error=exc.strerror or exc))
    if demo:
        log.info("demo profile in %s (removed on exit)", prof.root)
    try:
        # the demo's tasks are there at once; its chain and hub follow after the paint
        session = open_session(prof, demo=demo)
    except DataFiError as exc:
        if demo:
            shutil.rmtree(prof.root, ignore_errors=True)
        return _fatal(str(exc))
    window = MainWindow(session, lazy=True)  # it watches input for the idle lock
    if demo:  # the title says so; quitting asks (the profile is deleted)
        from .demo_window import mark_demo_window

        mark_demo_window(window, confirm_quit=not (smoke or os.environ.get(EXIT_WHEN_SHOWN_ENV)))
    from .startup import AfterPaint

    after = AfterPaint(window, demo=demo, hub_url=hub)
    try:
        window.show()
        if os.environ.get(EXIT_WHEN_SHOWN_ENV):
            return _exit_when_shown(app, window, after)
        if smoke:
            from .smoke import run_smoke

            after.run()
            if demo:
                _wait_for_demo(app, after)
            return run_smoke(window)
        after.schedule()
        return int(app.exec())
    finally:
        _shut_down(session, window, after, prof if demo else None)


def _shut_down(session: Session, window: MainWindow, after: AfterPaint,
               demo_profile: Profile | None) -> None:
    """Stop syncing, the runner, the demo's hub and chain; lock; close; remove a demo's
    temporary profile."""
    session.stop()
    after.stop()  # the runner, then the demo hub and chain
    session.wallet.lock()
    window.close()
    window.deleteLater()
    session.cache.close()
    if demo_profile is not None:
        shutil.rmtree(demo_profile.root, ignore_errors=True)


def _refuse_arguments(hub: str | None, lang: str | None) -> str | None:
    """Why ``--hub`` or ``--lang`` cannot be used (then nothing starts), else None; the
    translations are installed on the way."""
    if hub:
        from .sync.setup import HubUrlError, check_hub_url

        try:
            check_hub_url(hub)
        except HubUrlError as exc:
            return str(exc)
    try:
        start_translations(lang)
    except UnknownLanguageError as exc:
        return str(exc)
    return None


def _wait_for_demo(app: QApplication, after: AfterPaint, timeout_ms: int = 120_000) -> None:
    """Run the event loop until the demo's chain and hub are up (or failed)."""
    if not after.demo_starting:
        return
    loop = QEventLoop()
    after.demo_ready.connect(loop.quit)
    after.demo_failed.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


#: set it to measure a cold start: the app quits as soon as the main window is painted
EXIT_WHEN_SHOWN_ENV = "DATAFI_EXIT_WHEN_SHOWN"


def _exit_when_shown(app: QApplication, window: MainWindow, after: AfterPaint) -> int:
    """Quit once the first frame of the main window has been painted (benchmarks).
    With ``DATAFI_EXIT_WHEN_SHOWN=ready`` it goes on until the window finished
    building itself (editor, every page; not the sync) and says so too."""
    window.repaint()
    print("main window shown", flush=True)
    if os.environ.get(EXIT_WHEN_SHOWN_ENV) == "ready":
        window.startup_finished.connect(app.quit)
        QTimer.singleShot(0, window, window.finish_startup)
        app.exec()
        print("main window ready", flush=True)
    return 0  # nothing after the paint runs: sys.modules is the first paint's set


def _fatal(message: str) -> int:
    log.error("%s", message)
    if QApplication.platformName() not in ("offscreen", "minimal"):
        QMessageBox.critical(None, QCoreApplication.translate("app", "DataFi Desktop"), message)
    else:
        print(f"datafi-desktop: {message}", file=sys.stderr)
    return 1
