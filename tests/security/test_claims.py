"""Threat rows CLAIM-*: paid twice, paid by replay, or paid someone else's reward. Real
contracts on the embedded EVM and a rewards hub over a real socket."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from eth_account import Account

from datafi_desktop.core.chain.claims import claim_request
from datafi_desktop.core.chain.embedded import send_transaction
from datafi_desktop.core.demo_chain import DemoChain
from datafi_desktop.core.protocol import claim_request_message, sign_typed, typed_data
from datafi_desktop.hub.server.inprocess import RunningHub
from tests.chain.rewards_support import KeyDigestSigner, demo, key_hex, start_rewards_hub
from tests.hub.test_relayer import credit, domain, entitlement, relay

__all__ = ["demo"]

ALICE, BOB = KeyDigestSigner("alice"), KeyDigestSigner("bob")


@pytest.fixture
def rewards_hub(tmp_path: Path, demo: DemoChain) -> Iterator[RunningHub]:
    running = start_rewards_hub(tmp_path / "hub", demo.settings,
                                database_url=f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    credit(running, {ALICE.address: 3 * 10**18, BOB.address: 10**18})
    yield running
    running.stop()


def claim_directly(demo: DemoChain, hub: RunningHub, account: str, sender_seed: str) -> None:
    ent = entitlement(hub, account)
    sender = Account.from_key(key_hex(sender_seed))
    demo.chain.fund(sender.address, 10**17)
    send_transaction(demo.w3, demo.chain.distributor.functions.claim(
        account, ent.cumulative_amount, ent.root, list(ent.proof)), sender)


def claimed_events(demo: DemoChain) -> list[tuple[str, int, str]]:
    return [(e["args"]["account"], e["args"]["amount"], e["args"]["sender"])
            for e in demo.chain.distributor.events.Claimed().get_logs(from_block=0)]


def test_claim_double_direct(rewards_hub: RunningHub, demo: DemoChain) -> None:
    claim_directly(demo, rewards_hub, ALICE.address, "alice")
    with pytest.raises(Exception, match=r"NothingToClaim|revert"):
        claim_directly(demo, rewards_hub, ALICE.address, "alice")
    assert demo.token_balance(ALICE.address) == 3 * 10**18
    assert len(claimed_events(demo)) == 1


def test_claim_double_relay_then_direct(rewards_hub: RunningHub, demo: DemoChain) -> None:
    answer = relay(rewards_hub, claim_request(entitlement(rewards_hub, ALICE.address),
                                              domain(demo), ALICE, nonce=1))
    assert answer.status_code == 202 and answer.json()["state"] == "confirmed"
    with pytest.raises(Exception, match=r"NothingToClaim|revert"):
        claim_directly(demo, rewards_hub, ALICE.address, "alice")
    assert demo.token_balance(ALICE.address) == 3 * 10**18


def test_claim_relay_replay_after_new_epoch(rewards_hub: RunningHub, demo: DemoChain) -> None:
    """An old signed request replayed after epoch 2 pays nothing more than the new leaf."""
    old = claim_request(entitlement(rewards_hub, ALICE.address), domain(demo), ALICE, nonce=1)
    assert relay(rewards_hub, old).json()["state"] == "confirmed"
    credit(rewards_hub, {ALICE.address: 10**18})
    replay = relay(rewards_hub, old)
    assert replay.status_code == 200  # the original answer, no second transaction
    assert demo.token_balance(ALICE.address) == 3 * 10**18
    new = claim_request(entitlement(rewards_hub, ALICE.address), domain(demo), ALICE, nonce=2)
    assert relay(rewards_hub, new).json()["state"] == "confirmed"
    assert demo.token_balance(ALICE.address) == 4 * 10**18
    assert [amount for _a, amount, _s in claimed_events(demo)] == [3 * 10**18, 10**18]


def test_claim_relay_concurrent_requests_pay_once(rewards_hub: RunningHub,
                                                  demo: DemoChain) -> None:
    """Six differently-nonced requests for the same leaf sent at once: one Claimed event."""
    ent = entitlement(rewards_hub, ALICE.address)
    bodies = [claim_request(ent, domain(demo), ALICE, nonce=n) for n in range(1, 7)]
    codes: list[int] = []
    gate = threading.Barrier(len(bodies))

    def send(body: dict[str, object]) -> None:
        gate.wait()
        codes.append(httpx.post(f"{rewards_hub.url}/v1/campaigns/c1/claims/relay", json=body,
                                timeout=60).status_code)

    threads = [threading.Thread(target=send, args=(b,)) for b in bodies]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert all(c in (200, 202, 409, 422) for c in codes), codes
    assert demo.token_balance(ALICE.address) == 3 * 10**18
    assert len(claimed_events(demo)) == 1


def test_claim_for_another_account_pays_the_account(rewards_hub: RunningHub,
                                                    demo: DemoChain) -> None:
    """Bob sends Alice's claim (with his gas): the tokens go to Alice, none to Bob."""
    claim_directly(demo, rewards_hub, ALICE.address, "bob")
    assert demo.token_balance(ALICE.address) == 3 * 10**18
    assert demo.token_balance(BOB.address) == 0
    ((account, amount, sender),) = claimed_events(demo)
    assert (account, amount, sender) == (ALICE.address, 3 * 10**18, BOB.address)


def test_claim_other_accounts_proof_with_own_address(rewards_hub: RunningHub,
                                                     demo: DemoChain) -> None:
    """Alice's proof and amount with Bob's address: InvalidProof, nothing moves."""
    ent = entitlement(rewards_hub, ALICE.address)
    sender = Account.from_key(key_hex("bob"))
    demo.chain.fund(sender.address, 10**17)
    with pytest.raises(Exception, match=r"InvalidProof|revert"):
        send_transaction(demo.w3, demo.chain.distributor.functions.claim(
            BOB.address, ent.cumulative_amount, ent.root, list(ent.proof)), sender)
    assert demo.token_balance(BOB.address) == 0


def test_claim_relay_for_another_account_signed_by_sender(rewards_hub: RunningHub,
                                                         demo: DemoChain) -> None:
    """Bob signs a ClaimRequest naming Alice's account: refused (only the account may ask the
    relayer), and a request Alice signed pays Alice, never the relayer."""
    ent = entitlement(rewards_hub, ALICE.address)
    forged = claim_request(ent, domain(demo), ALICE, nonce=1)
    message = claim_request_message(
        account=ALICE.address, cumulative_amount=ent.cumulative_amount,
        expected_root=ent.root, nonce=1, deadline=int(forged["request"]["deadline"]))
    forged["signature"] = "0x" + sign_typed(typed_data(domain(demo), "ClaimRequest", message),
                                            BOB).hex()
    answer = relay(rewards_hub, forged)
    assert answer.status_code == 422 and "signature invalid" in answer.json()["detail"]
    good = relay(rewards_hub, claim_request(ent, domain(demo), ALICE, nonce=2))
    assert good.json()["state"] == "confirmed"
    assert demo.token_balance(ALICE.address) == 3 * 10**18
    assert demo.token_balance(demo.relayer) == 0
