"""Read-only views of one task, one class per family of task kinds.

Each view is a :class:`TaskView`: ``show_task(row)`` fills it, ``clear()``
empties it, and ``shown`` is emitted once the task is fully on screen (at once
for text, after the decode for images). The annotation panes of the next issue
implement the same interface and register with :class:`~.task_preview.TaskPreview`.
"""

from __future__ import annotations

import logging
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.cache import TaskRow
from ..core.errors import DataFiError
from ..core.models import (
    AnyAnnotation,
    BoundingBoxes,
    Comparison,
    ImageClassification,
    Polygons,
    TaskKind,
    TextClassification,
    TextSpans,
    parse_annotation,
)
from ..core.models.tasks import IMAGE_KINDS, Prediction, Task
from . import locale_format as lf
from .image_view import ImageView
from .imaging import ImageLoader, LoadedImage
from .session import Session
from .theme import kind_name, named

log = logging.getLogger(__name__)

#: Longest text put in a preview; beyond it the view says how much is left out.
PREVIEW_MAX_CHARS = 200_000


class TaskView(QWidget):
    kinds: ClassVar[frozenset[TaskKind]] = frozenset()
    #: the task is on screen (task uid)
    shown = Signal(int)
    #: the task could not be shown (task uid, message for the user)
    failed = Signal(int, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.uid = -1
        self.info = named(QLabel(), "previewInfo")
        self.info.setProperty("role", "muted")
        self.info.setWordWrap(True)

    def show_task(self, row: TaskRow) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        self.uid = -1


def _reader(name: str) -> QTextBrowser:
    view = named(QTextBrowser(), name)
    view.setReadOnly(True)
    view.setOpenLinks(False)
    view.setUndoRedoEnabled(False)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() + 1.5)
    view.setFont(font)
    # per-paragraph direction: Hebrew and Arabic paragraphs lay out right to left
    option = view.document().defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    view.document().setDefaultTextOption(option)
    return view


def _clip(text: str) -> tuple[str, str]:
    if len(text) <= PREVIEW_MAX_CHARS:
        return text, ""
    return (text[:PREVIEW_MAX_CHARS], QCoreApplication.translate(
        "preview_views", "Showing the first {shown} of {total} characters.").format(
            shown=lf.integer(PREVIEW_MAX_CHARS), total=lf.integer(len(text))))


def _prediction(task: Task) -> tuple[Prediction, AnyAnnotation] | None:
    """The first prediction that parses as an annotation of the task's kind."""
    for prediction in task.predictions:
        data = dict(prediction.annotation)
        data.setdefault("kind", task.kind.value)
        try:
            return prediction, parse_annotation(data)
        except DataFiError:
            continue
    return None


def _who(prediction: Prediction) -> str:
    if prediction.score is None:
        return prediction.model
    return QCoreApplication.translate("preview_views", "{model}, score {score}").format(
        model=prediction.model, score=lf.decimal(f"{prediction.score:.2f}"))


def _utf16(text: str, index: int) -> int:
    """Code-point offset → QTextDocument position (UTF-16 units)."""
    return len(text[:index].encode("utf-16-le")) // 2


