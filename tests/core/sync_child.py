"""Child process of the SIGKILL test: one sync cycle that pushes the whole outbox.

Run as ``python -m tests.core.sync_child DB_PATH HUB_URL BATCH``. Prints
``pushing`` before the cycle and ``done N`` after it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.sync import SyncEngine
from tests.conftest import KeySigner


def main(path: str, hub_url: str, batch: str) -> None:
    cache = Cache(Path(path))
    engine = SyncEngine(cache, hub_url, KeySigner("alice"), batch_size=int(batch))
    print("pushing", flush=True)
    report = engine.sync_now()
    print("done", report.accepted, report.state, flush=True)
    cache.close()


if __name__ == "__main__":
    main(*sys.argv[1:4])
