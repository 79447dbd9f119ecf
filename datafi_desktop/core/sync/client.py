"""HubClient: the hub's HTTP API over httpx, with timeouts and typed errors.

Requests are built from the wire models (:mod:`datafi_desktop.core.wire`) and checked
before they are sent (:class:`~.errors.WireRequestError`); every answer is parsed into
its wire model (one that does not fit is a :class:`~.errors.HubServerError` naming the
model).

The session token is kept in memory only (never written, never logged). A
client is used by one thread at a time (the sync thread).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx
from pydantic import BaseModel

from .. import jsonsafe
from ..cache.assets import AssetStore
from ..protocol import DigestSigner
from ..siwe import build_message, sign_message
from ..wire.assets import AssetOut
from ..wire.auth import LoginIn, MeOut, NonceOut, SessionOut
from ..wire.campaigns import CampaignDetailOut, CampaignListOut, CampaignOut, LeaseIn, LeasesOut
from ..wire.common import ReleaseOut
from ..wire.inclusions import InclusionsIn, InclusionsOut
from ..wire.meta import HealthOut
from ..wire.quality import CampaignQualityOut, QualityOut
from ..wire.review import ReviewBatchIn, ReviewBatchOut, ReviewLeaseIn, ReviewQueueOut
from ..wire.statuses import StatusFeedOut
from ..wire.submissions import SubmissionBatchIn, SubmissionBatchOut
from .errors import (
    HubAuthError,
    HubForbiddenError,
    HubRequestError,
    HubServerError,
    HubUnreachableError,
)
from .wire_io import (
    M,
    build_request,
    parse_answer,
    parse_skipping,
    request_body,
    request_content,
)

log = logging.getLogger("datafi_desktop.sync")

DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=3.0)
#: statuses that mean "the hub is not there right now" (a proxy in front of a dead hub)
UNAVAILABLE = (502, 503, 504)


class HubClient:
    """One hub, one account at a time.

    >>> client = HubClient("http://127.0.0.1:9")  # nothing listens on port 9
    >>> client.signed_in
    False
    """

    def __init__(self, base_url: str, *, timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout, transport=transport,
                                  headers={"User-Agent": "datafi-desktop"})
        self._token: str | None = None
        self.address: str | None = None
        self.session_expires_at: int | None = None

    # --- session -----------------------------------------------------------------------

    @property
    def signed_in(self) -> bool:
        return self._token is not None

    def sign_in(self, signer: DigestSigner) -> str:
        """Sign in with Ethereum: nonce → EIP-4361 message → personal_sign → session."""
        info = self.nonce()
        host = urlparse(self.base_url).netloc
        message = build_message(
            domain=info.domain or host, address=signer.address,
            uri=info.uri or self.base_url, chain_id=info.chain_id,
            nonce=info.nonce, statement=info.statement or None,
        )
        return self.login(message.to_text(), sign_message(message, signer)).address

    def nonce(self) -> NonceOut:
        return self._call("POST", "/v1/auth/nonce", NonceOut, auth=False)

    def login(self, message: str, signature: str) -> SessionOut:
        body = self._call("POST", "/v1/auth/login", SessionOut, auth=False,
                          request=build_request(LoginIn, {"message": message,
                                                     "signature": signature}))
        self._token = body.token
        self.address = body.address
        self.session_expires_at = body.expires_at
        return body

    def forget_session(self) -> None:
        self._token = None
        self.address = None
        self.session_expires_at = None

    # --- API ---------------------------------------------------------------------------

    def health(self) -> HealthOut:
        return self._call("GET", "/v1/health", HealthOut, auth=False)

    def campaigns(self) -> list[CampaignOut]:
        return self._call("GET", "/v1/campaigns", CampaignListOut, auth=False).campaigns

    def campaign(self, campaign_id: str) -> CampaignDetailOut:
        """One campaign; a collection task that does not validate is skipped with a
        warning (the others are kept)."""
        response = self._send("GET", f"/v1/campaigns/{_seg(campaign_id)}", auth=False)
        return parse_skipping(CampaignDetailOut, response, "collection_tasks")

    def lease(self, campaign_id: str, count: int, ttl_seconds: int | None = None, *,
              skip_held: bool = False) -> LeasesOut:
        """Hold tasks; a leased task that does not validate is skipped with a warning (the
        others are kept)."""
        body: dict[str, Any] = {"count": count}
        if skip_held:  # only new tasks (a paged pull); left out otherwise for older hubs
            body["held"] = "skip"
        if ttl_seconds is not None:
            body["ttl_seconds"] = ttl_seconds
        response = self._send("POST", f"/v1/campaigns/{_seg(campaign_id)}/leases",
                              json=request_body(build_request(LeaseIn, body)))
        return parse_skipping(LeasesOut, response, "leases", "task")

    def release(self, campaign_id: str, task_id: str) -> bool:
        path = f"/v1/campaigns/{_seg(campaign_id)}/leases/{_seg(task_id)}"
        return self._call("DELETE", path, ReleaseOut).released

    def push(self, items: list[dict[str, Any]]) -> SubmissionBatchOut:
        """Push signed submissions (``SubmissionRow.to_wire``); the batch is checked
        against ``SubmissionBatchIn`` once, before it is sent."""
        return self._call("POST", "/v1/submissions", SubmissionBatchOut,
                          request=build_request(SubmissionBatchIn, {"items": items}))

    def statuses(self, since: int, limit: int = 1000) -> StatusFeedOut:
        return self._call("GET", "/v1/submissions/status", StatusFeedOut,
                          params={"since": since, "limit": limit})

    def review_queue(self, campaign_id: str, limit: int = 50) -> ReviewQueueOut:
        return self._call("GET", f"/v1/campaigns/{_seg(campaign_id)}/review/queue",
                          ReviewQueueOut, params={"limit": limit})

    def me(self) -> MeOut:
        return self._call("GET", "/v1/me", MeOut)

    # --- review (see core/sync/reviews.py) ----------------------------------------------

    def review_lease(self, campaign_id: str, count: int, ttl_seconds: int | None = None
                     ) -> ReviewQueueOut:
        body: dict[str, Any] = {"count": count}
        if ttl_seconds is not None:
            body["ttl_seconds"] = ttl_seconds
        return self._call("POST", f"/v1/campaigns/{_seg(campaign_id)}/review/leases",
                          ReviewQueueOut, request=build_request(ReviewLeaseIn, body))

    def release_review(self, campaign_id: str, submission_id: str) -> bool:
        path = f"/v1/campaigns/{_seg(campaign_id)}/review/leases/{_seg(submission_id)}"
        return self._call("DELETE", path, ReleaseOut).released

    def push_reviews(self, items: list[dict[str, Any]]) -> ReviewBatchOut:
        """Push signed verdicts (``ReviewRow.to_wire``), checked once per batch."""
        return self._call("POST", "/v1/reviews", ReviewBatchOut,
                          request=build_request(ReviewBatchIn, {"items": items}))

    def my_quality(self, campaign_id: str) -> QualityOut:
        return self._call("GET", f"/v1/campaigns/{_seg(campaign_id)}/me/quality", QualityOut)

    def campaign_quality(self, campaign_id: str) -> CampaignQualityOut:
        return self._call("GET", f"/v1/campaigns/{_seg(campaign_id)}/quality",
                          CampaignQualityOut)

    def inclusions(self, campaign_id: str, digests: list[str]) -> InclusionsOut:
        """Where these submission digests were settled (public); a malformed proof is
        skipped with a warning."""
        request = build_request(InclusionsIn, {"digests": digests})
        response = self._send("POST", f"/v1/campaigns/{_seg(campaign_id)}/inclusions",
                              auth=False, json=request_body(request))
        return parse_skipping(InclusionsOut, response, "inclusions", what="proof")

    # --- assets ------------------------------------------------------------------------

    def has_asset(self, sha256: str) -> bool:
        response = self._send("GET", f"/v1/assets/{sha256}", auth=False,
                              headers={"If-None-Match": f'"{sha256}"'}, ok=(304, 404))
        return response.status_code == 304

    def download_asset(self, sha256: str, store: AssetStore) -> bool:
        """Fetch an asset into ``store`` unless it is there; True when downloaded."""
        if store.has(sha256):
            return False
        try:
            with self._http.stream("GET", f"/v1/assets/{sha256}") as response:
                if response.status_code != 200:
                    response.read()
                    self._raise_for(response)
                store.put_stream(_chunks(response.iter_bytes(1 << 16)), expected=sha256)
        except httpx.TransportError as exc:
            raise HubUnreachableError(self.base_url, _describe(exc)) from None
        return True

    def upload_asset(self, campaign_id: str, sha256: str, path: Path,
                     mime: str | None = None) -> AssetOut:
        with path.open("rb") as fh:
            data = fh.read()
        return self._call("PUT", f"/v1/campaigns/{_seg(campaign_id)}/assets/{sha256}",
                          AssetOut, content=data,
                          headers={"Content-Type": mime or "application/octet-stream"})

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- internals ---------------------------------------------------------------------

    def _call(self, method: str, path: str, answer: type[M], *, auth: bool = True,
              request: BaseModel | None = None, **kwargs: Any) -> M:
        """Send ``request`` (a wire model, built and checked by :func:`.wire_io.build_request`) and
        parse the answer as ``answer``: one that does not fit raises
        :class:`HubServerError` naming the model."""
        if request is not None:
            kwargs.update(request_content(request))
        return parse_answer(answer, self._send(method, path, auth=auth, **kwargs))

    def _send(self, method: str, path: str, *, auth: bool = True,
              ok: tuple[int, ...] = (), headers: dict[str, str] | None = None,
              **kwargs: Any) -> httpx.Response:
        all_headers = dict(headers or {})
        if auth:
            if self._token is None:
                raise HubAuthError(401, "not signed in")
            all_headers["Authorization"] = f"Bearer {self._token}"
        try:
            try:
                response = self._http.request(method, path, headers=all_headers, **kwargs)
            except httpx.RemoteProtocolError:
                # the peer closed a kept-alive connection as the request went out (a proxy's
                # idle timeout: haproxy's is 5 s): once more, on a new connection. Every
                # request the app sends may be sent twice (ids make pushes idempotent).
                response = self._http.request(method, path, headers=all_headers, **kwargs)
        except httpx.TransportError as exc:
            raise HubUnreachableError(self.base_url, _describe(exc)) from None
        if response.status_code < 400 or response.status_code in ok:
            return response
        if response.status_code == 401 and auth:
            self.forget_session()
        self._raise_for(response)
        raise AssertionError("unreachable")  # pragma: no cover

    def _raise_for(self, response: httpx.Response) -> None:
        code = response.status_code
        detail = _detail(response)
        if code in UNAVAILABLE:
            raise HubUnreachableError(self.base_url, f"HTTP {code}")
        if code == 401:
            raise HubAuthError(code, detail)
        if code == 403:
            raise HubForbiddenError(code, detail)
        if code >= 500:
            raise HubServerError(code, detail)
        raise HubRequestError(code, detail)


def _chunks(source: Iterator[bytes]) -> Iterator[bytes]:
    yield from source


def _seg(value: str) -> str:
    from urllib.parse import quote

    return quote(value, safe="")


def _detail(response: httpx.Response) -> str:
    try:
        body = jsonsafe.loads(response.content)
    except ValueError:
        return response.text[:300] or f"HTTP {response.status_code}"
    detail = body.get("detail") if isinstance(body, dict) else None
    if isinstance(detail, list):  # FastAPI validation errors
        return "; ".join(str(d.get("msg", d)) if isinstance(d, dict) else str(d)
                         for d in detail)[:500]
    return str(detail)[:500] if detail is not None else f"HTTP {response.status_code}"


def _describe(exc: httpx.TransportError) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    if isinstance(exc, httpx.ConnectError):
        return "connection refused"
    return exc.__class__.__name__
