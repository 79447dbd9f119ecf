"""Ctrl+P asks the campaign's ML backend (a real FastAPI server with a scikit-learn
model, tests/assist/ml_backend.py) for the open task: off the UI thread, shown as a
prediction, accepted and signed with its hash; failures change nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.predictions import prediction_hash
from datafi_desktop.core.wallet import Wallet
from datafi_desktop.ui.main_window import MainWindow
from datafi_desktop.ui.panes.text_pane import TextPane
from tests.assist.ml_backend import MODEL_VERSION, BackendServer, train_sentiment

from .conftest import PASSWORD
from .editor_support import CTRL, DEMO, click_row, editor_of, key, verified_outbox_row


@pytest.fixture(scope="module")
def model():  # type: ignore[no-untyped-def]
    return train_sentiment()


@pytest.fixture
def backend(model, demo_cache: Cache) -> Iterator[BackendServer]:  # type: ignore[no-untyped-def]
    server = BackendServer(model).start()
    campaign = demo_cache.tasks.get_campaign(DEMO)
    demo_cache.tasks.upsert_campaign(campaign.model_copy(update={"ml_backends": (server.url,)}))
    yield server
    server.stop()


def labels(window: MainWindow) -> list[str]:
    return list(editor_of(window).body().get("labels") or [])


def test_ctrl_p_shows_a_prediction_that_is_accepted_and_signed(
        qtbot, window: MainWindow, demo_cache: Cache, wallet: Wallet, account,
        backend: BackendServer, model) -> None:
    address = account()
    wallet.unlock(address, PASSWORD)
    editor = editor_of(window)
    uid = click_row(qtbot, window, "text-cls-002")  # no prediction of its own
    assert labels(window) == [] and not editor.banner.isVisible()
    text = demo_cache.tasks.get_task(uid).task.text
    expected = str(model.predict([text])[0])
    editor.focus_pane()
    with qtbot.waitSignal(editor.assistant.predicted, timeout=20_000):
        key(qtbot, window, Qt.Key.Key_P, CTRL)
    sent = backend.requests[-1]["body"]
    assert sent["tasks"] == [{"id": "text-cls-002", "data": {"text": text}}]  # data only
    assert labels(window) == [expected]
    pane = editor.pane
    assert isinstance(pane, TextPane)
    chip = pane.label_bar.chips[expected]
    assert chip.predicted and MODEL_VERSION in chip.toolTip()  # marked as the model's
    assert editor.banner.isVisible() and MODEL_VERSION in editor.banner.text.text()
    row = demo_cache.tasks.get_task(uid)
    assert row.task.predictions[0].model == MODEL_VERSION  # the task's, not a submission
    assert demo_cache.submissions.all(task_uid=uid) == []
    # undo takes it away, redo brings it back
    editor.undo_stack.undo()
    assert labels(window) == []
    editor.undo_stack.redo()
    assert labels(window) == [expected]
    editor.focus_pane()
    key(qtbot, window, Qt.Key.Key_Return, CTRL)  # accept it as it is
    qtbot.waitUntil(lambda: bool(demo_cache.submissions.all(task_uid=uid)), timeout=10_000)
    signed = verified_outbox_row(demo_cache, uid, address).annotation
    assert signed["labels"] == [expected]
    assert signed["from_prediction"] == {"model": MODEL_VERSION, "items": ["labels[0]"],
                                         "hash": prediction_hash(row.task.predictions[0])}


@pytest.mark.parametrize(("mode", "words"), [
    ("error", "HTTP 500"),
    ("unknown_label", "not in the task's label set"),
    ("malformed", "'result' list"),
    ("slow", "did not answer in time"),
])
def test_a_bad_backend_says_why_and_changes_nothing(
        qtbot, window: MainWindow, demo_cache: Cache, backend: BackendServer,
        mode: str, words: str) -> None:
    editor = editor_of(window)
    uid = click_row(qtbot, window, "text-cls-005")
    before = demo_cache.tasks.get_task(uid).task
    backend.mode = mode
    editor.assistant.timeout = 0.5
    editor.focus_pane()
    with qtbot.waitSignal(editor.assistant.failed, timeout=20_000) as failed:
        key(qtbot, window, Qt.Key.Key_P, CTRL)
        if mode == "slow":  # labeling goes on while the backend is slow
            key(qtbot, window, Qt.Key.Key_1)
            assert labels(window) == ["negative"]
    assert words in failed.args[0], failed.args[0]
    assert backend.url in failed.args[0]
    assert labels(window) == (["negative"] if mode == "slow" else [])
    assert demo_cache.tasks.get_task(uid).task == before  # no prediction stored
    assert not editor.banner.isVisible()


def test_a_box_outside_the_image_is_refused(qtbot, window: MainWindow, demo_cache: Cache,
                                            backend: BackendServer) -> None:
    editor = editor_of(window)
    uid = click_row(qtbot, window, "img-boxes-002")
    backend.mode = "outside"
    editor.focus_pane()
    with qtbot.waitSignal(editor.assistant.failed, timeout=20_000) as failed:
        key(qtbot, window, Qt.Key.Key_P, CTRL)
    assert "outside" in failed.args[0] or "beyond" in failed.args[0], failed.args[0]
    sent = backend.requests[-1]["body"]["tasks"][0]["data"]["image"]
    assert sent.startswith("data:image/")  # the image's bytes, not a path on this disk
    assert editor.body().get("boxes") == []
    assert demo_cache.tasks.get_task(uid).task.predictions == ()


def test_cancel_and_no_backend(qtbot, window: MainWindow, demo_cache: Cache,
                               backend: BackendServer) -> None:
    editor = editor_of(window)
    uid = click_row(qtbot, window, "text-cls-005")
    backend.mode = "slow"
    editor.focus_pane()
    key(qtbot, window, Qt.Key.Key_P, CTRL)
    assert editor.assistant.running
    key(qtbot, window, Qt.Key.Key_P, CTRL)  # again: cancel
    assert not editor.assistant.running
    qtbot.waitUntil(lambda: len(backend.requests) == 1, timeout=5000)
    qtbot.wait(1800)  # the backend answers after 1.5 s: the answer is dropped
    assert labels(window) == [] and demo_cache.tasks.get_task(uid).task.predictions == ()
    campaign = demo_cache.tasks.get_campaign(DEMO)
    demo_cache.tasks.upsert_campaign(campaign.model_copy(update={"ml_backends": ()}))
    with qtbot.waitSignal(editor.assistant.failed, timeout=5000) as failed:
        key(qtbot, window, Qt.Key.Key_P, CTRL)
    assert "names no ML backend" in failed.args[0]


def test_a_refresh_from_the_hub_keeps_the_prediction_shown(
        qtbot, window: MainWindow, demo_cache: Cache, wallet: Wallet, account,
        backend: BackendServer, model) -> None:
    """Ctrl+P, then a sync refreshes the task as the hub has it (without the app's
    prediction), then submit: the prediction shown and its hash are still signed."""
    address = account()
    wallet.unlock(address, PASSWORD)
    editor = editor_of(window)
    uid = click_row(qtbot, window, "text-cls-002")
    as_the_hub_has_it = demo_cache.tasks.get_task(uid).task
    expected = str(model.predict([as_the_hub_has_it.text])[0])
    editor.focus_pane()
    with qtbot.waitSignal(editor.assistant.predicted, timeout=20_000):
        key(qtbot, window, Qt.Key.Key_P, CTRL)
    shown = demo_cache.tasks.get_task(uid).task.predictions[0]
    demo_cache.tasks.add_tasks(DEMO, [as_the_hub_has_it])  # what a sync does
    window.session.notify_tasks()
    assert demo_cache.tasks.get_task(uid).task.predictions[0] == shown
    editor.focus_pane()
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: bool(demo_cache.submissions.all(task_uid=uid)), timeout=10_000)
    signed = verified_outbox_row(demo_cache, uid, address).annotation
    assert signed["labels"] == [expected]
    assert signed["from_prediction"] == {"model": MODEL_VERSION, "items": ["labels[0]"],
                                         "hash": prediction_hash(shown)}


def test_a_task_whose_content_changed_drops_the_prediction_and_says_so(
        qtbot, window: MainWindow, demo_cache: Cache, backend: BackendServer) -> None:
    editor = editor_of(window)
    uid = click_row(qtbot, window, "text-cls-002")
    before = demo_cache.tasks.get_task(uid).task
    editor.focus_pane()
    with qtbot.waitSignal(editor.assistant.predicted, timeout=20_000):
        key(qtbot, window, Qt.Key.Key_P, CTRL)
    changed = before.model_copy(update={"data": {"text": before.text + " (corrected)"}})
    messages: list[str] = []
    editor.status_message.connect(messages.append)
    demo_cache.tasks.add_tasks(DEMO, [changed])
    window.session.notify_tasks()
    assert demo_cache.tasks.get_task(uid).task.predictions == ()
    assert any("changed on the hub" in m for m in messages), messages
