"""A profile's preferences: small values the app remembers between runs (the window's
place and size, the Tasks page's splitter, the task the annotator was on).

One JSON object in ``<profile>/preferences.json``, written whole (to a temporary
file, then renamed) on every change, so a crash never leaves half a file. Values
are JSON (numbers, strings, lists, objects); readers check what they get, since the
file may have been edited by hand. A file that cannot be read as a JSON object is
kept beside as ``preferences.json.bad`` and the app starts from the defaults: nothing
is lost, and nothing stops the app from opening.

>>> import tempfile, pathlib
>>> prefs = Preferences(pathlib.Path(tempfile.mkdtemp()) / "preferences.json")
>>> prefs.set("tasks.splitter", [300, 900]); prefs.get("tasks.splitter")
[300, 900]
>>> prefs.int_list("tasks.splitter", length=2), prefs.int_list("missing")
([300, 900], None)
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from pathlib import Path
from typing import Any

from .profile import Profile

log = logging.getLogger(__name__)

FILE_NAME = "preferences.json"


class Preferences:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._values: dict[str, Any] = self._read()

    @classmethod
    def for_profile(cls, profile: Profile) -> Preferences:
        return cls(profile.root / FILE_NAME)

    # --- reading ----------------------------------------------------------------------

    def get(self, key: str, default: Any = None) -> Any:
        with self._lock:
            return json.loads(json.dumps(self._values[key])) if key in self._values \
                else default

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
        """Remember ``value`` (JSON) under ``key`` and write the file now."""
        text = json.dumps(value)  # a value that is not JSON fails here, before anything
        with self._lock:
            if key in self._values and json.dumps(self._values[key]) == text:
                return
            self._values[key] = json.loads(text)
            self._write()

    def remove(self, key: str) -> None:
        with self._lock:
            if self._values.pop(key, None) is not None:
                self._write()

    # --- the file ---------------------------------------------------------------------

    def _read(self) -> dict[str, Any]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            log.warning("preferences not read (%s): starting from the defaults", exc)
            return {}
        try:
            values = json.loads(text)
        except ValueError:
            values = None
        if isinstance(values, dict):
            return values
        bad = self.path.with_name(self.path.name + ".bad")
        log.warning("%s is not a JSON object: kept as %s, starting from the defaults",
                    self.path, bad.name)
        try:
            os.replace(self.path, bad)
        except OSError as exc:
            log.warning("could not move it aside: %s", exc)
        return {}

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".preferences-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._values, handle, indent=1, sort_keys=True)
            os.replace(tmp, self.path)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            log.warning("preferences not saved: %s", exc)
