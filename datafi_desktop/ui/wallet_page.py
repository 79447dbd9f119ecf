"""The Wallet page: the signing account and its lock, every stored account, and the
actions to create, import, unlock, lock and export (each also in the Wallet menu).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import operations
from .accessibility import plain_label
from .icons import icon
from .pages import Page
from .session import Session
from .status_bar import countdown
from .theme import colors, monospace_font, named
from .tr_marks import QT_TRANSLATE_NOOP
from .wallet_create import CreateAccountDialog
from .wallet_dialogs import ExportKeystoreDialog, ImportDialog, UnlockDialog

SOURCE_NAMES = {
    "mnemonic": QT_TRANSLATE_NOOP("WalletPage", "Recovery words"),
    "private_key": QT_TRANSLATE_NOOP("WalletPage", "Private key"),
    "keystore": QT_TRANSLATE_NOOP("WalletPage", "Keystore file"),
}


class WalletPage(Page):
    page_id = "wallet"
    title = QT_TRANSLATE_NOOP("Page", "Wallet")
    icon_name = "wallet"
    order = 40
    shortcut = "Ctrl+4"
    menu_title = QT_TRANSLATE_NOOP("Page", "&Wallet")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._build_actions()
        title = QLabel(self.tr("Wallet"))
        title.setProperty("role", "title")
        intro = QLabel(self.tr("Your account signs every submission and receives the "
                               "rewards. Keys stay on this computer, encrypted with your "
                               "password."))
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)

        self.card = named(QFrame(), "walletCard")
        self.card.setProperty("role", "card")
        self.lock_icon = QLabel()
        self.state_label = named(QLabel(), "walletState")
        font = self.state_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        self.state_label.setFont(font)
        self.address_label = named(QLabel(), "walletAddress")
        self.address_label.setFont(monospace_font(1))
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label = named(QLabel(), "walletDetail")
        self.detail_label.setProperty("role", "muted")
        self.detail_label.setWordWrap(True)
        self.unlock_button = self._button(self.act_unlock, "unlockButton")
        self.lock_button = self._button(self.act_lock, "lockButton")
        self.copy_button = self._button(self.act_copy, "copyButton")
        head = QHBoxLayout()
        head.addWidget(self.lock_icon)
        head.addWidget(self.state_label, 1)
        head.addWidget(self.copy_button)
        head.addWidget(self.unlock_button)
        head.addWidget(self.lock_button)
        card_lay = QVBoxLayout(self.card)
        card_lay.setContentsMargins(16, 12, 16, 12)
        card_lay.addLayout(head)
        card_lay.addWidget(self.address_label)
        card_lay.addWidget(self.detail_label)

        self.table = named(QTableWidget(0, 4), "accountsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Label"), self.tr("Address"), self.tr("From"), self.tr("Path")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(lambda _i: self.unlock())
        self.empty = named(QLabel(self.tr(
            "No account yet. Create one (you will write down 12 recovery words) or import "
            "one you already have.")), "walletEmpty")
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")

        actions = QHBoxLayout()
        actions.addWidget(self._button(self.act_create, "createButton", primary=True))
        actions.addWidget(self._button(self.act_import, "importButton"))
        actions.addWidget(self._button(self.act_export, "exportButton"))
        actions.addStretch(1)
        content = QWidget()
        content.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 72)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 18)
        outer.addWidget(content, 1)
        outer.addStretch(0)
        lay = QVBoxLayout(content)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        lay.addWidget(title)
        lay.addWidget(intro)
        lay.addWidget(self.card)
        lay.addLayout(actions)
        accounts_title = QLabel(self.tr("Accounts in this profile"))
        accounts_title.setFont(font)
        lay.addWidget(accounts_title)
        lay.addWidget(self.empty)
        lay.addWidget(self.table)
        lay.addStretch(1)
        session.operation_did_execute.connect(
            lambda changes, _origin: self.refresh() if changes.wallet else None)
        self.refresh()

    # --- actions --------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, shortcut: str, slot: object, name: str, icon_name: str) -> QAction:
            act = QAction(icon(icon_name), text, self)
            act.setObjectName(name)
            act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            return act

        self.act_create = action(self.tr("&Create account…"), "Ctrl+Shift+N",
                                 self.create_account, "actionCreateAccount", "plus")
        self.act_import = action(self.tr("&Import account…"), "Ctrl+Shift+I",
                                 self.import_account, "actionImportAccount", "import")
        self.act_unlock = action(self.tr("&Unlock…"), "Ctrl+U", self.unlock, "actionUnlock",
                                 "unlock")
        self.act_lock = action(self.tr("&Lock now"), "Ctrl+L", self.lock, "actionLock", "lock")
        self.act_export = action(self.tr("&Export keystore file…"), "Ctrl+Shift+E",
                                 self.export, "actionExportKeystore", "export")
        self.act_copy = action(self.tr("Copy &address"), "Ctrl+Shift+C", self.copy_address,
                               "actionCopyAddress", "copy")

    def page_actions(self) -> list[QAction | None]:
        return [self.act_create, self.act_import, None, self.act_unlock, self.act_lock, None,
                self.act_export, self.act_copy]

    def _button(self, action: QAction, name: str, primary: bool = False) -> QPushButton:
        button = named(QPushButton(action.icon(), plain_label(action.text())), name)
        button.setToolTip(f"{plain_label(action.text())} ({action.shortcut().toString()})")
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        if primary:
            button.setDefault(True)
        return button

    def selected_address(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 1) if row >= 0 else None
        return item.text() if item is not None else self.session.default_account()

    def create_account(self) -> CreateAccountDialog:
        dialog = CreateAccountDialog(self.session, self.window())
        dialog.open()
        return dialog

    def import_account(self) -> ImportDialog:
        dialog = ImportDialog(self.session, self.window())
        dialog.open()
        return dialog

    def unlock(self) -> UnlockDialog | None:
        if not self.session.wallet.accounts():
            QMessageBox.information(self.window(), self.tr("Unlock"), self.tr(
                "There is no account yet: create or import one first."))
            return None
        dialog = UnlockDialog(self.session, self.selected_address(), self.window())
        dialog.open()
        return dialog

    def lock(self) -> None:
        wallet = self.session.wallet
        self.session.run(lambda: operations.lock(wallet), self)

    def export(self) -> ExportKeystoreDialog | None:
        if not self.session.wallet.accounts():
            return None
        dialog = ExportKeystoreDialog(self.session, self.selected_address(), self.window())
        dialog.open()
        return dialog

    def copy_address(self) -> None:
        address = self.session.default_account()
        clipboard = QGuiApplication.clipboard()
        if address and clipboard is not None:
            clipboard.setText(address)
            window = self.window()
            bar = getattr(window, "statusBar", None)
            if callable(bar):
                bar().showMessage(self.tr("Copied {address}").format(address=address), 3000)

    # --- view -----------------------------------------------------------------------

    def refresh(self) -> None:
        wallet = self.session.wallet
        accounts = wallet.accounts()
        unlocked = wallet.unlocked_address
        shown = self.session.default_account()
        c = colors()
        if unlocked:
            self.lock_icon.setPixmap(icon("unlock", c.ok).pixmap(28, 28))
            self.state_label.setText(self.tr("Unlocked: ready to sign"))
            self.detail_label.setText(
                self.tr("Locks itself after {time} without activity (or now with Ctrl+L).")
                .format(time=countdown(wallet.idle_timeout)))
        elif shown:
            self.lock_icon.setPixmap(icon("lock", c.muted).pixmap(28, 28))
            self.state_label.setText(self.tr("Locked"))
            self.detail_label.setText(self.tr("Unlock (Ctrl+U) with the account's password to "
                                              "sign submissions."))
        else:
            self.lock_icon.setPixmap(icon("wallet", c.muted).pixmap(28, 28))
            self.state_label.setText(self.tr("No account"))
            self.detail_label.setText(self.tr("Create or import an account to start earning."))
        self.address_label.setText(shown or "")
        self.address_label.setVisible(bool(shown))
        for act in (self.act_unlock, self.act_export, self.act_copy):
            act.setEnabled(bool(accounts))
        self.act_lock.setEnabled(unlocked is not None)
        self.unlock_button.setVisible(bool(accounts) and unlocked is None)
        self.lock_button.setVisible(unlocked is not None)
        self.copy_button.setVisible(bool(shown))
        self.table.setRowCount(len(accounts))
        for row, info in enumerate(accounts):
            source = SOURCE_NAMES.get(info.source)
            cells = [info.label or "—", info.address,
                     self.tr(source) if source else info.source, info.path or ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setFont(monospace_font())
                if col == 0 and info.address == unlocked:
                    item.setIcon(icon("unlock", c.ok))
                self.table.setItem(row, col, item)
        self.table.setVisible(bool(accounts))
        self.empty.setVisible(not accounts)
        self._fit_table()

    def _fit_table(self) -> None:
        """As tall as its rows (up to ten), so a short list leaves no empty box."""
        rows = min(max(self.table.rowCount(), 1), 10)
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(rows)) if self.table.rowCount() \
            else self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height + 2)
