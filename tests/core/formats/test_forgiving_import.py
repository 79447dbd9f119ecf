"""Imports as forgiving as the source tools: tolerance, embedded images, paths.

The files are the real ones under ``corpus/`` (see ``corpus/SOURCES.md``) or
small edits of them; each test names the problem it guards against.
"""

from __future__ import annotations

import base64
import http.server
import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from datafi_desktop.core.errors import TaskFormatError
from datafi_desktop.core.formats.importers import read_import
from datafi_desktop.core.formats.importing import ImportOptions

CORPUS = Path(__file__).parent / "corpus"
JPEGS = CORPUS / "voc2011" / "JPEGImages"


def labelme_copy(tmp_path: Path, name: str, image: bool = True) -> Path:
    folder = tmp_path / "labelme"
    folder.mkdir(exist_ok=True)
    shutil.copy(CORPUS / "labelme" / name, folder / name)
    stem = Path(name).stem
    if image and (JPEGS / f"{stem}.jpg").is_file():
        shutil.copy(JPEGS / f"{stem}.jpg", folder / f"{stem}.jpg")
    return folder / name


# --- 1. tolerance ---------------------------------------------------------------------

def test_a_fraction_of_a_pixel_outside_is_clamped_and_counted(tmp_path: Path) -> None:
    """labelme's instance_segmentation example has (165.54, 375.38) in a 500×375 image;
    it used to refuse the whole dataset."""
    path = labelme_copy(tmp_path, "2011_000006.json")
    result = read_import("labelme", path)
    loss = result.losses.by_code["clamped_points"]
    assert loss.count == 1 and loss.items == ["2011_000006.json shapes[3]"]
    chair = result.tasks[0].predictions[0].annotation["polygons"][3]
    assert chair["label"] == "chair" and [165.54, 375.0] in chair["points"]
    assert "1 point clamped onto the image edge (≤ 1 px)" in result.summary()
    # a tolerance of 0 makes the same point invalid: skipped by default, named
    strict = read_import("labelme", path, ImportOptions(tolerance=0))
    assert strict.losses.by_code["shape_outside_image"].items[0].startswith(
        "2011_000006.json shapes[3].points[7]: point (165.54, 375.38) is 0.38 px outside "
        "the image (500×375, tolerance 0 px)")
    assert len(strict.tasks[0].predictions[0].annotation["polygons"]) == 6
    with pytest.raises(TaskFormatError, match=r"2011_000006\.json shapes\[3\]\.points\[\d+\]: "
                       r"point \(165\.54, 375\.38\) is 0\.38 px outside the image"):
        read_import("labelme", path, ImportOptions(tolerance=0, on_invalid="fail"))


def test_degenerate_shapes_follow_the_policy(tmp_path: Path) -> None:
    path = labelme_copy(tmp_path, "2011_000006.json")
    data = json.loads(path.read_text())
    data["shapes"][0]["points"] = [[10, 10], [20, 20], [10, 10]]
    path.write_text(json.dumps(data))
    result = read_import("labelme", path)
    assert result.losses.by_code["degenerate_shape"].items[0].startswith(
        "2011_000006.json shapes[0]")
    with pytest.raises(TaskFormatError, match=r"shapes\[0\].*three distinct points"):
        read_import("labelme", path, ImportOptions(on_invalid="fail"))


# --- 2. embedded images ---------------------------------------------------------------

def test_labelme_image_data_becomes_the_asset(tmp_path: Path) -> None:
    """apc2016_obj3.json carries its image in imageData (its imagePath names the JSON
    itself); it used to fail with "image 'apc2016_obj3.json' does not decode"."""
    path = labelme_copy(tmp_path, "apc2016_obj3.json")
    result = read_import("labelme", path)
    (task,) = result.tasks
    raw = base64.b64decode(json.loads(path.read_text())["imageData"])
    import hashlib

    assert task.data["image"] == hashlib.sha256(raw).hexdigest()
    assert result.images[task.data["image"]].read_bytes() == raw
    assert task.data["filename"] == "apc2016_obj3.jpg"
    assert len(task.predictions[0].annotation["polygons"]) == 5


def test_embedded_image_wins_over_a_different_file(tmp_path: Path) -> None:
    path = labelme_copy(tmp_path, "2011_000006.json")
    data = json.loads(path.read_text())
    other = tmp_path / "other.jpg"
    Image.open(JPEGS / "2011_000006.jpg").transpose(Image.Transpose.FLIP_LEFT_RIGHT).save(
        other, quality=80)
    data["imageData"] = base64.b64encode(other.read_bytes()).decode()
    path.write_text(json.dumps(data))
    result = read_import("labelme", path)
    import hashlib

    assert result.tasks[0].data["image"] == hashlib.sha256(other.read_bytes()).hexdigest()
    assert list(result.images) == [result.tasks[0].data["image"]]
    assert result.losses.by_code["embedded_image_preferred"].items == ["2011_000006.json"]
    # the same bytes in both places: nothing to report
    data["imageData"] = base64.b64encode((JPEGS / "2011_000006.jpg").read_bytes()).decode()
    path.write_text(json.dumps(data))
    assert "embedded_image_preferred" not in read_import("labelme", path).losses.by_code


