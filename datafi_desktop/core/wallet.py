"""The built-in wallet: accounts at rest in keystore v3 files, unlock, idle lock, signing.

The :class:`Wallet` keeps keys on disk (:mod:`.wallet_store`, :mod:`.keystore`) and,
once unlocked, hands out a :class:`~datafi_desktop.core.protocol.DigestSigner`. Signing
is separate from key storage: today the signer is a :class:`SoftwareSigner` holding
the key in memory; a hardware signer only has to implement the same protocol.

Example:

>>> import pathlib, tempfile
>>> wallet = Wallet(pathlib.Path(tempfile.mkdtemp()) / "wallet", scrypt_n=2**12)
>>> info = wallet.import_mnemonic(
...     "test test test test test test test test test test test junk", "correct horse")
>>> info.address, info.path
('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266', "m/44'/60'/0'/0/0")
>>> wallet.derive("correct horse").address
'0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
>>> wallet.unlock(info.address, "correct horse")
>>> signature = wallet.signer().sign_digest(bytes(32))
>>> len(signature), signature[64] in (27, 28)
(65, True)
>>> wallet.lock()
>>> wallet.is_locked
True

Nothing secret (key, mnemonic, password) appears in an exception message, a log
record or a ``repr``; exceptions from the crypto libraries, whose messages may quote
their input, are never chained to the ones raised here.
"""

from __future__ import annotations

import json
import logging
import math
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import (
    AccountExistsError,
    AccountNotFoundError,
    InvalidMnemonicError,
    KeystoreFormatError,
    WalletLockedError,
)
from .keystore import (
    METADATA_KEY,
    SCRYPT_N_DEFAULT,
    address_of,
    check_scrypt_n,
    decrypt_key,
    decrypt_secret,
    encrypt_key,
    encrypt_secret,
)
from .mnemonic import (
    PATH_PREFIX,
    Bip39Phrase,
    derivation_path,
    generate_mnemonic,
    mnemonic_challenge,
    parse_mnemonic,
    verify_mnemonic_confirmation,
)
from .wallet_accounts import (
    MIN_PASSWORD_CHARS,
    CreatedAccount,
    PasswordPolicyError,
    WalletSigner,
    check_new_password,
    load_keystore_source,
)
from .wallet_store import AccountInfo, AccountStore, checksum, clean_label

if TYPE_CHECKING:  # the signing stack (eth-keys, coincurve) loads when a key is used
    from .protocol import DigestSigner
    from .wallet_signer import SoftwareSigner, encode_signature, parse_private_key

_SIGNER_NAMES = ("SoftwareSigner", "encode_signature", "parse_private_key")


def __getattr__(name: str) -> Any:
    if name in _SIGNER_NAMES:
        from . import wallet_signer

        return getattr(wallet_signer, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_IDLE_TIMEOUT",
    "MIN_PASSWORD_CHARS",
    "SCRYPT_N_DEFAULT",
    "AccountInfo",
    "CreatedAccount",
    "PasswordPolicyError",
    "SoftwareSigner",
    "Wallet",
    "WalletSigner",
    "encode_signature",
    "mnemonic_challenge",
    "parse_private_key",
    "verify_mnemonic_confirmation",
]

log = logging.getLogger(__name__)

