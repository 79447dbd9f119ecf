"""The collection pane in the editor, as a field collector uses it: import a photo
from the dialog or by dropping it, get a clear refusal for an archive or a broken
image, fill in the details, label the item (chips, or boxes drawn on the photo with
the embedded image pane), undo, and submit a signed item."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.panes.collection_pane import CollectionPane
from datafi_desktop.ui.panes.image_pane import ImagePane

from .conftest import PASSWORD
from .editor_support import (
    CTRL,
    DRAFT_WITHIN_MS,
    SHIFT,
    click_row,
    editor_of,
    enter_pane,
    key,
    unlock_in_dialog,
    verified_outbox_row,
)
from .image_support import drag


@pytest.fixture
def photos(tmp_path: Path) -> dict[str, Path]:
    """A rotated JPEG (stored 640×480, shown 480×640), a PNG, a ZIP, a broken JPEG, a text."""
    made: dict[str, Path] = {}
    im = Image.new("RGB", (640, 480), (40, 90, 160))
    ImageDraw.Draw(im).rectangle((20, 20, 300, 200), fill=(240, 200, 30))
    exif = Image.Exif()
    exif[0x0112] = 6
    made["jpeg"] = tmp_path / "sign.jpg"
    im.save(made["jpeg"], "JPEG", quality=90, exif=exif.tobytes())
    made["png"] = tmp_path / "shopfront.png"
    Image.new("RGB", (300, 200), (10, 160, 90)).save(made["png"])
    made["zip"] = tmp_path / "photos.zip"
    with zipfile.ZipFile(made["zip"], "w") as zf:
        zf.writestr("a.jpg", b"x")
    made["broken"] = tmp_path / "broken.jpg"
    made["broken"].write_bytes(made["jpeg"].read_bytes()[:1500])
    made["text"] = tmp_path / "report.txt"
    made["text"].write_text("Nid-de-poule rue Haute 🕳️ — depuis deux semaines.\n",
                            encoding="utf-8")
    return made


def open_collection(qtbot, window: MainWindow, task_id: str) -> CollectionPane:
    click_row(qtbot, window, task_id)
    pane = editor_of(window).pane
    assert isinstance(pane, CollectionPane)
    enter_pane(qtbot, window)
    return pane


def import_with_dialog(qtbot, window: MainWindow, pane: CollectionPane, path: Path,
                       monkeypatch: pytest.MonkeyPatch, *, ok: bool = True) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_args, **_kw: (str(path), "")))
    signal = pane.imported if ok else pane.import_failed
    with qtbot.waitSignal(signal, timeout=10_000):
        key(qtbot, window, Qt.Key.Key_O, CTRL)


def drop_files(pane: CollectionPane, paths: list[Path]) -> bool:
    """Drag files from a file manager onto the pane and drop them; True when accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = pane.media.drop_zone
    point = QPoint(20, 20)
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` as a keyboard would, accented letters and emoji included (QTest's
    keyClicks only knows ASCII: other characters come as key events with their text)."""
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_import_a_jpeg_from_the_dialog_then_undo_and_redo(
        qtbot, window: MainWindow, demo_cache: Cache, photos, monkeypatch) -> None:
    pane = open_collection(qtbot, window, "collect-001")
    uid = editor_of(window).uid
    assert pane.media.stack.currentWidget() is pane.media.drop_zone
    assert "JPEG or PNG images" in pane.media.drop_zone.text()
    import_with_dialog(qtbot, window, pane, photos["jpeg"], monkeypatch)
    body = pane.body()
    assert body["asset"] == sha256(photos["jpeg"])
    assert (body["mime"], body["filename"]) == ("image/jpeg", "sign.jpg")
    assert (body["width"], body["height"]) == (480, 640)  # EXIF orientation 6 honoured
    assert demo_cache.assets.has(body["asset"])
    qtbot.waitUntil(lambda: pane.media.image.has_image, timeout=10_000)
    assert "sign.jpg · 480×640" in pane.media.info.text()
    qtbot.waitUntil(lambda: (demo_cache.tasks.load_draft(uid) or None) is not None
                    and demo_cache.tasks.load_draft(uid).body.get("asset") == body["asset"],
                    timeout=DRAFT_WITHIN_MS)
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert pane.body()["asset"] is None
    assert pane.media.stack.currentWidget() is pane.media.drop_zone
    key(qtbot, window, Qt.Key.Key_Y, CTRL)
    assert pane.body()["asset"] == body["asset"]


def test_drop_a_png_onto_the_pane(qtbot, window: MainWindow, photos) -> None:
    pane = open_collection(qtbot, window, "collect-001")
    with qtbot.waitSignal(pane.imported, timeout=10_000):
        assert drop_files(pane, [photos["png"]])
    body = pane.body()
    assert (body["mime"], body["width"], body["height"]) == ("image/png", 300, 200)
    assert body["filename"] == "shopfront.png"


def test_a_zip_and_a_broken_photo_are_refused_clearly(qtbot, window: MainWindow, photos,
                                                      monkeypatch) -> None:
    pane = open_collection(qtbot, window, "collect-001")
    editor = editor_of(window)
    with qtbot.waitSignal(pane.import_failed, timeout=10_000) as refused:
        assert drop_files(pane, [photos["zip"]])
    assert refused.args == ["photos.zip is a ZIP archive; this task accepts JPEG or PNG images"]
    assert pane.media.error.isVisible()
    assert pane.media.error.text() == refused.args[0]
    import_with_dialog(qtbot, window, pane, photos["broken"], monkeypatch, ok=False)
    assert pane.media.error.text() == "broken.jpg is truncated (the file ends early)"
    assert pane.body()["asset"] is None and editor.undo_stack.count() == 0
    assert window.statusBar().currentMessage() == pane.media.error.text()


def test_details_label_and_submit_a_photo_item(qtbot, window: MainWindow, demo_cache: Cache,
                                               photos, monkeypatch, account) -> None:
    address = account()
    pane = open_collection(qtbot, window, "collect-001")
    editor = editor_of(window)
    uid = editor.uid
    import_with_dialog(qtbot, window, pane, photos["jpeg"], monkeypatch)
    assert "Location: is required" in editor.bottom.problems.text()
    key(qtbot, window, Qt.Key.Key_I, CTRL)  # the first detail field
    location = pane.fields.inputs["location"]
    assert isinstance(location, QLineEdit) and location.hasFocus()
    qtbot.keyClicks(location, "Rue Haute 12, Brussels")
    key(qtbot, window, Qt.Key.Key_Tab)
    condition = pane.fields.inputs["condition"]
    assert isinstance(condition, QComboBox) and condition.hasFocus()
    key(qtbot, window, Qt.Key.Key_Down)
    key(qtbot, window, Qt.Key.Key_Down)
    assert pane.body()["metadata"] == {"location": "Rue Haute 12, Brussels",
                                       "condition": "worn"}
    key(qtbot, window, "1")  # a label key works outside the text fields
    assert pane.body()["annotation"] == {"kind": "image_classification",
                                         "labels": ["street name"]}
    assert pane.labeler.chips.checked() == ["street name"]
    assert editor.problems() == []
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    unlock_in_dialog(qtbot, window)
    qtbot.waitUntil(lambda: bool(demo_cache.submissions.all(task_uid=uid)), timeout=10_000)
    row = verified_outbox_row(demo_cache, uid, address)
    item = row.annotation
    assert item["kind"] == "collection" and item["asset"] == sha256(photos["jpeg"])
    assert item["metadata"] == {"location": "Rue Haute 12, Brussels", "condition": "worn"}
    assert item["annotation"] == {"kind": "image_classification", "labels": ["street name"]}
    assert (item["width"], item["height"]) == (480, 640)
    # reopened read-only: no import, no typing, no drops
    click_row(qtbot, window, "collect-001")
    assert editor.read_only and pane.current.read_only
    assert not pane.media.import_button.isEnabled() and pane.text.isReadOnly()
    assert not drop_files(pane, [photos["png"]])
    assert pane.fields.inputs["location"].text() == "Rue Haute 12, Brussels"


def test_typing_is_one_undo_step_through_the_editor(qtbot, window: MainWindow) -> None:
    pane = open_collection(qtbot, window, "collect-003")
    key(qtbot, window, Qt.Key.Key_T, CTRL)
    assert pane.text.hasFocus()
    qtbot.keyClicks(pane.text, "Broken street light")
    assert pane.body()["text"] == "Broken street light"
    qtbot.keyClick(pane.text, Qt.Key.Key_Z, CTRL)  # the window's Undo, not the widget's
    assert pane.body()["text"] == "" and pane.text.toPlainText() == ""
    qtbot.keyClick(pane.text, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert pane.text.toPlainText() == "Broken street light"
    qtbot.keyClick(pane.text, Qt.Key.Key_Escape)  # leave the field: label keys work again
    key(qtbot, window, "2")
    assert pane.body()["annotation"]["labels"] == ["broken light"]


def test_a_text_file_becomes_the_item_text_and_is_labeled(
        qtbot, window: MainWindow, demo_cache: Cache, wallet: Wallet, photos, monkeypatch,
        account) -> None:
    address = account()
    wallet.unlock(address, PASSWORD)
    pane = open_collection(qtbot, window, "collect-003")
    uid = editor_of(window).uid
    import_with_dialog(qtbot, window, pane, photos["text"], monkeypatch)
    text = photos["text"].read_text(encoding="utf-8")
    assert pane.body()["text"] == text and pane.text.toPlainText() == text
    assert pane.body()["mime"] == "text/plain"
    assert pane.media.stack.currentWidget() is pane.media.text_card
    key(qtbot, window, "1")
    key(qtbot, window, Qt.Key.Key_I, CTRL)
    qtbot.keyClicks(window.focusWidget(), "Rue Haute")
    key(qtbot, window, Qt.Key.Key_Tab)
    key(qtbot, window, Qt.Key.Key_Down)
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: bool(demo_cache.submissions.all(task_uid=uid)), timeout=10_000)
    item = verified_outbox_row(demo_cache, uid, address).annotation
    assert item["text"] == text and item["metadata"] == {"location": "Rue Haute",
                                                         "severity": "minor"}
    assert item["annotation"] == {"kind": "text_classification", "labels": ["pothole"]}


def test_boxes_are_drawn_on_the_imported_photo_with_the_image_pane(
        qtbot, window: MainWindow, demo_cache: Cache, wallet: Wallet, photos, monkeypatch,
        account) -> None:
    address = account()
    wallet.unlock(address, PASSWORD)
    pane = open_collection(qtbot, window, "collect-002")
    editor = editor_of(window)
    uid = editor.uid
    assert "First import a photo, then draw boxes on it." in pane.labeler.note.text()
    with qtbot.waitSignal(pane.shown, timeout=20_000):
        import_with_dialog(qtbot, window, pane, photos["png"], monkeypatch)
    image = pane.labeler.sub
    assert isinstance(image, ImagePane) and pane.media.stack.currentWidget() is image
    qtbot.waitUntil(lambda: image.canvas.state == "ready", timeout=20_000)
    image.focus_default()
    key(qtbot, window, "b")
    drag(qtbot, image.canvas, (30, 40), (180, 150))
    inner = pane.body()["annotation"]
    assert inner["kind"] == "bounding_boxes" and len(inner["boxes"]) == 1
    assert inner["boxes"][0]["label"] == "opening hours"
    key(qtbot, window, Qt.Key.Key_Z, CTRL)  # the image pane's command, on the same stack
    assert pane.body()["annotation"] is None
    key(qtbot, window, Qt.Key.Key_Y, CTRL)
    assert len(pane.body()["annotation"]["boxes"]) == 1
    qtbot.waitUntil(lambda: demo_cache.tasks.load_draft(uid) is not None
                    and demo_cache.tasks.load_draft(uid).body["annotation"] is not None,
                    timeout=DRAFT_WITHIN_MS)
    key(qtbot, window, Qt.Key.Key_I, CTRL)
    qtbot.keyClicks(window.focusWidget(), "Boulangerie Dupont")
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: bool(demo_cache.submissions.all(task_uid=uid)), timeout=10_000)
    item = verified_outbox_row(demo_cache, uid, address).annotation
    assert item["annotation"]["boxes"][0]["label"] == "opening hours"
    assert item["metadata"] == {"shop_name": "Boulangerie Dupont"}
    assert (item["width"], item["height"]) == (300, 200)


def test_spans_are_marked_in_the_written_text_with_the_text_pane(
        qtbot, window: MainWindow, session, demo_cache: Cache) -> None:
    from datafi_desktop.core.models import parse_task
    from datafi_desktop.ui.panes.text_pane import TextPane

    demo_cache.tasks.add_tasks("demo", [parse_task({
        "id": "collect-ner", "kind": "collection", "data": {"instructions": "Write a line."},
        "config": {"label_kind": "text_spans", "accept": ["text/plain"],
                   "labels": [{"name": "PLACE", "hotkey": "p"}]}})], source="test")
    session.notify_tasks()
    pane = open_collection(qtbot, window, "collect-ner")
    assert "First write the text, then mark spans in it." in pane.labeler.note.text()
    key(qtbot, window, Qt.Key.Key_T, CTRL)
    type_text(qtbot, pane.text, "Café in Liège 🇧🇪")
    assert pane.body()["text"] == "Café in Liège 🇧🇪"
    spans = pane.labeler.sub
    assert isinstance(spans, TextPane) and spans.isVisible()
    spans.focus_default()
    view = spans.view
    qtbot.keyClick(view, Qt.Key.Key_Home, CTRL)
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT)
    key(qtbot, window, "p")
    assert pane.body()["annotation"] == {"kind": "text_spans",
                                         "spans": [{"start": 0, "end": 4, "label": "PLACE"}]}
    assert editor_of(window).problems() == []
    key(qtbot, window, Qt.Key.Key_Z, CTRL)  # undone through the shared stack
    assert pane.body()["annotation"] is None
    key(qtbot, window, Qt.Key.Key_Y, CTRL)
    # editing the text keeps a span whose characters did not change
    pane.text.moveCursor(pane.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(pane.text, "!")
    assert pane.body()["annotation"]["spans"] == [{"start": 0, "end": 4, "label": "PLACE"}]
