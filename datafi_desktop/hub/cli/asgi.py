"""The app factory ``serve --workers N`` gives uvicorn: each worker process parses the
command line the parent was given (``DATAFI_HUB_SERVE_ARGV``) and opens its own hub.

Also usable with any ASGI server: ``DATAFI_HUB_SERVE_ARGV='["serve"]' uvicorn --factory
datafi_desktop.hub.cli.asgi:app_factory`` (settings from ``DATAFI_HUB_*`` variables)."""

from __future__ import annotations

import json
import os

from fastapi import FastAPI


def app_factory() -> FastAPI:
    from .main import build_parser
    from .serve import ARGV_ENV, build_app

    argv = json.loads(os.environ.get(ARGV_ENV) or '["serve"]')
    args = build_parser().parse_args(argv)
    args.argv = argv
    return build_app(args)
