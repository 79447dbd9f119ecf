"""RewardDistributor on the embedded EVM: claims, epochs, pausing, roles, events."""

from __future__ import annotations

import pytest
from eth_account.messages import encode_typed_data
from eth_utils import keccak

from datafi_desktop.core.chain.distributor_log import claimed_total, posted_epoch
from datafi_desktop.core.chain.embedded import EmbeddedChain, send_transaction
from datafi_desktop.core.merkle import (
    SUBMISSIONS_LEAF_ENCODING,
    StandardMerkleTree,
    process_proof,
    rewards_tree,
    standard_leaf_hash,
)
from datafi_desktop.core.protocol import Domain, typed_data

from .conftest import reverts
from .helpers import claim, digest, events, post_epoch

E18 = 10**18
ZERO_ROOT = b"\x00" * 32
SETTLER_ROLE = keccak(text="SETTLER_ROLE")
PAUSER_ROLE = keccak(text="PAUSER_ROLE")
ADMIN_ROLE = b"\x00" * 32


def users(chain: EmbeddedChain) -> tuple[str, str, str, str]:
    alice, bob, carol, relayer = chain.accounts[1:5]
    return alice, bob, carol, relayer


def balance(chain: EmbeddedChain, who: str) -> int:
    return int(chain.token.functions.balanceOf(who).call())


# --- claims ---------------------------------------------------------------------------


def test_claim_pays_the_account(chain: EmbeddedChain) -> None:
    alice, bob, _, _ = users(chain)
    posted = post_epoch(chain, 1, {alice: 100 * E18, bob: 50 * E18})
    amount, proof = posted.proof(alice)
    before = balance(chain, chain.distributor_address)

    receipt = claim(chain, alice, amount, posted.rewards.root, proof)

    assert balance(chain, alice) == 100 * E18
    assert balance(chain, chain.distributor_address) == before - 100 * E18
    assert chain.distributor.functions.claimed(alice).call() == 100 * E18
    # no running total on-chain: the Claimed logs add up to it, and the next post records it
    assert claimed_total(chain.distributor) == 100 * E18
    assert chain.distributor.functions.claimedTotal().call() == 0
    assert events(chain.distributor, "Claimed", receipt) == [
        {"account": alice, "amount": 100 * E18, "cumulativeAmount": 100 * E18, "sender": alice}
    ]
    transfers = events(chain.token, "Transfer", receipt)
    assert transfers == [{"from": chain.distributor_address, "to": alice, "value": 100 * E18}]
    post_epoch(chain, 2, {alice: 100 * E18, bob: 60 * E18})
    assert chain.distributor.functions.claimedTotal().call() == 100 * E18


def test_second_claim_pays_only_the_difference(chain: EmbeddedChain) -> None:
    alice, bob, _, _ = users(chain)
    first = post_epoch(chain, 1, {alice: 100, bob: 50})
    first_amount, first_proof = first.proof(alice)
    claim(chain, alice, first_amount, first.rewards.root, first_proof)
    second = post_epoch(chain, 2, {alice: 250, bob: 50})
    amount, proof = second.proof(alice)

    receipt = claim(chain, alice, amount, second.rewards.root, proof)

    assert balance(chain, alice) == 250
    assert events(chain.distributor, "Claimed", receipt)[0]["amount"] == 150
    assert chain.distributor.functions.claimed(alice).call() == 250


def test_an_account_can_skip_epochs_and_claim_everything_at_once(chain: EmbeddedChain) -> None:
    alice, bob, _, _ = users(chain)
    post_epoch(chain, 1, {alice: 10, bob: 1})
    post_epoch(chain, 2, {alice: 30, bob: 2})
    third = post_epoch(chain, 3, {alice: 60, bob: 3})
    amount, proof = third.proof(alice)
    claim(chain, alice, amount, third.rewards.root, proof)
    assert balance(chain, alice) == 60


def test_the_same_proof_twice_reverts_nothing_to_claim(chain: EmbeddedChain) -> None:
    alice, bob, _, _ = users(chain)
    posted = post_epoch(chain, 1, {alice: 100, bob: 50})
    amount, proof = posted.proof(alice)
    claim(chain, alice, amount, posted.rewards.root, proof)
    with reverts("NothingToClaim"):
        claim(chain, alice, amount, posted.rewards.root, proof)
    assert balance(chain, alice) == 100


