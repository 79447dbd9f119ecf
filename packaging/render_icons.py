"""Render the application icon's PNG sizes from its SVG (Qt's SVG renderer, offscreen).

    python packaging/render_icons.py            # writes resources/icons/hicolor/...
    python packaging/render_icons.py --check    # exit 1 if the PNGs are out of date

Source: ``resources/icons/datafi.svg`` (the icon the window uses, ``ui/icons.py``).
Output, in the freedesktop ``hicolor`` theme layout that ``packaging/linux/install.sh``
copies to ``~/.local/share/icons``: ``resources/icons/hicolor/<n>x<n>/apps/datafi-desktop.png``
for n in 16 … 512, and the SVG itself as ``hicolor/scalable/apps/datafi-desktop.svg``.
The Windows and macOS icons the spec names are made from the same renderings (Pillow
writes both containers): ``packaging/windows/datafi-desktop.ico`` (16 … 256) and
``packaging/macos/datafi-desktop.icns`` (16 … 512).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "datafi.svg"
THEME = ROOT / "resources" / "icons" / "hicolor"
NAME = "datafi-desktop"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO = ROOT / "packaging" / "windows" / f"{NAME}.ico"
ICNS = ROOT / "packaging" / "macos" / f"{NAME}.icns"


def render(svg: bytes, size: int) -> bytes:
    """The SVG drawn into a transparent ``size`` × ``size`` PNG (antialiased)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def container(pngs: dict[int, bytes], fmt: str, sizes: tuple[int, ...]) -> bytes:
    """An .ico or .icns holding our own rendering at each size (not one image rescaled)."""
    import io

    from PIL import Image

    images = [Image.open(io.BytesIO(pngs[n])) for n in sorted(sizes, reverse=True)]
    out = io.BytesIO()
    images[0].save(out, fmt, sizes=[(n, n) for n in sizes], append_images=images[1:])
    return out.getvalue()


def outputs(svg: bytes) -> dict[Path, bytes]:
    pngs = {n: render(svg, n) for n in SIZES}
    files = {THEME / f"{n}x{n}" / "apps" / f"{NAME}.png": pngs[n] for n in SIZES}
    files[THEME / "scalable" / "apps" / f"{NAME}.svg"] = svg
    files[ICO] = container(pngs, "ICO", (16, 24, 32, 48, 64, 128, 256))
    files[ICNS] = container(pngs, "ICNS", (16, 32, 64, 128, 256, 512))
    return files


def same_pixels(path: Path, png: bytes) -> bool:
    from PySide6.QtGui import QImage

    if not path.is_file():
        return False
    old, new = QImage(str(path)), QImage.fromData(png, "PNG")
    return (not old.isNull() and old.convertToFormat(QImage.Format.Format_ARGB32)
            == new.convertToFormat(QImage.Format.Format_ARGB32))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only compare: exit 1 when a PNG is missing or differs")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    stale = []
    for path, data in outputs(SOURCE.read_bytes()).items():
        current = same_pixels(path, data) if path.suffix == ".png" \
            else (path.is_file() and path.read_bytes() == data)
        if current:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    for path in stale:
        verb = "out of date" if args.check else "wrote"
        print(f"render_icons: {verb} {path.relative_to(ROOT)}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
