"""Threat rows AUTHZ-*: every route of the hub's ``/openapi.json`` attacked without a token,
with a garbage token, with a plain annotator's token where a role is needed, and with
another account's token where the route is about someone's own data.

The route list is read from the document the hub serves (at collection time, from the same
app factory): a new route that is not classified below fails ``test_authz_every_route_is
_classified`` until someone decides who may call it.
"""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from datafi_desktop.hub.api.app import create_app
from datafi_desktop.hub.campaigns.importer import import_campaign
from datafi_desktop.hub.server.inprocess import RunningHub
from datafi_desktop.hub.service import Hub
from datafi_desktop.hub.settings import HubSettings
from tests.hub.helpers import ApiUser, answer, new_uuid7, signed_item, text_campaign

from .attack_support import grant, user

#: routes anyone may call (public by design; see docs/threat-model.md AUTHZ-PUBLIC)
PUBLIC = {
    ("GET", "/v1/health"), ("GET", "/v1/ready"), ("POST", "/v1/auth/nonce"),
    ("POST", "/v1/auth/login"),
    ("GET", "/v1/campaigns"), ("GET", "/v1/campaigns/{campaign_id}"),
    ("GET", "/v1/assets/{sha256}"),
    ("GET", "/v1/campaigns/{campaign_id}/rewards/{account}"),
    ("GET", "/v1/campaigns/{campaign_id}/epochs"),
    ("GET", "/v1/campaigns/{campaign_id}/epochs/{epoch}"),
    ("POST", "/v1/campaigns/{campaign_id}/inclusions"),
    ("POST", "/v1/campaigns/{campaign_id}/claims/relay"),  # authorised by the signed request
    ("GET", "/v1/campaigns/{campaign_id}/claims/relay/{tx_hash}"),
}
#: signed-in routes that need a role in the campaign (403 for a plain annotator)
NEEDS_REVIEWER = {
    ("POST", "/v1/campaigns/{campaign_id}/review/leases"),
    ("GET", "/v1/campaigns/{campaign_id}/review/queue"),
    ("GET", "/v1/campaigns/{campaign_id}/quality"),
    ("GET", "/v1/campaigns/{campaign_id}/flags"),  # duplicate and collusion flags (h11b)
    ("GET", "/v1/campaigns/{campaign_id}/rubber-stamp"),  # every annotator's (issue 19)
}
#: signed-in routes open to any annotator (they act on the caller's own data only)
ANY_ACCOUNT = {
    ("POST", "/v1/auth/logout"), ("GET", "/v1/me"),
    ("POST", "/v1/campaigns/{campaign_id}/leases"),
    ("DELETE", "/v1/campaigns/{campaign_id}/leases/{task_id}"),
    ("DELETE", "/v1/campaigns/{campaign_id}/review/leases/{submission_id}"),
    ("GET", "/v1/campaigns/{campaign_id}/me/quality"),
    ("GET", "/v1/campaigns/{campaign_id}/me/rubber-stamp"),
    ("GET", "/v1/campaigns/{campaign_id}/rewards/me"),
    ("POST", "/v1/submissions"), ("GET", "/v1/submissions/status"),
    ("PUT", "/v1/campaigns/{campaign_id}/assets/{sha256}"),
    ("POST", "/v1/reviews"),  # each verdict is checked for the role (test_authz_review_...)
}
ADDRESS = "0x" + "ab" * 20
PARAMS = {"campaign_id": "c1", "task_id": "t00000", "submission_id": "", "sha256": "0" * 64,
          "account": ADDRESS, "epoch": "1", "tx_hash": "0x" + "00" * 32}


@cache
def document() -> dict[str, Any]:
    """The OpenAPI document of the hub's app (built on a throwaway database)."""
    with tempfile.TemporaryDirectory() as tmp:
        hub = Hub.open(HubSettings(data_dir=Path(tmp), database_url=f"sqlite:///{tmp}/h.db"))
        try:
            return create_app(hub).openapi()
        finally:
            hub.close()


def routes() -> list[tuple[str, str]]:
    return sorted((method.upper(), path) for path, ops in document()["paths"].items()
                  for method in ops)


def secured(method: str, path: str) -> bool:
    return bool(document()["paths"][path][method.lower()].get("security"))


