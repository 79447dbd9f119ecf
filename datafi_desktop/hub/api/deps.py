"""What the API's routers share: the signed-in dependency, the request guard's questions
about the hub, path parameter types and the documented error answers."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import Depends, Request
from fastapi import Path as PathParam
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as SATimeoutError

from ...core.models.tasks import TASK_ID_RE
from ...core.wire.common import SHA256_PATTERN
from ...core.wire.errors import ErrorOut
from ..accounts import auth
from ..db.tables import reading
from ..errors import DatabaseUnavailable, Unauthorized
from ..service import Hub
from .http_guard import GuardLimits

log = logging.getLogger("datafi_desktop.hub")

#: campaign and task ids as the task model defines them (they may hold "/"); the path
#: parameters of every router take these
_ID_PATTERN = TASK_ID_RE.pattern
_UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
CampaignId = Annotated[str, PathParam(pattern=_ID_PATTERN)]
TaskId = Annotated[str, PathParam(pattern=_ID_PATTERN)]
SubmissionId = Annotated[str, PathParam(pattern=_UUID_PATTERN)]
Sha256 = Annotated[str, PathParam(pattern=SHA256_PATTERN)]
ERRORS: dict[int | str, dict[str, object]] = {
    code: {"model": ErrorOut} for code in (400, 401, 403, 404, 408, 409, 413, 415, 422, 429)
}
_bearer = HTTPBearer(auto_error=False, description="the token from POST /v1/auth/login")
Bearer = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def session(request: Request, creds: Bearer) -> auth.Session:
    """The caller's session (401 without a valid bearer token)."""
    if creds is None or creds.scheme.lower() != "bearer" or not creds.credentials:
        raise Unauthorized("not signed in: send Authorization: Bearer <token>")
    hub: Hub = request.app.state.hub
    with reading(hub.engine) as conn:
        return auth.session_for(conn, creds.credentials, hub.time(conn))


Signed = Annotated[auth.Session, Depends(session)]


def check_token(hub: Hub, token: str) -> None:
    """Raise Unauthorized unless ``token`` is a live session (the guard asks before it
    reads a body). A database that does not answer is a 503, not a 500."""
    try:
        with reading(hub.engine) as conn:
            auth.session_for(conn, token, hub.time(conn))
    except (OperationalError, SATimeoutError) as exc:
        log.warning("database unavailable checking a session: %s",
                    str(exc).splitlines()[0][:200])
        raise DatabaseUnavailable() from None


def guard_limits(hub: Hub) -> GuardLimits:
    s = hub.settings
    return GuardLimits(max_json_bytes=s.max_json_bytes, max_upload_bytes=s.max_upload_bytes,
                       max_depth=s.max_json_depth, max_json_values=s.max_json_values,
                       body_idle_timeout_s=s.body_idle_timeout_s)

