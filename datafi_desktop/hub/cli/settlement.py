"""``datafi-hub settle`` and ``datafi-hub epochs``, and the chain options of ``serve``.

    datafi-hub settle CAMPAIGN [--rpc-url URL] [--settler-key-file FILE]
    datafi-hub epochs CAMPAIGN [--account ADDRESS] [--digest 0x…]
    datafi-hub serve … [--chain-rpc CHAIN_ID=URL] [--relayer-key-file FILE]
                       [--relay-limit N] [--settler-key-file FILE]

A campaign whose chain is ``embedded`` settles on an in-process EVM started for the
command (the demo's; it ends with the process): for anything lasting, give the campaign
an RPC URL and the settler a key file (hex private key, mode 0600, or a keystore whose
password is in ``$DATAFI_HUB_KEY_PASSWORD``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from ...core.chain.client import EMBEDDED_RPC, embedded_web3
from ...core.words import counted
from ..campaigns.catalog import load_campaign
from ..chain.keys import PASSWORD_FILE_ENV
from ..service import Hub
from ..settlement.chain import RewardsConfig, config_of, configure, load_key_file
from ..settlement.fee_policy import gwei_to_wei
from .finality import epoch_states, recheck_before_settle


def add_commands(sub: Any) -> None:
    """Add ``settle`` and ``epochs`` to the ``datafi-hub`` sub-commands."""
    settle = sub.add_parser("settle", help="close an epoch: post the rewards root on-chain")
    settle.add_argument("campaign")
    settle.add_argument("--rpc-url", help="JSON-RPC endpoint (default: the campaign's)")
    settle.add_argument("--settler-key-file", type=Path,
                        help="the settler's key (needs SETTLER_ROLE on the distributor); "
                             "default: DATA_DIR/keys/settler.json, DATA_DIR/settler.key, or the "
                             "embedded chain's deployer")
    _fee_options(settle)
    settle.add_argument("--password-file", type=Path,
                        help="password of keystore key files (default: "
                             "$DATAFI_HUB_KEY_PASSWORD_FILE or $DATAFI_HUB_KEY_PASSWORD)")
    settle.set_defaults(func=cmd_settle)
    epochs = sub.add_parser("epochs", help="list a campaign's epochs (and proofs)")
    epochs.add_argument("campaign")
    epochs.add_argument("--account", help="print this account's leaf and proof")
    epochs.add_argument("--digest", help="print this submission digest's proof")
    epochs.set_defaults(func=cmd_epochs)


def add_serve_options(serve: argparse.ArgumentParser) -> None:
    serve.add_argument("--chain-rpc", action="append", default=[], metavar="CHAIN_ID=URL",
                       help="JSON-RPC endpoint for a chain id (instead of the campaign's)")
    serve.add_argument("--relayer-key-file", type=Path,
                       help="key the relayer sends claims with (default DATA_DIR/relayer.key)")
    serve.add_argument("--settler-key-file", type=Path, help=argparse.SUPPRESS)
    serve.add_argument("--relay-limit", type=int, default=None,
                       help="relayed claims per account and hour (default 5)")
    _fee_options(serve)
    if not any(a.dest == "password_file" for a in serve._actions):
        serve.add_argument("--password-file", type=Path,
                           help="password of the keystore key files (default: "
                                "$DATAFI_HUB_KEY_PASSWORD_FILE or $DATAFI_HUB_KEY_PASSWORD)")


def _fee_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--max-fee-gwei", help="the most the hub's transactions offer per gas "
                        "(default: $DATAFI_HUB_MAX_FEE_GWEI, else no cap)")
    parser.add_argument("--replace-after", type=float, metavar="SECONDS",
                        help="replace a transaction still pending after this long (same "
                             "nonce, fees +25 %%, within the cap; default 90, 0: never)")


def configure_from_args(hub: Hub, args: argparse.Namespace) -> RewardsConfig:
    """Apply the chain options of ``serve`` (or ``settle``) to the hub."""
    from ..settlement.chain import config_of

    password_file = getattr(args, "password_file", None)
    if password_file is not None:
        os.environ[PASSWORD_FILE_ENV] = str(password_file)  # for the keys opened below
    config = config_of(hub)
    for item in getattr(args, "chain_rpc", None) or []:
        chain_id, _, url = str(item).partition("=")
        if not chain_id.isdigit() or not url:
            raise SystemExit(f"--chain-rpc: expected CHAIN_ID=URL, got {item!r}")
        config.rpc_urls[int(chain_id)] = url
    for role in ("relayer", "settler"):
        path = getattr(args, f"{role}_key_file", None)
        if path:
            setattr(config, role, load_key_file(path))
            config.key_sources[role] = str(path)
            config.key_errors.pop(role, None)
    if getattr(args, "max_fee_gwei", None):
        config.max_fee_per_gas = gwei_to_wei(args.max_fee_gwei)
    if getattr(args, "replace_after", None) is not None:
        config.replace_after_s = float(args.replace_after)
    if getattr(args, "relay_limit", None) is not None:
        config.relay_limit = int(args.relay_limit)
    return configure(hub, config)


def _hub(args: argparse.Namespace) -> Hub:
    from .common import open_hub

    return open_hub(args)


def cmd_settle(args: argparse.Namespace) -> int:
    from ..settlement.settle import NothingToSettle, settle

    hub = _hub(args)
    try:
        config = configure_from_args(hub, args)
        with hub.engine.begin() as conn:
            campaign, _closed = load_campaign(conn, args.campaign)
        if args.rpc_url:
            config.rpc_urls[campaign.chain.chain_id] = args.rpc_url
        url = config.rpc_urls.get(campaign.chain.chain_id, campaign.chain.rpc_url)
        if url == EMBEDDED_RPC and embedded_web3(campaign.chain.chain_id) is None:
            from ...core.demo_chain import start_demo_chain

            demo = start_demo_chain()
            print(f"warning: campaign {campaign.id!r} settles on the embedded chain: started "
                  f"one in this process (chain {demo.chain_id}); it ends with the command",
                  file=sys.stderr)
            if demo.settings.distributor != campaign.chain.distributor:
                print(f"error: the embedded distributor is {demo.settings.distributor}, the "
                      f"campaign names {campaign.chain.distributor}", file=sys.stderr)
                return 2
        recheck_before_settle(hub, campaign, config)
        try:
            result = settle(hub, args.campaign, config=config)
        except NothingToSettle as exc:
            print(str(exc))
            return 0
        info = result.epoch
        verb = "resumed and posted" if result.resumed else "posted"
        accounts = counted(info.accounts, "account")
        print(f"epoch {info.epoch} of {info.campaign_id} {verb}: {accounts}, "
              f"{info.submissions} new submissions, total {info.total_cumulative}\n"
              f"  rewards root     {info.rewards_root}\n"
              f"  submissions root {info.submissions_root}\n"
              f"  tx {info.tx_hash} in block {info.block_number}")
    finally:
        hub.close()
    return 0


def cmd_epochs(args: argparse.Namespace) -> int:
    from ..settlement.epochs import account_proof, list_epochs, submission_proof

    hub = _hub(args)
    try:
        with hub.engine.begin() as conn:
            campaign, _closed = load_campaign(conn, args.campaign)
        recheck_before_settle(hub, campaign, config_of(hub),
                              then="`datafi-hub settle` posts it again")
        with hub.engine.begin() as conn:
            infos = list_epochs(conn, args.campaign)
        states = epoch_states(hub, campaign, infos)
        with hub.engine.begin() as conn:
            for info in infos:
                state = states.get(info.epoch, info.state)
                print(f"{info.epoch}\t{state}\t{counted(info.accounts, 'account')}\t"
                      f"{counted(info.submissions, 'submission')}\ttotal {info.total_cumulative}\t"
                      f"root {info.rewards_root}\ttx {info.tx_hash or '-'}\t"
                      f"block {info.block_number if info.block_number is not None else '-'}")
            if args.account:
                found = account_proof(conn, args.campaign, args.account)
                if found is None:
                    print(f"{args.account}: no leaf in a posted epoch")
                else:
                    print(f"{found.account}: epoch {found.epoch.epoch}, cumulative "
                          f"{found.cumulative_amount}, proof {found.proof}")
            if args.digest:
                sub = submission_proof(conn, args.campaign, args.digest)
                print(f"{args.digest}: " + (f"epoch {sub.epoch.epoch}, proof {sub.proof}"
                                            if sub else "not counted yet"))
    finally:
        hub.close()
    return 0