class TextTaskView(TaskView):
    kinds = frozenset({TaskKind.TEXT_CLASSIFICATION, TaskKind.TEXT_SPANS})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.text = _reader("previewText")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.info)

    def show_task(self, row: TaskRow) -> None:
        self.uid = row.uid
        task = row.task
        text, note = _clip(task.text)
        self.text.setPlainText(text)
        notes = [note] if note else []
        found = _prediction(task)
        if found is not None:
            prediction, annotation = found
            if isinstance(annotation, TextSpans):
                self._mark_spans(text, annotation, task)
                notes.append(self.tr("Underlined: model prediction ({who}), %n span(s).", "",
                                     len(annotation.spans)).format(who=_who(prediction)))
            elif isinstance(annotation, TextClassification):
                notes.append(self.tr("Model prediction ({who}): {labels}").format(
                    who=_who(prediction), labels=", ".join(annotation.labels)))
        self.info.setText(" ".join(notes))
        self.info.setVisible(bool(notes))
        self.shown.emit(row.uid)

    def _mark_spans(self, text: str, spans: TextSpans, task: Task) -> None:
        cursor = QTextCursor(self.text.document())
        for span in spans.spans:
            if span.end > len(text):
                continue
            fmt = QTextCharFormat()
            color = QColor(task.config.color_of(span.label))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setUnderlineColor(color)
            color.setAlpha(45)
            fmt.setBackground(color)
            fmt.setToolTip(self.tr("{label} (model prediction)").format(label=span.label))
            cursor.setPosition(_utf16(text, span.start))
            cursor.setPosition(_utf16(text, span.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)

    def clear(self) -> None:
        super().clear()
        self.text.clear()
        self.info.clear()


class ComparisonTaskView(TaskView):
    kinds = frozenset({TaskKind.COMPARISON})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.prompt = _reader("previewPrompt")
        self.a = _reader("previewA")
        self.b = _reader("previewB")
        sides = QSplitter(Qt.Orientation.Horizontal)
        for title, view in (("A", self.a), ("B", self.b)):
            sides.addWidget(_titled(title, view))
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(_titled(self.tr("Prompt"), self.prompt))
        outer.addWidget(sides)
        outer.setStretchFactor(0, 1)
        outer.setStretchFactor(1, 4)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(outer, 1)
        lay.addWidget(self.info)

    def show_task(self, row: TaskRow) -> None:
        self.uid = row.uid
        data = row.task.data
        notes = []
        for key, view in (("prompt", self.prompt), ("a", self.a), ("b", self.b)):
            text, note = _clip(str(data.get(key, "")))
            view.setPlainText(text)
            if note:
                name = self.tr("Prompt") if key == "prompt" else key.upper()
                notes.append(f"{name}: {note}")
        found = _prediction(row.task)
        verdict = found[1] if found is not None else None
        if found is not None and isinstance(verdict, Comparison):
            prediction = found[0]
            choice = self.tr("a tie") if verdict.choice == "tie" else self.tr(
                "answer {choice}").format(choice=verdict.choice)
            notes.append(self.tr("Model prediction ({who}): {choice}.").format(
                who=_who(prediction), choice=choice))
        self.info.setText(" ".join(notes))
        self.info.setVisible(bool(notes))
        self.shown.emit(row.uid)

    def clear(self) -> None:
        super().clear()
        for view in (self.prompt, self.a, self.b):
            view.clear()


def _titled(title: str, body: QWidget) -> QWidget:
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 4, 0, 0)
    lay.setSpacing(4)
    label = QLabel(title)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    lay.addWidget(label)
    lay.addWidget(body, 1)
    return box


