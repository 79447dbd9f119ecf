"""Shared pieces of the hub and sync tests: a movable clock, campaigns, app profiles."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.models import parse_campaign
from datafi_desktop.core.sync import SyncEngine
from datafi_desktop.core.taskfile import parse_records
from datafi_desktop.hub.campaigns.importer import LoadedCampaign
from datafi_desktop.hub.db.tables import make_engine, submissions
from datafi_desktop.hub.settings import wall_clock_ms
from tests.conftest import KeySigner

REPO = Path(__file__).resolve().parents[2]
DISTRIBUTOR = "0x" + "d1" * 20
CHAIN_ID = 131277
LABELS = ["positive", "negative", "neutral"]


class Clock:
    """The hub's clock: real time plus an offset that tests move forward."""

    def __init__(self) -> None:
        self.offset_ms = 0

    def __call__(self) -> int:
        return wall_clock_ms() + self.offset_ms

    def advance(self, seconds: float) -> None:
        self.offset_ms += int(seconds * 1000)


def campaign_data(campaign_id: str = "c1", *, overlap: int = 1, chain_id: int = CHAIN_ID,
                  distributor: str = DISTRIBUTOR, reviews_required: int = 1,
                  extra: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"id": campaign_id, "name": f"Campaign {campaign_id}", "overlap": overlap,
            "reviews_required": reviews_required,
            "chain": {"chain_id": chain_id, "distributor": distributor}, "extra": extra or {}}


def text_campaign(campaign_id: str = "c1", tasks: int = 20, **options: Any) -> LoadedCampaign:
    """A text classification campaign with ``tasks`` tasks and one collection task."""
    raw: list[tuple[str, Any]] = [
        (f"t{i}", {"id": f"t{i:05d}", "kind": "text_classification",
                   "data": {"text": f"Review number {i}: it was fine."},
                   "config": {"labels": LABELS}})
        for i in range(tasks)
    ]
    raw.append(("collect", {"id": "collect", "kind": "collection",
                            "config": {"fields": [{"name": "place", "type": "text"}],
                                       "accept": ["image/png", "image/jpeg", "text/plain"]}}))
    records = parse_records(raw)
    return LoadedCampaign(parse_campaign(campaign_data(campaign_id, **options)), records, {},
                          "test")


def answer(i: int = 0) -> dict[str, Any]:
    return {"kind": "text_classification", "labels": [LABELS[i % len(LABELS)]]}


@dataclass
class AppProfile:
    """One app install: a real cache file and a wallet (a test signer)."""

    root: Path
    signer: KeySigner

    @property
    def db_path(self) -> Path:
        return self.root / "cache.sqlite3"

    def cache(self) -> Cache:
        return Cache(self.db_path)

    def engine(self, cache: Cache, hub_url: str, **kwargs: Any) -> SyncEngine:
        return SyncEngine(cache, hub_url, self.signer, **kwargs)

    def submit_all(self, cache: Cache, campaign_id: str, limit: int | None = None) -> list[str]:
        """Label every open task of the campaign in the cache; returns submission ids."""
        ids = []
        for n, summary in enumerate(cache.tasks.task_summaries(campaign_id, states=("new",),
                                                               kinds=("text_classification",))):
            if limit is not None and n >= limit:
                break
            ids.append(cache.submissions.submit(summary.uid, answer(n), self.signer).id)
        return ids


def hub_count(database_url: str, **where: Any) -> int:
    """Rows in the hub's submissions table (read straight from its database)."""
    engine = make_engine(database_url, pool=False)
    try:
        query = select(func.count()).select_from(submissions)
        for column, value in where.items():
            query = query.where(submissions.c[column] == value)
        with engine.connect() as conn:
            return int(conn.execute(query).scalar_one())
    finally:
        engine.dispose()


def wait_until(predicate: Callable[[], bool], timeout: float = 60.0, interval: float = 0.02,
               what: str = "condition") -> None:
    """Poll ``predicate`` until true; fail after ``timeout`` seconds (a deadline, not a
    wall-clock assertion about speed)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(interval)


def new_uuid7() -> str:
    from uuid6 import uuid7

    return str(uuid7())


def not_v7() -> str:
    return str(uuid.uuid4())


@contextmanager
def subprocess_hub(data_dir: Path, database_url: str, port: int,
                   extra: tuple[str, ...] = ()) -> Iterator[subprocess.Popen[bytes]]:
    """``datafi-hub serve`` in a child process; killed (SIGKILL) on exit."""
    proc = start_subprocess_hub(data_dir, database_url, port, extra)
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)


def start_subprocess_hub(data_dir: Path, database_url: str, port: int,
                         extra: tuple[str, ...] = ()) -> subprocess.Popen[bytes]:
    """``datafi-hub serve`` as a child process, its log in ``data_dir/serve.log``.

    The log goes to a file, never to a pipe nobody reads: once a pipe's 64 KiB buffer is
    full the hub's event loop blocks writing its access log and every request stalls
    (the 30-second stalls of the cluster benchmark were that)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir / "serve.log"
    with log_path.open("ab") as log_file:  # the child keeps its own descriptor
        proc = subprocess.Popen(
            [sys.executable, "-m", "datafi_desktop.hub", "--data-dir", str(data_dir),
             "--database-url", database_url, "serve", "--host", "127.0.0.1", "--port",
             str(port), *extra],
            env=env, stdout=subprocess.DEVNULL, stderr=log_file,
        )
    url = f"http://127.0.0.1:{port}/v1/health"

    def up() -> bool:
        if proc.poll() is not None:
            tail = log_path.read_bytes()[-2000:].decode("utf-8", "replace")
            raise AssertionError(f"hub exited: {tail}")
        try:
            return httpx.get(url, timeout=1).status_code == 200
        except httpx.TransportError:
            return False

    wait_until(up, timeout=60, interval=0.05, what="the subprocess hub")
    return proc


