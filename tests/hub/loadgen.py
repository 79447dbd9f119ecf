"""An asyncio load driver for a hub cluster (issue 15): hundreds of simulated annotators
and reviewers on one event loop (threads do not scale to 200 on 2 cores).

Each simulated person has their own ``httpx.AsyncClient`` bound to their own loopback
address (127.1.x.y: the proxy's per-client limits apply per person, as they would on the
internet) and does what the app does: sign in (SIWE), lease tasks, push signed items
with a duplicate in every batch and now and then the whole previous batch again, upload
photos (small real PNG and JPEG made with Pillow) and push collection items naming them;
reviewers lease the review queue and push signed verdicts. A refused or failed request
is sent again after a pause: the ``Retry-After`` of a 429/503, else a growing backoff
with jitter — never in a tight loop. Everything stops by itself at the deadline.

Transport errors (``ReadError``) on a reused connection are the proxy closing it after
``timeout http-keep-alive 5s`` (deploy/haproxy.cfg) while a starved client sends on it:
the report prints how long the connection sat idle first; with 30 s there were none.

:class:`Record` keeps what the hub acknowledged (and when each lease was granted), which
:mod:`tests.hub.load_checks` compares with the database afterwards."""

from __future__ import annotations

import asyncio
import hashlib
import io
import os
import random
import statistics
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import httpx
from PIL import Image

from datafi_desktop.core.models import parse_campaign
from datafi_desktop.core.protocol import Domain
from datafi_desktop.core.review import sign_review
from datafi_desktop.core.siwe import build_message, sign_message
from datafi_desktop.core.taskfile import parse_records
from datafi_desktop.hub.campaigns.importer import LoadedCampaign
from tests.conftest import KeySigner

from .helpers import CHAIN_ID, DISTRIBUTOR, LABELS, answer, signed_item

#: the two campaigns: ``load`` decides at intake, ``rev`` waits for one review
PLAIN, REVIEWED = "load", "rev"
OVERLAP = 2
REWARDS = {"text_classification": 7 * 10**17, "collection": 5 * 10**17, "review": 10**17}
DOMAIN = Domain(chain_id=CHAIN_ID, verifying_contract=DISTRIBUTOR)
LEASE_TTL_S = 60


def load_campaign(campaign_id: str, tasks: int, reviews_required: int) -> LoadedCampaign:
    """``tasks`` text tasks (overlap 2) and one collection task taking PNG and JPEG, with
    rewards for each kind (the ledger checks compare amounts, not only counts)."""
    raw: list[tuple[str, Any]] = [
        (f"t{i}", {"id": f"t{i:05d}", "kind": "text_classification",
                   "data": {"text": f"Review number {i}: it was fine."},
                   "config": {"labels": LABELS}})
        for i in range(tasks)
    ]
    raw.append(("collect", {"id": "collect", "kind": "collection",
                            "config": {"fields": [{"name": "place", "type": "text"}],
                                       "accept": ["image/png", "image/jpeg"]}}))
    campaign = parse_campaign({
        "id": campaign_id, "name": f"Load {campaign_id}", "overlap": OVERLAP,
        "reviews_required": reviews_required, "rewards": REWARDS,
        "chain": {"chain_id": CHAIN_ID, "distributor": DISTRIBUTOR}})
    return LoadedCampaign(campaign, parse_records(raw), {}, "test")


@dataclass
class Grant:
    """A task lease as the hub answered it: ``[start, end)`` in the database's time."""

    campaign_id: str
    task_id: str
    account: str
    start: int
    end: int


@dataclass
class Record:
    """What the simulated people saw, shared by all of them (one event loop: no locks)."""

    times: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[str, Counter[int]] = field(default_factory=lambda: defaultdict(Counter))
    failures: Counter[str] = field(default_factory=Counter)  # transport errors: route type
    acked: dict[str, str] = field(default_factory=dict)  # submission id -> result
    verdicts: dict[str, str] = field(default_factory=dict)  # review id -> result
    uploads: dict[str, int] = field(default_factory=dict)  # sha-256 -> size
    grants: list[Grant] = field(default_factory=list)
    resends: int = 0
    changed_on_resend: list[str] = field(default_factory=list)  # ids answered otherwise
    #: seconds a person's connection sat idle before a request that failed in transport
    idle_before_failure: list[float] = field(default_factory=list)

    def note(self, results: list[dict[str, Any]], items: list[dict[str, Any]],
             into: dict[str, str]) -> None:
        """Keep each item's first final answer; a later one must be the same."""
        for item, result in zip(items, results, strict=True):
            outcome = result["result"]
            if outcome not in ("accepted", "rejected"):
                continue
            first = into.setdefault(item["id"], outcome)
            if first != outcome:
                self.changed_on_resend.append(item["id"])

    def latency(self) -> dict[str, tuple[int, float, float]]:
        """Per route: requests, p50 and p99 in milliseconds."""
        out = {}
        for route, times in sorted(self.times.items()):
            ordered = sorted(times)
            p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
            out[route] = (len(times), statistics.median(times) * 1000, p99 * 1000)
        return out

    def report(self, elapsed: float) -> str:
        accepted = sum(1 for r in self.acked.values() if r == "accepted")
        lines = [f"{accepted} submissions accepted ({accepted / elapsed:.1f}/s), "
                 f"{len(self.verdicts)} verdicts, {len(self.uploads)} photos, "
                 f"{self.resends} batches resent, transport errors {dict(self.failures)}"]
        if self.idle_before_failure:
            idle = sorted(self.idle_before_failure)
            lines.append(f"  idle before a transport error: min {idle[0]:.1f} s, median "
                         f"{statistics.median(idle):.1f} s, max {idle[-1]:.1f} s")
        for route, (n, p50, p99) in self.latency().items():
            codes = ", ".join(f"{c}: {k}" for c, k in sorted(self.statuses[route].items()))
            lines.append(f"  {route:8s} n={n:6d} ({n / elapsed:6.1f}/s) p50={p50:7.1f} ms "
                         f"p99={p99:7.1f} ms  [{codes}]")
        return "\n".join(lines)


