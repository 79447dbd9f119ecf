"""Finding the shipped resources (contracts, demo campaign, icons).

In a source checkout they are ``resources/`` at the repository root; an
installed wheel carries them as the package ``datafi_desktop.resources``; a
PyInstaller bundle unpacks them under ``sys._MEIPASS``. ``DATAFI_RESOURCES``
overrides all three.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .errors import DataFiError


def resources_dir() -> Path:
    env = os.environ.get("DATAFI_RESOURCES")
    if env:
        return Path(env).expanduser().resolve()
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    package_root = Path(__file__).resolve().parents[1]
    candidates.append(package_root / "resources")  # installed wheel
    candidates.append(package_root.parent / "resources")  # source checkout
    for path in candidates:
        if (path / "demo").is_dir() or (path / "contracts").is_dir():
            return path
    raise DataFiError(
        "cannot find the resources folder (looked in "
        + ", ".join(str(p) for p in candidates)
        + "); set DATAFI_RESOURCES"
    )


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
