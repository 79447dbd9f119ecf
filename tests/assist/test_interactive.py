"""Interactive assistance against the real test backend: a click (or a rough box) sent
as Label Studio's interactive context comes back as a polygon or a tight box computed
from the image's pixels; bad prompts and bad answers are refused with a clear message."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from datafi_desktop.core.assist.backend import BackendError
from datafi_desktop.core.assist.interactive import Prompt, ask_interactive
from datafi_desktop.core.models import parse_task
from datafi_desktop.core.models.tasks import Task
from datafi_desktop.core.shapes import polygon_area

from .ml_backend import BackendServer

W, H = 200, 150
ELLIPSE = (30, 30, 90, 100)  # the apple: x0, y0, x1, y1
SQUARE = (120, 40, 180, 110)  # the pear


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    image = Image.new("RGB", (W, H), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse(ELLIPSE, fill=(200, 30, 30))
    draw.rectangle(SQUARE, fill=(30, 60, 200))
    path = tmp_path / "fruit.png"
    image.save(path)
    return path


def _task(picture: Path, kind: str) -> Task:
    sha = hashlib.sha256(picture.read_bytes()).hexdigest()
    return parse_task({"id": "f1", "kind": kind,
                       "data": {"image": sha, "width": W, "height": H},
                       "config": {"labels": ["apple", "pear"]}})


def test_a_click_becomes_the_objects_polygon(ml_backend: BackendServer, picture: Path) -> None:
    task = _task(picture, "polygons")
    polygon = ask_interactive([ml_backend.url], task, Prompt("apple", ((60, 65, True),)),
                              project="p", image_path=picture)
    assert polygon is not None and polygon["label"] == "apple"
    xs = [x for x, _ in polygon["points"]]
    ys = [y for _, y in polygon["points"]]
    assert ELLIPSE[0] - 1 <= min(xs) and max(xs) <= ELLIPSE[2] + 2
    assert ELLIPSE[1] - 1 <= min(ys) and max(ys) <= ELLIPSE[3] + 2
    ellipse_area = 3.14159 * (ELLIPSE[2] - ELLIPSE[0]) / 2 * (ELLIPSE[3] - ELLIPSE[1]) / 2
    assert 0.9 * ellipse_area < polygon_area(polygon["points"]) < 1.2 * ellipse_area
    context = ml_backend.requests[-1]["body"]["params"]["context"]["result"]
    assert context[0]["type"] == "keypointlabels" and context[0]["is_positive"] is True
    assert context[0]["value"] == {"x": 30.0, "y": 65 / 1.5, "keypointlabels": ["apple"]}
    # a positive click on each object and a negative one on the pear: the apple alone
    again = ask_interactive([ml_backend.url], task, Prompt(
        "apple", ((60, 65, True), (150, 75, True), (151, 76, False))),
        project="p", image_path=picture)
    assert again is not None and max(x for x, _ in again["points"]) <= ELLIPSE[2] + 2


def test_a_rough_box_becomes_a_tight_box(ml_backend: BackendServer, picture: Path) -> None:
    task = _task(picture, "bounding_boxes")
    box = ask_interactive([ml_backend.url], task, Prompt("pear", box=(110, 30, 85, 95)),
                          project="p", image_path=picture)
    assert box is not None and box["label"] == "pear"
    assert (box["x"], box["y"], box["w"], box["h"]) == (120, 40, 61, 71)


def test_nothing_there_and_bad_prompts(ml_backend: BackendServer, picture: Path) -> None:
    task = _task(picture, "polygons")
    assert ask_interactive([ml_backend.url], task, Prompt("apple", ((5, 5, True),)),
                           project="p", image_path=picture) is None  # background
    bad = [(Prompt("apple", ((60, 65, False),)), "negative point alone"),
           (Prompt("plum", ((60, 65, True),)), "not in the task's label set"),
           (Prompt("apple", ((260, 65, True),)), "outside the image"),
           (Prompt("apple"), "click on the object"),
           (Prompt("apple", box=(300, 300, 10, 10)), "outside the image")]
    for prompt, words in bad:
        with pytest.raises(BackendError, match=words):
            ask_interactive([ml_backend.url], task, prompt, project="p", image_path=picture)


@pytest.mark.parametrize(("mode", "words"), [("error", "HTTP 500"),
                                             ("slow", "did not answer in time")])
def test_a_failing_backend_is_said(ml_backend: BackendServer, picture: Path, mode: str,
                                   words: str) -> None:
    ml_backend.mode = mode
    with pytest.raises(BackendError, match=words):
        ask_interactive([ml_backend.url], _task(picture, "polygons"),
                        Prompt("apple", ((60, 65, True),)), project="p", image_path=picture,
                        timeout=0.5)
