"""``datafi-desktop verify``: check an export's provenance.

    datafi-desktop verify EXPORT_DIR [--rpc-url URL --distributor ADDRESS] [--json]

Recomputes every content hash, recovers every signer, checks the manifest's file
hashes and the label files against the signed records, and, given an RPC URL and
the distributor's address, each settled submission's Merkle proof against the
epoch's on-chain submissions root. Exit codes: 0 all checks pass, 1 a check
failed (each failure is listed), 2 a bad request.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "verify", help="check an export's signatures, hashes and on-chain roots",
        description="Verify the provenance of an exported dataset.")
    parser.add_argument("export_dir", metavar="EXPORT_DIR")
    parser.add_argument("--rpc-url", metavar="URL", help="an EVM JSON-RPC endpoint (http)")
    parser.add_argument("--distributor", metavar="ADDRESS",
                        help="the RewardDistributor the epochs were posted to")
    parser.add_argument("--json", action="store_true", help="machine-readable report")
    parser.set_defaults(func=verify_command)


def verify_command(args: argparse.Namespace) -> int:
    folder = Path(args.export_dir)
    if not folder.is_dir():
        print(f"error: {folder} is not a folder", file=sys.stderr)
        return 2
    if bool(args.rpc_url) != bool(args.distributor):
        print("error: --rpc-url and --distributor go together", file=sys.stderr)
        return 2
    w3: Any = None
    if args.rpc_url:
        if args.rpc_url == "embedded":
            print("error: the embedded chain lives inside one app process; give the JSON-RPC "
                  "URL of a node that holds the epochs", file=sys.stderr)
            return 2
        from web3 import Web3

        w3 = Web3(Web3.HTTPProvider(args.rpc_url, request_kwargs={"timeout": 30}))
    from ..core.formats.verify import format_report, verify_export

    report = verify_export(folder, w3=w3, distributor=args.distributor)
    print(json.dumps(report.to_json(), indent=2) if args.json else format_report(report))
    return 0 if report.ok else 1
