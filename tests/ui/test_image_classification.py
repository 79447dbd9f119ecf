"""Image classification in the image pane: hotkeys and chips, single and multi-label,
Enter asks to submit; pane keys never shadow a label's hotkey."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from datafi_desktop.core.cache import AssetStore
from datafi_desktop.core.models import parse_task
from datafi_desktop.ui.panes.image.palette import SHAPE_KEYS, label_hotkeys
from datafi_desktop.ui.panes.image_pane import ImagePane

from .image_support import key, make_pane, make_task, open_task, scene_image

SCENES = ["street", "park", "beach"]


@pytest.fixture
def store(tmp_path: Path) -> AssetStore:
    return AssetStore(tmp_path / "assets")


def open_cls(qtbot, store: AssetStore, tmp_path: Path, multi: bool,
             read_only: bool = False) -> ImagePane:
    pane = make_pane(qtbot)
    task = make_task(store, scene_image(tmp_path / "scene.png"), "image_classification",
                     labels=SCENES, multi=multi)
    open_task(qtbot, pane, task, store, {"kind": "image_classification", "labels": []},
              read_only=read_only)
    return pane


def test_single_label_hotkeys_choose_one(qtbot, app: QApplication, store: AssetStore,
                                         tmp_path: Path) -> None:
    pane = open_cls(qtbot, store, tmp_path, multi=False)
    assert pane.label_bar.isVisible() and not pane.shape_list.isVisible()
    assert [chip.spec.key for chip in pane.label_bar.chips.values()] == ["1", "2", "3"]
    key(qtbot, pane, Qt.Key.Key_2)
    assert pane.body()["labels"] == ["park"]
    assert pane.label_bar.checked() == ["park"]
    key(qtbot, pane, Qt.Key.Key_3)
    assert pane.body()["labels"] == ["beach"]
    assert pane.label_bar.checked() == ["beach"]
    assert pane.undo_stack.count() == 2
    pane.undo_stack.undo()
    assert pane.label_bar.checked() == ["park"]
    with qtbot.waitSignal(pane.submit_requested):
        key(qtbot, pane, Qt.Key.Key_Return)


def test_multi_label_hotkeys_and_chips_toggle(qtbot, app: QApplication, store: AssetStore,
                                              tmp_path: Path) -> None:
    pane = open_cls(qtbot, store, tmp_path, multi=True)
    key(qtbot, pane, Qt.Key.Key_3)
    key(qtbot, pane, Qt.Key.Key_1)
    assert pane.body()["labels"] == ["beach", "street"]
    key(qtbot, pane, Qt.Key.Key_3)
    assert pane.body()["labels"] == ["street"]
    qtbot.mouseClick(pane.label_bar.chips["park"], Qt.MouseButton.LeftButton)
    assert pane.body()["labels"] == ["park", "street"]
    assert pane.label_bar.checked() == ["street", "park"]
    assert pane.undo_stack.count() == 4


def test_enter_without_a_label_does_not_submit(qtbot, app: QApplication, store: AssetStore,
                                               tmp_path: Path) -> None:
    pane = open_cls(qtbot, store, tmp_path, multi=False)
    asked: list[bool] = []
    pane.submit_requested.connect(lambda: asked.append(True))
    key(qtbot, pane, Qt.Key.Key_Return)
    assert asked == []


def test_read_only_classification_keeps_its_labels(qtbot, app: QApplication,
                                                   store: AssetStore, tmp_path: Path) -> None:
    pane = open_cls(qtbot, store, tmp_path, multi=False, read_only=True)
    key(qtbot, pane, Qt.Key.Key_1)
    qtbot.mouseClick(pane.label_bar.chips["park"], Qt.MouseButton.LeftButton)
    assert pane.body()["labels"] == []
    assert not pane.label_bar.chips["park"].isEnabled()


def test_zoom_works_on_classification_images(qtbot, app: QApplication, store: AssetStore,
                                             tmp_path: Path) -> None:
    pane = open_cls(qtbot, store, tmp_path, multi=False)
    fit = pane.canvas.zoom_factor()
    key(qtbot, pane, Qt.Key.Key_Equal)
    assert pane.canvas.zoom_factor() > fit
    texts = [a.text() for a in pane.actions()]
    assert "Draw boxes" not in texts and "Zoom in" in texts and "Label: park" in texts


def test_label_hotkeys_never_take_the_panes_own_keys() -> None:
    def keys_for(count: int) -> dict[str, str]:
        labels = [{"name": "bus", "hotkey": "b"}, {"name": "fox", "hotkey": "f"}] + [
            {"name": f"l{i}"} for i in range(count)]
        task = parse_task({"id": "k", "kind": "bounding_boxes",
                           "data": {"image": "ab" * 32, "width": 10, "height": 10},
                           "config": {"labels": labels}})
        return label_hotkeys(task.config, SHAPE_KEYS)

    keys = keys_for(20)  # "p" and "h" are in the default pool too
    assert len(keys) == 22, "every label keeps a key"
    assert not set(keys.values()) & SHAPE_KEYS
    assert len(set(keys.values())) == len(keys), "no two labels share a key"
    assert keys["l0"] == "1" and keys["l9"] == "q"
    many = keys_for(40)  # more labels than free single keys: some labels go without
    assert len(many) == 35 - len(SHAPE_KEYS & set("123456789abcdefghijklmnopqrstuvwxyz"))
    assert not set(many.values()) & SHAPE_KEYS


def test_a_letter_hotkey_and_the_keypad_choose_labels(qtbot, app: QApplication,
                                                      store: AssetStore, tmp_path: Path) -> None:
    pane = make_pane(qtbot)
    labels = [{"name": "vase", "hotkey": "v"}, {"name": "pot"}]
    task = make_task(store, scene_image(tmp_path / "s.png"), "image_classification",
                     labels=labels)
    open_task(qtbot, pane, task, store, {"kind": "image_classification", "labels": []})
    key(qtbot, pane, Qt.Key.Key_V)  # V selects a tool in shape tasks, not here
    assert pane.body()["labels"] == ["vase"]
    key(qtbot, pane, Qt.Key.Key_1, Qt.KeyboardModifier.KeypadModifier)
    assert pane.body()["labels"] == ["pot"]
