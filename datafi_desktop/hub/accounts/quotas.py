"""Upload quotas and the nonce throttle: nobody fills the disk or the nonce table.

- Uploads go only to an open campaign that has a collection task, and count
  against two quotas per window (``UploadQuota``): files and bytes per account,
  files and bytes per campaign, read from the ``assets`` table (so they hold across
  restarts and workers). Over a quota → 429 with ``Retry-After``: when the oldest
  upload in the window leaves it.
- ``POST /v1/auth/nonce`` is throttled per client address, counted in the
  ``siwe_nonces`` table (so the window holds across restarts and for every hub process
  behind one proxy), and refused while too many unused nonces are outstanding.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from ...core.models import TaskKind
from ..db.locks import record_lock
from ..db.tables import assets, campaigns, nonces, tasks
from ..errors import Forbidden, NotFound, TooManyRequests

MiB = 1024 * 1024


@dataclass(frozen=True)
class UploadQuota:
    window_s: int = 3600
    account_files: int = 500
    account_bytes: int = 1024 * MiB
    campaign_files: int = 20_000
    campaign_bytes: int = 20 * 1024 * MiB


def check_upload(conn: Connection, campaign_id: str, account: str, now: int,
                 quota: UploadQuota, incoming_bytes: int = 0, sha256: str | None = None
                 ) -> None:
    """Raise unless ``account`` may upload ``incoming_bytes`` more to the campaign now
    (a file the hub already holds costs no quota: resending it is how a client recovers
    from a lost answer)."""
    row = conn.execute(select(campaigns.c.closed).where(campaigns.c.id == campaign_id)).first()
    if row is None:
        raise NotFound(f"no campaign {campaign_id!r}")
    if row.closed:
        raise Forbidden(f"campaign {campaign_id!r} is closed")
    collects = conn.execute(
        select(tasks.c.uid).where(tasks.c.campaign_id == campaign_id,
                                  tasks.c.kind == TaskKind.COLLECTION.value).limit(1)
    ).first()
    if collects is None:
        raise Forbidden(f"campaign {campaign_id!r} has no collection task: it takes no files")
    if sha256 is not None and conn.execute(
            select(assets.c.sha256).where(assets.c.sha256 == sha256)).first() is not None:
        return
    since = now - quota.window_s * 1000
    for who, column, value, max_files, max_bytes in (
        ("your account", assets.c.uploaded_by, account, quota.account_files,
         quota.account_bytes),
        (f"campaign {campaign_id!r}", assets.c.campaign_id, campaign_id, quota.campaign_files,
         quota.campaign_bytes),
    ):
        files, used, oldest = conn.execute(
            select(func.count(), func.coalesce(func.sum(assets.c.size), 0),
                   func.min(assets.c.created_at))
            .where(column == value, assets.c.created_at > since)
        ).one()
        retry = max(1, (int(oldest or now) + quota.window_s * 1000 - now) // 1000)
        hours = f"{quota.window_s / 3600:g} h"
        if files >= max_files:
            raise TooManyRequests(f"upload quota: {who} may upload {max_files} files per "
                                  f"{hours}", retry)
        if int(used) + incoming_bytes > max_bytes:
            raise TooManyRequests(f"upload quota: {who} may upload {max_bytes // MiB} MiB "
                                  f"per {hours}", retry)


def check_nonce_request(conn: Connection, client: str, now: int, limit: int,
                        window_s: float, max_outstanding: int) -> None:
    """Raise 429 when ``client`` asked for ``limit`` nonces in the last ``window_s``
    (counted in the database: every hub process sees the same window; the client's
    count is locked until the caller's transaction, which issues the nonce, ends) or
    too many nonces are unused."""
    record_lock(conn, f"nonce-rate:{client}")
    since = now - int(window_s * 1000)
    recent, oldest = conn.execute(
        select(func.count(), func.min(nonces.c.issued_at))
        .where(nonces.c.client == client[:64], nonces.c.issued_at > since)
    ).one()
    if recent >= limit:
        wait = max(1, -(-(int(oldest) + int(window_s * 1000) - now) // 1000))
        raise TooManyRequests(f"too many sign-in nonces from {client}: at most "
                              f"{limit} per {window_s:g} s", wait)
    outstanding = conn.execute(
        select(func.count()).select_from(nonces)
        .where(nonces.c.used_at.is_(None), nonces.c.expires_at > now)
    ).scalar_one()
    if outstanding >= max_outstanding:
        raise TooManyRequests("too many sign-ins under way: try again shortly", 30)
