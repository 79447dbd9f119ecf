"""``datafi-desktop``: the GUI by default, headless subcommands for scripts.

    datafi-desktop                     open the app on the default profile
    datafi-desktop --demo              the demo campaign in a fresh temporary profile
    datafi-desktop --hub URL           sync this profile with the hub at URL
    datafi-desktop wallet create       headless wallet commands (create, import, export, list)
    datafi-desktop cache status        what the local cache holds
    datafi-desktop import|export       tasks in, your signed work out (Label Studio, COCO, …)
    datafi-desktop verify EXPORT       check an export's hashes, signatures and on-chain roots
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from . import __version__
from .commands import cache as cache_commands

log = logging.getLogger("datafi_desktop")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="datafi-desktop",
        description="Label data offline, sign every submission, claim rewards on-chain.",
    )
    parser.add_argument("--version", action="version", version=f"datafi-desktop {__version__}")
    parser.add_argument(
        "--profile", metavar="DIR", help="profile directory (default: per-user data directory)"
    )
    parser.add_argument(
        "--demo", action="store_true",
        help="start with the demo campaign in a fresh temporary profile",
    )
    parser.add_argument(
        "--hub", metavar="URL",
        help="the hub to sync with, remembered in the profile (default: the one the "
             "profile's campaigns name)",
    )
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in ("wallet", "import_", "export", "verify"):
        _register_optional(sub, name)
    cache_commands.register(sub)
    return parser


def _register_optional(sub: argparse._SubParsersAction, name: str) -> None:
    """Command groups that live in their own modules register themselves."""
    import importlib

    module = importlib.import_module(f"datafi_desktop.commands.{name}")
    module.register(sub)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING - 10 * min(args.verbose, 2),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.command:
        return int(args.func(args))
    from .ui.app import run_gui  # Qt is imported only when the GUI starts

    return run_gui(profile=args.profile, demo=args.demo, smoke=args.smoke, hub=args.hub)


if __name__ == "__main__":
    sys.exit(main())
