"""The hub's HTTP API (FastAPI), versioned under ``/v1``.

Handlers are plain functions run in the thread pool: each opens one
transaction, and the work itself lives in the modules named for it
(:mod:`..accounts.auth`, :mod:`..campaigns.leases`, :mod:`..intake.submissions`, :mod:`..review.statuses`,
:mod:`..storage.assets`). Errors are JSON ``{"detail": "..."}`` with the status code
of their :class:`~..errors.HubError` class.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import time
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, Header, Query, Request, Response
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as SATimeoutError

from ... import __version__
from .. import metrics
from ..accounts import auth, quotas
from ..campaigns import catalog as campaigns
from ..campaigns import lease_limits, leases
from ..db.tables import reading
from ..errors import (
    DatabaseUnavailable,
    HubError,
    NotFound,
    PayloadTooLarge,
    Unauthorized,
    Unprocessable,
    UnsupportedMediaType,
)
from ..intake import submissions as intake
from ..review import statuses
from ..review.queue import peek as review_peek
from ..schemas import (
    SHA256_PATTERN,
    AssetOut,
    CampaignDetailOut,
    CampaignListOut,
    CampaignOut,
    ErrorOut,
    HealthOut,
    ItemResultOut,
    LeaseIn,
    LeasesOut,
    LoginIn,
    MeOut,
    NonceOut,
    ReleaseOut,
    ReviewQueueOut,
    SessionOut,
    StatusFeedOut,
    StatusOut,
    SubmissionBatchIn,
    SubmissionBatchOut,
)
from ..service import Hub
from ..storage import assets as asset_store
from ..storage.http import serve_asset
from .http_guard import GuardedRoute, GuardLimits, RequestGuard, validation_error
from .meta import add_ops_routes
from .review import add_review_routes, feed_quality
from .review import item_out as review_item_out
from .rewards import add_rewards_routes
from .rubber_stamp import add_rubber_stamp_routes

log = logging.getLogger("datafi_desktop.hub")

#: campaign and task ids may hold "/" (see core.models.tasks.TASK_ID_RE): path converters
_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$"
CampaignId = Annotated[str, PathParam(pattern=_ID_PATTERN)]
TaskId = Annotated[str, PathParam(pattern=_ID_PATTERN)]
Sha256 = Annotated[str, PathParam(pattern=SHA256_PATTERN)]
ERRORS: dict[int | str, dict[str, object]] = {
    code: {"model": ErrorOut} for code in (400, 401, 403, 404, 408, 409, 413, 415, 422, 429)
}
_bearer = HTTPBearer(auto_error=False, description="the token from POST /v1/auth/login")
Bearer = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def _session(request: Request, creds: Bearer) -> auth.Session:
    """The caller's session (401 without a valid bearer token)."""
    if creds is None or creds.scheme.lower() != "bearer" or not creds.credentials:
        raise Unauthorized("not signed in: send Authorization: Bearer <token>")
    hub: Hub = request.app.state.hub
    with reading(hub.engine) as conn:
        return auth.session_for(conn, creds.credentials, hub.time(conn))


Signed = Annotated[auth.Session, Depends(_session)]


def _check_token(hub: Hub, token: str) -> None:
    """Raise Unauthorized unless ``token`` is a live session (the guard asks before it
    reads a body). A database that does not answer is a 503, not a 500."""
    try:
        with reading(hub.engine) as conn:
            auth.session_for(conn, token, hub.time(conn))
    except (OperationalError, SATimeoutError) as exc:
        log.warning("database unavailable checking a session: %s",
                    str(exc).splitlines()[0][:200])
        raise DatabaseUnavailable() from None


def _guard_limits(hub: Hub) -> GuardLimits:
    s = hub.settings
    return GuardLimits(max_json_bytes=s.max_json_bytes, max_upload_bytes=s.max_upload_bytes,
                       max_depth=s.max_json_depth, max_json_values=s.max_json_values,
                       body_idle_timeout_s=s.body_idle_timeout_s)


