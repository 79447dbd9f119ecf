"""``datafi-hub keys``: the hub's keystores (settler, relayer, deployer).

    datafi-hub keys create NAME [--password-file FILE]
    datafi-hub keys import NAME --key-file FILE [--password-file FILE]
    datafi-hub keys list [--rpc-url URL]

Passwords come from ``--password-file`` or ``$DATAFI_HUB_KEY_PASSWORD`` /
``$DATAFI_HUB_KEY_PASSWORD_FILE``; there is no option taking a password or a key itself.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path
from typing import Any

from eth_utils import to_checksum_address

from ...core import keystore
from ..chain.keys import create_key, import_key, list_keys, read_password

WEI_PER_ETH = Decimal(10**18)


def add_commands(sub: Any) -> None:
    keys = sub.add_parser("keys", help="the hub's signing keys (keystore v3 files)"
                          ).add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    create = keys.add_parser("create", help="create a new key (settler, relayer, deployer…)")
    create.add_argument("name")
    _password_options(create)
    create.set_defaults(func=cmd_create)
    imp = keys.add_parser("import", help="import a private key file or a keystore v3 file")
    imp.add_argument("name")
    imp.add_argument("--key-file", type=Path, required=True,
                     help="64 hex digits, or a keystore v3 JSON that opens with the password")
    _password_options(imp)
    imp.set_defaults(func=cmd_import)
    lst = keys.add_parser("list", help="names, addresses (and balances with --rpc-url)")
    lst.add_argument("--rpc-url", help="show each key's balance on this node's chain")
    lst.set_defaults(func=cmd_list)


def _password_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--password-file", type=Path,
                        help="file whose first line is the password (default: "
                             "$DATAFI_HUB_KEY_PASSWORD_FILE or $DATAFI_HUB_KEY_PASSWORD)")
    parser.add_argument("--scrypt-n", type=int, default=keystore.SCRYPT_N_DEFAULT,
                        help=argparse.SUPPRESS)


def _data_dir(args: argparse.Namespace) -> Path:
    from .common import default_data_dir

    return Path(args.data_dir or default_data_dir())


def cmd_create(args: argparse.Namespace) -> int:
    password = read_password(args.password_file, confirm_length=True)
    key = create_key(_data_dir(args), args.name, password, n=args.scrypt_n)
    print(f"created key {key.name!r}: {key.address} ({key.path}, mode 0600)")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    password = read_password(args.password_file, confirm_length=True)
    key = import_key(_data_dir(args), args.name, args.key_file, password, n=args.scrypt_n)
    print(f"imported key {key.name!r}: {key.address} ({key.path}, mode 0600)")
    return 0


def format_eth(wei: int) -> str:
    return f"{(Decimal(wei) / WEI_PER_ETH).normalize():f} ETH"


def cmd_list(args: argparse.Namespace) -> int:
    from ..chain.rpc import connect

    found = list_keys(_data_dir(args))
    if not found:
        print(f"no keys in {_data_dir(args) / 'keys'} (datafi-hub keys create NAME)")
        return 0
    balances: dict[str, int] = {}
    chain = ""
    if args.rpc_url:
        w3 = connect([args.rpc_url])
        chain = f" on chain {w3.eth.chain_id}"
        balances = {k.address: int(w3.eth.get_balance(to_checksum_address(k.address)))
                    for k in found}
    for key in found:
        warn = "" if key.private_to_owner else "\t(readable by others: chmod 600)"
        money = f"\t{format_eth(balances[key.address])}{chain}" if args.rpc_url else ""
        print(f"{key.name}\t{key.address}{money}\t{key.path}{warn}")
    return 0
