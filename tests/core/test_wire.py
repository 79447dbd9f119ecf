"""The wire models (datafi_desktop.core.wire): the app and the hub speak through them.

Answers round-trip through the models; an answer that does not fit is refused with the
model's name; a request that does not fit is refused before anything is sent; a bad task
in a lease answer is skipped, the rest kept. The end-to-end cases talk to a real hub on
127.0.0.1."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from datafi_desktop.core.sync.client import HubClient
from datafi_desktop.core.sync.errors import HubRequestError, HubServerError, WireRequestError
from datafi_desktop.core.wire.campaigns import LeasesOut
from datafi_desktop.core.wire.common import ItemResultOut
from datafi_desktop.core.wire.review import ReviewItemOut
from datafi_desktop.core.wire.submissions import SubmissionBatchIn, SubmissionBatchOut
from datafi_desktop.hub.server.inprocess import RunningHub, start_hub
from datafi_desktop.hub.settings import HubSettings
from tests.conftest import KeySigner
from tests.hub.helpers import answer, signed_item, text_campaign

TASK = {"id": "t1", "kind": "text_classification", "data": {"text": "fine"},
        "config": {"labels": ["pos", "neg"]}}


def fake(answer_json: Any, status: int = 200) -> tuple[HubClient, list[httpx.Request]]:
    """A client whose hub answers every request with ``answer_json``; the requests sent."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(status, json=answer_json)

    return HubClient("http://hub.invalid", transport=httpx.MockTransport(handler)), sent


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[RunningHub]:
    settings = HubSettings(data_dir=tmp_path / "hub",
                           database_url=f"sqlite:///{tmp_path}/hub.sqlite3")
    running = start_hub(settings, campaigns=[text_campaign("c1", tasks=5)])
    yield running
    running.stop()


# --- the models ------------------------------------------------------------------------------


def test_models_round_trip_through_json() -> None:
    leases = LeasesOut.model_validate({"campaign_id": "c1", "now": 5, "asked": 1,
                                       "leases": [{"task": TASK, "expires_at": 9}]})
    again = LeasesOut.model_validate_json(leases.model_dump_json())
    assert again == leases and again.leases[0].task.id == "t1"
    batch = SubmissionBatchOut(results=[ItemResultOut(id="a", result="accepted",
                                                      http_status=200)],
                               accepted=1, rejected=0, conflicts=0, retry=0)
    assert SubmissionBatchOut.model_validate_json(batch.model_dump_json()) == batch
    item = ReviewItemOut.model_validate({
        "id": "s", "campaign_id": "c1", "task": TASK, "account": "0x" + "ab" * 20,
        "kind": "text_classification", "annotation": {"kind": "text_classification",
                                                      "labels": ["pos"]},
        "content_hash": "0x00", "digest": "0x11", "typed_data": {}, "signature": "0x",
        "received_at": 1, "flags": [{"kind": "identical", "other_submission_id": "o",
                                     "other_account": "0x", "same_account": False,
                                     "detail": "same"}]})
    assert ReviewItemOut.model_validate_json(item.model_dump_json()) == item


# --- answers that do not fit -----------------------------------------------------------------


def test_a_malformed_answer_is_refused_naming_the_model() -> None:
    client, _sent = fake({"status": "ok", "now": 1})  # no version, no chain_id
    with pytest.raises(HubServerError, match="does not fit HealthOut") as caught:
        client.health()
    assert "version" in caught.value.detail
    client, _sent = fake([1, 2, 3])
    with pytest.raises(HubServerError, match="does not fit CampaignListOut"):
        client.campaigns()
    client, _sent = fake({"results": [{"id": "a", "result": "maybe", "http_status": 200}],
                          "accepted": 0, "rejected": 0, "conflicts": 0, "retry": 0})
    client._token = "t"
    with pytest.raises(HubServerError, match=r"SubmissionBatchOut: results\.0\.result"):
        client.push([signed_item(KeySigner("a"), "c1", "t1", answer(0))])


def test_not_json_is_refused_too() -> None:
    client = HubClient("http://hub.invalid", transport=httpx.MockTransport(
        lambda _r: httpx.Response(200, content=b"<html>")))
    with pytest.raises(HubServerError, match="HealthOut"):
        client.health()


