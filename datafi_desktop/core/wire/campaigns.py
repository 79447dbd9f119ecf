"""Campaigns and task leases: the list, one campaign, leasing and giving back."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from ..models import Campaign, Task
from .common import StrictIn


class CampaignOut(BaseModel):
    campaign: Campaign
    closed: bool
    tasks_total: int
    tasks_open: int


class CampaignDetailOut(CampaignOut):
    collection_tasks: list[Task] = Field(
        description="tasks that create new items (no lease needed)"
    )


class CampaignListOut(BaseModel):
    campaigns: list[CampaignOut]


class LeaseIn(StrictIn):
    count: int = Field(default=20, ge=1, le=10_000, description="how many tasks to hold")
    ttl_seconds: int | None = Field(
        default=None, ge=1, le=14 * 24 * 3600, description="lease time (hub default if unset)"
    )
    held: Literal["renew", "skip"] = Field(
        default="renew", description="renew: the leases already held come first (renewed) "
        "and count is the total to hold; skip: only new tasks, count of them (a paged pull)")


class LeaseOut(BaseModel):
    task: Task
    expires_at: int


class LeasesOut(BaseModel):
    campaign_id: str
    leases: list[LeaseOut]
    now: int
    asked: int | None = Field(default=None, description="how many tasks were asked for")
    granted: int | None = Field(default=None, description="how many are leased now")
    limit: int | None = Field(default=None, description="the most tasks this account may "
                              "hold in the campaign at once (hub.lease_limits)")
    ttl_seconds: int | None = Field(default=None, description="the lease time granted")
    held: int | None = Field(default=None, description="live leases the account held in "
                             "the campaign before this request")
    message: str | None = Field(default=None, description="why fewer than asked were "
                                "granted or the lease is shorter, naming the limit")