def create_app(hub: Hub) -> FastAPI:
    app = FastAPI(
        title="DataFi hub",
        version=__version__,
        description="Campaigns, leases, signed submission intake and statuses for DataFi "
        "Desktop. Sign in with Ethereum (POST /v1/auth/nonce, then /v1/auth/login) and send "
        "`Authorization: Bearer <token>`.",
    )
    app.state.hub = hub
    app.router.route_class = GuardedRoute  # takes the body the guard parsed off the loop
    app.add_middleware(RequestGuard, router=app.router, session_dependency=_session,
                       check_token=lambda token: _check_token(hub, token),
                       limits=lambda: _guard_limits(hub))
    app.add_exception_handler(RequestValidationError, validation_error)

    @app.exception_handler(OperationalError)
    @app.exception_handler(SATimeoutError)
    async def _database_down(request: Request, exc: Exception) -> JSONResponse:
        # a restart or failover of the database (or a full pool) is answered 503 with
        # Retry-After, not 500: the transaction was rolled back, the client retries
        log.warning("database unavailable during %s %s: %s", request.method,
                    request.url.path, str(exc).splitlines()[0][:200])
        return await _hub_error(request, DatabaseUnavailable())

    @app.exception_handler(HubError)
    async def _hub_error(_request: Request, exc: HubError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status_code == 401 else {}
        retry_after = getattr(exc, "retry_after", None)
        if retry_after is not None:  # 503 of an unreachable store, 429 of a rate limit
            headers["Retry-After"] = str(retry_after)
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                            headers=headers)

    # --- meta and sign-in ------------------------------------------------------------

    @app.get("/v1/health", response_model=HealthOut, tags=["meta"])
    def health() -> HealthOut:
        return HealthOut(version=__version__, now=hub.now(), chain_id=hub.settings.chain_id)

    @app.post("/v1/auth/nonce", response_model=NonceOut, responses=ERRORS, tags=["auth"])
    def nonce(request: Request) -> NonceOut:
        """A single-use nonce (expires after a few minutes) and what the message must say."""
        domain, uri = _siwe_origin(hub, request)
        with hub.engine.begin() as conn:
            client = request.client.host if request.client else "?"
            settings = hub.settings
            quotas.check_nonce_request(conn, client, hub.time(conn), settings.nonces_per_client,
                                       settings.nonce_window_s, settings.max_outstanding_nonces)
            issued = auth.issue_nonce(conn, hub.time(conn), settings.nonce_ttl_s, client)
        return NonceOut(nonce=issued.nonce, issued_at=issued.issued_at,
                        expires_at=issued.expires_at, domain=domain, uri=uri,
                        chain_id=hub.settings.chain_id, statement=auth.SIWE_STATEMENT)

    @app.post("/v1/auth/login", response_model=SessionOut, responses=ERRORS, tags=["auth"])
    def login(body: LoginIn, request: Request) -> SessionOut:
        """Exchange a signed EIP-4361 message for a short-lived session token."""
        domain, uri = _siwe_origin(hub, request)
        with hub.engine.begin() as conn:
            outcome = auth.sign_in(
                conn, message=body.message, signature=body.signature, domain=domain,
                uri_prefix=uri, chain_id=hub.settings.chain_id, clock=hub.time,
                session_ttl_s=hub.settings.session_ttl_s,
            )
        if isinstance(outcome, Unauthorized):  # the nonce burn above is committed
            raise outcome
        token, signed = outcome
        log.info("signed in %s", signed.account)
        return SessionOut(token=token, address=signed.account, expires_at=signed.expires_at)

    @app.post("/v1/auth/logout", status_code=204, responses=ERRORS, tags=["auth"])
    def logout(_signed: Signed, creds: Bearer) -> Response:
        if creds is not None:
            with hub.engine.begin() as conn:
                auth.sign_out(conn, creds.credentials)
        return Response(status_code=204)

    @app.get("/v1/me", response_model=MeOut, responses=ERRORS, tags=["auth"])
    def me(signed: Signed) -> MeOut:
        with reading(hub.engine) as conn:
            held = auth.roles_of(conn, signed.account)
        return MeOut(address=signed.account, expires_at=signed.expires_at, roles=held)

    # --- campaigns and leases --------------------------------------------------------

    # review routes first: "{campaign_id:path}/leases" would take "c1/review" as an id
    add_review_routes(app, hub, _session)
    add_rewards_routes(app, hub, _session)  # rewards, epochs, relayed claims
    add_rubber_stamp_routes(app, hub, _session)  # predictions accepted unread (issue 19)
    add_ops_routes(app, hub)  # /v1/ready

    @app.get("/v1/campaigns", response_model=CampaignListOut, tags=["campaigns"])
    def list_campaigns() -> CampaignListOut:
        with reading(hub.engine) as conn:
            infos = campaigns.list_campaigns(conn)
        return CampaignListOut(campaigns=[
            CampaignOut(campaign=i.campaign, closed=i.closed, tasks_total=i.tasks_total,
                        tasks_open=i.tasks_open) for i in infos
        ])

    @app.post("/v1/campaigns/{campaign_id:path}/leases", response_model=LeasesOut,
              responses=ERRORS, tags=["campaigns"])
    def lease(campaign_id: CampaignId, body: LeaseIn, signed: Signed) -> Response:
        """Hold up to ``count`` tasks for ``ttl_seconds``: leases already held come first
        (renewed), then new tasks nobody else holds (up to the campaign's overlap). With
        ``held: skip`` only new tasks, ``count`` of them: how the app pulls in pages."""
        settings = hub.settings
        count = min(body.count, settings.max_lease_count)
        wanted = body.ttl_seconds or settings.default_lease_ttl_s
        ttl = min(wanted, settings.max_lease_ttl_s)
        with hub.engine.begin() as conn:  # limits per account: hub.campaigns.lease_limits
            skip = body.held == "skip"
            allowed = lease_limits.allowance(conn, campaign_id, signed.account, body.count,
                                             count, ttl, ttl < wanted, hub.time,
                                             skip_held=skip)
            got, now = leases.lease_tasks(conn, campaign_id, signed.account, allowed.count,
                                          ttl, hub.time, renew_held=not skip)
        metrics.LEASES.labels("task").inc(len(got))
        out = LeasesOut(campaign_id=campaign_id, now=now, leases=[], asked=body.count,
                        granted=len(got), limit=allowed.limit, ttl_seconds=ttl,
                        held=allowed.held, message=allowed.message(campaign_id, len(got)))
        return leases_response(out, got)

    @app.delete("/v1/campaigns/{campaign_id:path}/leases/{task_id:path}",
                response_model=ReleaseOut, responses=ERRORS, tags=["campaigns"])
    def release(campaign_id: CampaignId,
                task_id: TaskId,
                signed: Signed) -> ReleaseOut:
        """Give a leased task back (the annotator skipped it)."""
        with hub.engine.begin() as conn:
            done = leases.release(conn, campaign_id, task_id, signed.account, hub.time(conn))
        return ReleaseOut(released=done)

    @app.get("/v1/campaigns/{campaign_id:path}/review/queue", response_model=ReviewQueueOut,
             responses=ERRORS, tags=["review"])
    def review_queue(campaign_id: CampaignId, signed: Signed,
                     limit: Annotated[int, Query(ge=1, le=500)] = 50) -> ReviewQueueOut:
        """Submissions awaiting review, never the caller's own. Reviewers and admins only."""
        with hub.engine.begin() as conn:
            campaign, _closed = campaigns.load_campaign(conn, campaign_id)
            auth.require_role(conn, campaign_id, signed.account, "reviewer")
            items = review_peek(conn, campaign, signed.account, limit, hub.time(conn))
        return ReviewQueueOut(items=[review_item_out(i) for i in items])

    # declared after the longer campaign routes: {campaign_id:path} would swallow them
    @app.get("/v1/campaigns/{campaign_id:path}", response_model=CampaignDetailOut,
             responses=ERRORS, tags=["campaigns"])
    def get_campaign(campaign_id: CampaignId) -> CampaignDetailOut:
        with reading(hub.engine) as conn:
            campaign, closed = campaigns.load_campaign(conn, campaign_id)
            total, still_open = campaigns.campaign_counts(conn, campaign)
            collection = campaigns.collection_tasks(conn, campaign_id)
        return CampaignDetailOut(campaign=campaign, closed=closed, tasks_total=total,
                                 tasks_open=still_open, collection_tasks=collection)

    # --- submissions -----------------------------------------------------------------

    @app.post("/v1/submissions", response_model=SubmissionBatchOut, responses=ERRORS,
              tags=["submissions"])
    def push(body: SubmissionBatchIn, signed: Signed) -> SubmissionBatchOut:
        """Push signed submissions; one result per item, in order. Resending an item is
        safe: the same id and content answer with the original result, another content
        under the same id is a conflict (409)."""
        delay = hub.settings.intake_delay_ms
        if delay:
            time.sleep(delay / 1000)
        if len(body.items) > hub.settings.max_batch:
            raise PayloadTooLarge(f"at most {hub.settings.max_batch} items per push")
        results = intake.intake(
            hub.engine, [i.model_dump() for i in body.items], signed.account, hub.time
        )
        counts = {k: 0 for k in (intake.ACCEPTED, intake.REJECTED, intake.CONFLICT,
                                 intake.RETRY)}
        for r in results:
            counts[r.result] += 1
            metrics.SUBMISSIONS.labels(r.result, metrics.reason_label(r.reason)).inc()
        refused = [r for r in results if r.result != intake.ACCEPTED]
        if refused:
            log.info("push from %s: %d accepted, %d refused (first: %s)", signed.account,
                     counts[intake.ACCEPTED], len(refused), refused[0].reason)
        return SubmissionBatchOut(
            # silenced below: the result string is one of the Literal values the model declares
            results=[ItemResultOut(id=r.id, result=r.result,  # type: ignore[arg-type]
                                   http_status=r.http_status, reason=r.reason,
                                   status=r.status, seq=r.seq, duplicate=r.duplicate)
                     for r in results],
            accepted=counts[intake.ACCEPTED], rejected=counts[intake.REJECTED],
            conflicts=counts[intake.CONFLICT], retry=counts[intake.RETRY],
        )

    @app.get("/v1/submissions/status", response_model=StatusFeedOut, responses=ERRORS,
             tags=["submissions"])
    def status_feed(signed: Signed,
                    since: Annotated[int, Query(ge=0, le=2**62)] = 0,
                    limit: Annotated[int, Query(ge=1, le=5000)] = 1000) -> StatusFeedOut:
        """Status changes of the caller's own submissions after cursor ``since``."""
        with hub.engine.begin() as conn:
            changes, cursor, more = statuses.status_feed(conn, signed.account, since, limit)
            figures = feed_quality(conn, signed.account, {c.campaign_id for c in changes},
                                   hub.now())
        return StatusFeedOut(items=[StatusOut(**vars(c)) for c in changes], cursor=cursor,
                             more=more, quality=figures)

    # --- assets ----------------------------------------------------------------------

    @app.get("/v1/assets/{sha256}", responses={304: {"description": "not modified"},
                                               404: {"model": ErrorOut}}, tags=["assets"])
    def get_asset(
        sha256: Sha256,
        if_none_match: Annotated[str | None, Header(max_length=2000)] = None,
    ) -> Response:
        """An asset by the sha-256 of its bytes. ETag is the hash; If-None-Match → 304."""
        etag = f'"{sha256}"'
        headers = {"ETag": etag, "Cache-Control": "public, max-age=31536000, immutable",
                   **asset_store.SAFE_HEADERS,
                   "Content-Disposition": f'attachment; filename="{sha256}"'}
        if if_none_match is not None and _etag_matches(if_none_match, etag):
            if not hub.assets.has(sha256):
                raise NotFound(f"no asset {sha256}")
            return Response(status_code=304, headers=headers)
        return serve_asset(hub, sha256, headers)

    @app.put("/v1/campaigns/{campaign_id:path}/assets/{sha256}", response_model=AssetOut,
             responses=ERRORS, tags=["assets"],
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/octet-stream": {"schema": {"type": "string",
                                                         "format": "binary"}}}}})
    async def upload_asset(campaign_id: CampaignId, sha256: Sha256, request: Request,
                           signed: Signed) -> AssetOut:
        """Upload a collected file (raw bytes). Its sha-256 must be the one in the path;
        the type is sniffed (images must decode) and must be accepted by the campaign."""
        limit = hub.settings.max_upload_bytes
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            raise PayloadTooLarge(f"files are limited to {limit // (1024 * 1024)} MiB")
        await run_in_threadpool(_check_upload, hub, campaign_id, signed.account, sha256,
                                int(declared) if declared and declared.isdigit() else 0)
        fd, name = tempfile.mkstemp(dir=hub.assets.spool_dir, prefix=".upload-")
        tmp = Path(name)
        try:
            size = 0
            hasher = hashlib.sha256()
            with os.fdopen(fd, "wb") as out:
                async for chunk in request.stream():
                    size += len(chunk)
                    if size > limit:
                        raise PayloadTooLarge(
                            f"files are limited to {limit // (1024 * 1024)} MiB")
                    hasher.update(chunk)
                    out.write(chunk)
            if hasher.hexdigest() != sha256:
                raise Unprocessable(f"the file's content does not match its hash (got "
                                    f"{hasher.hexdigest()[:12]}…, expected {sha256[:12]}…)")
            return await run_in_threadpool(_store_upload, hub, campaign_id, sha256, tmp, size,
                                           signed.account)
        finally:
            tmp.unlink(missing_ok=True)

    return app


