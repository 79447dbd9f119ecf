"""Sign-In with Ethereum, sessions and per-campaign roles.

- A nonce is issued by the hub, stored with a short expiry, and burned by the
  first sign-in attempt that names it (whether that attempt succeeds or not).
- A session token is 32 random bytes shown to the client once; the hub keeps
  only its sha-256. Tokens are never logged.
- Roles: anyone signed in is an annotator of an open campaign; reviewer and
  admin are granted per campaign (``datafi-hub role grant``). An admin can do
  everything a reviewer can.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ...core import siwe
from ..db.clock import DbClock
from ..db.tables import campaigns, nonces, roles, sessions
from ..errors import Forbidden, NotFound, Unauthorized

ROLES = ("reviewer", "admin")
SIWE_STATEMENT = "Sign in to the DataFi hub to sync your labeling work."


@dataclass(frozen=True)
class Session:
    account: str
    expires_at: int


@dataclass(frozen=True)
class Issued:
    nonce: str
    issued_at: int
    expires_at: int


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_nonce(conn: Connection, now: int, ttl_s: int, client: str | None = None) -> Issued:
    """A new nonce for ``client`` (its address; the throttle counts by it)."""
    nonce = siwe.new_nonce()
    expires = now + ttl_s * 1000
    # expired nonces are of no use to anyone: sweep them as new ones are issued
    conn.execute(delete(nonces).where(nonces.c.expires_at < now - 3_600_000))
    conn.execute(insert(nonces).values(nonce=nonce, issued_at=now, expires_at=expires,
                                       client=None if client is None else client[:64]))
    return Issued(nonce, now, expires)


def sign_in(
    conn: Connection,
    *,
    message: str,
    signature: str,
    domain: str,
    uri_prefix: str | None,
    chain_id: int,
    clock: DbClock,
    session_ttl_s: int,
) -> tuple[str, Session] | Unauthorized:
    """Check a signed SIWE message; return a new session token and its session.

    Once the nonce is burned, a failure is *returned* (not raised) so that the
    caller commits the burn and then answers 401: a rejected attempt must not
    give the nonce back. Raises :class:`Unauthorized` for failures before that
    (malformed message, unknown nonce). Reasons: malformed, another domain or
    chain, expired, unknown or already used nonce, bad signature.
    """
    try:
        parsed = siwe.SiweMessage.parse(message)
    except siwe.SiweError as exc:
        raise Unauthorized(f"sign-in message: {exc}") from None
    # burn the nonce first: whatever happens next, it cannot be used again
    row = conn.execute(select(nonces).where(nonces.c.nonce == parsed.nonce)).first()
    if row is None:
        raise Unauthorized("sign-in message: unknown nonce (ask for a new one)")
    now = clock(conn)
    burned = conn.execute(
        update(nonces)
        .where(nonces.c.nonce == parsed.nonce, nonces.c.used_at.is_(None))
        .values(used_at=now)
    )
    if burned.rowcount != 1:
        return Unauthorized("sign-in message: nonce already used")
    if row.expires_at <= now:
        return Unauthorized("sign-in message: nonce expired (ask for a new one)")
    try:
        siwe.validate(
            parsed,
            domain=domain,
            chain_id=chain_id,
            uri_prefix=uri_prefix,
            now=datetime.fromtimestamp(now / 1000, UTC),
        )
        siwe.verify_signature(parsed, signature)
        if parsed.statement != SIWE_STATEMENT:  # signed, but not what this hub asks
            raise siwe.SiweDomainError("statement: not the statement this hub asks to sign")
    except siwe.SiweError as exc:
        return Unauthorized(f"sign-in message: {exc}")
    token = secrets.token_urlsafe(32)
    expires = now + session_ttl_s * 1000
    expiry = parsed.expiration_dt
    if expiry is not None:  # a session never outlives the message that opened it
        expires = min(expires, int(expiry.timestamp() * 1000))
    conn.execute(delete(sessions).where(sessions.c.expires_at < now))
    conn.execute(
        insert(sessions).values(
            token_hash=token_hash(token), account=parsed.address, created_at=now,
            expires_at=expires,
        )
    )
    return token, Session(parsed.address, expires)


def session_for(conn: Connection, token: str, now: int) -> Session:
    row = conn.execute(
        select(sessions.c.account, sessions.c.expires_at).where(
            sessions.c.token_hash == token_hash(token)
        )
    ).first()
    if row is None:
        raise Unauthorized("not signed in (unknown session)")
    if row.expires_at <= now:
        raise Unauthorized("session expired: sign in again")
    return Session(row.account, row.expires_at)


def sign_out(conn: Connection, token: str) -> None:
    conn.execute(delete(sessions).where(sessions.c.token_hash == token_hash(token)))


def roles_of(
    conn: Connection, account: str, campaign_id: str | None = None
) -> dict[str, list[str]]:
    query = select(roles.c.campaign_id, roles.c.role).where(roles.c.account == account)
    if campaign_id is not None:
        query = query.where(roles.c.campaign_id == campaign_id)
    result: dict[str, list[str]] = {}
    for row in conn.execute(query.order_by(roles.c.campaign_id, roles.c.role)):
        result.setdefault(row.campaign_id, []).append(row.role)
    return result


def require_role(conn: Connection, campaign_id: str, account: str, role: str) -> None:
    """Raise unless ``account`` holds ``role`` (or admin) in the campaign."""
    held = set(roles_of(conn, account, campaign_id).get(campaign_id, []))
    if role in held or "admin" in held:
        return
    raise Forbidden(f"this needs the {role} role in campaign {campaign_id!r}")


def grant_role(conn: Connection, campaign_id: str, account: str, role: str, now: int) -> None:
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    if conn.execute(select(campaigns.c.id).where(campaigns.c.id == campaign_id)).first() is None:
        raise NotFound(f"no campaign {campaign_id!r}")
    values = {"campaign_id": campaign_id, "account": account, "role": role, "granted_at": now}
    dialect = conn.dialect.name
    stmt = (pg_insert(roles) if dialect == "postgresql" else sqlite_insert(roles)).values(values)
    conn.execute(stmt.on_conflict_do_nothing())


def revoke_role(conn: Connection, campaign_id: str, account: str, role: str) -> bool:
    result = conn.execute(
        delete(roles).where(
            roles.c.campaign_id == campaign_id, roles.c.account == account, roles.c.role == role
        )
    )
    return result.rowcount > 0
