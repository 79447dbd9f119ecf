"""The whole way on the in-process EVM: label → sync to the hub → review → settle → the app
pulls its proof → claim from the wallet (password asked again) → the token balance grows;
through the relayer; asked for offline and carried out at the next sync; pending across a
restart; reverted with its reason."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from datafi_desktop.core.chain.client import ClaimRevertedError
from datafi_desktop.core.demo_chain import DEMO_REVIEWER_SEED, DemoChain
from datafi_desktop.core.rewards import Rewards, RewardsHub
from datafi_desktop.hub.campaigns.catalog import load_campaign
from datafi_desktop.hub.server.inprocess import RunningHub
from datafi_desktop.hub.settlement.demo import DemoReviewer, accept_all, demo_review_and_settle
from tests.chain.rewards_support import (
    PASSWORD,
    REWARD,
    App,
    demo,
    make_app,
    start_rewards_hub,
)

__all__ = ["demo"]


@pytest.fixture
def hub(tmp_path: Path, demo: DemoChain) -> Iterator[RunningHub]:
    running = start_rewards_hub(tmp_path / "hub", demo.settings)
    yield running
    running.stop()


def label_and_sync(app: App, hub: RunningHub, count: int) -> None:
    with app.cache() as cache:
        engine = app.engine(cache, hub.url)
        engine.sync_now(lease={"c1": count})
        app.label_all(cache)
        assert engine.sync_now().accepted == count


def sync(app: App, hub: RunningHub) -> None:
    with app.cache() as cache:
        report = app.engine(cache, hub.url).sync_now()
        assert report.state.value == "idle", report.message


def test_label_to_token_balance(hub: RunningHub, demo: DemoChain, tmp_path: Path) -> None:
    alice, bob = make_app(tmp_path / "alice", "alice"), make_app(tmp_path / "bob", "bob")
    label_and_sync(alice, hub, 3)
    label_and_sync(bob, hub, 2)

    done = demo_review_and_settle(hub, demo)  # a demo reviewer accepts; then settle
    assert (done.accepted, done.epoch, done.accounts) == (5, 1, 2)
    assert set(done.gas_given) == {alice.address, bob.address}  # the demo's faucet

    sync(alice, hub)  # the rewards step pulls the proof and reads the chain
    with alice.cache() as cache:
        rewards = Rewards(cache)
        summary = rewards.summary("c1", alice.address)
        assert (summary.settled, summary.claimable, summary.claimed) == (3 * REWARD,
                                                                         3 * REWARD, 0)
        assert summary.pending == 0 and summary.root_current is True
        assert summary.status.token_balance == 0
        assert {s.status for s in cache.submissions.all(campaign_id="c1")} == {"paid"}

        prepared = rewards.prepare("c1", alice.address)
        assert prepared.amount == 3 * REWARD and prepared.can_pay_gas
        record = rewards.send_claim(prepared, PASSWORD, alice.wallet)
        assert record.state == "confirmed" and record.amount == 3 * REWARD
        assert record.block_number is not None and record.tx_hash is not None
        summary = rewards.refresh_chain("c1", alice.address)
        assert summary.status.token_balance == 3 * REWARD == demo.token_balance(alice.address)
        assert summary.claimable == 0 and summary.claimed == 3 * REWARD

    # bob spends his gift of gas elsewhere, then claims through the hub's relayer
    with bob.cache() as cache:
        rewards = Rewards(cache)
        sync(bob, hub)
        api = RewardsHub.for_url(hub.url)
        record = rewards.claim_via_hub("c1", bob.wallet.signer(), api)
        api.close()
        assert record.via == "relayer" and record.state == "confirmed"
        assert record.sender == demo.relayer
    assert demo.token_balance(bob.address) == 2 * REWARD

    # more work, a second epoch: the second claim pays only the difference
    label_and_sync(alice, hub, 2)
    sync(alice, hub)
    with alice.cache() as cache:
        assert Rewards(cache).summary("c1", alice.address).pending == 0  # not reviewed yet
    with hub.hub.engine.begin() as conn:
        campaign = load_campaign(conn, "c1")[0]
    accept_all(hub.url, hub.hub, campaign, DemoReviewer(DEMO_REVIEWER_SEED))
    sync(alice, hub)
    with alice.cache() as cache:
        summary = Rewards(cache).summary("c1", alice.address)
        assert summary.pending == 2 * REWARD and summary.claimable == 0  # accepted, unsettled
    assert demo_review_and_settle(hub, demo).epoch == 2
    sync(alice, hub)
    with alice.cache() as cache:
        rewards = Rewards(cache)
        record = rewards.send_claim(rewards.prepare("c1", alice.address), PASSWORD,
                                    alice.wallet)
        assert record.amount == 2 * REWARD
    assert demo.token_balance(alice.address) == 5 * REWARD


def test_claims_asked_for_offline_are_carried_out_at_the_next_sync(
        hub: RunningHub, demo: DemoChain, tmp_path: Path) -> None:
    alice, bob = make_app(tmp_path / "alice", "alice"), make_app(tmp_path / "bob", "bob")
    label_and_sync(alice, hub, 2)
    label_and_sync(bob, hub, 1)
    demo_review_and_settle(hub, demo)
    sync(alice, hub)
    sync(bob, hub)

    # alice: the chain is unreachable (a dead RPC URL override), so the claim is kept
    with alice.cache() as cache:
        rewards = Rewards(cache)
        rewards.set_rpc_url("c1", "http://127.0.0.1:9")
        summary = rewards.refresh_chain("c1", alice.address)
        assert summary.status.chain_error and "unreachable" in summary.status.chain_error
        with pytest.raises(Exception, match="unreachable"):
            rewards.prepare("c1", alice.address)
        alice.wallet.check_password(alice.address, PASSWORD)  # asked when it is kept
        kept = rewards.request_claim("c1", alice.address, "wallet")
        assert kept.state == "requested"
        assert rewards.request_claim("c1", alice.address, "wallet").id == kept.id  # once
        sync(alice, hub)  # still unreachable: it waits
        assert cache.rewards.get_claim(kept.id).state == "requested"
        rewards.set_rpc_url("c1", None)  # back online
    sync(alice, hub)
    with alice.cache() as cache:
        claim = cache.rewards.get_claim(kept.id)
        assert claim.state == "confirmed" and claim.via == "wallet" and claim.tx_hash
    assert demo.token_balance(alice.address) == 2 * REWARD

    # bob: the hub is unreachable when he asks the relayer; the next sync relays it
    with bob.cache() as cache:
        rewards = Rewards(cache)
        dead = RewardsHub.for_url("http://127.0.0.1:9")
        kept = rewards.claim_via_hub("c1", bob.wallet.signer(), dead)
        dead.close()
        assert kept.state == "requested" and kept.via == "relayer"
    sync(bob, hub)
    with bob.cache() as cache:
        claim = cache.rewards.get_claim(kept.id)
        assert claim.state == "confirmed" and claim.sender == demo.relayer
    assert demo.token_balance(bob.address) == REWARD


def test_a_wallet_claim_without_gas_fails_with_a_way_out(hub: RunningHub, demo: DemoChain,
                                                        tmp_path: Path) -> None:
    alice = make_app(tmp_path / "alice", "alice")
    label_and_sync(alice, hub, 1)
    demo.chain.fund(alice.address, 1)  # not enough for gas (and the demo faucet skips her)
    demo_review_and_settle(hub, demo)
    sync(alice, hub)
    with alice.cache() as cache:
        rewards = Rewards(cache)
        prepared = rewards.prepare("c1", alice.address)
        assert not prepared.can_pay_gas
        kept = rewards.request_claim("c1", alice.address, "wallet")
    sync(alice, hub)
    with alice.cache() as cache:
        failed = cache.rewards.get_claim(kept.id)
        assert failed.state == "failed" and "claim through the hub" in (failed.error or "")


def test_restart_while_pending_then_a_reverted_claim(hub: RunningHub, demo: DemoChain,
                                                     tmp_path: Path) -> None:
    alice = make_app(tmp_path / "alice", "alice")
    label_and_sync(alice, hub, 2)
    demo_review_and_settle(hub, demo)
    sync(alice, hub)
    demo.chain.tester.disable_auto_mine_transactions()
    with alice.cache() as cache:
        rewards = Rewards(cache)
        record = rewards.send_claim(rewards.prepare("c1", alice.address), PASSWORD,
                                    alice.wallet)
        assert record.state == "pending"
    # the app quits and starts again; the sync follows the claim it finds pending
    sync(alice, hub)
    with alice.cache() as cache:
        assert cache.rewards.get_claim(record.id).state == "pending"
    demo.chain.mine()
    demo.chain.tester.enable_auto_mine_transactions()
    sync(alice, hub)
    with alice.cache() as cache:
        done = cache.rewards.get_claim(record.id)
        assert done.state == "confirmed" and done.amount == 2 * REWARD

    # a claim prepared under epoch 2's root, mined after epoch 3 replaced it
    label_and_sync(alice, hub, 1)
    demo_review_and_settle(hub, demo)
    sync(alice, hub)
    with alice.cache() as cache:
        rewards = Rewards(cache)
        stale = rewards.prepare("c1", alice.address)
    label_and_sync(alice, hub, 1)
    demo_review_and_settle(hub, demo)  # epoch 3: a new root
    with alice.cache() as cache:
        rewards = Rewards(cache)
        failed = rewards.send_claim(stale, PASSWORD, alice.wallet)
        assert failed.state == "failed" and failed.error_name == "RootMismatch"
        assert "refresh the rewards and claim again" in (failed.error or "")
        with pytest.raises(ClaimRevertedError, match="RootMismatch"):
            rewards.prepare("c1", alice.address)  # the cached proof is stale too
    sync(alice, hub)  # ... until the next sync brings the new one
    with alice.cache() as cache:
        rewards = Rewards(cache)
        record = rewards.send_claim(rewards.prepare("c1", alice.address), PASSWORD,
                                    alice.wallet)
        assert record.state == "confirmed" and record.amount == 2 * REWARD
    assert demo.token_balance(alice.address) == 4 * REWARD
