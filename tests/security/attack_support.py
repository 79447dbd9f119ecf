"""Pieces shared by h11c's attack suites: signed-in users and hub roles."""

from __future__ import annotations

from datafi_desktop.hub.accounts import auth
from datafi_desktop.hub.server.inprocess import RunningHub
from tests.conftest import KeySigner
from tests.hub.helpers import ApiUser


def user(hub: RunningHub, seed: str, *, signed_in: bool = True) -> ApiUser:
    """An API client for the test key ``seed``; signed in unless asked otherwise."""
    client = ApiUser(hub.url, KeySigner(seed))
    return client.sign_in() if signed_in else client


def grant(hub: RunningHub, seed: str, role: str, campaign_id: str = "c1") -> None:
    with hub.hub.engine.begin() as conn:
        auth.grant_role(conn, campaign_id, KeySigner(seed).address, role, hub.hub.now())


def revoke(hub: RunningHub, seed: str, role: str, campaign_id: str = "c1") -> None:
    with hub.hub.engine.begin() as conn:
        auth.revoke_role(conn, campaign_id, KeySigner(seed).address, role)
