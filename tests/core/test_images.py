"""The safe image loader, on real files made by Pillow and by hand."""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, JpegImagePlugin

from datafi_desktop.core.errors import ImageDecodeError
from datafi_desktop.core.images import MAX_IMAGE_PIXELS, image_size, load_image


def _jpeg(path: Path, size: tuple[int, int], orientation: int | None = None,
          color: tuple[int, int, int] = (200, 30, 30)) -> Path:
    im = Image.new("RGB", size, color)
    # a marker in the top-left corner shows where "up" went
    im.paste((0, 0, 255), (0, 0, max(1, size[0] // 4), max(1, size[1] // 4)))
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    im.save(path, "JPEG", quality=90, exif=exif.tobytes())
    return path


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return (struct.pack(">I", len(body)) + kind + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))


def _png_bomb(path: Path, width: int, height: int) -> Path:
    """A 1-bit greyscale PNG of all-black rows: huge when decoded, tiny on disk."""
    row = b"\x00" + b"\x00" * ((width + 7) // 8)  # filter byte + packed pixels
    packer = zlib.compressobj(9)
    parts = [packer.compress(row * 1000) for _ in range(height // 1000)]
    parts.append(packer.compress(row * (height % 1000)))
    parts.append(packer.flush())
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr)
                     + _png_chunk(b"IDAT", b"".join(parts)) + _png_chunk(b"IEND", b""))
    return path


def test_plain_png_round_trips_pixels(tmp_path: Path) -> None:
    path = tmp_path / "rgba.png"
    Image.new("RGBA", (3, 2), (10, 20, 30, 128)).save(path)
    img = load_image(path)
    assert (img.mode, img.size, img.full_size, img.scale) == ("RGBA", (3, 2), (3, 2), 1.0)
    assert img.data == bytes((10, 20, 30, 128)) * 6
    assert img.bytes_per_line == 12


def test_exif_rotated_jpeg_is_shown_upright(tmp_path: Path) -> None:
    # stored 400×200; orientation 6 means "rotate 90° clockwise to display"
    path = _jpeg(tmp_path / "rotated.jpg", (400, 200), orientation=6)
    img = load_image(path)
    assert img.full_size == (200, 400)
    assert img.size == (200, 400)
    assert image_size(path) == (200, 400)
    # the blue marker (stored top-left) is now at the top-right after a clockwise turn
    shown = Image.frombytes(img.mode, img.size, img.data)
    top_right = shown.getpixel((190, 10))
    top_left = shown.getpixel((10, 10))
    assert isinstance(top_right, tuple) and isinstance(top_left, tuple)
    assert top_right[2] > 200 and top_right[0] < 60
    assert top_left[0] > 150 and top_left[2] < 80


def test_exif_rotated_jpeg_downscaled_keeps_orientation(tmp_path: Path) -> None:
    path = _jpeg(tmp_path / "rotated.jpg", (1600, 800), orientation=8)
    img = load_image(path, max_side=400)
    assert img.full_size == (800, 1600)
    assert img.size == (200, 400)
    assert img.scale == pytest.approx(0.25)


def test_grayscale_and_palette_become_rgb(tmp_path: Path) -> None:
    grey = tmp_path / "grey.png"
    Image.new("L", (4, 4), 77).save(grey)
    assert load_image(grey).data[:3] == bytes((77, 77, 77))
    pal = tmp_path / "pal.gif"
    Image.new("P", (4, 4), 0).save(pal, transparency=0)
    assert load_image(pal).mode == "RGBA"
    deep = tmp_path / "deep.png"
    Image.new("I;16", (2, 2), 65535).save(deep)
    assert load_image(deep).data[:3] == bytes((255, 255, 255))


def test_truncated_jpeg_is_reported_not_shown(tmp_path: Path) -> None:
    whole = _jpeg(tmp_path / "whole.jpg", (640, 480))
    data = whole.read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImageDecodeError, match=r"cut\.jpg is truncated"):
        load_image(cut)


def test_truncated_png_is_reported(tmp_path: Path) -> None:
    buf = io.BytesIO()
    Image.effect_noise((300, 300), 50).save(buf, "PNG")
    cut = tmp_path / "cut.png"
    cut.write_bytes(buf.getvalue()[:2000])
    with pytest.raises(ImageDecodeError, match=r"cut\.png is (truncated|corrupt)"):
        load_image(cut, max_side=100)


def test_zero_bytes(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(ImageDecodeError, match=r"empty\.jpg is empty"):
        load_image(empty)


def test_random_bytes_are_not_an_image(tmp_path: Path) -> None:
    junk = tmp_path / "junk.png"
    junk.write_bytes(os.urandom(4096))
    with pytest.raises(ImageDecodeError, match=r"junk\.png is not an image"):
        load_image(junk)


def test_text_file_is_not_an_image(tmp_path: Path) -> None:
    note = tmp_path / "note.jpg"
    note.write_text("hello, I am not a photo\n", encoding="utf-8")
    with pytest.raises(ImageDecodeError, match="is not an image"):
        load_image(note)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImageDecodeError, match="does not exist"):
        load_image(tmp_path / "nope.png")


def test_corrupt_jpeg_body(tmp_path: Path) -> None:
    whole = _jpeg(tmp_path / "whole.jpg", (256, 256))
    data = bytearray(whole.read_bytes())
    # keep the headers, garble everything after the start-of-scan marker
    sos = data.index(b"\xff\xda")
    data[sos + 20:] = b"\xff\xd9" * ((len(data) - sos - 20) // 2)
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(bytes(data))
    try:
        img = load_image(bad)
    except ImageDecodeError as exc:
        assert "bad.jpg" in str(exc)
    else:  # libjpeg may recover garbled entropy data as grey: still a whole image
        assert img.size == (256, 256)


@pytest.mark.parametrize(("width", "height"), [(16_000, 16_000), (25_000, 25_000)])
def test_png_decompression_bomb_is_refused(tmp_path: Path, width: int, height: int) -> None:
    bomb = _png_bomb(tmp_path / "bomb.png", width, height)
    assert width * height > MAX_IMAGE_PIXELS
    assert bomb.stat().st_size < 200_000  # tiny on disk …
    with pytest.raises(ImageDecodeError, match="decompression bomb"):
        load_image(bomb)  # … and never decoded
    with pytest.raises(ImageDecodeError, match="decompression bomb"):
        load_image(bomb, max_side=512)
    with pytest.raises(ImageDecodeError, match="decompression bomb"):
        image_size(bomb)


def test_small_hand_made_png_decodes(tmp_path: Path) -> None:
    """The hand-made PNG writer makes valid files: the bomb test refuses size, not syntax."""
    img = load_image(_png_bomb(tmp_path / "small.png", 2000, 1500), max_side=200)
    assert img.full_size == (2000, 1500)
    assert img.size == (200, 150)
    assert set(img.data) == {0}


@pytest.mark.slow
def test_50_megapixel_jpeg_is_decoded_small(tmp_path: Path) -> None:
    path = tmp_path / "big.jpg"
    Image.linear_gradient("L").resize((8660, 5774)).convert("RGB").save(path, quality=80)
    img = load_image(path, max_side=2048)
    assert img.full_size == (8660, 5774)
    assert max(img.size) == 2048
    assert img.size == (2048, 1365)
    assert len(img.data) == 2048 * 1365 * 3
    assert img.scale == pytest.approx(2048 / 8660)


def test_draft_is_used_for_jpeg_downscale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _jpeg(tmp_path / "photo.jpg", (4000, 3000))
    calls: list[tuple[object, object]] = []
    original = JpegImagePlugin.JpegImageFile.draft

    def spy(self: JpegImagePlugin.JpegImageFile, mode: str | None,
            size: tuple[int, int] | None) -> object:
        result = original(self, mode, size)
        calls.append((size, self.size))
        return result

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "draft", spy)
    img = load_image(path, max_side=500)
    assert calls, "JPEG downscale should ask libjpeg for a reduced decode"
    (_requested, decoded), = calls
    assert decoded == (500, 375)  # libjpeg decoded at 1/8 scale (the target), not whole
    assert img.size == (500, 375)


def test_max_side_never_upscales(tmp_path: Path) -> None:
    path = tmp_path / "small.png"
    Image.new("RGB", (120, 80), "white").save(path)
    img = load_image(path, max_side=2048)
    assert img.size == img.full_size == (120, 80)
    with pytest.raises(ValueError):
        load_image(path, max_side=0)


def test_a_large_jpeg_at_view_size_matches_a_full_decode(tmp_path: Path) -> None:
    """At fit a JPEG is decoded at libjpeg's reduced scale (issue 16: not whole); the
    picture matches a full decode resampled to the same size within a few levels."""
    import numpy as np

    width, height = 3200, 2400
    y, x = np.mgrid[0:height, 0:width]
    pixels = np.stack([(x * 255 // width), (y * 255 // height),
                       ((x // 40 + y // 40) % 2) * 200 + 20], axis=-1).astype("uint8")
    path = tmp_path / "big.jpg"
    Image.fromarray(pixels, "RGB").save(path, quality=92)
    decoded = load_image(path, 1024)
    assert decoded.size == (1024, 768) and decoded.full_size == (width, height)
    with Image.open(path) as whole:
        reference = np.asarray(whole.convert("RGB").resize((1024, 768),
                                                           Image.Resampling.LANCZOS))
    got = np.frombuffer(decoded.data, dtype=np.uint8).reshape(768, 1024, 3)
    difference = np.abs(got.astype(int) - reference.astype(int))
    assert difference.mean() < 3 and np.percentile(difference, 99) < 24
