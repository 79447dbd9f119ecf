"""``datafi-hub keys``: keystore v3 files for the hub's roles, passwords never echoed."""

from __future__ import annotations

import json
import logging
import stat
from pathlib import Path

import pytest
from eth_account import Account

from datafi_desktop.hub.chain.keys import open_key
from datafi_desktop.hub.cli.main import main
from datafi_desktop.hub.settlement.chain import load_key_file

PASSWORD = "correct horse battery staple"
FAST = ["--scrypt-n", "4096"]


@pytest.fixture
def pw(tmp_path: Path) -> Path:
    path = tmp_path / "password"
    path.write_text(PASSWORD + "\n")
    return path


def test_create_writes_a_private_scrypt_keystore(tmp_path: Path, pw: Path,
                                                 capsys: pytest.CaptureFixture[str],
                                                 caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    data = ["--data-dir", str(tmp_path / "hub")]
    assert main([*data, "keys", "create", "settler", "--password-file", str(pw), *FAST]) == 0
    out = capsys.readouterr().out
    path = tmp_path / "hub" / "keys" / "settler.json"
    doc = json.loads(path.read_text())
    assert doc["version"] == 3 and doc["crypto"]["kdf"] == "scrypt"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    account = open_key(tmp_path / "hub", "settler", PASSWORD)
    assert account.address in out
    assert PASSWORD not in out + caplog.text
    assert account.key.hex() not in path.read_text() + out + caplog.text

    # the same name again: refused, the file untouched
    before = path.read_bytes()
    assert main([*data, "keys", "create", "settler", "--password-file", str(pw), *FAST]) == 2
    assert "exists already" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_password_from_the_environment_and_missing(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "hub")]
    monkeypatch.delenv("DATAFI_HUB_KEY_PASSWORD", raising=False)
    monkeypatch.delenv("DATAFI_HUB_KEY_PASSWORD_FILE", raising=False)
    assert main([*data, "keys", "create", "relayer", *FAST]) == 2
    assert "--password-file" in capsys.readouterr().err
    assert not (tmp_path / "hub" / "keys" / "relayer.json").exists()
    monkeypatch.setenv("DATAFI_HUB_KEY_PASSWORD", "short")
    assert main([*data, "keys", "create", "relayer", *FAST]) == 2
    assert "too short" in capsys.readouterr().err
    monkeypatch.setenv("DATAFI_HUB_KEY_PASSWORD", PASSWORD)
    assert main([*data, "keys", "create", "relayer", *FAST]) == 0
    # the hub opens it as the relayer's key with the same environment
    account = load_key_file(tmp_path / "hub" / "keys" / "relayer.json")
    assert account.address in capsys.readouterr().out


def test_import_hex_and_keystore_and_list(tmp_path: Path, pw: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "hub")]
    account = Account.create()
    hex_file = tmp_path / "key.hex"
    hex_file.write_text(account.key.hex() + "\n")
    assert main([*data, "keys", "import", "deployer", "--key-file", str(hex_file),
                 "--password-file", str(pw), *FAST]) == 0
    assert open_key(tmp_path / "hub", "deployer", PASSWORD).address == account.address
    assert account.key.hex() not in capsys.readouterr().out

    other = Account.create()
    ks = tmp_path / "other.json"
    ks.write_text(json.dumps(Account.encrypt(other.key, PASSWORD, iterations=4096)))
    wrong = tmp_path / "wrong"
    wrong.write_text("not the password\n")
    assert main([*data, "keys", "import", "settler", "--key-file", str(ks),
                 "--password-file", str(wrong), *FAST]) == 2
    err = capsys.readouterr().err
    assert "wrong password" in err and "not the password" not in err
    assert not (tmp_path / "hub" / "keys" / "settler.json").exists()
    assert main([*data, "keys", "import", "settler", "--key-file", str(ks),
                 "--password-file", str(pw), *FAST]) == 0
    garbage = tmp_path / "garbage"
    garbage.write_text("0x1234\n")
    assert main([*data, "keys", "import", "relayer", "--key-file", str(garbage),
                 "--password-file", str(pw), *FAST]) == 2
    assert "64 hex digits" in capsys.readouterr().err

    assert main([*data, "keys", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[:2] for line in lines] == [["deployer", account.address],
                                                         ["settler", other.address]]


def test_bad_names_are_refused(tmp_path: Path, pw: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "keys", "create", "../evil",
                 "--password-file", str(pw), *FAST]) == 2
    assert "key name" in capsys.readouterr().err
    assert not (tmp_path / "evil.json").exists()
