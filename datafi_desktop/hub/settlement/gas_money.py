"""Before a key signs: does it hold the gas money? If not, say which key, and how much."""

from __future__ import annotations

from decimal import Decimal

from web3 import Web3

from ..errors import HubError


class NotEnoughGas(HubError):
    """A hub key holds too little ETH for the transaction it is about to send."""

    status_code = 503

    def __init__(self, message: str, *, address: str, missing_wei: int) -> None:
        super().__init__(message)
        self.address = address
        self.missing_wei = missing_wei


def eth(wei: int) -> str:
    return f"{(Decimal(wei) / Decimal(10**18)).normalize():f} ETH"


def require_gas_money(w3: Web3, address: str, gas: int, max_fee_per_gas: int, *,
                      role: str, chain_id: int, source: str | None = None,
                      what: str = "this transaction") -> None:
    """Raise :class:`NotEnoughGas` unless ``address`` holds ``gas × max_fee_per_gas``."""
    need = gas * max_fee_per_gas
    balance = int(w3.eth.get_balance(Web3.to_checksum_address(address)))
    if balance >= need:
        return
    where = f" ({source})" if source else ""
    raise NotEnoughGas(
        f"the {role} key {address}{where} holds {eth(balance)} on chain {chain_id}, but "
        f"{what} may cost up to {eth(need)} ({gas:,} gas at {max_fee_per_gas / 1e9:g} gwei): "
        f"send at least {eth(need - balance)} to {address}; nothing was sent",
        address=address, missing_wei=need - balance)
