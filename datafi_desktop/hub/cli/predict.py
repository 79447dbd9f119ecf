"""``datafi-hub predict CAMPAIGN --backend URL``: pre-label a campaign with a Label
Studio ML backend; ``datafi-hub rubber-stamp CAMPAIGN``: how often each annotator's
submissions equal the prediction shown (see docs/models.md)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ...core.assist.backend import MLBackend
from ...core.models.tasks import Task
from ..campaigns.predictions import predict_campaign


def add_commands(sub: Any) -> None:
    p = sub.add_parser("predict", help="pre-label a campaign's tasks with a Label Studio "
                                       "ML backend (resumable)")
    p.add_argument("campaign")
    p.add_argument("--backend", required=True, metavar="URL",
                   help="the ML backend's base URL (it answers /health, /setup, /predict)")
    p.add_argument("--batch-size", type=int, default=16, help="tasks per /predict request")
    p.add_argument("--rate", type=float, default=2.0, metavar="N",
                   help="at most N /predict requests per second (default 2; 0 = no limit)")
    p.add_argument("--timeout", type=float, default=60.0,
                   help="seconds to wait for each answer (default 60)")
    p.add_argument("--image-url", metavar="TEMPLATE",
                   help="URL the backend reads an image from, with {sha256} for its content "
                        "hash; without it image tasks are skipped")
    p.set_defaults(func=cmd_predict)
    stamp = sub.add_parser("rubber-stamp", help="per annotator: how often submissions equal "
                                                "the prediction shown")
    stamp.add_argument("campaign")
    stamp.add_argument("--json", action="store_true", help="one JSON object per annotator")
    stamp.set_defaults(func=cmd_rubber_stamp)


def cmd_predict(args: argparse.Namespace) -> int:
    from .common import open_hub

    if args.batch_size < 1:
        raise SystemExit("error: --batch-size must be at least 1")
    if args.rate < 0:
        raise SystemExit("error: --rate must be ≥ 0")
    template: str | None = args.image_url
    if template is not None and "{sha256}" not in template:
        raise SystemExit("error: --image-url must contain {sha256}")

    def image_url(task: Task) -> str:
        assert template is not None
        return template.replace("{sha256}", task.image_hash or "")

    hub = open_hub(args)
    try:
        with MLBackend(args.backend, timeout=args.timeout) as backend:
            report = predict_campaign(
                hub, args.campaign, backend, batch_size=args.batch_size,
                min_interval_s=1.0 / args.rate if args.rate else 0.0,
                image_url=image_url if template else None,
                progress=lambda line: print(line, flush=True))
    finally:
        hub.close()
    versions = ", ".join(f"{k} {v}" for k, v in report.model_versions.items())
    print(f"{args.campaign}: {report.summary()}" + (f"; model {versions}" if versions else ""))
    return 0


def cmd_rubber_stamp(args: argparse.Namespace) -> int:
    from ..campaigns.catalog import load_campaign
    from ..review.rubber_stamp import campaign_rubber_stamp, format_figures
    from .common import open_hub

    hub = open_hub(args)
    try:
        with hub.engine.connect() as conn:
            campaign, _closed = load_campaign(conn, args.campaign)
            figures = campaign_rubber_stamp(conn, campaign)
    finally:
        hub.close()
    if args.json:
        for figure in figures:
            print(json.dumps(figure.to_json()))
    else:
        print("\n".join(format_figures(figures)))
    return 0
