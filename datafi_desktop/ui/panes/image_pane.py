"""The image pane: image classification, bounding boxes and polygons.

::

  ImagePane ─┬─ instructions
             ├─ label chips (text/label_bar.py, keys from image/palette.py): the chosen
             │  labels (classification) or the active label / the selected shape's label
             ├─ tool bar: Select V · Box B | Polygon P · Hide H · − Fit 100% + · zoom %
             ├─ AnnotationCanvas (image/canvas.py) ── ShapeLayer, drags (image/tools.py)
             │     └─ ZoomView (image/view.py) ── ProgressiveLoader ── ImageLoader ── core.images
             ├─ side list (boxes, polygons): ShapeList with eyes (image/shape_list.py)
             └─ hint line (what the mouse and keys do now)

Every edit is a new body made by ``core.editing`` (in the canvas for shapes,
here for classification) and goes through :meth:`AnnotationPane.edit`, so it is
one step on the editor's undo stack and reaches the autosaved draft.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeyEvent, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core import editing as ed
from ...core.models import Task, TaskKind
from ...core.prediction_accept import pending_items
from .base import AnnotationPane, Body, PaneTask
from .image.actions import CanvasActions
from .image.canvas import AnnotationCanvas
from .image.palette import SHAPE_KEYS, VIEW_KEYS, key_text, label_hotkeys, label_specs
from .image.shape_list import ShapeList
from .image.tools import Tool
from .text.label_bar import LabelBar

SIDEBAR_WIDTH = 200


def display_name(task: Task) -> str:
    """The image's file name for messages (assets are stored under their hash)."""
    name = task.data.get("filename")
    if isinstance(name, str) and name.strip():
        return PurePosixPath(name.replace("\\", "/")).name
    return QCoreApplication.translate("image_pane", "image {hash}").format(
        hash=(task.image_hash or "")[:12])


