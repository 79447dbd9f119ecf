"""Tiled, multi-resolution reading of large images (issue 16): the tiles equal a
reference render of the same region, at several levels, for a JPEG pyramid built
by the app and for TIFFs (pyramidal, level-less, 16-bit, multi-page, 40,000 ×
40,000); bad files give a clear message and a corrupt tile leaves the rest usable.
Images are generated here, never committed."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
import tifffile
from PIL import Image

from datafi_desktop.core.errors import ImageDecodeError
from datafi_desktop.core.tiles import TILE, TiledImage, TileError, build_pyramid, open_tiled
from datafi_desktop.core.tiles.pixels import halve


def pattern(width: int, height: int) -> np.ndarray:
    y, x = np.mgrid[0:height, 0:width]
    return np.stack([(x * 7) % 256, (y * 5) % 256, ((x // 37) ^ (y // 29)) % 256],
                    axis=2).astype(np.uint8)


def pixels(image: TiledImage, level: int, col: int, row: int) -> np.ndarray:
    tile = image.tile(level, col, row)
    decoded = image.read(tile)
    return np.frombuffer(decoded.data, np.uint8).reshape(decoded.height, decoded.width,
                                                         decoded.channels)


def test_a_photo_pyramid_equals_the_reference_at_every_level(tmp_path: Path) -> None:
    ref = pattern(3000, 2000)
    Image.fromarray(ref).save(tmp_path / "photo.png")
    with open_tiled(tmp_path / "photo.png", cache_dir=tmp_path / "tiles") as image:
        assert image.full_size == (3000, 2000)
        assert [lv.size for lv in image.levels] == [(3000, 2000), (1500, 1000), (750, 500)]
        assert np.array_equal(pixels(image, 0, 2, 1), ref[512:1024, 1024:1536])
        assert np.array_equal(pixels(image, 0, 5, 3), ref[1536:2000, 2560:3000])  # edge tile
        level1 = halve(ref)
        assert np.array_equal(pixels(image, 1, 1, 1), level1[512:1000, 512:1024])
        overview = halve(level1)
        assert np.array_equal(pixels(image, 2, 0, 0), overview[:500, :512])


def test_exif_orientation_is_applied_once_in_the_pyramid(tmp_path: Path) -> None:
    ref = pattern(1600, 1200)
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    Image.fromarray(ref).save(tmp_path / "rotated.jpg", exif=exif, quality=100)
    upright = np.asarray(Image.open(tmp_path / "rotated.jpg").transpose(Image.Transpose.ROTATE_270))
    with open_tiled(tmp_path / "rotated.jpg", cache_dir=tmp_path / "tiles") as image:
        assert image.full_size == (1200, 1600)
        got = pixels(image, 0, 1, 2)
        assert np.abs(got.astype(int) - upright[1024:1536, 512:1024].astype(int)).max() <= 1


def test_the_pyramid_is_built_once_and_a_stale_half_build_is_ignored(tmp_path: Path) -> None:
    Image.fromarray(pattern(2500, 1500)).save(tmp_path / "p.png")
    cache = tmp_path / "tiles"
    (cache / ".building-leftover").mkdir(parents=True)
    (cache / ".building-leftover" / "L1.tif").write_bytes(b"half written")
    first = build_pyramid(tmp_path / "p.png", cache_dir=cache)
    stamp = (first / "manifest.json").stat().st_mtime_ns
    again = build_pyramid(tmp_path / "p.png", cache_dir=cache)
    assert again == first and (again / "manifest.json").stat().st_mtime_ns == stamp
    assert not list(cache.glob(".building-*/manifest.json"))


def write_pyramidal(path: Path, width: int, height: int, levels: int) -> None:
    """A greyscale tiled BigTIFF whose tile (c, r) is the constant (c * 7 + r * 3) % 256,
    with ``levels`` SubIFD levels, written tile by tile (never whole in memory)."""
    def tiles(w: int, h: int, shrink: int):
        for r in range((h + TILE - 1) // TILE):
            for c in range((w + TILE - 1) // TILE):
                # at level k a tile covers 2^k × 2^k tiles of level 0; take its top-left
                value = ((c * shrink) * 7 + (r * shrink) * 3) % 256
                yield np.full((TILE, TILE), value, np.uint8)

    with tifffile.TiffWriter(path, bigtiff=True) as tw:
        sizes = [(width, height)]
        for _ in range(levels):
            sizes.append(((sizes[-1][0] + 1) // 2, (sizes[-1][1] + 1) // 2))
        for k, (w, h) in enumerate(sizes):
            tw.write(tiles(w, h, 2 ** k), shape=(h, w), dtype=np.uint8, tile=(TILE, TILE),
                     compression="zlib", photometric="minisblack",
                     subifds=levels if k == 0 else None, subfiletype=1 if k else 0)


@pytest.mark.slow
def test_a_40000_pixel_square_tiff_opens_in_place_and_reads_any_level(tmp_path: Path) -> None:
    path = tmp_path / "scan.tif"
    write_pyramidal(path, 40_000, 40_000, levels=6)
    image = TiledImage.open_if_pyramidal(path)
    assert image is not None, "a tiled TIFF with levels needs no pyramid of ours"
    with image:
        assert image.full_size == (40_000, 40_000)  # over Qt's 32,767-pixel limit
        assert image.levels[-1].size == (625, 625)
        for col, row in ((0, 0), (40, 77), (78, 78)):
            got = pixels(image, 0, col, row)
            assert (got == (col * 7 + row * 3) % 256).all()
            assert got.shape[2] == 3
        assert pixels(image, 0, 78, 78).shape[:2] == (40_000 - 78 * TILE,) * 2
        assert (pixels(image, 3, 5, 6) == ((5 * 8) * 7 + (6 * 8) * 3) % 256).all()
        level = image.level_for(0.02)
        assert level.scale >= 0.02 and level.index == 5
        centre = image.tiles_in(image.levels[0], (20_000, 20_000, 1000, 600))
        assert centre[0].col in (39, 40) and len(centre) == 6


@pytest.mark.slow
def test_a_tiff_without_levels_gets_a_pyramid_from_its_tiles(tmp_path: Path) -> None:
    path = tmp_path / "flat.tif"
    data = pattern(6000, 3000)
    tifffile.imwrite(path, data, tile=(256, 256), photometric="rgb", compression="zlib")
    assert TiledImage.open_if_pyramidal(path) is None
    with open_tiled(path, cache_dir=tmp_path / "tiles") as image:
        assert [lv.size for lv in image.levels][:3] == [(6000, 3000), (3000, 1500), (1500, 750)]
        assert np.array_equal(pixels(image, 0, 3, 2), data[1024:1536, 1536:2048])
        assert np.array_equal(pixels(image, 1, 2, 1), halve(data)[512:1024, 1024:1536])


def test_sixteen_bit_and_multi_page_tiffs(tmp_path: Path) -> None:
    path = tmp_path / "stack.tif"
    grey = (np.arange(600 * 800, dtype=np.uint32).reshape(600, 800) % 4096).astype(np.uint16)
    with tifffile.TiffWriter(path) as tw:
        max_sample = [(281, "H", 1, 4095, False)]  # MaxSampleValue: a 12-bit sensor
        tw.write(grey, tile=(256, 256), photometric="minisblack", extratags=max_sample)
        tw.write(grey[::-1].copy(), tile=(256, 256), photometric="minisblack",
                 extratags=max_sample)
    with TiledImage.open(path, page=1) as image:
        assert image.page_count == 2
        got = pixels(image, 0, 0, 0)[:, :, 0]
        want = np.clip(grey[::-1][:512, :512].astype(np.float32) * (255 / 4095), 0, 255)
        assert np.abs(got.astype(int) - want.astype(np.uint8).astype(int)).max() <= 1
    with pytest.raises(ImageDecodeError, match="2 page"):
        TiledImage.open(path, page=5)


def test_a_corrupt_tile_is_missing_and_the_rest_is_usable(tmp_path: Path) -> None:
    path = tmp_path / "damaged.tif"
    data = pattern(2048, 2048)
    tifffile.imwrite(path, data, tile=(512, 512), photometric="rgb", compression="zlib")
    with tifffile.TiffFile(path) as tif:
        offset = tif.pages[0].dataoffsets[5]
    raw = bytearray(path.read_bytes())
    raw[offset:offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(raw))
    with TiledImage.open(path) as image:
        with pytest.raises(TileError, match=r"damaged\.tif: segment 5 is corrupt"):
            pixels(image, 0, 1, 1)
        assert np.array_equal(pixels(image, 0, 2, 1), data[512:1024, 1024:1536])


def test_a_tiff_claiming_more_data_than_the_file_has(tmp_path: Path) -> None:
    path = tmp_path / "cut.tif"
    tifffile.imwrite(path, pattern(1024, 1024), tile=(256, 256), photometric="rgb")
    path.write_bytes(path.read_bytes()[:200_000])
    with pytest.raises(ImageDecodeError, match=r"cut\.tif claims image data up to byte"):
        TiledImage.open(path)


def test_a_truncated_jpeg_and_a_non_image(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.fromarray(pattern(2000, 1500)).save(buffer, "JPEG")
    (tmp_path / "cut.jpg").write_bytes(buffer.getvalue()[:40_000])
    with pytest.raises(ImageDecodeError, match=r"cut\.jpg is truncated"):
        open_tiled(tmp_path / "cut.jpg", cache_dir=tmp_path / "tiles")
    (tmp_path / "fake.tif").write_bytes(b"II*\0" + b"\0" * 40)
    with pytest.raises(ImageDecodeError, match=r"fake\.tif"):
        open_tiled(tmp_path / "fake.tif", cache_dir=tmp_path / "tiles")
    assert not list((tmp_path / "tiles").glob("*/manifest.json"))


def png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b""))


def test_decompression_bombs_are_refused_with_the_limit_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "bomb.png").write_bytes(png_header_only(30_000, 30_000))
    with pytest.raises(ImageDecodeError, match=r"bomb\.png is too large.*200 megapixels"):
        open_tiled(tmp_path / "bomb.png", cache_dir=tmp_path / "tiles")
    # the tiled limit (20 gigapixels) with a lowered bound, so the file stays small
    monkeypatch.setattr("datafi_desktop.core.tiles.tiff.MAX_TILED_PIXELS", 4_000_000)
    huge = tmp_path / "huge.tif"
    tifffile.imwrite(huge, shape=(2500, 2500), dtype=np.uint8, tile=(512, 512))
    with pytest.raises(ImageDecodeError, match=r"huge\.tif is too large.*over 0\.004 gigapixels"):
        TiledImage.open(huge)


def test_a_one_pixel_high_strip(tmp_path: Path) -> None:
    strip = pattern(100_000, 1)
    Image.fromarray(strip).save(tmp_path / "strip.png")
    with open_tiled(tmp_path / "strip.png", cache_dir=tmp_path / "tiles") as image:
        assert image.levels[-1].size[0] <= 1024 and image.levels[-1].size[1] == 1
        assert np.array_equal(pixels(image, 0, 100, 0), strip[:, 51_200:51_712])


def test_a_pyramid_built_in_a_child_process_is_the_same(tmp_path: Path) -> None:
    """The app builds a photo's pyramid in a child process (its memory never counts
    against the app's); the result and the errors are those of an in-process build."""
    ref = pattern(2600, 1400)
    Image.fromarray(ref).save(tmp_path / "photo.png")
    with open_tiled(tmp_path / "photo.png", cache_dir=tmp_path / "tiles", isolate=True) as image:
        assert [lv.size for lv in image.levels] == [(2600, 1400), (1300, 700), (650, 350)]
        assert np.array_equal(pixels(image, 0, 4, 2), ref[1024:1400, 2048:2560])
    buffer = io.BytesIO()
    Image.fromarray(ref).save(buffer, "JPEG")
    (tmp_path / "cut.jpg").write_bytes(buffer.getvalue()[:30_000])
    with pytest.raises(ImageDecodeError, match=r"cut\.jpg is truncated"):
        open_tiled(tmp_path / "cut.jpg", cache_dir=tmp_path / "tiles", isolate=True)