def test_an_unchanged_entitlement_in_a_new_epoch_pays_nothing(chain: EmbeddedChain) -> None:
    alice, bob, _, _ = users(chain)
    first = post_epoch(chain, 1, {alice: 100, bob: 50})
    amount, proof = first.proof(alice)
    claim(chain, alice, amount, first.rewards.root, proof)
    second = post_epoch(chain, 2, {alice: 100, bob: 80})
    amount, proof = second.proof(alice)
    with reverts("NothingToClaim"):
        claim(chain, alice, amount, second.rewards.root, proof)


def test_an_old_proof_against_a_new_root_reverts(chain: EmbeddedChain) -> None:
    alice, bob, _, _ = users(chain)
    first = post_epoch(chain, 1, {alice: 100, bob: 50})
    second = post_epoch(chain, 2, {alice: 200, bob: 50})
    amount, proof = first.proof(alice)
    # The claim raced the root update: it names the root its proof was made for.
    with reverts(
        "RootMismatch",
        expected=first.rewards.root_bytes,
        current=second.rewards.root_bytes,
    ):
        claim(chain, alice, amount, first.rewards.root, proof)
    # And an old proof against the new root does not prove anything.
    with reverts("InvalidProof"):
        claim(chain, alice, amount, second.rewards.root, proof)
    assert balance(chain, alice) == 0


def test_a_wrong_proof_reverts_invalid_proof(chain: EmbeddedChain) -> None:
    alice, bob, carol, _ = users(chain)
    posted = post_epoch(chain, 1, {alice: 100, bob: 50, carol: 7})
    amount, proof = posted.proof(alice)
    root = posted.rewards.root
    with reverts("InvalidProof"):  # inflated amount
        claim(chain, alice, amount + 1, root, proof)
    with reverts("InvalidProof"):  # someone else's proof
        claim(chain, alice, amount, root, posted.proof(bob)[1])
    with reverts("InvalidProof"):  # alice's leaf, paid to bob
        claim(chain, bob, amount, root, proof, sender=alice)
    with reverts("InvalidProof"):  # a tampered node
        claim(chain, alice, amount, root, ["0x" + "ab" * 32, *proof[1:]])
    with reverts("InvalidProof"):  # no proof at all
        claim(chain, alice, amount, root, [])
    assert balance(chain, alice) == 0
    assert balance(chain, bob) == 0


def test_a_wrong_expected_root_reverts_root_mismatch(chain: EmbeddedChain) -> None:
    alice, bob, _, _ = users(chain)
    posted = post_epoch(chain, 1, {alice: 100, bob: 50})
    amount, proof = posted.proof(alice)
    wrong = "0x" + "12" * 32
    with reverts(
        "RootMismatch", expected=bytes.fromhex("12" * 32), current=posted.rewards.root_bytes
    ):
        claim(chain, alice, amount, wrong, proof)


def test_claim_before_any_epoch_reverts(chain: EmbeddedChain) -> None:
    alice, _, _, _ = users(chain)
    tree = rewards_tree({alice: 5})
    with reverts("RootMismatch", expected=ZERO_ROOT, current=ZERO_ROOT):
        claim(chain, alice, 5, ZERO_ROOT, tree.get_proof(0))
    with reverts("RootMismatch", expected=tree.root_bytes, current=ZERO_ROOT):
        claim(chain, alice, 5, tree.root, tree.get_proof(0))


def test_a_single_leaf_tree_has_an_empty_proof(chain: EmbeddedChain) -> None:
    alice, _, _, _ = users(chain)
    posted = post_epoch(chain, 1, {alice: 42})
    amount, proof = posted.proof(alice)
    assert proof == []
    claim(chain, alice, amount, posted.rewards.root, proof)
    assert balance(chain, alice) == 42


def test_a_third_party_claim_pays_the_account(chain: EmbeddedChain) -> None:
    alice, bob, _, relayer = users(chain)
    posted = post_epoch(chain, 1, {alice: 100, bob: 50})
    amount, proof = posted.proof(alice)

    receipt = claim(chain, alice, amount, posted.rewards.root, proof, sender=relayer)

    assert balance(chain, alice) == 100
    assert balance(chain, relayer) == 0
    assert events(chain.distributor, "Claimed", receipt) == [
        {"account": alice, "amount": 100, "cumulativeAmount": 100, "sender": relayer}
    ]


