"""Threat rows INPUT-*: hostile values in pushed annotations, asset names, ids, profile
names and uploads. Each is refused with a clear reason (never a 500) and nothing is stored
for it; honest work next to it still goes through."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from datafi_desktop.core.cache.assets import AssetStore
from datafi_desktop.core.errors import AssetError, TaskFormatError
from datafi_desktop.core.profile import default_profile_dir
from datafi_desktop.core.taskfile import parse_records
from datafi_desktop.hub.server.inprocess import RunningHub
from tests.hub.helpers import ApiUser, answer, hub_count, signed_item
from tests.hub.test_export import box_campaign

from .attack_support import user


def boxes(*shapes: tuple[str, Any, Any, Any, Any]) -> dict[str, Any]:
    return {"kind": "bounding_boxes",
            "boxes": [{"label": lab, "x": x, "y": y, "w": w, "h": h}
                      for lab, x, y, w, h in shapes]}


def polygon(label: str, *points: tuple[float, float]) -> dict[str, Any]:
    return {"kind": "polygons", "polygons": [{"label": label, "points": [list(p)
                                                                         for p in points]}]}


@pytest.fixture
def boxer(hub: RunningHub) -> tuple[ApiUser, list[str]]:
    box_campaign(hub)  # campaign "bb": two 64×48 images, labels car and person
    client = user(hub, "alice")
    return client, client.lease("bb", count=2)


def live(hub: RunningHub) -> int:
    """Submissions that count (refused ones may be kept as refused, never as live work)."""
    total = hub_count(hub.hub.settings.url)
    return total - hub_count(hub.hub.settings.url, status="rejected")


def push_raw(client: ApiUser, item: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/v1/submissions", json={"items": [item]})
    assert response.status_code in (200, 422), response.text
    if response.status_code == 422:
        return {"result": "rejected", "reason": response.json()["detail"]}
    (result,) = response.json()["results"]
    return result


def rejected(client: ApiUser, campaign: str, task: str, annotation: dict[str, Any],
             word: str = "") -> None:
    try:
        item = signed_item(client.signer, campaign, task, annotation)
    except Exception as exc:  # the app itself cannot even hash it: refused at the source
        assert word.lower() in str(exc).lower() or not word, exc
        return
    result = push_raw(client, item)
    assert result["result"] == "rejected", result
    assert word.lower() in str(result["reason"]).lower(), result


def test_input_huge_integers(hub: RunningHub, boxer: tuple[ApiUser, list[str]]) -> None:
    client, (task, _) = boxer
    for value in (2**53 + 1, 10**30, -(10**30)):
        rejected(client, "bb", task, boxes(("car", value, 1, 5, 5)))
    assert live(hub) == 0
    assert push_raw(client, signed_item(client.signer, "bb", task,
                                        boxes(("car", 1, 1, 5, 5))))["result"] == "accepted"


def test_input_ten_thousand_shapes(hub: RunningHub, boxer: tuple[ApiUser, list[str]]) -> None:
    client, (task, _) = boxer
    many = boxes(*(("car", i % 50, i % 40, 1, 1) for i in range(10_000)))
    rejected(client, "bb", task, many)
    assert live(hub) == 0


@pytest.mark.parametrize("points", [
    ((1, 1), (1, 1), (1, 1)),            # one point three times
    ((1, 1), (5, 5), (10, 10)),          # collinear: no area
    ((1, 1), (5, 5)),                    # two points
    ((1, 1), (9, 9), (1, 9), (9, 1), (1, 1), (9, 9)),  # a zero-area bow tie
])
def test_input_degenerate_polygons(hub: RunningHub, points: tuple[tuple[int, int], ...]) -> None:
    from datafi_desktop.core.models import parse_annotation

    with pytest.raises(Exception, match=r"(?i)polygon|points|area|at least"):
        parse_annotation(polygon("car", *points))


def test_input_coordinates_outside_the_image(hub: RunningHub,
                                             boxer: tuple[ApiUser, list[str]]) -> None:
    client, (task, _) = boxer
    for shape in (("car", -1, 0, 5, 5), ("car", 60, 0, 10, 5), ("car", 0, 47, 5, 5),
                  ("car", 0, 0, 65, 1)):
        rejected(client, "bb", task, boxes(shape), "outside")
    assert live(hub) == 0


@pytest.mark.parametrize("label", ["bicycle", "car\u200b", "c\u202ear", "Car", " car", "CAR"])
def test_input_labels_outside_the_label_set(hub: RunningHub, boxer: tuple[ApiUser, list[str]],
                                            label: str) -> None:
    client, (task, _) = boxer
    rejected(client, "bb", task, boxes((label, 1, 1, 5, 5)), "label")


def test_input_text_labels_outside_the_set(hub: RunningHub) -> None:
    client = user(hub, "alice")
    (task,) = client.lease(count=1)
    for labels in (["positive\u200d"], ["\u2066positive\u2069"], ["positive", "positive"]):
        rejected(client, "c1", task, {"kind": "text_classification", "labels": labels})
    assert live(hub) == 0


def test_input_invisible_characters_in_campaign_labels() -> None:
    for labels in (["ok", "ok\u200b"], ["\u202eko"], ["ok\ufeff"], ["e\u0301"]):
        with pytest.raises(TaskFormatError):
            parse_records([("t", {"id": "t1", "kind": "text_classification",
                                  "data": {"text": "x"}, "config": {"labels": labels}})])


def test_input_bidi_text_is_data_kept_exactly(hub: RunningHub) -> None:
    """Texts to label may hold any character (they are data): a task with bidi controls and
    zero-width characters is stored and served byte for byte, never normalised."""
    from datafi_desktop.core.models import parse_campaign
    from datafi_desktop.hub.campaigns.importer import LoadedCampaign, import_campaign
    from tests.hub.helpers import campaign_data

    text = "abc\u202edef\u200b\u2066ghi\u2069 \U0001F600"
    records = parse_records([("t", {"id": "bidi-1", "kind": "text_classification",
                                    "data": {"text": text}, "config": {"labels": ["a", "b"]}})])
    import_campaign(hub.hub, LoadedCampaign(parse_campaign(campaign_data("bidi")), records, {},
                                            "test"))
    client = user(hub, "alice")
    leased = client.post("/v1/campaigns/bidi/leases", json={"count": 1}).json()["leases"]
    assert leased[0]["task"]["data"]["text"] == text


@pytest.mark.parametrize("name", ["../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "a" * 63,
                                  "/etc/passwd", "%00", "0" * 64 + "/../x"])
def test_input_path_traversal_asset_ids_on_the_hub(hub: RunningHub, name: str) -> None:
    client = user(hub, "alice")
    got = client.http.get(f"/v1/assets/{name}")
    assert got.status_code in (404, 422), got.text
    put = client.put(f"/v1/campaigns/c1/assets/{name}", content=b"x",
                     headers={"Content-Type": "application/octet-stream"})
    assert put.status_code in (404, 405, 422), put.text


@pytest.mark.parametrize("name", ["../../etc/passwd", "..", "a" * 64 + "/..", "A" * 64,
                                  "0" * 63 + "/", ""])
def test_input_path_traversal_asset_ids_in_the_cache(tmp_path: Path, name: str) -> None:
    """A hostile hub naming an image "../../x" cannot make the app read or write outside
    its asset folder."""
    store = AssetStore(tmp_path / "assets")
    with pytest.raises(AssetError):
        store.path(name)
    with pytest.raises(AssetError):
        store.put_bytes(b"data", expected=name)
    assert not any(p for p in tmp_path.iterdir() if p.name != "assets")


@pytest.mark.parametrize("task_id", ["a/../../b", "../x", "a//b", "a/./b", "/abs", "a/..",
                                     "x\\..\\y", "a\x00b"])
def test_input_path_traversal_task_ids(task_id: str) -> None:
    """Task ids become file names in exports: ids with path tricks are refused at parse."""
    with pytest.raises(TaskFormatError):
        parse_records([("t", {"id": task_id, "kind": "text_classification",
                              "data": {"text": "x"}, "config": {"labels": ["a"]}})])


def test_input_path_traversal_export_names() -> None:
    """Export file names come from task and campaign ids: even ids full of dots, slashes and
    colons become one plain file name inside the export's image folder."""
    from types import SimpleNamespace

    from datafi_desktop.core.formats.plan import image_paths_for

    records = parse_records([(task_id, {
        "id": task_id, "kind": "image_classification",
        "data": {"image": "ab" * 32, "width": 4, "height": 4, "filename": "../../evil.png"},
        "config": {"labels": ["a"]}}) for task_id in ("a/b/c", "a..b", "x:y/z..", "a.-/b.")])
    fakes = [SimpleNamespace(task=r.task, campaign_id=cid)
             for r in records for cid in ("c1", "c/2..")]
    paths = image_paths_for(fakes, lambda r: ".png", "images")  # type: ignore[arg-type]
    assert len(paths) == len(fakes)
    for path in paths.values():
        parts = Path(path).parts
        assert parts[0] == "images" and len(parts) == 2, path
        assert not parts[1].startswith("."), path


