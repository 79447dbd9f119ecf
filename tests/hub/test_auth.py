"""Sign-In with Ethereum against the running hub: nonces, expiry, domain, chain, roles."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from datafi_desktop.hub.accounts import auth
from datafi_desktop.hub.server.inprocess import RunningHub
from tests.conftest import KeySigner

from .helpers import ApiUser, AppProfile, Clock, answer, signed_item


def test_sign_in_opens_a_session(hub: RunningHub, alice: AppProfile) -> None:
    user = ApiUser(hub.url, alice.signer).sign_in()
    me = user.get("/v1/me")
    assert me.status_code == 200
    assert me.json()["address"] == alice.signer.address


def test_a_nonce_is_burned_on_use(hub: RunningHub, alice: AppProfile) -> None:
    user = ApiUser(hub.url, alice.signer)
    message, _ = user.siwe_message()
    assert user.login(message).status_code == 200
    again = user.login(message)
    assert again.status_code == 401
    assert "nonce already used" in again.json()["detail"]


def test_a_failed_attempt_burns_the_nonce_too(hub: RunningHub, alice: AppProfile) -> None:
    user = ApiUser(hub.url, alice.signer)
    message, _ = user.siwe_message()
    wrong = user.login(message, signer=KeySigner("mallory"))
    assert wrong.status_code == 401
    assert "signature" in wrong.json()["detail"]
    assert "already used" in user.login(message).json()["detail"]


def test_an_expired_message_is_refused(hub: RunningHub, alice: AppProfile) -> None:
    user = ApiUser(hub.url, alice.signer)
    past = datetime.now(UTC) - timedelta(minutes=20)
    message, _ = user.siwe_message(issued_at=past, expires_in=timedelta(minutes=10))
    response = user.login(message)
    assert response.status_code == 401
    assert "expired" in response.json()["detail"]


def test_an_expired_nonce_is_refused(hub: RunningHub, alice: AppProfile, clock: Clock) -> None:
    user = ApiUser(hub.url, alice.signer)
    message, _ = user.siwe_message(expires_in=timedelta(hours=1))
    clock.advance(hub.hub.settings.nonce_ttl_s + 1)
    response = user.login(message)
    assert response.status_code == 401
    assert "nonce expired" in response.json()["detail"]


def test_other_domain_uri_or_chain_is_refused(hub: RunningHub, alice: AppProfile) -> None:
    user = ApiUser(hub.url, alice.signer)
    for change, word in (({"domain": "evil.example"}, "domain"),
                         ({"uri": "https://evil.example/login"}, "uri"),
                         ({"chain_id": 1}, "chain id")):
        message, _ = user.siwe_message(**change)
        response = user.login(message)
        assert response.status_code == 401, change
        assert word in response.json()["detail"]


def test_an_unknown_nonce_and_garbage_are_refused(hub: RunningHub, alice: AppProfile) -> None:
    user = ApiUser(hub.url, alice.signer)
    message, _ = user.siwe_message()
    forged = message.with_(nonce="NotIssuedByTheHub1")
    assert "unknown nonce" in user.login(forged).json()["detail"]
    garbage = user.http.post("/v1/auth/login", json={"message": "hello",
                                                     "signature": "0x" + "11" * 65})
    assert garbage.status_code == 401
    malformed = user.http.post("/v1/auth/login", content=b"{not json",
                               headers={"Content-Type": "application/json"})
    assert malformed.status_code == 422


def test_sessions_are_needed_and_expire(hub: RunningHub, alice: AppProfile,
                                        clock: Clock) -> None:
    user = ApiUser(hub.url, alice.signer)
    assert user.get("/v1/me").status_code == 401
    user.token = "not-a-token"
    assert user.get("/v1/me").status_code == 401
    user.sign_in()
    assert user.get("/v1/me").status_code == 200
    clock.advance(hub.hub.settings.session_ttl_s + 1)
    expired = user.get("/v1/me")
    assert expired.status_code == 401
    assert "expired" in expired.json()["detail"]
    assert expired.headers["WWW-Authenticate"] == "Bearer"


def test_an_annotator_is_refused_the_review_queue(hub: RunningHub, alice: AppProfile,
                                                   bob: AppProfile) -> None:
    annotator = ApiUser(hub.url, alice.signer).sign_in()
    refused = annotator.get("/v1/campaigns/c1/review/queue")
    assert refused.status_code == 403
    assert "reviewer" in refused.json()["detail"]
    assert annotator.get("/v1/campaigns/nope/review/queue").status_code == 404

    # bob becomes reviewer; both label a task; bob's queue shows alice's work, not his own
    with hub.hub.engine.begin() as conn:
        auth.grant_role(conn, "c1", bob.signer.address, "reviewer", hub.hub.now())
    reviewer = ApiUser(hub.url, bob.signer).sign_in()
    (mine,) = annotator.lease(count=1)
    (theirs,) = reviewer.lease(count=1)
    assert annotator.push(signed_item(alice.signer, "c1", mine, answer(0)))[0]["result"] == (
        "accepted")
    assert reviewer.push(signed_item(bob.signer, "c1", theirs, answer(1)))[0]["result"] == (
        "accepted")
    queue = reviewer.get("/v1/campaigns/c1/review/queue").json()["items"]
    assert [item["account"] for item in queue] == [alice.signer.address]
    assert queue[0]["task"]["id"] == mine
    assert reviewer.get("/v1/me").json()["roles"] == {"c1": ["reviewer"]}


def test_a_message_for_another_site_cannot_be_relayed(hub: RunningHub,
                                                      alice: AppProfile) -> None:
    """A phishing site's message (its domain) sent on with its Host header is refused."""
    user = ApiUser(hub.url, alice.signer)
    message, info = user.siwe_message(domain="evil.example", uri="https://evil.example")
    assert info["domain"] == f"127.0.0.1:{hub.port}"
    from datafi_desktop.core.siwe import sign_message

    response = user.http.post("/v1/auth/login", headers={"Host": "evil.example"}, json={
        "message": message.to_text(), "signature": sign_message(message, alice.signer)})
    assert response.status_code == 401
    assert "domain" in response.json()["detail"]
