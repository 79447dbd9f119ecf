"""Labeling the collected item with the task's ``config.label_kind``.

* A classification (text or image): the text pane's label chips, with the
  labels' hotkeys as actions of the collection pane.
* Boxes or polygons: the image pane itself, embedded over the imported photo.
* Text spans: the text pane itself, over the item's text.

An embedded pane is opened on a task made for it (the photo's hash and size, or
the text) and shares the editor's undo stack: its edits are its own undo
commands, and :attr:`ItemLabeler.annotation_changed` tells the collection pane
to take the new annotation into the item without another command. When the
item changes underneath (another photo, undo of an import), the embedded pane
is opened again or shown the annotation with ``show_body``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ....core import editing as ed
from ....core.errors import TaskFormatError
from ....core.flow import empty_body
from ....core.models import Task, TaskKind, parse_task
from ...theme import named
from ..base import AnnotationPane, Body, PaneTask
from ..registry import load_pane_types
from ..text.label_bar import LabelBar, LabelSpec, key_text

CLASSIFICATION = frozenset({TaskKind.TEXT_CLASSIFICATION, TaskKind.IMAGE_CLASSIFICATION})
SHAPES = frozenset({TaskKind.BOUNDING_BOXES, TaskKind.POLYGONS})
_ITEMS = ("labels", "spans", "boxes", "polygons")


def is_empty(annotation: dict[str, Any] | None) -> bool:
    return not annotation or not any(annotation.get(key) for key in _ITEMS)


def spans_still_valid(annotation: dict[str, Any] | None, old: str, new: str
                      ) -> dict[str, Any] | None:
    """Keep the spans whose characters did not change when the text was edited."""
    if not annotation or annotation.get("kind") != "text_spans":
        return annotation
    kept = [s for s in annotation.get("spans") or []
            if s["end"] <= len(new) and old[s["start"]:s["end"]] == new[s["start"]:s["end"]]]
    return None if not kept else dict(annotation, spans=kept)


class ItemLabeler(QObject):
    #: the chips changed the annotation (new annotation or None, undo text)
    annotation_edited = Signal(object, str)
    #: an embedded pane changed it (already on the undo stack)
    annotation_changed = Signal(object)
    #: the embedded pane has drawn its photo
    shown = Signal()
    message = Signal(str)
    submit_requested = Signal()

    def __init__(self, host: QWidget, undo_stack: QUndoStack) -> None:
        super().__init__(host)
        self.host, self.undo_stack = host, undo_stack
        self.widget = named(QWidget(), "itemLabeler")
        self.chips = LabelBar()
        self.note = named(QLabel(), "labelNote")
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.spans_box = QWidget()
        self.spans_box.setMinimumHeight(280)
        self._spans_layout = QVBoxLayout(self.spans_box)
        self._spans_layout.setContentsMargins(0, 0, 0, 0)
        lay = QVBoxLayout(self.widget)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.chips)
        lay.addWidget(self.spans_box, 1)
        lay.addWidget(self.note)
        self.chips.label_clicked.connect(self.choose)
        self.kind: TaskKind | None = None
        self.pane_task: PaneTask | None = None
        self.label_actions: list[QAction] = []
        self._types: list[type[AnnotationPane]] | None = None
        self._subs: dict[type[AnnotationPane], AnnotationPane] = {}
        self.sub: AnnotationPane | None = None
        self._sub_key: tuple[Any, ...] | None = None
        self.drawing = False

    @property
    def shapes(self) -> bool:
        return self.kind in SHAPES

    def configure(self, pane_task: PaneTask) -> None:
        self.pane_task = pane_task
        config = pane_task.task.config
        self.kind = config.label_kind
        self._sub_key, self.sub, self.drawing = None, None, False
        for action in self.label_actions:
            self.host.removeAction(action)
            action.deleteLater()
        self.label_actions = []
        classify = self.kind in CLASSIFICATION
        self.chips.setVisible(classify)
        self.spans_box.setVisible(False)
        if classify:
            keys = {name: key for key, name in config.hotkeys().items()}
            self.chips.set_labels([LabelSpec(label.name, keys.get(label.name, ""),
                                             config.color_of(label.name), label.description)
                                   for label in config.labels])
            verb = (self.tr("Tick or untick: {label}") if config.multi
                    else self.tr("Choose: {label}"))
            for name, key in keys.items():
                self.label_actions.append(self._label_action(verb.format(label=name), key, name))
        self.chips.setEnabled(not pane_task.read_only)

    def _label_action(self, text: str, key: str, name: str) -> QAction:
        action = QAction(text, self.host)
        action.setShortcut(QKeySequence(key_text(key)))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: self.choose(name))
        self.host.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        embedded = self.sub.actions() if self.sub is not None and self.sub.isVisible() else []
        return [*self.label_actions, *embedded]

    def release(self) -> None:
        """Let the embedded panes drop their pixmaps; they are opened again when shown."""
        for sub in self._subs.values():
            sub.release()
        self._sub_key = None

    def focus_embedded(self) -> bool:
        if self.sub is not None and self.sub.isVisible():
            self.sub.focus_default()
            return True
        return False

    # --- classification -------------------------------------------------------------------

    def choose(self, name: str) -> None:
        pane_task = self.pane_task
        if pane_task is None or self.kind not in CLASSIFICATION or self.kind is None:
            return
        if pane_task.read_only:
            self.message.emit(self.tr("This task is read-only"))
            return
        body = self.host.body() if isinstance(self.host, AnnotationPane) else {}
        inner = body.get("annotation") or {"kind": self.kind.value, "labels": []}
        multi = pane_task.task.config.multi
        new = ed.toggle_label(inner, name, multi=multi)
        what = ((self.tr("Untick {label}") if name in (inner.get("labels") or [])
                 else self.tr("Tick {label}")) if multi else self.tr("Choose {label}"))
        self.annotation_edited.emit(None if is_empty(new) else new, what.format(label=name))

    # --- showing --------------------------------------------------------------------------

    def render(self, body: Body) -> None:
        inner = body.get("annotation") or {}
        if self.kind in CLASSIFICATION:
            self.chips.set_checked(list(inner.get("labels") or []))
            self.note.setVisible(False)
        elif self.kind is TaskKind.TEXT_SPANS:
            sub = self._sync_sub(body)
            self.spans_box.setVisible(sub is not None)
            if sub is not None and sub.parent() is not self.spans_box:
                self._spans_layout.addWidget(sub)
                sub.show()
            self._say("" if sub is not None else self._why_not(body, self.tr("write the text")))
        elif self.kind in SHAPES and not body.get("asset"):
            self._say(self._why_not(body, self.tr("import a photo")))
        elif self.kind is None:
            self._say("")

    def embedded_for(self, body: Body) -> QWidget | None:
        """The pane that draws shapes on the item's photo, opened on it (or None)."""
        if self.kind not in SHAPES:
            return None
        sub = self._sync_sub(body)
        self._say("" if sub is not None else self._why_not(body, self.tr("import a photo")))
        return sub

    def show_embedded_in(self, _widget: QWidget | None) -> None:
        if self.kind in SHAPES:
            self.sub = None
            self._sub_key = None

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _why_not(self, _body: Body, step: str) -> str:
        if self.kind is None:
            return ""
        noun = {TaskKind.BOUNDING_BOXES: self.tr("draw boxes on it"),
                TaskKind.POLYGONS: self.tr("draw polygons on it"),
                TaskKind.TEXT_SPANS: self.tr("mark spans in it")}.get(self.kind,
                                                                      self.tr("label it"))
        if self._type_for(self.kind) is None:
            return self.tr("To {task}, the app needs the pane for {kind}, which is not installed "
                           "yet.").format(task=noun, kind=self.kind.value.replace("_", " "))
        return self.tr("First {step}, then {task}.").format(step=step, task=noun)

    # --- the embedded pane ------------------------------------------------------------------

    def _type_for(self, kind: TaskKind) -> type[AnnotationPane] | None:
        if self._types is None:
            self._types = [t for t in load_pane_types()[0] if TaskKind.COLLECTION not in t.kinds]
        return next((t for t in self._types if kind in t.kinds), None)

    def _sub_task(self, body: Body) -> Task | None:
        assert self.pane_task is not None and self.kind is not None
        task = self.pane_task.task
        if self.kind in SHAPES:
            if not (body.get("asset") and body.get("width") and body.get("height")
                    and str(body.get("mime") or "").startswith("image/")):
                return None
            data: dict[str, Any] = {"image": body["asset"], "width": body["width"],
                                    "height": body["height"],
                                    "filename": body.get("filename") or ""}
        else:
            if not str(body.get("text") or "").strip():
                return None
            data = {"text": body["text"]}
        config = task.config
        try:
            return parse_task({"id": task.id, "kind": self.kind.value, "data": data, "config": {
                "labels": [label.model_dump(exclude_none=True) for label in config.labels],
                "multi": config.multi}})
        except TaskFormatError:
            return None

    def _sync_sub(self, body: Body) -> AnnotationPane | None:
        pane_task = self.pane_task
        if pane_task is None or self.kind is None:
            return None
        pane_type = self._type_for(self.kind)
        sub_task = self._sub_task(body) if pane_type is not None else None
        if pane_type is None or sub_task is None:
            self.sub, self._sub_key = None, None
            return None
        sub = self._subs.get(pane_type)
        if sub is None:
            sub = pane_type(self.undo_stack)
            sub.body_changed.connect(self._sub_changed)
            sub.message.connect(self.message)
            sub.submit_requested.connect(self.submit_requested)
            sub.shown.connect(self._sub_shown)
            sub.failed.connect(self._sub_shown)
            self._subs[pane_type] = sub
        self.sub = sub
        inner = body.get("annotation") or empty_body(sub_task)
        key = (sub_task.model_dump_json(), pane_task.read_only)
        if key != self._sub_key:
            self._sub_key = key
            self.drawing = sub.draws_async
            sub.open(PaneTask(task=sub_task, body=inner, source="draft", model=None,
                              assets=pane_task.assets, read_only=pane_task.read_only))
        elif inner != sub.body():
            sub.show_body(inner)
        return sub

    def _sub_changed(self, inner: dict[str, Any]) -> None:
        if self.sender() is self.sub:
            self.annotation_changed.emit(None if is_empty(inner) else inner)

    def _sub_shown(self, *_args: object) -> None:
        if self.sender() is self.sub and self.drawing:
            self.drawing = False
            self.shown.emit()
