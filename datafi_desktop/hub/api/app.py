"""The hub's HTTP API (FastAPI), versioned under ``/v1``: :func:`create_app` assembles
the request guard, the error answers and the routes of each area (one module each).

Handlers are plain functions run in the thread pool: each opens one transaction, and the
work itself lives in the area's package (:mod:`..accounts`, :mod:`..campaigns`,
:mod:`..intake`, :mod:`..review`, :mod:`..settlement`, :mod:`..storage`). Errors are JSON
``{"detail": "..."}`` with the status code of their :class:`~..errors.HubError` class.
"""

from __future__ import annotations

from fastapi import FastAPI

from ... import __version__
from ..service import Hub
from . import accounts, assets, campaigns, meta, review, rewards, rubber_stamp, submissions
from .deps import check_token, guard_limits, session
from .handlers import add_error_handlers
from .http_guard import GuardedRoute, RequestGuard

#: the areas' routes in the order they match: those whose paths end in a suffix
#: (``…/review/leases``, ``…/rewards/me``) before the campaign routes, whose
#: ``{campaign_id:path}`` would take ``c1/review`` for a campaign id. Each adds its routes
#: to the app's own router (``include_router`` would nest them where the request guard,
#: which looks a request's route up in ``app.router.routes``, does not see them).
AREAS = (
    meta,  # /v1/health, /v1/ready
    accounts,  # sign-in and sessions
    review,  # review leases and queue, verdicts, quality, flags
    rewards,  # rewards, epochs, relayed claims
    rubber_stamp,  # predictions accepted unread (issue 19)
    campaigns,  # campaigns and task leases
    submissions,  # intake and the status feed
    assets,  # downloads and uploads
)


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
    app.add_middleware(RequestGuard, router=app.router, session_dependency=session,
                       check_token=lambda token: check_token(hub, token),
                       limits=lambda: guard_limits(hub))
    add_error_handlers(app)
    for area in AREAS:
        area.add_routes(app.router, hub)
    return app
