"""Signing in: a nonce, Sign-In with Ethereum for a session token, signing out, and who
the caller is (:mod:`..accounts.auth`)."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request, Response

from ...core.wire.auth import LoginIn, MeOut, NonceOut, SessionOut
from ..accounts import auth, quotas
from ..db.tables import reading
from ..errors import Unauthorized
from ..service import Hub
from .deps import ERRORS, Bearer, Signed

log = logging.getLogger("datafi_desktop.hub")


def add_routes(router: APIRouter, hub: Hub) -> None:

    @router.post("/v1/auth/nonce", response_model=NonceOut, responses=ERRORS, tags=["auth"])
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

    @router.post("/v1/auth/login", response_model=SessionOut, responses=ERRORS, tags=["auth"])
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

    @router.post("/v1/auth/logout", status_code=204, responses=ERRORS, tags=["auth"])
    def logout(_signed: Signed, creds: Bearer) -> Response:
        if creds is not None:
            with hub.engine.begin() as conn:
                auth.sign_out(conn, creds.credentials)
        return Response(status_code=204)

    @router.get("/v1/me", response_model=MeOut, responses=ERRORS, tags=["auth"])
    def me(signed: Signed) -> MeOut:
        with reading(hub.engine) as conn:
            held = auth.roles_of(conn, signed.account)
        return MeOut(address=signed.account, expires_at=signed.expires_at, roles=held)



def _siwe_origin(hub: Hub, request: Request) -> tuple[str, str]:
    """(domain, uri) a sign-in message must name for this hub."""
    settings = hub.settings
    domain = settings.siwe_domain or request.headers.get("host") or request.url.netloc
    uri = settings.public_url or str(request.base_url).rstrip("/")
    return domain, uri
