"""The wire: the single definition of the protocol between the app and the hub.

Every request and answer of the hub's HTTP API is a pydantic model here, in small
modules by area (:mod:`.auth`, :mod:`.campaigns`, :mod:`.assets`, :mod:`.submissions`,
:mod:`.statuses`, :mod:`.quality`, :mod:`.review`, :mod:`.rewards`, :mod:`.inclusions`,
:mod:`.meta`, :mod:`.errors`, :mod:`.common`). Both sides import them:

- the hub's FastAPI routes (``datafi_desktop.hub.api``) take them as request bodies and
  response models, so the OpenAPI document (``/openapi.json``) is generated from them;
- the app's client (:class:`datafi_desktop.core.sync.client.HubClient`) builds its
  requests with them and parses every answer with them, so an answer that does not fit
  is refused where it arrives, naming the model.

The annotation body (:mod:`.body`) is a plain type alias without pydantic, for the
modules on the app's first-paint path. This package's ``__init__`` imports nothing:
importing ``datafi_desktop.core.wire.body`` loads neither pydantic nor the models.
"""
