"""Threat row DESKTOP-CLIPBOARD: recovery words and keys do not stay on the clipboard
(pytest-qt, the real dialogs)."""

# ruff: noqa: F811  (the GUI tests' fixtures are imported by name and used as parameters)

from __future__ import annotations

import pytest

from tests.ui.conftest import (  # noqa: F401  (fixtures: a demo profile, a fast wallet)
    app,
    demo_cache,
    demo_template,
    profile,
    qapp_cls,
    session,
    wallet,
    window,
)

KEY = "0x" + "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"

PHRASE = "test test test test test test test test test test test junk"




def _clipboard() -> object:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.clipboard()


@pytest.mark.parametrize("pasted", [PHRASE, PHRASE.upper() + "\n", "  " + PHRASE + "  "])
def test_desktop_clipboard_cleared_after_importing_a_pasted_mnemonic(
        qtbot: object, window: object, pasted: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QPushButton

    from datafi_desktop.ui.wallet_page import WalletPage

    clipboard = _clipboard()
    clipboard.setText(pasted)  # type: ignore[attr-defined]
    page = window.show_page("wallet")  # type: ignore[attr-defined]
    assert isinstance(page, WalletPage)
    dialog = page.import_account()
    dialog.mnemonic.setFocus()
    dialog.mnemonic.paste()  # what Ctrl+V does
    assert PHRASE in " ".join(dialog.mnemonic.toPlainText().lower().split())
    for name in ("newPassword", "repeatPassword"):
        edit = dialog.findChild(QLineEdit, name)
        edit.setText("correct horse battery staple")
    qtbot.mouseClick(dialog.findChild(QPushButton, "okButton"),  # type: ignore[attr-defined]
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)  # type: ignore[attr-defined]
    assert clipboard.text() == ""  # type: ignore[attr-defined]


def test_desktop_clipboard_cleared_when_the_import_is_cancelled(qtbot: object,
                                                               window: object) -> None:
    from datafi_desktop.ui.wallet_dialogs import ImportDialog

    clipboard = _clipboard()
    clipboard.setText(KEY)  # type: ignore[attr-defined]
    dialog = window.show_page("wallet").import_account()  # type: ignore[attr-defined]
    dialog.tabs.setCurrentIndex(ImportDialog.KEY)
    dialog.key.paste()
    assert dialog.key.text() == KEY
    dialog.reject()
    assert clipboard.text() == ""  # type: ignore[attr-defined]


def test_desktop_clipboard_keeps_what_is_not_a_secret(qtbot: object, window: object) -> None:
    clipboard = _clipboard()
    clipboard.setText("an unrelated note the user copied")  # type: ignore[attr-defined]
    dialog = window.show_page("wallet").import_account()  # type: ignore[attr-defined]
    dialog.mnemonic.setPlainText(PHRASE)
    dialog.reject()
    assert clipboard.text() == "an unrelated note the user copied"  # type: ignore[attr-defined]


def test_desktop_created_words_never_reach_the_clipboard(qtbot: object, window: object) -> None:
    """The words of a new account are shown as labels nobody can select or copy: select
    all and copy on the words page leave the clipboard without any of them."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton

    from datafi_desktop.ui.wallet_create import WORDS, CreateAccountDialog

    clipboard = _clipboard()
    clipboard.setText("before")  # type: ignore[attr-defined]
    page = window.show_page("wallet")  # type: ignore[attr-defined]
    qtbot.mouseClick(page.findChild(QPushButton, "createButton"),  # type: ignore[attr-defined]
                     Qt.MouseButton.LeftButton)
    dialog = window.findChild(CreateAccountDialog)  # type: ignore[attr-defined]
    for name in ("newPassword", "repeatPassword"):
        dialog.findChild(QLineEdit, name).setText("correct horse battery staple")
    qtbot.mouseClick(dialog.findChild(QPushButton, "nextButton"),  # type: ignore[attr-defined]
                     Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == WORDS
    words = [dialog.findChild(QLabel, f"mnemonicWord{i}").text() for i in range(1, 13)]
    assert all(words)
    for i in range(1, 13):
        label = dialog.findChild(QLabel, f"mnemonicWord{i}")
        assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
        label.setFocus()
        qtbot.keyClick(label, Qt.Key.Key_A,  # type: ignore[attr-defined]
                       Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(label, Qt.Key.Key_C,  # type: ignore[attr-defined]
                       Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog, Qt.Key.Key_C,  # type: ignore[attr-defined]
                   Qt.KeyboardModifier.ControlModifier)
    held = clipboard.text()  # type: ignore[attr-defined]
    assert not any(word in held.split() for word in words), held
    dialog.findChild(QCheckBox, "wroteItDown").setChecked(False)
    dialog.reject()
