"""Economics: gold tasks look like every other task, and gold answers never leave the hub.

Threat-model row T-econ-gold-distinguishable. Tasks are fetched over a real socket the way
annotators and reviewers get them (leases, campaign listing and detail, the review queue,
the status feed) and the field sets of gold and ordinary tasks are compared.
"""

from __future__ import annotations

import json
from typing import Any

from datafi_desktop.hub.campaigns.importer import import_campaign
from datafi_desktop.hub.server.inprocess import RunningHub

from . import economics_support
from .economics_support import grant, lease_reviews, paying_campaign, push, user

econ_clock = economics_support.econ_clock  # fixtures
econ_hub = economics_support.econ_hub
econ_database_url = economics_support.econ_database_url

GOLD_TASKS = {0, 2, 4}


def shape(value: Any, path: str = "") -> set[str]:
    """Every key path in a JSON value, with the type of what it holds."""
    if isinstance(value, dict):
        out = {f"{path}/{key}" for key in value}
        for key, item in value.items():
            out |= shape(item, f"{path}/{key}")
        return out
    if isinstance(value, list):
        out = set()
        for item in value:
            out |= shape(item, f"{path}[]")
        return out
    return {f"{path}:{type(value).__name__}"}


def test_T_econ_gold_distinguishable(econ_hub: RunningHub) -> None:
    import_campaign(econ_hub.hub, paying_campaign(
        "gh", reviews_required=1, tasks=6, gold={i: "neutral" for i in GOLD_TASKS}))
    alice, carol = user(econ_hub, "alice"), user(econ_hub, "carol")
    grant(econ_hub, "gh", carol.signer.address)
    leased = alice.post("/v1/campaigns/gh/leases", json={"count": 6}).json()["leases"]
    tasks = {lease["task"]["id"]: lease["task"] for lease in leased}
    assert len(tasks) == 6
    gold_ids = {f"t{i:05d}" for i in GOLD_TASKS}
    gold_shapes = {frozenset(shape(t)) for tid, t in tasks.items() if tid in gold_ids}
    plain_shapes = {frozenset(shape(t)) for tid, t in tasks.items() if tid not in gold_ids}
    assert gold_shapes == plain_shapes and len(gold_shapes) == 1  # the same fields, typed alike
    lease_fields = {frozenset(lease) for lease in leased}
    assert lease_fields == {frozenset({"task", "expires_at"})}
    answers = [push(alice, "gh", tid, {"kind": "text_classification", "labels": ["positive"]})
               for tid in sorted(tasks)]
    gold_results = [a for a, tid in zip(answers, sorted(tasks), strict=True) if tid in gold_ids]
    plain_results = [a for a, tid in zip(answers, sorted(tasks), strict=True)
                     if tid not in gold_ids]
    assert {frozenset(r) for r in gold_results} == {frozenset(r) for r in plain_results}
    assert {(r["result"], r["status"], r["reason"]) for r in answers} == {
        ("accepted", "pending", None)}
    texts = [
        alice.get("/v1/campaigns").text,
        alice.get("/v1/campaigns/gh").text,
        json.dumps(leased),
        json.dumps(answers),
        alice.get("/v1/submissions/status").text,
        alice.get("/v1/campaigns/gh/me/quality").text,
        json.dumps(lease_reviews(carol, "gh")),
        carol.get("/v1/campaigns/gh/review/queue").text,
    ]
    for text in texts:
        body = json.loads(text)
        assert "gold" not in json.dumps(_without_quality_keys(body)).lower()
        assert not _holds_gold_answer(body)
    queue = lease_reviews(carol, "gh")
    review_shapes = {frozenset(shape(i["task"])) for i in queue}
    assert review_shapes == gold_shapes


def _without_quality_keys(body: Any) -> Any:
    """The annotator's own quality figures name their gold fields (empty until released)."""
    if isinstance(body, dict):
        return {k: _without_quality_keys(v) for k, v in body.items()
                if k not in ("gold_accuracy", "gold_answers", "gold_threshold",
                             "gold_feedback_min")}
    if isinstance(body, list):
        return [_without_quality_keys(v) for v in body]
    return body


def _holds_gold_answer(body: Any) -> bool:
    """Is the gold annotation (labels ["neutral"]) anywhere as an annotation?"""
    if isinstance(body, dict):
        if body.get("kind") == "text_classification" and body.get("labels") == ["neutral"]:
            return True
        return any(_holds_gold_answer(v) for v in body.values())
    if isinstance(body, list):
        return any(_holds_gold_answer(v) for v in body)
    return False
