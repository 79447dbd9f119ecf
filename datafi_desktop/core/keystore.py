"""Web3 Secret Storage (keystore v3) files: validation, encryption and atomic writes.

Keys are encrypted with :meth:`eth_account.Account.encrypt` (scrypt, AES-128-CTR,
keccak MAC) and decrypted with :meth:`eth_account.Account.decrypt`; nothing here
re-implements a cipher. A file is checked before any key derivation runs, so a
corrupt, truncated or foreign file fails with :class:`KeystoreFormatError` naming
the file, and a keystore asking for absurd KDF work (a memory bomb) is refused.

The BIP-39 entropy of a mnemonic is stored in the same v3 envelope, without an
``address`` field; ``eth_keyfile.decode_keyfile_json`` decrypts it like any key.

>>> doc = encrypt_key(bytes.fromhex("11" * 32), "a long password", n=2**12)
>>> doc["crypto"]["kdf"], doc["crypto"]["kdfparams"]["n"], doc["version"]
('scrypt', 4096, 3)
>>> decrypt_key(doc, "a long password", name="example").hex() == "11" * 32
True
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import uuid
from pathlib import Path
from typing import Any

from .addresses import is_hex_address, to_checksum_address
from .errors import KeystoreFormatError, WrongPasswordError

#: scrypt cost of every file this app writes (geth's "standard" strength).
SCRYPT_N_DEFAULT = 2**18
SCRYPT_R = 8
SCRYPT_P = 1
DKLEN = 32
#: A keystore file larger than this is not a keystore.
MAX_KEYSTORE_BYTES = 1 << 20
#: scrypt memory (128 * r * n bytes) a keystore may ask for: 1 GiB (n = 2**20, r = 8).
MAX_SCRYPT_MEMORY = 1 << 30
MAX_SCRYPT_P = 16
MAX_PBKDF2_ITERATIONS = 10_000_000
#: secp256k1 group order: a private key is an integer in [1, N - 1].
SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
#: Key of the app's own (non-secret) metadata inside the files it writes.
METADATA_KEY = "x-datafi"
#: JSON nested deeper than this is not a keystore (nor the index).
MAX_JSON_DEPTH = 32
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(r"[\[\]{}]")


def check_scrypt_n(n: int) -> int:
    """Return ``n`` if it is a usable scrypt cost (a power of two from 2 to 2**20)."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 2 or n & (n - 1):
        raise ValueError("scrypt n must be a power of two")
    if 128 * SCRYPT_R * n > MAX_SCRYPT_MEMORY:
        raise ValueError("scrypt n must be at most 2**20")
    return n


def password_bytes(password: str) -> bytes:
    """The UTF-8 bytes of a password (no normalisation, as geth and MetaMask do)."""
    if not isinstance(password, str):
        raise TypeError("a password must be a str")
    encoded = b""
    try:
        encoded = password.encode("utf-8")
        ok = True
    except UnicodeEncodeError:  # the exception would quote a character of the password
        ok = False
    if not ok:
        raise ValueError("the password contains characters that cannot be encoded")
    return encoded


def check_private_key(key: bytes) -> bytes:
    """Return ``key`` if it is 32 bytes encoding an integer in [1, N - 1], else raise ValueError."""
    if len(key) != 32 or not 0 < int.from_bytes(key, "big") < SECP256K1_N:
        raise ValueError("not a secp256k1 private key")
    return bytes(key)


def address_of(key: bytes) -> str:
    """The checksummed address of a private key."""
    from eth_keys import keys  # the signing stack loads when a key is used

    return str(keys.PrivateKey(key).public_key.to_checksum_address())


# --- encryption ----------------------------------------------------------------------


def encrypt_key(private_key: bytes, password: str, *, n: int = SCRYPT_N_DEFAULT) -> dict[str, Any]:
    """A keystore v3 document for ``private_key`` (scrypt with cost ``n``)."""
    password_bytes(password)
    return dict(
        _account().encrypt(check_private_key(private_key), password, kdf="scrypt", iterations=n)
    )


def decrypt_key(
    document: dict[str, Any], password: str, *, name: str, address: str | None = None
) -> bytes:
    """Decrypt a keystore v3 document to its 32-byte private key.

    ``name`` (the file) is used in error messages. Raises :class:`WrongPasswordError`
    when the MAC does not match, :class:`KeystoreFormatError` when the document is
    malformed or holds something that is not a key of ``address`` (when given).
    """
    doc = validate_v3(document, name)
    key = _decrypt(doc, password, name=name, what=address or _claimed_address(doc) or name)
    if len(key) != 32 or not 0 < int.from_bytes(key, "big") < SECP256K1_N:
        raise KeystoreFormatError(f"{name}: does not hold a secp256k1 private key")
    derived = address_of(key)
    claimed = _claimed_address(doc)
    if claimed is not None and claimed != derived:
        raise KeystoreFormatError(f"{name}: the key does not belong to its address {claimed}")
    if address is not None and to_checksum_address(address) != derived:
        raise KeystoreFormatError(f"{name}: the key does not belong to {address}")
    return key


