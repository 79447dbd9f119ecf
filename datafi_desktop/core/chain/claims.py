"""Claim transactions: prepare (gas, EIP-1559 fees, nonce), sign, track until the receipt.

Nothing here touches the cache or Qt: these functions take what they need and return plain
values, so the GUI can run them on a worker thread and write the result on its own.

The claim's life (the ``claims`` table of the cache keeps ``state``)::

    requested ──(next sync, or online again)──→ pending           a claim asked for offline
    prepare_claim → (user confirms gas and fee, types the password) → sign_claim
      → the row is written ``pending`` with its raw transaction, hash and nonce
      → broadcast → track_transaction, now and after every restart:
    pending ─ receipt, status 1 ─────────────────────────→ confirmed (block, amount paid)
    pending ─ receipt, status 0 ─────────────────────────→ failed (the decoded reason)
    pending ─ no receipt, the node knows it ─────────────→ pending (still in the mempool)
    pending ─ no receipt, unknown, nonce still free ────→ rebroadcast, pending
    pending ─ no receipt, unknown, nonce used by another → dropped (replaced)

Signing goes through a :class:`~datafi_desktop.core.protocol.DigestSigner`: the EIP-1559
transaction's signing hash is computed here (eth-account's ``TypedTransaction``) and only
that 32-byte digest is signed, so a hardware signer can take the software key's place.
:func:`password_signer` is the one place that opens a key with the password asked again.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from eth_utils import keccak, to_checksum_address

from ..errors import SignatureError
from ..protocol import DigestSigner, Domain, claim_request_message, sign_typed, typed_data
from .client import ChainClient, ClaimRevertedError, Fees, revert_reason
from .finality import is_final, required_confirmations

if TYPE_CHECKING:
    from ..wallet import Wallet

__all__ = [
    "CLAIM_STATES",
    "CLOSED_STATES",
    "OPEN_STATES",
    "Entitlement",
    "PreparedClaim",
    "SignedClaim",
    "TxStatus",
    "claim_request",
    "password_signer",
    "prepare_claim",
    "sign_claim",
    "sign_transaction",
    "track_transaction",
]

CLAIM_STATES: Final = ("requested", "pending", "confirmed", "failed", "dropped")
OPEN_STATES: Final = ("requested", "pending")
CLOSED_STATES: Final = ("confirmed", "failed", "dropped")
#: how long a signed ClaimRequest stays valid for the hub's relayer
REQUEST_TTL_S: Final = 3600


@dataclass(frozen=True)
class Entitlement:
    """An account's settled cumulative amount and its proof under an epoch's root."""

    campaign_id: str
    account: str
    epoch: int
    cumulative_amount: int
    root: str
    proof: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class PreparedClaim:
    """A claim ready to sign: what it pays and what its gas costs, for the user to confirm."""

    entitlement: Entitlement
    chain_id: int
    distributor: str
    sender: str
    nonce: int
    gas_estimate: int
    gas_limit: int
    fees: Fees
    already_claimed: int
    eth_balance: int
    data: str

    @property
    def amount(self) -> int:
        """What the claim pays: the cumulative amount less what was already paid."""
        return max(0, self.entitlement.cumulative_amount - self.already_claimed)

    @property
    def max_cost(self) -> int:
        """The most the transaction can cost (wei): gas limit × max fee per gas."""
        return self.gas_limit * self.fees.max_fee_per_gas

    @property
    def likely_cost(self) -> int:
        """What it should cost (wei) if mined in the next block."""
        return self.gas_estimate * self.fees.likely_price

    @property
    def can_pay_gas(self) -> bool:
        return self.eth_balance >= self.max_cost

    def transaction(self) -> dict[str, Any]:
        """The unsigned EIP-1559 transaction."""
        return {
            "type": 2,
            "chainId": self.chain_id,
            "nonce": self.nonce,
            "to": to_checksum_address(self.distributor),
            "value": 0,
            "data": self.data,
            "gas": self.gas_limit,
            "maxFeePerGas": self.fees.max_fee_per_gas,
            "maxPriorityFeePerGas": self.fees.max_priority_fee_per_gas,
            "accessList": [],
        }


@dataclass(frozen=True)
class SignedClaim:
    prepared: PreparedClaim
    raw_tx: str
    tx_hash: str

    @property
    def nonce(self) -> int:
        return self.prepared.nonce


@dataclass(frozen=True)
class TxStatus:
    """Where a claim transaction stands on the chain."""

    state: str
    block_number: int | None = None
    amount: int | None = None
    error: str | None = None
    error_name: str | None = None
    rebroadcast: bool = False


def prepare_claim(client: ChainClient, entitlement: Entitlement, *, sender: str | None = None,
                  local_nonces: Iterable[int] = (), gas_margin: float = 0.2) -> PreparedClaim:
    """Everything the claim needs but the signature: gas (estimated, with a margin),
    EIP-1559 fees, the nonce and the sender's ETH balance.

    The nonce is the node's pending count, or one past the highest nonce of this
    account's own claims still pending (``local_nonces``), whichever is higher, so that a
    claim never replaces another one still on its way. A claim the distributor would refuse
    raises :class:`ClaimRevertedError` (for example ``NothingToClaim``).
    """
    client.check_chain()
    who = to_checksum_address(sender or entitlement.account)
    e = entitlement
    already = client.claimed(e.account)
    gas = client.estimate_claim_gas(e.account, e.cumulative_amount, e.root, list(e.proof), who)
    fees = client.fees()
    nonce = client.nonce(who, "pending")
    local = [int(n) for n in local_nonces]
    if local:
        nonce = max(nonce, max(local) + 1)
    return PreparedClaim(
        entitlement=e, chain_id=client.chain_id,
        distributor=to_checksum_address(client.settings.distributor), sender=who, nonce=nonce,
        gas_estimate=gas, gas_limit=int(gas * (1 + gas_margin)) + 1, fees=fees,
        already_claimed=already, eth_balance=client.eth_balance(who),
        data=client.claim_data(e.account, e.cumulative_amount, e.root, list(e.proof)),
    )


def sign_transaction(tx: Mapping[str, Any], signer: DigestSigner) -> tuple[str, str]:
    """Sign a typed (EIP-1559) transaction through a digest signer: (raw tx, tx hash)."""
    from eth_account.typed_transactions import TypedTransaction  # loaded when signing

    unsigned = TypedTransaction.from_dict(dict(tx))
    signature = signer.sign_digest(unsigned.hash())
    r = int.from_bytes(signature[0:32], "big")
    s = int.from_bytes(signature[32:64], "big")
    v = signature[64] - 27 if signature[64] >= 27 else signature[64]
    if v not in (0, 1):
        raise SignatureError("signer produced an invalid recovery id")
    raw = TypedTransaction.from_dict({**dict(tx), "v": v, "r": r, "s": s}).encode()
    return "0x" + raw.hex(), "0x" + keccak(raw).hex()


def sign_claim(prepared: PreparedClaim, signer: DigestSigner) -> SignedClaim:
    if signer.address.lower() != prepared.sender.lower():
        raise SignatureError(f"the claim is sent by {prepared.sender}, not {signer.address}")
    raw, tx_hash = sign_transaction(prepared.transaction(), signer)
    return SignedClaim(prepared, raw, tx_hash)


@contextmanager
def password_signer(wallet: Wallet, address: str, password: str) -> Iterator[DigestSigner]:
    """A signer for one claim: the account's key opened with the password asked again.

    Works whether or not the wallet is unlocked, and leaves its lock state alone; the key
    is dropped when the block ends. A wrong password raises ``WrongPasswordError``.
    """
    from ..wallet_signer import SoftwareSigner

    _document, _address, key = wallet._open(address, password)
    signer = SoftwareSigner(key)
    del key
    wallet.touch()
    try:
        yield signer
    finally:
        signer.wipe()


def track_transaction(client: ChainClient, *, tx_hash: str, sender: str, nonce: int | None,
                      raw_tx: str | None = None, confirmations: int | None = None) -> TxStatus:
    """Look a claim transaction up: receipt → confirmed (once ``confirmations`` blocks
    hold it — the campaign's by default; pending with its block until then) or failed
    (with the reason); in the mempool → pending; forgotten by the node (never mined, or
    dropped by a reorg) → rebroadcast while its nonce is free, else dropped."""
    receipt = client.receipt(tx_hash)
    if receipt is not None:
        block = int(receipt["blockNumber"])
        if int(receipt["status"]) == 1:
            event = client.claimed_event(receipt)
            amount = int(event["amount"]) if event is not None else None
            required = (confirmations if confirmations is not None
                        else required_confirmations(client.settings))
            if required > 1 and not is_final(head=client.block_number(), block=block,
                                             required=required):
                return TxStatus("pending", block_number=block, amount=amount)
            return TxStatus("confirmed", block_number=block, amount=amount)
        tx = client.transaction(tx_hash)
        decoded = client.replay_revert(tx, block) if tx is not None else None
        return TxStatus("failed", block_number=block, error=revert_reason(decoded),
                        error_name=decoded.name if decoded is not None else None)
    if client.transaction(tx_hash) is not None:
        return TxStatus("pending")
    if nonce is not None and client.nonce(sender, "latest") > nonce:
        return TxStatus("dropped", error=f"dropped: nonce {nonce} of {sender} was used by "
                        "another transaction (replaced); claim again")
    if not raw_tx:
        return TxStatus("pending")
    try:
        client.send_raw(raw_tx)
    except ClaimRevertedError as exc:
        text = exc.reason.lower()
        if "already known" in text or "already imported" in text:
            return TxStatus("pending")
        if "nonce too low" in text or ("nonce" in text and "low" in text):
            return TxStatus("dropped", error=f"dropped: nonce {nonce} was used by another "
                            "transaction (replaced); claim again")
        return TxStatus("failed", error=exc.reason, error_name=exc.error_name)
    # an instant-mining node (the embedded EVM, Hardhat) may have mined it already
    again = client.receipt(tx_hash)
    if again is not None:
        status = track_transaction(client, tx_hash=tx_hash, sender=sender, nonce=nonce,
                                   confirmations=confirmations)
        return TxStatus(status.state, status.block_number, status.amount, status.error,
                        status.error_name, rebroadcast=True)
    return TxStatus("pending", rebroadcast=True)


def claim_request(entitlement: Entitlement, domain: Domain, signer: DigestSigner, *,
                  nonce: int | None = None, deadline: int | None = None,
                  now_s: int | None = None) -> dict[str, Any]:
    """A signed EIP-712 ``ClaimRequest`` for the hub's relayer: ``{"request", "signature"}``.

    The hub verifies it against the campaign's domain and sends ``claim`` from its own
    key; the tokens go to the account all the same.
    """
    if signer.address.lower() != entitlement.account.lower():
        raise SignatureError(f"the claim is for {entitlement.account}, not {signer.address}")
    now = int(time.time()) if now_s is None else now_s
    message = claim_request_message(
        account=entitlement.account, cumulative_amount=entitlement.cumulative_amount,
        expected_root=entitlement.root,
        nonce=nonce if nonce is not None else secrets.randbits(64),
        deadline=deadline if deadline is not None else now + REQUEST_TTL_S,
    )
    signature = sign_typed(typed_data(domain, "ClaimRequest", message), signer)
    return {
        "request": {
            "account": message["account"],
            "cumulative_amount": str(message["cumulativeAmount"]),
            "expected_root": message["expectedRoot"],
            "nonce": str(message["nonce"]),
            "deadline": message["deadline"],
        },
        "signature": "0x" + signature.hex(),
    }


def proof_tuple(proof: Sequence[str]) -> tuple[str, ...]:
    return tuple(str(p) for p in proof)
