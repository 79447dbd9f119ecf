"""The wallet: accounts, files at rest, lock and idle lock, signatures, and no leaks.

Keys and mnemonics here are public test vectors or made up on the spot: never fund them.
scrypt runs at n = 2**12 for speed except in the one test that checks the default.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import random
import stat
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from eth_account import Account
from eth_account.hdaccount.mnemonic import Mnemonic
from eth_account.types import Language
from eth_keyfile import decode_keyfile_json
from hypothesis import given, settings
from hypothesis import strategies as st

from datafi_desktop.core import keystore as keystore_module
from datafi_desktop.core.errors import (
    AccountExistsError,
    AccountNotFoundError,
    InvalidMnemonicError,
    InvalidPrivateKeyError,
    KeystoreFormatError,
    WalletError,
    WalletLockedError,
    WrongPasswordError,
)
from datafi_desktop.core.keystore import SECP256K1_N, write_file_atomic
from datafi_desktop.core.mnemonic import parse_mnemonic
from datafi_desktop.core.protocol import (
    Domain,
    claim_request_message,
    personal_sign,
    recover_digest,
    recover_personal,
    recover_typed,
    sign_typed,
    typed_data,
)
from datafi_desktop.core.wallet import (
    PasswordPolicyError,
    SoftwareSigner,
    Wallet,
    encode_signature,
    mnemonic_challenge,
    parse_private_key,
    verify_mnemonic_confirmation,
)

Account.enable_unaudited_hdwallet_features()

FAST_N = 2**12
PASSWORD = "Qx7!zebra-Plum9#Vk"
OTHER_PASSWORD = "mV3$tangerine-Owl8"
TEST_MNEMONIC = "test test test test test test test test test test test junk"
ABANDON_MNEMONIC = " ".join(["abandon"] * 11 + ["about"])
#: Hardhat/anvil accounts 0..2 of TEST_MNEMONIC (public test vectors).
ADDR = [
    "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
    "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
    "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
]
KEY0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
KEY1 = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
HALF_N = SECP256K1_N // 2


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def wallet(tmp_path: Path, clock: FakeClock) -> Wallet:
    return Wallet(tmp_path / "wallet", scrypt_n=FAST_N, clock=clock)


def files(wallet: Wallet, pattern: str = "*") -> list[Path]:
    return sorted(wallet.directory.glob(pattern))


def random_key() -> str:
    return os.urandom(32).hex()


# --- create, derive, import ------------------------------------------------------------


@pytest.mark.parametrize("words", [12, 24])
def test_create_makes_a_mnemonic_account(wallet: Wallet, words: int) -> None:
    created = wallet.create(PASSWORD, words=words, label="main")
    assert len(created.words) == words
    assert parse_mnemonic(created.mnemonic).word_count == words
    assert created.address == Account.from_mnemonic(created.mnemonic).address
    (info,) = wallet.accounts()
    assert info == created.info
    assert (info.label, info.source, info.path, info.index) == (
        "main", "mnemonic", "m/44'/60'/0'/0/0", 0)
    assert info.root == created.address
    assert len(files(wallet, "account-*.json")) == 1
    assert len(files(wallet, "mnemonic-*.json")) == 1
    assert created.mnemonic not in repr(created) and str(words) in repr(created)


def test_create_refuses_other_word_counts(wallet: Wallet) -> None:
    with pytest.raises(ValueError):
        wallet.create(PASSWORD, words=15)


def test_known_vectors_import_then_derive(wallet: Wallet) -> None:
    info = wallet.import_mnemonic(TEST_MNEMONIC, PASSWORD, label="hardhat")
    assert (info.address, info.index, info.path) == (ADDR[0], 0, "m/44'/60'/0'/0/0")
    one = wallet.derive(PASSWORD)
    two = wallet.derive(PASSWORD, label="third")
    assert (one.address, one.index, one.path) == (ADDR[1], 1, "m/44'/60'/0'/0/1")
    assert (two.address, two.index, two.label) == (ADDR[2], 2, "third")
    five = wallet.derive(PASSWORD, index=5)
    expected = Account.from_mnemonic(TEST_MNEMONIC, account_path="m/44'/60'/0'/0/5").address
    assert five.address == expected
    assert wallet.derive(PASSWORD).index == 6  # next after the highest
    with pytest.raises(AccountExistsError):
        wallet.derive(PASSWORD, index=1)
    assert [a.address for a in wallet.accounts()][:3] == ADDR
    assert len(files(wallet, "mnemonic-*.json")) == 1


def test_import_mnemonic_at_an_index_and_share_the_stored_mnemonic(wallet: Wallet) -> None:
    assert wallet.import_mnemonic(TEST_MNEMONIC, PASSWORD, index=1).address == ADDR[1]
    assert wallet.derive(PASSWORD).address == ADDR[2]
    assert wallet.import_mnemonic(TEST_MNEMONIC, PASSWORD, index=0).address == ADDR[0]
    assert len(files(wallet, "mnemonic-*.json")) == 1
    assert {a.root for a in wallet.accounts()} == {ADDR[0]}
    with pytest.raises(ValueError):
        wallet.import_mnemonic(TEST_MNEMONIC, PASSWORD, index=-1)
    with pytest.raises(ValueError):
        wallet.import_mnemonic(TEST_MNEMONIC, PASSWORD, index=2**31)


def test_bip39_vector_and_lenient_typing(wallet: Wallet) -> None:
    assert parse_mnemonic(ABANDON_MNEMONIC).address(0) == (
        "0x9858EfFD232B4033E47d90003D41EC34EcaEda94")
    typed = "  TEST test\ttest test test test test test test test test\n JUNK \n"
    assert wallet.import_mnemonic(typed, PASSWORD).address == ADDR[0]
    prefixed = " ".join(["aban"] * 11 + ["abou"])  # unique 4-letter prefixes
    assert parse_mnemonic(prefixed) == parse_mnemonic(ABANDON_MNEMONIC)


@pytest.mark.parametrize("language", ["french", "japanese", "spanish", "czech"])
def test_mnemonics_in_other_word_lists(wallet: Wallet, language: str) -> None:
    phrase = Mnemonic(Language(language)).generate(12)
    info = wallet.import_mnemonic(phrase, PASSWORD)
    assert info.address == Account.from_mnemonic(phrase).address
    assert wallet.derive(PASSWORD).address == Account.from_mnemonic(
        phrase, account_path="m/44'/60'/0'/0/1").address


@pytest.mark.parametrize(
    ("phrase", "fragment"),
    [
        (" ".join(["test"] * 12), "checksum"),
        (" ".join(["test"] * 11 + ["junkk"]), "word #12"),
        (" ".join(["test"] * 11), "11"),
        ("", "0"),
        ("test " * 300, "too long"),
        (" ".join(["abandon"] * 11 + ["zoo"]), "checksum"),
    ],
)
def test_invalid_mnemonics(wallet: Wallet, phrase: str, fragment: str) -> None:
    with pytest.raises(InvalidMnemonicError) as caught:
        wallet.import_mnemonic(phrase, PASSWORD)
    assert fragment in str(caught.value)
    assert "test test" not in str(caught.value) and "junk" not in str(caught.value)
    assert wallet.accounts() == []


def test_derive_needs_a_stored_mnemonic_and_its_password(wallet: Wallet) -> None:
    with pytest.raises(AccountNotFoundError):
        wallet.derive(PASSWORD)
    wallet.import_private_key(KEY0, PASSWORD)
    with pytest.raises(AccountNotFoundError):
        wallet.derive(PASSWORD)
    wallet.import_mnemonic(TEST_MNEMONIC, PASSWORD, index=1)
    with pytest.raises(WrongPasswordError) as caught:
        wallet.derive(OTHER_PASSWORD)
    assert "wrong password" in str(caught.value)


def test_derive_from_a_chosen_root(wallet: Wallet) -> None:
    wallet.import_mnemonic(TEST_MNEMONIC, PASSWORD)
    other = wallet.import_mnemonic(ABANDON_MNEMONIC, PASSWORD, index=3)
    derived = wallet.derive(PASSWORD, root=other.address)
    assert derived.index == 4
    assert derived.address == parse_mnemonic(ABANDON_MNEMONIC).address(4)
    assert wallet.derive(PASSWORD).address == ADDR[1]  # default: the first mnemonic
    with pytest.raises(AccountNotFoundError):
        wallet.derive(PASSWORD, root="0x" + "12" * 20)


@pytest.mark.parametrize("form", [KEY0, "0x" + KEY0, "0X" + KEY0.upper(), f"  {KEY0}\n"])
def test_import_private_key(wallet: Wallet, form: str) -> None:
    info = wallet.import_private_key(form, PASSWORD, label="imported")
    assert (info.address, info.source, info.path, info.index) == (
        ADDR[0], "private_key", None, None)
    assert wallet.accounts() == [info]
    assert parse_private_key(bytes.fromhex(KEY0)) == bytes.fromhex(KEY0)


@pytest.mark.parametrize(
    "bad",
    [KEY0[:-1], KEY0 + "00", "zz" + KEY0[2:], "00" * 32, f"{SECP256K1_N:064x}", "ff" * 32, ""],
)
def test_invalid_private_keys(wallet: Wallet, bad: str) -> None:
    with pytest.raises(InvalidPrivateKeyError) as caught:
        wallet.import_private_key(bad, PASSWORD)
    if len(bad) > 8:
        assert bad[2:10].lower() not in str(caught.value).lower()
    assert wallet.accounts() == []


def test_import_keystore_of_each_kind(wallet: Wallet, tmp_path: Path) -> None:
    scrypt_doc = Account.encrypt(KEY0, OTHER_PASSWORD, kdf="scrypt", iterations=FAST_N)
    pbkdf2_file = tmp_path / "UTC--pbkdf2--key1.json"
    pbkdf2_file.write_text(
        json.dumps(Account.encrypt(KEY1, OTHER_PASSWORD, kdf="pbkdf2", iterations=1000)))
    key2 = random_key()
    geth_style = Account.encrypt(key2, OTHER_PASSWORD, kdf="scrypt", iterations=FAST_N)
    geth_style["Crypto"] = geth_style.pop("crypto")  # old geth capitalised it
    geth_style["address"] = geth_style["address"].lower()

    first = wallet.import_keystore(scrypt_doc, OTHER_PASSWORD, PASSWORD, label="a")
    second = wallet.import_keystore(pbkdf2_file, OTHER_PASSWORD, PASSWORD)
    third = wallet.import_keystore(json.dumps(geth_style), OTHER_PASSWORD, PASSWORD)
    fourth_src = tmp_path / "four.json"
    key3 = random_key()
    fourth_src.write_text(json.dumps(Account.encrypt(key3, "", kdf="pbkdf2", iterations=10)))
    fourth = wallet.import_keystore(str(fourth_src), "", PASSWORD)
    assert [first.address, second.address, third.address, fourth.address] == [
        ADDR[0], ADDR[1], Account.from_key(key2).address, Account.from_key(key3).address]
    assert {a.source for a in wallet.accounts()} == {"keystore"}
    # stored re-encrypted: scrypt at the wallet's cost, under the wallet password
    stored = json.loads(wallet._store.account_file(ADDR[1]).read_text())
    assert stored["crypto"]["kdf"] == "scrypt"
    assert stored["crypto"]["kdfparams"]["n"] == FAST_N
    assert Account.decrypt(stored, PASSWORD).hex() == KEY1
    with pytest.raises(ValueError):
        Account.decrypt(stored, OTHER_PASSWORD)


def test_import_keystore_with_the_wrong_password_stores_nothing(
    wallet: Wallet, tmp_path: Path
) -> None:
    path = tmp_path / "k.json"
    path.write_text(json.dumps(Account.encrypt(KEY0, OTHER_PASSWORD, kdf="scrypt",
                                               iterations=FAST_N)))
    with pytest.raises(WrongPasswordError) as caught:
        wallet.import_keystore(path, PASSWORD, PASSWORD)
    assert str(caught.value) == f"wrong password for {ADDR[0]}"
    assert wallet.accounts() == [] and files(wallet, "account-*") == []


def test_duplicates_are_refused(wallet: Wallet) -> None:
    wallet.import_mnemonic(TEST_MNEMONIC, PASSWORD)
    before = {p.name: p.read_bytes() for p in files(wallet)}
    with pytest.raises(AccountExistsError):
        wallet.import_mnemonic(TEST_MNEMONIC, PASSWORD)
    with pytest.raises(AccountExistsError):
        wallet.import_private_key(KEY0, OTHER_PASSWORD)
    with pytest.raises(AccountExistsError):
        wallet.import_keystore(
            Account.encrypt(KEY0, PASSWORD, kdf="scrypt", iterations=FAST_N), PASSWORD, PASSWORD)
    assert {p.name: p.read_bytes() for p in files(wallet)} == before
    assert len(wallet.accounts()) == 1


def test_new_passwords_must_be_long_enough(wallet: Wallet) -> None:
    with pytest.raises(PasswordPolicyError) as caught:
        wallet.import_private_key(KEY0, "short")
    assert isinstance(caught.value, WalletError) and isinstance(caught.value, ValueError)
    with pytest.raises(TypeError):
        wallet.import_private_key(KEY0, b"bytes-password")  # type: ignore[arg-type]
    with pytest.raises(ValueError) as bad:
        wallet.import_private_key(KEY0, "long enough \ud800 password")
    assert "\ud800" not in str(bad.value)
    assert wallet.accounts() == []


# --- export ----------------------------------------------------------------------------


def test_export_roundtrips_with_other_tools(wallet: Wallet) -> None:
    wallet.import_private_key(KEY0, PASSWORD, label="x")
    exported = wallet.export_keystore(ADDR[0].lower(), PASSWORD)
    assert exported["version"] == 3 and "x-datafi" not in exported
    assert exported["crypto"]["kdf"] == "scrypt"
    assert Account.decrypt(exported, PASSWORD).hex() == KEY0
    assert decode_keyfile_json(exported, PASSWORD.encode()).hex() == KEY0
    assert Account.decrypt(json.dumps(exported), PASSWORD).hex() == KEY0
    # and it imports into another wallet
    other = Wallet(wallet.directory.parent / "other", scrypt_n=FAST_N)
    assert other.import_keystore(exported, PASSWORD, OTHER_PASSWORD).address == ADDR[0]


def test_export_checks_the_password(wallet: Wallet) -> None:
    wallet.import_private_key(KEY0, PASSWORD)
    with pytest.raises(WrongPasswordError) as caught:
        wallet.export_keystore(ADDR[0], OTHER_PASSWORD)
    assert str(caught.value) == f"wrong password for {ADDR[0]}"
    with pytest.raises(AccountNotFoundError):
        wallet.export_keystore(ADDR[1], PASSWORD)
    with pytest.raises(AccountNotFoundError):
        wallet.export_keystore("not an address", PASSWORD)


def test_mnemonic_file_is_a_v3_envelope_of_the_entropy(wallet: Wallet) -> None:
    created = wallet.create(PASSWORD, words=24)
    (path,) = files(wallet, "mnemonic-*.json")
    document = json.loads(path.read_text())
    assert "address" not in document and document["crypto"]["kdf"] == "scrypt"
    entropy = decode_keyfile_json(document, PASSWORD.encode())
    assert len(entropy) == 32
    assert Mnemonic(Language.ENGLISH).to_mnemonic(entropy) == created.mnemonic
    assert document["x-datafi"]["root"] == created.address


def test_tampered_mnemonic_metadata_is_detected(wallet: Wallet) -> None:
    wallet.import_mnemonic(TEST_MNEMONIC, PASSWORD)
    (path,) = files(wallet, "mnemonic-*.json")
    document = json.loads(path.read_text())
    document["x-datafi"]["language"] = "french"
    path.write_text(json.dumps(document))
    with pytest.raises(KeystoreFormatError) as caught:
        wallet.derive(PASSWORD)
    assert path.name in str(caught.value)


# --- lock, unlock, idle lock -----------------------------------------------------------


def test_unlock_sign_lock(wallet: Wallet) -> None:
    wallet.import_private_key(KEY0, PASSWORD)
    assert wallet.is_locked and wallet.unlocked_address is None
    with pytest.raises(WalletLockedError):
        wallet.signer()
    wallet.unlock(ADDR[0].lower(), PASSWORD)
    assert not wallet.is_locked and wallet.unlocked_address == ADDR[0]
    handed_out = wallet.signer()
    assert handed_out.address == ADDR[0]
    digest = os.urandom(32)
    expected = Account.unsafe_sign_hash(digest, bytes.fromhex(KEY0)).signature
    assert handed_out.sign_digest(digest) == bytes(expected)
    wallet.lock()
    assert wallet.is_locked and wallet.seconds_until_lock() == 0.0
    with pytest.raises(WalletLockedError):
        handed_out.sign_digest(digest)
    with pytest.raises(WalletLockedError):
        wallet.signer()
    wallet.lock()  # locking twice is fine


def test_wrong_password_does_not_change_the_unlocked_account(wallet: Wallet) -> None:
    wallet.import_private_key(KEY0, PASSWORD)
    wallet.import_private_key(KEY1, PASSWORD)
    wallet.unlock(ADDR[0], PASSWORD)
    with pytest.raises(WrongPasswordError) as caught:
        wallet.unlock(ADDR[1], OTHER_PASSWORD)
    assert str(caught.value) == f"wrong password for {ADDR[1]}"
    assert wallet.unlocked_address == ADDR[0]
    with pytest.raises(AccountNotFoundError):
        wallet.unlock(ADDR[2], PASSWORD)


def test_unlocking_another_account_retires_old_signers(wallet: Wallet) -> None:
    wallet.import_private_key(KEY0, PASSWORD)
    wallet.import_private_key(KEY1, PASSWORD)
    wallet.unlock(ADDR[0], PASSWORD)
    first = wallet.signer()
    inner = wallet._signer
    wallet.unlock(ADDR[1], PASSWORD)
    assert inner is not None and inner.wiped
    with pytest.raises(WalletLockedError):
        first.sign_digest(bytes(32))
    assert recover_digest(bytes(32), wallet.signer().sign_digest(bytes(32))) == ADDR[1]


def test_idle_lock_with_a_fake_clock(wallet: Wallet, clock: FakeClock) -> None:
    wallet.import_private_key(KEY0, PASSWORD)
    wallet.unlock(ADDR[0], PASSWORD)
    handed_out = wallet.signer()
    inner = wallet._signer
    assert wallet.seconds_until_lock() == 600.0
    clock.advance(599)
    assert wallet.seconds_until_lock() == pytest.approx(1.0)
    handed_out.sign_digest(bytes(32))  # signing touches the timer
    assert wallet.seconds_until_lock() == 600.0
    clock.advance(599)
    assert not wallet.is_locked
    clock.advance(1)
    with pytest.raises(WalletLockedError):
        handed_out.sign_digest(bytes(32))
    assert wallet._signer is None and inner is not None and inner.wiped
    assert wallet.is_locked and wallet.unlocked_address is None
    with pytest.raises(WalletLockedError):
        wallet.signer()
    with pytest.raises(WalletLockedError):
        inner.sign_digest(bytes(32))


def test_signer_call_after_idle_raises(wallet: Wallet, clock: FakeClock) -> None:
    wallet.idle_timeout = 30
    wallet.import_private_key(KEY0, PASSWORD)
    wallet.unlock(ADDR[0], PASSWORD)
    clock.advance(20)
    wallet.touch()
    clock.advance(20)
    assert wallet.signer().address == ADDR[0]
    clock.advance(10)
    with pytest.raises(WalletLockedError):
        wallet.signer()


def test_idle_timeout_settings(tmp_path: Path, clock: FakeClock) -> None:
    never = Wallet(tmp_path / "w", scrypt_n=FAST_N, clock=clock, idle_timeout=float("inf"))
    never.import_private_key(KEY0, PASSWORD)
    never.unlock(ADDR[0], PASSWORD)
    clock.advance(10**9)
    assert not never.is_locked and never.seconds_until_lock() == float("inf")
    for bad in (0, -1, float("nan")):
        with pytest.raises(ValueError):
            Wallet(tmp_path / "w", idle_timeout=bad)


def test_signing_from_threads_while_locking(wallet: Wallet) -> None:
    import threading

    wallet.import_private_key(KEY0, PASSWORD)
    wallet.unlock(ADDR[0], PASSWORD)
    handed_out = wallet.signer()
    results: list[str] = []
    started = threading.Barrier(5)

    def work() -> None:
        started.wait()
        for n in range(200):
            digest = n.to_bytes(32, "big")
            try:
                results.append(recover_digest(digest, handed_out.sign_digest(digest)))
            except WalletLockedError:
                results.append("locked")

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    started.wait()
    wallet.lock()
    for thread in threads:
        thread.join()
    assert len(results) == 800 and set(results) <= {ADDR[0], "locked"}
    with pytest.raises(WalletLockedError):
        handed_out.sign_digest(bytes(32))


def test_check_password_does_not_unlock(wallet: Wallet, clock: FakeClock) -> None:
    wallet.import_private_key(KEY0, PASSWORD)
    wallet.check_password(ADDR[0], PASSWORD)
    assert wallet.is_locked
    with pytest.raises(WrongPasswordError):
        wallet.check_password(ADDR[0], OTHER_PASSWORD)
    wallet.unlock(ADDR[0], PASSWORD)
    clock.advance(500)
    wallet.check_password(ADDR[0], PASSWORD)  # asked again for a claim: counts as use
    assert wallet.seconds_until_lock() == 600.0


def test_remove(wallet: Wallet) -> None:
    wallet.import_mnemonic(TEST_MNEMONIC, PASSWORD)
    wallet.derive(PASSWORD)
    wallet.import_private_key(random_key(), PASSWORD)
    wallet.unlock(ADDR[1], PASSWORD)
    with pytest.raises(WrongPasswordError):
        wallet.remove(ADDR[1], OTHER_PASSWORD)
    assert len(wallet.accounts()) == 3
    wallet.remove(ADDR[1], PASSWORD)
    assert wallet.is_locked
    assert ADDR[1] not in [a.address for a in wallet.accounts()]
    assert not wallet._store.account_file(ADDR[1]).exists()
    assert len(files(wallet, "mnemonic-*.json")) == 1  # account 0 still uses it
    wallet.remove(ADDR[0], PASSWORD)
    assert files(wallet, "mnemonic-*.json") == []  # its last account is gone
    with pytest.raises(AccountNotFoundError):
        wallet.remove(ADDR[0], PASSWORD)
    assert len(wallet.accounts()) == 1


def test_rename(wallet: Wallet) -> None:
    wallet.import_private_key(KEY0, PASSWORD, label="old")
    assert wallet.rename(ADDR[0], "new\x00 label\n").label == "new label"
    assert Wallet(wallet.directory, scrypt_n=FAST_N).account(ADDR[0]).label == "new label"
    with pytest.raises(AccountNotFoundError):
        wallet.rename(ADDR[1], "x")


# --- files at rest ---------------------------------------------------------------------


def all_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def test_every_file_is_0600_whatever_the_umask(tmp_path: Path, clock: FakeClock) -> None:
    old = os.umask(0)
    try:
        wallet = Wallet(tmp_path / "deep" / "wallet", scrypt_n=FAST_N, clock=clock)
        wallet.create(PASSWORD)
        wallet.derive(PASSWORD)
        wallet.import_mnemonic(ABANDON_MNEMONIC, PASSWORD, index=2)
        wallet.import_private_key(random_key(), PASSWORD)
        wallet.import_keystore(
            Account.encrypt(random_key(), PASSWORD, kdf="pbkdf2", iterations=10),
            PASSWORD, PASSWORD)
        wallet.rename(wallet.accounts()[0].address, "renamed")
    finally:
        os.umask(old)
    written = all_files(wallet.directory)
    assert len(written) == 1 + 2 + 5  # the index, two mnemonics, five accounts
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(wallet.directory.stat().st_mode) == 0o700


def test_default_scrypt_cost_is_2_to_the_18(tmp_path: Path) -> None:
    wallet = Wallet(tmp_path / "wallet")
    assert wallet.scrypt_n == 2**18
    wallet.import_private_key(KEY0, PASSWORD)
    (path,) = files(wallet, "account-*.json")
    params = json.loads(path.read_text())["crypto"]["kdfparams"]
    assert (params["n"], params["r"], params["p"], params["dklen"]) == (2**18, 8, 1, 32)


@pytest.mark.parametrize("n", [0, 1, 3, 2**12 + 1, 2**21, True])
def test_scrypt_cost_must_be_a_sane_power_of_two(tmp_path: Path, n: int) -> None:
    with pytest.raises(ValueError):
        Wallet(tmp_path / "w", scrypt_n=n)


def good_keystore() -> dict[str, Any]:
    return Account.encrypt(KEY0, OTHER_PASSWORD, kdf="scrypt", iterations=FAST_N)


def mutate(change: str) -> Any:
    doc = good_keystore()
    crypto = doc["crypto"]
    if change == "version 4":
        doc["version"] = 4
    elif change == "no version":
        del doc["version"]
    elif change == "argon2":
        crypto["kdf"] = "argon2id"
    elif change == "gcm":
        crypto["cipher"] = "aes-256-gcm"
    elif change == "no mac":
        del crypto["mac"]
    elif change == "mac not hex":
        crypto["mac"] = "zz" * 32
    elif change == "short iv":
        crypto["cipherparams"]["iv"] = "00" * 8
    elif change == "n not a power of two":
        crypto["kdfparams"]["n"] = 1000
    elif change == "memory bomb":
        crypto["kdfparams"]["n"] = 2**30
    elif change == "no crypto":
        del doc["crypto"]
    elif change == "bad address":
        doc["address"] = "not-an-address"
    elif change == "array":
        return [doc]
    elif change == "pbkdf2 sha512":
        doc = Account.encrypt(KEY0, OTHER_PASSWORD, kdf="pbkdf2", iterations=10)
        doc["crypto"]["kdfparams"]["prf"] = "hmac-sha512"
    elif change == "pbkdf2 huge c":
        doc = Account.encrypt(KEY0, OTHER_PASSWORD, kdf="pbkdf2", iterations=10)
        doc["crypto"]["kdfparams"]["c"] = 10**12
    elif change == "dklen 16":
        crypto["kdfparams"]["dklen"] = 16
    elif change == "n is text":
        crypto["kdfparams"]["n"] = "4096"
    return doc


CORRUPTIONS = [
    "version 4", "no version", "argon2", "gcm", "no mac", "mac not hex", "short iv",
    "n not a power of two", "memory bomb", "no crypto", "bad address", "array",
    "pbkdf2 sha512", "pbkdf2 huge c", "dklen 16", "n is text",
]


@pytest.mark.parametrize("change", CORRUPTIONS)
def test_unsupported_keystores_are_refused_naming_the_file(
    wallet: Wallet, tmp_path: Path, change: str
) -> None:
    path = tmp_path / f"keystore-{change.replace(' ', '-')}.json"
    path.write_text(json.dumps(mutate(change)))
    with pytest.raises(KeystoreFormatError) as caught:
        wallet.import_keystore(path, OTHER_PASSWORD, PASSWORD)
    assert str(path) in str(caught.value)
    assert wallet.accounts() == []


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "JSON"),
        (b"not json at all", "JSON"),
        (b"\xff\xfe\x00garbage", "UTF-8"),
        (b"[" * 100_000, "nested"),
        (b"[" * 20 + b"]" * 20, "JSON object"),
        (b" " * (1 << 20) + b"{}", "too large"),
    ],
)
def test_non_json_files_are_refused(
    wallet: Wallet, tmp_path: Path, content: bytes, fragment: str
) -> None:
    path = tmp_path / "weird.json"
    path.write_bytes(content)
    with pytest.raises(KeystoreFormatError) as caught:
        wallet.import_keystore(path, OTHER_PASSWORD, PASSWORD)
    assert str(path) in str(caught.value) and fragment in str(caught.value)


def test_truncated_keystore(wallet: Wallet, tmp_path: Path) -> None:
    text = json.dumps(good_keystore())
    for cut in (1, len(text) // 3, len(text) // 2, len(text) - 1):
        path = tmp_path / f"cut{cut}.json"
        path.write_text(text[:cut])
        with pytest.raises(KeystoreFormatError, match="truncated"):
            wallet.import_keystore(path, OTHER_PASSWORD, PASSWORD)


def test_missing_keystore_file(wallet: Wallet, tmp_path: Path) -> None:
    with pytest.raises(KeystoreFormatError, match="no such file"):
        wallet.import_keystore(tmp_path / "nope.json", OTHER_PASSWORD, PASSWORD)


def test_tampered_ciphertext_or_foreign_address(wallet: Wallet) -> None:
    doc = good_keystore()
    first = int(doc["crypto"]["ciphertext"][:2], 16) ^ 1
    doc["crypto"]["ciphertext"] = f"{first:02x}" + doc["crypto"]["ciphertext"][2:]
    with pytest.raises(WrongPasswordError):  # the MAC cannot tell tampering from a typo
        wallet.import_keystore(doc, OTHER_PASSWORD, PASSWORD)
    lying = good_keystore()
    lying["address"] = ADDR[1][2:]
    with pytest.raises(KeystoreFormatError, match="does not belong"):
        wallet.import_keystore(lying, OTHER_PASSWORD, PASSWORD)
    no_address = good_keystore()
    del no_address["address"]
    assert wallet.import_keystore(no_address, OTHER_PASSWORD, PASSWORD).address == ADDR[0]


def test_corrupt_stored_account_file(wallet: Wallet) -> None:
    wallet.import_private_key(KEY0, PASSWORD)
    path = wallet._store.account_file(ADDR[0])
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(KeystoreFormatError) as caught:
        wallet.unlock(ADDR[0], PASSWORD)
    assert path.name in str(caught.value)
    assert [a.address for a in wallet.accounts()] == [ADDR[0]]  # still listed, still named


# --- the index -------------------------------------------------------------------------


def test_index_is_rebuilt_when_lost_or_corrupt(wallet: Wallet) -> None:
    wallet.import_mnemonic(TEST_MNEMONIC, PASSWORD, label="first")
    wallet.derive(PASSWORD, label="second")
    wallet.import_private_key(random_key(), PASSWORD, label="third")
    before = wallet.accounts()
    index = wallet.directory / "accounts.json"
    index.unlink()
    assert wallet.accounts() == before
    assert index.exists()
    index.write_text('{"format": "datafi-wallet-in')
    assert wallet.accounts() == before
    index.write_text(json.dumps({"format": "datafi-wallet-index", "version": 1,
                                 "accounts": [{"address": "0x" + "ab" * 20}, 7, "x"]}))
    assert sorted(a.address for a in wallet.accounts()) == sorted(a.address for a in before)


def test_account_files_written_without_the_index_still_appear(
    wallet: Wallet, tmp_path: Path
) -> None:
    wallet.import_private_key(KEY0, PASSWORD)
    other = Wallet(tmp_path / "other", scrypt_n=FAST_N)
    info = other.import_mnemonic(TEST_MNEMONIC, PASSWORD, index=1, label="copied")
    for path in files(other, "*-*.json"):  # a crash after the key file, before the index
        (wallet.directory / path.name).write_bytes(path.read_bytes())
    (wallet.directory / ".account-x.json.1234.tmp").write_text("half")  # crash leftovers
    (wallet.directory / "account-nothex.json").write_text("{}")
    accounts = wallet.accounts()
    assert [a.address for a in accounts] == [ADDR[0], ADDR[1]]
    assert accounts[1] == info
    assert wallet.derive(PASSWORD).address == ADDR[2]


def test_failed_writes_leave_nothing_behind(
    wallet: Wallet, monkeypatch: pytest.MonkeyPatch
) -> None:
    wallet.import_private_key(KEY0, PASSWORD)
    before = {p.name: p.read_bytes() for p in wallet.directory.iterdir()}

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(keystore_module.os, "fsync", full_disk)
    with pytest.raises(OSError):
        wallet.import_private_key(KEY1, PASSWORD)
    with pytest.raises(OSError):
        wallet.create(PASSWORD)
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in wallet.directory.iterdir()} == before
    assert [a.address for a in wallet.accounts()] == [ADDR[0]]


def test_index_write_failure_loses_no_account(
    wallet: Wallet, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def no_replace(src: str, dst: str) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(keystore_module.os, "replace", no_replace)
    info = wallet.import_private_key(KEY0, PASSWORD, label="kept")
    monkeypatch.undo()
    assert "cannot write" in caplog.text
    assert wallet.accounts() == [info]


def test_write_file_atomic_never_clobbers(tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    write_file_atomic(target, b"one", overwrite=False)
    with pytest.raises(FileExistsError):
        write_file_atomic(target, b"two", overwrite=False)
    assert target.read_bytes() == b"one"
    write_file_atomic(target, b"three", overwrite=True)
    assert target.read_bytes() == b"three"
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


# --- signatures ------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(digest=st.binary(min_size=32, max_size=32), secret=st.integers(1, SECP256K1_N - 1))
def test_software_signatures_recover_and_are_low_s(digest: bytes, secret: int) -> None:
    key = secret.to_bytes(32, "big")
    signer = SoftwareSigner(key)
    signature = signer.sign_digest(digest)
    assert len(signature) == 65 and signature[64] in (27, 28)
    assert int.from_bytes(signature[32:64], "big") <= HALF_N
    assert recover_digest(digest, signature) == signer.address
    assert signature == bytes(Account.unsafe_sign_hash(digest, key).signature)


@given(digest=st.binary(min_size=32, max_size=32))
def test_high_s_is_folded(digest: bytes) -> None:
    signature = SoftwareSigner(bytes.fromhex(KEY0)).sign_digest(digest)
    r = int.from_bytes(signature[:32], "big")
    s = int.from_bytes(signature[32:64], "big")
    v = signature[64] - 27
    assert encode_signature(r, SECP256K1_N - s, v ^ 1) == signature


def test_wallet_signatures_fit_the_protocol(wallet: Wallet) -> None:
    wallet.import_mnemonic(TEST_MNEMONIC, PASSWORD)
    wallet.unlock(ADDR[0], PASSWORD)
    domain = Domain(chain_id=31337, verifying_contract="0x" + "11" * 20)
    message = claim_request_message(
        account=ADDR[0], cumulative_amount=5, expected_root="0x" + "00" * 32, nonce=0,
        deadline=1)
    full = typed_data(domain, "ClaimRequest", message)
    assert recover_typed(full, sign_typed(full, wallet.signer())) == ADDR[0]
    assert recover_personal("sign in", personal_sign("sign in", wallet.signer())) == ADDR[0]


def test_software_signer_edges() -> None:
    signer = SoftwareSigner(bytes.fromhex(KEY0))
    for bad in (b"", bytes(31), bytes(33), "00" * 32):
        with pytest.raises(ValueError):
            signer.sign_digest(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidPrivateKeyError):
        SoftwareSigner(bytes(32))
    with pytest.raises(TypeError):
        pickle.dumps(signer)
    signer.wipe()
    with pytest.raises(WalletLockedError):
        signer.sign_digest(bytes(32))


# --- the confirmation helpers ----------------------------------------------------------


def test_mnemonic_challenge() -> None:
    for words in (12, 24, TEST_MNEMONIC, parse_mnemonic(TEST_MNEMONIC)):
        picked = mnemonic_challenge(words, k=3)
        count = words if isinstance(words, int) else 12
        assert picked == sorted(set(picked)) and len(picked) == 3
        assert all(1 <= p <= count for p in picked)
    assert mnemonic_challenge(12, rng=random.Random(1)) == mnemonic_challenge(
        12, rng=random.Random(1))
    assert mnemonic_challenge(12, k=12) == list(range(1, 13))
    for k in (0, 13):
        with pytest.raises(ValueError):
            mnemonic_challenge(12, k=k)


def test_verify_mnemonic_confirmation() -> None:
    phrase = ABANDON_MNEMONIC
    assert verify_mnemonic_confirmation(phrase, {1: "abandon", 12: "about"})
    assert verify_mnemonic_confirmation(phrase, {12: "  ABOUT "})
    assert verify_mnemonic_confirmation(parse_mnemonic(phrase), {3: "abandon"})
    assert not verify_mnemonic_confirmation(phrase, {12: "abandon"})
    assert not verify_mnemonic_confirmation(phrase, {1: "abandon", 12: "abou"})
    assert not verify_mnemonic_confirmation(phrase, {})
    assert not verify_mnemonic_confirmation(phrase, {13: "about"})
    assert not verify_mnemonic_confirmation(phrase, {0: "abandon"})
    assert not verify_mnemonic_confirmation(phrase, {1: "abandon abandon"})


# --- nothing secret leaks --------------------------------------------------------------


def exception_texts(exc: BaseException) -> Iterator[str]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield str(current)
        yield repr(current)
        yield repr(current.args)
        yield "".join(traceback.format_exception(current))
        todo += [current.__cause__, current.__context__]


def is_valid(phrase: str) -> bool:
    try:
        parse_mnemonic(phrase)
    except InvalidMnemonicError:
        return False
    return True


def secret_fragments(secrets: list[str], width: int) -> set[str]:
    """Each secret, and every ``width``-character slice of it (no partial leak either)."""
    out: set[str] = set()
    for secret in secrets:
        out.add(secret)
        out.update(secret[i : i + width] for i in range(0, max(1, len(secret) - width + 1)))
    return out


def test_nothing_secret_leaks(
    wallet: Wallet, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    keystore_password = "Zq4%orchid-Lynx2@Rt"
    texts: list[str] = []
    raised: list[BaseException] = []

    def expect_error(call: Any, *args: Any, **kwargs: Any) -> None:
        try:
            call(*args, **kwargs)
        except Exception as exc:
            raised.append(exc)
        else:
            raise AssertionError(f"{call} did not raise")

    created = wallet.create(PASSWORD, label="mine")
    phrase = created.mnemonic
    words = phrase.split()
    derived = wallet.derive(PASSWORD)
    key_hex = random_key()
    imported = wallet.import_private_key("0x" + key_hex, PASSWORD)
    other_key = random_key()
    foreign = tmp_path / "foreign.json"
    foreign.write_text(json.dumps(Account.encrypt(other_key, keystore_password,
                                                  kdf="scrypt", iterations=FAST_N)))
    wallet.import_keystore(foreign, keystore_password, PASSWORD)
    wallet.unlock(derived.address, PASSWORD)
    signer_handle = wallet.signer()
    inner = wallet._signer
    texts += [repr(wallet), str(wallet), repr(created), str(created), repr(signer_handle),
              repr(inner), repr(parse_mnemonic(phrase)), repr(wallet.accounts()),
              repr(imported), repr(derived)]

    # failures with inputs close to the secrets
    near_miss = next(  # the last word changed so that the checksum fails
        candidate
        for last in Mnemonic(Language.ENGLISH).wordlist
        if not is_valid(candidate := " ".join([*words[:-1], last]))
    )
    expect_error(wallet.import_mnemonic, near_miss, PASSWORD)
    expect_error(wallet.import_mnemonic, " ".join([*words[:11], "notaword"]), PASSWORD)
    expect_error(wallet.import_mnemonic, phrase, PASSWORD)  # duplicate
    expect_error(wallet.import_mnemonic, phrase + " " + phrase, PASSWORD)
    expect_error(wallet.import_private_key, key_hex, PASSWORD)  # duplicate
    expect_error(wallet.import_private_key, key_hex[:-1], PASSWORD)
    expect_error(wallet.import_private_key, key_hex[:-1] + "g", PASSWORD)
    expect_error(wallet.import_private_key, random_key(), PASSWORD[:5])
    expect_error(wallet.import_private_key, random_key(), PASSWORD + "\ud800")
    expect_error(wallet.import_keystore, foreign, PASSWORD, PASSWORD)
    expect_error(wallet.import_keystore, foreign, keystore_password, PASSWORD)
    expect_error(wallet.unlock, created.address, PASSWORD + "x")
    expect_error(wallet.unlock, created.address, keystore_password)
    expect_error(wallet.check_password, imported.address, PASSWORD[:-1])
    expect_error(wallet.export_keystore, imported.address, PASSWORD.upper())
    expect_error(wallet.derive, PASSWORD[::-1])
    expect_error(wallet.remove, imported.address, "")
    expect_error(SoftwareSigner, key_hex[:-2])
    expect_error(wallet.export_keystore, key_hex, PASSWORD)  # a key pasted as an address
    expect_error(wallet.unlock, phrase, PASSWORD)
    expect_error(wallet.derive, PASSWORD, root=phrase)
    expect_error(pickle.dumps, created)
    expect_error(pickle.dumps, inner)
    expect_error(pickle.dumps, parse_mnemonic(phrase))
    wallet.lock()
    expect_error(signer_handle.sign_digest, bytes(32))
    for exc in raised:
        assert isinstance(exc, WalletError | ValueError | TypeError), exc
        texts.extend(exception_texts(exc))

    for record in caplog.records:
        texts.append(record.getMessage())
        if record.exc_info and record.exc_info[1] is not None:
            texts.extend(exception_texts(record.exc_info[1]))
    for path in all_files(wallet.directory):
        texts.append(path.name)
        texts.append(path.read_text())

    assert caplog.records, "the wallet logs its actions"
    haystack = "\n".join(texts)
    keys_hex = [key_hex, key_hex.upper(), other_key]
    fragments = secret_fragments(keys_hex, 10)  # 10 hex digits: no chance match in the files
    fragments |= secret_fragments([PASSWORD, keystore_password], 6)
    fragments.add(phrase)  # and every two consecutive words of it
    fragments |= {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
    fragments |= {" ".join(near_miss.split()[i : i + 2]) for i in range(len(words) - 1)}
    leaked = sorted(s for s in fragments if s in haystack)
    assert leaked == []
