"""Wallet dialogs: unlock, import (words, private key, keystore file), export keystore.

Key derivation (scrypt) takes about a second by design, so it runs on the
thread pool while the dialog shows that it is working. Secrets typed into a
dialog are cleared from its fields when it closes; error messages say what the
user can do and never repeat what was typed. Account creation is in
:mod:`.wallet_create`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import operations
from ..core.changes import WALLET_CHANGES, OpChanges
from ..core.keystore import dump_json, write_file_atomic
from ..core.wallet import AccountInfo
from .accessibility import accessible
from .clipboard import clear_if_secret
from .password_widgets import NewPasswordFields, error_text
from .session import Session
from .status_bar import short_address
from .theme import monospace_font, named, set_role
from .worker import Job, run_in_background


def account_combo(session: Session, selected: str | None) -> QComboBox:
    combo = named(QComboBox(), "accountCombo")
    for info in session.wallet.accounts():
        text = f"{info.label} — {short_address(info.address)}" if info.label else info.address
        combo.addItem(text, info.address)
    index = combo.findData(selected or session.default_account())
    combo.setCurrentIndex(max(0, index))
    return combo


def password_edit(name: str) -> QLineEdit:
    edit = named(QLineEdit(), name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class _WalletDialog(QDialog):
    """A dialog with an error line and an OK button that runs a background job."""

    def __init__(self, session: Session, title: str, ok_text: str,
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.session = session
        self._job: Job | None = None
        self.error = named(QLabel(), "dialogError")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = named(QPushButton(ok_text), "okButton")
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setAutoDefault(False)  # Return means OK, never Cancel
            cancel.setIcon(QIcon())  # no icon on one button only
        self.buttons.accepted.connect(self._ok_clicked)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout()
        lay = QVBoxLayout(self)
        lay.addLayout(self.body, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _ok_clicked(self) -> None:
        if not self.busy:  # Return may arrive twice (the field, then the default button)
            self._start()

    def _start(self) -> None:
        """Subclasses: validate, then call :meth:`_run`."""

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None], note: str) -> None:
        set_role(self.error, "muted")
        self.error.setText(note)
        self.ok.setEnabled(False)

        def finished(result: Any) -> None:
            self._job = None
            self.ok.setEnabled(True)
            self.error.clear()
            done(result)

        def failed(exc: BaseException) -> None:
            self._job = None
            self.ok.setEnabled(True)
            self.show_error(error_text(exc))

        self._job = run_in_background(work, finished, failed)

    def show_error(self, text: str) -> None:
        set_role(self.error, "error")
        self.error.setText(text)

    def secrets(self) -> list[QLineEdit | QPlainTextEdit | NewPasswordFields]:
        return []

    def done(self, result: int) -> None:
        if self._job is not None:
            return  # let the key derivation finish: its outcome must be shown
        held = [w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()
                for w in self.secrets()]
        clear_if_secret(held)  # a pasted phrase or key does not stay on the clipboard
        for widget in self.secrets():
            widget.clear()
        super().done(result)


class UnlockDialog(_WalletDialog):
    def __init__(self, session: Session, address: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Unlock the wallet"), self.tr("Unlock"), parent)
        self.setObjectName("unlockDialog")
        self.accounts = account_combo(session, address)
        self.password = password_edit("unlockPassword")
        self.password.textChanged.connect(lambda _t: self.error.clear())
        self.password.returnPressed.connect(self._ok_clicked)
        form = QFormLayout()
        form.addRow(self.tr("Account"), self.accounts)
        form.addRow(self.tr("Password"), self.password)
        self.body.addWidget(QLabel(self.tr("Unlock to sign submissions. The wallet locks "
                                           "itself again when you are away.")))
        self.body.addLayout(form)
        self.password.setFocus()

    def secrets(self) -> list[QLineEdit | QPlainTextEdit | NewPasswordFields]:
        return [self.password]

    def _start(self) -> None:
        address = str(self.accounts.currentData() or "")
        password = self.password.text()
        if not address:
            self.show_error(self.tr("There is no account to unlock: create or import one first."))
            return
        if not password:
            self.show_error(self.tr("Type the password of this account."))
            return
        wallet = self.session.wallet

        def unlocked(changes: OpChanges) -> None:
            self.session.remember_account(address)
            self.session.changed(changes, self)
            self.accept()

        def work() -> OpChanges:
            return operations.unlock(wallet, address, password)

        self._run(work, unlocked, self.tr("Checking the password…"))
        self.password.selectAll()


class ImportDialog(_WalletDialog):
    WORDS, KEY, KEYSTORE = range(3)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Import an account"), self.tr("Import"), parent)
        self.setObjectName("importDialog")
        self.imported: AccountInfo | None = None
        self.tabs = named(QTabWidget(), "importTabs")
        accessible(self.tabs, self.tr("Import from"),
                   self.tr("Recovery words or a keystore file"))
        # recovery words
        self.mnemonic = named(QPlainTextEdit(), "importMnemonic")
        self.mnemonic.setPlaceholderText(self.tr("the 12 or 24 words, separated by spaces"))
        self.mnemonic.setFont(monospace_font(1))
        self.mnemonic.setTabChangesFocus(True)
        self.mnemonic.setFixedHeight(self.mnemonic.fontMetrics().lineSpacing() * 4 + 14)
        self.index = named(QSpinBox(), "importIndex")
        self.index.setRange(0, 1000)
        words = QWidget()
        form = QFormLayout(words)
        form.addRow(self.tr("Words"), self.mnemonic)
        form.addRow(self.tr("Account number"), self.index)
        # private key
        self.key = password_edit("importKey")
        self.key.setPlaceholderText(self.tr("64 hexadecimal digits, 0x optional"))
        key = QWidget()
        QFormLayout(key).addRow(self.tr("Private key"), self.key)
        # keystore file
        self.path = named(QLineEdit(), "importKeystorePath")
        self.path.setPlaceholderText(self.tr("a keystore JSON file (UTC--…)"))
        browse = named(QPushButton(self.tr("Browse…")), "browseKeystore")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.keystore_password = password_edit("importKeystorePassword")
        keystore = QWidget()
        kform = QFormLayout(keystore)
        kform.addRow(self.tr("File"), row)
        kform.addRow(self.tr("File password"), self.keystore_password)
        self.tabs.addTab(words, self.tr("Recovery words"))
        self.tabs.addTab(key, self.tr("Private key"))
        self.tabs.addTab(keystore, self.tr("Keystore file"))
        self.label = named(QLineEdit(), "accountLabel")
        self.label.setPlaceholderText(self.tr("optional"))
        common = QFormLayout()
        common.addRow(self.tr("Label", "a name for the account"), self.label)
        note = QLabel(self.tr("The key is stored encrypted with a password of your choice "
                              "(it may be the same as the file's)."))
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        common.addRow(note)
        self.passwords = NewPasswordFields(self, label=self.tr("New password"), form=common)
        self.body.addWidget(self.tabs)
        self.body.addLayout(common)
        self.body.addWidget(self.passwords)

    def secrets(self) -> list[QLineEdit | QPlainTextEdit | NewPasswordFields]:
        return [self.mnemonic, self.key, self.keystore_password, self.passwords]

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a keystore file"), str(Path.home()),
            self.tr("Keystore (*.json *);;All files (*)"))
        if name:
            self.path.setText(name)

    def _start(self) -> None:
        problem = self.passwords.problem()
        if problem:
            self.show_error(problem)
            return
        wallet, password, label = self.session.wallet, self.passwords.text(), self.label.text()
        tab = self.tabs.currentIndex()
        work: Callable[[], AccountInfo]
        if tab == self.WORDS:
            phrase, index = self.mnemonic.toPlainText(), self.index.value()
            if not phrase.strip():
                self.show_error(self.tr("Type the recovery words."))
                return
            work = lambda: wallet.import_mnemonic(phrase, password, index=index,  # noqa: E731
                                                  label=label)
        elif tab == self.KEY:
            key = self.key.text()
            if not key.strip():
                self.show_error(self.tr("Paste the private key."))
                return
            work = lambda: wallet.import_private_key(key, password, label=label)  # noqa: E731
        else:
            path, file_password = self.path.text().strip(), self.keystore_password.text()
            if not path:
                self.show_error(self.tr("Choose the keystore file."))
                return
            work = lambda: wallet.import_keystore(Path(path), file_password,  # noqa: E731
                                                  password, label=label)

        def work_and_unlock() -> AccountInfo:
            info = work()
            wallet.unlock(info.address, password)
            return info

        self._run(work_and_unlock, self._imported, self.tr("Encrypting the key…"))

    def _imported(self, info: AccountInfo) -> None:
        self.imported = info
        self.session.remember_account(info.address)
        self.session.changed(WALLET_CHANGES, self)
        self.accept()


def keystore_file_name(address: str) -> str:
    """geth's naming: ``UTC--2024-05-01T10-00-00.000000000Z--<address hex>.json``."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H-%M-%S.000000000Z")
    return f"UTC--{stamp}--{address.lower().removeprefix('0x')}.json"


