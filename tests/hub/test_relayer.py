"""The hub's relayer over a real socket: claims for accounts without gas, paid to the account;
signatures, deadlines, replays, stale roots, nothing to claim, and the per-account limit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from eth_account import Account

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.chain.claims import Entitlement, claim_request
from datafi_desktop.core.chain.embedded import send_transaction
from datafi_desktop.core.demo_chain import DemoChain
from datafi_desktop.core.models import parse_campaign
from datafi_desktop.core.protocol import Domain
from datafi_desktop.core.rewards import RelayRateLimitedError, Rewards, RewardsHub
from datafi_desktop.core.sync.errors import WireRequestError
from datafi_desktop.hub.server.inprocess import RunningHub
from datafi_desktop.hub.settings import wall_clock_ms
from datafi_desktop.hub.settlement import ledger
from datafi_desktop.hub.settlement.chain import configure
from datafi_desktop.hub.settlement.epochs import account_proof
from datafi_desktop.hub.settlement.settle import settle
from tests.chain.rewards_support import (
    KeyDigestSigner,
    campaign_on,
    demo,
    key_hex,
    start_rewards_hub,
)

__all__ = ["demo"]

ALICE, BOB = KeyDigestSigner("alice"), KeyDigestSigner("bob")


def credit(hub: RunningHub, amounts: dict[str, int]) -> None:
    """Ledger entries (as accepted reviews add them), then an epoch on-chain."""
    with hub.hub.engine.begin() as conn:
        for n, (account, amount) in enumerate(amounts.items()):
            ledger.append(conn, campaign_id="c1", account=account, amount=amount,
                          kind="submission", digest="0x" + f"{n + 1:064x}",
                          submission_id=f"s{n}-{account[-6:]}", created_at=hub.hub.now())
    settle(hub.hub, "c1")


def entitlement(hub: RunningHub, account: str) -> Entitlement:
    with hub.hub.engine.begin() as conn:
        found = account_proof(conn, "c1", account)
    assert found is not None
    return Entitlement("c1", found.account, found.epoch.epoch, found.cumulative_amount,
                       found.epoch.rewards_root, tuple(found.proof))


@pytest.fixture
def hub(tmp_path: Path, database_url: str, demo: DemoChain) -> Iterator[RunningHub]:
    running = start_rewards_hub(tmp_path / "hub", demo.settings, database_url=database_url)
    credit(running, {ALICE.address: 3 * 10**18, BOB.address: 10**18})
    yield running
    running.stop()


def relay(hub: RunningHub, body: dict[str, Any]) -> httpx.Response:
    return httpx.post(f"{hub.url}/v1/campaigns/c1/claims/relay", json=body, timeout=30)


def domain(demo: DemoChain) -> Domain:
    return campaign_on(demo.settings).campaign.domain


def test_the_relayer_pays_the_account_not_itself(hub: RunningHub, demo: DemoChain) -> None:
    assert demo.w3.eth.get_balance(ALICE.address) == 0  # no gas at all
    relayer_eth = demo.w3.eth.get_balance(demo.relayer)
    body = claim_request(entitlement(hub, ALICE.address), domain(demo), ALICE, nonce=1)
    answer = relay(hub, body)
    assert answer.status_code == 202, answer.text
    claim = answer.json()
    assert claim["state"] == "confirmed" and claim["relayer"] == demo.relayer
    assert claim["amount"] == str(3 * 10**18) and claim["block_number"] is not None
    assert demo.token_balance(ALICE.address) == 3 * 10**18
    assert demo.token_balance(demo.relayer) == 0
    assert demo.w3.eth.get_balance(demo.relayer) < relayer_eth  # the hub paid the gas
    events = demo.chain.distributor.events.Claimed().get_logs(from_block=0)
    assert [(e["args"]["account"], e["args"]["sender"]) for e in events] == [
        (ALICE.address, demo.relayer)]

    # the same request again: the original answer, no second transaction
    again = relay(hub, body)
    assert again.status_code == 200 and again.json()["id"] == claim["id"]
    # a new request for the same leaf: the claim already done
    other = relay(hub, claim_request(entitlement(hub, ALICE.address), domain(demo), ALICE,
                                     nonce=2))
    assert other.status_code == 200 and other.json()["tx_hash"] == claim["tx_hash"]
    assert len(demo.chain.distributor.events.Claimed().get_logs(from_block=0)) == 1
    # the nonce of another request is taken
    forged = claim_request(entitlement(hub, ALICE.address), domain(demo), ALICE, nonce=1,
                           deadline=4_000_000_000)
    assert relay(hub, forged).status_code == 409

    status = httpx.get(f"{hub.url}/v1/campaigns/c1/claims/relay/{claim['tx_hash']}").json()
    assert status["state"] == "confirmed" and status["id"] == claim["id"]
    missing = httpx.get(f"{hub.url}/v1/campaigns/c1/claims/relay/0x{'00' * 32}")
    assert missing.status_code == 404


def test_refusals_say_why(hub: RunningHub, demo: DemoChain) -> None:
    ent = entitlement(hub, ALICE.address)
    # signed by someone else
    wrong_signer = claim_request(ent, domain(demo), ALICE, nonce=5)
    wrong_signer["signature"] = claim_request(
        Entitlement("c1", BOB.address, 1, 1, ent.root), domain(demo), BOB, nonce=5)["signature"]
    answer = relay(hub, wrong_signer)
    assert answer.status_code == 422 and "signature invalid" in answer.json()["detail"]
    # signed for another chain: the hub rebuilds the campaign's domain, so it cannot verify
    other_chain = Domain(chain_id=1, verifying_contract=demo.settings.distributor)
    answer = relay(hub, claim_request(ent, other_chain, ALICE, nonce=6))
    assert answer.status_code == 422 and "signature invalid" in answer.json()["detail"]
    # expired
    answer = relay(hub, claim_request(ent, domain(demo), ALICE, nonce=7, deadline=1))
    assert answer.status_code == 422 and "expired" in answer.json()["detail"]
    # an amount the hub never posted for the account
    more = Entitlement("c1", ALICE.address, 1, ent.cumulative_amount + 1, ent.root, ())
    answer = relay(hub, claim_request(more, domain(demo), ALICE, nonce=8))
    assert answer.status_code == 422 and "no such entitlement" in answer.json()["detail"]
    # malformed
    assert relay(hub, {"request": {"account": "nope"}, "signature": "0x"}).status_code == 422
    assert demo.token_balance(ALICE.address) == 0


def test_nothing_to_claim_and_a_stale_root(hub: RunningHub, demo: DemoChain) -> None:
    bob = entitlement(hub, BOB.address)
    demo.chain.fund(BOB.address, 10**17)
    send_transaction(demo.w3, demo.chain.distributor.functions.claim(
        BOB.address, bob.cumulative_amount, bob.root, list(bob.proof)),
        Account.from_key(key_hex("bob")))
    answer = relay(hub, claim_request(bob, domain(demo), BOB, nonce=1))
    assert answer.status_code == 422 and "NothingToClaim" in answer.json()["detail"]

    old = entitlement(hub, ALICE.address)
    credit(hub, {ALICE.address: 10**18})  # epoch 2: the old root is no longer current
    answer = relay(hub, claim_request(old, domain(demo), ALICE, nonce=1))
    assert answer.status_code == 409 and "newer epoch" in answer.json()["detail"]
    fresh = entitlement(hub, ALICE.address)
    assert fresh.epoch == 2 and fresh.cumulative_amount == 4 * 10**18
    answer = relay(hub, claim_request(fresh, domain(demo), ALICE, nonce=2))
    assert answer.status_code == 202 and answer.json()["state"] == "confirmed"
    assert demo.token_balance(ALICE.address) == 4 * 10**18


def test_rate_limit_per_account(hub: RunningHub, demo: DemoChain) -> None:
    configure(hub.hub, relay_limit=2, relay_window_s=3600)
    ent = entitlement(hub, ALICE.address)
    wrong = Entitlement("c1", ALICE.address, 1, 1, ent.root, ())
    refused = [relay(hub, claim_request(wrong, domain(demo), ALICE, nonce=n)) for n in (1, 2)]
    assert [r.status_code for r in refused] == [422, 422]  # refused, but counted
    answer = relay(hub, claim_request(ent, domain(demo), ALICE, nonce=3))
    assert answer.status_code == 429
    retry = int(answer.headers["Retry-After"])
    assert 0 < retry <= 3600 and "try again in" in answer.json()["detail"]
    # another account has its own allowance
    bob = relay(hub, claim_request(entitlement(hub, BOB.address), domain(demo), BOB, nonce=1))
    assert bob.status_code == 202
    # an hour later the account may relay again
    hub.hub.settings.clock = lambda: wall_clock_ms() + 3601 * 1000
    answer = relay(hub, claim_request(ent, domain(demo), ALICE, nonce=4,
                                      deadline=4_000_000_000))
    assert answer.status_code == 202, answer.text


def test_the_app_claims_through_the_hub(hub: RunningHub, demo: DemoChain,
                                        tmp_path: Path) -> None:
    cache = Cache(tmp_path / "app.sqlite3")
    campaign = parse_campaign({**campaign_on(demo.settings).campaign.model_dump(),
                               "hub_url": hub.url})
    cache.tasks.upsert_campaign(campaign)
    rewards = Rewards(cache)
    api = RewardsHub.for_url(hub.url)
    summary = rewards.refresh_hub("c1", ALICE.address, api)
    assert summary.claimable == 3 * 10**18 and summary.entitlement is not None
    record = rewards.claim_via_hub("c1", ALICE, api)
    assert record.via == "relayer" and record.state == "confirmed"
    assert record.sender == demo.relayer and record.amount == 3 * 10**18
    summary = rewards.refresh_chain("c1", ALICE.address)
    assert summary.claimed == 3 * 10**18 and summary.claimable == 0
    assert summary.status.token_balance == 3 * 10**18

    configure(hub.hub, relay_limit=1)
    credit(hub, {ALICE.address: 10**18})
    rewards.refresh_hub("c1", ALICE.address, api)
    with pytest.raises(RelayRateLimitedError) as caught:
        rewards.claim_via_hub("c1", ALICE, api)
    assert caught.value.retry_after_s is not None and caught.value.retry_after_s > 0
    api.close()
    cache.close()


def test_a_malformed_relay_request_is_refused_before_it_is_sent(
        hub: RunningHub, demo: DemoChain, monkeypatch: pytest.MonkeyPatch) -> None:
    api = RewardsHub.for_url(hub.url)
    sent: list[str] = []
    real_send = api.client._send

    def counting_send(method: str, path: str, **kwargs: Any) -> httpx.Response:
        sent.append(path)
        return real_send(method, path, **kwargs)

    monkeypatch.setattr(api.client, "_send", counting_send)
    with pytest.raises(WireRequestError) as caught:
        api.relay("c1", {"request": {"account": "nope"}, "signature": "0x"})
    assert caught.value.model == "RelayIn" and "RelayIn" in str(caught.value)
    assert sent == []  # nothing went to the hub
    # a well-formed request goes through the same call and is answered
    ent = entitlement(hub, ALICE.address)
    answer = api.relay("c1", claim_request(ent, domain(demo), ALICE, nonce=11))
    assert sent == ["/v1/campaigns/c1/claims/relay"]
    assert answer.account == ALICE.address and answer.state in ("pending", "confirmed")
    api.close()
