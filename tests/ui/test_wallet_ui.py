"""The wallet through its dialogs, driven with the keyboard and mouse like a user would."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from eth_account import Account
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel, QLineEdit, QPushButton

from datafi_desktop.core.mnemonic import parse_mnemonic
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.wallet_create import CONFIRM, DONE, WORDS, CreateAccountDialog
from datafi_desktop.ui.wallet_dialogs import ExportKeystoreDialog, ImportDialog, UnlockDialog
from datafi_desktop.ui.wallet_page import WalletPage

from .conftest import PASSWORD

TEST_KEY = "0x" + "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
TEST_KEY_ADDRESS = "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"


def wallet_page(window: MainWindow) -> WalletPage:
    page = window.show_page("wallet")
    assert isinstance(page, WalletPage)
    return page


def click(qtbot, widget: QPushButton) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, text)


def open_create(qtbot, window: MainWindow) -> CreateAccountDialog:
    page = wallet_page(window)
    click(qtbot, page.findChild(QPushButton, "createButton"))
    dialog = window.findChild(CreateAccountDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def shown_words(dialog: CreateAccountDialog) -> list[str]:
    words = []
    for i in range(1, 25):
        label = dialog.findChild(QLabel, f"mnemonicWord{i}")
        if label is None:
            break
        words.append(label.text())
    return words


def test_create_account_shows_words_once_and_confirms_them(
        qtbot, window: MainWindow, wallet: Wallet) -> None:
    dialog = open_create(qtbot, window)
    nxt = dialog.findChild(QPushButton, "nextButton")
    type_into(qtbot, dialog.findChild(QLineEdit, "newPassword"), PASSWORD)
    assert not nxt.isEnabled()  # the repeat is still empty
    type_into(qtbot, dialog.findChild(QLineEdit, "repeatPassword"), PASSWORD + "x")
    assert not nxt.isEnabled()
    assert "differ" in dialog.findChild(QLabel, "passwordHint").text()
    type_into(qtbot, dialog.findChild(QLineEdit, "repeatPassword"), PASSWORD)
    click(qtbot, nxt)

    assert dialog.pages.currentIndex() == WORDS
    words = shown_words(dialog)
    assert len(words) == 12 and all(w.isalpha() for w in words)
    assert not nxt.isEnabled()  # not before "I wrote it down"
    dialog.findChild(QCheckBox, "wroteItDown").click()
    click(qtbot, nxt)

    assert dialog.pages.currentIndex() == CONFIRM
    edits = {int(e.objectName().removeprefix("confirmWord")): e
             for e in dialog.findChildren(QLineEdit) if e.objectName().startswith("confirmWord")}
    assert len(edits) == 3
    for position, edit in edits.items():
        type_into(qtbot, edit, words[position - 1])
    assert wallet.accounts() == []  # nothing is written before the confirmation
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == DONE, timeout=20_000)

    expected = parse_mnemonic(" ".join(words)).address(0)
    assert [a.address for a in wallet.accounts()] == [expected]
    assert wallet.accounts()[0].source == "mnemonic"
    assert wallet.unlocked_address == expected
    assert expected in dialog.findChild(QLabel, "createDone").text()
    # the words are gone from the dialog once confirmed
    assert shown_words(dialog) == [] or all(not w for w in shown_words(dialog))
    assert all(not e.text() for e in edits.values())
    assert dialog.findChild(QLineEdit, "newPassword").text() == ""
    click(qtbot, nxt)
    assert not dialog.isVisible()
    assert window.status.account.text().startswith(expected[:6])
    assert "Unlocked" in window.status.lock.text.text()


def test_wrong_confirmation_word_creates_nothing(qtbot, window: MainWindow,
                                                 wallet: Wallet) -> None:
    dialog = open_create(qtbot, window)
    type_into(qtbot, dialog.findChild(QLineEdit, "newPassword"), PASSWORD)
    type_into(qtbot, dialog.findChild(QLineEdit, "repeatPassword"), PASSWORD)
    nxt = dialog.findChild(QPushButton, "nextButton")
    click(qtbot, nxt)
    words = shown_words(dialog)
    dialog.findChild(QCheckBox, "wroteItDown").click()
    click(qtbot, nxt)
    positions = sorted(dialog.confirm_edits)
    for position in positions:
        type_into(qtbot, dialog.confirm_edits[position], words[position - 1])
    wrong = positions[1]
    replacement = "zoo" if words[wrong - 1] != "zoo" else "abandon"
    type_into(qtbot, dialog.confirm_edits[wrong], replacement)
    click(qtbot, nxt)
    error = dialog.findChild(QLabel, "createError").text()
    assert f"#{wrong}" in error and "does not match" in error
    assert dialog.pages.currentIndex() == CONFIRM
    assert wallet.accounts() == []
    # Back shows the same words again
    click(qtbot, dialog.findChild(QPushButton, "backButton"))
    assert shown_words(dialog) == words
    dialog.reject()
    assert shown_words(dialog) == [] or all(not w for w in shown_words(dialog))
    assert wallet.accounts() == []


def test_short_password_cannot_continue(qtbot, window: MainWindow) -> None:
    dialog = open_create(qtbot, window)
    type_into(qtbot, dialog.findChild(QLineEdit, "newPassword"), "short")
    type_into(qtbot, dialog.findChild(QLineEdit, "repeatPassword"), "short")
    assert not dialog.findChild(QPushButton, "nextButton").isEnabled()
    assert "at least 8" in dialog.findChild(QLabel, "passwordHint").text()
    dialog.reject()


def test_lock_then_unlock_wrong_then_right_password(
        qtbot, window: MainWindow, wallet: Wallet, account: Callable[[], str]) -> None:
    address = account()
    page = wallet_page(window)
    assert wallet.is_locked
    assert window.status.lock.text.text() == "Locked"
    click(qtbot, page.findChild(QPushButton, "unlockButton"))
    dialog = window.findChild(UnlockDialog)
    assert dialog is not None and dialog.isVisible()
    password = dialog.findChild(QLineEdit, "unlockPassword")
    type_into(qtbot, password, "not the password")
    qtbot.keyClick(password, Qt.Key.Key_Return)
    error = dialog.findChild(QLabel, "dialogError")
    qtbot.waitUntil(lambda: "Wrong password" in error.text(), timeout=20_000)
    assert dialog.isVisible() and wallet.is_locked
    type_into(qtbot, password, PASSWORD)
    assert error.text() == ""  # typing again clears the message
    qtbot.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert wallet.unlocked_address == address
    assert password.text() == ""  # the secret does not stay in the closed dialog
    assert window.status.lock.text.text().startswith("Unlocked · locks in")
    assert page.findChild(QLabel, "walletState").text().startswith("Unlocked")

    window.activateWindow()  # a window manager does this when the dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert wallet.is_locked
    assert window.status.lock.text.text() == "Locked"
    assert page.findChild(QLabel, "walletState").text() == "Locked"


def test_import_private_key(qtbot, window: MainWindow, wallet: Wallet) -> None:
    page = wallet_page(window)
    click(qtbot, page.findChild(QPushButton, "importButton"))
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    dialog.tabs.setCurrentIndex(ImportDialog.KEY)
    type_into(qtbot, dialog.findChild(QLineEdit, "importKey"), TEST_KEY)
    type_into(qtbot, dialog.findChild(QLineEdit, "newPassword"), PASSWORD)
    type_into(qtbot, dialog.findChild(QLineEdit, "repeatPassword"), PASSWORD)
    type_into(qtbot, dialog.findChild(QLineEdit, "accountLabel"), "Laptop key")
    click(qtbot, dialog.findChild(QPushButton, "okButton"))
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert [a.address for a in wallet.accounts()] == [TEST_KEY_ADDRESS]
    assert wallet.accounts()[0].label == "Laptop key"
    assert wallet.unlocked_address == TEST_KEY_ADDRESS
    assert page.table.rowCount() == 1
    assert page.table.item(0, 1).text() == TEST_KEY_ADDRESS
    assert page.table.item(0, 2).text() == "Private key"
    assert dialog.findChild(QLineEdit, "importKey").text() == ""


def test_import_bad_key_says_why(qtbot, window: MainWindow, wallet: Wallet) -> None:
    dialog = wallet_page(window).import_account()
    dialog.tabs.setCurrentIndex(ImportDialog.KEY)
    type_into(qtbot, dialog.findChild(QLineEdit, "importKey"), "0x1234")
    type_into(qtbot, dialog.findChild(QLineEdit, "newPassword"), PASSWORD)
    type_into(qtbot, dialog.findChild(QLineEdit, "repeatPassword"), PASSWORD)
    click(qtbot, dialog.findChild(QPushButton, "okButton"))
    error = dialog.findChild(QLabel, "dialogError")
    qtbot.waitUntil(lambda: "64 hexadecimal digits" in error.text(), timeout=20_000)
    assert "1234" not in error.text()  # never echo what was typed
    assert wallet.accounts() == [] and dialog.isVisible()
    dialog.reject()


def test_import_mnemonic_tab(qtbot, window: MainWindow, wallet: Wallet) -> None:
    dialog = wallet_page(window).import_account()
    dialog.mnemonic.setPlainText("test test test test test test test test test test test junk")
    dialog.index.setValue(1)
    type_into(qtbot, dialog.findChild(QLineEdit, "newPassword"), PASSWORD)
    type_into(qtbot, dialog.findChild(QLineEdit, "repeatPassword"), PASSWORD)
    click(qtbot, dialog.findChild(QPushButton, "okButton"))
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert wallet.unlocked_address == "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
    assert dialog.mnemonic.toPlainText() == ""


def test_export_keystore_then_import_it_elsewhere(
        qtbot, window: MainWindow, wallet: Wallet, account: Callable[[], str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    address = account()
    target = tmp_path / "backup.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    page = wallet_page(window)
    click(qtbot, page.findChild(QPushButton, "exportButton"))
    dialog = window.findChild(ExportKeystoreDialog)
    type_into(qtbot, dialog.findChild(QLineEdit, "exportPassword"), "wrong password!")
    click(qtbot, dialog.findChild(QPushButton, "okButton"))
    error = dialog.findChild(QLabel, "dialogError")
    qtbot.waitUntil(lambda: "Wrong password" in error.text(), timeout=20_000)
    assert not target.exists()
    type_into(qtbot, dialog.findChild(QLineEdit, "exportPassword"), PASSWORD)
    click(qtbot, dialog.findChild(QPushButton, "okButton"))
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert dialog.saved_to == target
    document = json.loads(target.read_text())
    assert document["version"] == 3 and "crypto" in document
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    key = Account.decrypt(document, PASSWORD)
    assert Account.from_key(key).address == address

    # and the file imports into another profile's wallet through the keystore tab
    other = Wallet(tmp_path / "other-wallet", scrypt_n=2**12)
    monkeypatch.setattr(window.session, "wallet", other)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    dialog2 = wallet_page(window).import_account()
    dialog2.tabs.setCurrentIndex(ImportDialog.KEYSTORE)
    click(qtbot, dialog2.findChild(QPushButton, "browseKeystore"))
    assert dialog2.path.text() == str(target)
    type_into(qtbot, dialog2.findChild(QLineEdit, "importKeystorePassword"), PASSWORD)
    type_into(qtbot, dialog2.findChild(QLineEdit, "newPassword"), "another password")
    type_into(qtbot, dialog2.findChild(QLineEdit, "repeatPassword"), "another password")
    click(qtbot, dialog2.findChild(QPushButton, "okButton"))
    qtbot.waitUntil(lambda: not dialog2.isVisible(), timeout=20_000)
    assert [a.address for a in other.accounts()] == [address]
