"""``datafi-desktop wallet``: the wallet without the GUI.

    datafi-desktop wallet create [--words 12|24] [--label L]
    datafi-desktop wallet import --mnemonic-stdin [--index N] | --private-key-stdin
                                 | --keystore FILE
    datafi-desktop wallet export ADDRESS [--out FILE]
    datafi-desktop wallet list [--json]
    datafi-desktop wallet derive [--index N] [--root ADDRESS]

Passwords are prompted without echo (twice for a new one), or read from the first
line of ``--password-file FILE`` or from ``DATAFI_WALLET_PASSWORD`` (scripts). The
password of a keystore being imported comes from ``--keystore-password-file``,
``DATAFI_KEYSTORE_PASSWORD`` or a prompt. A mnemonic or private key is read from
stdin (prompted without echo on a terminal), never from the command line, so it
does not land in the shell history.

``DATAFI_SCRYPT_N`` (a power of two) replaces the scrypt cost of the files written.
It exists for tests: a small value makes the files much weaker against guessing.

Exit codes: 0 done, 2 a user error (wrong password, bad input, ...), one line on stderr.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import DataFiError
from ..core.profile import open_profile

if TYPE_CHECKING:  # the signing stack loads only when a command runs, not for --help
    from ..core.wallet import Wallet

PASSWORD_ENV = "DATAFI_WALLET_PASSWORD"  # noqa: S105 - the name of a variable
KEYSTORE_PASSWORD_ENV = "DATAFI_KEYSTORE_PASSWORD"  # noqa: S105 - a variable name
SCRYPT_N_ENV = "DATAFI_SCRYPT_N"
MAX_SECRET_CHARS = 4096

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """A command-line mistake reported as one line with exit code 2."""


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``wallet`` and its subcommands; each sets ``func`` to its handler."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--password-file", metavar="FILE",
        help=f"read the wallet password from FILE's first line (or set {PASSWORD_ENV})",
    )
    parser = subparsers.add_parser(
        "wallet", help="create, import, export and list wallet accounts",
        description="Manage the accounts of the profile's wallet.",
    )
    sub = parser.add_subparsers(dest="wallet_command", metavar="ACTION", required=True)

    create = sub.add_parser("create", parents=[common], help="new mnemonic and account")
    create.add_argument("--words", type=int, choices=(12, 24), default=12)
    create.add_argument("--label", default="")
    create.set_defaults(func=_guarded(create_command))

    imp = sub.add_parser("import", parents=[common], help="import a mnemonic, key or keystore")
    what = imp.add_mutually_exclusive_group(required=True)
    what.add_argument("--mnemonic-stdin", action="store_true",
                      help="read a BIP-39 phrase from stdin")
    what.add_argument("--private-key-stdin", action="store_true",
                      help="read a hex private key from stdin")
    what.add_argument("--keystore", metavar="FILE", help="a keystore v3 JSON file")
    imp.add_argument("--index", type=int, help="account index of the mnemonic (default 0)")
    imp.add_argument("--label", default="")
    imp.add_argument(
        "--keystore-password-file", metavar="FILE",
        help=f"the keystore's own password (or set {KEYSTORE_PASSWORD_ENV})",
    )
    imp.set_defaults(func=_guarded(import_command))

    export = sub.add_parser("export", parents=[common], help="write an account's keystore JSON")
    export.add_argument("address")
    export.add_argument("--out", metavar="FILE", help="write to FILE (mode 0600), not stdout")
    export.set_defaults(func=_guarded(export_command))

    listing = sub.add_parser("list", help="the accounts of this profile")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(func=_guarded(list_command))

    derive = sub.add_parser("derive", parents=[common], help="next account of the mnemonic")
    derive.add_argument("--index", type=int, help="account index (default: the next unused)")
    derive.add_argument("--root", metavar="ADDRESS",
                        help="an account of the mnemonic to use (default: the first)")
    derive.add_argument("--label", default="")
    derive.set_defaults(func=_guarded(derive_command))


# --- handlers ---------------------------------------------------------------------------


def create_command(args: argparse.Namespace) -> int:
    wallet = open_wallet(args)
    password = wallet_password(args, new=True)
    created = wallet.create(password, words=args.words, label=args.label)
    print(
        f"Write these {len(created.words)} words down on paper and keep them offline: they\n"
        "are shown only this once, and they are the only way to restore this account.",
        file=sys.stderr,
    )
    print(f"address: {created.address}")
    print(f"mnemonic: {created.mnemonic}")
    return 0


def import_command(args: argparse.Namespace) -> int:
    if args.index is not None and not args.mnemonic_stdin:
        raise UsageError("--index goes with --mnemonic-stdin only")
    wallet = open_wallet(args)
    if args.mnemonic_stdin:
        phrase = read_secret("Mnemonic: ")
        password = wallet_password(args, new=True)
        info = wallet.import_mnemonic(
            phrase, password, index=args.index or 0, label=args.label
        )
    elif args.private_key_stdin:
        key = read_secret("Private key (hex): ")
        password = wallet_password(args, new=True)
        info = wallet.import_private_key(key, password, label=args.label)
    else:
        keystore_password = _password_from(
            args.keystore_password_file, KEYSTORE_PASSWORD_ENV, "Keystore password: ", new=False
        )
        password = wallet_password(args, new=True)
        info = wallet.import_keystore(
            Path(args.keystore), keystore_password, password, label=args.label
        )
    print(info.address)
    return 0


def export_command(args: argparse.Namespace) -> int:
    wallet = open_wallet(args)
    password = wallet_password(args, new=False)
    document = wallet.export_keystore(args.address, password)
    if args.out is None:
        print(json.dumps(document, indent=2))
        return 0
    from ..core.keystore import dump_json, write_file_atomic
    from ..core.wallet_store import checksum

    out = Path(args.out)
    try:
        write_file_atomic(out, dump_json(document), overwrite=False)
    except FileExistsError:
        raise UsageError(f"{out} exists; not overwriting it") from None
    print(f"wrote the keystore of {checksum(args.address)} to {out}", file=sys.stderr)
    return 0


def list_command(args: argparse.Namespace) -> int:
    wallet = open_wallet(args)
    accounts = wallet.accounts()
    if args.json:
        print(json.dumps([info.as_dict() for info in accounts], indent=2))
        return 0
    if not accounts:
        print(f"no accounts in {wallet.directory}", file=sys.stderr)
        return 0
    for info in accounts:
        where = info.path or info.source.replace("_", " ")
        print(f"{info.address}  {where:<20}  {info.label}".rstrip())
    return 0


def derive_command(args: argparse.Namespace) -> int:
    wallet = open_wallet(args)
    password = wallet_password(args, new=False)
    info = wallet.derive(password, index=args.index, label=args.label, root=args.root)
    print(f"{info.address}  {info.path}")
    return 0


# --- helpers ----------------------------------------------------------------------------


def open_wallet(args: argparse.Namespace) -> Wallet:
    """The wallet of ``args.profile`` (``DATAFI_SCRYPT_N`` lowers its cost, for tests)."""
    from ..core.wallet import Wallet

    profile = open_profile(args.profile)
    return Wallet(profile.wallet_dir, scrypt_n=scrypt_n_from_env())


def scrypt_n_from_env() -> int:
    from ..core.keystore import SCRYPT_N_DEFAULT, check_scrypt_n

    text = os.environ.get(SCRYPT_N_ENV, "").strip()
    if not text:
        return SCRYPT_N_DEFAULT
    try:
        return check_scrypt_n(int(text, 0))
    except ValueError:
        raise UsageError(f"{SCRYPT_N_ENV} must be a power of two up to 2**20") from None


def wallet_password(args: argparse.Namespace, *, new: bool) -> str:
    prompt = "New wallet password: " if new else "Wallet password: "
    return _password_from(args.password_file, PASSWORD_ENV, prompt, new=new)


def _password_from(file: str | None, env: str, prompt: str, *, new: bool) -> str:
    if file is not None:
        text = _decode(Path(file).read_bytes()[: MAX_SECRET_CHARS + 1], file)
        return text.splitlines()[0] if text else ""
    from_env = os.environ.get(env)
    if from_env is not None:
        return from_env
    password = _prompt(prompt)
    if new and _prompt("Repeat the password: ") != password:
        raise UsageError("the passwords do not match")
    return password


def _prompt(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise UsageError(
            f"no password given (use --password-file or {PASSWORD_ENV})"
        ) from None


def read_secret(prompt: str) -> str:
    """A mnemonic or key from stdin: prompted without echo on a terminal, else read."""
    if sys.stdin is not None and sys.stdin.isatty():
        return _prompt(prompt)
    stream = getattr(sys.stdin, "buffer", None)
    if stream is not None:
        text = _decode(stream.read(MAX_SECRET_CHARS + 1), "stdin")
    else:
        text = sys.stdin.read(MAX_SECRET_CHARS + 1) if sys.stdin is not None else ""
    if len(text) > MAX_SECRET_CHARS:
        raise UsageError("stdin holds more than a mnemonic or a key")
    if not text.strip():
        raise UsageError("nothing on stdin")
    return text


def _decode(raw: bytes, where: str) -> str:
    """UTF-8 text; the decode error (which quotes a byte of the secret) is never shown."""
    text: str | None = None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
    if text is None:
        raise UsageError(f"{where} is not UTF-8 text")
    return text


def _guarded(handler: Handler) -> Handler:
    """Turn the errors a user can fix into one line on stderr and exit code 2."""

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except (DataFiError, UsageError, ValueError) as exc:
            message = str(exc)
        except OSError as exc:
            where = f": {exc.filename}" if exc.filename else ""
            message = f"{exc.strerror or type(exc).__name__}{where}"
        except KeyboardInterrupt:
            print("cancelled", file=sys.stderr)
            return 130
        print(f"error: {message}", file=sys.stderr)
        return 2

    run.__name__ = handler.__name__
    run.__doc__ = handler.__doc__
    return run
