"""Fixtures shared by every test folder.

The keys here are TEST KEYS, derived from public strings: never fund them.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from eth_keys import keys
from eth_utils import keccak

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# per-user settings (the language chosen in Settings) of the tests never touch the
# developer's own
os.environ["DATAFI_CONFIG_DIR"] = tempfile.mkdtemp(prefix="datafi-config-")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # a 1440×900 laptop screen (Qt's offscreen default is 800×800): the main window
    # fits the screen it opens on, and the tests are written for its usual 1280×800
    os.environ["QT_QPA_PLATFORM"] = ("offscreen:configfile="
                                     + str(Path(__file__).with_name("offscreen-screen.json")))


class KeySigner:
    """A DigestSigner over a raw key, for tests only (the app uses the wallet)."""

    def __init__(self, seed: str) -> None:
        self._key = keys.PrivateKey(keccak(text=f"datafi test key: {seed}"))

    @property
    def address(self) -> str:
        return str(self._key.public_key.to_checksum_address())

    def sign_digest(self, digest: bytes) -> bytes:
        sig = self._key.sign_msg_hash(digest)
        return sig.to_bytes()[:64] + bytes([sig.v + 27])

    def __repr__(self) -> str:
        return f"KeySigner({self.address})"


@pytest.fixture
def signer() -> KeySigner:
    return KeySigner("alice")


@pytest.fixture
def other_signer() -> KeySigner:
    return KeySigner("bob")


@pytest.fixture
def tmp_cache(tmp_path: Path) -> Iterator[object]:
    from datafi_desktop.core.cache import Cache

    cache = Cache(tmp_path / "cache.sqlite3")
    yield cache
    cache.close()
