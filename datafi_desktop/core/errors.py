"""Exceptions raised by the core, one class per failure a caller can act on.

Messages never contain a private key, a mnemonic or a password.
"""

from __future__ import annotations


class DataFiError(Exception):
    """Base class of every error the core raises on purpose."""


# --- wallet -----------------------------------------------------------------


class WalletError(DataFiError):
    """Something about the wallet went wrong."""


class WrongPasswordError(WalletError):
    """The password does not decrypt the keystore."""


class WalletLockedError(WalletError):
    """The wallet must be unlocked before it can sign."""


class KeystoreFormatError(WalletError):
    """A keystore file is corrupt, truncated or of an unsupported kind."""


class InvalidMnemonicError(WalletError):
    """A mnemonic phrase is not a valid BIP-39 phrase."""


class InvalidPrivateKeyError(WalletError):
    """A private key is not 32 bytes of valid secp256k1 scalar."""


class AccountNotFoundError(WalletError):
    """No account with that address is stored in this profile."""


class AccountExistsError(WalletError):
    """An account with that address is already stored in this profile."""


# --- protocol -----------------------------------------------------------------


class ProtocolError(DataFiError):
    """A signed record does not satisfy the protocol rules."""


class CanonicalizationError(ProtocolError):
    """A value cannot be written as RFC 8785 canonical JSON."""


class SignatureError(ProtocolError):
    """A signature is malformed, malleable (high s) or from the wrong signer."""


class ContentHashMismatchError(ProtocolError):
    """The content does not hash to the content hash that was signed."""


# --- models -------------------------------------------------------------------


class AnnotationValidationError(DataFiError):
    """An annotation or a task does not validate. ``field`` names the culprit."""

    def __init__(self, message: str, field: str = "", context: str = "") -> None:
        text = f"{field}: {message}" if field else message
        super().__init__(f"{context}: {text}" if context else text)
        self.field = field
        self.detail = message
        self.context = context


class TaskFormatError(AnnotationValidationError):
    """A task (from the hub, a file or the demo campaign) is malformed."""


# --- cache --------------------------------------------------------------------


class CacheError(DataFiError):
    """The local cache cannot do what was asked."""


class CacheFullError(CacheError):
    """The disk (or the cache's size limit) is full: the last change was not saved,
    everything saved before it is intact."""


class SchemaVersionError(CacheError):
    """The database was written by a newer version of the app."""


class TaskNotFoundError(CacheError):
    """No such task in the cache."""


class AssetError(DataFiError):
    """An asset file is missing, too large or not of an allowed type."""


class ImageDecodeError(AssetError):
    """An image is corrupt, truncated, empty or a decompression bomb."""
