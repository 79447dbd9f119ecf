"""The desktop integration files (no build needed): the menu entry names the window the app
opens, the metainfo and the entry validate when the tools are installed, and the icon PNGs
are the sizes their folders say."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

REPO = Path(__file__).resolve().parents[2]
DESKTOP = REPO / "packaging" / "linux" / "datafi-desktop.desktop"
METAINFO = REPO / "packaging" / "linux" / "io.datafi.Desktop.metainfo.xml"
ICONS = REPO / "resources" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_entry_matches_the_app_window() -> None:
    """StartupWMClass is the X11 class Qt gives the window (the application name), the
    entry's file name the Wayland app id (the desktop file name); both set in ui/app.py."""
    code = ("from datafi_desktop.ui.app import create_application\n"
            "app = create_application()\n"
            "print(app.applicationName()); print(app.desktopFileName())")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr
    app_name, desktop_name = proc.stdout.split()[-2:]
    entry = desktop_entry()
    assert entry["StartupWMClass"] == app_name
    assert DESKTOP.stem == desktop_name
    assert entry["Icon"] == "datafi-desktop"
    assert entry["Exec"].split()[0] == "datafi-desktop"
    assert entry["Categories"] == "Office;Development;Science;"
    launchable = ElementTree.parse(METAINFO).getroot().find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name


def test_the_desktop_entry_validates() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate not installed (desktop-file-utils)")
    proc = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "error:" not in proc.stdout + proc.stderr


def test_the_metainfo_validates() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli not installed (appstream)")
    proc = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True,
                          text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("size", SIZES)
def test_icon_png(size: int) -> None:
    from PIL import Image

    path = ICONS / f"{size}x{size}" / "apps" / "datafi-desktop.png"
    with Image.open(path) as image:
        assert image.format == "PNG" and image.size == (size, size)
        assert image.mode == "RGBA"
        alpha = image.getchannel("A")
        assert alpha.getextrema() == (0, 255)  # transparent corners, an opaque body
    scalable = ICONS / "scalable" / "apps" / "datafi-desktop.svg"
    assert scalable.read_bytes() == (REPO / "resources" / "icons" / "datafi.svg").read_bytes()
