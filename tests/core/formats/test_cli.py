"""The export, import and verify commands through their own argparse wiring."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from PIL import Image

from datafi_desktop.commands import export as export_cmd
from datafi_desktop.commands import import_ as import_cmd
from datafi_desktop.commands import verify as verify_cmd
from datafi_desktop.core.cache import Cache
from datafi_desktop.core.profile import open_profile

from .builders import build_cache


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="datafi-desktop")
    parser.add_argument("--profile")
    sub = parser.add_subparsers(dest="command", required=True)
    for module in (export_cmd, import_cmd, verify_cmd):
        module.register(sub)
    args = parser.parse_args(list(argv))
    return int(args.func(args))


@pytest.fixture(scope="module")
def profile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("profile")
    build_cache(open_profile(root).db_path).close()
    return root


def test_export_then_verify(tmp_path: Path, profile_dir: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "coco"
    assert run("--profile", str(profile_dir), "export", "--format", "coco", "--out", str(out),
               "--campaign", "demo") == 0
    said = capsys.readouterr().out
    assert "Exported 22 of 83 submissions as coco" in said
    assert "skipped 12 comparison" in said
    assert run("verify", str(out)) == 0
    assert capsys.readouterr().out.strip().endswith("OK")
    assert run("verify", str(out), "--json") == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True

    data = json.loads((out / "annotations.json").read_text())
    data["annotations"][0]["bbox"][0] += 5
    (out / "annotations.json").write_text(json.dumps(data))
    assert run("verify", str(out)) == 1
    said = capsys.readouterr().out
    assert "FAIL annotations.json: file_changed" in said and "FAILED" in said

    assert run("--profile", str(profile_dir), "export", "--format", "yolo", "--out",
               str(out)) == 2
    assert "not an empty folder" in capsys.readouterr().err
    assert run("verify", str(out), "--rpc-url", "embedded", "--distributor",
               "0x" + "11" * 20) == 2


def test_export_all_formats_status_all(tmp_path: Path, profile_dir: Path) -> None:
    for fmt in ("label-studio", "yolo", "voc", "labelme", "jsonl", "conll"):
        out = tmp_path / fmt
        assert run("--profile", str(profile_dir), "export", "--format", fmt, "--out", str(out),
                   "--status", "all", "--link") == 0
        assert run("verify", str(out)) == 0


def test_nothing_to_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--profile", str(tmp_path / "empty"), "export", "--format", "jsonl", "--out",
               str(tmp_path / "out")) == 2
    assert "no accepted submissions" in capsys.readouterr().err


def make_photos(folder: Path) -> None:
    folder.mkdir()
    Image.new("RGB", (64, 48), "red").save(folder / "plain.png")
    rotated = Image.new("RGB", (80, 60), "blue")
    exif = rotated.getexif()
    exif[0x0112] = 6  # rotate 90° on display: shown as 60 × 80
    rotated.save(folder / "portrait.jpg", exif=exif)
    (folder / "sub").mkdir()
    Image.new("RGB", (10, 10), "green").save(folder / "sub" / "tiny.webp")


def test_import_images_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    photos = tmp_path / "photos"
    make_photos(photos)
    profile = tmp_path / "p"
    assert run("--profile", str(profile), "import", str(photos), "--format", "images",
               "--campaign", "field", "--kind", "bounding_boxes", "--labels", "car,bus") == 0
    assert "Imported 3 tasks" in capsys.readouterr().out
    with Cache.for_profile(open_profile(profile)) as cache:
        tasks = {cache.tasks.get_task(s.uid).task.id: cache.tasks.get_task(s.uid).task
                 for s in cache.tasks.task_summaries()}
        assert set(tasks) == {"plain", "portrait", "sub/tiny"}
        assert tasks["portrait"].image_size == (60, 80)
        assert tasks["plain"].config.label_names == ("car", "bus")
        assert all(cache.assets.has(t.image_hash or "") for t in tasks.values())


def test_bad_import_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    photos = tmp_path / "photos"
    make_photos(photos)
    (photos / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 truncated")
    profile = tmp_path / "p"
    assert run("--profile", str(profile), "import", str(photos), "--format", "images",
               "--campaign", "field", "--labels", "a") == 2
    err = capsys.readouterr().err
    assert "broken.jpg" in err and "does not decode" in err
    with Cache.for_profile(open_profile(profile)) as cache:
        assert cache.tasks.task_summaries() == [] and cache.tasks.campaigns() == []


def test_import_texts_and_label_studio(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    texts = tmp_path / "texts.jsonl"
    texts.write_text('{"text": "Great lamp", "id": "r1", "source": "shop"}\n"Meh."\n')
    ls = tmp_path / "ls.json"
    ls.write_text(json.dumps([{"id": 7, "data": {"text": "Hello Alice 👋 and Bob"},
                               "predictions": [{"model_version": "ner-v1", "result": [
                                   {"type": "labels", "from_name": "l", "to_name": "t",
                                    "value": {"start": 18, "end": 21, "labels": ["PER"]}}]}]}]))
    profile = tmp_path / "p"
    assert run("--profile", str(profile), "import", str(texts), "--format", "jsonl",
               "--campaign", "reviews", "--labels", "pos,neg") == 0
    assert run("--profile", str(profile), "import", str(ls), "--format", "label-studio",
               "--campaign", "ner", "--dry-run") == 0
    assert "OK: 1 tasks" in capsys.readouterr().out
    assert run("--profile", str(profile), "import", str(ls), "--format", "label-studio",
               "--campaign", "ner") == 0
    with Cache.for_profile(open_profile(profile)) as cache:
        r1 = cache.tasks.find_task("reviews", "r1")
        assert r1 is not None and r1.task.data["meta"] == {"source": "shop"}
        assert cache.tasks.find_task("reviews", "text-2") is not None
        ner = cache.tasks.find_task("ner", "7")
        assert ner is not None
        span = ner.task.predictions[0].annotation["spans"][0]
        assert ner.task.text[span["start"]:span["end"]] == "Bob"


def test_import_prints_what_changed_and_writes_the_manifest(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = Path(__file__).parent / "corpus"
    profile, manifest = tmp_path / "p", tmp_path / "import.json"
    assert run("--profile", str(profile), "import", str(corpus / "labelme"), "--format",
               "labelme", "--campaign", "lm", "--images", str(corpus / "voc2011" / "JPEGImages"),
               "--manifest", str(manifest)) == 0
    out, err = capsys.readouterr()
    assert out.strip().endswith(
        "into campaign 'lm'; changed: 1 point clamped onto the image edge (≤ 1 px), 1 circle "
        "shape skipped, 1 line shape skipped, 1 point shape skipped, 1 linestrip shape "
        "skipped, 1 mask shape skipped, 3 shapes joined to their group's object"), out
    assert "note: clamped_points: 2011_000006.json shapes[3]" in err
    written = json.loads(manifest.read_text())
    assert written["counts"] == {"tasks": 3, "images": 3, "pre_annotated": 3}
    assert {loss["code"]: loss["count"] for loss in written["lossy"]}["clamped_points"] == 1
    assert run("--profile", str(profile), "import", str(corpus / "labelme"), "--format",
               "labelme", "--campaign", "lm2", "--images", str(corpus / "voc2011" / "JPEGImages"),
               "--tolerance", "0", "--on-invalid", "fail") == 2
    assert "shapes[3].points[7]: point (165.54, 375.38)" in capsys.readouterr().err
    with Cache.for_profile(open_profile(profile)) as cache:
        assert [c.id for c in cache.tasks.campaigns()] == ["lm"]
