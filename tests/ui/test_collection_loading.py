"""A large photo imported into a collection task (issue 12, item 8): the media area
says what is happening while the file is copied and decoded off the UI thread, and
a second import of the same file meanwhile is ignored."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from datafi_desktop.ui.main_window import MainWindow

from .editor_support import CTRL, click_row, key
from .test_collection_pane import open_collection


@pytest.fixture(scope="module")
def big_photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 6000×4500 JPEG (27 MP): decoded at screen size, never instantly."""
    path = tmp_path_factory.mktemp("big") / "street-sign.jpg"
    im = Image.new("RGB", (6000, 4500), (60, 110, 170))
    draw = ImageDraw.Draw(im)
    for i in range(0, 6000, 400):
        draw.rectangle((i, i * 3 // 4, i + 200, i * 3 // 4 + 150), fill=(240, 200 - i // 40, 30))
    im.save(path, "JPEG", quality=85)
    return path


def test_a_large_photo_shows_importing_then_loading_and_a_second_import_is_ignored(
        qtbot, window: MainWindow, big_photo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pane = open_collection(qtbot, window, "collect-001")
    media = pane.media
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_args, **_kw: (str(big_photo), "")))
    key(qtbot, window, Qt.Key.Key_O, CTRL)
    assert pane.importing
    assert media.busy_text == "Importing street-sign.jpg…", "a dark box and no word"
    assert media.busy.isVisible()
    with qtbot.waitSignal(pane.message, timeout=2000) as said:
        key(qtbot, window, Qt.Key.Key_O, CTRL)  # nothing seems to happen: the user tries again
    assert said.args == ["street-sign.jpg is being imported already"]

    seen: list[str] = []
    media.image_shown.connect(lambda: seen.append("shown"))
    with qtbot.waitSignal(pane.imported, timeout=30_000):
        pass
    # the file is in; its pixels are decoded on a worker thread: never an empty box
    assert media.image.has_image or media.busy_text == "Loading street-sign.jpg…"
    qtbot.waitUntil(lambda: media.image.has_image, timeout=30_000)
    assert media.busy_text == "" and media.stack.currentWidget() is media.image
    assert seen == ["shown"]
    assert pane.undo_stack.count() == 1, "one import, one undo step"
    assert pane.body()["width"] == 6000 and pane.body()["filename"] == "street-sign.jpg"


def test_the_photo_opened_again_comes_from_its_screen_size_preview(
        qtbot, window: MainWindow, big_photo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pane = open_collection(qtbot, window, "collect-001")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_args, **_kw: (str(big_photo), "")))
    with qtbot.waitSignal(pane.imported, timeout=30_000):
        key(qtbot, window, Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: pane.media.image.has_image, timeout=30_000)
    folder = window.session.profile.root / "previews"
    # a JPEG's preview is written after the picture shows (core.previews, defer)
    qtbot.waitUntil(lambda: folder.exists() and any(folder.glob("*.jpg")), timeout=30_000)
    [kept] = list(folder.iterdir())  # one screen-size preview, kept in the profile
    with Image.open(kept) as im:
        size = im.size
    assert max(size) <= 2048
    # mark the preview: what shows next time must come from it, not from the 27 MP file
    Image.new("RGB", size, (250, 0, 0)).save(kept, "JPEG")
    click_row(qtbot, window, "text-cls-002")
    click_row(qtbot, window, "collect-001")

    def marked_preview_shown() -> bool:  # the pane may still hold the last picture a moment
        item = pane.media.image.pixmap_item
        if item is None or item.pixmap().isNull():
            return False
        color = item.pixmap().toImage().pixelColor(5, 5)
        return color.red() > 230 and color.blue() < 30

    qtbot.waitUntil(marked_preview_shown, timeout=30_000)