def encrypt_secret(payload: bytes, password: str, *, n: int = SCRYPT_N_DEFAULT) -> dict[str, Any]:
    """Any short secret (the BIP-39 entropy) in the keystore v3 envelope, without address.

    The same construction as ``eth_keyfile``: scrypt(password, salt) → 32 bytes; the
    first 16 are the AES-128-CTR key, ``mac = keccak(dk[16:32] || ciphertext)``.
    """
    if not 1 <= len(payload) <= 64:
        raise ValueError("the secret must be 1 to 64 bytes")
    salt = secrets.token_bytes(16)
    iv = secrets.token_bytes(16)
    derived = hashlib.scrypt(
        password_bytes(password),
        salt=salt,
        n=check_scrypt_n(n),
        r=SCRYPT_R,
        p=SCRYPT_P,
        dklen=DKLEN,
        maxmem=MAX_SCRYPT_MEMORY + (64 << 20),
    )
    from eth_keyfile.keyfile import encrypt_aes_ctr

    ciphertext = encrypt_aes_ctr(payload, derived[:16], int.from_bytes(iv, "big"))
    return {
        "crypto": {
            "cipher": "aes-128-ctr",
            "cipherparams": {"iv": iv.hex()},
            "ciphertext": ciphertext.hex(),
            "kdf": "scrypt",
            "kdfparams": {"dklen": DKLEN, "n": n, "r": SCRYPT_R, "p": SCRYPT_P, "salt": salt.hex()},
            "mac": _keccak(derived[16:32] + ciphertext).hex(),
        },
        "id": str(uuid.uuid4()),
        "version": 3,
    }


def decrypt_secret(document: dict[str, Any], password: str, *, name: str, what: str) -> bytes:
    """Inverse of :func:`encrypt_secret` (``what`` names the secret in a wrong-password error)."""
    return _decrypt(validate_v3(document, name), password, name=name, what=what)


def _decrypt(doc: dict[str, Any], password: str, *, name: str, what: str) -> bytes:
    secret = password_bytes(password)
    result: bytes | None = None
    failure = ""
    try:
        from eth_keyfile import decode_keyfile_json

        result = bytes(decode_keyfile_json(doc, secret))
    except ValueError as exc:
        failure = "mac" if "MAC mismatch" in str(exc) else type(exc).__name__
    except Exception as exc:  # a malformed field; the exception is never chained
        failure = type(exc).__name__
    if failure == "mac":
        raise WrongPasswordError(f"wrong password for {what}")
    if result is None:
        raise KeystoreFormatError(f"{name}: cannot be decrypted ({failure})")
    return result


# --- validation ----------------------------------------------------------------------


def read_json_file(path: Path, *, name: str | None = None) -> Any:
    """Read a small JSON file; anything else raises :class:`KeystoreFormatError` naming it."""
    label = name or str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise KeystoreFormatError(f"{label}: no such file") from None
    if size > MAX_KEYSTORE_BYTES:
        raise KeystoreFormatError(f"{label}: too large to be a keystore ({size} bytes)")
    raw = path.read_bytes()[: MAX_KEYSTORE_BYTES + 1]
    return parse_json(raw, label)


def parse_json(raw: bytes | str, label: str) -> Any:
    if len(raw) > MAX_KEYSTORE_BYTES:
        raise KeystoreFormatError(f"{label}: too large to be a keystore")
    problem = ""
    value: Any = None
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        if _nesting(text) > MAX_JSON_DEPTH:  # deep nesting can crash the C parser
            problem = "nested too deeply to be a keystore"
        else:
            value = json.loads(text)
    except UnicodeDecodeError:
        problem = "not UTF-8 text, so not a keystore JSON file"
    except (ValueError, RecursionError):
        problem = "not valid JSON (corrupt or truncated?)"
    if problem:
        raise KeystoreFormatError(f"{label}: {problem}")
    return value


