"""Economics: accounts that always agree with each other against the consensus or the gold
answer are flagged in the reviewers' and admins' quality figures.

Threat-model row T-econ-collusion. A real hub over a real socket, real signatures.
"""

from __future__ import annotations

import pytest

from datafi_desktop.core.collusion import Labeled, suspicious_pairs
from datafi_desktop.hub.campaigns.importer import import_campaign
from datafi_desktop.hub.server.inprocess import RunningHub

from . import economics_support
from .economics_support import grant, paying_campaign, push, user

econ_clock = economics_support.econ_clock  # fixtures
econ_hub = economics_support.econ_hub
econ_database_url = economics_support.econ_database_url

POSITIVE = {"kind": "text_classification", "labels": ["positive"]}
NEGATIVE = {"kind": "text_classification", "labels": ["negative"]}


def test_T_econ_collusion_pair_flagged(econ_hub: RunningHub) -> None:
    """Five annotators per task; alice and bob answer alike against the other three on all
    six tasks: that pair — and no other — is flagged, with the rule that flagged it, in the
    report reviewers read; an annotator cannot read it."""
    import_campaign(econ_hub.hub, paying_campaign("co", reviews_required=0, overlap=5))
    people = {s: user(econ_hub, s) for s in ("alice", "bob", "carol", "dave", "erin")}
    for seed, who in people.items():
        tasks = who.lease("co", count=6)
        assert len(tasks) == 6
        for task in tasks:
            result = push(who, "co", task, NEGATIVE if seed in ("alice", "bob") else POSITIVE)
            assert result["result"] == "accepted"
    admin = user(econ_hub, "frank")
    grant(econ_hub, "co", admin.signer.address, "admin")
    report = admin.get("/v1/campaigns/co/quality")
    assert report.status_code == 200
    body = report.json()
    assert body["collusion_rule"] == {"min_tasks": 5, "threshold": 0.5, "agree": 0.99}
    flagged = [p for p in body["collusion"] if p["flagged"]]
    pair = sorted([people["alice"].signer.address, people["bob"].signer.address])
    assert [(p["account_a"], p["account_b"], p["shared_tasks"], p["against"])
            for p in flagged] == [(*pair, 6, 6)]
    assert people["alice"].get("/v1/campaigns/co/quality").status_code == 403


@pytest.mark.parametrize(("against", "flagged"), [(2, False), (3, True)])
def test_T_econ_collusion_threshold_with_gold(against: int, flagged: bool) -> None:
    """Gold answers are the reference where a task has one (two annotators suffice); the
    pair is flagged from half of six shared tasks wrong together."""
    gold = {f"t{i}": POSITIVE for i in range(6)}
    labels = []
    for i in range(6):
        answer = NEGATIVE if i < against else POSITIVE
        labels += [Labeled(f"t{i}", "a", answer), Labeled(f"t{i}", "b", answer)]
    (pair,) = suspicious_pairs(labels, gold)
    assert (pair.shared_tasks, pair.against, pair.flagged) == (6, against, flagged)
    different = [Labeled(f"t{i}", acc, {"kind": "text_classification", "labels": [lab]})
                 for i in range(6) for acc, lab in (("a", "negative"), ("b", "neutral"))]
    assert suspicious_pairs(different, gold) == []  # wrong, but not together
