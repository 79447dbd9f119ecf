"""Claims from the app's wallet on the in-process EVM: gas and fees, nonces, tracking to the
receipt (also after a restart), rebroadcast, dropped and reverted transactions."""

from __future__ import annotations

from pathlib import Path

import pytest
from eth_account import Account

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.chain.claims import (
    Entitlement,
    claim_request,
    password_signer,
    prepare_claim,
    sign_claim,
    sign_transaction,
    track_transaction,
)
from datafi_desktop.core.chain.client import (
    ChainClient,
    ChainUnreachableError,
    ClaimRevertedError,
    WrongChainError,
)
from datafi_desktop.core.chain.distributor_log import claimed_total_for_post
from datafi_desktop.core.demo_chain import DemoChain
from datafi_desktop.core.errors import WrongPasswordError
from datafi_desktop.core.merkle import rewards_tree, submissions_tree
from datafi_desktop.core.models import ChainSettings
from datafi_desktop.core.protocol import recover_typed, typed_data
from datafi_desktop.core.rewards import Rewards, format_amount
from tests.chain.rewards_support import (
    PASSWORD,
    KeyDigestSigner,
    campaign_on,
    demo,
    key_hex,
    make_app,
)

from .helpers import post_epoch

__all__ = ["demo"]


def settled(demo: DemoChain, cache: Cache, account: str, amount: int, epoch: int = 1,
            others: dict[str, int] | None = None) -> Entitlement:
    """Post an epoch paying ``account`` (and ``others``) and store its proof in the cache."""
    posted = post_epoch(demo.chain, epoch, {account: amount, **(others or {})})
    cumulative, proof = posted.proof(account)
    ent = Entitlement("c1", account, epoch, cumulative, posted.rewards.root, tuple(proof))
    cache.rewards.save_entitlement(ent)
    return ent


@pytest.fixture
def app_cache(tmp_path: Path, demo: DemoChain) -> tuple[Cache, str]:
    app = make_app(tmp_path / "app", "alice")
    cache = app.cache()
    cache.tasks.upsert_campaign(campaign_on(demo.settings).campaign)
    demo.chain.fund(app.address, 10**17)
    return cache, app.address


def test_claim_from_the_wallet_pays_the_difference(demo: DemoChain, tmp_path: Path) -> None:
    app = make_app(tmp_path / "app", "alice")
    cache = app.cache()
    cache.tasks.upsert_campaign(campaign_on(demo.settings).campaign)
    demo.chain.fund(app.address, 10**17)
    rewards = Rewards(cache)
    settled(demo, cache, app.address, 3 * 10**18, others={demo.relayer: 5})

    prepared = rewards.prepare("c1", app.address)
    assert prepared.amount == 3 * 10**18
    assert prepared.gas_limit > prepared.gas_estimate > 50_000
    assert prepared.fees.max_fee_per_gas >= prepared.fees.base_fee
    assert prepared.max_cost == prepared.gas_limit * prepared.fees.max_fee_per_gas
    assert prepared.can_pay_gas and prepared.nonce == 0
    with pytest.raises(WrongPasswordError):
        rewards.send_claim(prepared, "not the password", app.wallet)
    record = rewards.send_claim(prepared, PASSWORD, app.wallet)
    assert record.state == "confirmed" and record.amount == 3 * 10**18
    assert record.block_number is not None and record.tx_hash is not None
    assert demo.token_balance(app.address) == 3 * 10**18

    # the next epoch adds 2 DFT: the second claim pays only the difference
    settled(demo, cache, app.address, 5 * 10**18, epoch=2, others={demo.relayer: 5})
    second = rewards.send_claim(rewards.prepare("c1", app.address), PASSWORD, app.wallet)
    assert second.state == "confirmed" and second.amount == 2 * 10**18 and second.nonce == 1
    assert demo.token_balance(app.address) == 5 * 10**18
    summary = rewards.refresh_chain("c1", app.address)
    assert (summary.claimed, summary.claimable, summary.settled) == (5 * 10**18, 0, 5 * 10**18)
    assert summary.fmt(summary.claimed) == "5 DFT"

    # an old proof pays nothing: refused when the claim is prepared, with the reason
    with pytest.raises(ClaimRevertedError) as caught:
        rewards.prepare("c1", app.address)
    assert caught.value.error_name == "NothingToClaim"
    assert "already paid" in caught.value.reason


