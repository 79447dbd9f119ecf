"""Threat rows SIGNIN-* and TOKEN-* of docs/threat-model.md: Sign-In with Ethereum and the
session tokens it hands out, attacked over a real socket."""

from __future__ import annotations

import hashlib
import threading
from datetime import UTC, datetime, timedelta

import pytest

from datafi_desktop.core.protocol import personal_sign
from datafi_desktop.core.siwe import sign_message
from datafi_desktop.hub.server.inprocess import RunningHub
from tests.conftest import KeySigner
from tests.hub.helpers import ApiUser, Clock

from .attack_support import grant, revoke, user


def refused(response: object, word: str) -> None:
    assert response.status_code == 401, response.text  # type: ignore[attr-defined]
    assert word in response.json()["detail"]  # type: ignore[attr-defined]


def test_signin_nonce_replay(hub: RunningHub) -> None:
    alice = user(hub, "alice", signed_in=False)
    message, _ = alice.siwe_message()
    assert alice.login(message).status_code == 200
    refused(alice.login(message), "already used")


def test_signin_nonce_replay_by_another_account(hub: RunningHub) -> None:
    """A nonce someone else burned cannot open a session for anybody."""
    alice = user(hub, "alice", signed_in=False)
    mallory = user(hub, "mallory", signed_in=False)
    message, info = alice.siwe_message()
    assert alice.login(message).status_code == 200
    theirs, _ = mallory.siwe_message(nonce=info["nonce"])
    refused(mallory.login(theirs), "already used")


