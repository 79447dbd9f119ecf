"""Creating an account: a password, the recovery words shown once, three typed back.

The words are generated here (:func:`~datafi_desktop.core.mnemonic.generate_mnemonic`)
and the account is written only after the user has typed three of them back,
with :meth:`Wallet.import_mnemonic`, so that no account exists whose words were
never confirmed. The phrase is held by one attribute and the word labels, both
cleared as soon as the confirmation succeeds or the dialog closes; it is never
logged and never put on the clipboard.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.changes import WALLET_CHANGES
from ..core.mnemonic import Bip39Phrase, generate_mnemonic, mnemonic_challenge
from ..core.mnemonic import verify_mnemonic_confirmation as verify
from ..core.wallet import AccountInfo
from .password_widgets import NewPasswordFields, error_text
from .session import Session
from .status_bar import short_address
from .theme import monospace_font, named, set_role
from .worker import Job, run_in_background

PASSWORD, WORDS, CONFIRM, DONE = range(4)
CHALLENGE_WORDS = 3


def _text(text: str, role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


class CreateAccountDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("createAccountDialog")
        self.setWindowTitle(self.tr("Create a new account"))
        self.setMinimumWidth(560)
        self.session = session
        self._phrase: Bip39Phrase | None = None
        self._positions: list[int] = []
        self._job: Job | None = None
        self.created: AccountInfo | None = None

        self.pages = QStackedWidget()
        self.pages.addWidget(self._password_page())
        self.pages.addWidget(self._words_page())
        self.pages.addWidget(self._confirm_page())
        self.pages.addWidget(self._done_page())
        self.error = _text("", "error")
        self.error.setObjectName("createError")
        self.back = named(QPushButton(self.tr("Back")), "backButton")
        self.next = named(QPushButton(self.tr("Next")), "nextButton")
        self.next.setDefault(True)
        self.cancel = named(QPushButton(self.tr("Cancel")), "cancelButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        lay = QVBoxLayout(self)
        lay.addWidget(self.pages, 1)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        self.back.clicked.connect(self._back)
        self.next.clicked.connect(self._next)
        self.cancel.clicked.connect(self.reject)
        self._go(PASSWORD)

    # --- pages --------------------------------------------------------------------------

    def _password_page(self) -> QWidget:
        page = QWidget()
        self.label_edit = named(QLineEdit(), "accountLabel")
        self.label_edit.setPlaceholderText(self.tr("optional, e.g. “Work”"))
        self.word_count = named(QComboBox(), "wordCount")
        for count in (12, 24):
            self.word_count.addItem(self.tr("%n word(s)", "", count), count)
        form = QFormLayout()
        form.addRow(self.tr("Label", "a name for the account"), self.label_edit)
        form.addRow(self.tr("Recovery words"), self.word_count)
        self.passwords = NewPasswordFields(page, form=form)
        self.passwords.changed.connect(self._update_buttons)
        lay = QVBoxLayout(page)
        lay.addWidget(_text(self.tr("Choose a password. It encrypts the key on this computer "
                                    "and unlocks the wallet when you sign.")))
        lay.addLayout(form)
        lay.addWidget(self.passwords)
        lay.addStretch(1)
        return page

    def _words_page(self) -> QWidget:
        page = QWidget()
        self.words_box = named(QFrame(), "mnemonicGrid")
        self.words_box.setProperty("role", "mnemonic")
        self.words_grid = QGridLayout(self.words_box)
        self.words_grid.setContentsMargins(18, 14, 18, 14)
        self.words_grid.setHorizontalSpacing(24)
        self.words_grid.setVerticalSpacing(8)
        self.wrote_it = named(QCheckBox(self.tr("I wrote the words down on paper, in order")),
                              "wroteItDown")
        self.wrote_it.toggled.connect(self._update_buttons)
        lay = QVBoxLayout(page)
        lay.addWidget(_text(self.tr(
            "<b>Write these words down, in order, on paper.</b> They are the only way to "
            "restore this account if this computer is lost or the password forgotten. Anyone "
            "who sees them can take the account: no screenshots, no cloud notes. They are "
            "shown only now.")))
        lay.addWidget(self.words_box)
        lay.addWidget(self.wrote_it)
        lay.addStretch(1)
        return page

    def _confirm_page(self) -> QWidget:
        page = QWidget()
        self.confirm_form = QFormLayout()
        self.confirm_edits: dict[int, QLineEdit] = {}
        lay = QVBoxLayout(page)
        lay.addWidget(_text(self.tr("Type these words from your paper to show it is right.")))
        lay.addLayout(self.confirm_form)
        lay.addStretch(1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_label = _text("", "")
        self.done_label.setObjectName("createDone")
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QVBoxLayout(page)
        lay.addWidget(self.done_label)
        lay.addStretch(1)
        return page

    # --- flow ---------------------------------------------------------------------------

    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.error.clear()
        self.back.setVisible(page in (WORDS, CONFIRM))
        self.cancel.setVisible(page != DONE)
        self.next.setText({PASSWORD: self.tr("Next"), WORDS: self.tr("Next"),
                           CONFIRM: self.tr("Create account"), DONE: self.tr("Done")}[page])
        self._update_buttons()
        if page == PASSWORD:
            self.passwords.password.setFocus()
        elif page == CONFIRM and self._positions:
            self.confirm_edits[self._positions[0]].setFocus()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        busy = self._job is not None
        ok = {PASSWORD: self.passwords.is_acceptable(), WORDS: self.wrote_it.isChecked(),
              CONFIRM: all(e.text().strip() for e in self.confirm_edits.values()),
              DONE: True}[page]
        self.next.setEnabled(ok and not busy)
        self.back.setEnabled(not busy)
        if page == PASSWORD and self.passwords.text():
            problem = self.passwords.problem()
            self.next.setToolTip(problem or "")

    def _back(self) -> None:
        page = self.pages.currentIndex()
        self._go(WORDS if page == CONFIRM else PASSWORD)

    def _next(self) -> None:
        page = self.pages.currentIndex()
        if page == PASSWORD:
            words = int(self.word_count.currentData())
            if self._phrase is None or self._phrase.word_count != words:
                self._show_words(generate_mnemonic(words))
            self._go(WORDS)
        elif page == WORDS:
            self._ask_words()
            self._go(CONFIRM)
        elif page == CONFIRM:
            self._confirm()
        else:
            self.accept()

    def _show_words(self, phrase: Bip39Phrase) -> None:
        self._clear_words()
        self._phrase = phrase
        self.wrote_it.setChecked(False)
        self._positions = []
        words = phrase.words
        columns = 3 if len(words) <= 12 else 4
        rows = (len(words) + columns - 1) // columns
        font = monospace_font(3)
        for i, word in enumerate(words):
            number = QLabel(f"{i + 1}.")
            number.setFont(font)
            number.setProperty("role", "muted")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label = named(QLabel(word), f"mnemonicWord{i + 1}")
            label.setFont(font)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            row, col = i % rows, i // rows  # numbered down the columns, as on paper
            self.words_grid.addWidget(number, row, 2 * col)
            self.words_grid.addWidget(label, row, 2 * col + 1)

    def _ask_words(self) -> None:
        assert self._phrase is not None
        if not self._positions:
            self._positions = mnemonic_challenge(self._phrase, k=CHALLENGE_WORDS)
            while self.confirm_form.rowCount():
                self.confirm_form.removeRow(0)
            self.confirm_edits = {}
            for position in self._positions:
                edit = named(QLineEdit(), f"confirmWord{position}")
                edit.setFont(monospace_font(2))
                edit.textChanged.connect(self._update_buttons)
                self.confirm_edits[position] = edit
                self.confirm_form.addRow(self.tr("Word #{position}").format(position=position),
                                         edit)

    def _confirm(self) -> None:
        assert self._phrase is not None
        answers = {pos: edit.text() for pos, edit in self.confirm_edits.items()}
        if not verify(self._phrase, answers):
            wrong = [f"#{p}" for p, text in answers.items() if not verify(self._phrase,
                                                                           {p: text})]
            self.error.setText(self.tr(
                "Word(s) {words} do not match. Check your paper, or go Back to see the words "
                "again.", "", len(wrong)).format(words=", ".join(wrong)))
            return
        phrase, password = self._phrase.phrase, self.passwords.text()
        label = self.label_edit.text().strip()
        wallet = self.session.wallet
        self._clear_words()  # the words have done their job: off the screen now

        def work() -> AccountInfo:
            info = wallet.import_mnemonic(phrase, password, label=label)
            wallet.unlock(info.address, password)
            return info

        set_role(self.error, "muted")
        self.error.setText(self.tr("Encrypting the key… (this takes a moment)"))
        self._job = run_in_background(work, self._created, self._failed)
        self._update_buttons()

    def _created(self, info: AccountInfo) -> None:
        self._job = None
        self.created = info
        self.passwords.clear()
        self.session.remember_account(info.address)
        self.session.changed(WALLET_CHANGES, self)
        self.done_label.setText(self.tr(
            "<b>Account created</b><br><br>{address}<br><br>It is unlocked and ready to sign. "
            "Keep the paper with the words somewhere safe; the wallet will not show them "
            "again. ({short} is now in the status bar.)").format(
                address=info.address, short=short_address(info.address)))
        set_role(self.error, "error")
        self._go(DONE)

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        set_role(self.error, "error")
        self.error.setText(self.tr("{error} Start again with new words.").format(
            error=error_text(exc)))
        self._go(PASSWORD)

    # --- hygiene ------------------------------------------------------------------------

    def _clear_words(self) -> None:
        """Take the words off the screen and drop the phrase (Python cannot zero memory)."""
        self._phrase = None
        self._positions = []
        while self.words_grid.count():
            item = self.words_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                if isinstance(widget, QLabel):
                    widget.clear()
                widget.deleteLater()
        for edit in self.confirm_edits.values():
            edit.clear()

    def done(self, result: int) -> None:
        if self._job is not None and result != QDialog.DialogCode.Accepted:
            return  # the key is being written; closing now would hide the outcome
        self._clear_words()
        self.passwords.clear()
        super().done(result)