def test_corrupt_image_data_names_the_file(tmp_path: Path) -> None:
    path = labelme_copy(tmp_path, "apc2016_obj3.json")
    data = json.loads(path.read_text())
    data["imageData"] = data["imageData"][:100] + "!!" + data["imageData"][102:]
    path.write_text(json.dumps(data))
    with pytest.raises(TaskFormatError, match=r"apc2016_obj3\.json: imageData: imageData is "
                       "not valid base64"):
        read_import("labelme", path)
    data["imageData"] = base64.b64encode(b"\x89PNG\r\n\x1a\n truncated").decode()
    path.write_text(json.dumps(data))
    with pytest.raises(TaskFormatError, match=r"apc2016_obj3\.json imageData.*does not decode"):
        read_import("labelme", path)


# --- 3. paths -------------------------------------------------------------------------

def test_coco_file_name_with_a_folder_is_not_joined_twice(tmp_path: Path) -> None:
    """file_name "JPEGImages/2011_000003.jpg" with --images …/JPEGImages used to look
    for …/JPEGImages/JPEGImages/2011_000003.jpg."""
    coco = CORPUS / "coco" / "annotations.json"
    for images in (JPEGS, JPEGS.parent):
        result = read_import("coco", coco, ImportOptions(images_dir=images))
        assert sorted(t.data["filename"] for t in result.tasks) == [
            "JPEGImages/2011_000003.jpg", "JPEGImages/2011_000006.jpg",
            "JPEGImages/2011_000025.jpg"]
    # beside the annotation file, as labelme2coco writes it
    folder = tmp_path / "data_dataset_coco"
    shutil.copytree(JPEGS, folder / "JPEGImages")
    shutil.copy(coco, folder / "annotations.json")
    assert len(read_import("coco", folder / "annotations.json").tasks) == 3


def test_coco_missing_images_are_all_listed(tmp_path: Path) -> None:
    folder = tmp_path / "images"
    folder.mkdir()
    shutil.copy(JPEGS / "2011_000006.jpg", folder)
    with pytest.raises(TaskFormatError) as info:
        read_import("coco", CORPUS / "coco" / "annotations.json",
                    ImportOptions(images_dir=folder))
    message = str(info.value)
    assert message.startswith("annotations.json: file_name: 2 image file(s) not found: "
                              "images[0] JPEGImages/2011_000003.jpg; images[1] "
                              "JPEGImages/2011_000025.jpg"), message
    assert str(folder) in message and "--images" in message


def test_coco_annotation_id_shared_across_images(tmp_path: Path) -> None:
    data = json.loads((CORPUS / "coco" / "annotations.json").read_text())
    first = data["annotations"][0]
    other = next(a for a in data["annotations"] if a["image_id"] != first["image_id"])
    other["id"] = first["id"]
    path = tmp_path / "annotations.json"
    path.write_text(json.dumps(data))
    index = data["annotations"].index(other)
    with pytest.raises(TaskFormatError, match=rf"annotations\.json annotations\[{index}\]: id: "
                       rf"annotation id {first['id']} is also annotations\[0\]'s, on image "
                       rf"{first['image_id']} and image {other['image_id']}: one object cannot "
                       "span two images"):
        read_import("coco", path, ImportOptions(images_dir=JPEGS))


def ls_task(image: str) -> dict[str, object]:
    return {"id": 1, "data": {"image": image}, "annotations": [{"result": [{
        "type": "rectanglelabels", "from_name": "label", "to_name": "image",
        "value": {"x": 10, "y": 10, "width": 20, "height": 20,
                  "rectanglelabels": ["Airplane"]}}]}]}


def test_label_studio_upload_path_mapped_through_images(tmp_path: Path) -> None:
    """Label Studio's own export names /data/upload/29/example.png; --images was ignored."""
    ls = CORPUS / "label_studio" / "upload.json"
    with pytest.raises(TaskFormatError, match=r"upload\.json: data\.image: 1 image\(s\) not "
                       r"found: upload\.json\[0\] /data/upload/29/example\.png.*--images DIR"):
        read_import("label-studio", ls)
    result = read_import("label-studio", ls,
                         ImportOptions(images_dir=CORPUS / "label_studio" / "images"))
    (task,) = result.tasks
    assert (task.data["width"], task.data["height"]) == (128, 128)
    assert task.predictions[0].annotation["polygons"][0]["label"] == "Airplane"


