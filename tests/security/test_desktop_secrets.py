"""Threat rows DESKTOP-*: secrets at rest, in logs and crash reports, in memory after the
idle lock, and on the clipboard."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from datafi_desktop.core.errors import WalletLockedError
from datafi_desktop.core.profile import Profile
from datafi_desktop.core.wallet import Wallet

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"
KEY = "0x" + "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The worst case: a umask that would make new files world-readable and writable."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


def test_desktop_keystore_files_not_world_readable(tmp_path: Path, open_umask: None) -> None:
    profile = Profile(tmp_path / "profile").ensure()
    wallet = Wallet(profile.wallet_dir, scrypt_n=2**12)
    created = wallet.create(PASSWORD)
    wallet.import_private_key(KEY, PASSWORD, label="imported")
    wallet.rename(created.address, "renamed")  # a rewrite keeps the mode
    files = [p for p in profile.wallet_dir.rglob("*") if p.is_file()]
    assert any(p.name.startswith("mnemonic-") for p in files)
    assert len([p for p in files if p.name.startswith("account-")]) == 2
    for path in [profile.root, profile.wallet_dir, *files]:
        assert private(path), f"{path.name}: {oct(path.stat().st_mode)}"
    for path in files:  # encrypted at rest: the words and the key are not in the files
        text = path.read_text()
        assert created.mnemonic not in text
        assert KEY[2:] not in text.lower()


def test_desktop_keystore_export_not_world_readable(tmp_path: Path, open_umask: None) -> None:
    from datafi_desktop.core.keystore import write_file_atomic

    target = tmp_path / "backup.json"
    write_file_atomic(target, b"{}", overwrite=False)
    assert private(target)
    write_file_atomic(target, b"{ }", overwrite=True)
    assert private(target)


def test_desktop_auto_lock_drops_the_key(tmp_path: Path) -> None:
    clock = FakeClock()
    wallet = Wallet(tmp_path / "wallet", scrypt_n=2**12, idle_timeout=60, clock=clock)
    info = wallet.import_private_key(KEY, PASSWORD)
    wallet.unlock(info.address, PASSWORD)
    signer = wallet.signer()
    held = wallet._signer  # the object holding the key in memory
    assert held is not None and not held.wiped
    signer.sign_digest(bytes(32))
    clock.now += 59
    assert not wallet.is_locked
    clock.now += 61
    assert wallet.is_locked  # the idle lock happened without anyone calling lock()
    assert held.wiped and wallet._signer is None
    with pytest.raises(WalletLockedError):
        signer.sign_digest(bytes(32))
    with pytest.raises(WalletLockedError):
        held.sign_digest(bytes(32))
    assert KEY[2:] not in repr(wallet) + repr(held) + repr(signer)


def test_desktop_explicit_lock_and_other_account_drop_the_key(tmp_path: Path) -> None:
    wallet = Wallet(tmp_path / "wallet", scrypt_n=2**12)
    a = wallet.import_private_key(KEY, PASSWORD)
    b = wallet.create(PASSWORD)
    wallet.unlock(a.address, PASSWORD)
    held = wallet._signer
    wallet.unlock(b.address, PASSWORD)  # unlocking another account drops the first key
    assert held is not None and held.wiped
    held_b = wallet._signer
    wallet.lock()
    assert held_b is not None and held_b.wiped and wallet.is_locked


def secret_runs(text: str, words: list[str], run: int = 3) -> list[str]:
    """Every ``run`` consecutive mnemonic words found in ``text``."""
    found = []
    for i in range(len(words) - run + 1):
        piece = " ".join(words[i:i + run])
        if piece in text:
            found.append(piece)
    return found


@pytest.mark.slow
def test_desktop_no_secret_in_any_log_of_a_full_demo_run(tmp_path: Path) -> None:
    """A whole demo run (create, wrong password, damaged imports, label, sync, review,
    settle, claim with a wrong then the right password) with every logger at DEBUG: no log
    file, no stderr line, no cache or hub database holds the words, the key or the
    password."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "tests.security.secrets_child",
                           str(tmp_path)], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "claimed" in done.stdout
    secrets = json.loads((tmp_path / "secrets.json").read_text())
    words = secrets["mnemonic"].split()
    outputs = {"stdout": done.stdout, "stderr": done.stderr}
    for path in tmp_path.rglob("*"):
        if path.is_file() and path.name != "secrets.json":
            outputs[str(path.relative_to(tmp_path))] = path.read_bytes().decode("latin-1")
    logs = [name for name in outputs if name.endswith(".log")]
    assert "profile/logs/app.log" in logs and len(outputs["profile/logs/app.log"]) > 1000
    assert "error shown to the user" in done.stderr  # the failures did happen
    for name, text in outputs.items():
        if name.startswith("profile/wallet/"):
            continue  # encrypted keystores (their mode is checked above)
        lower = text.lower()
        assert secrets["password"] not in text, name
        assert secrets["key"].lower() not in lower, name
        assert not secret_runs(text, words), (name, secret_runs(text, words))
