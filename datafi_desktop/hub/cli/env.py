"""Every ``datafi-hub`` global and ``serve`` option also from the environment:
``--database-url`` ← ``DATAFI_HUB_DATABASE_URL``, ``--asset-store`` ←
``DATAFI_HUB_ASSET_STORE``, ``--workers`` ← ``DATAFI_HUB_WORKERS``, … (the option's name,
upper case, ``-`` → ``_``, prefixed ``DATAFI_HUB_``). A command-line option wins over
the environment; flags take ``1``/``true``/``yes``/``on``; a repeatable option takes
a comma-separated list. ``docs/deploy.md`` lists them all (a test keeps it complete)."""

from __future__ import annotations

import argparse
import os

PREFIX = "DATAFI_HUB_"
#: options whose variable predates this scheme
SPECIAL = {"data_dir": "DATAFI_HUB_DIR", "password_file": "DATAFI_HUB_KEY_PASSWORD_FILE"}


def env_name(action: argparse.Action) -> str:
    return SPECIAL.get(action.dest, PREFIX + action.dest.upper())


def settable(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    """The options of ``parser`` that the environment can set."""
    return [a for a in parser._actions
            if a.option_strings and a.dest not in ("help", "version", "verbose")
            and a.help != argparse.SUPPRESS]


def apply_env_defaults(parser: argparse.ArgumentParser) -> None:
    """Make the environment the default of every settable option of ``parser``."""
    for action in settable(parser):
        raw = os.environ.get(env_name(action))
        if raw is None or raw == "":
            continue
        if isinstance(action, argparse._StoreTrueAction):
            action.default = raw.strip().lower() in ("1", "true", "yes", "on")
        elif isinstance(action, argparse._AppendAction):
            action.default = [_convert(action, v.strip()) for v in raw.split(",") if v.strip()]
        else:
            action.default = _convert(action, raw)
        action.required = False


def _convert(action: argparse.Action, raw: str) -> object:
    if action.type is None or not callable(action.type):
        return raw
    try:
        return action.type(raw)
    except (TypeError, ValueError):
        raise SystemExit(f"{env_name(action)}={raw!r}: not a valid value for "
                         f"{action.option_strings[-1]}") from None


def env_table(parser: argparse.ArgumentParser, serve: argparse.ArgumentParser
              ) -> list[tuple[str, str, str]]:
    """(variable, option, help) of every settable global and serve option."""
    rows = []
    for action in settable(parser) + settable(serve):
        rows.append((env_name(action), action.option_strings[-1], action.help or ""))
    return rows
