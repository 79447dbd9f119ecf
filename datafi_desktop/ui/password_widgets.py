"""Password fields: a new password typed twice with a strength hint, and error wording.

The strength hint is a heuristic (length, variety of characters, obvious
patterns), not a promise; the wallet enforces only its minimum length.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from ..core.errors import (
    AccountExistsError,
    AccountNotFoundError,
    DataFiError,
    WrongPasswordError,
)
from ..core.wallet import MIN_PASSWORD_CHARS
from .theme import colors, named

log = logging.getLogger(__name__)

_COMMON = {
    "password", "passw0rd", "12345678", "123456789", "1234567890", "qwertyuiop", "qwerty123",
    "iloveyou", "11111111", "00000000", "abc12345", "letmein1", "welcome1", "football",
    "baseball", "sunshine", "princess", "superman", "trustno1", "password1", "changeme",
}
STRENGTH_WORDS = ("Too short", "Weak", "Fair", "Good", "Strong")


def password_strength(password: str) -> tuple[int, str]:
    """A score from 0 (unusable) to 4 and a hint saying how to do better."""
    if len(password) < MIN_PASSWORD_CHARS:
        return 0, f"Use at least {MIN_PASSWORD_CHARS} characters."
    lowered = password.lower()
    if lowered in _COMMON or len(set(password)) <= 2:
        return 1, "This password is among the first ones an attacker tries."
    if re.fullmatch(r"(.+?)\1+", password) or lowered in "abcdefghijklmnopqrstuvwxyz0123456789":
        return 1, "Repeated or sequential characters are easy to guess."
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
        1: "Longer is better: a phrase of four or more unrelated words works well.",
        2: "Fair. A few more words or characters make it much harder to guess.",
        3: "Good.",
        4: "Strong.",
    }
    return score, hints[score]


class NewPasswordFields(QWidget):
    """Password, repeat, and a strength meter. ``changed`` fires on every keystroke."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, label: str = "Password",
                 form: QFormLayout | None = None) -> None:
        """The rows go into ``form`` when given (to line up with a dialog's other
        rows); otherwise into this widget's own form layout."""
        super().__init__(parent)
        self.password = named(QLineEdit(), "newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(f"at least {MIN_PASSWORD_CHARS} characters")
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
        form.addRow("Repeat", self.repeat)
        self.password.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        return self.password.text()

    def problem(self) -> str | None:
        """Why the fields cannot be accepted yet, or None."""
        if len(self.password.text()) < MIN_PASSWORD_CHARS:
            return f"The password needs at least {MIN_PASSWORD_CHARS} characters."
        if self.password.text() != self.repeat.text():
            return "The two passwords differ."
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
        word = STRENGTH_WORDS[score]
        self.hint.setText(f"{word}. {hint}" if typed and not hint.startswith(word) else
                          hint if typed else f"At least {MIN_PASSWORD_CHARS} characters. "
                          "Nobody can recover it for you: write it down somewhere safe.")
        if self.repeat.text() and self.repeat.text() != self.password.text():
            self.hint.setText(self.hint.text() + "  The two passwords differ.")
        self.changed.emit()


def error_text(exc: BaseException) -> str:
    """A message for the user: what went wrong and what to do. Never quotes a secret."""
    if isinstance(exc, WrongPasswordError):
        return "Wrong password. Check Caps Lock and the keyboard layout, then try again."
    if isinstance(exc, AccountExistsError):
        return "This account is already in the wallet."
    if isinstance(exc, AccountNotFoundError):
        return "That account is not in this wallet any more."
    if isinstance(exc, DataFiError | ValueError):  # core messages are written for users
        text = str(exc) or type(exc).__name__
        return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
    log.error("wallet operation failed: %s", type(exc).__name__)  # no message: it may quote input
    return f"Something went wrong ({type(exc).__name__}); nothing was changed."
