"""The relayer: the hub sends ``claim`` for an account that holds no gas.

The account signs an EIP-712 ``ClaimRequest`` (account, cumulativeAmount, expectedRoot,
nonce, deadline) for the campaign's domain; the hub checks it, in this order:

1. the request is well formed and its signature recovers (high-s refused) to ``account``
   under the campaign's domain (chain id and distributor) — 422 ``signature invalid``;
2. the deadline has not passed — 422;
3. the same request again (same EIP-712 digest) → the original claim; the same nonce with
   another request → 409; a claim of the same amount under the same root already on its
   way or done → that claim (so a retried request never sends twice);
4. the account sent fewer than ``relay_limit`` claims in the last ``relay_window_s``
   — else 429 with ``Retry-After`` (seconds);
5. the hub posted that root and the account's leaf in it is that amount — 422;
6. the claim would succeed (gas estimated from the relayer) — else the distributor's
   reason: 409 for ``RootMismatch`` (a newer epoch: fetch the new proof), 422 otherwise.

Then the relayer key sends ``claim(account, cumulativeAmount, expectedRoot, proof)``; the
tokens go to ``account`` (the contract pays the account whoever sends). The signed
transaction is stored before it is broadcast; ``relay_status`` follows it to its receipt,
and replaces it (same nonce, higher fee: :mod:`.fee_policy`, as ``settle`` does) when it
is still in the mempool after ``replace_after_s`` (:mod:`.relay_replace`); the replaced
hash still finds the claim.
Every request that passes 1–3 counts toward the rate limit, refused or not.

Steps 3–5 are decided under a lock of the (campaign, account) pair alone (an advisory
lock held to commit: :func:`..db.locks.record_lock`), never the campaign row: two requests
of one account cannot both pass the checks and both send, while other accounts' relays,
leases, pushes and settlement go on beside it. The unique ``request_digest`` backs it up.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import Any, Final

from eth_utils import is_hex_address, to_checksum_address
from sqlalchemy import Connection, func, insert, select, update
from uuid6 import uuid7

from ...core.chain.claims import track_transaction
from ...core.chain.client import ChainError, ClaimRevertedError
from ...core.errors import SignatureError
from ...core.protocol import claim_request_message, digest, recover_digest, typed_data
from .. import metrics
from ..campaigns.catalog import load_campaign
from ..db.locks import record_lock, sender_lock
from ..errors import Conflict, HubError, NotFound, Unprocessable
from ..service import Hub
from .chain import (
    ChainUnavailable,
    SentTx,
    cached_chain,
    config_of,
    role_sender,
    sender_address,
    sign_or_send,
)
from .epochs import POSTED, account_proof, latest_epoch
from .fee_policy import latest_replacement
from .gas_money import NotEnoughGas, require_gas_money
from .relay_replace import mined_hash, replace_if_stuck
from .tables import epochs, relayed_claims

log = logging.getLogger("datafi_desktop.hub.relayer")

UINT256_MAX: Final = 2**256 - 1
_OPEN: Final = ("pending", "confirmed")


class RateLimited(HubError):
    """Too many relayed claims from this account: try again after ``retry_after`` s."""

    status_code = 429

    def __init__(self, detail: str, retry_after: int) -> None:
        super().__init__(detail)
        self.retry_after = retry_after


@dataclass(frozen=True)
class RelayedClaim:
    id: str
    campaign_id: str
    account: str
    nonce: str
    cumulative_amount: str
    expected_root: str
    epoch: int
    relayer: str
    state: str
    tx_hash: str | None
    block_number: int | None
    amount: str | None
    error: str | None
    error_name: str | None
    created_at: int
    updated_at: int


def _claim(row: Any) -> RelayedClaim:
    return RelayedClaim(
        id=row.id, campaign_id=row.campaign_id, account=row.account, nonce=row.nonce,
        cumulative_amount=row.cumulative_amount, expected_root=row.expected_root,
        epoch=int(row.epoch), relayer=row.relayer, state=row.state, tx_hash=row.tx_hash,
        block_number=int(row.block_number) if row.block_number is not None else None,
        amount=row.amount, error=row.error, error_name=row.error_name,
        created_at=int(row.created_at), updated_at=int(row.updated_at))


def _uint(value: Any, what: str, limit: int = UINT256_MAX) -> int:
    if isinstance(value, bool):
        raise Unprocessable(f"{what}: expected an integer")
    try:
        number = int(value, 10) if isinstance(value, str) else int(value)
    except (TypeError, ValueError):
        raise Unprocessable(f"{what}: expected a decimal integer") from None
    if not 0 <= number <= limit:
        raise Unprocessable(f"{what}: out of range")
    return number


def parse_request(request: dict[str, Any]) -> dict[str, Any]:
    """The ClaimRequest message from the JSON the app sends (amounts as decimal strings)."""
    account = request.get("account")
    if not isinstance(account, str) or not is_hex_address(account):
        raise Unprocessable("account: not an address")
    root = request.get("expected_root")
    if not isinstance(root, str) or len(root) != 66 or not root.startswith("0x"):
        raise Unprocessable("expected_root: expected 0x and 32 bytes of hex")
    try:
        bytes.fromhex(root[2:])
    except ValueError:
        raise Unprocessable("expected_root: not hex") from None
    return claim_request_message(
        account=account,
        cumulative_amount=_uint(request.get("cumulative_amount"), "cumulative_amount"),
        expected_root=root.lower(), nonce=_uint(request.get("nonce"), "nonce"),
        deadline=_uint(request.get("deadline"), "deadline", 2**64 - 1))


def relay_claim(hub: Hub, campaign_id: str, request: dict[str, Any], signature: str
                ) -> tuple[RelayedClaim, bool]:
    """Check a signed ClaimRequest and send the claim; returns (claim, created)."""
    with hub.engine.begin() as conn:
        campaign, _closed = load_campaign(conn, campaign_id)
    message = parse_request(request)
    full = typed_data(campaign.domain, "ClaimRequest", message)
    request_digest = "0x" + digest(full).hex()
    try:
        signer = recover_digest(bytes.fromhex(request_digest[2:]), signature)
    except SignatureError as exc:
        raise Unprocessable(f"signature invalid: {exc}") from None
    account = str(to_checksum_address(message["account"]))
    if signer != account:
        raise Unprocessable("signature invalid: not signed by the account "
                            "(or for another campaign, chain or contract)")
    now = hub.now()
    if message["deadline"] * 1000 < now:
        raise Unprocessable("the claim request expired (deadline passed): sign a new one")
    config = config_of(hub)
    cumulative = int(message["cumulativeAmount"])
    root = str(message["expectedRoot"])

    with hub.engine.begin() as conn:
        # one decision per account at a time (same request, nonce, rate window): its own
        # lock, not the campaign row, so relays never wait for a campaign's other work
        record_lock(conn, f"relay:{campaign_id}:{account}")
        now = hub.time(conn)  # the rate window by the database's clock, after the lock
        known = conn.execute(select(relayed_claims).where(
            relayed_claims.c.request_digest == request_digest)).first()
        if known is not None:
            return _claim(known), False
        if conn.execute(select(relayed_claims.c.id).where(
                relayed_claims.c.campaign_id == campaign_id,
                relayed_claims.c.account == account,
                relayed_claims.c.nonce == str(message["nonce"]))).first() is not None:
            raise Conflict("this nonce was used by another claim request: sign a new one")
        same = conn.execute(select(relayed_claims).where(
            relayed_claims.c.campaign_id == campaign_id, relayed_claims.c.account == account,
            relayed_claims.c.cumulative_amount == str(cumulative),
            relayed_claims.c.expected_root == root, relayed_claims.c.state.in_(_OPEN))
            .order_by(relayed_claims.c.created_at.desc())).first()
        if same is not None:
            return _claim(same), False
        _check_rate(conn, campaign_id, account, now, config.relay_limit,
                    config.relay_window_s)
        epoch_row = conn.execute(select(epochs.c.epoch).where(
            epochs.c.campaign_id == campaign_id, epochs.c.rewards_root == root,
            epochs.c.state == POSTED)).first()
        epoch_number = int(epoch_row.epoch) if epoch_row is not None else 0
        claim_id = str(uuid7())
        conn.execute(insert(relayed_claims).values(
            id=claim_id, campaign_id=campaign_id, account=account, nonce=str(message["nonce"]),
            request_digest=request_digest, cumulative_amount=str(cumulative),
            expected_root=root, epoch=epoch_number, relayer="", state="pending",
            created_at=now, updated_at=now))
        latest = latest_epoch(conn, campaign_id, posted_only=True)
        if epoch_row is not None and latest is not None and latest.epoch != epoch_number:
            text = (f"a newer epoch ({latest.epoch}) was posted since epoch {epoch_number}: "
                    "fetch the new proof and sign again")
            _fail(conn, claim_id, now, "RootMismatch", text)
            stale = True
        else:
            stale = False
            found = account_proof(conn, campaign_id, account, latest) if (
                epoch_row is not None and latest is not None) else None
            proof = found.proof if found is not None and found.cumulative_amount == cumulative \
                else None
    if stale:
        raise Conflict(text)
    if proof is None:
        with hub.engine.begin() as conn:
            _fail(conn, claim_id, now, None, "no such entitlement")
        raise Unprocessable("no such entitlement: the hub posted no leaf of this amount for "
                            "the account under that root (refresh the rewards)")
    try:
        return _send(hub, campaign, claim_id, account, cumulative, root, proof), True
    except HubError:
        raise
    except ChainError as exc:
        with hub.engine.begin() as conn:
            _fail(conn, claim_id, hub.now(), None, str(exc))
        raise ChainUnavailable(f"the relayer cannot reach the chain: {exc}") from None


def _check_rate(conn: Connection, campaign_id: str, account: str, now: int, limit: int,
                window_s: int) -> None:
    since = now - window_s * 1000
    row = conn.execute(select(func.count(), func.min(relayed_claims.c.created_at)).where(
        relayed_claims.c.campaign_id == campaign_id, relayed_claims.c.account == account,
        relayed_claims.c.created_at > since)).first()
    count, oldest = (int(row[0]), row[1]) if row is not None else (0, None)
    if count >= limit:
        retry = max(1, math.ceil((int(oldest) + window_s * 1000 - now) / 1000)) if oldest else 1
        raise RateLimited(f"at most {limit} claims per account every {window_s // 60} minutes "
                          f"through the hub: try again in {retry} s, or claim from the "
                          "wallet", retry)


def _fail(conn: Connection, claim_id: str, now: int, name: str | None, error: str) -> None:
    conn.execute(update(relayed_claims).where(relayed_claims.c.id == claim_id).values(
        state="failed", error=error, error_name=name, updated_at=now))


def _send(hub: Hub, campaign: Any, claim_id: str, account: str, cumulative: int, root: str,
          proof: list[str]) -> RelayedClaim:
    config = config_of(hub)
    chain = cached_chain(campaign.chain, config)
    sender = role_sender(chain, config, "relayer")
    relayer = sender_address(sender)
    client = chain.client
    try:
        gas = client.estimate_claim_gas(account, cumulative, root, proof, relayer)
    except ClaimRevertedError as exc:
        with hub.engine.begin() as conn:
            _fail(conn, claim_id, hub.now(), exc.error_name, exc.reason)
        if exc.error_name == "RootMismatch":
            raise Conflict(exc.reason) from None
        raise Unprocessable(exc.reason) from None
    limit = int(gas * 1.2) + 1
    fees = client.fees()
    if client.eth_balance(relayer) < limit * fees.max_fee_per_gas:
        with hub.engine.begin() as conn:
            _fail(conn, claim_id, hub.now(), None, "the relayer has no gas money")
        try:
            require_gas_money(chain.w3, relayer, limit, fees.max_fee_per_gas, role="relayer",
                              chain_id=chain.settings.chain_id,
                              source=config.key_sources.get("relayer"), what="this claim")
        except NotEnoughGas as exc:
            log.warning("%s", exc)
        raise ChainUnavailable("the hub's relayer is out of gas money: claim from the wallet, "
                               "or try again later")

    def record(sent: SentTx) -> None:
        with hub.engine.begin() as conn:
            conn.execute(update(relayed_claims).where(relayed_claims.c.id == claim_id).values(
                relayer=relayer, tx_hash=sent.tx_hash, tx_nonce=sent.nonce, raw_tx=sent.raw_tx,
                updated_at=hub.now()))

    fn = client.claim_function(account, cumulative, root, proof)
    with config.send_lock, sender_lock(hub.engine, relayer):  # nonces: one sender at a time
        sign_or_send(chain, fn, sender, gas=limit, record=record, role="relayer",
                     source=config.key_sources.get("relayer"),
                     max_fee_cap=config.max_fee_per_gas)
    metrics.RELAYED.inc()
    log.info("relayed a claim of %s for %s (campaign %s)", cumulative, account, campaign.id)
    return refresh(hub, claim_id)


def refresh(hub: Hub, claim_id: str) -> RelayedClaim:
    """Look the claim's transaction up (receipt, rebroadcast, dropped) and store it."""
    with hub.engine.begin() as conn:
        row = conn.execute(select(relayed_claims).where(relayed_claims.c.id == claim_id)).first()
        if row is None:
            raise NotFound(f"no relayed claim {claim_id}")
        campaign, _closed = load_campaign(conn, row.campaign_id)
    if row.state != "pending" or row.tx_hash is None:
        return _claim(row)
    try:
        chain = cached_chain(campaign.chain, config_of(hub))
        row = replace_if_stuck(hub, chain, row)
        tx_hash = mined_hash(hub, chain, row.tx_hash)
        status = track_transaction(chain.client, tx_hash=tx_hash, sender=row.relayer,
                                   nonce=int(row.tx_nonce) if row.tx_nonce is not None else None,
                                   raw_tx=row.raw_tx if tx_hash == row.tx_hash else None)
    except (ChainError, ChainUnavailable) as exc:
        log.info("relayed claim %s: cannot look it up now (%s)", claim_id, exc)
        return _claim(row)
    values: dict[str, Any] = {"state": status.state, "updated_at": hub.now(),
                              "tx_hash": tx_hash}
    if status.block_number is not None:
        values["block_number"] = status.block_number
    if status.amount is not None:
        values["amount"] = str(status.amount)
    if status.error is not None:
        values["error"] = status.error
        values["error_name"] = status.error_name
    if status.state != "pending":
        values["raw_tx"] = None
    with hub.engine.begin() as conn:
        conn.execute(update(relayed_claims).where(relayed_claims.c.id == claim_id)
                     .values(**values))
        row = conn.execute(select(relayed_claims).where(relayed_claims.c.id == claim_id)).first()
    assert row is not None
    return _claim(row)


def relay_status(hub: Hub, campaign_id: str, tx_hash: str) -> RelayedClaim:
    with hub.engine.begin() as conn:
        row = None
        for candidate in (tx_hash.lower(), latest_replacement(conn, tx_hash)):
            if candidate is not None and row is None:  # a replaced hash finds its claim
                row = conn.execute(select(relayed_claims.c.id).where(
                    relayed_claims.c.campaign_id == campaign_id,
                    relayed_claims.c.tx_hash == candidate)).first()
    if row is None:
        raise NotFound(f"no relayed claim with transaction {tx_hash}")
    return refresh(hub, row.id)