def source_address(index: int) -> str:
    """A loopback address of its own for simulated person ``index`` (127.1.0.1 …)."""
    return f"127.1.{index // 250}.{index % 250 + 1}"


class Person:
    """One simulated app install: a key, a session and an HTTP client of its own."""

    def __init__(self, url: str, index: int, seed: str, record: Record,
                 deadline: float) -> None:
        self.signer = KeySigner(seed)
        self.index = index
        self.record = record
        self.deadline = deadline
        self.token: str | None = None
        self.failures = 0
        self.answered = time.perf_counter()  # when the last answer (or failure) came
        self.rng = random.Random(seed)
        transport = httpx.AsyncHTTPTransport(local_address=source_address(index))
        self.http = httpx.AsyncClient(base_url=url, transport=transport,
                                      timeout=httpx.Timeout(60, connect=10))

    def left(self) -> float:
        return self.deadline - time.monotonic()

    async def pause(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, min(seconds, self.left())))

    async def backoff(self, response: httpx.Response | None) -> None:
        """Wait before trying again: ``Retry-After`` when the hub (or proxy) gave one,
        else 0.25 s doubling to 8 s, with jitter."""
        self.failures += 1
        told = response.headers.get("retry-after") if response is not None else None
        if told and told.isdigit():
            wait = float(told)
        else:
            wait = min(8.0, 0.25 * 2 ** min(self.failures - 1, 5))
        await self.pause(wait * self.rng.uniform(0.8, 1.3))

    async def call(self, route: str, method: str, path: str,
                   **kwargs: Any) -> httpx.Response | None:
        """One request, timed under ``route``; None (after a pause) unless it answered
        2xx. A 401 drops the session: the next step signs in again."""
        if self.token:
            kwargs["headers"] = {**kwargs.get("headers", {}),
                                 "Authorization": f"Bearer {self.token}"}
        start = time.perf_counter()
        try:
            response = await self.http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            self.record.times[route].append(time.perf_counter() - start)
            self.record.failures[f"{route} {type(exc).__name__}"] += 1
            self.record.idle_before_failure.append(start - self.answered)
            self.answered = time.perf_counter()
            await self.backoff(None)
            return None
        self.answered = time.perf_counter()
        self.record.times[route].append(self.answered - start)
        self.record.statuses[route][response.status_code] += 1
        if response.is_success:
            self.failures = 0
            return response
        if response.status_code == 401:
            self.token = None
        await self.backoff(response)
        return None

    async def sign_in(self) -> bool:
        got = await self.call("nonce", "POST", "/v1/auth/nonce")
        if got is None:
            return False
        info = got.json()
        message = build_message(domain=info["domain"], address=self.signer.address,
                                uri=info["uri"], chain_id=info["chain_id"],
                                nonce=info["nonce"], statement=info["statement"])
        body = {"message": message.to_text(), "signature": sign_message(message, self.signer)}
        got = await self.call("login", "POST", "/v1/auth/login", json=body)
        if got is not None:
            self.token = got.json()["token"]
        return self.token is not None

    async def push(self, route: str, path: str, items: list[dict[str, Any]],
                   into: dict[str, str]) -> list[dict[str, Any]] | None:
        """Push until the hub answers (the same items: resending is safe) or time is up;
        items answered ``retry`` are pushed again."""
        while self.left() > 0:
            if self.token is None and not await self.sign_in():
                continue
            got = await self.call(route, "POST", path, json={"items": items})
            if got is None:
                continue
            results = list(got.json()["results"])
            self.record.note(results, items, into)
            again = [i for i, r in zip(items, results, strict=True) if r["result"] == "retry"]
            if not again:
                return results
            items = again
            await self.backoff(None)
        return None

    async def close(self) -> None:
        await self.http.aclose()


def photo(rng: random.Random, n: int) -> tuple[bytes, str]:
    """A small real image of random pixels (so every one has its own hash)."""
    image = Image.frombytes("RGB", (48, 32), rng.randbytes(48 * 32 * 3))
    buffer = io.BytesIO()
    if n % 2:
        image.save(buffer, "JPEG", quality=80)
        return buffer.getvalue(), "image/jpeg"
    image.save(buffer, "PNG")
    return buffer.getvalue(), "image/png"