def test_claim_returns_the_amount_paid(chain: EmbeddedChain) -> None:
    alice, bob, _, _ = users(chain)
    posted = post_epoch(chain, 1, {alice: 100, bob: 50})
    amount, proof = posted.proof(bob)
    paid = chain.distributor.functions.claim(bob, amount, posted.rewards.root, proof).call(
        {"from": alice}
    )
    assert paid == 50


# --- epochs ---------------------------------------------------------------------------


def test_post_epoch_stores_the_root_and_logs_the_epoch(chain: EmbeddedChain) -> None:
    alice, bob, _, _ = users(chain)
    digests = [digest("a"), digest("b"), digest("c")]
    posted = post_epoch(chain, 7, {alice: 3, bob: 4}, digests, uri="ipfs://epoch-7")
    d = chain.distributor.functions
    assert d.currentEpoch().call() == 7
    assert d.merkleRoot().call() == posted.rewards.root_bytes
    assert d.totalCumulative().call() == 7
    assert d.claimedTotal().call() == 0
    assert events(chain.distributor, "EpochPosted", posted.receipt) == [
        {
            "epoch": 7,
            "rewardsRoot": posted.rewards.root_bytes,
            "submissionsRoot": posted.submissions.root_bytes,
            "totalCumulative": 7,
            "claimedTotal": 0,
            "uri": "ipfs://epoch-7",
        }
    ]
    logged = posted_epoch(chain.distributor, 7)
    assert logged is not None
    assert (logged.rewards_root, logged.submissions_root) == (
        posted.rewards.root, posted.submissions.root)
    assert logged.tx_hash == posted.receipt["transactionHash"].to_0x_hex()
    assert logged.block_number == posted.receipt["blockNumber"]
    assert posted_epoch(chain.distributor, 6) is None
    assert posted_epoch(chain.distributor, 8) is None


def test_old_epoch_roots_stay_readable_in_the_logs(chain: EmbeddedChain) -> None:
    alice, bob, _, _ = users(chain)
    first = post_epoch(chain, 1, {alice: 1, bob: 1})
    second = post_epoch(chain, 2, {alice: 2, bob: 2})
    old, new = posted_epoch(chain.distributor, 1), posted_epoch(chain.distributor, 2)
    assert old is not None and new is not None
    assert old.rewards_root == first.rewards.root
    assert new.rewards_root == second.rewards.root
    assert chain.distributor.functions.merkleRoot().call() == second.rewards.root_bytes
    amount, proof = first.proof(alice)
    leaf = standard_leaf_hash(("address", "uint256"), (alice, amount))
    assert "0x" + process_proof(leaf, proof).hex() == old.rewards_root
    assert "0x" + process_proof(leaf, proof).hex() != new.rewards_root


def test_epochs_must_strictly_increase(chain: EmbeddedChain) -> None:
    alice, _, _, _ = users(chain)
    with reverts("EpochNotIncreasing", current=0, proposed=0):
        post_epoch(chain, 0, {alice: 1})
    post_epoch(chain, 1, {alice: 1})
    with reverts("EpochNotIncreasing", current=1, proposed=1):
        post_epoch(chain, 1, {alice: 2})
    post_epoch(chain, 5, {alice: 2})  # gaps are allowed
    with reverts("EpochNotIncreasing", current=5, proposed=4):
        post_epoch(chain, 4, {alice: 3})
    assert chain.distributor.functions.currentEpoch().call() == 5


def test_total_cumulative_cannot_shrink(chain: EmbeddedChain) -> None:
    alice, bob, _, _ = users(chain)
    post_epoch(chain, 1, {alice: 10, bob: 5})
    with reverts("TotalCumulativeTooLow", minimum=15, proposed=14):
        post_epoch(chain, 2, {alice: 10, bob: 4})


