"""Fixtures for the GUI tests: a real profile with the demo campaign, a fast wallet.

``QT_QPA_PLATFORM=offscreen`` is set before anything imports Qt, so the tests
run without a display. The wallet uses scrypt n = 2**12 to keep key
derivation fast; everything else is the real thing (SQLite file, Pillow, Qt).
"""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.demo import load_demo
from datafi_desktop.core.profile import Profile
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.app import create_application
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.translations import install_english
from datafi_desktop.ui.worker import background_pool

FAST_SCRYPT_N = 2**12
PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    return QApplication


_ENGLISH: list[object] = []


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    """pytest-qt's application, styled as the real app is, with the English plural forms
    ("1 task", "2 tasks") the app installs at start (datafi_en.qm)."""
    application = create_application()
    if not _ENGLISH:
        _ENGLISH.append(install_english())
    return application


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A profile with the demo loaded, made once; each test gets a copy."""
    root = tmp_path_factory.mktemp("demo-template") / "profile"
    with Cache.for_profile(Profile(root).ensure()) as cache:
        load_demo(cache)
    return root


@pytest.fixture
def profile(tmp_path: Path, demo_template: Path) -> Profile:
    root = tmp_path / "profile"
    shutil.copytree(demo_template, root)
    return Profile(root).ensure()


@pytest.fixture
def wallet(profile: Profile) -> Wallet:
    return Wallet(profile.wallet_dir, scrypt_n=FAST_SCRYPT_N)


@pytest.fixture
def demo_cache(profile: Profile) -> Iterator[Cache]:
    cache = Cache.for_profile(profile)
    load_demo(cache)  # already there: checks that loading twice changes nothing
    yield cache
    cache.close()


@pytest.fixture
def session(app: QApplication, profile: Profile, demo_cache: Cache, wallet: Wallet
            ) -> Iterator[Session]:
    session = Session(profile, demo_cache, wallet)
    yield session
    session.stop()
    background_pool().waitForDone(10_000)
    wallet.lock()


@pytest.fixture
def window(qtbot: object, session: Session) -> Iterator[MainWindow]:
    win = MainWindow(session)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    qtbot.waitExposed(win)  # type: ignore[attr-defined]
    win.activateWindow()
    yield win
    background_pool().waitForDone(10_000)
    win.close()  # stops the session's and the status bar's timers


@pytest.fixture
def account(wallet: Wallet, session: Session) -> Callable[[], str]:
    """Make an account through the core API (fast path for tests not about creation)."""

    def make() -> str:
        created = wallet.create(PASSWORD)
        session.notify_wallet()
        return created.address

    return make
