"""Threat rows IMPORT-*: a malicious import file (Label Studio, COCO, labelme, YOLO, VOC,
images folder, JSON Lines) tries to read files outside its folder, crash the importer or
exhaust memory. Every refusal is a TaskFormatError naming the file; nothing is imported."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from datafi_desktop.core.errors import TaskFormatError
from datafi_desktop.core.formats.importers import read_import
from datafi_desktop.core.formats.importing import ImportOptions
from datafi_desktop.core.models import TaskKind


def png(path: Path, size: tuple[int, int] = (20, 10), color: tuple[int, int, int] = (1, 2, 3)
        ) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, color).save(path, "PNG")
    return path


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A private photo outside the import folder (what an attacker wants pulled in)."""
    return png(tmp_path / "private" / "holiday.png", color=(9, 9, 9))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "import"
    png(root / "images" / "ok.png")
    return root


def refused(fmt: str, path: Path, options: ImportOptions | None = None, *,
            word: str = "") -> str:
    with pytest.raises(TaskFormatError) as info:
        read_import(fmt, path, options)
    message = str(info.value)
    assert word.lower() in message.lower(), message
    return message


def link(target: Path, at: Path) -> Path:
    at.parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, at)
    return at


def coco(folder: Path, file_name: str) -> Path:
    data = {"images": [{"id": 1, "file_name": file_name, "width": 20, "height": 10}],
            "annotations": [], "categories": [{"id": 1, "name": "cat"}]}
    path = folder / "annotations.json"
    path.write_text(json.dumps(data))
    return path


def escapes(folder: Path, secret: Path) -> list[str]:
    """Names that reach the secret: absolute, `..`, and a symlink inside the folder."""
    link(secret, folder / "images" / "innocent.png")
    rel = os.path.relpath(secret, folder / "images")
    return [str(secret), rel, "innocent.png"]


def test_import_coco_path_escape(folder: Path, secret: Path) -> None:
    for name in escapes(folder, secret):
        refused("coco", coco(folder, name), word="outside")


def test_import_labelme_path_escape(folder: Path, secret: Path) -> None:
    for name in escapes(folder, secret):
        doc = {"shapes": [], "imagePath": name if name != "innocent.png" else
               "images/innocent.png", "imageWidth": 20, "imageHeight": 10}
        (folder / "a.json").write_text(json.dumps(doc))
        refused("labelme", folder / "a.json", word="outside")


def test_import_label_studio_path_escape(folder: Path, secret: Path) -> None:
    link(secret, folder / "images" / "innocent.png")
    rel = os.path.relpath(secret, folder)
    for ref in (str(secret), f"file://{secret}", rel, f"/data/local-files/?d={rel}",
                "images/innocent.png"):
        path = folder / "tasks.json"
        path.write_text(json.dumps([{"data": {"image": ref}}]))
        options = ImportOptions(kind=TaskKind.IMAGE_CLASSIFICATION, labels=("cat", "dog"))
        refused("label-studio", path, options, word="outside")


def test_import_label_studio_inside_folder_still_works(folder: Path) -> None:
    path = folder / "tasks.json"
    local = "/data/local-files/?d=images/ok.png"
    path.write_text(json.dumps([{"id": 1, "data": {"image": "images/ok.png"}},
                                {"id": 2, "data": {"image": local}}]))
    options = ImportOptions(kind=TaskKind.IMAGE_CLASSIFICATION, labels=("cat", "dog"))
    result = read_import("label-studio", path, options)
    assert len(result.records) == 2


def test_import_yolo_symlink_escape(folder: Path, secret: Path) -> None:
    (folder / "classes.txt").write_text("cat\n")
    link(secret, folder / "images" / "innocent.png")
    refused("yolo", folder, word="outside")


def test_import_images_folder_symlink_escape(folder: Path, secret: Path) -> None:
    link(secret, folder / "images" / "innocent.png")
    refused("images", folder, ImportOptions(labels=("cat",)), word="outside")
    # a symlinked directory is either not walked or refused: never imported
    link(secret.parent, folder / "linked-dir")
    (folder / "images" / "innocent.png").unlink()
    try:
        result = read_import("images", folder, ImportOptions(labels=("cat",)))
    except TaskFormatError as exc:
        assert "outside" in str(exc)
    else:
        assert all(p.resolve().is_relative_to(folder.resolve())
                   for p in result.images.values())
        assert len(result.records) == 1


def voc(folder: Path, xml: str) -> Path:
    png(folder / "JPEGImages" / "ok.png")
    (folder / "Annotations").mkdir(parents=True, exist_ok=True)
    (folder / "Annotations" / "a.xml").write_text(xml)
    return folder


