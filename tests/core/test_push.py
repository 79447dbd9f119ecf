"""Pushing the outbox: two batches in flight, each batch's results applied in bulk
(issue 16), against a real hub on 127.0.0.1."""

from __future__ import annotations

import threading
from typing import Any

from datafi_desktop.core.sync.push import IN_FLIGHT
from datafi_desktop.hub.campaigns.importer import import_campaign
from datafi_desktop.hub.server.inprocess import RunningHub
from tests.hub import conftest as _hub_fixtures
from tests.hub.helpers import AppProfile, hub_count, text_campaign

alice, clock = _hub_fixtures.alice, _hub_fixtures.clock
database_url, hub, hub_settings = (_hub_fixtures.database_url, _hub_fixtures.hub,
                                   _hub_fixtures.hub_settings)


def test_batches_overlap_and_every_result_lands(hub: RunningHub, alice: AppProfile) -> None:
    import_campaign(hub.hub, text_campaign("push", tasks=130))
    with alice.cache() as cache:
        engine = alice.engine(cache, hub.url, batch_size=25)
        assert engine.sync_now(lease={"push": 130}).leased == 130
        ids = alice.submit_all(cache, "push")
        assert len(ids) == 130 and cache.outbox.pending_count() == 130

        # the first push waits (bounded) until a second one has started: without two
        # batches in flight it would go on alone after the timeout and peak stays 1
        real_push = engine.client.push
        lock = threading.Lock()
        active, peak, calls = [0], [0], [0]
        second_started = threading.Event()

        def push(items: list[dict[str, Any]]) -> dict[str, Any]:
            with lock:
                calls[0] += 1
                first = calls[0] == 1
                active[0] += 1
                peak[0] = max(peak[0], active[0])
                if calls[0] == 2:
                    second_started.set()
            try:
                if first:
                    second_started.wait(timeout=10)
                return real_push(items)
            finally:
                with lock:
                    active[0] -= 1

        engine.client.push = push  # type: ignore[method-assign]
        report = engine.sync_now()
        assert peak[0] == IN_FLIGHT == 2
        assert calls[0] == 6  # 130 in batches of 25
        assert (report.pushed, report.accepted, report.rejected) == (130, 130, 0)
        assert cache.outbox.counts() == {"queued": 0, "sending": 0, "accepted": 130,
                                         "rejected": 0}
        assert {cache.submissions.get(i).status for i in ids} == {"sent"}
        states = {s.state for s in
                  cache.tasks.task_summaries("push", kinds=("text_classification",))}
        assert states == {"sent"}  # each task's state follows its submission
        assert hub_count(hub.hub.settings.url) == 130


def test_an_item_the_cache_lost_is_refused_and_the_rest_sent(hub: RunningHub,
                                                             alice: AppProfile) -> None:
    import_campaign(hub.hub, text_campaign("lost", tasks=5))
    with alice.cache() as cache:
        engine = alice.engine(cache, hub.url)
        assert engine.sync_now(lease={"lost": 5}).leased == 5
        ids = alice.submit_all(cache, "lost")
        with cache.transaction():
            cache.db.execute("DELETE FROM submissions WHERE id = ?", (ids[2],))
        report = engine.sync_now()
        assert report.accepted == 4
        counts = cache.outbox.counts()
        assert (counts["accepted"], counts["rejected"], counts["queued"]) == (4, 1, 0)
        refused = cache.db.execute("SELECT last_error FROM outbox WHERE item_id = ?",
                                   (ids[2],)).fetchone()
        assert refused[0] == "missing from the cache"