def _nesting(text: str) -> int:
    """How deep ``[`` and ``{`` nest outside JSON strings."""
    depth = deepest = 0
    for bracket in _BRACKETS.findall(_STRINGS.sub("", text)):
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def validate_v3(raw: Any, name: str) -> dict[str, Any]:
    """Check that ``raw`` is a Web3 Secret Storage v3 document this app can open.

    Returns a copy with lower-cased keys (older geth wrote ``Crypto``). Raises
    :class:`KeystoreFormatError` naming ``name`` and the problem otherwise.
    """

    def bad(problem: str) -> KeystoreFormatError:
        return KeystoreFormatError(f"{name}: {problem}")

    if not isinstance(raw, dict):
        raise bad("not a keystore (expected a JSON object)")
    doc = _lower_keys(raw)
    version = doc.get("version")
    if version is None:
        raise bad("no version field, so not a Web3 Secret Storage keystore")
    if isinstance(version, bool) or version not in (3, "3"):
        raise bad(f"keystore version {_short(version)} is not supported (only version 3)")
    crypto = doc.get("crypto")
    if not isinstance(crypto, dict):
        raise bad("the crypto section is missing")
    cipher = crypto.get("cipher")
    if cipher != "aes-128-ctr":
        raise bad(f"cipher {_short(cipher)} is not supported (only aes-128-ctr)")
    params = crypto.get("cipherparams")
    _hex(params.get("iv") if isinstance(params, dict) else None, "cipherparams.iv", bad, 16, 16)
    _hex(crypto.get("ciphertext"), "ciphertext", bad, 1, 1024)
    if crypto.get("mac") in (None, ""):
        raise bad("the MAC is missing")
    _hex(crypto.get("mac"), "mac", bad, 32, 32)
    kdf = crypto.get("kdf")
    kdfparams = crypto.get("kdfparams")
    if kdf not in ("scrypt", "pbkdf2"):
        raise bad(f"key derivation {_short(kdf)} is not supported (only scrypt and pbkdf2)")
    if not isinstance(kdfparams, dict):
        raise bad("kdfparams are missing")
    dklen = _int(kdfparams.get("dklen"), "kdfparams.dklen", bad)
    if not 32 <= dklen <= 64:
        raise bad("kdfparams.dklen must be from 32 to 64")
    _hex(kdfparams.get("salt"), "kdfparams.salt", bad, 0, 1024)
    if kdf == "scrypt":
        n = _int(kdfparams.get("n"), "kdfparams.n", bad)
        r = _int(kdfparams.get("r"), "kdfparams.r", bad)
        p = _int(kdfparams.get("p"), "kdfparams.p", bad)
        if n < 2 or n & (n - 1):
            raise bad("kdfparams.n must be a power of two")
        if r < 1 or not 1 <= p <= MAX_SCRYPT_P or 128 * r * n > MAX_SCRYPT_MEMORY:
            raise bad("scrypt parameters ask for more work than any wallet uses")
    else:
        c = _int(kdfparams.get("c"), "kdfparams.c", bad)
        if not 1 <= c <= MAX_PBKDF2_ITERATIONS:
            raise bad("kdfparams.c is out of range")
        if kdfparams.get("prf") != "hmac-sha256":
            raise bad(f"pbkdf2 prf {_short(kdfparams.get('prf'))} is not supported")
    claimed = doc.get("address")
    if claimed not in (None, "") and not (
        isinstance(claimed, str) and is_hex_address(_with_0x(claimed))
    ):
        raise bad("the address field is not an address")
    return doc


def _with_0x(text: str) -> str:
    return text if text[:2] in ("0x", "0X") else "0x" + text


def _claimed_address(doc: dict[str, Any]) -> str | None:
    claimed = doc.get("address")
    if not isinstance(claimed, str) or not claimed:
        return None
    return str(to_checksum_address(_with_0x(claimed)))


def _lower_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            (k.lower() if isinstance(k, str) else k): _lower_keys(v) for k, v in value.items()
        }
    return value


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 32 else text[:29] + "..."


def _int(value: Any, field: str, bad: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise bad(f"{field} must be an integer")
    return value


def _hex(value: Any, field: str, bad: Any, min_len: int, max_len: int) -> bytes:
    if not isinstance(value, str):
        raise bad(f"{field} is missing")
    digits = value[2:] if value[:2] in ("0x", "0X") else value
    if len(digits) % 2 or any(c not in "0123456789abcdefABCDEF" for c in digits):
        raise bad(f"{field} is not hexadecimal")
    data = bytes.fromhex(digits)
    if not min_len <= len(data) <= max_len:
        raise bad(f"{field} has the wrong length ({len(data)} bytes)")
    return data


# --- files ---------------------------------------------------------------------------


def write_file_atomic(path: Path, data: bytes, *, overwrite: bool) -> None:
    """Write ``data`` to ``path`` with mode 0600, all or nothing.

    A temporary file is created beside it (``O_CREAT | O_EXCL``, mode 0600), written,
    fsynced and moved into place; with ``overwrite=False`` an existing file is never
    replaced (``FileExistsError``). A crash leaves the old file or the new one, never a
    half-written one; at worst a hidden ``.*.tmp`` file that readers ignore.
    """
    directory = path.parent
    tmp = directory / f".{path.name}.{secrets.token_hex(6)}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), 0o600)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(tmp, path)
        else:
            _move_no_clobber(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_directory(directory)


def _move_no_clobber(tmp: Path, path: Path) -> None:
    try:
        os.link(tmp, path)  # atomic, and fails if ``path`` exists
    except FileExistsError:
        raise
    except OSError:  # no hard links on this file system
        if path.exists():
            raise FileExistsError(str(path)) from None
        os.replace(tmp, path)
        return
    os.unlink(tmp)


def fsync_directory(directory: Path) -> None:
    """Make a rename or unlink in ``directory`` durable (a no-op where unsupported)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def dump_json(document: Any) -> bytes:
    return (json.dumps(document, indent=2, sort_keys=False) + "\n").encode("utf-8")


def _account() -> Any:
    """eth-account's ``Account``, imported when a key is first encrypted: its import
    computes BLS12-381 constants (about half a second) that opening the app never needs."""
    from eth_account import Account

    return Account


def _keccak(data: bytes) -> bytes:
    from Crypto.Hash import keccak

    return bytes(keccak.new(data=data, digest_bits=256).digest())
