"""Replaces PyInstaller's hook for ``PySide6.QtGui`` so the bundle carries only the Qt
plugins DataFi Desktop uses (``packaging/datafi-desktop.spec`` puts ``packaging/hooks``
first on the hook path).

PyInstaller's own hook collects every QtGui plugin type it knows (all platforms, image
formats, platform themes, input plugins), and then every library those plugins link:
libqpdf pulls in QtPdf, the eglfs plugins their device integrations, the GTK 3 theme the
build machine's GTK. Filtering here, before the binary dependency analysis, keeps those
libraries out; filtering the Analysis afterwards would leave them behind.

A plugin type not listed in ``KEEP`` is dropped whole; a listed one keeps the plugins
whose base name (no ``lib`` prefix, no extension) is in its set, or all
of them for ``None``. Names cover Linux, Windows and macOS.
"""

from __future__ import annotations

import os

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

KEEP: dict[str, set[str] | None] = {
    # xcb (X11), wayland, offscreen (CI, --smoke), minimal; windows; cocoa
    "platforms": {"qxcb", "qwayland", "qwayland-generic", "qwayland-egl", "qoffscreen",
                  "qminimal", "qwindows", "qcocoa"},
    "platforms/darwin": None,  # macOS permission plugins
    # PNG and BMP are built into QtGui; the rest decode icons and the SVG artwork.
    # Task images are decoded by Pillow (core/images.py), never by these plugins.
    "imageformats": {"qjpeg", "qsvg", "qwebp", "qgif", "qico"},
    "iconengines": {"qsvgicon"},
    # the desktop portal (file dialogs under Flatpak/Snap, colour scheme); no GTK 3 theme:
    # it would drag in the build machine's GTK and the app draws Fusion anyway (ui/theme.py)
    "platformthemes": {"qxdgdesktopportal"},
    # compose key and IBus: accented letters and CJK input in the text panes
    "platforminputcontexts": {"composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"},
    "xcbglintegrations": None,
    "wayland-decoration-client": None,  # title bars on GNOME's Wayland session
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": {"xdg-shell"},
}


def _plugin_type(dest: str) -> str | None:
    parts = dest.replace("\\", "/").split("/")
    if "plugins" not in parts:
        return None
    return "/".join(parts[parts.index("plugins") + 1:])


def _stem(path: str) -> str:
    name = os.path.basename(path)
    for ext in (".so", ".dll", ".dylib"):
        if name.endswith(ext):
            name = name[: -len(ext)]
    return name[3:] if name.startswith("lib") else name


def _wanted(src: str, dest: str) -> bool:
    kind = _plugin_type(dest)
    if kind is None:
        return True  # not a plugin: a Qt library, kept
    if kind not in KEEP:
        return False
    names = KEEP[kind]
    return names is None or _stem(src) in names


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if _wanted(src, dest)]
