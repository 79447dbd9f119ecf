"""Where a profile keeps its files: the cache database, the assets and the wallet.

A profile is one directory. The default lives under the platform's user data
directory (platformdirs); ``--profile DIR`` or ``DATAFI_PROFILE`` choose
another, and ``--demo`` uses a fresh temporary one.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "datafi-desktop"


@dataclass(frozen=True)
class Profile:
    root: Path

    @property
    def db_path(self) -> Path:
        return self.root / "cache.sqlite3"

    @property
    def assets_dir(self) -> Path:
        return self.root / "assets"

    @property
    def wallet_dir(self) -> Path:
        return self.root / "wallet"

    @property
    def log_dir(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> Profile:
        """Create the directories (owner-only) and return self."""
        for path in (self.root, self.assets_dir, self.wallet_dir, self.log_dir):
            path.mkdir(parents=True, exist_ok=True)
        os.chmod(self.root, 0o700)
        os.chmod(self.wallet_dir, 0o700)
        return self


_PROFILE_NAME = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def default_profile_dir(name: str = "default") -> Path:
    """The per-user profile ``name`` (a plain name: letters, digits, ``._-``; never a path,
    so ``../../x`` cannot point a profile outside the profiles folder)."""
    if not _PROFILE_NAME.match(name) or name in (".", ".."):
        raise ValueError(f"profile name {name[:60]!r}: use letters, digits, '.', '_' and '-'")
    env = os.environ.get("DATAFI_PROFILE")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "profiles" / name


def open_profile(path: str | os.PathLike[str] | None = None) -> Profile:
    return Profile(Path(path).expanduser() if path else default_profile_dir()).ensure()


def temporary_profile(prefix: str = "datafi-demo-") -> Profile:
    """A fresh profile in a new temporary directory (used by ``--demo``)."""
    return Profile(Path(tempfile.mkdtemp(prefix=prefix))).ensure()
