"""Epoch settlement: the ledger's cumulative entitlements → two Merkle roots → on-chain.

``settle(hub, campaign_id)`` closes an epoch in two steps, each its own transaction:

1. **build** — under the campaign's row lock: every account's cumulative amount over the
   ledger up to its last entry (:func:`.ledger.totals`), the rewards tree over
   ``(account, cumulativeAmount)`` and the submissions tree over the digests of the accepted
   submissions the ledger added since the previous epoch (OpenZeppelin's StandardMerkleTree
   both, :mod:`datafi_desktop.core.merkle`). The epoch is stored ``built`` with both trees
   and every account's leaf index.
2. **post** — ``postEpoch(epoch, rewardsRoot, submissionsRoot, total, claimedTotal, uri)``
   from the settler key (``claimedTotal``: the sum of the distributor's ``Claimed`` logs,
   :func:`~datafi_desktop.core.chain.distributor_log.claimed_total_for_post`). A locally
   signed transaction is stored with the epoch *before* it is broadcast; the receipt marks
   the epoch ``posted`` (tx hash, block) and, in the same transaction, the submissions it
   paid ``paid`` on the status feed.

Running it again is safe at any point: a ``built`` epoch is resumed — the chain is asked
first (the epoch's ``EpochPosted`` log already ours → just mark it; a stored transaction → its
receipt, or a rebroadcast while its nonce is free) — and with nothing new in the ledger
nothing is posted.

Rules (see docs/rewards.md):

- an account's cumulative amount never goes down: an account held by the gold threshold
  keeps what was already posted (its new entries wait until the hold ends);
- accounts whose cumulative amount is 0 get no leaf (there is nothing to claim);
- one distributor settles one campaign (the contract keeps one epoch counter and one root);
- a submission is ``paid`` once an epoch whose leaf includes its reward is on-chain: the
  distributor then holds the tokens and anyone can send the claim; whether the account has
  claimed yet is shown by the app's Rewards page, not by the submission's status.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Final

from eth_utils import to_checksum_address
from hexbytes import HexBytes
from sqlalchemy import Connection, insert, select, update

from ...core.chain.artifacts import decode_revert
from ...core.chain.client import revert_reason
from ...core.chain.distributor_log import claimed_total_for_post, posted_epoch
from ...core.merkle import StandardMerkleTree, rewards_tree, submissions_tree
from ...core.models import Campaign, parse_campaign
from .. import metrics
from ..db.locking import share_campaigns
from ..db.locks import held, ledger_snapshot, sender_lock
from ..db.tables import campaigns
from ..errors import HubError, NotFound
from ..service import Hub
from . import ledger
from .chain import (
    ChainUnavailable,
    HubChain,
    RewardsConfig,
    Sender,
    SentTx,
    chain_for,
    config_of,
    role_sender,
    sender_address,
    sign_or_send,
    wait_receipt,
)
from .epochs import (
    BUILT,
    POSTED,
    AccountProof,
    EpochInfo,
    SubmissionProof,
    account_proof,
    get_epoch,
    latest_epoch,
    list_epochs,
    lock_epochs,
    proof_from_nodes,
    submission_proof,
)
from .fee_policy import replace_sent, wait_or_replace
from .paid import mark_paid_with
from .tables import epoch_accounts, epoch_submissions, epochs

log = logging.getLogger("datafi_desktop.hub.settlement")

ZERO_ROOT: Final = "0x" + "00" * 32
_CHUNK: Final = 5000

#: test hook: called with "built", "signed" and "sent" as settlement passes those points
Fault = Callable[[str], None]


class SettlementError(HubError):
    """Settlement cannot go on; the message says what the operator can do."""

    status_code = 409


class NothingToSettle(SettlementError):
    """The ledger has no entry the last epoch did not already count."""


# --- building ------------------------------------------------------------------------------


def _tree_blob(tree: StandardMerkleTree) -> tuple[bytes, list[int]]:
    dump = tree.dump()
    nodes = b"".join(bytes.fromhex(node[2:]) for node in dump["tree"])
    return nodes, [int(v["treeIndex"]) for v in dump["values"]]


def _check_single_campaign(conn: Connection, campaign: Campaign) -> None:
    for row in conn.execute(select(campaigns.c.id, campaigns.c.body)
                            .where(campaigns.c.id != campaign.id)):
        other = parse_campaign(json.loads(row.body)).chain
        if (other.chain_id == campaign.chain.chain_id
                and other.distributor.lower() == campaign.chain.distributor.lower()):
            raise SettlementError(
                f"campaign {row.id!r} names the same distributor {campaign.chain.distributor}: "
                "a distributor settles one campaign (it keeps one root and one epoch counter); "
                "give each campaign its own")


def previous_amounts(conn: Connection, campaign_id: str, epoch: int) -> dict[str, int]:
    rows = conn.execute(select(epoch_accounts.c.account, epoch_accounts.c.cumulative_amount)
                        .where(epoch_accounts.c.campaign_id == campaign_id,
                               epoch_accounts.c.epoch == epoch))
    return {r.account: int(r.cumulative_amount) for r in rows}


def entitlements_upto(conn: Connection, campaign_id: str, upto: int,
                      previous: dict[str, int]) -> dict[str, int]:
    """Cumulative amounts for the new epoch: the ledger's totals (held accounts left out),
    never below what an account was already given; zero amounts get no leaf."""
    # the ledger stores accounts checksummed (ledger.append), as epoch_accounts does
    amounts = dict(ledger.totals(conn, campaign_id, upto))
    for account, before in previous.items():
        if amounts.get(account, 0) < before:
            amounts[account] = before
    return {a: v for a, v in sorted(amounts.items()) if v > 0}


def build_epoch(conn: Connection, campaign: Campaign, *, chain_epoch: int, now: int,
                uri_base: str = "") -> EpochInfo:
    """Build the next epoch (or return the one already built and not posted).

    Raises :class:`NothingToSettle` when the ledger has nothing the last epoch missed.
    Runs in the caller's transaction: one snapshot in which the ledger up to its newest
    visible entry is complete (:func:`..db.locks.ledger_snapshot`).
    """
    cid = campaign.id
    last = latest_epoch(conn, cid)
    if last is not None and last.state == BUILT:
        return last
    upto = ledger.last_id(conn, cid)
    if upto is None:
        raise NothingToSettle(f"campaign {cid!r} has no ledger entries yet: nothing to settle")
    if last is not None and last.ledger_upto >= upto:
        raise NothingToSettle(f"nothing new since epoch {last.epoch} (ledger entry {upto})")
    previous = previous_amounts(conn, cid, last.epoch) if last is not None else {}
    amounts = entitlements_upto(conn, cid, upto, previous)
    counted = set(conn.execute(select(epoch_submissions.c.digest)
                               .where(epoch_submissions.c.campaign_id == cid)).scalars())
    new_digests = [d.lower() for d in ledger.accepted_digests(conn, cid, upto)
                   if d.lower() not in counted]
    number = max(last.epoch if last is not None else 0, chain_epoch) + 1

    if amounts:
        # lowercase: the same leaves (an address is 20 bytes), without re-checking EIP-55
        tree = rewards_tree({a.lower(): v for a, v in amounts.items()})
        rewards_nodes, indices = _tree_blob(tree)
        rewards_root = tree.root
    else:
        rewards_nodes, indices, rewards_root = b"", [], ZERO_ROOT
    subs_nodes: bytes | None = None
    subs_indices: list[int] = []
    subs_root = ZERO_ROOT
    if new_digests:
        subs_tree = submissions_tree(new_digests)
        subs_nodes, subs_indices = _tree_blob(subs_tree)
        subs_root = subs_tree.root
    total = sum(amounts.values())
    uri = (f"{uri_base.rstrip('/')}/v1/campaigns/{cid}/epochs/{number}" if uri_base
           else f"datafi-hub:{cid}/epochs/{number}")
    conn.execute(insert(epochs).values(
        campaign_id=cid, epoch=number, state=BUILT, ledger_upto=upto,
        chain_id=campaign.chain.chain_id, distributor=campaign.chain.distributor,
        rewards_root=rewards_root, submissions_root=subs_root, total_cumulative=str(total),
        accounts=len(amounts), submissions=len(new_digests), uri=uri,
        rewards_tree=rewards_nodes, submissions_tree=subs_nodes, created_at=now,
    ))
    account_rows = [{"campaign_id": cid, "epoch": number, "account": a,
                     "cumulative_amount": str(v), "tree_index": i}
                    for (a, v), i in zip(amounts.items(), indices, strict=True)]
    for chunk in _chunks(account_rows):
        conn.execute(insert(epoch_accounts), chunk)
    digest_rows = [{"campaign_id": cid, "digest": d, "epoch": number, "tree_index": i}
                   for d, i in zip(new_digests, subs_indices, strict=True)]
    for chunk in _chunks(digest_rows):
        conn.execute(insert(epoch_submissions), chunk)
    info = get_epoch(conn, cid, number)
    assert info is not None
    log.info("built epoch %d of %s: %d accounts, %d new submissions, total %d, root %s",
             number, cid, len(amounts), len(new_digests), total, rewards_root)
    return info


def _chunks(rows: list[dict[str, Any]], size: int = _CHUNK) -> Iterable[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def mark_paid(conn: Connection, info: EpochInfo) -> int:
    """Put ``paid`` on what this posted epoch pays for (:mod:`.paid`)."""
    return mark_paid_with(conn, info, previous_amounts(conn, info.campaign_id, info.epoch))


# --- posting -------------------------------------------------------------------------------


def _record_tx(hub: Hub, info: EpochInfo, sent: SentTx) -> None:
    with hub.engine.begin() as conn:
        conn.execute(update(epochs).where(epochs.c.campaign_id == info.campaign_id,
                                          epochs.c.epoch == info.epoch)
                     .values(tx_hash=sent.tx_hash, tx_nonce=sent.nonce, raw_tx=sent.raw_tx,
                             sender=sent.sender))


def _mark_posted(hub: Hub, info: EpochInfo, tx_hash: str | None, block: int | None
                 ) -> EpochInfo:
    with hub.engine.begin() as conn:
        # the epoch's own row, not the campaign's: a second caller waits here, then
        # finds it posted (no double post, no double paid marks)
        lock_epochs(conn, info.campaign_id, info.epoch)
        current = get_epoch(conn, info.campaign_id, info.epoch)
        if current is not None and current.state == POSTED:
            return current
        values: dict[str, Any] = {"state": POSTED, "block_number": block,
                                  "posted_at": hub.now(), "raw_tx": None}
        if tx_hash is not None:
            values["tx_hash"] = tx_hash
        conn.execute(update(epochs).where(epochs.c.campaign_id == info.campaign_id,
                                          epochs.c.epoch == info.epoch).values(**values))
        posted = get_epoch(conn, info.campaign_id, info.epoch)
        assert posted is not None
        paid = mark_paid(conn, posted)
    log.info("epoch %d of %s posted (tx %s, block %s); %d submissions paid", info.epoch,
             info.campaign_id, tx_hash, block, paid)
    return posted


def _already_posted(chain: HubChain, info: EpochInfo) -> tuple[str | None, int | None] | None:
    """(tx hash, block) when epoch ``info.epoch`` is on-chain with our roots; None when the
    distributor is still below it. The contract stores only the latest root, so an epoch's
    roots are read from its ``EpochPosted`` log."""
    distributor = chain.client.distributor
    current = int(distributor.functions.currentEpoch().call())
    if current < info.epoch:
        return None
    try:
        posted = posted_epoch(distributor, info.epoch)
    except Exception as exc:  # some nodes limit log ranges: the latest root still tells
        if current == info.epoch and chain.client.merkle_root() == info.rewards_root:
            return info.tx_hash, None
        raise SettlementError(f"the distributor is at epoch {current}; cannot read epoch "
                              f"{info.epoch}'s EpochPosted log: {str(exc)[:200]}") from None
    if (posted is not None and posted.rewards_root == info.rewards_root
            and posted.submissions_root == info.submissions_root):
        return posted.tx_hash, posted.block_number
    held = posted.rewards_root if posted is not None else "none (skipped)"
    raise SettlementError(
        f"the distributor is at epoch {current} and epoch {info.epoch} holds another root "
        f"({held}): another settler posts to it. Give this campaign its own distributor")


def _raw_of(hub: Hub, info: EpochInfo) -> tuple[str | None, int | None]:
    with hub.engine.begin() as conn:
        row = conn.execute(select(epochs.c.raw_tx, epochs.c.tx_nonce).where(
            epochs.c.campaign_id == info.campaign_id, epochs.c.epoch == info.epoch)).first()
    if row is None:
        return None, None
    return row.raw_tx, int(row.tx_nonce) if row.tx_nonce is not None else None


def post_epoch(hub: Hub, info: EpochInfo, chain: HubChain, sender: Sender, *,
               fault: Fault | None = None, timeout: float = 120.0) -> EpochInfo:
    """Put a built epoch on-chain (or notice that it already is) and mark it posted."""
    if info.state == POSTED:
        return info
    d = chain.client.distributor.functions
    found = _already_posted(chain, info)
    if found is not None:
        tx_hash, block = found
        if block is None and tx_hash is not None:
            receipt = chain.client.receipt(tx_hash)
            block = int(receipt["blockNumber"]) if receipt is not None else None
        return _mark_posted(hub, info, tx_hash or info.tx_hash, block)
    if info.tx_hash is not None:
        receipt = chain.client.receipt(info.tx_hash)
        if receipt is None and chain.client.transaction(info.tx_hash) is None:
            raw, nonce = _raw_of(hub, info)
            sender_now = info.sender or ""
            if raw and nonce is not None and chain.client.nonce(sender_now, "latest") <= nonce:
                log.info("epoch %d: rebroadcasting %s", info.epoch, info.tx_hash)
                chain.w3.eth.send_raw_transaction(HexBytes(raw))
                receipt = wait_receipt(chain, info.tx_hash, timeout)
        elif receipt is None:
            receipt = wait_receipt(chain, info.tx_hash, timeout)
        if receipt is not None:
            if int(receipt["status"]) == 1:
                return _mark_posted(hub, info, info.tx_hash, int(receipt["blockNumber"]))
            tx = chain.client.transaction(info.tx_hash)
            decoded = chain.client.replay_revert(tx, int(receipt["blockNumber"])) if tx else None
            log.warning("epoch %d: postEpoch %s reverted (%s); sending again", info.epoch,
                        info.tx_hash, revert_reason(decoded))
    paid = _declared_paid(chain)
    _check_funding(chain, info, paid)
    fn = d.postEpoch(info.epoch, HexBytes(info.rewards_root), HexBytes(info.submissions_root),
                     info.total_cumulative, paid, info.uri)
    try:
        fn.estimate_gas({"from": to_checksum_address(sender_address(sender))})
    except Exception as exc:
        raise SettlementError(_post_refusal(chain, exc)) from None

    def record(sent: SentTx) -> None:
        _record_tx(hub, info, sent)
        if fault is not None:
            fault("signed")

    config = config_of(hub)
    with sender_lock(hub.engine, sender_address(sender)):
        sent = sign_or_send(chain, fn, sender, record=record, role="settler",
                            source=config.key_sources.get("settler"),
                            max_fee_cap=config.max_fee_per_gas)
    if fault is not None:
        fault("sent")
    receipt = wait_or_replace(hub, chain, sent, sender, purpose=f"epoch {info.epoch} of "
                              f"{info.campaign_id}", cap=config.max_fee_per_gas,
                              replace_after_s=config.replace_after_s,
                              record=lambda s: _record_tx(hub, info, s),
                              timeout=max(timeout, config.replace_after_s * 4))
    sent = replace_sent(sent, receipt)
    if int(receipt["status"]) != 1:
        tx = chain.client.transaction(sent.tx_hash)
        decoded = chain.client.replay_revert(tx, int(receipt["blockNumber"])) if tx else None
        raise SettlementError(f"postEpoch reverted: {revert_reason(decoded)}")
    return _mark_posted(hub, info, sent.tx_hash, int(receipt["blockNumber"]))


def _declared_paid(chain: HubChain) -> int:
    """The ``claimedTotal`` for ``postEpoch``: the sum of the ``Claimed`` logs."""
    try:
        return claimed_total_for_post(chain.client.distributor)
    except Exception as exc:  # a node that refuses the log range, or a lost connection
        raise SettlementError(f"cannot read the distributor's Claimed logs (eth_getLogs) "
                              f"to declare what was paid: {str(exc).splitlines()[0][:200]}"
                              ) from None


def _check_funding(chain: HubChain, info: EpochInfo, paid: int) -> None:
    client = chain.client
    d = client.distributor.functions
    token = chain.w3.eth.contract(address=d.token().call(), abi=client.token_abi)
    balance = int(token.functions.balanceOf(client.distributor.address).call())
    required = info.total_cumulative - paid
    if balance < required:
        raise SettlementError(
            f"the distributor holds {balance} token units but epoch {info.epoch} needs "
            f"{required} (total {info.total_cumulative} less {paid} claimed): send it "
            f"{required - balance} more, then run settle again (the epoch stays built)")


def _post_refusal(chain: HubChain, exc: BaseException) -> str:
    decoded = decode_revert(exc, chain.client.distributor_abi)
    if decoded is None:
        return f"postEpoch refused by the node: {str(exc).splitlines()[0][:300]}"
    if decoded.name == "AccessControlUnauthorizedAccount":
        return (f"the settler {decoded.args.get('account')} lacks SETTLER_ROLE on the "
                "distributor: grant it (grantRole) or use the settler's key")
    return f"postEpoch would revert: {revert_reason(decoded)}"


# --- the whole step ------------------------------------------------------------------------


@dataclass(frozen=True)
class SettleResult:
    epoch: EpochInfo
    resumed: bool
    built: bool


def settle(hub: Hub, campaign_id: str, *, config: RewardsConfig | None = None,
           chain: HubChain | None = None, sender: Sender | None = None,
           fault: Fault | None = None) -> SettleResult:
    """Close an epoch of the campaign: build (or resume) it and post it on-chain.

    Idempotent: an epoch left ``built`` by a crash is resumed; with nothing new in the
    ledger, :class:`NothingToSettle` is raised and nothing is sent. One run per
    campaign at a time, whichever machine it runs on (an advisory lock): a second
    run waits for the first, then finds nothing new to settle.
    """
    start = time.perf_counter()
    outcome = "failed"
    try:
        with held(hub.engine, f"settle:{campaign_id}", what=f"settling {campaign_id!r}"):
            result = _settle(hub, campaign_id, config=config, chain=chain, sender=sender,
                             fault=fault)
        outcome = "posted"
        return result
    except NothingToSettle:
        outcome = "nothing"
        raise
    finally:
        metrics.SETTLEMENTS.labels(outcome).inc()
        metrics.SETTLE_SECONDS.observe(time.perf_counter() - start)


def _settle(hub: Hub, campaign_id: str, *, config: RewardsConfig | None,
            chain: HubChain | None, sender: Sender | None, fault: Fault | None
            ) -> SettleResult:
    config = config or config_of(hub)
    with hub.engine.begin() as conn:
        found = share_campaigns(conn, [campaign_id]).get(campaign_id)
        if found is None:
            raise NotFound(f"no campaign {campaign_id!r}")
        campaign = found[0]
        _check_single_campaign(conn, campaign)
    if chain is None:
        chain = chain_for(campaign.chain, config)
    if sender is None:
        sender = role_sender(chain, config, "settler")
    chain_epoch = chain.client.current_epoch()
    # built from one consistent snapshot of the ledger; intake goes on meanwhile
    # (the settle lock above keeps a second run out)
    with ledger_snapshot(hub.engine, campaign_id) as conn:
        last = latest_epoch(conn, campaign_id)
        resumed = last is not None and last.state == BUILT
        info = build_epoch(conn, campaign, chain_epoch=chain_epoch, now=hub.now(),
                           uri_base=hub.settings.public_url or "")
    if fault is not None and not resumed:
        fault("built")
    posted = post_epoch(hub, info, chain, sender, fault=fault)
    return SettleResult(posted, resumed=resumed, built=not resumed)


def digests_of(conn: Connection, campaign_id: str, epoch: int) -> list[str]:
    """The submission digests an epoch counted, in tree-index order."""
    return list(conn.execute(select(epoch_submissions.c.digest).where(
        epoch_submissions.c.campaign_id == campaign_id, epoch_submissions.c.epoch == epoch)
        .order_by(epoch_submissions.c.tree_index)).scalars())


__all__ = [
    "AccountProof",
    "ChainUnavailable",
    "EpochInfo",
    "NothingToSettle",
    "SettleResult",
    "SettlementError",
    "SubmissionProof",
    "account_proof",
    "build_epoch",
    "digests_of",
    "latest_epoch",
    "list_epochs",
    "mark_paid",
    "post_epoch",
    "previous_amounts",
    "proof_from_nodes",
    "settle",
    "submission_proof",
]
