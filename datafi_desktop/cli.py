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

log = logging.getLogger("datafi_desktop")

#: The headless commands: name → (module under ``datafi_desktop.commands``, one-line help).
#: Only the command being run is imported, so ``--version`` and ``--help`` load no
#: Qt, web3, eth-account, pydantic or SQLAlchemy (tests/core/test_import_sets.py).
COMMANDS: dict[str, tuple[str, str]] = {
    "wallet": ("wallet", "create, import, export and list wallet accounts"),
    "cache": ("cache", "inspect the local cache"),
    "import": ("import_", "import tasks (Label Studio, COCO, YOLO, labelme, images, texts, ...)"),
    "export": ("export", "export your submissions (Label Studio, COCO, YOLO, VOC, ...)"),
    "verify": ("verify", "check an export's signatures, hashes and on-chain roots"),
}
_VALUE_OPTIONS = {"--profile", "--hub", "--lang"}


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser; the command named in *argv* (if any) is registered in full,
    the others by name and help only."""
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
    parser.add_argument(
        "--lang", metavar="CODE", type=_language,
        help="the app's language for this run (en, zh_CN, es, pt_BR, hi, ar, id; default: "
             "the one chosen in Settings, else the system's)",
    )
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = command_in(sys.argv[1:] if argv is None else argv)
    for name, (module, summary) in COMMANDS.items():
        if name == wanted:
            _register(sub, module)
        else:
            sub.add_parser(name, help=summary, add_help=False)
    return parser


def _language(value: str) -> str:
    """``--lang``: one of the languages the app has (normalized: ``pt-br`` → ``pt_BR``)."""
    from .core.languages import UnknownLanguageError, normalize

    try:
        return normalize(value)
    except UnknownLanguageError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def command_in(argv: Sequence[str]) -> str | None:
    """The headless command *argv* names, if any (the first positional argument)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in _VALUE_OPTIONS:
            skip = True
        elif not token.startswith("-"):
            return token if token in COMMANDS else None
    return None


def _register(sub: argparse._SubParsersAction, module_name: str) -> None:
    """Command groups that live in their own modules register themselves."""
    import importlib

    module = importlib.import_module(f"datafi_desktop.commands.{module_name}")
    module.register(sub)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING - 10 * min(args.verbose, 2),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.command:
        return int(args.func(args))
    from .ui.app import run_gui  # Qt is imported only when the GUI starts

    return run_gui(profile=args.profile, demo=args.demo, smoke=args.smoke, hub=args.hub,
                   lang=args.lang)


if __name__ == "__main__":
    sys.exit(main())
