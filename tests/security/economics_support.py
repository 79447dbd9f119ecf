"""Pieces of the economics attack suite (``test_economics_*.py``): a real hub over a real
socket on 127.0.0.1 (SQLite file, movable clock) with campaigns that pay, users that sign
in with SIWE and push really signed submissions and reviews, and reads of the ledger.

Fixtures here are named ``econ_*`` so they never clash with the suite's conftest.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import select

from datafi_desktop.core.models import parse_campaign
from datafi_desktop.core.review import sign_review
from datafi_desktop.core.taskfile import parse_records
from datafi_desktop.hub.accounts import auth
from datafi_desktop.hub.campaigns.importer import LoadedCampaign
from datafi_desktop.hub.db.tables import submissions
from datafi_desktop.hub.server.inprocess import RunningHub, start_hub
from datafi_desktop.hub.settings import HubSettings
from datafi_desktop.hub.settlement import ledger
from tests.conftest import KeySigner
from tests.hub.helpers import CHAIN_ID, DISTRIBUTOR, LABELS, ApiUser, Clock, signed_item

REWARD = 5 * 10**17
BOX_REWARD = 9 * 10**17
COLLECT_REWARD = 3 * 10**17


def png_bytes(color: tuple[int, int, int] = (40, 120, 200), size: tuple[int, int] = (64, 48)
              ) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


def paying_campaign(campaign_id: str, *, reviews_required: int, overlap: int = 1,
                    tasks: int = 6, gold: dict[int, str] | None = None,
                    extra: dict[str, Any] | None = None, box_image: str | None = None
                    ) -> LoadedCampaign:
    """Text tasks (``t00000``…), a collection task ``collect`` and, with ``box_image``,
    two box tasks ``box-0``/``box-1`` on that image; every kind pays."""
    raw: list[tuple[str, Any]] = []
    for i in range(tasks):
        record: dict[str, Any] = {"id": f"t{i:05d}", "kind": "text_classification",
                                  "data": {"text": f"Review number {i}: it was fine."},
                                  "config": {"labels": LABELS}}
        if gold and i in gold:
            record["gold"] = {"kind": "text_classification", "labels": [gold[i]]}
        raw.append((f"t{i}", record))
    raw.append(("collect", {"id": "collect", "kind": "collection",
                            "config": {"fields": [{"name": "place", "type": "text"}],
                                       "accept": ["image/png", "image/jpeg", "text/plain"]}}))
    if box_image is not None:
        raw += [(f"b{i}", {"id": f"box-{i}", "kind": "bounding_boxes",
                           "data": {"image": box_image, "width": 64, "height": 48},
                           "config": {"labels": ["car", "person"]}}) for i in range(2)]
    campaign = parse_campaign({
        "id": campaign_id, "name": f"Paying campaign {campaign_id}", "overlap": overlap,
        "reviews_required": reviews_required,
        "chain": {"chain_id": CHAIN_ID, "distributor": DISTRIBUTOR},
        "rewards": {"text_classification": REWARD, "collection": COLLECT_REWARD,
                    "bounding_boxes": BOX_REWARD, "review": 10**16},
        "extra": extra or {},
    })
    return LoadedCampaign(campaign, parse_records(raw), {}, "test")


@pytest.fixture
def econ_clock() -> Clock:
    return Clock()


@pytest.fixture(params=["sqlite", "postgres"])
def econ_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A SQLite file, and (with ``DATAFI_TEST_DATABASE_URL``) a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hub.sqlite3'}"
        return
    import os

    from tests.hub.conftest import PG_ENV, _postgres_url

    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL leg: set {PG_ENV} (scripts/postgres.sh start prints it)")
    yield from _postgres_url(base)


@pytest.fixture
def econ_hub(tmp_path: Path, econ_clock: Clock, econ_database_url: str
             ) -> Iterator[RunningHub]:
    """Campaign ``nr`` pays at once (no review), ``rv`` needs one review; both overlap 1.
    ``bx`` has box tasks with overlap 3 and no review."""
    settings = HubSettings(data_dir=tmp_path / "hub", database_url=econ_database_url,
                           clock=econ_clock)
    running = start_hub(settings, campaigns=[paying_campaign("nr", reviews_required=0),
                                             paying_campaign("rv", reviews_required=1)])
    sha = running.hub.assets.put_bytes(png_bytes())
    from datafi_desktop.hub.campaigns.importer import import_campaign

    import_campaign(running.hub, paying_campaign("bx", reviews_required=0, overlap=3,
                                                 tasks=1, box_image=sha))
    yield running
    running.stop()


def user(hub: RunningHub, seed: str) -> ApiUser:
    """A signed-in account (a test key derived from ``seed``)."""
    return ApiUser(hub.url, KeySigner(seed)).sign_in()


def grant(hub: RunningHub, campaign_id: str, account: str, role: str = "reviewer") -> None:
    with hub.hub.engine.begin() as conn:
        auth.grant_role(conn, campaign_id, account, role, hub.hub.now())


def push(who: ApiUser, campaign_id: str, task_id: str, annotation: dict[str, Any]
         ) -> dict[str, Any]:
    """Sign ``annotation`` for the task under a fresh id and push it; the item's result."""
    (result,) = who.push(signed_item(who.signer, campaign_id, task_id, annotation))
    return result


