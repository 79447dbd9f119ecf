"""Errors the hub turns into HTTP answers: one class per status a client acts on."""

from __future__ import annotations


class HubError(Exception):
    status_code = 400

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class BadRequest(HubError):
    status_code = 400


class Unauthorized(HubError):
    """No session, an expired one, or a sign-in that does not verify."""

    status_code = 401


class Forbidden(HubError):
    """Signed in, but without the role this needs."""

    status_code = 403


class NotFound(HubError):
    status_code = 404


class Conflict(HubError):
    status_code = 409


class PayloadTooLarge(HubError):
    status_code = 413


class UnsupportedMediaType(HubError):
    status_code = 415


class Unprocessable(HubError):
    status_code = 422


class RequestTimeout(HubError):
    """The client stopped sending the request body."""

    status_code = 408


class TooManyRequests(HubError):
    """A quota or throttle: try again after ``retry_after`` seconds (sent as Retry-After)."""

    status_code = 429

    def __init__(self, detail: str, retry_after: int) -> None:
        super().__init__(detail)
        self.retry_after = max(1, int(retry_after))


class DatabaseUnavailable(HubError):
    """The database did not answer (restarting, failing over, out of connections): nothing
    was changed; the client sends the same request again after ``retry_after`` seconds."""

    status_code = 503

    def __init__(self, detail: str = "the hub's database is unavailable for a moment; "
                 "nothing was changed: send the request again", retry_after: int = 1) -> None:
        super().__init__(detail)
        self.retry_after = max(1, int(retry_after))
