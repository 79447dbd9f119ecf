"""The editor's actions, each with its shortcuts, for the Edit and Label menus.

Shortcuts use a modifier or a bracket, so that single letters and digits stay
free for the panes' label hotkeys (1–9, then letters; A/B/T in comparisons):

====================  ===========================  ===================================
action                shortcuts                    note
====================  ===========================  ===================================
Submit                Ctrl+Enter                   panes may also ask for it on Enter
Skip                  Ctrl+Space, Alt+S            the task moves to the end
Next task to do       Alt+Right, ]                 next new or draft task
Previous task         Alt+Left, [                  whatever its state
Label again           Ctrl+E                       a submitted task, as a new draft
Ask the model         Ctrl+P                       the campaign's ML backend (ui.assist)
Accept predictions    Ctrl+Shift+Enter             every predicted item, as it is
Undo / Redo           Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y
Queue ↔ task          Ctrl+F6                      move the keyboard focus
Show the queue        Ctrl+B                       hide it for more room
====================  ===========================  ===================================
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from ..tr_marks import QT_TRANSLATE_NOOP

SUBMIT_KEYS = ("Ctrl+Return", "Ctrl+Enter")
SKIP_KEYS = ("Ctrl+Space", "Alt+S")
NEXT_KEYS = ("Alt+Right", "]")
PREVIOUS_KEYS = ("Alt+Left", "[")
LABEL_AGAIN_KEYS = ("Ctrl+E",)
PREDICT_KEYS = ("Ctrl+P",)
ACCEPT_ALL_KEYS = ("Ctrl+Shift+Return", "Ctrl+Shift+Enter")
UNDO_KEYS = ("Ctrl+Z",)
REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")
FOCUS_KEYS = ("Ctrl+F6",)
QUEUE_KEYS = ("Ctrl+B",)


def shortcut_text(action: QAction) -> str:
    """All of an action's shortcuts, as the menus write them ("Alt+Right, ]")."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(s.toString(native) for s in action.shortcuts() if not s.isEmpty())


def make_action(parent: QObject, text: str, keys: tuple[str, ...], name: str,
                tip: str = "") -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    action.setShortcuts([QKeySequence(k) for k in keys])
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    return action


class EditorActions:
    """Every action of the editor; the editor connects them, the window lists them."""

    def __init__(self, parent: QObject, undo_stack: QUndoStack) -> None:
        def tr(text: str) -> str:
            return QCoreApplication.translate("EditorActions", text)

        self.submit = make_action(
            parent, tr(QT_TRANSLATE_NOOP("EditorActions", "&Submit")), SUBMIT_KEYS,
            "actionSubmit",
            tr(QT_TRANSLATE_NOOP("EditorActions", "Sign this label and queue it for the hub")))
        self.skip = make_action(
            parent, tr(QT_TRANSLATE_NOOP("EditorActions", "S&kip")), SKIP_KEYS, "actionSkip",
            tr(QT_TRANSLATE_NOOP("EditorActions",
                                 "Skip this task; it waits at the end of the queue")))
        self.next = make_action(
            parent, tr(QT_TRANSLATE_NOOP("EditorActions", "&Next task to do")), NEXT_KEYS,
            "actionNextToDo",
            tr(QT_TRANSLATE_NOOP("EditorActions", "Go to the next new or draft task")))
        self.previous = make_action(
            parent, tr(QT_TRANSLATE_NOOP("EditorActions", "&Previous task")), PREVIOUS_KEYS,
            "actionPreviousInFlow",
            tr(QT_TRANSLATE_NOOP("EditorActions", "Go back to the task before this one")))
        self.label_again = make_action(
            parent, tr(QT_TRANSLATE_NOOP("EditorActions", "&Label again")), LABEL_AGAIN_KEYS,
            "actionLabelAgain",
            tr(QT_TRANSLATE_NOOP("EditorActions", "Start a new draft from the submitted label")))
        self.predict = make_action(
            parent, QCoreApplication.translate("EditorActions", "Ask the &model"),
            PREDICT_KEYS, "actionAskModel",
            QCoreApplication.translate("EditorActions", "Ask the campaign's model for a "
                                       "prediction of this task (again: cancel)"))
        self.accept_predictions = make_action(
            parent, QCoreApplication.translate("EditorActions", "&Accept all predictions"),
            ACCEPT_ALL_KEYS, "actionAcceptPredictions",
            QCoreApplication.translate("EditorActions",
                                       "Accept every item the model predicted, as it is "
                                       "(Enter accepts the selected one)"))
        self.focus = make_action(
            parent, tr(QT_TRANSLATE_NOOP("EditorActions", "Switch between &queue and task")),
            FOCUS_KEYS, "actionSwitchFocus",
            tr(QT_TRANSLATE_NOOP("EditorActions", "Move the keyboard focus")))
        self.show_queue = make_action(
            parent, tr(QT_TRANSLATE_NOOP("EditorActions", "Show the &queue")), QUEUE_KEYS,
            "actionShowQueue",
            tr(QT_TRANSLATE_NOOP("EditorActions", "Hide the queue to give the task more room")))
        self.show_queue.setCheckable(True)
        self.show_queue.setChecked(True)
        self.undo = undo_stack.createUndoAction(parent, tr(QT_TRANSLATE_NOOP("EditorActions",
                                                                             "&Undo")))
        self.undo.setObjectName("actionUndo")
        self.undo.setShortcuts([QKeySequence(k) for k in UNDO_KEYS])
        self.redo = undo_stack.createRedoAction(parent, tr(QT_TRANSLATE_NOOP("EditorActions",
                                                                             "&Redo")))
        self.redo.setObjectName("actionRedo")
        self.redo.setShortcuts([QKeySequence(k) for k in REDO_KEYS])

    def flow(self) -> list[QAction]:
        return [self.submit, self.skip, self.next, self.previous, self.label_again,
                self.predict, self.accept_predictions]

    def all(self) -> list[QAction]:
        return [*self.flow(), self.undo, self.redo, self.focus, self.show_queue]
