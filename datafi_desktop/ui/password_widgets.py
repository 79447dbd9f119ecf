"""Password fields: a new password typed twice with a strength hint, and error wording.

The strength hint is a heuristic (length, variety of characters, obvious
patterns), not a promise; the wallet enforces only its minimum length.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from ..core.errors import (
    AccountExistsError,
    AccountNotFoundError,
    DataFiError,
    WrongPasswordError,
)
from ..core.wallet import MIN_PASSWORD_CHARS
from .theme import colors, named
from .tr_marks import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

_COMMON = {
    "password", "passw0rd", "12345678", "123456789", "1234567890", "qwertyuiop", "qwerty123",
    "iloveyou", "11111111", "00000000", "abc12345", "letmein1", "welcome1", "football",
    "baseball", "sunshine", "princess", "superman", "trustno1", "password1", "changeme",
}
STRENGTH_WORDS = (
    QT_TRANSLATE_NOOP("password_widgets", "Too short"),
    QT_TRANSLATE_NOOP("password_widgets", "Weak"),
    QT_TRANSLATE_NOOP("password_widgets", "Fair"),
    QT_TRANSLATE_NOOP("password_widgets", "Good"),
    QT_TRANSLATE_NOOP("password_widgets", "Strong"),
)


def password_strength(password: str) -> tuple[int, str]:
    """A score from 0 (unusable) to 4 and a hint saying how to do better."""
    if len(password) < MIN_PASSWORD_CHARS:
        return 0, QCoreApplication.translate(
            "password_widgets", "Use at least {count} characters.").format(count=MIN_PASSWORD_CHARS)
    lowered = password.lower()
    if lowered in _COMMON or len(set(password)) <= 2:
        return 1, QCoreApplication.translate(
            "password_widgets", "This password is among the first ones an attacker tries.")
    if re.fullmatch(r"(.+?)\1+", password) or lowered in "abcdefghijklmnopqrstuvwxyz0123456789":
        return 1, QCoreApplication.translate(
            "password_widgets", "Repeated or sequential characters are easy to guess.")
    classes = sum(bool(re.search(p, password)) for p in
                  (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]"))
    words = len(password.split())
    score = 1
    if len(password) >= 12 or (len(password) >= 10 and classes >= 3):
        score = 2
    if len(password) >= 14 and (classes >= 2 or words >= 3):
        score = 3
    if len(password) >= 18 and (classes >= 3 or words >= 4):
        score = 4
    hints = {
        1: QCoreApplication.translate(
            "password_widgets",
            "Longer is better: a phrase of four or more unrelated words works well."),
        2: QCoreApplication.translate(
            "password_widgets",
            "Fair. A few more words or characters make it much harder to guess."),
        3: QCoreApplication.translate("password_widgets", "Good."),
        4: QCoreApplication.translate("password_widgets", "Strong."),
    }
    return score, hints[score]


class NewPasswordFields(QWidget):
    """Password, repeat, and a strength meter. ``changed`` fires on every keystroke."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, label: str | None = None,
                 form: QFormLayout | None = None) -> None:
        """The rows go into ``form`` when given (to line up with a dialog's other
        rows); otherwise into this widget's own form layout. ``label`` (translated by
        the caller) names the first row; "Password" by default."""
        super().__init__(parent)
        label = label if label is not None else self.tr("Password")
        self.password = named(QLineEdit(), "newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("at least {count} characters").format(count=MIN_PASSWORD_CHARS))
        self.repeat = named(QLineEdit(), "repeatPassword")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = named(QProgressBar(), "passwordMeter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(6)
        self.hint = named(QLabel(), "passwordHint")
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        if form is None:
            form = QFormLayout(self)
            form.setContentsMargins(0, 0, 0, 0)
        else:
            self.hide()  # an empty carrier of the signal; the rows live in ``form``
        form.addRow(label, self.password)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        form.addRow(self.tr("Repeat", "repeat the password"), self.repeat)
        self.password.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        return self.password.text()

    def problem(self) -> str | None:
        """Why the fields cannot be accepted yet, or None."""
        if len(self.password.text()) < MIN_PASSWORD_CHARS:
            return self.tr("The password needs at least {count} characters.").format(
                count=MIN_PASSWORD_CHARS)
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ.")
        return None

    def is_acceptable(self) -> bool:
        return self.problem() is None

    def clear(self) -> None:
        self.password.clear()
        self.repeat.clear()

    def _update(self) -> None:
        score, hint = password_strength(self.password.text())
        c = colors()
        color = (c.danger, c.danger, c.warn, c.ok, c.ok)[score]
        self.meter.setValue(score)
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {color}; }}")
        typed = bool(self.password.text())
        word = QCoreApplication.translate("password_widgets", STRENGTH_WORDS[score])
        if not typed:
            text = self.tr("At least {count} characters. Nobody can recover it for you: "
                           "write it down somewhere safe.").format(count=MIN_PASSWORD_CHARS)
        elif score in (0, 1):  # the hint does not name the strength yet
            text = self.tr("{strength}. {hint}", "password strength, then a hint").format(
                strength=word, hint=hint)
        else:
            text = hint
        if self.repeat.text() and self.repeat.text() != self.password.text():
            text = self.tr("{hint}  The two passwords differ.").format(hint=text)
        self.hint.setText(text)
        self.changed.emit()


def error_text(exc: BaseException) -> str:
    """A message for the user: what went wrong and what to do. Never quotes a secret."""
    if isinstance(exc, WrongPasswordError):
        return QCoreApplication.translate(
            "password_widgets",
            "Wrong password. Check Caps Lock and the keyboard layout, then try again.")
    if isinstance(exc, AccountExistsError):
        return QCoreApplication.translate("password_widgets",
                                          "This account is already in the wallet.")
    if isinstance(exc, AccountNotFoundError):
        return QCoreApplication.translate("password_widgets",
                                          "That account is not in this wallet any more.")
    if isinstance(exc, DataFiError | ValueError):  # core messages are written for users
        text = str(exc) or type(exc).__name__
        return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
    log.error("wallet operation failed: %s", type(exc).__name__)  # no message: it may quote input
    return QCoreApplication.translate(
        "password_widgets", "Something went wrong ({error}); nothing was changed.").format(
            error=type(exc).__name__)
