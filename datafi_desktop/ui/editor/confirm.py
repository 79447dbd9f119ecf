"""A yes/no question before signing (a model's ratings the annotator never set).

The box is window-modal and opened with ``open()`` (no nested event loop): the
submission goes on from :attr:`QMessageBox.accepted`; No keeps the draft as it is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_submit(parent: QWidget, question: str, on_yes: Callable[[], None],
                   on_no: Callable[[], None]) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("confirm", "Submit the model's values?"), question,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirmSubmitDialog")
    yes = box.addButton(QCoreApplication.translate("confirm", "Submit as mine"),
                        QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("confirmSubmitYes")
    no = box.addButton(QCoreApplication.translate("confirm", "Go back and rate"),
                       QMessageBox.ButtonRole.RejectRole)
    no.setObjectName("confirmSubmitNo")
    box.setDefaultButton(no)
    box.setEscapeButton(no)

    def done() -> None:
        (on_yes if box.clickedButton() is yes else on_no)()
        box.deleteLater()

    box.finished.connect(lambda _result: done())
    box.open()
    return box
