"""The read-only task view: text (RTL, CJK), comparison, collection, and images with
predictions, including files that are not whole images."""

from __future__ import annotations

import json

import pytest
from PIL import Image
from PySide6.QtCore import QLocale, QRectF, Qt

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.models import parse_task
from datafi_desktop.ui.image_view import ImageView
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.preview_views import (
    PREVIEW_MAX_CHARS,
    CollectionTaskView,
    ComparisonTaskView,
    ImageTaskView,
    TextTaskView,
)
from datafi_desktop.ui.queue_page import QueuePage
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.task_preview import TaskPreview

DEMO = "demo"


def show(qtbot, window: MainWindow, uid: int) -> TaskPreview:
    page = window.pages["tasks"]
    assert isinstance(page, QueuePage)
    page.set_detail_widget(page.preview)  # the task editor took its place; put it back
    page.set_kind_filter("all")
    page.set_state_filter("all")
    assert page.select_task(uid)
    return page.preview


def first(cache: Cache, kind: str, predicate=lambda task: True) -> int:
    for summary in cache.tasks.task_summaries(DEMO, kinds=[kind]):
        if predicate(cache.tasks.get_task(summary.uid).task):
            return summary.uid
    raise AssertionError(f"no demo task of kind {kind} matching")


def add_task(session: Session, data: dict) -> int:
    session.cache.tasks.add_tasks(DEMO, [parse_task(data)], source="test")
    session.notify_tasks()
    row = session.cache.tasks.find_task(DEMO, data["id"])
    assert row is not None
    return row.uid


def test_text_task_shows_its_text(qtbot, window: MainWindow, demo_cache: Cache) -> None:
    uid = first(demo_cache, "text_classification")
    preview = show(qtbot, window, uid)
    task = demo_cache.tasks.get_task(uid).task
    assert isinstance(preview.current, TextTaskView)
    assert preview.current.text.toPlainText() == task.text
    assert preview.current.text.isReadOnly()
    assert preview.title.text() == "Text classification"
    assert preview.task_id.text() == task.id
    assert preview.state.text() == "New"
    first_key, first_label = next(iter(task.config.hotkeys().items()))
    assert f"[{first_key}] {first_label}" in preview.labels.text()


def test_right_to_left_and_cjk_text_keep_their_layout(qtbot, window: MainWindow,
                                                      session: Session) -> None:
    hebrew = "שלום עולם, זה טקסט בעברית.\nEnglish line after it."
    cjk = "这家餐厅的服务很好，菜也很好吃。🍜 次は日本語。"
    uid = add_task(session, {"id": "rtl-1", "kind": "text_classification",
                             "data": {"text": hebrew}, "config": {"labels": ["a", "b"]}})
    preview = show(qtbot, window, uid)
    view = preview.current
    assert isinstance(view, TextTaskView)
    doc = view.text.document()
    assert view.text.toPlainText() == hebrew
    assert doc.firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
    assert doc.lastBlock().textDirection() == Qt.LayoutDirection.LeftToRight
    uid2 = add_task(session, {"id": "cjk-1", "kind": "text_classification",
                              "data": {"text": cjk}, "config": {"labels": ["a", "b"]}})
    show(qtbot, window, uid2)
    assert view.text.toPlainText() == cjk


def test_predicted_spans_are_marked_on_utf16_positions(qtbot, window: MainWindow,
                                                       session: Session) -> None:
    text = "🎉 Ada Lovelace visited London."
    start = text.index("Ada")
    uid = add_task(session, {
        "id": "spans-emoji", "kind": "text_spans", "data": {"text": text},
        "config": {"labels": ["PER", "LOC"]},
        "predictions": [{"model": "ner-x", "score": 0.5, "annotation": {
            "kind": "text_spans", "spans": [{"start": start, "end": start + 12,
                                             "label": "PER"}]}}]})
    preview = show(qtbot, window, uid)
    view = preview.current
    assert isinstance(view, TextTaskView)
    cursor = view.text.textCursor()
    cursor.setPosition(start + 1 + 1)  # inside "Ada"; the emoji is 2 UTF-16 units
    assert cursor.charFormat().toolTip() == "PER (model prediction)"
    cursor.setPosition(1)  # the emoji itself is not marked
    assert cursor.charFormat().toolTip() == ""
    assert "model prediction (ner-x" in view.info.text()


