"""Importing files for collection items: type sniffing, limits, EXIF sizes, clear refusals."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image

from datafi_desktop.core.cache import AssetStore
from datafi_desktop.core.collect import (
    FileTooLargeError,
    UnreadableFileError,
    UnsupportedFileTypeError,
    accepts,
    describe_accept,
    dialog_filter,
    import_file,
    sniff_mime,
)
from datafi_desktop.core.errors import AssetError
from datafi_desktop.core.models import parse_annotation, parse_task

PHOTOS = ("image/jpeg", "image/png")


@pytest.fixture
def assets(tmp_path: Path) -> AssetStore:
    return AssetStore(tmp_path / "assets")


def jpeg(path: Path, size: tuple[int, int], orientation: int | None = None) -> Path:
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    Image.new("RGB", size, (30, 120, 200)).save(path, "JPEG", quality=85, exif=exif.tobytes())
    return path


def test_jpeg_is_stored_under_its_hash_with_its_upright_size(tmp_path: Path,
                                                              assets: AssetStore) -> None:
    path = jpeg(tmp_path / "sign.jpg", (400, 300), orientation=6)  # rotate 90° to display
    item = import_file(path, assets, PHOTOS)
    assert item.mime == "image/jpeg"
    assert item.size == (300, 400)  # EXIF orientation 6 swaps width and height
    assert item.filename == "sign.jpg"
    assert item.bytes == path.stat().st_size
    assert assets.verify(item.asset)
    assert assets.path(item.asset).read_bytes() == path.read_bytes()
    assert item.body_fields() == {"asset": item.asset, "mime": "image/jpeg",
                                  "filename": "sign.jpg", "width": 300, "height": 400}


def test_same_file_twice_is_stored_once(tmp_path: Path, assets: AssetStore) -> None:
    path = jpeg(tmp_path / "a.jpg", (64, 48))
    copy = tmp_path / "b.jpg"
    copy.write_bytes(path.read_bytes())
    first, second = import_file(path, assets, PHOTOS), import_file(copy, assets, PHOTOS)
    assert first.asset == second.asset
    assert second.filename == "b.jpg"
    stored = [p for p in (assets.root / first.asset[:2]).iterdir()]
    assert stored == [assets.path(first.asset)]


def test_type_comes_from_the_bytes_not_the_name(tmp_path: Path, assets: AssetStore) -> None:
    fake = tmp_path / "holiday.jpg"
    with zipfile.ZipFile(fake, "w") as zf:
        zf.writestr("photo.jpg", b"not really")
    with pytest.raises(UnsupportedFileTypeError) as info:
        import_file(fake, assets, PHOTOS)
    assert str(info.value) == "holiday.jpg is a ZIP archive; this task accepts JPEG or PNG images"
    assert not any(assets.root.rglob("*")) or all(p.is_dir() for p in assets.root.rglob("*"))


def test_png_named_txt_is_a_png(tmp_path: Path, assets: AssetStore) -> None:
    path = tmp_path / "notes.txt"
    Image.new("RGB", (10, 10)).save(path, "PNG")
    assert import_file(path, assets, PHOTOS).mime == "image/png"
    with pytest.raises(UnsupportedFileTypeError,
                       match=r"notes\.txt is a PNG image; this task accepts text files"):
        import_file(path, assets, ("text/plain",))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xff\xd8\xff\xe0" + b"\x00" * 50, ("corrupt", "not an image")),
        (b"\x89PNG\r\n\x1a\n" + b"garbage" * 10, ("truncated", "corrupt")),
    ],
)
def test_corrupt_images_are_refused(tmp_path: Path, assets: AssetStore, content: bytes,
                                    expected: tuple[str, ...]) -> None:
    path = tmp_path / "broken.img"
    path.write_bytes(content)
    with pytest.raises(UnreadableFileError) as info:
        import_file(path, assets, PHOTOS)
    assert str(info.value).startswith("broken.img is ")
    assert any(word in str(info.value) for word in expected)


def test_truncated_jpeg_is_refused(tmp_path: Path, assets: AssetStore) -> None:
    whole = jpeg(tmp_path / "whole.jpg", (800, 600))
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(UnreadableFileError, match=r"cut\.jpg is truncated"):
        import_file(cut, assets, PHOTOS)


def test_empty_missing_and_folder(tmp_path: Path, assets: AssetStore) -> None:
    (tmp_path / "empty.jpg").write_bytes(b"")
    with pytest.raises(UnreadableFileError, match=r"empty\.jpg is empty \(0 bytes\)"):
        import_file(tmp_path / "empty.jpg", assets, PHOTOS)
    with pytest.raises(UnreadableFileError, match=r"gone\.jpg does not exist"):
        import_file(tmp_path / "gone.jpg", assets, PHOTOS)
    (tmp_path / "folder").mkdir()
    with pytest.raises(UnreadableFileError, match="folder is not a file"):
        import_file(tmp_path / "folder", assets, PHOTOS)


def test_size_limit(tmp_path: Path, assets: AssetStore) -> None:
    path = jpeg(tmp_path / "big.jpg", (300, 300))
    with pytest.raises(FileTooLargeError) as info:
        import_file(path, assets, PHOTOS, max_bytes=1024)
    assert str(info.value).startswith("big.jpg is ")
    assert "files up to 0.0 MiB can be imported" in str(info.value)
    assert isinstance(info.value, AssetError)


def _png_bomb(path: Path, width: int, height: int) -> Path:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    row = b"\x00" * (1 + (width + 7) // 8)
    data = zlib.compress(row * height, 9)
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", data)
                     + chunk(b"IEND", b""))
    return path


def test_decompression_bomb_is_refused(tmp_path: Path, assets: AssetStore) -> None:
    path = _png_bomb(tmp_path / "bomb.png", 20_000, 20_000)  # 400 megapixels, tiny file
    assert path.stat().st_size < 200_000
    with pytest.raises(UnreadableFileError, match=r"bomb\.png is too large to open safely"):
        import_file(path, assets, PHOTOS)


def test_text_file_with_bom_emoji_and_rtl(tmp_path: Path, assets: AssetStore) -> None:
    text = "Pothole on Rue Haute 🕳️\r\nשלום, مرحبا\n"
    path = tmp_path / "report.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    item = import_file(path, assets, ("text/plain", "image/jpeg"))
    assert item.mime == "text/plain" and item.size is None
    assert item.text == text.replace("\r\n", "\n")
    assert item.body_fields()["width"] is None


def test_non_utf8_text_is_refused(tmp_path: Path, assets: AssetStore) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("café au lait, crème brûlée ".encode("latin-1") * 3)
    with pytest.raises(UnreadableFileError, match=r"latin1\.txt is not UTF-8 text"):
        import_file(path, assets, ("text/plain",))
    utf8_then_bad = tmp_path / "late.txt"
    utf8_then_bad.write_bytes(b"plain ascii " * 400 + b"\xff\xfe tail")
    with pytest.raises(UnreadableFileError, match=r"late\.txt is not UTF-8 text"):
        import_file(utf8_then_bad, assets, ("text/plain",))


def test_imported_image_makes_a_valid_collection_item(tmp_path: Path,
                                                      assets: AssetStore) -> None:
    task = parse_task({"id": "c1", "kind": "collection", "data": {},
                       "config": {"label_kind": "bounding_boxes", "labels": ["sign"],
                                  "accept": ["image/jpeg"]}})
    item = import_file(jpeg(tmp_path / "p.jpg", (640, 480)), assets, task.config.accept)
    body = {"kind": "collection", **item.body_fields(), "text": "", "metadata": {},
            "annotation": {"kind": "bounding_boxes",
                           "boxes": [{"label": "sign", "x": 600, "y": 400, "w": 40, "h": 80}]}}
    annotation = parse_annotation(body, task)
    assert annotation.kind == "collection"


@pytest.mark.parametrize(
    ("head", "mime"),
    [
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"GIF89a\x01\x00", "image/gif"),
        (b"%PDF-1.7\n", "application/pdf"),
        (b"\x1f\x8b\x08\x00", "application/gzip"),
        (b"\x00\x00\x00\x18ftypheic", "image/heic"),
        (b"\x00\x01\x02\x03", "application/octet-stream"),
        ("naïve café ".encode() * 10, "text/plain"),
        (b"", "application/octet-stream"),
    ],
)
def test_sniffing(head: bytes, mime: str) -> None:
    assert sniff_mime(head) == mime


def test_accept_patterns_and_words() -> None:
    assert accepts(("image/*",), "image/webp")
    assert not accepts(("image/*",), "text/plain")
    assert accepts(("*/*",), "application/zip")
    assert describe_accept(("image/jpeg", "image/png", "text/plain")) == (
        "JPEG or PNG images and text files")
    assert describe_accept(("text/plain",)) == "text files"
    assert dialog_filter(("image/jpeg", "text/plain")) == (
        "Accepted files (*.jpg *.jpeg *.jpe *.txt *.text *.md);;All files (*)")


def test_heic_is_refused_with_a_reason(tmp_path: Path, assets: AssetStore) -> None:
    path = tmp_path / "IMG_0001.HEIC"
    path.write_bytes(b"\x00\x00\x00\x18ftypheic" + bytes(100))
    with pytest.raises(UnsupportedFileTypeError, match="which the app cannot show yet"):
        import_file(path, assets, ("image/*",))


def test_webp_import(tmp_path: Path, assets: AssetStore) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (50, 20), "red").save(buffer, "WEBP")
    path = tmp_path / "x.webp"
    path.write_bytes(buffer.getvalue())
    assert import_file(path, assets, ("image/webp",)).size == (50, 20)