def paid(hub: RunningHub, campaign_id: str, account: str | None = None,
         kind: str = "submission") -> int:
    """What the ledger pays (``account``, or everyone) for ``kind`` entries."""
    with hub.hub.engine.begin() as conn:
        return sum(e.amount for e in ledger.entries(conn, campaign_id)
                   if e.kind == kind and (account is None or e.account == account))


def ledger_count(hub: RunningHub, campaign_id: str, kind: str = "submission") -> int:
    with hub.hub.engine.begin() as conn:
        return sum(1 for e in ledger.entries(conn, campaign_id) if e.kind == kind)


def status_of(hub: RunningHub, submission_id: str) -> str:
    with hub.hub.engine.begin() as conn:
        return str(conn.execute(select(submissions.c.status)
                                .where(submissions.c.id == submission_id)).scalar_one())


def review(reviewer: ApiUser, item: dict[str, Any], verdict: str, reason: str = "",
           review_id: str | None = None) -> dict[str, Any]:
    """Sign a verdict on a review-queue item and push it; the item's result."""
    from datafi_desktop.core.protocol import Domain

    domain = Domain(chain_id=CHAIN_ID, verifying_contract=DISTRIBUTOR)
    signed = sign_review(domain, submission_id=item["id"], submission_digest=item["digest"],
                         verdict=verdict, reason=reason, correction=None,
                         signer=reviewer.signer, review_id=review_id)
    response = reviewer.post("/v1/reviews", json={"items": [
        {"id": signed.id, "typed_data": signed.typed_data, "signature": signed.signature}]})
    assert response.status_code == 200, response.text
    return dict(response.json()["results"][0])


def lease_reviews(reviewer: ApiUser, campaign_id: str, count: int = 20) -> list[dict[str, Any]]:
    response = reviewer.post(f"/v1/campaigns/{campaign_id}/review/leases",
                             json={"count": count})
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


def collection_item(text: str, asset: str | None = None, **metadata: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"kind": "collection", "text": text, "metadata": metadata}
    if asset is not None:
        item.update(asset=asset, mime="image/png", width=64, height=48)
    return item


def boxes(*items: tuple[str, float, float, float, float]) -> dict[str, Any]:
    return {"kind": "bounding_boxes",
            "boxes": [{"label": lab, "x": x, "y": y, "w": w, "h": h}
                      for lab, x, y, w, h in items]}


def upload(who: ApiUser, campaign_id: str, data: bytes) -> str:
    """Upload a collected file; its sha-256."""
    import hashlib

    sha = hashlib.sha256(data).hexdigest()
    response = who.put(f"/v1/campaigns/{campaign_id}/assets/{sha}", content=data,
                       headers={"Content-Type": "application/octet-stream"})
    assert response.status_code == 200, response.text
    return sha
