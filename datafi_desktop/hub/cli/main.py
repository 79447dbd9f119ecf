"""``datafi-hub``: set up, fill and run a hub.

    datafi-hub init                                  create or migrate the database
    datafi-hub campaign create FILE [options]        tasks (JSON/JSONL), a campaign
                                                     JSON, or Label Studio tasks
    datafi-hub campaign list | close ID | open ID
    datafi-hub role grant CAMPAIGN ADDRESS reviewer|admin
    datafi-hub role revoke CAMPAIGN ADDRESS reviewer|admin
    datafi-hub export CAMPAIGN --format FMT --out DIR   accepted work, corrections applied
    datafi-hub serve --host 127.0.0.1 --port 8700
    datafi-hub settle CAMPAIGN [--rpc-url URL --settler-key-file FILE]
    datafi-hub epochs CAMPAIGN [--account ADDRESS] [--digest 0x…]
    datafi-hub keys create|import|list               the hub's keystores
    datafi-hub chain deploy --rpc-url URL …          token + distributor, recorded
    datafi-hub assets migrate --to s3://BUCKET/PREFIX   copy the asset store, verified

``--data-dir`` (or ``DATAFI_HUB_DIR``) holds the SQLite file and the assets;
``--database-url`` (or ``DATAFI_HUB_DATABASE_URL``) selects PostgreSQL, e.g.
``postgresql+psycopg://user:pass@127.0.0.1:5432/datafi``; ``--asset-store``
(or ``DATAFI_HUB_ASSET_STORE``) a directory or ``s3://BUCKET/PREFIX`` for the
assets (default: the data directory's ``assets``).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from eth_utils import is_hex_address, to_checksum_address
from sqlalchemy.exc import SQLAlchemyError

from ... import __version__
from ...core.errors import DataFiError
from ...core.models import TaskKind
from ...core.words import counted
from ..accounts import auth
from ..campaigns import catalog as campaigns
from ..db import migrate
from ..errors import HubError
from ..server.connlimits import add_limit_options
from . import (
    chain as chain_cli,
)
from . import (
    env as cli_env,
)
from . import (
    keys as keys_cli,
)
from . import (
    offline_models,
)
from . import (
    predict as predict_cli,
)
from . import serve as serve_cmd
from . import (
    settlement as settlement_cli,
)
from . import (
    storage as cli_storage,
)
from .common import open_hub, safe_url

log = logging.getLogger("datafi_desktop.hub")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="datafi-hub", description=__doc__.split("\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"datafi-hub {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="hub data directory (default: $DATAFI_HUB_DIR or the user data dir)")
    parser.add_argument("--database-url", default=os.environ.get("DATAFI_HUB_DATABASE_URL"),
                        help="SQLAlchemy URL; default: a SQLite file in the data directory")
    parser.add_argument("--chain-id", type=int, default=None,
                        help="chain id sign-in messages must name (default: embedded chain)")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    parser.add_argument("--db-pool-size", type=int, default=10,
                        help="database connections each process keeps (PostgreSQL)")
    parser.add_argument("--db-max-overflow", type=int, default=20,
                        help="connections above the pool size under load (PostgreSQL)")
    cli_storage.add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    sub.add_parser("init", help="create or migrate the database").set_defaults(func=cmd_init)

    camp = sub.add_parser("campaign", help="campaigns").add_subparsers(
        dest="campaign_command", metavar="ACTION", required=True)
    create = camp.add_parser("create", help="create a campaign (or add tasks) from a file")
    create.add_argument("file", type=Path)
    create.add_argument("--id", help="campaign id (default: from the file, else its name)")
    create.add_argument("--name", help="campaign name")
    create.add_argument("--overlap", type=int, help="annotators per task")
    create.add_argument("--reviews-required", type=int)
    create.add_argument("--kind", choices=[k.value for k in TaskKind if k is not
                                           TaskKind.COLLECTION],
                        help="task kind for Label Studio files that do not say")
    create.add_argument("--labels", help="comma-separated label names (Label Studio files)")
    create.add_argument("--multi", action="store_true", default=None,
                        help="classification takes several labels")
    create.add_argument("--campaign-chain-id", type=int, dest="campaign_chain_id",
                        help="chain where rewards settle")
    create.add_argument("--rpc-url")
    create.add_argument("--distributor", help="RewardDistributor contract address")
    create.add_argument("--token", help="reward token address")
    create.add_argument("--confirmations", type=int,
                        help="blocks before an epoch or a claim counts as final (default: 1; "
                             "with --deployment 2 on dev chains 31337/1337, else 5)")
    create.add_argument("--deployment", metavar="NAME",
                        help="settle on this `datafi-hub chain deploy` deployment (fills chain "
                             "id, distributor, token and the public RPC URLs)")
    create.add_argument("--ml-backend", action="append", metavar="URL", dest="ml_backends",
                        help="a Label Studio ML backend the app may ask for predictions "
                             "(repeatable; replaces the file's list; docs/models.md)")
    create.add_argument("--no-ml-backends", action="store_true",
                        help="remove the campaign's ML backends")
    create.add_argument("--dry-run", action="store_true", help="validate only")
    create.set_defaults(func=cmd_campaign_create)
    camp.add_parser("list", help="list campaigns").set_defaults(func=cmd_campaign_list)
    for name, closed in (("close", True), ("open", False)):
        p = camp.add_parser(name, help=f"{name} a campaign to annotators")
        p.add_argument("campaign")
        p.set_defaults(func=cmd_campaign_close, closed=closed)

    role = sub.add_parser("role", help="per-campaign roles").add_subparsers(
        dest="role_command", metavar="ACTION", required=True)
    for name in ("grant", "revoke"):
        p = role.add_parser(name, help=f"{name} a reviewer or admin role")
        p.add_argument("campaign")
        p.add_argument("address")
        p.add_argument("role", choices=auth.ROLES)
        p.set_defaults(func=cmd_role, action=name)

    export = sub.add_parser("export", help="export a campaign's accepted work "
                                           "(corrections applied)")
    export.add_argument("campaign")
    export.add_argument("--format", required=True,
                        choices=["coco", "conll", "jsonl", "label-studio", "labelme", "voc",
                                 "yolo"])
    export.add_argument("--out", required=True, type=Path, metavar="DIR",
                        help="a new or empty folder to write")
    export.add_argument("--yolo-task", choices=("auto", "detect", "segment"), default="auto")
    export.add_argument("--link", action="store_true",
                        help="hard-link images instead of copying them")
    export.set_defaults(func=cmd_export)

    serve = sub.add_parser("serve", help="run the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8700)
    serve.add_argument("--siwe-domain", help="domain sign-in messages must name "
                                             "(default: the Host the client used)")
    serve.add_argument("--public-url", help="base URL sign-in messages must name")
    serve.add_argument("--intake-delay-ms", type=int, default=0, help=argparse.SUPPRESS)
    serve.set_defaults(func=cmd_serve)
    add_limit_options(serve)
    settlement_cli.add_serve_options(serve)
    cli_storage.add_serve_options(serve)
    serve_cmd.add_options(serve)  # workers, graceful shutdown, log format, proxies
    cli_env.apply_env_defaults(parser)  # every global and serve option from DATAFI_HUB_*
    cli_env.apply_env_defaults(serve)
    settlement_cli.add_commands(sub)  # settle, epochs
    keys_cli.add_commands(sub)  # keys create|import|list
    chain_cli.add_commands(sub)  # chain deploy|deployments
    cli_storage.add_commands(sub)  # assets migrate
    predict_cli.add_commands(sub)  # predict CAMPAIGN --backend URL
    offline_models.add_commands(sub)  # offline-model CAMPAIGN MANIFEST MODEL
    return parser


def cmd_init(args: argparse.Namespace) -> int:
    hub = open_hub(args)
    try:
        print(f"hub database at revision {migrate.current_revision(hub.engine)} "
              f"({safe_url(hub.settings.url)}); assets in {hub.assets.describe()}")
    finally:
        hub.close()
    return 0


def cmd_campaign_create(args: argparse.Namespace) -> int:
    from ..campaigns.importer import CampaignOptions, import_campaign, load_file, summary

    chain = {k: v for k, v in (("chain_id", args.campaign_chain_id), ("rpc_url", args.rpc_url),
                               ("distributor", args.distributor), ("token", args.token),
                               ("confirmations", args.confirmations))
             if v is not None}
    if args.deployment:
        from .chain import chain_of_deployment

        chain = {**chain_of_deployment(args), **chain}
    options = CampaignOptions(
        id=args.id, name=args.name, overlap=args.overlap, reviews_required=args.reviews_required,
        chain=chain, kind=args.kind,
        labels=[s.strip() for s in args.labels.split(",") if s.strip()] if args.labels else None,
        multi=args.multi,
        ml_backends=[] if args.no_ml_backends else args.ml_backends,
    )
    loaded = load_file(args.file, options)
    print(summary(loaded))
    if args.dry_run:
        return 0
    hub = open_hub(args)
    try:
        added, known = import_campaign(hub, loaded, options)
    finally:
        hub.close()
    print(f"added {counted(added, 'task')}" + (f" ({known} already there)" if known else ""))
    return 0


def cmd_campaign_list(args: argparse.Namespace) -> int:
    hub = open_hub(args)
    try:
        with hub.engine.begin() as conn:
            infos = campaigns.list_campaigns(conn)
    finally:
        hub.close()
    for info in infos:
        state = "closed" if info.closed else "open"
        print(f"{info.campaign.id}\t{info.campaign.name}\t{state}\t"
              f"{info.tasks_open}/{info.tasks_total} tasks open\t"
              f"chain {info.campaign.chain.chain_id}")
    return 0


def cmd_campaign_close(args: argparse.Namespace) -> int:
    hub = open_hub(args)
    try:
        with hub.engine.begin() as conn:
            campaigns.set_closed(conn, args.campaign, args.closed)
    finally:
        hub.close()
    print(f"campaign {args.campaign!r} {'closed' if args.closed else 'open'}")
    return 0


def cmd_role(args: argparse.Namespace) -> int:
    if not is_hex_address(args.address):
        print(f"error: {args.address!r} is not an Ethereum address", file=sys.stderr)
        return 2
    address = str(to_checksum_address(args.address))
    hub = open_hub(args)
    try:
        with hub.engine.begin() as conn:
            if args.action == "grant":
                auth.grant_role(conn, args.campaign, address, args.role, hub.now())
                print(f"{address} is {args.role} of {args.campaign!r}")
            else:
                done = auth.revoke_role(conn, args.campaign, address, args.role)
                print(f"{address} {'is no longer' if done else 'was not'} {args.role} "
                      f"of {args.campaign!r}")
    finally:
        hub.close()
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ..campaigns.export import export_campaign

    hub = open_hub(args)
    try:
        options = {"yolo_task": args.yolo_task} if args.format == "yolo" else {}
        result = export_campaign(hub, args.campaign, args.format, args.out, options=options,
                                 link=args.link)
    finally:
        hub.close()
    counts = result.manifest["counts"]
    print(f"exported {counts['exported']} of {counts['submissions']} accepted submissions "
          f"of {args.campaign!r} as {args.format} to {result.folder} ({counts['files']} files)")
    for kind, n in counts["skipped"].items():
        print(f"  skipped {n} {kind} (not representable in {args.format})")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    return serve_cmd.run(args)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.argv = list(argv) if argv is not None else sys.argv[1:]  # for serve --workers
    logging.basicConfig(level=logging.WARNING - 10 * min(args.verbose, 2),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        return int(args.func(args))
    except (DataFiError, HubError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (OSError, SQLAlchemyError) as exc:
        print(f"error: {exc.__class__.__name__}: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
