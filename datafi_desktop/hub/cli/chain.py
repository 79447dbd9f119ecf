"""``datafi-hub chain deploy`` and ``datafi-hub chain deployments``.

    datafi-hub chain deploy --rpc-url URL [--rpc-url URL2 …] --deployer-keystore FILE
        [--password-file FILE] [--expect-chain-id N] [--name NAME]
        [--admin 0x… --settler 0x… --pauser 0x… --relayer 0x…]
        [--token-name NAME --token-symbol SYM --supply UNITS] [--confirmations N]
        [--max-fee-gwei G] [--replace-after SECONDS] [--public-rpc-url URL …] [--out FILE]
    datafi-hub chain deployments [NAME]

Roles left out default to the deployer (``--settler`` and ``--relayer`` default to the
hub's keys ``keys/settler.json`` and ``keys/relayer.json`` when they exist).
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from eth_utils import is_hex_address, to_checksum_address

from ..chain.deploy import (
    DEV_CHAINS,
    Deployer,
    DeployError,
    DeployParams,
    FeePolicy,
    _save,
    check_resumable,
    default_confirmations,
    estimate_cost,
    fees,
    get_deployment,
    list_deployments,
    load_record,
    new_record,
    public_record,
    shortfall,
)
from ..chain.keys import info, key_path, open_key_file, read_password
from ..chain.rpc import connect


def add_commands(sub: Any) -> None:
    chain = sub.add_parser("chain", help="contracts on a chain").add_subparsers(
        dest="chain_command", metavar="ACTION", required=True)
    d = chain.add_parser("deploy", help="deploy the token and the distributor (resumable)")
    d.add_argument("--rpc-url", action="append", required=True, metavar="URL",
                   help="JSON-RPC endpoint; repeat for fallbacks tried in turn")
    d.add_argument("--expect-chain-id", type=int, help="refuse unless the node is this chain")
    d.add_argument("--deployer-keystore", type=Path, help="keystore v3 of the deployer "
                   "(default: DATA_DIR/keys/deployer.json)")
    d.add_argument("--password-file", type=Path, help="file whose first line is the keystore "
                   "password (default: $DATAFI_HUB_KEY_PASSWORD_FILE / $DATAFI_HUB_KEY_PASSWORD)")
    d.add_argument("--name", help="deployment name (default: chain-<chain id>)")
    for role in ("admin", "settler", "pauser", "relayer"):
        d.add_argument(f"--{role}", metavar="0x…", help=f"{role} address")
    d.add_argument("--token-name", default="DataFi Token")
    d.add_argument("--token-symbol", default="DFT")
    d.add_argument("--supply", default="1000000000",
                   help="whole tokens (18 decimals) minted to the distributor (default 1e9)")
    d.add_argument("--confirmations", type=int, help="blocks on top of the last transaction "
                   "(default 1 on dev chains 31337/1337, else 3)")
    d.add_argument("--max-fee-gwei", type=Decimal, help="refuse to pay more per gas")
    d.add_argument("--replace-after", type=float, default=90.0, metavar="SECONDS",
                   help="replace a step's transaction still pending after this long (same "
                        "nonce, fees +25 %%, within the cap; default 90, 0: never)")
    d.add_argument("--public-rpc-url", action="append", default=[], metavar="URL",
                   help="RPC URL(s) annotators' apps use (default: the --rpc-url values)")
    d.add_argument("--timeout", type=float, default=600.0, help=argparse.SUPPRESS)
    d.add_argument("--out", type=Path, help="also write the record (JSON) here")
    d.set_defaults(func=cmd_deploy)
    ls = chain.add_parser("deployments", help="print deployment records (JSON)")
    ls.add_argument("name", nargs="?")
    ls.set_defaults(func=cmd_deployments)


def _address(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    if not is_hex_address(value):
        raise DeployError(f"--{what}: {value!r} is not an Ethereum address")
    return str(to_checksum_address(value))


def _supply(text: str) -> int:
    try:
        amount = Decimal(text) * 10**18
    except InvalidOperation:
        raise DeployError(f"--supply: {text!r} is not a number") from None
    if amount < 0 or amount != amount.to_integral_value():
        raise DeployError(f"--supply: {text!r} is not a whole number of base units")
    return int(amount)


def _default_role(data_dir: Path, name: str) -> str | None:
    path = key_path(data_dir, name)
    return info(path).address if path.is_file() else None


def cmd_deploy(args: argparse.Namespace) -> int:
    from .common import open_hub, settings_from

    data_dir = settings_from(args).data_dir
    roles = {r: _address(getattr(args, r), r) for r in ("admin", "settler", "pauser",
                                                        "relayer")}
    supply = _supply(args.supply)
    keystore = args.deployer_keystore or key_path(data_dir, "deployer")
    if not Path(keystore).is_file():
        raise DeployError(f"no deployer keystore {keystore} (`datafi-hub keys create "
                          "deployer`, or --deployer-keystore FILE)")
    account = open_key_file(Path(keystore), read_password(args.password_file))
    w3 = connect(args.rpc_url, expect_chain_id=args.expect_chain_id)
    chain_id = int(w3.eth.chain_id)
    me = str(account.address)
    params = DeployParams(
        name=args.name or f"chain-{chain_id}", chain_id=chain_id, deployer=me,
        admin=roles["admin"] or me,
        settler=roles["settler"] or _default_role(data_dir, "settler") or me,
        pauser=roles["pauser"] or me,
        relayer=roles["relayer"] or _default_role(data_dir, "relayer"),
        token_name=args.token_name, token_symbol=args.token_symbol, supply=supply,
        public_rpc_urls=tuple(args.public_rpc_url))
    policy = FeePolicy(max_fee_per_gas=None if args.max_fee_gwei is None
                       else int(args.max_fee_gwei * 10**9))
    hub = open_hub(args)
    try:
        with hub.engine.begin() as conn:
            record = load_record(conn, params.name)
        if record is not None and record["chain_id"] != chain_id:
            raise DeployError(f"deployment {params.name!r} is on chain {record['chain_id']}, "
                              f"the node is chain {chain_id}; nothing was sent")
        if record is not None and record["state"] == "deployed":
            check_resumable(record, params)
            print(f"deployment {params.name!r} is already complete: nothing sent",
                  file=sys.stderr)
            return _emit(record, args.out)
        if record is not None:
            check_resumable(record, params)
            print(f"resuming deployment {params.name!r}", file=sys.stderr)
        fresh = record is None
        record = record or new_record(params, args.rpc_url)
        max_fee, _tip = fees(w3, policy)
        gas, need = estimate_cost(w3, params, record, max_fee)
        balance = int(w3.eth.get_balance(to_checksum_address(me)))
        if balance < need:
            raise DeployError(shortfall(balance, need, me, chain_id))
        print(f"deploying {params.name!r} on chain {chain_id} from {me}: about {gas:,} gas",
              file=sys.stderr)

        def save(rec: dict[str, Any], _new: list[bool] = [fresh]) -> None:  # noqa: B006
            with hub.engine.begin() as conn:
                _save(conn, rec, hub.now(), new=_new[0])
            _new[0] = False

        if fresh:
            save(record)
        confirmations = (args.confirmations if args.confirmations is not None
                         else default_confirmations(chain_id))
        done = Deployer(w3, account, params, save, policy=policy,
                        confirmations=max(1, confirmations), timeout=args.timeout,
                        replace_after=max(0.0, args.replace_after),
                        progress=lambda m: print(m, file=sys.stderr, flush=True)).run(record)
    finally:
        hub.close()
    return _emit(done, args.out)


def _emit(record: dict[str, Any], out: Path | None) -> int:
    text = json.dumps(public_record(record), indent=2, sort_keys=True) + "\n"
    if out is not None:
        out.write_text(text, encoding="utf-8")
    sys.stdout.write(text)
    return 0


def cmd_deployments(args: argparse.Namespace) -> int:
    from .common import open_hub

    hub = open_hub(args)
    try:
        with hub.engine.begin() as conn:
            found = ([get_deployment(conn, args.name)] if args.name
                     else list_deployments(conn))
    finally:
        hub.close()
    print(json.dumps([public_record(r) for r in found], indent=2, sort_keys=True))
    return 0


def chain_of_deployment(args: argparse.Namespace) -> dict[str, Any]:
    """The campaign ``chain`` settings of a finished deployment (``--deployment NAME``)."""
    from .common import open_hub

    hub = open_hub(args)
    try:
        with hub.engine.begin() as conn:
            record = get_deployment(conn, args.deployment)
    finally:
        hub.close()
    if record["state"] != "deployed":
        raise DeployError(f"deployment {args.deployment!r} is not finished: run its "
                          "`datafi-hub chain deploy` again first")
    urls = list(record.get("public_rpc_urls") or [])
    return {"chain_id": record["chain_id"], "distributor": record["distributor"],
            "token": record["token"], "token_symbol": record["params"]["token_symbol"],
            "token_decimals": 18, "rpc_url": urls[0], "rpc_urls": tuple(urls[1:]),
            "confirmations": 2 if record["chain_id"] in DEV_CHAINS else 5}
