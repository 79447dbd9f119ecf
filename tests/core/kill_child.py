"""Child process of the kill test: submits in a loop and reports each finished submit.

Run as ``python -m tests.core.kill_child DB_PATH SEED``. Prints ``ready`` once,
then ``done <submission id>`` after each submit has returned (committed).
"""

from __future__ import annotations

import sys
from pathlib import Path

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.models import parse_campaign, parse_task
from tests.conftest import KeySigner


def main(path: str, seed: str) -> None:
    signer = KeySigner("kill-test")
    cache = Cache(Path(path))
    cache.upsert_campaign(parse_campaign({"id": "kill", "name": "Kill test"}))
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        task = parse_task({"id": f"{seed}-{i}", "kind": "text_spans",
                           "data": {"text": "Ada Lovelace met Charles Babbage in London."},
                           "config": {"labels": ["PER", "LOC"]}})
        cache.add_tasks("kill", [task])
        uid = cache.find_task("kill", task.id).uid  # type: ignore[union-attr]
        body = {"kind": "text_spans", "spans": [{"start": 0, "end": 12, "label": "PER"}]}
        cache.save_draft(uid, body)
        row = cache.submit(uid, body, signer)
        print(f"done {row.id}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
