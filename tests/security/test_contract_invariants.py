"""Threat rows CONTRACT-*: random sequences of postEpoch, claims (by the account, by anyone,
by the relayer, replayed, with stale roots or inflated amounts), pause/unpause,
recoverSurplus, top-ups and role changes by random senders on the embedded EVM. After
every step:

- no account ever received more than the largest cumulative entitlement posted for it;
- the ``Claimed`` logs add up to exactly what the accounts received;
- the distributor's balance covers every unclaimed entitlement, and what is owed by the
  posted figures (``totalCumulative`` less what was really paid);
- the declared ``claimedTotal`` (what postEpoch was told was paid) never exceeds what was
  really paid, and ``surplus()`` never reaches into what is owed: recovering all of it
  leaves ``totalCumulative - paid`` in the contract;
- postEpoch accepts exactly the declared totals the contract promises to check: not below
  the previous declaration, not above the previous ``totalCumulative``, funded;
- roles and the root are exactly what the model says: only role holders changed them;
- while paused, no claim and no epoch moved anything.

Written against the ABI (function and event names), not storage slots, so a gas-optimised
contract with the same interface is checked the same way.

The settler here declares an honest ``claimedTotal`` (the sum of the ``Claimed`` logs, or
a stale, lower count) or an out-of-range one (refused). A settler that over-states it
within range can under-fund the contract: that is the trust the contract places in the
settler's key (resources/contracts/README.md), not something the contract can check.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from datafi_desktop.core.chain.distributor_log import claimed_total, claimed_total_for_post
from datafi_desktop.core.chain.embedded import EmbeddedChain, send_transaction
from datafi_desktop.core.merkle import StandardMerkleTree, rewards_tree, submissions_tree
from tests.chain.helpers import digest

SUPPLY = 2_000
#: half the time the deployer (who holds every role at first), otherwise anyone
SENDER = st.one_of(st.just(0), st.integers(1, 5))
_chain: list[EmbeddedChain] = []


def shared_chain() -> EmbeddedChain:
    if not _chain:
        _chain.append(EmbeddedChain(supply=SUPPLY))
    return _chain[0]


def sends(w3: Any, call: Any, sender: str) -> bool:
    """Send; True when mined, False when it reverted (nothing changed)."""
    try:
        send_transaction(w3, call, sender)
    except Exception:  # a revert: eth-tester refuses it at estimation or mining
        return False
    return True


class DistributorMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.chain = shared_chain()
        self.snap = self.chain.snapshot()
        c = self.chain
        self.d = c.distributor
        accounts = c.accounts
        self.admin_role = bytes(32)
        self.settler_role = bytes(self.d.functions.SETTLER_ROLE().call())
        self.pauser_role = bytes(self.d.functions.PAUSER_ROLE().call())
        self.roles = {self.admin_role: {accounts[0]}, self.settler_role: {accounts[0]},
                      self.pauser_role: {accounts[0]}}
        self.senders = [*accounts[:5], accounts[9]]  # accounts[9] plays the relayer
        self.users = accounts[5:9]  # reward accounts; nothing else ever pays them
        self.recipients = accounts[1:5]
        self.epoch = 0
        self.paused = False
        self.tree: StandardMerkleTree | None = None
        self.leaves: dict[str, int] = {}
        self.old_trees: list[tuple[StandardMerkleTree, dict[str, int]]] = []
        self.most_posted: dict[str, int] = dict.fromkeys(self.users, 0)
        self.claimed: dict[str, int] = dict.fromkeys(self.users, 0)
        self.declared = 0  # the claimedTotal of the latest post
        self.last_claim: tuple[str, int, str, list[str]] | None = None
        self.state_before: tuple[Any, ...] = ()
        self._paused_before = False

    # --- helpers ---------------------------------------------------------------------

    def has(self, role: bytes, who: str) -> bool:
        return who in self.roles[role]

    def balance(self, who: str) -> int:
        return int(self.chain.token.functions.balanceOf(who).call())

    def proof(self, account: str, tree: StandardMerkleTree) -> tuple[int, list[str]]:
        for i, (who, amount) in tree.entries():
            if str(who).lower() == account.lower():
                return int(amount), list(tree.get_proof(i))
        raise KeyError(account)

    # --- rules -----------------------------------------------------------------------

    def declaration(self, declare: str) -> int:
        """The claimedTotal a settler passes: counted from the logs, a stale lower count,
        or one the contract must refuse."""
        counted = claimed_total_for_post(self.d)
        if declare == "stale":
            return (self.declared + counted) // 2
        if declare == "too_high":
            return int(self.d.functions.totalCumulative().call()) + 1
        if declare == "too_low" and self.declared > 0:
            return self.declared - 1
        return counted

    @rule(sender=SENDER, amounts=st.lists(st.integers(0, 400), min_size=4,
                                                    max_size=4), lower=st.booleans(),
          declare=st.sampled_from(["counted", "stale", "too_high", "too_low"]))
    def post_epoch(self, sender: int, amounts: list[int], lower: bool, declare: str) -> None:
        """A new tree: cumulative amounts usually grow; a dishonest settler may lower some."""
        who = self.senders[sender]
        new = {}
        for user, extra in zip(self.users, amounts, strict=True):
            base = self.leaves.get(user, 0)
            value = max(0, base - extra) if lower else base + extra
            if value:
                new[user] = value
        if not new:
            return
        tree = rewards_tree(new)
        total = sum(new.values())
        paid = self.declaration(declare)
        total_cum = int(self.d.functions.totalCumulative().call())
        balance = self.balance(self.d.address)
        expected = (self.has(self.settler_role, who) and not self.paused
                    and total >= total_cum and self.declared <= paid <= total_cum
                    and total - paid <= balance)
        epoch = self.epoch + 1
        ok = sends(self.chain.w3, self.d.functions.postEpoch(
            epoch, tree.root, submissions_tree([digest(f"e{epoch}")]).root, total, paid,
            f"https://hub.example/{epoch}"), who)
        assert ok == expected, (who, new, total, total_cum, paid, self.declared, balance,
                                self.paused)
        if ok:
            if self.tree is not None:
                self.old_trees.append((self.tree, self.leaves))
            self.epoch, self.tree, self.leaves = epoch, tree, new
            self.declared = paid
            for user, value in new.items():
                self.most_posted[user] = max(self.most_posted[user], value)

    @rule(user=st.integers(0, 3), sender=SENDER,
          how=st.sampled_from(["honest", "inflated", "stale", "other_account"]))
    def claim(self, user: int, sender: int, how: str) -> None:
        """A claim sent by the account, by anyone, or by the relayer (accounts[9])."""
        account, who = self.users[user], self.senders[sender]
        if self.tree is None or account not in self.leaves:
            return
        amount, proof = self.proof(account, self.tree)
        root = self.tree.root
        target = account
        if how == "inflated":
            amount += 1
        elif how == "stale":
            if not self.old_trees:
                return
            old_tree, old_leaves = self.old_trees[-1]
            if account not in old_leaves or old_tree.root == root:
                return
            amount, proof = self.proof(account, old_tree)
            root = old_tree.root
        elif how == "other_account":
            target = next(u for u in self.users if u != account)
        expected = (how == "honest" and not self.paused and amount > self.claimed[account])
        before = self.balance(target)
        ok = sends(self.chain.w3, self.d.functions.claim(target, amount, root, proof), who)
        assert ok == expected, (how, account, amount, self.claimed[account], self.paused)
        if ok:
            assert self.balance(account) - before == amount - self.claimed[account]
            self.claimed[account] = amount
            assert int(self.d.functions.claimed(account).call()) == amount
            self.last_claim = (account, amount, root, proof)

    @rule(sender=SENDER)
    def replay_last_claim(self, sender: int) -> None:
        """The last successful (maybe relayed) claim sent again: pays nothing."""
        if self.last_claim is None:
            return
        account, amount, root, proof = self.last_claim
        ok = sends(self.chain.w3, self.d.functions.claim(account, amount, root, proof),
                   self.senders[sender])
        assert not ok

    @rule(sender=SENDER, pause=st.booleans())
    def pause_or_unpause(self, sender: int, pause: bool) -> None:
        who = self.senders[sender]
        expected = self.has(self.pauser_role, who) and pause != self.paused
        call = self.d.functions.pause() if pause else self.d.functions.unpause()
        ok = sends(self.chain.w3, call, who)
        assert ok == expected
        if ok:
            self.paused = pause

    @rule(sender=SENDER, to=st.integers(0, 3), amount=st.integers(0, 800))
    def recover_surplus(self, sender: int, to: int, amount: int) -> None:
        who = self.senders[sender]
        surplus = int(self.d.functions.surplus().call())
        expected = self.has(self.admin_role, who) and amount <= surplus
        ok = sends(self.chain.w3, self.d.functions.recoverSurplus(self.recipients[to], amount),
                   who)
        assert ok == expected, (who, amount, surplus)

    @rule(amount=st.integers(1, 500))
    def top_up(self, amount: int) -> None:
        self.chain.mint(self.d.address, amount)

    @rule(sender=SENDER, whom_index=st.integers(0, 5),
          role=st.sampled_from(["admin", "settler", "pauser"]), grant=st.booleans())
    def change_role(self, sender: int, whom_index: int, role: str, grant: bool) -> None:
        who, whom = self.senders[sender], self.senders[whom_index]
        role_id = {"admin": self.admin_role, "settler": self.settler_role,
                   "pauser": self.pauser_role}[role]
        call = (self.d.functions.grantRole(role_id, whom) if grant
                else self.d.functions.revokeRole(role_id, whom))
        expected = self.has(self.admin_role, who)
        ok = sends(self.chain.w3, call, who)
        assert ok == expected, (who, role, grant)
        if ok:
            (self.roles[role_id].add if grant else self.roles[role_id].discard)(whom)
        assert bool(self.d.functions.hasRole(role_id, whom).call()) == (
            whom in self.roles[role_id])

    # --- invariants --------------------------------------------------------------------

    def check_roles(self) -> None:
        for role, holders in self.roles.items():
            for who in self.senders:
                assert bool(self.d.functions.hasRole(role, who).call()) == (who in holders)

    @invariant()
    def invariants(self) -> None:
        """One read of the state per step (calls to py-evm are not free)."""
        users = [self.balance(u) for u in self.users]
        balance = self.balance(self.d.address)
        total = int(self.d.functions.totalCumulative().call())
        declared = int(self.d.functions.claimedTotal().call())
        surplus = int(self.d.functions.surplus().call())
        paid = sum(self.claimed.values())
        root = bytes(self.d.functions.merkleRoot().call())
        epoch = int(self.d.functions.currentEpoch().call())
        paused = bool(self.d.functions.paused().call())
        # nobody received more than the most ever posted for them
        for user, received in zip(self.users, users, strict=True):
            assert received == self.claimed[user]
            assert received <= self.most_posted[user]
        # the balance covers every unclaimed entitlement
        owed = sum(max(0, self.leaves.get(u, 0) - self.claimed[u]) for u in self.users)
        assert balance >= owed, (balance, owed)
        # what is owed by the posted figures is held, and the surplus never reaches into it
        assert claimed_total(self.d) == paid
        assert declared == self.declared and declared <= paid
        assert balance >= total - paid
        assert balance - surplus >= total - paid, (balance, surplus, total, paid)
        # the root, epoch and pause flag are what only role holders made them
        assert root == (bytes.fromhex(self.tree.root[2:]) if self.tree else bytes(32))
        assert epoch == self.epoch and paused == self.paused
        # paused (before and after the step): nothing moved
        now = (tuple(users), root, epoch)
        if self.paused and self._paused_before:
            assert now == self.state_before, "something moved while paused"
        self.state_before, self._paused_before = now, self.paused

    def teardown(self) -> None:
        try:
            self.check_roles()
        finally:
            self.chain.revert(self.snap)


DistributorMachine.TestCase.settings = settings(
    max_examples=int(os.environ.get("DATAFI_INVARIANT_EXAMPLES", "8")), stateful_step_count=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
test_contract_invariants = pytest.mark.slow(DistributorMachine.TestCase)