def body_for(method: str, path: str) -> dict[str, Any]:
    if path.endswith("/leases") or path.endswith("/review/leases"):
        return {"json": {"count": 1}}
    if path == "/v1/submissions":
        return {"json": {"items": [signed_item(user_signer("alice"), "c1", "t00000",
                                               answer(0))]}}
    if path == "/v1/reviews":
        return {"json": {"items": [{"id": new_uuid7(), "typed_data": {}, "signature": "0x"}]}}
    if method == "PUT":
        return {"content": b"bytes", "headers": {"Content-Type": "application/octet-stream"}}
    return {}


def user_signer(seed: str) -> Any:
    from tests.conftest import KeySigner

    return KeySigner(seed)


def call(client: ApiUser, method: str, path: str, token: str | None) -> Any:
    url = path.format(**{**PARAMS, "submission_id": PARAMS["submission_id"] or new_uuid7()})
    kwargs = body_for(method, path)
    headers = dict(kwargs.pop("headers", {}))
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return client.http.request(method, url, headers=headers, **kwargs)


ROUTES = routes()


class Work(NamedTuple):
    alice: ApiUser
    tasks: list[str]
    items: list[dict[str, Any]]


@pytest.fixture
def alice_work(hub: RunningHub) -> Work:
    alice = user(hub, "alice")
    tasks = alice.lease(count=3)
    items = [signed_item(alice.signer, "c1", t, answer(i)) for i, t in enumerate(tasks[:2])]
    results = alice.push(*items)
    assert [r["result"] for r in results] == ["accepted", "accepted"]
    return Work(alice, tasks, items)


def test_authz_every_route_is_classified() -> None:
    """Every documented route is public, open to any account or role-bound, and the
    document's ``security`` marker agrees with that classification."""
    known = PUBLIC | NEEDS_REVIEWER | ANY_ACCOUNT
    assert set(ROUTES) == known, set(ROUTES) ^ known
    for method, path in ROUTES:
        assert secured(method, path) == ((method, path) not in PUBLIC), (method, path)
    assert len(ROUTES) >= 25


@pytest.mark.parametrize("method,path", [r for r in ROUTES if r not in PUBLIC])
def test_authz_no_token(hub: RunningHub, method: str, path: str) -> None:
    anonymous = user(hub, "nobody", signed_in=False)
    for token in (None, "garbage-token", ""):
        response = call(anonymous, method, path, token or None)
        assert response.status_code == 401, (token, response.text)
        assert response.headers.get("WWW-Authenticate") == "Bearer"
        assert "401" in document()["paths"][path][method.lower()]["responses"]


@pytest.mark.parametrize("method,path", sorted(NEEDS_REVIEWER))
def test_authz_annotator_token_on_reviewer_route(hub: RunningHub, method: str,
                                                 path: str) -> None:
    """A plain annotator (and a reviewer of ANOTHER campaign) gets the documented 403."""
    import_campaign(hub.hub, text_campaign("c2", tasks=2))
    grant(hub, "other-reviewer", "reviewer", "c2")
    for seed in ("annie", "other-reviewer"):
        client = user(hub, seed)
        response = call(client, method, path, client.token)
        assert response.status_code == 403, (seed, response.text)
        assert "reviewer" in response.json()["detail"]
        assert "403" in document()["paths"][path][method.lower()]["responses"]


@pytest.mark.parametrize("method,path", sorted(PUBLIC))
def test_authz_public_route_reveals_nothing_private(
        hub: RunningHub, alice_work: Work, method: str, path: str) -> None:
    """Public routes answer without a token and never with an account's private figures."""
    anonymous = user(hub, "nobody", signed_in=False)
    response = call(anonymous, method, path, None)
    assert response.status_code not in (401, 403, 500), response.text
    text = response.text
    for private in ("pending_amount\":\"", "\"gold", "token_hash", "annotation\""):
        assert private not in text, (private, text[:300])


# --- another account's data ---------------------------------------------------------------

def test_authz_other_account_statuses(hub: RunningHub,
                                      alice_work: Work) -> None:
    alice, _, _ = alice_work
    mallory = user(hub, "mallory")
    mine = alice.get("/v1/submissions/status").json()
    assert len(mine["items"]) == 2
    theirs = mallory.get("/v1/submissions/status", params={"since": 0}).json()
    assert theirs["items"] == []
    assert alice.signer.address not in mallory.get("/v1/submissions/status").text


def test_authz_other_account_quality(hub: RunningHub,
                                     alice_work: Work) -> None:
    alice, _, _ = alice_work
    mallory = user(hub, "mallory")
    figures = mallory.get("/v1/campaigns/c1/me/quality")
    assert figures.status_code == 200
    assert alice.signer.address not in figures.text
    assert figures.json() != alice.get("/v1/campaigns/c1/me/quality").json()
    assert mallory.get("/v1/campaigns/c1/quality").status_code == 403