class ImageTaskView(TaskView):
    kinds = frozenset(IMAGE_KINDS)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.view = ImageView(self)
        self.loader = ImageLoader(self)
        self.loader.loaded.connect(self._loaded)
        self.loader.failed.connect(self._failed)
        self._row: TaskRow | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.info)

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def show_task(self, row: TaskRow) -> None:
        self.uid = row.uid
        self._row = row
        self.view.clear_image()
        sha = row.task.image_hash
        if sha is None:
            self._failed(row.uid, self.tr("this task names no image"))
            return
        try:
            path = self.session.cache.assets.path(sha)
        except DataFiError as exc:
            self._failed(row.uid, str(exc))
            return
        if not path.is_file():
            self._failed(row.uid, self.tr("the image is not downloaded yet (sync to fetch it)"))
            return
        self.info.setText(self.tr("Loading image…"))
        self.loader.request(row.uid, path)

    def _loaded(self, result: LoadedImage) -> None:
        row = self._row
        if row is None or result.key != row.uid:
            return
        size = row.task.image_size or result.full_size
        self.view.set_pixmap(result.pixmap(), size)
        parts = [self.tr("{width} × {height} px").format(
            width=lf.integer(result.full_size[0]), height=lf.integer(result.full_size[1]))]
        found = _prediction(row.task)
        if found is not None:
            prediction, annotation = found
            colors = {label.name: row.task.config.color_of(label.name)
                      for label in row.task.config.labels}
            if isinstance(annotation, BoundingBoxes | Polygons):
                n = self.view.add_prediction_shapes(annotation, colors)
                parts.append(self.tr("Dashed shapes: model prediction ({who}), %n shown", "",
                                     n).format(who=_who(prediction)))
            elif isinstance(annotation, ImageClassification):
                parts.append(self.tr("Model prediction ({who}): {labels}").format(
                    who=_who(prediction), labels=", ".join(annotation.labels)))
        self.info.setText(" · ".join(parts))
        self.shown.emit(row.uid)

    def _failed(self, key: object, message: str) -> None:
        if self._row is None or key != self._row.uid:
            return
        self.view.clear_image()
        self.info.setText(self.tr("Cannot show the image: {reason}").format(reason=message))
        self.failed.emit(self._row.uid, message)

    def clear(self) -> None:
        super().clear()
        self.loader.cancel()
        self._row = None
        self.view.clear_image()
        self.info.clear()


class CollectionTaskView(TaskView):
    kinds = frozenset({TaskKind.COLLECTION})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.instructions = named(_wrap(""), "previewInstructions")
        font = self.instructions.font()
        font.setPointSizeF(font.pointSizeF() + 1.5)
        self.instructions.setFont(font)
        self.fields_box = named(QFrame(), "previewFields")
        self.fields_box.setProperty("role", "card")
        self.fields = QFormLayout(self.fields_box)
        self.fields.setContentsMargins(12, 10, 12, 10)
        card = QFrame()
        card.setProperty("role", "card")
        card_lay = QVBoxLayout(card)
        card_lay.setContentsMargins(12, 10, 12, 10)
        card_lay.addWidget(self.instructions)
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 4, 0)
        body.addWidget(_titled(self.tr("Instructions"), card))
        body.addWidget(_titled(self.tr("What to collect"), self.fields_box))
        body.addWidget(self.info)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scroll)

    def show_task(self, row: TaskRow) -> None:
        self.uid = row.uid
        task = row.task
        config = task.config
        text = config.instructions or str(task.data.get("instructions")
                                          or task.data.get("prompt") or "")
        self.instructions.setText(_clip(text)[0] or self.tr("No instructions given."))
        while self.fields.rowCount():
            self.fields.removeRow(0)
        self.fields.addRow(self.tr("Item"), _wrap(self.tr("a new item, labeled as {kind}").format(
            kind=kind_name(config.label_kind.value)) if config.label_kind else
            self.tr("a new item, metadata only")))
        if config.labels:
            self.fields.addRow(self.tr("Labels"), _wrap(", ".join(config.label_names)))
        for field in config.fields:
            detail = field.type + (": " + ", ".join(field.choices) if field.choices else "")
            if field.description:
                detail += f" — {field.description}"
            self.fields.addRow(field.display_title + (" *" if field.required else ""),
                               _wrap(detail))
        self.fields.addRow(self.tr("Accepts"), _wrap(", ".join(config.accept)))
        required = any(f.required for f in config.fields)
        self.info.setText(self.tr("* required") if required else "")
        self.shown.emit(row.uid)

    def clear(self) -> None:
        super().clear()
        self.instructions.clear()
        while self.fields.rowCount():
            self.fields.removeRow(0)


def _wrap(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


DEFAULT_VIEWS: tuple[type[TaskView], ...] = (
    TextTaskView, ComparisonTaskView, ImageTaskView, CollectionTaskView,
)
