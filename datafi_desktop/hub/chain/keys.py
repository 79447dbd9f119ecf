"""The hub's own keys: keystore v3 files in ``DATA_DIR/keys/NAME.json``.

The settler, the relayer and the deployer each sign with their own key. Each key is a
keystore v3 file (scrypt, AES-128-CTR; written by :mod:`datafi_desktop.core.keystore`),
mode 0600, in a 0700 directory. Its password comes from a file (``--password-file``) or
the environment (``$DATAFI_HUB_KEY_PASSWORD``, or ``$DATAFI_HUB_KEY_PASSWORD_FILE`` naming
a file) — never from the command line, and never into a log or an error message.

>>> valid_name("settler")
'settler'
"""

from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Final, cast

from eth_account import Account
from eth_account.signers.local import LocalAccount
from eth_utils import is_hex_address, to_checksum_address

from ...core import keystore
from ...core.errors import KeystoreFormatError, WrongPasswordError
from ..errors import HubError

PASSWORD_ENV: Final = "DATAFI_HUB_KEY_PASSWORD"  # noqa: S105 (a variable name)
PASSWORD_FILE_ENV: Final = "DATAFI_HUB_KEY_PASSWORD_FILE"  # noqa: S105 (a variable name)
#: the names the hub looks for by default
ROLE_NAMES: Final = ("settler", "relayer", "deployer")
#: a password shorter than this is refused when a key is created or imported
MIN_PASSWORD: Final = 8
_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")


class HubKeyError(HubError):
    """A hub key cannot be created, read or opened (the message says which and why)."""

    status_code = 503


def valid_name(name: str) -> str:
    if not _NAME.match(name) or name.endswith(".json"):
        raise HubKeyError(f"key name {name!r}: use 1-64 lower-case letters, digits, '_', '.' "
                        "or '-' (e.g. settler, relayer, deployer)")
    return name


def keys_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "keys"


def key_path(data_dir: Path, name: str) -> Path:
    return keys_dir(data_dir) / f"{valid_name(name)}.json"


def read_password(password_file: Path | None = None, *, confirm_length: bool = False) -> str:
    """The password from ``password_file``, else ``$DATAFI_HUB_KEY_PASSWORD_FILE``, else
    ``$DATAFI_HUB_KEY_PASSWORD``; the first line of a file, without its line break."""
    source = password_file
    if source is None and os.environ.get(PASSWORD_FILE_ENV):
        source = Path(os.environ[PASSWORD_FILE_ENV])
    if source is not None:
        path = Path(source).expanduser()
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
            raise HubKeyError(f"cannot read the password file {path}: {reason}") from None
        password = text.splitlines()[0] if text.splitlines() else ""
    else:
        found = os.environ.get(PASSWORD_ENV)
        if found is None:
            raise HubKeyError(f"no password: give --password-file FILE, or set ${PASSWORD_ENV} "
                            f"or ${PASSWORD_FILE_ENV}")
        password = found
    if not password:
        raise HubKeyError("the password is empty")
    if confirm_length and len(password) < MIN_PASSWORD:
        raise HubKeyError(f"the password is too short (at least {MIN_PASSWORD} characters)")
    return password


@dataclass(frozen=True)
class KeyInfo:
    name: str
    address: str
    path: Path
    mode: int

    @property
    def private_to_owner(self) -> bool:
        return not self.mode & (stat.S_IRWXG | stat.S_IRWXO)


def _write(data_dir: Path, name: str, document: dict[str, object]) -> KeyInfo:
    path = key_path(data_dir, name)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        keystore.write_file_atomic(path, keystore.dump_json(document), overwrite=False)
    except FileExistsError:
        raise HubKeyError(f"a key named {name!r} exists already ({path}); nothing was "
                        "changed") from None
    return info(path)


def create_key(data_dir: Path, name: str, password: str, *,
               n: int = keystore.SCRYPT_N_DEFAULT) -> KeyInfo:
    """A new random key, encrypted under ``password``, written as ``keys/NAME.json``."""
    valid_name(name)
    if key_path(data_dir, name).exists():
        raise HubKeyError(f"a key named {name!r} exists already; nothing was changed")
    account = Account.create()
    document = keystore.encrypt_key(bytes(account.key), password, n=keystore.check_scrypt_n(n))
    return _write(data_dir, name, document)


def import_key(data_dir: Path, name: str, source: Path, password: str, *,
               n: int = keystore.SCRYPT_N_DEFAULT) -> KeyInfo:
    """Import a private key (a file of 64 hex digits) or a keystore v3 file (it must open
    with ``password``; it is copied as it is)."""
    valid_name(name)
    if key_path(data_dir, name).exists():
        raise HubKeyError(f"a key named {name!r} exists already; nothing was changed")
    try:
        raw = source.read_bytes()[: keystore.MAX_KEYSTORE_BYTES + 1]
    except OSError as exc:
        raise HubKeyError(f"cannot read {source}: {exc.strerror or exc}") from None
    text = raw.decode("utf-8", errors="replace").strip()
    if text.startswith("{"):
        document = keystore.validate_v3(keystore.parse_json(raw, str(source)), str(source))
        open_document(document, password, str(source))
        return _write(data_dir, name, document)
    digits = text.removeprefix("0x").removeprefix("0X")
    try:
        key = keystore.check_private_key(bytes.fromhex(digits))
    except ValueError:
        raise HubKeyError(f"{source}: expected 64 hex digits (a private key) or a keystore "
                        "v3 JSON file") from None
    return _write(data_dir, name, keystore.encrypt_key(key, password,
                                                       n=keystore.check_scrypt_n(n)))


def info(path: Path) -> KeyInfo:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        mode = path.stat().st_mode
    except (OSError, ValueError) as exc:
        raise HubKeyError(f"cannot read the key {path}: {exc}") from None
    address = document.get("address") if isinstance(document, dict) else None
    if not isinstance(address, str) or not is_hex_address("0x" + address.removeprefix("0x")):
        raise HubKeyError(f"{path}: not a keystore v3 file with an address")
    return KeyInfo(path.stem, str(to_checksum_address("0x" + address.removeprefix("0x"))),
                   path, mode)


def list_keys(data_dir: Path) -> list[KeyInfo]:
    folder = keys_dir(data_dir)
    if not folder.is_dir():
        return []
    return [info(p) for p in sorted(folder.glob("*.json")) if not p.name.startswith(".")]


def open_document(document: dict[str, object], password: str, label: str) -> LocalAccount:
    try:
        key = keystore.decrypt_key(document, password, name=label)
    except WrongPasswordError:
        raise HubKeyError(f"wrong password for the key {label}") from None
    except KeystoreFormatError as exc:
        raise HubKeyError(str(exc)) from None
    return cast(LocalAccount, Account.from_key(key))


def open_key_file(path: Path, password: str) -> LocalAccount:
    """The account of a keystore file (wrong password → :class:`HubKeyError` naming the file)."""
    path = Path(path).expanduser()
    try:
        document = keystore.read_json_file(path)
    except KeystoreFormatError as exc:
        raise HubKeyError(str(exc)) from None
    return open_document(document, password, str(path))


def open_key(data_dir: Path, name: str, password: str) -> LocalAccount:
    path = key_path(data_dir, name)
    if not path.is_file():
        raise HubKeyError(f"no key named {name!r} in {keys_dir(data_dir)} (create it with "
                        f"`datafi-hub keys create {name}`)")
    return open_key_file(path, password)