def test_authz_other_account_unsettled_rewards(hub: RunningHub,
                                               alice_work: Work) -> None:
    """Anyone can read an account's posted leaf (the trees are public) but never what it has
    accepted and not yet settled."""
    alice, _, _ = alice_work
    mallory = user(hub, "mallory")
    public = mallory.get(f"/v1/campaigns/c1/rewards/{alice.signer.address}")
    assert public.status_code == 200
    assert public.json()["pending_amount"] is None
    lower = mallory.get(f"/v1/campaigns/c1/rewards/{alice.signer.address.lower()}")
    assert lower.json()["pending_amount"] is None
    own = alice.get("/v1/campaigns/c1/rewards/me").json()
    assert own["account"] == alice.signer.address and own["pending_amount"] is not None
    assert mallory.get("/v1/campaigns/c1/rewards/me").json()["account"] == (
        mallory.signer.address)


def test_authz_other_account_lease_release(hub: RunningHub,
                                           alice_work: Work) -> None:
    """Mallory cannot give back (and so steal) a task Alice holds."""
    alice, tasks, _ = alice_work
    held = tasks[2]
    mallory = user(hub, "mallory")
    response = mallory.http.delete(f"/v1/campaigns/c1/leases/{held}", headers=mallory.headers)
    assert response.status_code == 200 and response.json()["released"] is False
    got = mallory.lease(count=20)
    assert held not in got
    assert held in alice.lease(count=3)


def test_authz_other_account_submission_in_own_session(
        hub: RunningHub, alice_work: Work) -> None:
    """Alice's signed submission pushed in Mallory's session is not Mallory's (nor stored)."""
    alice, _, _ = alice_work
    mallory = user(hub, "mallory")
    (theirs,) = mallory.lease(count=1)
    item = signed_item(alice.signer, "c1", theirs, answer(0))
    (result,) = mallory.push(item)
    assert result["result"] == "rejected"
    assert mallory.get("/v1/submissions/status").json()["items"] == []
    assert len(alice.get("/v1/submissions/status").json()["items"]) == 2


def test_authz_review_needs_the_role_per_item(hub: RunningHub,
                                              alice_work: Work) -> None:
    """POST /v1/reviews is open to any account, but each verdict needs the reviewer role of
    the submission's campaign: a plain annotator's signed 'accept' is refused."""
    from datafi_desktop.core.protocol import (
        Domain,
        digest,
        review_message,
        sign_typed,
        typed_data,
    )
    from tests.hub.helpers import CHAIN_ID, DISTRIBUTOR

    alice, _, items = alice_work
    pushed = items[0]
    status = {"id": pushed["id"]}
    mallory = user(hub, "mallory")
    rid = new_uuid7()
    message = review_message(review_id=rid, submission_id=status["id"],
                             submission_digest="0x" + digest(pushed["typed_data"]).hex(),
                             verdict="accept", reason="",
                             correction_hash=None, reviewer=mallory.signer.address,
                             created_at_ms=hub.hub.now())
    full = typed_data(Domain(chain_id=CHAIN_ID, verifying_contract=DISTRIBUTOR), "Review",
                      message)
    response = mallory.post("/v1/reviews", json={"items": [{
        "id": rid, "typed_data": full,
        "signature": "0x" + sign_typed(full, mallory.signer).hex()}]})
    assert response.status_code == 200
    (result,) = response.json()["results"]
    assert result["result"] == "rejected"
    assert "reviewer" in result["reason"]
    after = alice.get("/v1/submissions/status").json()["items"]
    assert all(s["status"] != "accepted" for s in after), after


def test_authz_review_lease_of_another_reviewer(hub: RunningHub,
                                                alice_work: Work) -> None:
    """A second reviewer cannot release the first one's review lease."""
    grant(hub, "rita", "reviewer")
    grant(hub, "rob", "reviewer")
    rita, rob = user(hub, "rita"), user(hub, "rob")
    leased = rita.post("/v1/campaigns/c1/review/leases", json={"count": 5}).json()["items"]
    assert leased
    sid = leased[0]["id"]
    response = rob.http.delete(f"/v1/campaigns/c1/review/leases/{sid}", headers=rob.headers)
    assert response.status_code == 200 and response.json()["released"] is False
