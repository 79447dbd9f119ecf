"""Economics: one account cannot hold a whole campaign, and leases do not last forever.

Threat-model rows T-econ-lease-hoarding, T-econ-lease-ttl. A real hub over a real socket;
real sign-in and signatures.
"""

from __future__ import annotations

from pathlib import Path

from datafi_desktop.hub.campaigns.importer import import_campaign
from datafi_desktop.hub.server.inprocess import RunningHub
from tests.conftest import KeySigner
from tests.hub.helpers import AppProfile

from . import economics_support
from .economics_support import paying_campaign, push, user

econ_clock = economics_support.econ_clock  # fixtures
econ_hub = economics_support.econ_hub
econ_database_url = economics_support.econ_database_url

POSITIVE = {"kind": "text_classification", "labels": ["positive"]}
LIMITS = {"new_account_max_leases": 10, "max_leases_per_account": 20, "established_after": 3}


def test_T_econ_lease_hoarding(econ_hub: RunningHub) -> None:
    """A new account asking for every task gets 10 (its limit) and is told so; asking again
    renews those and grants nothing more; once it has accepted work it may hold 20. The rest
    of the campaign stays with the others."""
    import_campaign(econ_hub.hub, paying_campaign("ll", reviews_required=0, tasks=40,
                                                  extra=LIMITS))
    alice, bob = user(econ_hub, "alice"), user(econ_hub, "bob")
    first = alice.post("/v1/campaigns/ll/leases", json={"count": 40})
    assert first.status_code == 200
    body = first.json()
    assert (body["asked"], body["granted"], body["limit"]) == (40, 10, 10)
    assert len(body["leases"]) == 10
    assert body["message"].startswith("leased 10 of 40 asked: a new account may hold at most "
                                      "10 tasks of campaign 'll' at once")
    again = alice.post("/v1/campaigns/ll/leases", json={"count": 15}).json()
    assert again["granted"] == 10 and "holds 10" in again["message"]
    assert {x["task"]["id"] for x in again["leases"]} == {x["task"]["id"] for x in
                                                           body["leases"]}
    small = alice.post("/v1/campaigns/ll/leases", json={"count": 5}).json()
    assert small["granted"] == 5 and small["message"] is None  # within the limit: no word
    assert len(bob.lease("ll", count=40)) == 10  # others still get work
    for lease in body["leases"][:3]:
        assert push(alice, "ll", lease["task"]["id"], POSITIVE)["status"] == "accepted"
    grown = alice.post("/v1/campaigns/ll/leases", json={"count": 40}).json()
    assert (grown["granted"], grown["limit"]) == (20, 20)  # established: 7 held + 13 new
    assert "one account may hold at most 20" in grown["message"]


def test_T_econ_lease_refused_with_the_limit(econ_hub: RunningHub) -> None:
    """Nothing to grant and nothing held: 429 with the limit, not an empty success."""
    import_campaign(econ_hub.hub, paying_campaign(
        "l0", reviews_required=0, tasks=3, extra={"new_account_max_leases": 0}))
    alice = user(econ_hub, "alice")
    refused = alice.post("/v1/campaigns/l0/leases", json={"count": 3})
    assert refused.status_code == 429
    assert "a new account may hold at most 0 tasks of campaign 'l0'" in refused.json()["detail"]


def test_T_econ_lease_ttl(econ_hub: RunningHub) -> None:
    """A lease asked for 14 days on a hub whose ceiling is 2 hours lasts 2 hours, and the
    answer says so."""
    econ_hub.hub.settings.max_lease_ttl_s = 7200
    alice = user(econ_hub, "alice")
    body = alice.post("/v1/campaigns/nr/leases",
                      json={"count": 2, "ttl_seconds": 14 * 24 * 3600}).json()
    assert body["ttl_seconds"] == 7200 and body["granted"] == 2
    assert {x["expires_at"] - body["now"] for x in body["leases"]} == {7200 * 1000}
    assert body["message"] == "leases last at most 7200 s on this hub"


def test_T_econ_lease_limit_told_in_app(econ_hub: RunningHub, tmp_path: Path) -> None:
    """The app's "Make tasks available offline" asks for 40 and is told the limit: the
    report carries the hub's words and the dialog's text says them."""
    from datafi_desktop.ui.sync.dialogs import report_text

    import_campaign(econ_hub.hub, paying_campaign("la", reviews_required=0, tasks=40,
                                                  extra=LIMITS))
    (tmp_path / "alice").mkdir()
    alice = AppProfile(tmp_path / "alice", KeySigner("alice"))
    with alice.cache() as cache:
        report = alice.engine(cache, econ_hub.url).sync_now(lease={"la": 40})
    assert report.leased == 10
    (note,) = report.lease_notes
    assert "a new account may hold at most 10 tasks of campaign 'la'" in note
    ok, text = report_text(report, 40)
    assert ok and "The hub says: leased 10 of 40 asked: a new account may hold" in text