def test_huge_text_is_clipped_with_a_note(qtbot, window: MainWindow, session: Session) -> None:
    text = "word " * (PREVIEW_MAX_CHARS // 5 + 1000)
    uid = add_task(session, {"id": "huge-1", "kind": "text_classification",
                             "data": {"text": text}, "config": {"labels": ["a"]}})
    view = show(qtbot, window, uid).current
    assert isinstance(view, TextTaskView)
    assert len(view.text.toPlainText()) == PREVIEW_MAX_CHARS
    # the counts in the locale's digits and grouping (205,000 in English, 205000 in C)
    assert f"of {QLocale().toString(len(text))} characters" in view.info.text()


def test_comparison_shows_prompt_and_both_answers(qtbot, window: MainWindow,
                                                  demo_cache: Cache) -> None:
    uid = first(demo_cache, "comparison", lambda t: bool(t.predictions))
    view = show(qtbot, window, uid).current
    data = demo_cache.tasks.get_task(uid).task.data
    assert isinstance(view, ComparisonTaskView)
    assert view.prompt.toPlainText() == data["prompt"]
    assert view.a.toPlainText() == data["a"]
    assert view.b.toPlainText() == data["b"]
    # side by side: A left of B, same height
    assert view.a.mapTo(view, view.a.rect().topLeft()).x() < \
        view.b.mapTo(view, view.b.rect().topLeft()).x()
    assert "model prediction" in view.info.text().lower()


def test_collection_shows_instructions_and_fields(qtbot, window: MainWindow,
                                                  demo_cache: Cache) -> None:
    uid = first(demo_cache, "collection")
    task = demo_cache.tasks.get_task(uid).task
    view = show(qtbot, window, uid).current
    assert isinstance(view, CollectionTaskView)
    assert view.instructions.text() == (task.config.instructions
                                        or task.data.get("instructions") or task.data["prompt"])
    names = [view.fields.itemAt(r, view.fields.ItemRole.LabelRole).widget().text()
             for r in range(view.fields.rowCount())]
    for field in task.config.fields:
        # the campaign's title for the field (else its key humanized), never the raw key
        assert field.display_title + (" *" if field.required else "") in names


def wait_image(qtbot, view: ImageTaskView) -> None:
    qtbot.waitUntil(lambda: view.view.has_image or "Cannot show" in view.info.text(),
                    timeout=20_000)


def test_image_task_shows_the_image_fitted(qtbot, window: MainWindow, demo_cache: Cache) -> None:
    uid = first(demo_cache, "bounding_boxes", lambda t: bool(t.predictions))
    task = demo_cache.tasks.get_task(uid).task
    preview = show(qtbot, window, uid)
    view = preview.current
    assert isinstance(view, ImageTaskView)
    wait_image(qtbot, view)
    image: ImageView = view.view
    assert image.has_image
    pixmap = image.pixmap_item.pixmap()
    assert not pixmap.isNull() and pixmap.width() > 0
    width, height = task.image_size
    assert image.sceneRect() == QRectF(0, 0, width, height)
    assert _fits(image)
    boxes = task.predictions[0].annotation["boxes"]
    assert len(image.predictions) == len(boxes)
    assert all(i.toolTip().endswith("(model prediction)") for i in image.predictions)
    assert all(i.pen().style() == Qt.PenStyle.DashLine for i in image.predictions)
    assert "model prediction" in view.info.text().lower()
    # re-fitted when the view changes size
    window.resize(900, 700)
    qtbot.waitUntil(lambda: _fits(image))
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: _fits(image))