VOC_BODY = ("<annotation><filename>{name}</filename><object><name>cat</name><bndbox>"
            "<xmin>1</xmin><ymin>1</ymin><xmax>5</xmax><ymax>5</ymax></bndbox></object>"
            "</annotation>")


def test_import_voc_path_escape(folder: Path, secret: Path) -> None:
    rel = os.path.relpath(secret, folder / "JPEGImages")
    for name in (str(secret), rel):
        refused("voc", voc(folder, VOC_BODY.format(name=name)), word="outside")
    assert read_import("voc", voc(folder, VOC_BODY.format(name="ok.png"))).records


def test_import_voc_billion_laughs(folder: Path) -> None:
    lol = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                     for i in range(1, 10))
           + ']><annotation><filename>&lol9;</filename></annotation>')
    refused("voc", voc(folder, lol), word="DTD")


def test_import_voc_external_entity(folder: Path) -> None:
    xxe = ('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           "<annotation><filename>&x;</filename></annotation>")
    refused("voc", voc(folder, xxe), word="DTD")
    lower = '<?xml version="1.0"?><!doctype a><annotation/>'
    with pytest.raises(TaskFormatError):
        read_import("voc", voc(folder, lower))


def test_import_voc_utf16_doctype_is_not_parsed(folder: Path) -> None:
    """A DTD hidden in UTF-16 (where a byte search for "<!DOCTYPE" fails) is refused too."""
    text = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY x "boom">]>'
            "<annotation><filename>&x;</filename></annotation>")
    folder_ = voc(folder, "")
    (folder_ / "Annotations" / "a.xml").write_bytes(text.encode("utf-16"))
    with pytest.raises(TaskFormatError):
        read_import("voc", folder_)


def test_import_decompression_bomb(folder: Path) -> None:
    bomb = folder / "images" / "bomb.png"  # 256 megapixels: over every limit the app sets
    Image.new("1", (16_000, 16_000)).save(bomb, "PNG")
    assert bomb.stat().st_size < 1_000_000
    refused("images", folder, ImportOptions(labels=("cat",)), word="decode")


def test_import_non_image_with_image_extension(folder: Path) -> None:
    (folder / "images" / "fake.png").write_bytes(b"#!/bin/sh\nrm -rf ~\n" * 10)
    refused("images", folder, ImportOptions(labels=("cat",)), word="decode")
    (folder / "images" / "fake.png").write_bytes(b"<html><script>alert(1)</script></html>")
    refused("coco", coco(folder, "fake.png"), word="decode")


def test_import_deeply_nested_json(folder: Path) -> None:
    """100,000 nested arrays: a clear refusal, not a RecursionError or a crash."""
    path = folder / "tasks.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    for fmt in ("label-studio", "coco"):
        refused(fmt, path)
    jsonl = folder / "tasks.jsonl"
    jsonl.write_text("[" * 100_000 + "]" * 100_000 + "\n")
    refused("jsonl", jsonl, ImportOptions(labels=("a",)))


def test_import_huge_integers_and_nan(folder: Path) -> None:
    path = folder / "annotations.json"
    data: dict[str, Any] = {
        "images": [{"id": 1, "file_name": "ok.png", "width": 20, "height": 10}],
        "annotations": [{"id": 1, "image_id": 1, "category_id": 1,
                         "bbox": [10**400, 0, 1, 1]}],
        "categories": [{"id": 1, "name": "cat"}]}
    path.write_text(json.dumps(data))
    refused("coco", path)
    data["annotations"][0]["bbox"] = [float("nan"), 0, 1, 1]
    path.write_text(json.dumps(data))
    refused("coco", path)


def test_import_labels_with_invisible_characters(folder: Path) -> None:
    """Two labels that look identical ("cat" and "cat" + zero-width space) or a label with a
    bidi override would let a campaign author mislead annotators: refused."""
    for labels in (("cat", "cat\u200b"), ("c\u202eat",), ("dog\u2066",)):
        refused("images", folder, ImportOptions(labels=labels), word="label")


def test_import_nothing_written_on_refusal(folder: Path, secret: Path) -> None:
    """A refused import leaves the folder as it was (no partial files)."""
    before = sorted(p.relative_to(folder) for p in folder.rglob("*"))
    refused("coco", coco(folder, str(secret)), word="outside")
    after = sorted(p.relative_to(folder) for p in folder.rglob("*"))
    assert after == [*before, Path("annotations.json")] or after == sorted(
        [*before, Path("annotations.json")])
    assert io.BytesIO(secret.read_bytes()).getbuffer().nbytes > 0
