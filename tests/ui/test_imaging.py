"""DecodedImage → QImage, and the background loader with stale requests dropped."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtGui import QColor, QImage

from datafi_desktop.core.images import load_image
from datafi_desktop.ui.imaging import ImageLoader, LoadedImage, to_pixmap, to_qimage


def test_rgb_and_rgba_pixels_survive(app, tmp_path: Path) -> None:
    rgb = tmp_path / "rgb.png"
    im = Image.new("RGB", (5, 3), (10, 200, 30))
    im.putpixel((4, 2), (255, 0, 128))
    im.save(rgb)
    qimage = to_qimage(load_image(rgb))
    assert (qimage.width(), qimage.height()) == (5, 3)
    assert qimage.format() == QImage.Format.Format_RGB888
    assert qimage.pixelColor(0, 0) == QColor(10, 200, 30)
    assert qimage.pixelColor(4, 2) == QColor(255, 0, 128)
    rgba = tmp_path / "rgba.png"
    Image.new("RGBA", (2, 2), (1, 2, 3, 40)).save(rgba)
    qimage = to_qimage(load_image(rgba))
    assert qimage.hasAlphaChannel()
    assert qimage.pixelColor(1, 1).alpha() == 40
    assert to_pixmap(load_image(rgba)).size().width() == 2


def test_odd_width_rows_are_not_skewed(app, tmp_path: Path) -> None:
    """RGB rows of an odd width are not 4-byte aligned: the stride must be passed."""
    path = tmp_path / "odd.png"
    im = Image.new("RGB", (7, 4), (0, 0, 0))
    for y in range(4):
        im.putpixel((6, y), (255, 255, 255))
    im.save(path)
    qimage = to_qimage(load_image(path))
    assert all(qimage.pixelColor(6, y) == QColor(255, 255, 255) for y in range(4))
    assert all(qimage.pixelColor(0, y) == QColor(0, 0, 0) for y in range(4))


def test_loader_decodes_off_thread_and_reports(qtbot, app, tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    Image.new("RGB", (3000, 1000), (50, 60, 70)).save(path, quality=90)
    loader = ImageLoader()
    with qtbot.waitSignal(loader.loaded, timeout=20_000) as blocker:
        loader.request("k1", path, max_side=600)
        assert loader.busy
    result = blocker.args[0]
    assert isinstance(result, LoadedImage)
    assert result.key == "k1"
    assert (result.image.width(), result.image.height()) == (600, 200)
    assert result.full_size == (3000, 1000)
    assert not result.pixmap().isNull()
    assert not loader.busy


def test_loader_reports_bad_files(qtbot, app, tmp_path: Path) -> None:
    path = tmp_path / "junk.jpg"
    path.write_bytes(b"definitely not a jpeg")
    loader = ImageLoader()
    with qtbot.waitSignal(loader.failed, timeout=20_000) as blocker:
        loader.request(7, path)
    assert blocker.args[0] == 7
    assert "junk.jpg is not an image" in blocker.args[1]


def test_newer_request_wins(qtbot, app, tmp_path: Path) -> None:
    paths = []
    for i in range(4):
        path = tmp_path / f"{i}.png"
        Image.new("RGB", (400 + i, 300), (i, i, i)).save(path)
        paths.append(path)
    loader = ImageLoader()
    got: list[object] = []
    loader.loaded.connect(lambda r: got.append(r.key))
    for i, path in enumerate(paths):
        loader.request(i, path)
    qtbot.waitUntil(lambda: got == [3], timeout=20_000)
    qtbot.wait(300)
    assert got == [3]