def signed_item(signer: KeySigner, campaign_id: str, task_id: str, annotation: dict[str, Any],
                *, sid: str | None = None, chain_id: int = CHAIN_ID,
                distributor: str = DISTRIBUTOR, created_at_ms: int | None = None
                ) -> dict[str, Any]:
    """A pushed item made by hand, exactly as the app's cache would make it."""
    import json

    from eth_utils import keccak

    from datafi_desktop.core.canonical import canonical_json
    from datafi_desktop.core.protocol import Domain, sign_typed, submission_message, typed_data

    sid = sid or new_uuid7()
    canon = canonical_json(annotation)
    message = submission_message(
        submission_id=sid, campaign=campaign_id, task=task_id, kind=annotation["kind"],
        content_hash="0x" + keccak(canon).hex(), annotator=signer.address,
        created_at_ms=created_at_ms if created_at_ms is not None else wall_clock_ms(),
    )
    full = typed_data(Domain(chain_id=chain_id, verifying_contract=distributor), "Submission",
                      message)
    return {"id": sid, "annotation": json.loads(canon), "typed_data": full,
            "signature": "0x" + sign_typed(full, signer).hex()}


class ApiUser:
    """Talks to the hub with plain httpx (independent of the app's HubClient)."""

    def __init__(self, url: str, signer: KeySigner) -> None:
        self.url = url
        self.signer = signer
        self.http = httpx.Client(base_url=url, timeout=30)
        self.token: str | None = None

    def siwe_message(self, **changes: Any) -> tuple[Any, dict[str, Any]]:
        from datafi_desktop.core.siwe import build_message

        info = self.http.post("/v1/auth/nonce").json()
        fields: dict[str, Any] = {"domain": info["domain"], "address": self.signer.address,
                                  "uri": info["uri"], "chain_id": info["chain_id"],
                                  "nonce": info["nonce"], "statement": info["statement"]}
        fields.update(changes)
        return build_message(**fields), info

    def login(self, message: Any, signer: KeySigner | None = None) -> httpx.Response:
        from datafi_desktop.core.siwe import sign_message

        response = self.http.post("/v1/auth/login", json={
            "message": message.to_text(), "signature": sign_message(message,
                                                                    signer or self.signer)})
        if response.status_code == 200:
            self.token = response.json()["token"]
        return response

    def sign_in(self) -> ApiUser:
        message, _ = self.siwe_message()
        response = self.login(message)
        assert response.status_code == 200, response.text
        return self

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        return self.http.get(path, headers=headers, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        return self.http.post(path, headers=headers, **kwargs)

    def put(self, path: str, **kwargs: Any) -> httpx.Response:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        return self.http.put(path, headers=headers, **kwargs)

    def lease(self, campaign_id: str = "c1", count: int = 1, ttl: int | None = None
              ) -> list[str]:
        body: dict[str, Any] = {"count": count}
        if ttl is not None:
            body["ttl_seconds"] = ttl
        response = self.post(f"/v1/campaigns/{campaign_id}/leases", json=body)
        assert response.status_code == 200, response.text
        return [lease["task"]["id"] for lease in response.json()["leases"]]

    def push(self, *items: dict[str, Any]) -> list[dict[str, Any]]:
        response = self.post("/v1/submissions", json={"items": list(items)})
        assert response.status_code == 200, response.text
        return list(response.json()["results"])

    def close(self) -> None:
        self.http.close()


def sign_with_random_k(msg_digest: bytes, seed: str, k: int) -> str:
    """A valid low-s signature of ``msg_digest`` made with nonce ``k`` instead of RFC 6979's:
    the same key and digest, other signature bytes."""
    from eth_keys import keys
    from eth_keys.backends.native.jacobian import fast_multiply, inv
    from eth_keys.constants import SECPK1_G as SECP256K1_G
    from eth_keys.constants import SECPK1_N as SECP256K1_N
    from eth_utils import keccak

    d = int.from_bytes(keys.PrivateKey(keccak(text=f"datafi test key: {seed}")).to_bytes(),
                       "big")
    z = int.from_bytes(msg_digest, "big")
    x, y = fast_multiply(SECP256K1_G, k)
    r = x % SECP256K1_N
    s = inv(k, SECP256K1_N) * (z + r * d) % SECP256K1_N
    v = y % 2
    if s > SECP256K1_N // 2:
        s, v = SECP256K1_N - s, v ^ 1
    return "0x" + (r.to_bytes(32, "big") + s.to_bytes(32, "big") + bytes([27 + v])).hex()
