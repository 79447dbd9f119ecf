"""What a :class:`~.wallet.Wallet` hands out and checks: the signer that signs through it,
a newly created account with its words, and the rules for a new password."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import WalletError
from .keystore import parse_json, password_bytes, read_json_file
from .wallet_store import AccountInfo

if TYPE_CHECKING:
    from .wallet import Wallet

#: Shortest password accepted for encrypting a new account.
MIN_PASSWORD_CHARS = 8


class PasswordPolicyError(WalletError, ValueError):
    """A new password is too short (or otherwise unusable) to encrypt an account."""


class WalletSigner:
    """The signer a :class:`Wallet` hands out: no key inside, it signs through the wallet.

    Every signature touches the idle timer; once the wallet locks (on demand, after
    idling, or by unlocking another account) it raises :class:`WalletLockedError`.
    """

    __slots__ = ("_address", "_wallet")

    def __init__(self, wallet: Wallet, address: str) -> None:
        self._wallet = wallet
        self._address = address

    @property
    def address(self) -> str:
        return self._address

    def sign_digest(self, digest: bytes) -> bytes:
        return self._wallet._sign(self._address, digest)

    def __repr__(self) -> str:
        return f"WalletSigner(address={self._address!r})"


class CreatedAccount:
    """A new account and its mnemonic, handed out once to show the user.

    The repr hides the words; keep the object no longer than the confirmation takes.
    """

    __slots__ = ("info", "mnemonic")

    def __init__(self, info: AccountInfo, mnemonic: str) -> None:
        self.info = info
        self.mnemonic = mnemonic

    @property
    def address(self) -> str:
        return self.info.address

    @property
    def words(self) -> list[str]:
        return self.mnemonic.split()

    def __repr__(self) -> str:
        return f"CreatedAccount(address={self.address!r}, words={len(self.words)})"

    def __reduce__(self) -> Any:
        raise TypeError("a created account holds its mnemonic and is not picklable")


def check_new_password(password: str) -> None:
    password_bytes(password)
    if len(password) < MIN_PASSWORD_CHARS:
        raise PasswordPolicyError(
            f"the password must have at least {MIN_PASSWORD_CHARS} characters"
        )


def load_keystore_source(source: str | Path | dict[str, Any]) -> tuple[Any, str]:
    if isinstance(source, dict):
        return source, "keystore"
    if isinstance(source, str) and source.lstrip().startswith("{"):
        return parse_json(source, "keystore JSON"), "keystore JSON"
    path = Path(source)
    return read_json_file(path), str(path)