def test_claimed_total_never_shrinks_nor_exceeds_the_previous_total(
    chain: EmbeddedChain,
) -> None:
    alice, bob, _, _ = users(chain)
    first = post_epoch(chain, 1, {alice: 10, bob: 5})
    amount, proof = first.proof(alice)
    claim(chain, alice, amount, first.rewards.root, proof)
    with reverts("ClaimedTotalOutOfRange", minimum=0, maximum=15, proposed=16):
        post_epoch(chain, 2, {alice: 20, bob: 5}, paid=16)
    post_epoch(chain, 2, {alice: 20, bob: 5}, paid=10)
    with reverts("ClaimedTotalOutOfRange", minimum=10, maximum=25, proposed=9):
        post_epoch(chain, 3, {alice: 20, bob: 6}, paid=9)
    assert chain.distributor.functions.claimedTotal().call() == 10


def test_post_epoch_needs_funding_for_what_is_owed(chain: EmbeddedChain) -> None:
    alice, bob, _, _ = users(chain)
    held = balance(chain, chain.distributor_address)
    with reverts("InsufficientFunding", required=held + 1, available=held):
        post_epoch(chain, 1, {alice: held + 1})
    chain.mint(chain.distributor_address, 1)
    first = post_epoch(chain, 1, {alice: held + 1})
    amount, proof = first.proof(alice)
    claim(chain, alice, amount, first.rewards.root, proof)
    # owed: the new total less what was paid (by the Claimed logs), not the whole total
    with reverts("InsufficientFunding", required=5, available=0):
        post_epoch(chain, 2, {alice: held + 1, bob: 5})
    chain.mint(chain.distributor_address, 5)
    post_epoch(chain, 2, {alice: held + 1, bob: 5})


def test_recover_surplus_leaves_what_is_owed(chain: EmbeddedChain) -> None:
    alice, bob, _, _ = users(chain)
    held = balance(chain, chain.distributor_address)
    post_epoch(chain, 1, {alice: 100, bob: 50})
    d = chain.distributor.functions
    assert d.surplus().call() == held - 150
    with reverts("InsufficientSurplus", requested=held - 149, available=held - 150):
        send_transaction(chain.w3, d.recoverSurplus(bob, held - 149), chain.deployer)
    with reverts("AccessControlUnauthorizedAccount", account=bob, neededRole=ADMIN_ROLE):
        send_transaction(chain.w3, d.recoverSurplus(bob, 1), bob)
    receipt = send_transaction(
        chain.w3, d.recoverSurplus(chain.deployer, held - 150), chain.deployer
    )
    assert events(chain.distributor, "SurplusRecovered", receipt) == [
        {"to": chain.deployer, "amount": held - 150}
    ]
    assert d.surplus().call() == 0


def test_surplus_counts_claims_only_once_a_post_declares_them(chain: EmbeddedChain) -> None:
    alice, bob, _, _ = users(chain)
    held = balance(chain, chain.distributor_address)
    posted = post_epoch(chain, 1, {alice: 100, bob: 50})
    amount, proof = posted.proof(alice)
    claim(chain, alice, amount, posted.rewards.root, proof)
    d = chain.distributor.functions
    # between posts the figures still owe alice's 100: the surplus is lower, never higher
    assert d.surplus().call() == held - 100 - 150
    post_epoch(chain, 2, {alice: 100, bob: 50})
    assert d.surplus().call() == held - 150
    assert balance(chain, chain.distributor_address) - d.surplus().call() == 50  # bob's


# --- pausing and roles ----------------------------------------------------------------


def test_pause_blocks_claims_and_posts_until_unpaused(chain: EmbeddedChain) -> None:
    alice, bob, _, _ = users(chain)
    posted = post_epoch(chain, 1, {alice: 100, bob: 50})
    amount, proof = posted.proof(alice)
    d = chain.distributor.functions

    receipt = send_transaction(chain.w3, d.pause(), chain.deployer)
    assert events(chain.distributor, "Paused", receipt) == [{"account": chain.deployer}]
    assert d.paused().call()
    assert d.merkleRoot().call() == posted.rewards.root_bytes  # still the claim root
    with reverts("EnforcedPause"):
        claim(chain, alice, amount, posted.rewards.root, proof)
    with reverts("EnforcedPause"):
        claim(chain, alice, amount, ZERO_ROOT, proof)
    with reverts("EnforcedPause"):
        post_epoch(chain, 2, {alice: 200, bob: 50})
    with reverts("EnforcedPause"):
        send_transaction(chain.w3, d.pause(), chain.deployer)

    receipt = send_transaction(chain.w3, d.unpause(), chain.deployer)
    assert events(chain.distributor, "Unpaused", receipt) == [{"account": chain.deployer}]
    assert d.merkleRoot().call() == posted.rewards.root_bytes
    claim(chain, alice, amount, posted.rewards.root, proof)
    post_epoch(chain, 2, {alice: 200, bob: 50})
    assert balance(chain, alice) == 100
    with reverts("ExpectedPause"):
        send_transaction(chain.w3, d.unpause(), chain.deployer)


