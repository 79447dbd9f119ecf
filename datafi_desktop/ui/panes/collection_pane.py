"""The collection pane: a field collector makes a new data item and labels it.

::

    ┌ instructions ───────────────────────────────────────────────┐
    │ [Import photo or file… Ctrl+O] [Remove]   sign.jpg · 4032×3024 │
    │ ┌ drop zone │ the photo │ the image pane (boxes, polygons) ┐ │
    │ └──────────────────────────────────────────────────────────┘ │
    ├ splitter ───────────────────────────────────────────────────┤
    │ Text      [ what the item says, or notes about the photo ]  │
    │           120 / 400 characters (when the campaign limits it)  │
    │ Details   location * [ … ]  condition * [— ▾]  date [ ][Today]│
    │ Label     [1 street name] [2 traffic sign] …  (or text spans) │
    └─────────────────────────────────────────────────────────────┘

Files come in through ``core.collect.import_file`` (on the thread pool: it hashes
and decodes) from the dialog or a drop. The body is a ``collection`` item; its
``annotation`` is labeled with the task's ``config.label_kind``: chips for a
classification, and for boxes, polygons or spans the colleague panes themselves,
embedded (:mod:`.collection.labeling`). Every change is an :meth:`edit`, so Ctrl+Z
undoes an import, a typed word or a label alike.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core import editing as ed
from ...core.collect import ImportedFile, describe_accept, dialog_filter, import_file
from ...core.errors import AssetError
from ...core.models import TaskKind
from ..accessibility import accessible
from ..theme import named
from ..worker import Job, run_in_background
from .base import AnnotationPane, Body, PaneTask
from .collection.counter import CharCounter
from .collection.fields import MetadataForm
from .collection.inputs import FieldKeys
from .collection.labeling import CLASSIFICATION, ItemLabeler, spans_still_valid
from .collection.media import MediaArea, human_size

TEXT_MERGE_ID = 7000
FIELD_MERGE_BASE = 7100
IMPORT_KEYS = "Ctrl+O"


class CollectionPane(AnnotationPane):
    kinds = (TaskKind.COLLECTION,)
    draws_async = True

    #: a file was imported into the item (its file name)
    imported = Signal(str)
    #: a file was refused (the message, also shown in the pane)
    import_failed = Signal(str)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(undo_stack, parent)
        self.setObjectName("collectionPane")
        accessible(self, self.tr("Data collection"),
                   self.tr("Import a file or write the text, fill in the details and label it"))
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.keys = FieldKeys(self)
        self.instructions = named(QLabel(), "collectionInstructions")
        self.instructions.setWordWrap(True)
        self.instructions.setTextFormat(Qt.TextFormat.PlainText)
        self.media = MediaArea()
        self.text = named(QPlainTextEdit(), "collectionText")
        self.text.setTabChangesFocus(True)
        self.keys.watch(self.text)
        self.text_counter = CharCounter("collectionTextCounter")
        self.fields = MetadataForm(self.keys)
        self.labeler = ItemLabeler(self, undo_stack)
        self._job: Job | None = None
        self._job_path: Path | None = None  # the file being imported
        self._waiting = False
        self._build()
        self.media.import_requested.connect(self.choose_file)
        self.media.remove_requested.connect(self.remove_file)
        self.media.image_shown.connect(self._drawn)
        self.media.image_failed.connect(self._draw_failed)
        self.text.textChanged.connect(self._text_edited)
        self.fields.value_edited.connect(self._field_edited)
        self.labeler.annotation_edited.connect(self._annotation_edited)
        self.labeler.annotation_changed.connect(self._annotation_changed)
        self.labeler.shown.connect(self._drawn)
        self.labeler.message.connect(self.message)
        self.labeler.submit_requested.connect(self.submit_requested)

    # --- the contract -----------------------------------------------------------------

    def open(self, pane_task: PaneTask) -> None:
        self._waiting = False
        super().open(pane_task)
        if not self._waiting:
            self.shown.emit()

    def show_task(self, pane_task: PaneTask) -> None:
        task, read_only = pane_task.task, pane_task.read_only
        config = task.config
        text = config.instructions or str(task.data.get("instructions")
                                          or task.data.get("prompt") or "")
        self.instructions.setText(text)
        self.instructions.setVisible(bool(text))
        self.media.show_error("")
        self.media.set_read_only(read_only)
        self.text.setReadOnly(read_only)
        textual = config.label_kind in (TaskKind.TEXT_CLASSIFICATION, TaskKind.TEXT_SPANS)
        self.text.setPlaceholderText(self.tr("Write the item's text") if textual else
                                     self.tr("Notes about the item (optional)"))
        self.text_counter.set_limits(config.text_min_chars, config.text_max_chars)
        self.fields.set_fields(config.fields, read_only)
        self.details_title.setVisible(bool(config.fields))
        self.labeler.configure(pane_task)
        self.label_title.setVisible(config.label_kind is not None)
        self.media.shown_path = None
        QTimer.singleShot(0, self._balance)  # once the new fields are laid out

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._balance)

    def _balance(self) -> None:
        """The form gets the height it needs (within reason), the photo the rest."""
        total = self.splitter.height()
        if total <= 0:
            return
        form = min(self.form.sizeHint().height() + 16, total * 3 // 5)
        self.splitter.setSizes([total - form, form])

    def draw_body(self, body: Body) -> None:
        self._render_media(body)
        text = str(body.get("text") or "")
        if self.text.toPlainText() != text:
            self.text.blockSignals(True)
            position = self.text.textCursor().position()
            self.text.setPlainText(text)
            cursor = self.text.textCursor()
            cursor.setPosition(min(position, len(self.text.toPlainText())))
            self.text.setTextCursor(cursor)
            self.text.blockSignals(False)
        self.text_counter.count(text)
        self.fields.set_values(dict(body.get("metadata") or {}))
        self.labeler.render(body)

    def actions(self) -> list[QAction]:
        return [self.act_import, self.act_remove, self.act_text, self.act_details,
                *self.labeler.actions()]

    def focus_default(self) -> None:
        if not self.labeler.focus_embedded():
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def release(self) -> None:
        """Another pane is on screen: drop the photo's pixmaps (here and embedded)."""
        self.media.release()
        self.labeler.release()

    def problems(self, body: Body) -> list[str]:
        found = [self.tr("Wait for the import to finish")] if self.importing else []
        config = self.current.task.config if self.current is not None else None
        inner = body.get("annotation") or {}
        if config is not None and config.label_kind in CLASSIFICATION and not inner.get("labels"):
            found.append(self.tr("Choose a label for the item"))
        return found + self.fields.problems(dict(body.get("metadata") or {}))

    # --- importing --------------------------------------------------------------------

    @property
    def importing(self) -> bool:
        return self._job is not None

    def choose_file(self) -> None:
        if self.current is None or self.current.read_only:
            return
        accept = self.current.task.config.accept
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Import a photo or file"),
                                                    str(Path.home()), dialog_filter(accept))
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> None:
        """Check ``path`` and copy it into the assets (off the UI thread), then make it
        the item's file: one undoable edit."""
        if self.current is None:
            return
        if self.current.read_only:
            self.message.emit(self.tr("This task is read-only"))
            return
        if self._job is not None and self._job_path == path:
            # the same file again while it is copied (nothing showed yet): one import
            self.message.emit(self.tr("{file} is being imported already").format(file=path.name))
            return
        pane_task = self.current
        assets, accept = pane_task.assets, pane_task.task.config.accept
        self.media.show_error("")
        busy = self.tr("Importing {file}…").format(file=path.name)
        self.media.show_busy(busy)
        self.message.emit(busy)

        def done(item: ImportedFile) -> None:
            self._job, self._job_path = None, None
            if self.current is pane_task:
                self._apply_import(item)

        def failed(exc: BaseException) -> None:
            self._job, self._job_path = None, None
            text = str(exc) if isinstance(exc, AssetError) else (
                self.tr("{file} could not be imported ({error})").format(
                    file=path.name, error=f"{type(exc).__name__}: {exc}"))
            if self.current is pane_task:
                self._render_media(self._body)  # what was there before, and why not
                self.media.show_error(text)
            self.message.emit(text)
            self.import_failed.emit(text)

        if self._job is not None:
            self._job.cancel()
        self._job_path = path
        self._job = run_in_background(lambda: import_file(path, assets, accept), done, failed)

    def _apply_import(self, item: ImportedFile) -> None:
        new = copy.deepcopy(self._body)
        changed_file = new.get("asset") != item.asset
        new.update(item.body_fields())
        if item.text is not None and not str(new.get("text") or "").strip():
            new["text"] = item.text
        if changed_file and self.labeler.shapes:
            new["annotation"] = None  # shapes belong to the photo they were drawn on
        self.edit(new, self.tr("Import {file}").format(file=item.filename))
        self._render_media(self._body)  # the same file again: no edit, the photo back
        self.message.emit(self.tr("Imported {file}").format(file=item.filename))
        self.imported.emit(item.filename)

    def remove_file(self) -> None:
        if self.current is None or not self._body.get("asset"):
            return
        new = dict(self._body, asset=None, mime=None, filename=None, width=None, height=None)
        if self.labeler.shapes:
            new["annotation"] = None
        self.edit(new, self.tr("Remove the file"))

    # --- drag and drop ----------------------------------------------------------------

    def _local_files(self, mime: QMimeData) -> list[Path]:
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if (self.current is not None and not self.current.read_only
                and self._local_files(event.mimeData())):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._local_files(event.mimeData())
        if not files or self.current is None or self.current.read_only:
            event.ignore()
            return
        event.acceptProposedAction()
        if len(files) > 1:
            self.message.emit(self.tr("One file per item: importing {file}").format(
                file=files[0].name))
        self.import_path(files[0])

    # --- edits from the inputs ----------------------------------------------------------

    def _text_edited(self) -> None:
        old, text = str(self._body.get("text") or ""), self.text.toPlainText()
        new = ed.set_field(self._body, "text", text)
        new["annotation"] = spans_still_valid(new.get("annotation"), old, text)
        self.edit(new, self.tr("Type the text"), TEXT_MERGE_ID)

    def _field_edited(self, name: str, value: Any, typing: bool) -> None:
        index = [f.name for f in self.fields.fields].index(name)
        self.edit(ed.set_entry(self._body, "metadata", name, value),
                  self.tr("Set {field}").format(field=name),
                  FIELD_MERGE_BASE + index if typing else -1)

    def _annotation_edited(self, annotation: dict[str, Any] | None, text: str) -> None:
        self.edit(ed.set_field(self._body, "annotation", annotation), text)

    def _annotation_changed(self, annotation: dict[str, Any] | None) -> None:
        """The embedded pane changed the labels (its command is already on the stack)."""
        if self.current is None or self._body.get("annotation") == annotation:
            return
        self._body = ed.set_field(self._body, "annotation", annotation)
        self.body_changed.emit(self.body())

    # --- showing ----------------------------------------------------------------------

    def _render_media(self, body: Body) -> None:
        if self.current is None:
            return
        asset, mime = body.get("asset"), str(body.get("mime") or "")
        accept = self.current.task.config.accept
        if not asset:
            self.media.show_empty(describe_accept(accept), IMPORT_KEYS)
            self.labeler.show_embedded_in(None)
            return
        path = self.current.assets.path(str(asset))
        size = self._file_size(path)
        name = str(body.get("filename") or "file")
        width, height = body.get("width"), body.get("height")
        info = name + (f" · {width}×{height}" if width and height else "") + (
            f" · {human_size(size)}" if size is not None else "")
        if size is None:
            self.media.show_error(self.tr("{file} is not on this computer (sync to download it)")
                                  .format(file=name))
        if mime.startswith("image/"):
            embedded = self.labeler.embedded_for(body)
            if embedded is not None:
                self.media.show_embedded(embedded, info)
                self._waiting = self._waiting or self.labeler.drawing
            else:
                previews = self.current.assets.root.parent / "previews"
                waiting = self.media.show_image(path, (width, height) if width and height
                                                else None, info, previews)
                self._waiting = self._waiting or waiting
        elif mime == "text/plain":
            self.media.show_text_file(name, size or 0, len(str(body.get("text") or "")), info)

    @staticmethod
    def _file_size(path: Path) -> int | None:
        try:
            return path.stat().st_size
        except OSError:
            return None

    def _drawn(self) -> None:
        if self._waiting:
            self._waiting = False
            self.shown.emit()

    def _draw_failed(self, message: str) -> None:
        if self._waiting:
            self._waiting = False
            self.failed.emit(message)

    # --- layout -----------------------------------------------------------------------

    def _action(self, text: str, keys: str, slot: Any, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _focus(self, widget: QWidget | None) -> None:
        if widget is not None:
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _build(self) -> None:
        self.act_import = self._action(self.tr("Import a photo or file…"),
                                       IMPORT_KEYS, self.choose_file,
                                       "actionImportFile")
        self.act_remove = self._action(self.tr("Remove the file"),
                                       "Ctrl+Shift+Del", self.remove_file,
                                       "actionRemoveFile")
        self.act_text = self._action(self.tr("Write the text"), "Ctrl+T",
                                     lambda: self._focus(self.text), "actionWriteText")
        self.act_details = self._action(self.tr("Fill in the details"), "Ctrl+I",
                                        lambda: self._focus(self.fields.first_input()),
                                        "actionFillDetails")
        self.text_title = self._title(self.tr("Text"))
        self.details_title = self._title(self.tr("Details"))
        self.label_title = self._title(self.tr("Label"))
        self.text_title.setBuddy(self.text)
        form = QWidget()
        column = QVBoxLayout(form)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(6)
        for widget in (self.text_title, self.text, self.text_counter, self.details_title,
                       self.fields,
                       self.label_title, self.labeler.widget):
            column.addWidget(widget)
        column.addStretch(1)
        lines = self.text.fontMetrics().lineSpacing()
        self.text.setMinimumHeight(lines * 2 + 12)
        self.text.setMaximumHeight(lines * 3 + 12)
        scroll = QScrollArea()
        accessible(scroll, self.tr("Text, details and label"))
        scroll.setWidget(form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.media)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.form = form
        self.splitter.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        lay.addWidget(self.instructions)
        lay.addWidget(self.splitter, 1)

    def _title(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label
