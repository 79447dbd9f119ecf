"""Settings ▸ Language…: choose the app's language (or "the system's"), remembered for the
user in :class:`..core.languages.LanguageChoice`; it takes effect at the next start (every
window is built in the language the app started with).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..core.languages import LANGUAGES, LanguageChoice, match_system

CODE_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SYSTEM = ""  # the list entry "follow the system" (None in LanguageChoice)


class LanguageDialog(QDialog):
    """The languages by their own names; the current choice selected."""

    def __init__(self, choice: LanguageChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageDialog")
        self.setWindowTitle(self.tr("Language"))
        self.choice = choice
        self.list = QListWidget(self)
        self.list.setObjectName("languageList")
        self.list.setAccessibleName(self.tr("Languages"))
        system = LANGUAGES[match_system(QLocale.system().uiLanguages())]
        self._add(self.tr("System language ({language})").format(language=system.native),
                  SYSTEM)
        for lang in LANGUAGES.values():
            self._add(lang.native if lang.native == lang.english
                      else f"{lang.native} — {lang.english}", lang.code)
        current = choice.get() or SYSTEM
        for row in range(self.list.count()):
            if self.list.item(row).data(CODE_ROLE) == current:
                self.list.setCurrentRow(row)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        note = QLabel(self.tr("The app shows the new language the next time it starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        lay.addWidget(note)
        lay.addWidget(buttons)

    def _add(self, text: str, code: str) -> None:
        item = QListWidgetItem(text)
        item.setData(CODE_ROLE, code)
        self.list.addItem(item)

    def selected(self) -> str | None:
        item = self.list.currentItem()
        code = item.data(CODE_ROLE) if item is not None else SYSTEM
        return None if code == SYSTEM else str(code)

    def accept(self) -> None:
        """Remember the selection; a choice that cannot be written says so and keeps the
        dialog open."""
        try:
            self.choice.set(self.selected())
        except OSError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Language"),
                              self.tr("The language could not be saved: {error}")
                              .format(error=exc.strerror or exc), parent=self)
            box.setObjectName("languageError")
            box.open()
            return
        super().accept()


class LanguageMenu(QMenu):
    """The Settings menu: Language…"""

    def __init__(self, window: QMainWindow, choice: LanguageChoice | None = None) -> None:
        super().__init__(window)
        self.setTitle(self.tr("Se&ttings"))  # Alt+S is Skip
        self.setObjectName("menuSettings")
        self.choice = choice or LanguageChoice()
        self.act_language = QAction(self.tr("&Language…"), window)
        self.act_language.setObjectName("actionLanguage")
        self.act_language.setShortcut(QKeySequence("Ctrl+,"))  # where apps keep settings
        self.act_language.triggered.connect(self.open_dialog)
        self.addAction(self.act_language)

    def open_dialog(self) -> LanguageDialog:
        dialog = LanguageDialog(self.choice, self.parentWidget())
        dialog.open()
        return dialog