def _store_upload(hub: Hub, campaign_id: str, sha256: str, tmp: Path, size: int,
                  account: str) -> AssetOut:
    with hub.engine.begin() as conn:
        existing = asset_store.mime_of(conn, sha256)
    if existing is not None and hub.assets.has(sha256):
        return AssetOut(sha256=sha256, size=hub.assets.size(sha256) or 0, mime=existing,
                        created=False)
    mime = asset_store.check_file(tmp)
    with hub.engine.begin() as conn:
        allowed = asset_store.accepted_types(conn, campaign_id)
    if mime not in allowed:
        raise UnsupportedMediaType(
            f"{mime} is not accepted by campaign {campaign_id!r} ({', '.join(sorted(allowed))})"
        )
    hub.assets.put_file(tmp, expected=sha256)  # 422 on a hash mismatch, 503 store away
    with hub.engine.begin() as conn:
        asset_store.record(conn, sha256, size, mime, campaign_id, account, hub.now())
    metrics.ASSET_BYTES.inc(size)
    return AssetOut(sha256=sha256, size=size, mime=mime, created=True)


def _check_upload(hub: Hub, campaign_id: str, account: str, sha256: str, incoming: int
                  ) -> None:
    with reading(hub.engine) as conn:
        quotas.check_upload(conn, campaign_id, account, hub.time(conn),
                            hub.settings.upload_quota, incoming, sha256)


def _siwe_origin(hub: Hub, request: Request) -> tuple[str, str]:
    """(domain, uri) a sign-in message must name for this hub."""
    settings = hub.settings
    domain = settings.siwe_domain or request.headers.get("host") or request.url.netloc
    uri = settings.public_url or str(request.base_url).rstrip("/")
    return domain, uri


def _etag_matches(header: str, etag: str) -> bool:
    if header.strip() == "*":
        return True
    return any(part.strip().removeprefix("W/") == etag for part in header.split(","))


def leases_response(out: LeasesOut, got: list[leases.Lease]) -> Response:
    """``out`` with the leased tasks' stored JSON spliced in as it is: parsing and
    re-serialising every task was a quarter of a 1,000-task lease's time. The bodies were
    validated (Task) when imported, and the empty list is the only ``"leases":[]`` in
    ``out``'s JSON (a quote inside a string value is escaped)."""
    items = ",".join(f'{{"task":{lease.body},"expires_at":{lease.expires_at}}}'
                     for lease in got)
    text = out.model_dump_json().replace('"leases":[]', f'"leases":[{items}]', 1)
    return Response(text, media_type="application/json")