def test_a_pause_before_the_first_epoch(chain: EmbeddedChain) -> None:
    alice, _, _, _ = users(chain)
    tree = rewards_tree({alice: 5})
    d = chain.distributor.functions
    send_transaction(chain.w3, d.pause(), chain.deployer)
    assert d.merkleRoot().call() == ZERO_ROOT
    with reverts("EnforcedPause"):
        claim(chain, alice, 5, tree.root, [])
    with reverts("EnforcedPause"):
        post_epoch(chain, 1, {alice: 5})
    send_transaction(chain.w3, d.unpause(), chain.deployer)
    with reverts("RootMismatch", expected=tree.root_bytes, current=ZERO_ROOT):
        claim(chain, alice, 5, tree.root, [])
    posted = post_epoch(chain, 1, {alice: 5})
    claim(chain, alice, 5, posted.rewards.root, [])
    assert balance(chain, alice) == 5


def test_only_a_settler_posts_epochs(chain: EmbeddedChain) -> None:
    alice, bob, _, _ = users(chain)
    with reverts("AccessControlUnauthorizedAccount", account=bob, neededRole=SETTLER_ROLE):
        post_epoch(chain, 1, {alice: 1}, sender=bob)
    d = chain.distributor.functions
    receipt = send_transaction(chain.w3, d.grantRole(SETTLER_ROLE, bob), chain.deployer)
    assert events(chain.distributor, "RoleGranted", receipt) == [
        {"role": SETTLER_ROLE, "account": bob, "sender": chain.deployer}
    ]
    post_epoch(chain, 1, {alice: 1}, sender=bob)
    receipt = send_transaction(chain.w3, d.revokeRole(SETTLER_ROLE, bob), chain.deployer)
    assert events(chain.distributor, "RoleRevoked", receipt) == [
        {"role": SETTLER_ROLE, "account": bob, "sender": chain.deployer}
    ]
    with reverts("AccessControlUnauthorizedAccount", account=bob, neededRole=SETTLER_ROLE):
        post_epoch(chain, 2, {alice: 2}, sender=bob)


def test_only_the_admin_grants_roles(chain: EmbeddedChain) -> None:
    _, bob, carol, _ = users(chain)
    d = chain.distributor.functions
    with reverts("AccessControlUnauthorizedAccount", account=bob, neededRole=ADMIN_ROLE):
        send_transaction(chain.w3, d.grantRole(SETTLER_ROLE, carol), bob)
    # A settler is not an admin either.
    send_transaction(chain.w3, d.grantRole(SETTLER_ROLE, bob), chain.deployer)
    with reverts("AccessControlUnauthorizedAccount", account=bob, neededRole=ADMIN_ROLE):
        send_transaction(chain.w3, d.grantRole(PAUSER_ROLE, bob), bob)
    assert not d.hasRole(PAUSER_ROLE, bob).call()
    assert d.getRoleAdmin(SETTLER_ROLE).call() == ADMIN_ROLE


def test_a_settler_cannot_pause_unless_granted(chain: EmbeddedChain) -> None:
    _, bob, _, _ = users(chain)
    d = chain.distributor.functions
    send_transaction(chain.w3, d.grantRole(SETTLER_ROLE, bob), chain.deployer)
    with reverts("AccessControlUnauthorizedAccount", account=bob, neededRole=PAUSER_ROLE):
        send_transaction(chain.w3, d.pause(), bob)
    send_transaction(chain.w3, d.grantRole(PAUSER_ROLE, bob), chain.deployer)
    send_transaction(chain.w3, d.pause(), bob)
    assert d.paused().call()
    send_transaction(chain.w3, d.unpause(), bob)
    assert not d.paused().call()