def test_a_bad_task_in_a_lease_answer_is_skipped_and_the_rest_kept(
        caplog: pytest.LogCaptureFixture) -> None:
    bad = {**TASK, "id": "t2", "kind": "no_such_kind"}
    client, _sent = fake({"campaign_id": "c1", "now": 5, "leases": [
        {"task": TASK, "expires_at": 9}, {"task": bad, "expires_at": 9},
        {"task": {**TASK, "id": "t3"}, "expires_at": 9}]})
    client._token = "t"
    with caplog.at_level(logging.WARNING, logger="datafi_desktop.sync"):
        got = client.lease("c1", 3)
    assert [lease.task.id for lease in got.leases] == ["t1", "t3"]
    assert "skipping a task the hub sent: task 't2'" in caplog.text
    # anything else wrong in the answer fails it, naming the model
    client, _sent = fake({"campaign_id": "c1", "now": "soon", "leases": [
        {"task": bad, "expires_at": 9}]})
    client._token = "t"
    with pytest.raises(HubServerError, match="LeasesOut"):
        client.lease("c1", 1)


# --- requests that do not fit ---------------------------------------------------------------


def test_a_request_that_does_not_fit_is_not_sent() -> None:
    client, sent = fake({})
    client._token = "t"
    with pytest.raises(WireRequestError, match="LeaseIn") as caught:
        client.lease("c1", 0)
    assert isinstance(caught.value, HubRequestError) and caught.value.status == 422
    with pytest.raises(WireRequestError, match="SubmissionBatchIn"):
        client.push([])
    with pytest.raises(WireRequestError, match="SubmissionBatchIn"):
        client.push([{"id": "x" * 65, "annotation": {}, "typed_data": {}, "signature": "0x"}])
    with pytest.raises(WireRequestError, match="InclusionsIn"):
        client.inclusions("c1", ["not a digest"])
    assert sent == []


def test_a_batch_is_sent_as_the_model_serialises_it() -> None:
    client, sent = fake({"results": [], "accepted": 0, "rejected": 0, "conflicts": 0,
                         "retry": 0})
    client._token = "t"
    items = [signed_item(KeySigner("a"), "c1", f"t{i}", answer(i)) for i in range(3)]
    client.push(items)
    (request,) = sent
    assert request.headers["content-type"] == "application/json"
    assert SubmissionBatchIn.model_validate_json(request.content).model_dump() == \
        SubmissionBatchIn.model_validate({"items": items}).model_dump()
    assert json.loads(request.content) == {"items": items}


# --- with a real hub ---------------------------------------------------------------------------


def test_a_real_hub_answers_in_the_wire_models(hub: RunningHub) -> None:
    signer = KeySigner("alice")
    with HubClient(hub.url) as client:
        assert client.health().version
        assert client.sign_in(signer) == signer.address
        assert client.me().address == signer.address
        (listed,) = client.campaigns()
        assert listed.campaign.id == "c1" and listed.tasks_open == 5
        assert [t.id for t in client.campaign("c1").collection_tasks] == ["collect"]
        leases = client.lease("c1", 2)
        assert isinstance(leases, LeasesOut) and leases.granted == 2
        items = [signed_item(signer, "c1", lease.task.id, answer(i))
                 for i, lease in enumerate(leases.leases)]
        pushed = client.push(items)
        assert pushed.accepted == 2 and {r.id for r in pushed.results} == \
            {i["id"] for i in items}
        feed = client.statuses(0)
        assert {s.id for s in feed.items} == {i["id"] for i in items}
        assert client.release("c1", leases.leases[0].task.id) is False  # submitted: done


def test_a_real_hub_never_sees_a_request_that_does_not_fit(hub: RunningHub) -> None:
    seen: list[str] = []
    with HubClient(hub.url) as client:
        client._http.event_hooks["request"].append(lambda r: seen.append(r.url.path))
        client.sign_in(KeySigner("bob"))
        before = list(seen)
        with pytest.raises(WireRequestError, match="LeaseIn"):
            client.lease("c1", 10_001)
        with pytest.raises(WireRequestError, match="ReviewLeaseIn"):
            client.review_lease("c1", 0)
        assert seen == before
        assert client.lease("c1", 1).granted == 1  # the session is fine