def _fits(image: ImageView) -> bool:
    shown = image.mapFromScene(image.sceneRect()).boundingRect()
    port = image.viewport().rect()
    # fitInView keeps a 2-pixel margin on each side
    touches = abs(shown.width() - port.width()) <= 6 or abs(shown.height() - port.height()) <= 6
    return port.adjusted(-2, -2, 2, 2).contains(shown) and touches


def test_polygons_are_drawn_as_predictions(qtbot, window: MainWindow, demo_cache: Cache) -> None:
    uid = first(demo_cache, "polygons", lambda t: bool(t.predictions))
    task = demo_cache.tasks.get_task(uid).task
    view = show(qtbot, window, uid).current
    assert isinstance(view, ImageTaskView)
    wait_image(qtbot, view)
    polygons = task.predictions[0].annotation["polygons"]
    assert len(view.view.predictions) == len(polygons)
    labels = {p["label"] for p in polygons}
    assert {i.toolTip().removesuffix(" (model prediction)") for i in view.view.predictions} \
        == labels


@pytest.mark.parametrize(("content", "message"), [
    (b"", "is empty"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "is not an image|is corrupt|truncated"),
    ("truncated", "is truncated"),
])
def test_bad_image_file_shows_a_message(qtbot, window: MainWindow, session: Session,
                                        tmp_path, content, message) -> None:
    import io
    import re

    if content == "truncated":
        buf = io.BytesIO()
        Image.effect_noise((640, 480), 40).convert("RGB").save(buf, "JPEG")
        content = buf.getvalue()[: len(buf.getvalue()) // 2]
    sha = session.cache.assets.put_bytes(content)
    uid = add_task(session, {"id": f"bad-{len(content)}", "kind": "image_classification",
                             "data": {"image": sha, "width": 640, "height": 480},
                             "config": {"labels": ["x"]}})
    preview = show(qtbot, window, uid)
    view = preview.current
    assert isinstance(view, ImageTaskView)
    wait_image(qtbot, view)
    assert not view.view.has_image
    assert re.search(message, view.info.text()), view.info.text()
    assert view.info.text().startswith("Cannot show the image:")


def test_missing_asset_says_sync(qtbot, window: MainWindow, session: Session) -> None:
    uid = add_task(session, {"id": "not-downloaded", "kind": "image_classification",
                             "data": {"image": "ab" * 32, "width": 10, "height": 10},
                             "config": {"labels": ["x"]}})
    view = show(qtbot, window, uid).current
    assert isinstance(view, ImageTaskView)
    assert "not downloaded" in view.info.text()


def test_fast_switching_shows_only_the_last_image(qtbot, window: MainWindow,
                                                  demo_cache: Cache) -> None:
    uids = [s.uid for s in demo_cache.tasks.task_summaries(DEMO, kinds=["image_classification"])]
    page = window.pages["tasks"]
    assert isinstance(page, QueuePage)
    page.set_detail_widget(page.preview)  # the task editor took its place; put it back
    page.set_kind_filter("image_classification")
    shown: list[int] = []
    page.preview.shown.connect(shown.append)
    for uid in uids[:5]:
        page.select_task(uid)
    view = page.preview.current
    assert isinstance(view, ImageTaskView)
    qtbot.waitUntil(lambda: bool(shown) and shown[-1] == uids[4], timeout=20_000)
    qtbot.wait(200)
    assert shown == [uids[4]]  # the stale decodes were dropped
    task = demo_cache.tasks.get_task(uids[4]).task
    assert view.view.sceneRect().width() == task.image_size[0]


def test_preview_round_trip_of_demo_json() -> None:
    """The demo has tasks of every kind with a prediction where the views draw them."""
    from datafi_desktop.core.demo import demo_dir

    kinds = {json.loads(line)["kind"] for line in
             (demo_dir() / "tasks.jsonl").read_text(encoding="utf-8").splitlines() if line}
    assert kinds == {"text_classification", "text_spans", "comparison", "image_classification",
                     "bounding_boxes", "polygons", "collection"}