async def upload_photo(me: Person, n: int) -> dict[str, Any] | None:
    """Upload a photo, then return the collection item naming it (None: not stored)."""
    data, mime = photo(me.rng, n)
    sha = hashlib.sha256(data).hexdigest()
    while me.left() > 0:
        if me.token is None and not await me.sign_in():
            continue
        got = await me.call("upload", "PUT", f"/v1/campaigns/{PLAIN}/assets/{sha}",
                            content=data, headers={"Content-Type": "application/octet-stream"})
        if got is not None:
            me.record.uploads[sha] = len(data)
            annotation = {"kind": "collection", "text": f"photo {n}", "asset": sha,
                          "mime": mime, "metadata": {"place": f"street {n}"}}
            return signed_item(me.signer, PLAIN, "collect", annotation)
    return None


async def lease(me: Person, campaign_id: str) -> list[str]:
    got = await me.call("lease", "POST", f"/v1/campaigns/{campaign_id}/leases",
                        json={"count": 5, "ttl_seconds": LEASE_TTL_S})
    if got is None:
        return []
    body = got.json()
    ids = []
    for held in body["leases"]:
        ids.append(held["task"]["id"])
        me.record.grants.append(Grant(campaign_id, held["task"]["id"], me.signer.address,
                                      int(body["now"]), int(held["expires_at"])))
    return ids


async def annotator(me: Person, uploads: bool, think_s: float) -> None:
    """Lease five tasks of one campaign or the other, push them signed (with one of them
    twice), now and then push the previous batch again; an uploader also sends a photo
    every third round."""
    previous: list[dict[str, Any]] = []
    rounds = 0
    while me.left() > 0:
        if me.token is None and not await me.sign_in():
            continue
        rounds += 1
        if uploads and rounds % 3 == 1:
            item = await upload_photo(me, rounds)
            if item is not None:
                await me.push("push", "/v1/submissions", [item], me.record.acked)
        campaign_id = PLAIN if rounds % 2 else REVIEWED
        tasks = await lease(me, campaign_id)
        if not tasks:
            await me.pause(me.rng.uniform(0.5, 1.5))
            continue
        batch = [signed_item(me.signer, campaign_id, t, answer(me.index + n))
                 for n, t in enumerate(tasks)]
        if await me.push("push", "/v1/submissions", batch + batch[:1], me.record.acked):
            if previous and me.rng.random() < 0.1:
                me.record.resends += 1
                await me.push("push", "/v1/submissions", previous, me.record.acked)
            previous = batch
        await me.pause(me.rng.uniform(0.5, 1.5) * think_s)


async def reviewer(me: Person, think_s: float) -> None:
    """Lease up to ten submissions of the reviewed campaign and push a signed verdict on
    each (one in five rejected, with a reason)."""
    while me.left() > 0:
        if me.token is None and not await me.sign_in():
            continue
        got = await me.call("rlease", "POST", f"/v1/campaigns/{REVIEWED}/review/leases",
                            json={"count": 10, "ttl_seconds": LEASE_TTL_S})
        items = [] if got is None else list(got.json()["items"])
        if not items:
            await me.pause(me.rng.uniform(0.5, 1.5))
            continue
        verdicts = []
        for item in items:
            reject = me.rng.random() < 0.2
            signed = sign_review(DOMAIN, submission_id=item["id"],
                                 submission_digest=item["digest"],
                                 verdict="reject" if reject else "accept",
                                 reason="Wrong label" if reject else "", correction=None,
                                 signer=me.signer)
            verdicts.append({"id": signed.id, "typed_data": signed.typed_data,
                             "signature": signed.signature})
        await me.push("review", "/v1/reviews", verdicts, me.record.verdicts)
        await me.pause(me.rng.uniform(0.5, 1.5) * think_s)


def reviewer_addresses(count: int) -> list[str]:
    """The accounts the reviewers sign with (to grant them the role first)."""
    return [KeySigner(f"load-reviewer-{i}").address for i in range(count)]


async def drive(url: str, annotators: int, reviewers: int, uploaders: int, seconds: float,
                think_s: float = 1.0) -> tuple[Record, float]:
    """Run everyone for ``seconds``; returns what they saw and the seconds it took."""
    record = Record()
    start = time.monotonic()
    deadline = start + seconds
    people = [Person(url, i, f"load-annotator-{i}", record, deadline)
              for i in range(annotators)]
    checkers = [Person(url, annotators + i, f"load-reviewer-{i}", record, deadline)
                for i in range(reviewers)]
    work = [annotator(p, p.index < uploaders, think_s) for p in people]
    work += [reviewer(p, think_s) for p in checkers]
    try:
        await asyncio.gather(*work)
    finally:
        for person in people + checkers:
            await person.close()
    return record, time.monotonic() - start


def seconds_from_env(default: float = 120.0) -> float:
    return float(os.environ.get("DATAFI_LOAD_SECONDS", str(default)))
