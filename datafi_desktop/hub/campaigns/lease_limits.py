"""How many tasks one account may hold in a campaign, and for how long.

Leasing takes tasks out of everyone else's reach, so one account must not hold a
whole campaign (the finding: one account leased every task of a campaign for 14
days). Per account and campaign, counting its live leases of tasks it has not
submitted yet:

- an **established** account — at least ``established_after`` (default 20)
  accepted or paid submissions in the campaign — may hold ``max_leases_per_account``
  tasks (default 5,000);
- a **new** account may hold ``new_account_max_leases`` (default 1,000);
- every lease lasts at most the hub's ``max_lease_ttl_s`` (default 14 days; a longer
  ``ttl_seconds`` is cut to it), and one request leases at most ``max_lease_count``.

A campaign may set any of the three numbers in ``extra``. Leases already held are
renewed first and always returned; new ones are granted up to the limit. The answer
says how many were asked, how many granted and why fewer (``limited`` with a
message naming the limit); when the limit leaves nothing to grant and nothing is
held, the request is refused with 429 and that message — never an empty success.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from ...core.models import Campaign
from ..db.clock import DbClock
from ..db.locking import share_campaigns
from ..db.locks import record_lock
from ..db.tables import leases, submissions
from ..errors import HubError, NotFound

DEFAULT_PER_ACCOUNT = 5000
DEFAULT_NEW_ACCOUNT = 1000
DEFAULT_ESTABLISHED_AFTER = 20


class LeaseLimitReached(HubError):
    """Nothing can be leased: the account holds as many tasks as it may."""

    status_code = 429


@dataclass(frozen=True)
class LeaseRule:
    max_per_account: int = DEFAULT_PER_ACCOUNT
    new_account_max: int = DEFAULT_NEW_ACCOUNT
    established_after: int = DEFAULT_ESTABLISHED_AFTER


def lease_rule(campaign: Campaign) -> LeaseRule:
    extra: dict[str, Any] = campaign.extra or {}

    def whole(key: str, default: int) -> int:
        value = extra.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
        return default

    return LeaseRule(whole("max_leases_per_account", DEFAULT_PER_ACCOUNT),
                     whole("new_account_max_leases", DEFAULT_NEW_ACCOUNT),
                     whole("established_after", DEFAULT_ESTABLISHED_AFTER))


@dataclass(frozen=True)
class Allowance:
    """What one lease request may get."""

    asked: int
    count: int  # what to pass to leases.lease_tasks
    held: int  # live leases the account holds in the campaign now
    limit: int  # the most it may hold
    new_account: bool
    by_holding: bool  # fewer than asked because of ``limit``
    request_cap: int | None  # fewer than asked because of the per-request cap
    ttl_s: int
    ttl_limited: bool

    def message(self, campaign_id: str, granted: int) -> str | None:
        parts = []
        if self.by_holding:
            who = "a new account" if self.new_account else "one account"
            parts.append(f"leased {granted} of {self.asked} asked: {who} may hold at most "
                         f"{self.limit} tasks of campaign {campaign_id!r} at once"
                         + (" until it has accepted work there" if self.new_account else "")
                         + f" (holds {self.held}); submit or release some to get more")
        elif self.request_cap is not None:
            parts.append(f"leased {granted} of {self.asked} asked: one request leases at "
                         f"most {self.request_cap} tasks")
        if self.ttl_limited:
            parts.append(f"leases last at most {self.ttl_s} s on this hub")
        return "; ".join(parts) or None


def allowance(conn: Connection, campaign_id: str, account: str, asked: int, count: int,
              ttl_s: int, ttl_limited: bool, clock: DbClock, *,
              skip_held: bool = False) -> Allowance:
    """How many of ``count`` (``asked`` before the per-request cap) the account may lease;
    raises :class:`LeaseLimitReached` when that is none. Shares the campaign row (as
    leasing does) and locks this account's lease count in this campaign (two requests
    of one account cannot both take the last allowed places; other accounts do not
    wait), then reads the database's clock."""
    found = share_campaigns(conn, [campaign_id])
    if campaign_id not in found:
        raise NotFound(f"no campaign {campaign_id!r}")
    campaign, _closed = found[campaign_id]
    record_lock(conn, f"lease-count:{campaign_id}:{account.lower()}")
    now = clock(conn)
    rule = lease_rule(campaign)
    mine_done = select(submissions.c.task_uid).where(submissions.c.account == account,
                                                     submissions.c.campaign_id == campaign_id)
    held = int(conn.execute(
        select(func.count()).select_from(leases)
        .where(leases.c.account == account, leases.c.campaign_id == campaign_id,
               leases.c.expires_at > now, leases.c.task_uid.not_in(mine_done))
    ).scalar_one())
    accepted = int(conn.execute(
        select(func.count()).select_from(submissions)
        .where(submissions.c.account == account, submissions.c.campaign_id == campaign_id,
               submissions.c.status.in_(("accepted", "paid")))
    ).scalar_one())
    new_account = accepted < rule.established_after
    limit = rule.new_account_max if new_account else rule.max_per_account
    room = max(0, limit - held)  # new leases it may still take
    allowed = min(count, room if skip_held else min(held, count) + room)
    result = Allowance(asked=asked, count=allowed, held=held, limit=limit,
                       new_account=new_account, by_holding=allowed < count,
                       request_cap=count if count < asked else None, ttl_s=ttl_s,
                       ttl_limited=ttl_limited)
    if allowed == 0:
        raise LeaseLimitReached(result.message(campaign_id, 0) or "")
    return result