@pytest.mark.parametrize("name", ["../../x", "a/b", "..", ".", "", "x" * 65, "a\x00"])
def test_input_path_traversal_profile_names(name: str) -> None:
    with pytest.raises(ValueError, match="profile name"):
        default_profile_dir(name)

def test_input_profile_name_plain_is_fine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATAFI_PROFILE", raising=False)
    assert default_profile_dir("work-2").name == "work-2"


def test_input_decompression_bomb_upload(hub: RunningHub) -> None:
    client = user(hub, "alice")
    bomb = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(bomb, "PNG")
    data = bomb.getvalue()
    response = client.put(f"/v1/campaigns/c1/assets/{hashlib.sha256(data).hexdigest()}",
                          content=data, headers={"Content-Type": "application/octet-stream"})
    assert response.status_code == 422, response.text
    assert "bomb" in response.json()["detail"] or "large" in response.json()["detail"]


def test_input_non_image_with_image_extension(hub: RunningHub, tmp_path: Path) -> None:
    """An HTML page or a script uploaded as a .png is sniffed, not trusted by its name."""
    client = user(hub, "alice")
    for data in (b"<html><script>alert(document.cookie)</script></html>",
                 b"\x89PNG\r\n\x1a\n" + b"not really a png" * 10,
                 b"MZ\x90\x00" + b"\x00" * 200):
        sha = hashlib.sha256(data).hexdigest()
        response = client.put(f"/v1/campaigns/c1/assets/{sha}", content=data,
                              headers={"Content-Type": "image/png"})
        if response.status_code == 200:  # accepted only as what it really is
            assert response.json()["mime"] in ("text/plain",), response.text
        else:
            assert response.status_code in (415, 422), response.text
    from datafi_desktop.core.images import load_image

    fake = tmp_path / "photo.png"
    fake.write_bytes(b"<html>not an image</html>")
    with pytest.raises(Exception, match=r"(?i)image|decode|identify"):
        load_image(fake)


def test_input_honest_work_survives_a_bad_batch(hub: RunningHub) -> None:
    """One hostile item in a batch does not spoil the others."""
    client = user(hub, "alice")
    t1, t2 = client.lease(count=2)
    good = signed_item(client.signer, "c1", t1, answer(0))
    bad = signed_item(client.signer, "c1", t2, answer(1))
    bad["annotation"] = {"kind": "text_classification", "labels": ["evil\u202e"]}
    results = client.push(good, bad)
    assert [r["result"] for r in results] == ["accepted", "rejected"]
    assert live(hub) == 1
