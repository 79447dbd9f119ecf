"""The DataFi hub: the coordinator the desktop app syncs with (no Qt here).

``create_app(Hub.open(settings))`` is the ASGI application; ``datafi-hub`` is
its admin command line; :mod:`.server.inprocess` runs one in a background thread.
"""

from .service import Hub
from .settings import HubSettings

__all__ = ["Hub", "HubSettings"]
