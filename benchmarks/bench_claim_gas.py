"""Gas of the distributor's transactions as the app and the hub send them.

    python benchmarks/bench_claim_gas.py [--accounts 10 1000 100000]

For each tree size, on the in-process EVM (Cancun; gas is the same on any EVM with the
same rules, e.g. Hardhat): ``postEpoch`` for a first and a later epoch (as the hub's
settler sends it), a first claim (``claimed[account]`` goes from zero: a fresh storage
slot), a repeat claim after the next epoch, and a claim sent by the hub's relayer — each a
signed EIP-1559 transaction built by ``core.chain.claims`` (gas estimated, 20 % margin).
The proof has ceil(log2(n)) nodes; each adds calldata and one hash.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eth_utils import keccak, to_checksum_address

from benchmarks._common import machine
from datafi_desktop.core.chain.claims import (
    Entitlement,
    prepare_claim,
    sign_claim,
    track_transaction,
)
from datafi_desktop.core.chain.client import ChainClient
from datafi_desktop.core.chain.distributor_log import claimed_total
from datafi_desktop.core.chain.embedded import send_transaction
from datafi_desktop.core.demo_chain import start_demo_chain
from datafi_desktop.core.merkle import rewards_tree, submissions_tree
from datafi_desktop.core.wallet_signer import SoftwareSigner


def post(demo, epoch: int, amounts: dict[str, int]):  # type: ignore[no-untyped-def]
    tree = rewards_tree(amounts)
    subs = submissions_tree([keccak(text=f"epoch {epoch} submission {i}") for i in range(3)])
    paid = claimed_total(demo.chain.distributor)  # as the hub's settler counts it
    receipt = send_transaction(demo.w3, demo.chain.distributor.functions.postEpoch(
        epoch, tree.root, subs.root, sum(amounts.values()), paid, f"bench:{epoch}"),
        demo.settler)
    return tree, int(receipt["gasUsed"])


def claim(client: ChainClient, tree, account: str, epoch: int, signer: SoftwareSigner,  # type: ignore[no-untyped-def]
          sender: str | None = None) -> tuple[int, int]:
    index = next(i for i, (who, _v) in tree.entries() if who.lower() == account.lower())
    amount = int(tree.at(index)[1])
    ent = Entitlement("bench", account, epoch, amount, tree.root, tuple(tree.get_proof(index)))
    prepared = prepare_claim(client, ent, sender=sender)
    signed = sign_claim(prepared, signer)
    client.send_raw(signed.raw_tx)
    status = track_transaction(client, tx_hash=signed.tx_hash, sender=prepared.sender,
                               nonce=prepared.nonce)
    assert status.state == "confirmed", status
    receipt = client.receipt(signed.tx_hash)
    assert receipt is not None
    return int(receipt["gasUsed"]), len(ent.proof)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--accounts", type=int, nargs="+", default=[10, 1000, 100_000])
    args = parser.parse_args()
    print(f"machine: {machine()}")
    print(f"{'accounts':>9} {'proof':>5} {'post 1st':>9} {'post next':>9} {'claim 1st':>9} "
          f"{'repeat':>9} {'relayed':>9}")
    for n in args.accounts:
        demo = start_demo_chain()
        rnd = random.Random(n)
        alice = SoftwareSigner(keccak(text="bench alice"))
        bob = SoftwareSigner(keccak(text="bench bob"))
        relayer = SoftwareSigner(keccak(text="bench relayer"))
        for who in (alice, bob, relayer):
            demo.chain.fund(who.address, 10**18)
        others = {to_checksum_address(rnd.randbytes(20)): rnd.randrange(1, 10**18)
                  for _ in range(max(0, n - 2))}
        client = ChainClient(demo.settings)
        tree1, post_first = post(demo, 1, {alice.address: 10**18, bob.address: 10**18,
                                           **others})
        first, proof_len = claim(client, tree1, alice.address, 1, alice)
        tree2, post_next = post(demo, 2, {alice.address: 3 * 10**18, bob.address: 10**18,
                                          **others})
        repeat, _ = claim(client, tree2, alice.address, 2, alice)
        relayed, _ = claim(client, tree2, bob.address, 2, relayer, sender=relayer.address)
        print(f"{n:>9,} {proof_len:>5} {post_first:>9,} {post_next:>9,} {first:>9,} "
              f"{repeat:>9,} {relayed:>9,}")
        demo.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