#: Lock after this many seconds without signing.
DEFAULT_IDLE_TIMEOUT = 600.0
class Wallet:
    """Accounts of one profile (``Profile.wallet_dir``), and the one that is unlocked.

    ``scrypt_n`` is the cost of files written from now on (reading uses each file's
    own); tests pass ``2**12``. ``clock`` measures idle time (monotonic seconds).
    """

    def __init__(
        self,
        directory: Path | str,
        *,
        scrypt_n: int = SCRYPT_N_DEFAULT,
        idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._directory = Path(directory)
        self._directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._scrypt_n = check_scrypt_n(scrypt_n)
        self._clock = clock
        self._store = AccountStore(self._directory)
        self._state = threading.RLock()
        self._signer: SoftwareSigner | None = None
        self._last_used = 0.0
        self._idle_timeout = DEFAULT_IDLE_TIMEOUT
        self.idle_timeout = idle_timeout

    # --- settings and state ---------------------------------------------------------

    @property
    def directory(self) -> Path:
        return self._directory

    @property
    def scrypt_n(self) -> int:
        return self._scrypt_n

    @property
    def clock(self) -> Callable[[], float]:
        """The clock idle time is measured with (monotonic seconds)."""
        return self._clock

    @property
    def idle_timeout(self) -> float:
        """Seconds without signing before the wallet locks itself (``math.inf``: never)."""
        return self._idle_timeout

    @idle_timeout.setter
    def idle_timeout(self, seconds: float) -> None:
        seconds = float(seconds)
        if math.isnan(seconds) or seconds <= 0:
            raise ValueError("the idle timeout must be a positive number of seconds")
        self._idle_timeout = seconds

    @property
    def is_locked(self) -> bool:
        with self._state:
            self._expire_if_idle()
            return self._signer is None

    @property
    def unlocked_address(self) -> str | None:
        with self._state:
            self._expire_if_idle()
            return self._signer.address if self._signer is not None else None

    def seconds_until_lock(self) -> float:
        """0.0 when locked; otherwise the seconds left before the idle lock."""
        with self._state:
            self._expire_if_idle()
            if self._signer is None:
                return 0.0
            return max(0.0, self._idle_timeout - (self._clock() - self._last_used))

    def touch(self) -> None:
        """Count user activity as use: restart the idle timer if still unlocked."""
        with self._state:
            self._expire_if_idle()
            if self._signer is not None:
                self._last_used = self._clock()

    # --- listing ---------------------------------------------------------------------

    def accounts(self) -> list[AccountInfo]:
        """Every stored account in the order it was added."""
        return self._store.accounts()

    def account(self, address: str) -> AccountInfo:
        address = checksum(address)
        for info in self.accounts():
            if info.address == address:
                return info
        raise AccountNotFoundError(f"no account {address} in this wallet")

    def rename(self, address: str, label: str) -> AccountInfo:
        """Change the label of an account (labels live in the index, never secret)."""
        return self._store.set_label(address, label)

    # --- adding accounts -----------------------------------------------------------

    def create(self, password: str, *, words: int = 12, label: str = "") -> CreatedAccount:
        """A new BIP-39 mnemonic (12 or 24 words) and its account 0.

        The mnemonic is returned once, for the user to write down and confirm
        (:func:`mnemonic_challenge`, :func:`verify_mnemonic_confirmation`); it is stored
        encrypted under ``password`` for :meth:`derive`.
        """
        check_new_password(password)
        phrase = generate_mnemonic(words)
        info = self._add_mnemonic_account(phrase, 0, password, label)
        return CreatedAccount(info, phrase.phrase)

    def derive(
        self, password: str, *, index: int | None = None, label: str = "", root: str | None = None
    ) -> AccountInfo:
        """Add account ``index`` (default: the next unused) of a stored mnemonic.

        ``root`` is the address of any account of that mnemonic; by default the first
        mnemonic account of the wallet. ``password`` must open the stored mnemonic.
        """
        accounts = self.accounts()
        root_address = self._find_root(accounts, root)
        phrase = self._open_mnemonic(root_address, password)
        if index is None:
            used = [a.index for a in accounts if a.root == root_address and a.index is not None]
            index = max(used, default=-1) + 1
        return self._add_mnemonic_account(phrase, index, password, label)

    def import_mnemonic(
        self, phrase: str, password: str, *, index: int = 0, label: str = ""
    ) -> AccountInfo:
        """Add account ``index`` of an existing BIP-39 phrase (stored for :meth:`derive`)."""
        check_new_password(password)
        derivation_path(index)
        return self._add_mnemonic_account(parse_mnemonic(phrase), index, password, label)

    def import_private_key(self, key: str, password: str, *, label: str = "") -> AccountInfo:
        """Add an account from a raw private key (64 hex digits, ``0x`` optional)."""
        check_new_password(password)
        from .wallet_signer import parse_private_key

        raw = parse_private_key(key)
        info = AccountInfo(address_of(raw), clean_label(label), "private_key", created=_now())
        self._store_key(info, raw, password)
        return info

    def import_keystore(
        self,
        source: str | Path | dict[str, Any],
        keystore_password: str,
        password: str,
        *,
        label: str = "",
    ) -> AccountInfo:
        """Add the key of a keystore v3 file (scrypt or pbkdf2) from any wallet.

        ``source`` is a path, JSON text or the parsed JSON. The file is opened with
        ``keystore_password`` and stored re-encrypted (scrypt) under ``password``.
        """
        check_new_password(password)
        document, name = load_keystore_source(source)
        raw = decrypt_key(document, keystore_password, name=name)
        info = AccountInfo(address_of(raw), clean_label(label), "keystore", created=_now())
        self._store_key(info, raw, password)
        return info

    # --- using accounts ------------------------------------------------------------

    def export_keystore(self, address: str, password: str) -> dict[str, Any]:
        """The account's keystore v3 (scrypt) JSON, as other Ethereum wallets read it.

        ``password`` is checked first, so the export is known to open with it.
        """
        document = self._open(address, password)[0]
        clean = {k: v for k, v in document.items() if k != METADATA_KEY}
        return dict(json.loads(json.dumps(clean)))

    def check_password(self, address: str, password: str) -> None:
        """Raise :class:`WrongPasswordError` unless ``password`` opens the account.

        Does not unlock; used when a claim asks for the password again.
        """
        address = self._open(address, password)[1]
        with self._state:
            if self._signer is not None and self._signer.address == address:
                self.touch()

    def unlock(self, address: str, password: str) -> None:
        """Decrypt the account's key and make it the signing account."""
        _document, address, key = self._open(address, password)
        from .wallet_signer import SoftwareSigner

        signer = SoftwareSigner(key)
        with self._state:
            previous, self._signer = self._signer, signer
            self._last_used = self._clock()
        if previous is not None:
            previous.wipe()
        log.info("wallet: unlocked %s", address)

    def lock(self) -> None:
        """Forget the unlocked key now."""
        with self._state:
            self._wipe("on demand")

    def signer(self) -> DigestSigner:
        """The unlocked account's signer; raises :class:`WalletLockedError` when locked."""
        with self._state:
            self._expire_if_idle()
            if self._signer is None:
                raise WalletLockedError("the wallet is locked: unlock an account first")
            return WalletSigner(self, self._signer.address)

    def remove(self, address: str, password: str) -> None:
        """Delete an account (its password is required); its mnemonic goes with its last
        account. The files are unlinked, not shredded: the export is the backup."""
        address = self._open(address, password)[1]
        info = self.account(address)
        with self._state:
            if self._signer is not None and self._signer.address == address:
                self._wipe("account removed")
        self._store.delete_account(address)
        if info.source == "mnemonic" and info.root is not None:
            if not any(a.root == info.root and a.source == "mnemonic" for a in self.accounts()):
                self._store.delete_mnemonic(info.root)
        log.info("wallet: removed %s", address)

    def __repr__(self) -> str:
        unlocked = self._signer.address if self._signer is not None else None
        return f"Wallet(directory={str(self._directory)!r}, unlocked={unlocked!r})"

    # --- internals -----------------------------------------------------------------

    def _sign(self, address: str, digest: bytes) -> bytes:
        with self._state:
            self._expire_if_idle()
            signer = self._signer
            if signer is None or signer.address != address:
                raise WalletLockedError(f"the wallet is locked: unlock {address} to sign")
            signature = signer.sign_digest(digest)
            self._last_used = self._clock()
            return signature

    def _expire_if_idle(self) -> None:
        if self._signer is not None and self._clock() - self._last_used >= self._idle_timeout:
            self._wipe(f"after {self._idle_timeout:g} s idle")

    def _wipe(self, reason: str) -> None:
        if self._signer is not None:
            address = self._signer.address
            self._signer.wipe()
            self._signer = None
            log.info("wallet: locked %s (%s)", address, reason)

    def _open(self, address: str, password: str) -> tuple[dict[str, Any], str, bytes]:
        """The stored document, the checksummed address and the key, or an error."""
        address = checksum(address)
        document = self._store.read_account(address)
        name = str(self._store.account_file(address))
        return document, address, decrypt_key(document, password, name=name, address=address)

    def _store_key(self, info: AccountInfo, key: bytes, password: str) -> None:
        if self._store.has_account(info.address):
            raise AccountExistsError(f"{info.address} is already in this wallet")
        self._store.add_account(info, encrypt_key(key, password, n=self._scrypt_n))
        log.info("wallet: added %s (%s%s)", info.address, info.source,
                 f", {info.path}" if info.path else "")

    def _add_mnemonic_account(
        self, phrase: Bip39Phrase, index: int, password: str, label: str
    ) -> AccountInfo:
        key = phrase.private_key(index)
        root = phrase.address(0)
        info = AccountInfo(
            address=address_of(key),
            label=clean_label(label),
            source="mnemonic",
            path=derivation_path(index),
            index=index,
            root=root,
            created=_now(),
        )
        if self._store.has_account(info.address):
            raise AccountExistsError(f"{info.address} is already in this wallet")
        wrote = False
        if not self._store.has_mnemonic(root):
            document = encrypt_secret(phrase.entropy, password, n=self._scrypt_n)
            document[METADATA_KEY] = {
                "kind": "bip39-entropy",
                "language": phrase.language,
                "words": phrase.word_count,
                "root": root,
                "path": PATH_PREFIX + "{index}",
                "created": info.created,
            }
            wrote = self._store.add_mnemonic(root, document)
        try:
            self._store_key(info, key, password)
        except BaseException:
            if wrote:  # do not leave a mnemonic without the account that was being created
                self._store.delete_mnemonic(root)
            raise
        return info

    def _find_root(self, accounts: list[AccountInfo], root: str | None) -> str:
        if root is None:
            for info in accounts:
                if info.source == "mnemonic" and info.root is not None:
                    return info.root
            raise AccountNotFoundError(
                "no mnemonic in this wallet to derive from: create or import one first"
            )
        wanted = checksum(root)
        for info in accounts:
            if info.address == wanted and info.root is not None:
                return info.root
        if self._store.has_mnemonic(wanted):
            return wanted
        raise AccountNotFoundError(f"no stored mnemonic for {wanted}")

    def _open_mnemonic(self, root: str, password: str) -> Bip39Phrase:
        document = self._store.read_mnemonic(root)
        name = str(self._store.mnemonic_file(root))
        meta = document.get(METADATA_KEY)
        language = meta.get("language") if isinstance(meta, dict) else None
        entropy = decrypt_secret(document, password, name=name, what=f"the mnemonic of {root}")
        phrase: Bip39Phrase | None = None
        try:
            phrase = Bip39Phrase(entropy, language if isinstance(language, str) else "english")
        except InvalidMnemonicError:
            phrase = None
        if phrase is None or phrase.address(0) != root:
            raise KeystoreFormatError(f"{name}: does not hold the mnemonic of {root}")
        return phrase


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
