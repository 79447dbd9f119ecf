"""Issue 12 item 2 without a display: a sync with top-up leases a first batch of
label tasks (the first-batch setting), and only what is missing after that."""

from __future__ import annotations

from datafi_desktop.core.sync.first_batch import (
    first_batch_size,
    open_label_tasks,
    set_first_batch_size,
)
from datafi_desktop.hub.server.inprocess import RunningHub
from tests.hub import conftest as _hub_fixtures
from tests.hub.helpers import AppProfile

alice, clock = _hub_fixtures.alice, _hub_fixtures.clock
database_url, hub, hub_settings = (_hub_fixtures.database_url, _hub_fixtures.hub,
                                   _hub_fixtures.hub_settings)


def test_a_new_annotator_gets_a_first_batch_by_syncing(alice: AppProfile, hub: RunningHub
                                                       ) -> None:
    with alice.cache() as cache:
        plain = alice.engine(cache, hub.url)
        assert plain.sync_now().leased == 0  # the core engine leases only when asked
        assert open_label_tasks(cache, "c1") == 0
        set_first_batch_size(cache, 8)
        engine = alice.engine(cache, hub.url, top_up=True)
        report = engine.sync_now()
        assert report.leased == 8 and open_label_tasks(cache, "c1") == 8
        assert engine.sync_now().leased == 0  # the batch is full: nothing asked for
        alice.submit_all(cache, "c1", limit=5)
        report = engine.sync_now()  # five done: the next sync brings five more
        assert open_label_tasks(cache, "c1") == 8, report
        set_first_batch_size(cache, 0)
        assert first_batch_size(cache) == 0
        alice.submit_all(cache, "c1", limit=8)
        assert engine.sync_now().leased == 0 and open_label_tasks(cache, "c1") == 0
        engine.client.close()
        plain.client.close()


def test_a_bad_setting_falls_back_and_is_clamped(alice: AppProfile) -> None:
    with alice.cache() as cache:
        assert first_batch_size(cache) == 20
        cache.tasks.set_state("sync.first_batch", "lots")
        assert first_batch_size(cache) == 20
        assert set_first_batch_size(cache, 10_000) == 500
