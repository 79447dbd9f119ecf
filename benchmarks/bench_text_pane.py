"""The text pane with a long text: open a 100,000-character text with 500 spans,
add a span, undo, redo, Tab to the next span (milliseconds, each including a
synchronous repaint of the text view).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_text_pane.py [--rounds 7]

Two texts: one in paragraphs of about 600 characters, and the same text as a
single paragraph (the worst case for Qt's layout). Both hold emoji, so every
offset goes through the code-point/UTF-16 map.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QUndoStack

from benchmarks._common import machine
from datafi_desktop.core.cache import AssetStore
from datafi_desktop.core.models import Task, parse_task
from datafi_desktop.ui.app import create_application
from datafi_desktop.ui.panes.base import PaneTask
from datafi_desktop.ui.panes.text_pane import TextPane

CHARS = 100_000
SPANS = 500
SENTENCE = ("Ada Lovelace 👩‍💻 met Charles Babbage in London, and they wrote notes about "
            "the Analytical Engine for the Royal Society. ")


def make_text(paragraphs: bool) -> str:
    sentences: list[str] = []
    length = 0
    while length < CHARS:
        piece = SENTENCE + ("\n" if paragraphs and len(sentences) % 5 == 4 else "")
        sentences.append(piece)
        length += len(piece)
    return "".join(sentences)[:CHARS]


def make_spans(text: str) -> list[dict[str, object]]:
    starts = [i for i in range(len(text)) if text.startswith("Charles Babbage", i)]
    step = max(1, len(starts) // SPANS)
    chosen = starts[::step][:SPANS]
    return [{"start": s, "end": s + len("Charles Babbage"), "label": "PER"} for s in chosen]


def task_for(text: str) -> Task:
    return parse_task({"id": "bench", "kind": "text_spans", "data": {"text": text},
                       "config": {"labels": [{"name": "PER", "hotkey": "p"},
                                             {"name": "LOC", "hotkey": "l"}]}})


def timed(fn: Callable[[], object], rounds: int, before: Callable[[], object] = lambda: None
          ) -> float:
    samples = []
    for _ in range(rounds):
        before()
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def bench(paragraphs: bool, rounds: int, assets: AssetStore) -> dict[str, float]:
    app = create_application()
    text = make_text(paragraphs)
    task = task_for(text)
    body = {"kind": "text_spans", "spans": make_spans(text)}
    stack = QUndoStack()
    pane = TextPane(stack)
    pane.resize(1000, 640)
    pane.show()
    app.processEvents()
    viewport = pane.view.viewport()

    def open_task() -> None:
        stack.clear()
        pane.open(PaneTask(task, body, "draft", None, assets))
        viewport.repaint()

    results = {"open (setText + 500 spans + paint)": timed(open_task, rounds)}
    london = text.rindex("London")
    offsets = pane.spans.offsets

    def select_london() -> None:
        while stack.canUndo():
            stack.undo()
        pane.view.select(offsets.to_utf16(london), offsets.to_utf16(london + 6))
        pane.view.ensureCursorVisible()
        viewport.repaint()

    def add_span() -> None:
        pane.press_label("LOC")
        viewport.repaint()

    results["add a span (label key)"] = timed(add_span, rounds, select_london)
    assert len(pane.body()["spans"]) == len(body["spans"]) + 1

    def undo() -> None:
        stack.undo()
        viewport.repaint()

    def redo() -> None:
        stack.redo()
        viewport.repaint()

    def added() -> None:
        select_london()
        add_span()

    def added_and_undone() -> None:
        added()
        stack.undo()

    results["undo"] = timed(undo, rounds, added)
    results["redo"] = timed(redo, rounds, added_and_undone)

    def tab() -> None:
        pane.spans.cycle(True)
        viewport.repaint()

    results["Tab to the next span"] = timed(tab, rounds)
    results["repaint only"] = timed(viewport.repaint, rounds)
    pane.close()
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    print(f"text pane, {CHARS:,} characters, {SPANS} spans, median of {args.rounds}")
    platform = create_application().platformName()
    print(f"machine: {machine()}; Qt platform: {platform}")
    with tempfile.TemporaryDirectory() as tmp:
        assets = AssetStore(Path(tmp))
        for paragraphs in (True, False):
            print("in paragraphs" if paragraphs else "one paragraph")
            for name, ms in bench(paragraphs, args.rounds, assets).items():
                print(f"  {name:<38} {ms:8.1f} ms")


if __name__ == "__main__":
    main()
