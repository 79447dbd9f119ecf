"""Errors of talking to a hub: one class per thing the sync engine does about it."""

from __future__ import annotations

from ..errors import DataFiError


class SyncError(DataFiError):
    """Syncing with the hub did not work."""


class HubUnreachableError(SyncError):
    """Connection refused, timed out, or the hub's proxy says it is down: work offline."""

    def __init__(self, url: str, why: str) -> None:
        super().__init__(f"hub unreachable at {url} ({why})")
        self.url = url
        self.why = why


class HubResponseError(SyncError):
    """The hub answered with an error status."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"hub answered {status}: {detail}")
        self.status = status
        self.detail = detail


class HubAuthError(HubResponseError):
    """401: no session, an expired one, or a refused sign-in."""


class HubForbiddenError(HubResponseError):
    """403: signed in, but without the role this needs (or the campaign is closed)."""


class HubRequestError(HubResponseError):
    """Another 4xx: the request itself is wrong."""


class HubServerError(HubResponseError):
    """5xx: the hub failed; try again later. Also an answer that does not fit its wire
    model (the detail names the model)."""


class WireRequestError(HubRequestError):
    """A request that does not fit its wire model: refused here, before it is sent (the
    hub would answer 422)."""

    def __init__(self, model: str, why: str) -> None:
        super().__init__(422, f"the request does not fit {model}: {why}")
        self.model = model


class WalletLockedForSync(SyncError):
    """Pushing needs a session, and a session needs the unlocked wallet."""

    def __init__(self) -> None:
        super().__init__("Unlock the wallet to sync")
