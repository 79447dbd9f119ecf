"""``datafi-hub serve``: the HTTP API on uvicorn — one process, or ``--workers N``
worker processes that each build the app through :func:`.asgi.app_factory`.

SIGTERM (or Ctrl-C) stops accepting connections and lets in-flight requests finish
for up to ``--graceful-timeout`` seconds before the process exits."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from typing import Any

from fastapi import FastAPI

from ... import __version__

ARGV_ENV = "DATAFI_HUB_SERVE_ARGV"


def add_options(serve: argparse.ArgumentParser) -> None:
    serve.add_argument("--workers", type=int, default=1,
                       help="worker processes (each with its own database pool)")
    serve.add_argument("--graceful-timeout", type=int, default=30,
                       help="seconds in-flight requests get to finish on SIGTERM")
    serve.add_argument("--log-format", choices=("text", "json"), default="text",
                       help="json: one JSON object per line, each with its request id")
    serve.add_argument("--forwarded-allow-ips", default="127.0.0.1",
                       help="proxies whose X-Forwarded-For/-Proto are trusted")


def build_app(args: argparse.Namespace) -> FastAPI:
    """Open the hub as ``args`` say and return its app (closes the hub at shutdown)."""
    from ..api.app import create_app
    from ..server import connlimits
    from ..server.loglimit import limit_handlers
    from ..server.observe import install
    from ..service import Hub
    from . import settlement as settlement_cli
    from .common import settings_from

    settings = settings_from(args)
    settings.siwe_domain = args.siwe_domain
    settings.public_url = args.public_url
    if args.host not in ("0.0.0.0", "::", ""):  # noqa: S104 - checking, not binding
        settings.siwe_domain = settings.siwe_domain or f"{args.host}:{args.port}"
        settings.public_url = settings.public_url or f"http://{args.host}:{args.port}"
    settings.intake_delay_ms = args.intake_delay_ms
    settings.body_idle_timeout_s = args.body_timeout
    connlimits.configure(connlimits.limits_from(args))
    hub = Hub.open(settings)
    settlement_cli.configure_from_args(hub, args)  # relayer key, chain RPC URLs
    app = create_app(hub)
    install(app, hub, log_format=args.log_format)
    limit_handlers()  # a flood of bad requests must not fill the disk with log
    app.router.on_shutdown.append(hub.close)
    return app


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from ..server import connlimits
    from .common import safe_url, settings_from

    if args.host in ("0.0.0.0", "::", "") and args.siwe_domain is None:  # noqa: S104
        print("warning: listening on all interfaces without --siwe-domain: sign-in "
              "messages are checked against the Host header clients send; set "
              "--siwe-domain and --public-url to the hub's public address", file=sys.stderr)
    options: dict[str, Any] = {
        "host": args.host, "port": args.port,
        "log_level": "info" if args.verbose else "warning",
        "access_log": False,  # the hub logs each request itself (with its request id)
        "timeout_graceful_shutdown": args.graceful_timeout,
        "proxy_headers": True, "forwarded_allow_ips": args.forwarded_allow_ips,
        "log_config": None,
        # header deadline, idle-connection eviction, keep-alive, header size (connlimits)
        **connlimits.uvicorn_options(connlimits.limits_from(args)),
    }
    url = safe_url(settings_from(args).url)
    if args.workers <= 1:
        app = build_app(args)
        print(f"datafi-hub {__version__} on http://{args.host}:{args.port} ({url})",
              flush=True)
        uvicorn.run(app, **options)
        return 0
    # several workers: each re-parses the same command line in its own process
    os.environ[ARGV_ENV] = json.dumps(args.argv)
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="datafi-hub-metrics-")
    from ..db import migrate
    from ..db.tables import make_engine

    engine = make_engine(settings_from(args).url, pool=False)
    try:  # migrate once, before the workers start
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    print(f"datafi-hub {__version__} on http://{args.host}:{args.port} ({url}), "
          f"{args.workers} workers", flush=True)
    uvicorn.run("datafi_desktop.hub.cli.asgi:app_factory", factory=True, workers=args.workers,
                **options)
    return 0