@pytest.mark.parametrize("reference", [
    "/data/upload/29/8ad1e5f3-example.png",
    "/data/local-files/?d=projects/a/example.png",
    "s3://bucket/projects/example.png",
    "gs://bucket/example.png",
    "https://example.com/images/example.png?X-Amz-Signature=abc",
])
def test_label_studio_references_found_by_name(tmp_path: Path, reference: str) -> None:
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([ls_task(reference)]))
    images = CORPUS / "label_studio" / "images"
    result = read_import("label-studio", path, ImportOptions(images_dir=images))
    assert result.images == {result.tasks[0].data["image"]: images / "example.png"}


def test_label_studio_lists_every_image_not_found(tmp_path: Path) -> None:
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([ls_task("s3://b/one.png"), ls_task("http://h/two.png")]))
    with pytest.raises(TaskFormatError) as info:
        read_import("label-studio", path, ImportOptions(images_dir=tmp_path))
    message = str(info.value)
    assert "2 image(s) not found: tasks.json[0] s3://b/one.png; tasks.json[1] " \
           "http://h/two.png" in message
    assert "remote images are downloaded only with --fetch" in message


@pytest.fixture
def image_server(tmp_path: Path) -> Iterator[str]:
    served = tmp_path / "served"
    served.mkdir()
    shutil.copy(CORPUS / "label_studio" / "images" / "example.png", served / "remote.png")

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(served), **kwargs)  # type: ignore[arg-type]

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_remote_images_only_with_fetch(tmp_path: Path, image_server: str) -> None:
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([ls_task(f"{image_server}/remote.png")]))
    with pytest.raises(TaskFormatError, match="only with --fetch"):
        read_import("label-studio", path)
    result = read_import("label-studio", path, ImportOptions(fetch=True))
    (task,) = result.tasks
    assert result.images[task.data["image"]].read_bytes() == (
        CORPUS / "label_studio" / "images" / "example.png").read_bytes()
    path.write_text(json.dumps([ls_task(f"{image_server}/absent.png")]))
    with pytest.raises(TaskFormatError, match=r"tasks\.json\[0\]: data\.image: cannot download"):
        read_import("label-studio", path, ImportOptions(fetch=True))


def test_rotated_label_studio_boxes_become_their_bounds(tmp_path: Path) -> None:
    task = ls_task("/data/upload/1/example.png")
    value = task["annotations"][0]["result"][0]["value"]  # type: ignore[index]
    value.update(x=50, y=10, width=20, height=10, rotation=90)
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([task]))
    result = read_import("label-studio", path,
                         ImportOptions(images_dir=CORPUS / "label_studio" / "images"))
    (box,) = result.tasks[0].predictions[0].annotation["boxes"]
    assert (box["x"], box["y"], box["w"], box["h"]) == (51.2, 12.8, 12.8, 25.6)
    assert result.losses.by_code["rotated_boxes_to_bounds"].items == [
        "tasks.json[0].predictions[0].result[0]"]


def test_coco_polygons_in_a_box_task_are_counted() -> None:
    from datafi_desktop.core.models import TaskKind

    result = read_import("coco", CORPUS / "coco" / "annotations.json",
                         ImportOptions(images_dir=JPEGS, kind=TaskKind.BOUNDING_BOXES))
    assert result.losses.by_code["polygon_to_box"].count == 12
    boxes = [b for t in result.tasks for b in t.predictions[0].annotation["boxes"]]
    assert boxes[0] == {"label": "person", "x": 191.0, "y": 107.0, "w": 123.0, "h": 221.0}


def test_labelme_polygons_forced_into_boxes_are_refused_by_name(tmp_path: Path) -> None:
    from datafi_desktop.core.models import TaskKind

    path = labelme_copy(tmp_path, "2011_000006.json")
    with pytest.raises(TaskFormatError, match=r"2011_000006\.json shapes\[0\]: shape_type: a "
                       "polygon cannot become a box"):
        read_import("labelme", path, ImportOptions(kind=TaskKind.BOUNDING_BOXES))


def test_a_labelme_group_id_used_in_two_images_stays_two_objects(tmp_path: Path) -> None:
    """labelme's group ids number the objects of one image: the sofa's four parts
    (group 0) in two files become one object in each image, never one across both."""
    first = labelme_copy(tmp_path, "2011_000006.json")
    data = json.loads(first.read_text())
    shutil.copy(JPEGS / "2011_000006.jpg", first.parent / "copy.jpg")
    data["imagePath"] = "copy.jpg"
    (first.parent / "copy.json").write_text(json.dumps(data))
    result = read_import("labelme", first.parent)
    assert len(result.tasks) == 2
    for task in result.tasks:
        sofas = [p for p in task.predictions[0].annotation["polygons"] if p["label"] == "sofa"]
        assert len(sofas) == 1, "the four parts of group 0 are one object in each image"
        assert len(sofas[0]["parts"]) == 3, "the outline and three more parts"
    assert result.losses.by_code["merged_group_shapes"].count == 6  # 3 joined per image