def test_password_signer_leaves_the_wallet_locked(demo: DemoChain, tmp_path: Path) -> None:
    app = make_app(tmp_path / "app", "alice")
    app.wallet.lock()
    with password_signer(app.wallet, app.address, PASSWORD) as signer:
        assert signer.address == app.address
        raw, tx_hash = sign_transaction({
            "type": 2, "chainId": demo.chain_id, "nonce": 0, "to": demo.relayer, "value": 1,
            "data": "0x", "gas": 21000, "maxFeePerGas": 10**10, "maxPriorityFeePerGas": 10**9,
            "accessList": []}, signer)
    assert app.wallet.is_locked
    assert Account.recover_transaction(raw) == app.address  # a standard signed transaction
    assert tx_hash.startswith("0x") and len(tx_hash) == 66


def test_nonces_follow_claims_still_pending(demo: DemoChain, app_cache: tuple[Cache, str]
                                            ) -> None:
    cache, account = app_cache
    ent = settled(demo, cache, account, 10**18)
    client = ChainClient(demo.settings)
    assert prepare_claim(client, ent).nonce == 0
    assert prepare_claim(client, ent, local_nonces=[0, 3]).nonce == 4


def test_restart_while_a_claim_is_pending(demo: DemoChain, tmp_path: Path) -> None:
    app = make_app(tmp_path / "app", "alice")
    cache = app.cache()
    cache.tasks.upsert_campaign(campaign_on(demo.settings).campaign)
    demo.chain.fund(app.address, 10**17)
    settled(demo, cache, app.address, 10**18)
    rewards = Rewards(cache)
    prepared = rewards.prepare("c1", app.address)
    demo.chain.tester.disable_auto_mine_transactions()
    record = rewards.send_claim(prepared, PASSWORD, app.wallet)
    assert record.state == "pending" and record.raw_tx and record.nonce == 0
    cache.close()  # the app quits with the claim in the mempool

    cache = Cache(app.db_path)  # ... and starts again
    rewards = Rewards(cache)
    [still] = rewards.resume(app.address)
    assert still.state == "pending" and still.id == record.id
    demo.chain.mine()
    [done] = rewards.resume(app.address)
    assert done.state == "confirmed" and done.block_number is not None
    assert done.amount == 10**18 and demo.token_balance(app.address) == 10**18
    assert rewards.summary("c1", app.address).claimed == 10**18


def test_a_transaction_the_node_forgot_is_rebroadcast(demo: DemoChain,
                                                      app_cache: tuple[Cache, str],
                                                      tmp_path: Path) -> None:
    cache, account = app_cache
    settled(demo, cache, account, 10**18)
    rewards = Rewards(cache)
    prepared = rewards.prepare("c1", account)
    # signed and written, then the app died before the broadcast
    record = rewards.record_signed(sign_claim(prepared, KeyDigestSigner("alice")))
    assert record.state == "pending"
    [done] = rewards.resume(account)
    assert done.state == "confirmed" and demo.token_balance(account) == 10**18


def test_a_replaced_transaction_is_dropped(demo: DemoChain, app_cache: tuple[Cache, str]
                                           ) -> None:
    cache, account = app_cache
    settled(demo, cache, account, 10**18)
    rewards = Rewards(cache)
    key = Account.from_key(key_hex("alice"))
    record = rewards.record_signed(sign_claim(rewards.prepare("c1", account),
                                              KeyDigestSigner("alice")))
    # another transaction takes the same nonce before ours is broadcast
    other = key.sign_transaction({"to": demo.relayer, "value": 1, "gas": 21000, "nonce": 0,
                                  "chainId": demo.chain_id, "maxFeePerGas": 10**10,
                                  "maxPriorityFeePerGas": 10**9})
    demo.w3.eth.send_raw_transaction(other.raw_transaction)
    [dropped] = rewards.resume(account)
    assert dropped.state == "dropped" and dropped.id == record.id
    assert "nonce 0" in (dropped.error or "") and "replaced" in (dropped.error or "")