class ImagePane(AnnotationPane):
    kinds = (TaskKind.IMAGE_CLASSIFICATION, TaskKind.BOUNDING_BOXES, TaskKind.POLYGONS)
    #: the task is drawn once the image is decoded: ``shown`` or ``failed`` follow
    draws_async = True
    #: the editor may show the task's instructions itself and turn this off
    show_instructions = True

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(undo_stack, parent)
        self.setObjectName("imagePane")
        self.canvas = AnnotationCanvas(self)
        self.canvas_actions = CanvasActions(self.canvas, self)
        self.label_actions: list[QAction] = []
        self.hotkeys: dict[str, str] = {}
        self.multi = False
        self.label_bar = LabelBar()
        self.shape_list = ShapeList()
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setProperty("role", "muted")
        self.zoom_label.setMinimumWidth(48)
        self.instructions = QLabel()
        self.instructions.setObjectName("paneInstructions")
        self.instructions.setProperty("role", "muted")
        self.instructions.setWordWrap(True)
        self.instructions.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel()
        self.hint.setObjectName("imageHint")
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self._build()
        self._connect()

    # --- the contract ----------------------------------------------------------------------

    def show_task(self, pane_task: PaneTask) -> None:
        task = pane_task.task
        config = task.config
        kind = task.kind.value
        classification = task.kind is TaskKind.IMAGE_CLASSIFICATION
        colors = {name: config.color_of(name) for name in config.label_names}
        self.multi = config.multi
        self.instructions.setText(config.instructions)
        self.instructions.setVisible(self.show_instructions and bool(config.instructions))
        self.hotkeys = label_hotkeys(config, VIEW_KEYS if classification else SHAPE_KEYS)
        self.canvas.configure(kind, colors, pane_task.read_only)
        self.canvas.predicted_of = lambda body: (  # until edited or accepted
            use.indices(self.canvas.collection)
            if (use := pending_items(task, body)) is not None else set())
        self.canvas_actions.update_enabled()
        self._make_label_actions(pane_task.read_only)
        self.label_bar.set_labels(label_specs(config, self.hotkeys))
        for chip in self.label_bar.chips.values():
            chip.setEnabled(not (pane_task.read_only and classification))
        self.side.setVisible(not classification)
        self.shape_tools.setVisible(not classification)
        self._show_active()
        self.shape_list.empty_text = (
            "" if pane_task.read_only
            else self.tr("No polygons yet: press P and click around an object.")
            if kind == "polygons" else self.tr("No boxes yet: press B and drag across an object."))
        self.box_button.setVisible(kind == "bounding_boxes")
        self.polygon_button.setVisible(kind == "polygons")
        self._open_image(pane_task)
        self._update_hint()

    def release(self) -> None:
        """Another pane is shown: drop the decoded pixmap (a 50 MP photo at full
        resolution holds about 500 MiB); :meth:`open` decodes it again."""
        self.canvas.loader.close()
        if self.canvas.pixmap_item is not None:
            self.canvas.pixmap_item.setPixmap(QPixmap())

    def draw_body(self, body: Body) -> None:
        # what a model predicted stays marked while unchanged (core.predictions)
        use = self.pending_predictions(body)
        if self.canvas.collection:
            self.canvas.set_body(body)
            self._sync_lists()
        else:
            labels = body.get("labels")
            self.label_bar.set_checked(labels if isinstance(labels, list) else [])
            self.label_bar.set_predicted(use.labels(body) if use else set(),
                                         use.model if use else None)
        self._update_hint()

    def actions(self) -> list[QAction]:
        """Shape and view actions for the current kind, then one action per label
        (these change with the task: ask again after :meth:`open`)."""
        return [*self.canvas_actions.actions(), *self.label_actions]

    def focus_default(self) -> None:
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def problems(self, body: Body) -> list[str]:
        if self.canvas.state == "failed":
            return [self.tr("The image cannot be shown, so it cannot be labeled")]
        if self.canvas.draft is not None:
            return [self.tr("Close the polygon being drawn (Enter) or cancel it (Esc)")]
        if self.canvas.broken:
            numbers = ", ".join(f"#{i + 1}" for i in sorted(self.canvas.broken))
            return [(self.tr("Malformed polygon data ({numbers}): select and delete it")
                     if self.canvas.polygons else
                     self.tr("Malformed box data ({numbers}): select and delete it"))
                    .format(numbers=numbers)]
        return []

    # --- labels ------------------------------------------------------------------------

    def choose_label(self, name: str) -> None:
        """A label's hotkey or click: classification toggles it; shapes make it the
        active label and give it to the selected shape."""
        if self.current is None:
            return
        if not self.canvas.collection:
            self.edit(ed.toggle_label(self._body, name, multi=self.multi),
                      (self.tr("Toggle {label}") if self.multi else self.tr("Choose {label}"))
                      .format(label=name))
            return
        self.canvas.set_active_label(name)
        selected = self.canvas.selected
        shapes = self.canvas.shapes()
        if selected is not None and (selected in self.canvas.broken
                                     or shapes[selected]["label"] != name):
            self.canvas.relabel_selected(name)
        self._show_active()
        self._update_hint()

    def _make_label_actions(self, read_only: bool) -> None:
        for action in self.label_actions:
            self.removeAction(action)
            action.deleteLater()
        self.label_actions = []
        for name, key in self.hotkeys.items():
            action = QAction(self.tr("Label: {label}").format(label=name), self)
            action.setObjectName(f"actionImageLabel:{name}")
            action.setShortcut(key_text(key))
            action.setAutoRepeat(False)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setEnabled(not read_only or bool(self.canvas.collection))
            action.triggered.connect(lambda _checked=False, n=name: self.choose_label(n))
            self.addAction(action)
            self.label_actions.append(action)

    # --- the image ---------------------------------------------------------------------

    def _open_image(self, pane_task: PaneTask) -> None:
        task = pane_task.task
        name = display_name(task)
        sha = task.image_hash
        if sha is None or not pane_task.assets.has(sha):
            self.canvas.clear_image()
            self.canvas.show_error(self.tr("{file} is not on this computer yet; sync to download "
                                           "it.").format(file=name))
            return
        # a large photo opened again comes from its screen-size preview at once
        self.canvas.loader.preview_dir = pane_task.assets.root.parent / "previews"
        self.canvas.load(pane_task.assets.path(sha), task.image_size, name)

    # --- keeping the side bar in step ------------------------------------------------------

    def _sync_lists(self) -> None:
        canvas = self.canvas
        shapes = canvas.shapes()
        self.shape_list.sync(shapes, canvas.color_of, canvas.hidden, canvas.selected,
                             canvas.broken, canvas.predicted)
        title = self.tr("Polygons ({count})") if canvas.polygons else self.tr("Boxes ({count})")
        self.shapes_title.setText(title.format(count=len(shapes)))

    def _on_selection(self, index: int) -> None:
        self._sync_lists()
        self._show_active()
        self._update_hint()

    def _show_active(self) -> None:
        """Light the selected shape's label, or else the label new shapes get."""
        canvas = self.canvas
        if not canvas.collection:
            return
        shapes = canvas.shapes()
        selected = canvas.selected
        label = (shapes[selected]["label"] if selected is not None and selected < len(shapes)
                 and selected not in canvas.broken else canvas.active_label)
        self.label_bar.set_checked([label])

    def _update_hint(self) -> None:
        canvas = self.canvas
        label = canvas.active_label
        key = self.hotkeys.get(label)
        keys = "1–9" if len(self.hotkeys) > 1 else key_text(key or "")
        if canvas.state == "failed":
            text = self.tr("The labels of this task are kept; the image must be fixed or "
                           "downloaded again.")
        elif not canvas.collection:
            text = (self.tr("Press a label's key ({keys}) to choose it, again to remove it.")
                    if self.multi else
                    self.tr("Press a label's key ({keys}) to choose it; Enter submits.")
                    ).format(keys=keys)
        elif canvas.read_only:
            text = self.tr("Read-only: shapes are shown, not editable. Tab selects, F fits, = and "
                           "- zoom.")
        elif canvas.draft is not None:
            text = self.tr("Click to add points · click the first point, double-click or Enter "
                           "closes · Backspace removes the last point · Esc cancels")
        elif canvas.tool is Tool.BOX:
            text = self.tr("Drag to draw a “{label}” box ({keys} change the label) · V or Esc: "
                           "select").format(label=label, keys=keys)
        elif canvas.tool is Tool.POLYGON:
            text = self.tr("Click to start a “{label}” polygon ({keys} change the label) · V: "
                           "select").format(label=label, keys=keys)
        elif canvas.selected is not None and canvas.polygons:
            text = self.tr("Drag a vertex · Alt+click or double-click an edge adds one · "
                           "Shift+click or Delete removes it · arrows nudge · H hides")
        elif canvas.selected is not None:
            text = self.tr("Drag to move, handles resize · {keys} relabel · arrows nudge (Shift: "
                           "10 px) · Delete removes · H hides").format(keys=keys)
        else:
            text = (self.tr("P draws polygons · click or Tab selects a shape · wheel or = - zoom "
                            "· F fits") if canvas.polygons else
                    self.tr("B draws boxes · click or Tab selects a shape · wheel or = - zoom · "
                            "F fits"))
        self.hint.setText(text)

    def _on_zoom(self, factor: float) -> None:
        self.zoom_label.setText(f"{factor * 100:.0f} %")

    # --- layout ------------------------------------------------------------------------------

    def _tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRaise(True)
        # a click on − Fit 100% + or a tool gives the keys (B, P, V, digits) to the
        # canvas, wherever the focus was (the queue, after a click on a row)
        button.clicked.connect(lambda _checked=False: self.focus_default())
        return button

    def _build(self) -> None:
        acts = self.canvas_actions
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        self.shape_tools = QWidget()
        tools = QHBoxLayout(self.shape_tools)
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(2)
        self.select_button = self._tool_button(acts.select_tool)
        self.box_button = self._tool_button(acts.box_tool)
        self.polygon_button = self._tool_button(acts.polygon_tool)
        for button in (self.select_button, self.box_button, self.polygon_button,
                       self._tool_button(acts.toggle_hidden)):
            tools.addWidget(button)
        bar.addWidget(self.shape_tools)
        bar.addStretch(1)
        for action in (acts.zoom_out, acts.fit, acts.actual, acts.zoom_in):
            bar.addWidget(self._tool_button(action))
        bar.addWidget(self.zoom_label)

        self.side = side = QWidget()
        side.setObjectName("imageSidebar")
        column = QVBoxLayout(side)
        column.setContentsMargins(4, 0, 0, 0)
        column.setSpacing(4)
        self.shapes_title = QLabel(self.tr("Shapes"))
        font = self.shapes_title.font()
        font.setBold(True)
        self.shapes_title.setFont(font)
        column.addWidget(self.shapes_title)
        column.addWidget(self.shape_list, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.canvas)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([1000, SIDEBAR_WIDTH])
        side.setMinimumWidth(150)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.instructions)
        layout.addWidget(self.label_bar)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.canvas)

    def _connect(self) -> None:
        canvas = self.canvas
        canvas.edit_requested.connect(self.edit)
        canvas.message.connect(self.message)
        canvas.selection_changed.connect(self._on_selection)
        canvas.visibility_changed.connect(self._sync_lists)
        canvas.tool_changed.connect(lambda _tool: self._update_hint())
        canvas.drawing_changed.connect(lambda _on: self._update_hint())
        canvas.active_label_changed.connect(lambda _label: self._show_active())
        canvas.active_label_changed.connect(lambda _label: self._update_hint())
        canvas.zoom_changed.connect(self._on_zoom)
        canvas.image_failed.connect(lambda _message: self._update_hint())
        canvas.image_ready.connect(lambda _size: self.shown.emit())
        canvas.image_failed.connect(self.failed)
        self.label_bar.label_clicked.connect(self.choose_label)
        self.label_bar.label_clicked.connect(lambda _name: self.focus_default())
        self.shape_list.shape_clicked.connect(canvas.select)
        self.shape_list.eye_clicked.connect(
            lambda index: canvas.set_hidden(index, not canvas.is_hidden(index)))

    def selected_prediction(self) -> str | None:
        """The selected shape, when it is a model's nobody accepted yet (Enter accepts it)."""
        selected, collection = self.canvas.selected, self.canvas.collection
        use = self.pending_predictions()
        path = f"{collection}[{selected}]"
        return path if selected is not None and use is not None and path in use.items else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.canvas.collection and (path := self.selected_prediction()):
            self.accept_predictions([path])
            event.accept()
            return
        if (not self.canvas.collection and enter
                and self.current is not None and self._body.get("labels")):
            self.submit_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
