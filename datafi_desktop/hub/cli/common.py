"""What every ``datafi-hub`` command shares: the data directory, the settings its global
options give, opening the hub. The command modules (``cli``, ``chain_cli``,
``settlement_cli``, …) import this; it imports none of them."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import platformdirs

from ..service import Hub
from ..settings import HubSettings


def default_data_dir() -> Path:
    env = os.environ.get("DATAFI_HUB_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("datafi-hub", appauthor=False))


def settings_from(args: argparse.Namespace) -> HubSettings:
    settings = HubSettings(data_dir=args.data_dir or default_data_dir(),
                           database_url=args.database_url)
    if args.chain_id is not None:
        settings.chain_id = args.chain_id
    # the asset store's options (cli_storage.add_global_options)
    settings.asset_store = getattr(args, "asset_store", None)
    settings.s3_endpoint_url = getattr(args, "s3_endpoint_url", None)
    if getattr(args, "asset_redirect", False):
        settings.asset_redirect = True
    settings.db_pool_size = getattr(args, "db_pool_size", settings.db_pool_size)
    settings.db_max_overflow = getattr(args, "db_max_overflow", settings.db_max_overflow)
    return settings


def open_hub(args: argparse.Namespace) -> Hub:
    return Hub.open(settings_from(args))


def safe_url(url: str) -> str:
    """The database URL without its password."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
