"""The languages the app is translated into, and which one a run uses.

The order of precedence: ``--lang CODE`` (this run only), else the language chosen in
Settings ▸ Language (remembered in :class:`LanguageChoice`, one file per user, shared by
every profile), else the system's UI languages, else English. Codes are Qt's
(``zh_CN``, ``pt_BR``); the system's tags (``pt-BR``, ``zh-Hans-CN``, ``ar-EG``) are
matched to the closest language we have.

>>> match_system(["pt-PT", "en-GB"])
'pt_BR'
>>> match_system(["zh-Hans-CN"]), match_system(["de-DE", "ar-EG"]), match_system(["fr"])
('zh_CN', 'ar', 'en')
>>> normalize("pt-br"), normalize("ZH_cn"), normalize("es_MX")
('pt_BR', 'zh_CN', 'es')
>>> normalize("klingon")
Traceback (most recent call last):
...
datafi_desktop.core.languages.UnknownLanguageError: unknown language 'klingon'; the app \
speaks: en (English), zh_CN (简体中文), es (Español), pt_BR (Português (Brasil)), hi (हिन्दी), \
ar (العربية), id (Bahasa Indonesia)
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from .errors import DataFiError

log = logging.getLogger(__name__)

APP_NAME = "datafi-desktop"
DEFAULT = "en"


@dataclass(frozen=True)
class Language:
    code: str  #: Qt's locale name, also the .ts/.qm file suffix
    native: str  #: the name in the language itself (what the Settings list shows)
    english: str
    right_to_left: bool = False


LANGUAGES: dict[str, Language] = {lang.code: lang for lang in (
    Language("en", "English", "English"),
    Language("zh_CN", "简体中文", "Simplified Chinese"),
    Language("es", "Español", "Spanish"),
    Language("pt_BR", "Português (Brasil)", "Brazilian Portuguese"),
    Language("hi", "हिन्दी", "Hindi"),
    Language("ar", "العربية", "Arabic", right_to_left=True),
    Language("id", "Bahasa Indonesia", "Indonesian"),
)}

#: language part of a system tag → our code, where the language alone decides
_BY_LANGUAGE = {"en": "en", "es": "es", "pt": "pt_BR", "hi": "hi", "ar": "ar", "id": "id",
                "in": "id",  # Java's old code for Indonesian, still seen in some systems
                "zh": "zh_CN"}
#: Chinese written in traditional script is not Simplified Chinese: English is closer for
#: no reader, but showing the wrong script is worse than falling through
_TRADITIONAL = {"hant", "tw", "hk", "mo"}


class UnknownLanguageError(DataFiError):
    def __init__(self, requested: str) -> None:
        self.requested = requested
        super().__init__(f"unknown language {requested!r}; the app speaks: {available()}")


def available() -> str:
    """Every language as ``code (native name)``, for messages."""
    return ", ".join(f"{lang.code} ({lang.native})" for lang in LANGUAGES.values())


def _match(tag: str) -> str | None:
    parts = [p.lower() for p in tag.replace("-", "_").replace(".", "_").split("_") if p]
    if not parts:
        return None
    if parts[0] == "zh" and _TRADITIONAL.intersection(parts[1:]):
        return None
    return _BY_LANGUAGE.get(parts[0])


def normalize(code: str) -> str:
    """Our code for what a user typed (``pt-br``, ``zh_CN``, ``es_MX``); raises
    :class:`UnknownLanguageError` for a language the app does not have."""
    found = _match(code.strip())
    if found is None:
        raise UnknownLanguageError(code)
    return found


def match_system(ui_languages: Iterable[str]) -> str:
    """The first of the system's UI languages (most preferred first, as
    ``QLocale.system().uiLanguages()`` lists them) that the app has, else English."""
    for tag in ui_languages:
        found = _match(tag)
        if found is not None:
            return found
    return DEFAULT


def config_dir() -> Path:
    """Where per-user (not per-profile) settings live; ``DATAFI_CONFIG_DIR`` moves it."""
    env = os.environ.get("DATAFI_CONFIG_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


class LanguageChoice:
    """The language chosen in Settings, remembered in ``language.json`` in the user's
    config folder. ``None`` means "follow the system". A file that cannot be read or
    names a language we do not have counts as no choice (logged), never stops the app."""

    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or config_dir()) / "language.json"

    def get(self) -> str | None:
        try:
            value = json.loads(self.path.read_text(encoding="utf-8")).get("language")
        except FileNotFoundError:
            return None
        except (OSError, ValueError, AttributeError) as exc:
            log.warning("language setting %s unreadable (%s): following the system",
                        self.path, exc)
            return None
        if value is None:
            return None
        try:
            return normalize(str(value))
        except UnknownLanguageError:
            log.warning("language setting %r is not a language the app has", value)
            return None

    def set(self, code: str | None) -> None:
        """Remember ``code`` (normalized; ``None``: follow the system again). Written to
        a temporary file and renamed, so a crash never leaves half of it."""
        value = None if code is None else normalize(code)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"language": value}), encoding="utf-8")
        os.replace(tmp, self.path)


def choose(requested: str | None, remembered: str | None, system: Iterable[str]) -> str:
    """The language of this run: ``--lang`` (normalized; unknown raises), else the
    remembered choice, else the system's.

    >>> choose("es", "ar", ["hi-IN"]), choose(None, "ar", ["hi-IN"]), choose(None, None, ["hi"])
    ('es', 'ar', 'hi')
    """
    if requested is not None:
        return normalize(requested)
    if remembered is not None:
        return remembered
    return match_system(system)
