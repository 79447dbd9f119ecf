"""``datafi-desktop wallet ...`` through a tiny dispatcher like ``datafi_desktop.cli``.

The mnemonic and keys are public test vectors or made up here: never fund them.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from eth_account import Account
from eth_keyfile import decode_keyfile_json

from datafi_desktop.commands import wallet as wallet_commands
from datafi_desktop.core.mnemonic import parse_mnemonic
from datafi_desktop.core.profile import Profile
from datafi_desktop.core.wallet import Wallet

PASSWORD = "Qx7!zebra-Plum9#Vk"
TEST_MNEMONIC = "test test test test test test test test test test test junk"
ADDR0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
ADDR1 = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
KEY0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"


class Cli:
    def __init__(self, profile: Path, capsys: pytest.CaptureFixture[str],
                 monkeypatch: pytest.MonkeyPatch) -> None:
        self.profile = profile
        self.capsys = capsys
        self.monkeypatch = monkeypatch

    def __call__(self, *argv: str, stdin: str | bytes = b"") -> tuple[int, str, str]:
        parser = argparse.ArgumentParser(prog="datafi-desktop")
        parser.add_argument("--profile")
        sub = parser.add_subparsers(dest="command", required=True)
        wallet_commands.register(sub)
        args = parser.parse_args(["--profile", str(self.profile), *argv])
        raw = stdin.encode() if isinstance(stdin, str) else stdin
        self.monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw)))
        self.capsys.readouterr()
        code = args.func(args)
        out, err = self.capsys.readouterr()
        return code, out, err

    @property
    def wallet(self) -> Wallet:
        return Wallet(Profile(self.profile).wallet_dir, scrypt_n=2**12)


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Iterator[Cli]:
    monkeypatch.setenv("DATAFI_SCRYPT_N", "4096")
    monkeypatch.setenv("DATAFI_WALLET_PASSWORD", PASSWORD)
    monkeypatch.delenv("DATAFI_KEYSTORE_PASSWORD", raising=False)

    def no_prompt(prompt: str = "") -> str:
        raise AssertionError(f"unexpected prompt {prompt!r}")

    monkeypatch.setattr(wallet_commands.getpass, "getpass", no_prompt)
    yield Cli(tmp_path / "profile", capsys, monkeypatch)


@pytest.mark.parametrize("words", ["12", "24"])
def test_create_prints_address_and_mnemonic_once(cli: Cli, words: str) -> None:
    code, out, err = cli("wallet", "create", "--words", words, "--label", "main")
    assert code == 0
    lines = dict(line.split(": ", 1) for line in out.strip().splitlines())
    phrase = parse_mnemonic(lines["mnemonic"])
    assert phrase.word_count == int(words)
    assert phrase.address(0) == lines["address"]
    assert out.count(lines["mnemonic"]) == 1 and lines["mnemonic"] not in err
    assert "write these" in err.lower() and "only this once" in err
    code, out, _ = cli("wallet", "list")
    assert code == 0 and lines["address"] in out and "main" in out
    assert lines["mnemonic"] not in out


def test_import_each_kind_list_and_derive(cli: Cli, tmp_path: Path) -> None:
    code, out, _ = cli("wallet", "import", "--mnemonic-stdin", "--index", "1",
                       stdin=TEST_MNEMONIC + "\n")
    assert (code, out.strip()) == (0, ADDR1)
    code, out, _ = cli("wallet", "derive")
    assert code == 0 and out.split()[0] == "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"
    code, out, _ = cli("wallet", "derive", "--index", "0", "--label", "zero")
    assert code == 0 and out.split() == [ADDR0, "m/44'/60'/0'/0/0"]

    key = os.urandom(32).hex()
    code, out, _ = cli("wallet", "import", "--private-key-stdin", stdin="0x" + key + "\n")
    assert (code, out.strip()) == (0, Account.from_key(key).address)

    other = os.urandom(32).hex()
    keystore = tmp_path / "from-metamask.json"
    keystore.write_text(json.dumps(Account.encrypt(other, "their pass", kdf="pbkdf2",
                                                   iterations=100)))
    secret_file = tmp_path / "ks-pass.txt"
    secret_file.write_text("their pass\n")
    code, out, _ = cli("wallet", "import", "--keystore", str(keystore),
                       "--keystore-password-file", str(secret_file), "--label", "mm")
    assert (code, out.strip()) == (0, Account.from_key(other).address)

    code, out, _ = cli("wallet", "list", "--json")
    listed = json.loads(out)
    assert [a["source"] for a in listed] == ["mnemonic"] * 3 + ["private_key", "keystore"]
    assert listed[2]["label"] == "zero" and listed[4]["label"] == "mm"
    code, out, _ = cli("wallet", "list")
    assert len(out.strip().splitlines()) == 5 and "private key" in out


def test_export_to_stdout_and_to_a_0600_file(cli: Cli, tmp_path: Path) -> None:
    cli("wallet", "import", "--private-key-stdin", stdin=KEY0)
    code, out, _ = cli("wallet", "export", ADDR0.lower())
    assert code == 0
    assert Account.decrypt(json.loads(out), PASSWORD).hex() == KEY0
    target = tmp_path / "out" / "key.json"
    target.parent.mkdir()
    old = os.umask(0)
    try:
        code, out, err = cli("wallet", "export", ADDR0, "--out", str(target))
    finally:
        os.umask(old)
    assert code == 0 and out == "" and str(target) in err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert decode_keyfile_json(json.loads(target.read_text()), PASSWORD.encode()).hex() == KEY0
    before = target.read_bytes()
    code, _, err = cli("wallet", "export", ADDR0, "--out", str(target))
    assert code == 2 and "not overwriting" in err and target.read_bytes() == before


def test_every_wallet_file_is_0600(cli: Cli) -> None:
    cli("wallet", "create")
    cli("wallet", "derive")
    cli("wallet", "import", "--private-key-stdin", stdin=KEY0)
    wallet_dir = Profile(cli.profile).wallet_dir
    for path in wallet_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert len(list(wallet_dir.iterdir())) == 5


def test_password_file_and_prompts(cli: Cli, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATAFI_WALLET_PASSWORD")
    password_file = tmp_path / "pw"
    password_file.write_text(PASSWORD + "\r\nignored second line\n")
    code, _, _ = cli("wallet", "import", "--private-key-stdin", "--password-file",
                     str(password_file), stdin=KEY0)
    assert code == 0
    cli.wallet.check_password(ADDR0, PASSWORD)

    answers = iter([PASSWORD, PASSWORD + "typo"])
    monkeypatch.setattr(wallet_commands.getpass, "getpass", lambda prompt="": next(answers))
    code, out, err = cli("wallet", "create")
    assert (code, out) == (2, "") and err == "error: the passwords do not match\n"

    prompts: list[str] = []

    def answer(prompt: str = "") -> str:
        prompts.append(prompt)
        return PASSWORD

    monkeypatch.setattr(wallet_commands.getpass, "getpass", answer)
    code, out, _ = cli("wallet", "create")
    assert code == 0 and prompts == ["New wallet password: ", "Repeat the password: "]
    prompts.clear()
    code, _, _ = cli("wallet", "export", ADDR0)
    assert code == 0 and prompts == ["Wallet password: "]

    def eof(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr(wallet_commands.getpass, "getpass", eof)
    code, _, err = cli("wallet", "derive")
    assert code == 2 and "--password-file" in err


def test_keystore_password_from_the_environment(cli: Cli, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    keystore = tmp_path / "k.json"
    keystore.write_text(json.dumps(Account.encrypt(KEY0, "ks-secret-1", kdf="scrypt",
                                                   iterations=2**12)))
    monkeypatch.setenv("DATAFI_KEYSTORE_PASSWORD", "wrong one")
    code, _, err = cli("wallet", "import", "--keystore", str(keystore))
    assert code == 2 and err == f"error: wrong password for {ADDR0}\n"
    monkeypatch.setenv("DATAFI_KEYSTORE_PASSWORD", "ks-secret-1")
    code, out, _ = cli("wallet", "import", "--keystore", str(keystore))
    assert (code, out.strip()) == (0, ADDR0)
    stored = cli.wallet.export_keystore(ADDR0, PASSWORD)  # re-encrypted under the wallet's
    assert stored["crypto"]["kdf"] == "scrypt"


@pytest.mark.parametrize(
    ("argv", "stdin", "fragment"),
    [
        (["import", "--mnemonic-stdin"], "test " * 12, "checksum"),
        (["import", "--mnemonic-stdin"], "", "nothing on stdin"),
        (["import", "--mnemonic-stdin"], b"\xff\xfe bad bytes", "UTF-8"),
        (["import", "--private-key-stdin"], "0x1234", "64 hexadecimal digits"),
        (["import", "--private-key-stdin", "--index", "2"], KEY0, "--index"),
        (["import", "--keystore", "/nonexistent/key.json"], "", "/nonexistent/key.json"),
        (["export", "0x" + "12" * 20], "", "no account"),
        (["export", "nonsense"], "", "not an Ethereum address"),
        (["derive"], "", "no mnemonic"),
        (["derive", "--index", "-1"], "", "no mnemonic"),
    ],
)
def test_user_errors_exit_2_with_one_line(
    cli: Cli, argv: list[str], stdin: str | bytes, fragment: str,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATAFI_KEYSTORE_PASSWORD", "x")
    code, out, err = cli("wallet", *argv, stdin=stdin)
    assert code == 2 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1 and fragment in err


def test_wrong_password_duplicate_and_corrupt_keystore(cli: Cli, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    cli("wallet", "import", "--mnemonic-stdin", stdin=TEST_MNEMONIC)
    code, _, err = cli("wallet", "import", "--mnemonic-stdin", stdin=TEST_MNEMONIC)
    assert code == 2 and "already in this wallet" in err
    monkeypatch.setenv("DATAFI_WALLET_PASSWORD", "not the password")
    code, _, err = cli("wallet", "export", ADDR0)
    assert (code, err) == (2, f"error: wrong password for {ADDR0}\n")
    code, _, err = cli("wallet", "derive")
    assert code == 2 and "wrong password" in err
    broken = tmp_path / "broken.json"
    broken.write_text('{"version": 3, "crypto": {"ciph')
    monkeypatch.setenv("DATAFI_KEYSTORE_PASSWORD", "x")
    code, _, err = cli("wallet", "import", "--keystore", str(broken))
    assert code == 2 and str(broken) in err and "truncated" in err
    for text in (TEST_MNEMONIC, "test test", PASSWORD, KEY0):
        assert text not in err


def test_short_new_password_and_bad_scrypt_override(cli: Cli,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATAFI_WALLET_PASSWORD", "short")
    code, _, err = cli("wallet", "create")
    assert code == 2 and "at least 8 characters" in err and "short" not in err
    monkeypatch.setenv("DATAFI_WALLET_PASSWORD", PASSWORD)
    monkeypatch.setenv("DATAFI_SCRYPT_N", "1000")
    code, _, err = cli("wallet", "create")
    assert code == 2 and "DATAFI_SCRYPT_N" in err


def test_wallet_needs_an_action(cli: Cli) -> None:
    with pytest.raises(SystemExit) as caught:
        cli("wallet")
    assert caught.value.code == 2
    with pytest.raises(SystemExit):
        cli("wallet", "import")  # one of the three sources is required
    with pytest.raises(SystemExit):
        cli("wallet", "create", "--words", "15")
