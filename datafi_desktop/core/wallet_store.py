"""The wallet directory: one keystore file per account, one per mnemonic, and an index.

Layout of ``Profile.wallet_dir`` (every file mode 0600, written atomically)::

    account-<address, 40 lower-case hex>.json    keystore v3 (scrypt) + "x-datafi" metadata
    mnemonic-<root address, lower-case hex>.json  BIP-39 entropy in a keystore-v3 envelope
    accounts.json                                 index: labels and order, no secret

The index is a cache: :meth:`AccountStore.accounts` reconciles it with the account
files on every call, so a crash between writing a key and writing the index, a lost
or corrupt index, or a file copied in by hand all heal themselves. The metadata in
each account file (source, derivation path and index, root, first label) is enough
to rebuild the index from nothing.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal, cast

from .addresses import is_hex_address, to_checksum_address
from .errors import AccountExistsError, AccountNotFoundError, KeystoreFormatError
from .keystore import (
    METADATA_KEY,
    dump_json,
    fsync_directory,
    read_json_file,
    validate_v3,
    write_file_atomic,
)

log = logging.getLogger(__name__)

Source = Literal["mnemonic", "private_key", "keystore"]
SOURCES: tuple[Source, ...] = ("mnemonic", "private_key", "keystore")
INDEX_NAME = "accounts.json"
INDEX_FORMAT = "datafi-wallet-index"
MAX_LABEL_CHARS = 64
_ACCOUNT_FILE = re.compile(r"^account-([0-9a-f]{40})\.json$")


@dataclass(frozen=True)
class AccountInfo:
    """What the wallet knows about an account without its password (nothing secret).

    ``path``, ``index`` and ``root`` are set for accounts derived from a mnemonic;
    ``root`` is the address of account 0 of that mnemonic, which names it.
    """

    address: str
    label: str = ""
    source: Source = "keystore"
    path: str | None = None
    index: int | None = None
    root: str | None = None
    created: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any, address: str) -> AccountInfo:
        """Build from index or file metadata, keeping only well-typed fields."""
        data = data if isinstance(data, dict) else {}
        source = data.get("source")
        index = data.get("index")
        root = data.get("root")
        path = data.get("path")
        created = data.get("created")
        ok_index = isinstance(index, int) and not isinstance(index, bool) and index >= 0
        return cls(
            address=address,
            label=clean_label(data.get("label", "")),
            source=cast(Source, source) if source in SOURCES else "keystore",
            path=path if isinstance(path, str) and len(path) < 64 else None,
            index=index if ok_index else None,
            root=to_checksum_address(root) if isinstance(root, str) and is_hex_address(root)
            else None,
            created=created if isinstance(created, str) and len(created) < 64 else "",
        )


def clean_label(label: Any) -> str:
    """A label as stored: text without control characters, at most 64 characters."""
    if not isinstance(label, str):
        return ""
    return "".join(c for c in label if c.isprintable()).strip()[:MAX_LABEL_CHARS]


def checksum(address: str) -> str:
    if not isinstance(address, str) or not is_hex_address(address):
        # never echo the input: people paste a key or a phrase where an address goes
        raise AccountNotFoundError("not an Ethereum address (0x and 40 hex digits)")
    return str(to_checksum_address(address))


class AccountStore:
    """The files of one wallet directory. Thread-safe within a process."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self._lock = threading.RLock()

    # --- paths -------------------------------------------------------------------

    def account_file(self, address: str) -> Path:
        return self.directory / f"account-{checksum(address)[2:].lower()}.json"

    def mnemonic_file(self, root: str) -> Path:
        return self.directory / f"mnemonic-{checksum(root)[2:].lower()}.json"

    @property
    def index_file(self) -> Path:
        return self.directory / INDEX_NAME

    # --- accounts ------------------------------------------------------------------

    def has_account(self, address: str) -> bool:
        return self.account_file(address).exists()

    def read_account(self, address: str) -> dict[str, Any]:
        """The stored document (keystore + metadata), checked to be a v3 keystore."""
        path = self.account_file(address)
        if not path.exists():
            raise AccountNotFoundError(f"no account {checksum(address)} in this wallet")
        document = read_json_file(path, name=str(path))
        validate_v3(document, str(path))
        return cast(dict[str, Any], document)

    def add_account(self, info: AccountInfo, keystore: dict[str, Any]) -> None:
        """Write a new account file and index it; never replaces an existing account."""
        meta = {k: v for k, v in info.as_dict().items() if k != "address"}
        document = {**keystore, METADATA_KEY: meta}
        with self._lock:
            try:
                write_file_atomic(
                    self.account_file(info.address), dump_json(document), overwrite=False
                )
            except FileExistsError:
                raise AccountExistsError(f"{info.address} is already in this wallet") from None
            self._save_index(self._reconciled())

    def delete_account(self, address: str) -> None:
        with self._lock:
            path = self.account_file(address)
            if not path.exists():
                raise AccountNotFoundError(f"no account {checksum(address)} in this wallet")
            path.unlink()
            fsync_directory(self.directory)
            self._save_index(self._reconciled())

    def set_label(self, address: str, label: str) -> AccountInfo:
        with self._lock:
            accounts = self._reconciled()
            address = checksum(address)
            for n, info in enumerate(accounts):
                if info.address == address:
                    accounts[n] = AccountInfo(**{**info.as_dict(), "label": clean_label(label)})
                    self._save_index(accounts)
                    return accounts[n]
            raise AccountNotFoundError(f"no account {address} in this wallet")

    def accounts(self) -> list[AccountInfo]:
        """Every account, in the order they were added (index reconciled with the files)."""
        with self._lock:
            return self._reconciled(save=True)

    # --- mnemonics -----------------------------------------------------------------

    def has_mnemonic(self, root: str) -> bool:
        return self.mnemonic_file(root).exists()

    def read_mnemonic(self, root: str) -> dict[str, Any]:
        path = self.mnemonic_file(root)
        if not path.exists():
            raise AccountNotFoundError(f"the mnemonic of {checksum(root)} is not stored")
        document = read_json_file(path, name=str(path))
        validate_v3(document, str(path))
        return cast(dict[str, Any], document)

    def add_mnemonic(self, root: str, document: dict[str, Any]) -> bool:
        """Store a mnemonic unless it is stored already; True if written."""
        with self._lock:
            try:
                write_file_atomic(self.mnemonic_file(root), dump_json(document), overwrite=False)
            except FileExistsError:
                return False
            return True

    def delete_mnemonic(self, root: str) -> None:
        with self._lock, contextlib.suppress(FileNotFoundError):
            self.mnemonic_file(root).unlink()
            fsync_directory(self.directory)

    # --- index ---------------------------------------------------------------------

    def _reconciled(self, *, save: bool = False) -> list[AccountInfo]:
        on_disk: dict[str, Path] = {}
        if self.directory.is_dir():
            for path in self.directory.iterdir():
                match = _ACCOUNT_FILE.match(path.name)
                if match:
                    on_disk[checksum("0x" + match.group(1))] = path
        indexed, healthy = self._read_index()
        result = [info for info in indexed if info.address in on_disk]
        dirty = not healthy or len(result) != len(indexed)
        known = {info.address for info in result}
        added: list[AccountInfo] = []
        for address, path in on_disk.items():
            if address in known:
                continue
            try:
                document = read_json_file(path, name=str(path))
                validate_v3(document, str(path))
            except KeystoreFormatError as exc:
                log.warning("wallet: skipping unreadable account file: %s", exc)
                continue
            added.append(AccountInfo.from_dict(document.get(METADATA_KEY), address))
            dirty = True
        result.extend(sorted(added, key=lambda i: (i.created, i.index or 0, i.address)))
        if dirty and save:
            self._save_index(result)
        return result

    def _read_index(self) -> tuple[list[AccountInfo], bool]:
        if not self.index_file.exists():
            return [], False
        try:
            data = read_json_file(self.index_file)
        except KeystoreFormatError:
            log.warning("wallet: %s is unreadable; rebuilding it from the key files",
                        self.index_file)
            return [], False
        if not isinstance(data, dict) or data.get("format") != INDEX_FORMAT:
            log.warning("wallet: %s is not a wallet index; rebuilding it", self.index_file)
            return [], False
        entries = data.get("accounts")
        result: list[AccountInfo] = []
        seen: set[str] = set()
        for entry in entries if isinstance(entries, list) else []:
            address = entry.get("address") if isinstance(entry, dict) else None
            if isinstance(address, str) and is_hex_address(address):
                info = AccountInfo.from_dict(entry, checksum(address))
                if info.address not in seen:
                    seen.add(info.address)
                    result.append(info)
        return result, isinstance(entries, list)

    def _save_index(self, accounts: list[AccountInfo]) -> None:
        document = {
            "format": INDEX_FORMAT,
            "version": 1,
            "accounts": [info.as_dict() for info in accounts],
        }
        try:
            write_file_atomic(self.index_file, dump_json(document), overwrite=True)
        except OSError as exc:  # the index is a cache: the key files are the truth
            log.warning("wallet: cannot write %s (%s)", self.index_file, exc.strerror)