class ExportKeystoreDialog(_WalletDialog):
    def __init__(self, session: Session, address: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Export keystore file"), self.tr("Save as…"), parent)
        self.setObjectName("exportDialog")
        self.accounts = account_combo(session, address)
        self.password = password_edit("exportPassword")
        self.saved_to: Path | None = None
        form = QFormLayout()
        form.addRow(self.tr("Account"), self.accounts)
        form.addRow(self.tr("Password"), self.password)
        note = QLabel(self.tr("The file is a standard Ethereum keystore (v3): other wallets "
                              "open it with this account's password. Keep it as a backup."))
        note.setWordWrap(True)
        self.body.addWidget(note)
        self.body.addLayout(form)

    def secrets(self) -> list[QLineEdit | QPlainTextEdit | NewPasswordFields]:
        return [self.password]

    def _start(self) -> None:
        address, password = str(self.accounts.currentData() or ""), self.password.text()
        if not address or not password:
            self.show_error(self.tr("Choose the account and type its password."))
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save keystore file"), str(Path.home() / keystore_file_name(address)),
            self.tr("Keystore (*.json)"))
        if not name:
            return
        target = Path(name)
        wallet = self.session.wallet

        def work() -> Path:
            document = wallet.export_keystore(address, password)
            write_file_atomic(target, dump_json(document), overwrite=True)
            return target

        self._run(work, self._saved, self.tr("Writing the keystore file…"))

    def _saved(self, path: Path) -> None:
        self.saved_to = path
        self.accept()
