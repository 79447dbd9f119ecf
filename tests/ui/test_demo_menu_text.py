"""The Demo menu's status line after Review and settle now (issue 17): composed from
translated parts, with plural forms, in the UI's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from datafi_desktop.core.demo_chain import DemoSettlement
from datafi_desktop.ui.rewards.demo import DemoMenu
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.translations import Installed, install_translations


@pytest.fixture
def language(app: QApplication) -> Iterator[list[Installed]]:
    installed: list[Installed] = []
    locale = QLocale()
    yield installed
    for one in installed:
        one.remove()
    QLocale.setDefault(locale)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def settled(reviewed: int, accepted: int, epoch: int | None, accounts: int) -> DemoSettlement:
    return DemoSettlement(reviewed, accepted, epoch, accounts, [], "hub's English message")


def test_the_status_line_in_english_and_spanish(session: Session, qtbot,
                                               language: list[Installed]) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    language.append(install_translations("en"))
    menu = DemoMenu(window, session)
    assert menu.title() == "&Demo" and menu.action.text() == "&Review and settle now"
    assert menu.settled_text(settled(1, 1, None, 0)) == (
        "Reviewed 1 submission (1 accepted); nothing to settle.")
    assert menu.settled_text(settled(3, 2, 4, 1)) == (
        "Reviewed 3 submissions (2 accepted); epoch 4 posted for 1 account.")
    language.pop().remove()
    language.append(install_translations("es"))
    menu = DemoMenu(window, session)
    assert menu.title() == "&Demostración"
    assert menu.settled_text(settled(3, 2, 4, 1)) == (
        "Revisados 3 envíos (2 aceptados); época 4 publicada para 1 cuenta.")
    assert menu.settled_text(settled(1, 0, 4, 2)) == (
        "Revisado 1 envío (0 aceptados); época 4 publicada para 2 cuentas.")
