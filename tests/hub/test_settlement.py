"""Settlement over the real hub (SQLite and PostgreSQL) and the in-process EVM: roots on-chain,
proofs served, submissions paid, idempotence, and resuming after a crash at every step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from eth_account import Account
from eth_utils import keccak, to_checksum_address
from sqlalchemy import select

from datafi_desktop.core.chain.distributor_log import PostedEpoch, posted_epoch
from datafi_desktop.core.demo_chain import DemoChain
from datafi_desktop.core.merkle import (
    REWARDS_LEAF_ENCODING,
    SUBMISSIONS_LEAF_ENCODING,
    verify_proof,
)
from datafi_desktop.core.rewards import RewardsHub
from datafi_desktop.core.sync.client import HubClient
from datafi_desktop.hub.cli.main import main as hub_main
from datafi_desktop.hub.server.inprocess import RunningHub
from datafi_desktop.hub.settlement import ledger
from datafi_desktop.hub.settlement.chain import configure
from datafi_desktop.hub.settlement.demo import DemoReviewer, accept_all
from datafi_desktop.hub.settlement.epochs import latest_epoch
from datafi_desktop.hub.settlement.settle import (
    NothingToSettle,
    SettlementError,
    entitlements_upto,
    settle,
)
from datafi_desktop.hub.settlement.tables import epochs
from tests.chain.rewards_support import (
    REWARD,
    App,
    campaign_on,
    demo,
    key_hex,
    make_app,
    start_rewards_hub,
)

__all__ = ["demo"]

SETTLER_ROLE = keccak(text="SETTLER_ROLE")


def work(app: App, hub: RunningHub, count: int) -> list[str]:
    """Lease ``count`` tasks, label them, sync: returns the submission digests."""
    with app.cache() as cache:
        engine = app.engine(cache, hub.url)
        engine.sync_now(lease={"c1": count})
        ids = app.label_all(cache)
        report = engine.sync_now()
        assert report.accepted == len(ids), report
        return [cache.submissions.get(i).digest for i in ids]


def review(hub: RunningHub) -> int:
    campaign = campaign_on_hub(hub)
    return accept_all(hub.url, hub.hub, campaign, DemoReviewer("test reviewer"))[1]


def campaign_on_hub(hub: RunningHub) -> Any:
    from datafi_desktop.hub.campaigns.catalog import load_campaign

    with hub.hub.engine.begin() as conn:
        return load_campaign(conn, "c1")[0]


def logged_epoch(demo: DemoChain, epoch: int) -> PostedEpoch:
    """Epoch ``epoch`` as the chain has it: its EpochPosted log."""
    logged = posted_epoch(demo.chain.distributor, epoch)
    assert logged is not None, f"epoch {epoch} has no EpochPosted log"
    return logged


@pytest.fixture
def rewards_hub(tmp_path: Path, database_url: str, demo: DemoChain) -> Any:
    running = start_rewards_hub(tmp_path / "hub", demo.settings, database_url=database_url)
    yield running
    running.stop()


def test_settle_posts_both_roots_and_serves_the_proofs(rewards_hub: RunningHub,
                                                        demo: DemoChain, tmp_path: Path) -> None:
    hub = rewards_hub
    alice, bob = make_app(tmp_path / "alice", "alice"), make_app(tmp_path / "bob", "bob")
    alice_digests = work(alice, hub, 3)
    work(bob, hub, 2)
    assert review(hub) == 5

    result = settle(hub.hub, "c1")
    info = result.epoch
    assert (info.epoch, info.state, info.accounts, info.submissions) == (1, "posted", 2, 5)
    assert info.total_cumulative == 5 * REWARD and info.block_number is not None
    d = demo.chain.distributor.functions
    assert d.currentEpoch().call() == 1
    assert "0x" + d.merkleRoot().call().hex() == info.rewards_root
    logged = logged_epoch(demo, 1)
    assert (logged.rewards_root, logged.submissions_root) == (info.rewards_root,
                                                              info.submissions_root)
    assert (logged.tx_hash, logged.block_number) == (info.tx_hash, info.block_number)
    assert d.totalCumulative().call() == 5 * REWARD == logged.total_cumulative
    assert d.claimedTotal().call() == 0

    # the account's own view: leaf, proof, nothing pending, nothing claimed yet
    with HubClient(hub.url) as client:
        client.sign_in(alice.wallet.signer())
        mine = RewardsHub(client).my_rewards("c1")
    assert (mine.epoch, int(mine.cumulative_amount or 0)) == (1, 3 * REWARD)
    assert mine.pending_amount == "0" and mine.claimed_onchain == "0"
    assert mine.root == info.rewards_root == mine.current_root
    assert verify_proof(logged.rewards_root, REWARDS_LEAF_ENCODING,
                        (alice.address, 3 * REWARD), mine.proof)
    # anyone's view of bob's leaf (the trees are public)
    public = httpx.get(f"{hub.url}/v1/campaigns/c1/rewards/{bob.address.lower()}").json()
    assert int(public["cumulative_amount"]) == 2 * REWARD and public["pending_amount"] is None
    assert verify_proof(logged.rewards_root, REWARDS_LEAF_ENCODING,
                        (bob.address, 2 * REWARD), public["proof"])
    assert not verify_proof(logged.rewards_root, REWARDS_LEAF_ENCODING,
                            (bob.address, 2 * REWARD + 1), public["proof"])

    # a contributor proves that a submission was counted, against the root on-chain
    got = httpx.get(f"{hub.url}/v1/campaigns/c1/epochs/1",
                    params={"digest": alice_digests[0]}).json()
    assert got["submission"]["included"] and got["rewards_root"] == info.rewards_root
    assert verify_proof(logged.submissions_root, SUBMISSIONS_LEAF_ENCODING,
                        (alice_digests[0],), got["submission"]["proof"])
    listed = httpx.get(f"{hub.url}/v1/campaigns/c1/epochs").json()["epochs"]
    assert [e["epoch"] for e in listed] == [1] and listed[0]["tx_hash"] == info.tx_hash
    assert httpx.get(f"{hub.url}/v1/campaigns/c1/epochs/9").status_code == 404

    # the annotator's submissions are paid, through the status feed
    with alice.cache() as cache:
        alice.engine(cache, hub.url).sync_now()
        assert {s.status for s in cache.submissions.all(campaign_id="c1")} == {"paid"}
        assert cache.rewards.entitlement("c1", alice.address).cumulative_amount == 3 * REWARD

    # idempotent: nothing new, nothing sent
    with pytest.raises(NothingToSettle):
        settle(hub.hub, "c1")
    assert d.currentEpoch().call() == 1

    # more work: epoch 2 counts only the new submissions, cumulative amounts grow
    bob_more = work(bob, hub, 2)
    assert review(hub) == 2
    second = settle(hub.hub, "c1").epoch
    assert (second.epoch, second.accounts, second.submissions) == (2, 2, 2)
    assert second.total_cumulative == 7 * REWARD
    old = httpx.get(f"{hub.url}/v1/campaigns/c1/epochs/2",
                    params={"digest": alice_digests[0]}).json()["submission"]
    assert not old["included"] and old["epoch"] == 1
    new = httpx.get(f"{hub.url}/v1/campaigns/c1/epochs/2",
                    params={"digest": bob_more[0]}).json()["submission"]
    assert verify_proof(logged_epoch(demo, 2).submissions_root, SUBMISSIONS_LEAF_ENCODING,
                        (bob_more[0],), new["proof"])
    public = httpx.get(f"{hub.url}/v1/campaigns/c1/rewards/{bob.address}").json()
    assert (public["epoch"], int(public["cumulative_amount"])) == (2, 4 * REWARD)


@pytest.mark.parametrize("step", ["built", "signed", "sent"])
def test_settlement_resumes_after_a_crash(rewards_hub: RunningHub, demo: DemoChain,
                                          tmp_path: Path, step: str) -> None:
    """The settler key signs locally; the process dies after building, after signing (the
    raw transaction stored, never broadcast) or after broadcasting (mined, not marked)."""
    hub = rewards_hub
    settler = Account.from_key(key_hex("settler"))
    demo.chain.distributor.functions.grantRole(SETTLER_ROLE, settler.address).transact(
        {"from": demo.settler})
    demo.chain.fund(settler.address, 10**18)
    configure(hub.hub, settler=settler)
    work(make_app(tmp_path / "alice", "alice"), hub, 2)
    review(hub)

    class Crash(Exception):
        pass

    def fault(at: str) -> None:
        if at == step:
            raise Crash(at)

    with pytest.raises(Crash):
        settle(hub.hub, "c1", fault=fault)
    with hub.hub.engine.begin() as conn:
        assert latest_epoch(conn, "c1").state == "built"  # type: ignore[union-attr]
    d = demo.chain.distributor.functions
    assert d.currentEpoch().call() == (1 if step == "sent" else 0)

    result = settle(hub.hub, "c1")  # run it again
    assert result.resumed and result.epoch.state == "posted" and result.epoch.epoch == 1
    assert d.currentEpoch().call() == 1
    posted = demo.chain.distributor.events.EpochPosted().get_logs(from_block=0)
    assert len(posted) == 1  # posted once, whatever the crash
    assert posted[0]["transactionHash"].to_0x_hex() == result.epoch.tx_hash
    assert result.epoch.block_number == posted[0]["blockNumber"]
    with pytest.raises(NothingToSettle):
        settle(hub.hub, "c1")


def test_an_unfunded_distributor_says_how_much_is_missing(tmp_path: Path, database_url: str,
                                                          demo: DemoChain) -> None:
    running = start_rewards_hub(tmp_path / "hub", demo.settings, database_url=database_url,
                                campaigns=[campaign_on(demo.settings, reward=10**30)])
    try:
        work(make_app(tmp_path / "alice", "alice"), running, 1)
        review(running)
        with pytest.raises(SettlementError, match=r"send it .* more, then run settle again"):
            settle(running.hub, "c1")
        with running.hub.engine.begin() as conn:
            state = conn.execute(select(epochs.c.state)).scalar_one()
        assert state == "built"  # kept: it posts once the distributor is funded
        demo.chain.mint(demo.settings.distributor, 10**30)
        assert settle(running.hub, "c1").resumed
    finally:
        running.stop()


def test_a_distributor_settles_one_campaign(tmp_path: Path, demo: DemoChain) -> None:
    running = start_rewards_hub(tmp_path / "hub", demo.settings,
                                campaigns=[campaign_on(demo.settings, "c1"),
                                           campaign_on(demo.settings, "c2")])
    try:
        with pytest.raises(SettlementError, match="names the same distributor"):
            settle(running.hub, "c1")
    finally:
        running.stop()


def test_an_entitlement_never_goes_down(tmp_path: Path, demo: DemoChain) -> None:
    """An account held back (say, by the gold threshold) keeps what was already posted."""
    running = start_rewards_hub(tmp_path / "hub", demo.settings)
    a, b = to_checksum_address("0x" + "aa" * 20), to_checksum_address("0x" + "bb" * 20)
    try:
        with running.hub.engine.begin() as conn:
            for account, amount in ((a, 10), (b, 5)):
                last = ledger.append(conn, campaign_id="c1", account=account, amount=amount,
                                     kind="submission", digest="0x" + "01" * 32,
                                     submission_id="s-" + account[-4:], created_at=1)
            amounts = entitlements_upto(conn, "c1", last, {a: 100})
        assert amounts == {a: 100, b: 5}
    finally:
        running.stop()


def test_settle_and_epochs_commands(tmp_path: Path, demo: DemoChain,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    running = start_rewards_hub(tmp_path / "hub", demo.settings)
    try:
        alice = make_app(tmp_path / "alice", "alice")
        digest = work(alice, running, 2)[0]
        review(running)
    finally:
        running.stop()
    data = ["--data-dir", str(tmp_path / "hub")]
    assert hub_main([*data, "settle", "c1"]) == 0
    out = capsys.readouterr().out
    assert "epoch 1 of c1 posted: 1 account, 2 new submissions" in out
    assert hub_main([*data, "settle", "c1"]) == 0
    assert "nothing new since epoch 1" in capsys.readouterr().out
    assert hub_main([*data, "epochs", "c1", "--account", alice.address,
                     "--digest", digest]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1\tposted\t1 account\t") and f"{alice.address}: epoch 1" in out
    assert f"{digest}: epoch 1, proof" in out
    assert hub_main([*data, "settle", "nope"]) == 2


def test_rewards_api_without_a_chain(tmp_path: Path) -> None:
    """A hub that cannot reach the campaign's chain still serves what it knows."""
    from datafi_desktop.hub.server.inprocess import start_hub
    from datafi_desktop.hub.settings import HubSettings
    from tests.hub.helpers import text_campaign

    running = start_hub(HubSettings(data_dir=tmp_path / "hub"),
                        campaigns=[text_campaign("c1", tasks=2)])
    try:
        body = httpx.get(f"{running.url}/v1/campaigns/c1/rewards/0x{'ab' * 20}").json()
        assert body["epoch"] is None and body["claimed_onchain"] is None
        with pytest.raises(Exception, match="no embedded chain"):
            settle(running.hub, "c1")
    finally:
        running.stop()

