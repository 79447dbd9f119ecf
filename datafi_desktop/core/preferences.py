"""A profile's preferences: small values the app remembers between runs (the window's
place and size, the Tasks page's splitter, the task the annotator was on).

They live where the profile's other settings do (the hub URL, chain overrides): the
cache's key-value table, as JSON under ``ui.<name>``, written at once in a
transaction, so a crash never leaves half of one. Readers check what they get (a
value from an older version, or edited by hand, may be anything): a value that is
not what is expected counts as absent, so the default is used and nothing stops the
app from opening.

>>> from pathlib import Path; import tempfile
>>> from datafi_desktop.core.cache import Cache
>>> prefs = Preferences(Cache(Path(tempfile.mkdtemp()) / "c.sqlite3"))
>>> prefs.set("tasks.splitter", [300, 900]); prefs.get("tasks.splitter")
[300, 900]
>>> prefs.int_list("tasks.splitter", length=2), prefs.int_list("missing")
([300, 900], None)
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cache import Cache

log = logging.getLogger(__name__)

PREFIX = "ui."


class Preferences:
    def __init__(self, cache: Cache) -> None:
        self.cache = cache

    # --- reading ----------------------------------------------------------------------

    def get(self, key: str, default: Any = None) -> Any:
        text = self.cache.tasks.get_state(PREFIX + key)
        if text is None:
            return default
        try:
            value = json.loads(text)
        except ValueError:
            log.warning("preference %s is not JSON: the default is used", key)
            return default
        return default if value is None else value

    def int_list(self, key: str, *, length: int | None = None,
                 minimum: int = 0) -> list[int] | None:
        """A list of whole numbers ≥ ``minimum`` (of ``length`` items), else None."""
        value = self.get(key)
        if not isinstance(value, list) or (length is not None and len(value) != length):
            return None
        if not all(isinstance(v, int) and not isinstance(v, bool) and v >= minimum
                   for v in value):
            return None
        return list(value)

    def boolean(self, key: str, default: bool) -> bool:
        value = self.get(key)
        return value if isinstance(value, bool) else default

    def string(self, key: str) -> str | None:
        value = self.get(key)
        return value if isinstance(value, str) else None

    # --- writing ----------------------------------------------------------------------

    def set(self, key: str, value: Any) -> None:
        """Remember ``value`` (JSON) under ``key`` now; a value that is not JSON raises
        TypeError before anything is written."""
        text = json.dumps(value, sort_keys=True)
        if self.cache.tasks.get_state(PREFIX + key) != text:
            self.cache.tasks.set_state(PREFIX + key, text)

    def remove(self, key: str) -> None:
        if self.cache.tasks.get_state(PREFIX + key) is not None:
            self.cache.tasks.set_state(PREFIX + key, "null")
