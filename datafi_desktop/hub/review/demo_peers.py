"""The demo's reviewer path: its user may review the demo campaign, and there is work
of other annotators to review.

- :func:`grant_demo_reviewer` gives the demo user's account the reviewer role on the
  in-process demo hub when it is unlocked (what `datafi-hub role grant` does on a real
  hub), so the Review page's G leases instead of failing with a role error.
- :func:`seed_peer_work` adds the tasks of ``resources/demo/peers.jsonl`` to the demo
  campaign and has two demo annotators label them: each holds its own tasks and pushes
  signed submissions through the hub's API (sign in with Ethereum, then
  ``POST /v1/submissions``), exactly as an app would. The tasks are theirs alone, so
  they never take a place in the demo user's queue; their submissions wait for review.
  The annotators' keys come from public strings: DEMO keys, never fund them.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any, Final

from eth_utils import keccak
from sqlalchemy import func, select
from uuid6 import uuid7

from ...core.canonical import canonical_json
from ...core.demo import demo_dir
from ...core.models import Campaign, parse_annotation, to_json
from ...core.protocol import DigestSigner, sign_typed, submission_message, typed_data
from ...core.sync.client import HubClient
from ...core.taskfile import TaskRecord, parse_records
from ...core.wire.body import AnnotationBody
from ..accounts import auth
from ..campaigns.catalog import load_campaign
from ..campaigns.importer import LoadedCampaign, import_campaign
from ..campaigns.leases import hold
from ..db.tables import submissions

log = logging.getLogger("datafi_desktop.demo")

#: the demo annotators' keys are derived from these public strings (N = 1, 2, …)
PEER_SEED: Final = "datafi demo annotator {n}"
PEER_LEASE_S: Final = 3600


def grant_demo_reviewer(hub: Any, campaign_id: str, address: str) -> None:
    """The demo user may review the demo campaign."""
    with hub.engine.begin() as conn:
        auth.grant_role(conn, campaign_id, address, "reviewer", hub.now())
    log.info("demo: %s may review %s", address, campaign_id)


@dataclass(frozen=True)
class PeerWork:
    """One task of ``peers.jsonl``: who labels it and how."""

    peer: int
    record: TaskRecord
    annotation: AnnotationBody


def peer_work() -> list[PeerWork]:
    """The demo annotators' tasks and labels, validated."""
    lines = (demo_dir() / "peers.jsonl").read_text(encoding="utf-8").splitlines()
    raw = [json.loads(line) for line in lines if line.strip()]
    records = parse_records([(f"peers.jsonl:{i + 1}", item["task"])
                             for i, item in enumerate(raw)])
    work = []
    for item, record in zip(raw, records, strict=True):
        annotation = to_json(parse_annotation(item["annotation"], record.task))
        work.append(PeerWork(int(item["peer"]), record, annotation))
    return work


def peer_signer(n: int) -> DigestSigner:
    from ..settlement.demo import DemoReviewer  # a signer over a key from a public string

    return DemoReviewer(PEER_SEED.format(n=n))


def signed_submission(campaign: Campaign, task_id: str, annotation: AnnotationBody,
                      signer: DigestSigner) -> dict[str, Any]:
    """A pushed item as the app's cache makes it (``cache.submissions.submit``)."""
    from ..settings import wall_clock_ms

    canon = canonical_json(annotation)
    sid = str(uuid7())
    message = submission_message(
        submission_id=sid, campaign=campaign.id, task=task_id, kind=annotation["kind"],
        content_hash="0x" + keccak(canon).hex(), annotator=signer.address,
        created_at_ms=wall_clock_ms())
    full = typed_data(campaign.domain, "Submission", message)
    return {"id": sid, "annotation": json.loads(canon), "typed_data": full,
            "signature": "0x" + sign_typed(full, signer).hex()}


def seed_peer_work(running: Any, campaign_id: str) -> int:
    """The demo annotators label their own tasks on the running demo hub (once: a hub
    that has their work already is left alone); returns how many submissions it took."""
    hub = running.hub
    work = peer_work()
    signers = {n: peer_signer(n) for n in sorted({w.peer for w in work})}
    with hub.engine.begin() as conn:
        campaign, _closed = load_campaign(conn, campaign_id)
        done = int(conn.execute(select(func.count()).select_from(submissions).where(
            submissions.c.campaign_id == campaign_id,
            submissions.c.account.in_([s.address for s in signers.values()]))).scalar_one())
    if done:
        return 0
    import_campaign(hub, LoadedCampaign(campaign, [w.record for w in work], {}, "demo"))
    now = hub.now()
    with hub.engine.begin() as conn:  # each holds its own tasks: none is leased to others
        for item in work:
            hold(conn, campaign_id, item.record.task.id, signers[item.peer].address,
                 now + PEER_LEASE_S * 1000, now)
    accepted = 0
    for n, signer in signers.items():
        items = [signed_submission(campaign, w.record.task.id, w.annotation, signer)
                 for w in work if w.peer == n]
        with HubClient(running.url) as client:
            client.sign_in(signer)
            accepted += client.push(items).accepted
    log.info("demo: %d submissions of other annotators wait for review", accepted)
    return accepted
