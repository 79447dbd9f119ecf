"""Screen-size previews of large photos on disk (core.previews)."""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image

from datafi_desktop.core.images import load_image
from datafi_desktop.core.previews import PreviewCache, preview_side


def photo(path: Path, size: tuple[int, int] = (2400, 1600), mode: str = "RGB") -> Path:
    Image.new(mode, size, (30, 120, 200, 255)[: len(mode)]).save(path)
    return path


def pixel(decoded, x: int = 5, y: int = 5) -> tuple[int, ...]:
    return Image.frombytes(decoded.mode, decoded.size, decoded.data).getpixel((x, y))


def test_a_large_photo_is_decoded_once_then_read_from_its_preview(tmp_path: Path) -> None:
    source = photo(tmp_path / "big.png")
    cache = PreviewCache(tmp_path / "previews")
    first = cache.load(source, 1000)
    assert first.full_size == (2400, 1600) and first.size == (1000, 667)
    previews = list((tmp_path / "previews").iterdir())
    assert [p.suffix for p in previews] == [".jpg"]
    # paint the kept preview: the next open shows what is in it, not the source
    Image.new("RGB", (1024, 683), (250, 0, 0)).save(previews[0], "JPEG")
    again = cache.load(source, 900)  # a view a little smaller: the same preview, fitted
    assert again.full_size == (2400, 1600) and again.size == (900, 600)
    assert again.scale == 900 / 2400
    assert pixel(again)[0] > 240 and pixel(again)[2] < 20
    assert preview_side(900) == preview_side(1024) == 1024 and preview_side(1025) == 2048


def test_a_changed_source_gets_a_new_preview_and_a_bad_one_is_replaced(tmp_path: Path) -> None:
    source = photo(tmp_path / "big.png")
    cache = PreviewCache(tmp_path / "previews")
    cache.load(source, 1024)
    [kept] = list((tmp_path / "previews").iterdir())
    kept.write_bytes(b"not an image")
    decoded = cache.load(source, 1024)  # decoded from the source again
    assert pixel(decoded)[:3] == (30, 120, 200)
    assert Image.open(kept).size == (1024, 683)  # and the preview is whole again
    photo(source, mode="RGB", size=(2100, 1400))
    os.utime(source, ns=(1, 2))
    assert cache.load(source, 1024).full_size == (2100, 1400)


def test_small_photos_get_no_preview_and_alpha_keeps_png(tmp_path: Path) -> None:
    cache = PreviewCache(tmp_path / "previews")
    small = cache.load(photo(tmp_path / "small.png", (800, 600)), 2048)
    assert small.scale == 1.0 and not (tmp_path / "previews").exists()
    cache.load(photo(tmp_path / "alpha.png", (2400, 1600), "RGBA"), 2048)
    assert [p.suffix for p in (tmp_path / "previews").iterdir()] == [".png"]


def test_a_second_decode_of_the_same_photo_keeps_the_first_preview(tmp_path: Path) -> None:
    """Two decodes of one photo in flight (the first cancelled but still running when the
    second finished): the slower one must not replace the preview a reader already uses."""
    source = photo(tmp_path / "big.png")
    cache = PreviewCache(tmp_path / "previews")
    cache.load(source, 1024)
    [kept] = list((tmp_path / "previews").iterdir())
    Image.new("RGB", (1024, 683), (250, 0, 0)).save(kept, "JPEG")
    # the other decode finishes now and writes what it made from the source
    PreviewCache._write(cache.path_for(source, 1024), load_image(source, 1024))
    assert [p.name for p in (tmp_path / "previews").iterdir()] == [kept.name], "no temp left"
    assert pixel(cache.load(source, 1024))[0] > 240, "the first preview was replaced"


def test_a_jpeg_shows_at_the_view_size_first_and_its_preview_is_made_after(
        tmp_path: Path) -> None:
    """With ``defer`` (the app's way), a JPEG's first open decodes only what the view
    needs and hands the preview to the deferred job; the next open reads the preview."""
    source = tmp_path / "big.jpg"
    Image.new("RGB", (4800, 3200), (30, 120, 200)).save(source, "JPEG")
    cache = PreviewCache(tmp_path / "previews")
    jobs: list = []
    first = cache.load(source, 1000, jobs.append)
    assert first.size == (1000, 667) and first.full_size == (4800, 3200)
    assert not (tmp_path / "previews").exists(), "nothing written before the job runs"
    [job] = jobs
    job()
    [kept] = list((tmp_path / "previews").iterdir())
    assert kept.suffix == ".jpg" and Image.open(kept).size == (1024, 683)
    Image.new("RGB", (1024, 683), (250, 0, 0)).save(kept, "JPEG")
    again = cache.load(source, 1000, jobs.append)
    assert pixel(again)[0] > 240 and len(jobs) == 1, "read from the preview, no new job"
    job()  # run twice (a second open before the first job ran): the first preview stays
    assert pixel(cache.load(source, 1000))[0] > 240


def test_a_png_and_a_small_jpeg_need_no_deferred_job(tmp_path: Path) -> None:
    cache = PreviewCache(tmp_path / "previews")
    jobs: list = []
    cache.load(photo(tmp_path / "big.png"), 1000, jobs.append)  # no draft decode: as before
    assert jobs == [] and [p.suffix for p in (tmp_path / "previews").iterdir()] == [".jpg"]
    small = tmp_path / "small.jpg"
    Image.new("RGB", (640, 480)).save(small, "JPEG")
    assert cache.load(small, 1000, jobs.append).scale == 1.0 and jobs == []


def test_a_deferred_preview_of_a_photo_gone_meanwhile_is_skipped(tmp_path: Path) -> None:
    source = tmp_path / "big.jpg"
    Image.new("RGB", (3000, 2000)).save(source, "JPEG")
    cache = PreviewCache(tmp_path / "previews")
    jobs: list = []
    cache.load(source, 1000, jobs.append)
    source.write_bytes(b"\xff\xd8\xff truncated")
    jobs[0]()  # logs and returns: the next open reports the broken file
    assert not (tmp_path / "previews").exists()