def test_anyone_else_cannot_unpause(chain: EmbeddedChain) -> None:
    _, bob, _, _ = users(chain)
    d = chain.distributor.functions
    send_transaction(chain.w3, d.pause(), chain.deployer)
    with reverts("AccessControlUnauthorizedAccount", account=bob, neededRole=PAUSER_ROLE):
        send_transaction(chain.w3, d.unpause(), bob)


def test_deployer_holds_the_three_roles(chain: EmbeddedChain) -> None:
    d = chain.distributor.functions
    for role in (ADMIN_ROLE, SETTLER_ROLE, PAUSER_ROLE):
        assert d.hasRole(role, chain.deployer).call()
        assert not d.hasRole(role, chain.accounts[1]).call()
    assert d.SETTLER_ROLE().call() == SETTLER_ROLE
    assert d.PAUSER_ROLE().call() == PAUSER_ROLE
    assert d.token().call() == chain.token_address


# --- submissions ----------------------------------------------------------------------


def _proven(value: bytes, proof: list[str]) -> str:
    leaf = standard_leaf_hash(SUBMISSIONS_LEAF_ENCODING, ("0x" + value.hex(),))
    return "0x" + process_proof(leaf, proof).hex()


def test_submissions_prove_against_the_logged_root(chain: EmbeddedChain) -> None:
    alice, _, _, _ = users(chain)
    digests = [digest(str(i)) for i in range(9)]
    post_epoch(chain, 3, {alice: 1}, digests)
    post_epoch(chain, 4, {alice: 2}, [digest("later")])
    logged = posted_epoch(chain.distributor, 3)
    assert logged is not None
    tree = StandardMerkleTree.of([(v,) for v in digests], ["bytes32"])
    for i, value in enumerate(digests):
        assert _proven(value, tree.get_proof(i)) == logged.submissions_root
    proof = tree.get_proof(0)
    assert _proven(digest("not accepted"), proof) != logged.submissions_root
    assert _proven(digests[0], tree.get_proof(1)) != logged.submissions_root
    assert posted_epoch(chain.distributor, 2) is None  # no such epoch


def test_a_one_submission_epoch(chain: EmbeddedChain) -> None:
    alice, _, _, _ = users(chain)
    posted = post_epoch(chain, 1, {alice: 1}, [digest("only")])
    assert (
        posted.submissions.root_bytes
        == StandardMerkleTree.of([(digest("only"),)], ["bytes32"]).root_bytes
    )
    logged = posted_epoch(chain.distributor, 1)
    assert logged is not None and _proven(digest("only"), []) == logged.submissions_root


# --- EIP-712 --------------------------------------------------------------------------


def test_eip712_domain_is_the_apps(chain: EmbeddedChain) -> None:
    fields, name, version, chain_id, contract, salt, extensions = (
        chain.distributor.functions.eip712Domain().call()
    )
    assert fields == b"\x0f"  # name, version, chainId, verifyingContract
    assert (name, version) == ("DataFi", "1")
    assert chain_id == chain.chain_id
    assert contract == chain.distributor_address
    assert salt == ZERO_ROOT
    assert extensions == []

    domain = Domain(chain_id=chain.chain_id, verifying_contract=chain.distributor_address)
    message = {
        "account": chain.accounts[1],
        "cumulativeAmount": 5,
        "expectedRoot": "0x" + "00" * 32,
        "nonce": 0,
        "deadline": 1,
    }
    signable = encode_typed_data(full_message=typed_data(domain, "ClaimRequest", message))
    assert chain.distributor.functions.domainSeparator().call() == signable.header


@pytest.mark.parametrize("who", ["token_", "admin"])
def test_constructor_rejects_zero_addresses(chain: EmbeddedChain, who: str) -> None:
    from datafi_desktop.core.chain.artifacts import load_artifact

    artifact = load_artifact("RewardDistributor")
    factory = chain.w3.eth.contract(abi=artifact.abi, bytecode=artifact.bytecode)
    zero = "0x" + "00" * 20
    args: dict[str, str] = {"token_": chain.token_address, "admin": chain.deployer}
    args[who] = zero
    with reverts("ZeroAddress"):
        send_transaction(
            chain.w3,
            factory.constructor(args["token_"], args["admin"], chain.deployer, chain.deployer),
            chain.deployer,
        )
