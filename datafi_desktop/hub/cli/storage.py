"""``datafi-hub`` options and commands for the asset store.

    datafi-hub --asset-store s3://BUCKET/PREFIX --s3-endpoint-url URL serve …
    datafi-hub assets migrate --to s3://BUCKET/PREFIX [--to-endpoint-url URL]
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any


def env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--asset-store", default=os.environ.get("DATAFI_HUB_ASSET_STORE"),
                        metavar="DIR|s3://BUCKET/PREFIX",
                        help="where assets live (default: DATA_DIR/assets); credentials and "
                             "region of S3 come the AWS way (AWS_* variables, ~/.aws)")
    parser.add_argument("--s3-endpoint-url",
                        default=os.environ.get("DATAFI_HUB_S3_ENDPOINT_URL"),
                        help="S3 endpoint of a store other than AWS (SeaweedFS, MinIO, …)")


def add_serve_options(serve: argparse.ArgumentParser) -> None:
    serve.add_argument("--asset-redirect", action="store_true",
                       default=env_flag("DATAFI_HUB_ASSET_REDIRECT"),
                       help="answer asset downloads with a redirect to a short-lived "
                            "presigned URL of the object store (S3 stores)")


def add_commands(sub: Any) -> None:
    group = sub.add_parser("assets", help="the asset store").add_subparsers(
        dest="assets_command", metavar="ACTION", required=True)
    mig = group.add_parser("migrate", help="copy every asset into another store, each hash "
                                           "verified (safe to re-run)")
    mig.add_argument("--to", required=True, metavar="DIR|s3://BUCKET/PREFIX")
    mig.add_argument("--to-endpoint-url", default=None,
                     help="S3 endpoint of the target (default: --s3-endpoint-url)")
    mig.set_defaults(func=cmd_migrate)


def cmd_migrate(args: argparse.Namespace) -> int:
    from ..storage import open_store
    from ..storage.migrate import migrate_assets
    from .common import open_hub

    hub = open_hub(args)
    try:
        target = open_store(args.to, data_dir=hub.settings.data_dir,
                            endpoint_url=args.to_endpoint_url or hub.settings.s3_endpoint_url)
        target.ping()
        hub.assets.ping()
        report = migrate_assets(hub.engine, hub.assets, target,
                                progress=lambda line: print(line, flush=True))
    finally:
        hub.close()
    print(f"assets: {report.copied} copied ({report.bytes_copied} bytes), {report.already} "
          f"already in {target.describe()}")
    for sha in report.bad:
        print(f"error: asset {sha} in the source does not hash to its name (not copied)",
              file=sys.stderr)
    for sha in report.missing:
        print(f"error: asset {sha} is recorded in the database but in no store",
              file=sys.stderr)
    if report.ok:
        print(f"every asset the database records is in {target.describe()}; run the hub "
              f"with --asset-store {args.to}")
    return 0 if report.ok else 1
