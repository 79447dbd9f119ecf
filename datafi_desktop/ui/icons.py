"""Icons drawn as small SVG files in ``resources/icons``, tinted to the palette.

Stroke icons use ``currentColor``; :func:`icon` replaces it with the palette's
text colour (or the colour given) and renders crisp pixmaps at every size a
view may ask for, so they stay sharp at any scale factor.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ..core.resources import resource
from .theme import colors

_SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128)


def icon_path(name: str) -> Path:
    return resource("icons", f"{name}.svg")


@cache
def _svg(name: str) -> str:
    path = icon_path(name)
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def render_svg(svg: str, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


def icon(name: str, color: str | None = None) -> QIcon:
    """The icon ``name`` (file stem), tinted with ``color`` (default: the text colour).

    An unknown name gives an empty icon, never an error: a missing file must
    not stop the app.
    """
    return _icon(name, color or colors().text)


@cache
def _icon(name: str, color: str) -> QIcon:
    svg = _svg(name)
    result = QIcon()
    if not svg:
        return result
    svg = svg.replace("currentColor", color)
    for size in _SIZES:
        result.addPixmap(render_svg(svg, size))
    return result


def app_icon() -> QIcon:
    return icon("datafi", "#000000")