def test_a_reverted_claim_is_shown_with_its_reason(demo: DemoChain, tmp_path: Path) -> None:
    """The root changes while the claim is in flight: the mined claim reverts with
    RootMismatch, and the claim says so."""
    app = make_app(tmp_path / "app", "alice")
    cache = app.cache()
    cache.tasks.upsert_campaign(campaign_on(demo.settings).campaign)
    demo.chain.fund(app.address, 10**17)
    settled(demo, cache, app.address, 10**18)
    rewards = Rewards(cache)
    prepared = rewards.prepare("c1", app.address)  # gas estimated under epoch 1's root
    demo.chain.tester.disable_auto_mine_transactions()
    tree = rewards_tree({app.address: 2 * 10**18})
    demo.chain.distributor.functions.postEpoch(  # the settler's tx, first in line
        2, tree.root, submissions_tree([b"\x02" * 32]).root, 2 * 10**18,
        claimed_total_for_post(demo.chain.distributor), "").transact(
        {"from": demo.settler})
    record = rewards.send_claim(prepared, PASSWORD, app.wallet)
    assert record.state == "pending"
    demo.chain.mine()
    demo.chain.tester.enable_auto_mine_transactions()
    [failed] = rewards.resume(app.address)
    assert failed.state == "failed" and failed.error_name == "RootMismatch"
    assert "new epoch was posted" in (failed.error or "")
    assert failed.block_number is not None
    assert demo.token_balance(app.address) == 0


def test_claim_request_is_signed_typed_data(demo: DemoChain) -> None:
    signer = KeyDigestSigner("alice")
    ent = Entitlement("c1", signer.address, 1, 123, "0x" + "ab" * 32, ())
    domain = campaign_on(demo.settings).campaign.domain
    body = claim_request(ent, domain, signer, nonce=7, deadline=2_000_000_000)
    message = {"account": signer.address, "cumulativeAmount": 123,
               "expectedRoot": "0x" + "ab" * 32, "nonce": 7, "deadline": 2_000_000_000}
    assert body["request"]["cumulative_amount"] == "123"
    assert recover_typed(typed_data(domain, "ClaimRequest", message),
                         body["signature"]) == signer.address


def test_chain_errors_say_what_to_do(demo: DemoChain) -> None:
    wrong = demo.settings.model_copy(update={"chain_id": 5})
    with pytest.raises(WrongChainError, match="chain 131277322940537"):
        ChainClient(wrong, w3=demo.w3).check_chain()
    down = ChainSettings(rpc_url="http://127.0.0.1:9", distributor=demo.settings.distributor)
    with pytest.raises(ChainUnreachableError, match="unreachable"):
        ChainClient(down).current_epoch()
    nowhere = demo.settings.model_copy(update={"chain_id": 77})
    with pytest.raises(ChainUnreachableError, match="no embedded chain 77"):
        ChainClient(nowhere).current_epoch()
    status = track_transaction(ChainClient(demo.settings), tx_hash="0x" + "12" * 32,
                               sender=demo.relayer, nonce=None)
    assert status.state == "pending"  # unknown, nothing to rebroadcast, nonce unknown


def test_amounts_are_formatted_exactly() -> None:
    assert format_amount(0, 18, "DFT") == "0 DFT"
    assert format_amount(10**18 + 5, 18) == "1.000000000000000005"
    assert format_amount(123_456_789, 6, "USDC") == "123.456789 USDC"
    assert format_amount(10**12, 18, "ETH", max_places=4) == "< 0.0001 ETH"
    assert format_amount(None, 18) == "—"