def test_signin_nonce_race_opens_one_session(hub: RunningHub) -> None:
    """The same signed message sent eight times at once opens exactly one session."""
    alice = user(hub, "alice", signed_in=False)
    message, _ = alice.siwe_message()
    body = {"message": message.to_text(), "signature": sign_message(message, alice.signer)}
    codes: list[int] = []
    gate = threading.Barrier(8)

    def send() -> None:
        client = ApiUser(hub.url, alice.signer)
        gate.wait()
        codes.append(client.http.post("/v1/auth/login", json=body).status_code)
        client.close()

    threads = [threading.Thread(target=send) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(codes) == [200] + [401] * 7


def test_signin_nonce_unknown(hub: RunningHub) -> None:
    alice = user(hub, "alice", signed_in=False)
    message, _ = alice.siwe_message(nonce="MadeUpByTheClient1")
    refused(alice.login(message), "unknown nonce")


def test_signin_nonce_expired(hub: RunningHub, clock: Clock) -> None:
    alice = user(hub, "alice", signed_in=False)
    message, _ = alice.siwe_message(expires_in=timedelta(hours=1))
    clock.advance(hub.hub.settings.nonce_ttl_s + 1)
    refused(alice.login(message), "nonce expired")


@pytest.mark.parametrize("change,word", [
    ({"domain": "evil.example"}, "domain"),
    ({"domain": "127.0.0.1"}, "domain"),  # the right host without the port
])
def test_signin_other_domain(hub: RunningHub, change: dict[str, str], word: str) -> None:
    alice = user(hub, "alice", signed_in=False)
    message, _ = alice.siwe_message(**change)
    refused(alice.login(message), word)


def test_signin_other_uri(hub: RunningHub) -> None:
    alice = user(hub, "alice", signed_in=False)
    message, _ = alice.siwe_message(uri="https://evil.example/login")
    refused(alice.login(message), "uri")


def test_signin_other_chain_id(hub: RunningHub) -> None:
    alice = user(hub, "alice", signed_in=False)
    for chain_id in (1, hub.hub.settings.chain_id + 1):
        message, _ = alice.siwe_message(chain_id=chain_id)
        refused(alice.login(message), "chain id")


def test_signin_expired_message(hub: RunningHub) -> None:
    alice = user(hub, "alice", signed_in=False)
    past = datetime.now(UTC) - timedelta(minutes=20)
    message, _ = alice.siwe_message(issued_at=past, expires_in=timedelta(minutes=10))
    refused(alice.login(message), "expired")


def test_signin_stale_message_without_expiry(hub: RunningHub) -> None:
    """A message with no expiry, issued two hours ago, is as good as expired."""
    alice = user(hub, "alice", signed_in=False)
    past = datetime.now(UTC) - timedelta(hours=2)
    message, _ = alice.siwe_message(issued_at=past, expires_in=None)
    refused(alice.login(message), "too long ago")


def test_signin_not_yet_valid_message(hub: RunningHub) -> None:
    alice = user(hub, "alice", signed_in=False)
    later = datetime.now(UTC) + timedelta(hours=1)
    message, _ = alice.siwe_message(not_before=later, expires_in=timedelta(hours=3))
    refused(alice.login(message), "not valid before")


def test_signin_issued_in_the_future(hub: RunningHub) -> None:
    alice = user(hub, "alice", signed_in=False)
    later = datetime.now(UTC) + timedelta(hours=1)
    message, _ = alice.siwe_message(issued_at=later, expires_in=timedelta(hours=2))
    refused(alice.login(message), "future")


def test_signin_tampered_statement(hub: RunningHub) -> None:
    """The statement changed after signing: the signature no longer matches."""
    alice = user(hub, "alice", signed_in=False)
    message, _ = alice.siwe_message()
    signature = sign_message(message, alice.signer)
    tampered = message.with_(statement="I agree to give my rewards to mallory.")
    response = alice.http.post("/v1/auth/login", json={"message": tampered.to_text(),
                                                       "signature": signature})
    refused(response, "signature")


def test_signin_tampered_address(hub: RunningHub) -> None:
    """Alice's signed message with Bob's address put in: refused, no session for Bob."""
    alice = user(hub, "alice", signed_in=False)
    message, _ = alice.siwe_message()
    signature = sign_message(message, alice.signer)
    tampered = message.with_(address=KeySigner("bob").address)
    response = alice.http.post("/v1/auth/login", json={"message": tampered.to_text(),
                                                       "signature": signature})
    refused(response, "signature")


def test_signin_signature_by_another_key(hub: RunningHub) -> None:
    alice = user(hub, "alice", signed_in=False)
    message, _ = alice.siwe_message()
    refused(alice.login(message, signer=KeySigner("mallory")), "signature")


def test_signin_session_never_outlives_its_message(hub: RunningHub, clock: Clock) -> None:
    """A message that expires in two minutes opens a session that expires with it."""
    alice = user(hub, "alice", signed_in=False)
    message, _ = alice.siwe_message(expires_in=timedelta(minutes=2))
    assert alice.login(message).status_code == 200
    assert alice.get("/v1/me").status_code == 200
    clock.advance(150)
    refused(alice.get("/v1/me"), "expired")


def test_token_forged(hub: RunningHub) -> None:
    alice = user(hub, "alice")
    real = alice.token
    assert real is not None
    for forged in ("x" * len(real), real[:-1] + ("A" if real[-1] != "A" else "B"),
                   real + "=", real.upper() if real.upper() != real else real.lower()):
        alice.token = forged
        refused(alice.get("/v1/me"), "not signed in")


def test_token_hash_is_not_a_token(hub: RunningHub) -> None:
    """The hub stores sha-256(token); someone who reads that table cannot present it."""
    alice = user(hub, "alice")
    assert alice.token is not None
    alice.token = hashlib.sha256(alice.token.encode()).hexdigest()
    refused(alice.get("/v1/me"), "not signed in")


def test_token_wrong_scheme(hub: RunningHub) -> None:
    alice = user(hub, "alice")
    for header in (f"Basic {alice.token}", f"Token {alice.token}", str(alice.token),
                   "Bearer", "Bearer x y"):
        response = alice.http.get("/v1/me", headers={"Authorization": header})
        assert response.status_code == 401, header


def test_token_expired(hub: RunningHub, clock: Clock) -> None:
    alice = user(hub, "alice")
    clock.advance(hub.hub.settings.session_ttl_s + 1)
    response = alice.get("/v1/me")
    refused(response, "expired")
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_token_after_logout(hub: RunningHub) -> None:
    """Logging out kills that token everywhere and only that one."""
    laptop = user(hub, "alice")
    phone = user(hub, "alice")
    assert laptop.post("/v1/auth/logout").status_code == 204
    refused(laptop.get("/v1/me"), "not signed in")
    refused(laptop.post("/v1/campaigns/c1/leases", json={"count": 1}), "not signed in")
    assert phone.get("/v1/me").status_code == 200


def test_token_revoked_role(hub: RunningHub) -> None:
    """A reviewer whose role is revoked loses the review queue at once, same session."""
    grant(hub, "rita", "reviewer")
    rita = user(hub, "rita")
    assert rita.get("/v1/campaigns/c1/review/queue").status_code == 200
    revoke(hub, "rita", "reviewer")
    assert rita.get("/v1/campaigns/c1/review/queue").status_code == 403
    assert rita.post("/v1/campaigns/c1/review/leases", json={"count": 1}).status_code == 403


def test_token_of_one_account_acts_only_as_it(hub: RunningHub) -> None:
    alice, bob = user(hub, "alice"), user(hub, "bob")
    assert alice.get("/v1/me").json()["address"] == alice.signer.address
    assert bob.get("/v1/me").json()["address"] == bob.signer.address


def test_signin_foreign_statement(hub: RunningHub) -> None:
    """A validly signed message whose statement is not the hub's (a phishing site's text):
    the user never agreed to sign in here."""
    alice = user(hub, "alice", signed_in=False)
    message, _ = alice.siwe_message(statement="Claim your free airdrop at evil.example")
    assert alice.login(message).status_code == 401


@pytest.mark.parametrize("suffix", ["1/", "@evil.example/", ".evil.example/"])
def test_signin_uri_lookalike(hub: RunningHub, suffix: str) -> None:
    """URIs that merely start with the hub's URL (another port, userinfo, host). The text
    is edited and signed by hand: the app's own builder refuses to write some of them."""
    alice = user(hub, "alice", signed_in=False)
    message, info = alice.siwe_message()
    text = message.to_text().replace(f"URI: {info['uri']}\n", f"URI: {info['uri']}{suffix}\n")
    assert suffix in text
    signature = "0x" + personal_sign(text, alice.signer).hex()
    refused(alice.http.post("/v1/auth/login", json={"message": text, "signature": signature}),
            "uri")
