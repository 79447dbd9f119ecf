"""``datafi-desktop export``: the profile's own submissions in another tool's format.

    datafi-desktop export --format coco --out DIR [--campaign ID] [--status accepted|all]
                          [--yolo-task detect|segment|auto] [--link]

Writes the label files, the images (copied, or hard-linked with ``--link``),
``submissions.jsonl`` (signed records for ``datafi-desktop verify``) and
``manifest.json``. Exit codes: 0 written, 2 nothing to export or a bad request.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.cache import Cache
from ..core.errors import DataFiError
from ..core.formats.exporter import FORMATS, export_records
from ..core.formats.manifest import summary
from ..core.formats.sources import STATUSES, cache_records
from ..core.profile import open_profile


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export", help="export your submissions (Label Studio, COCO, YOLO, VOC, ...)",
        description="Export this profile's signed submissions with a manifest.")
    parser.add_argument("--format", required=True, choices=sorted(FORMATS))
    parser.add_argument("--out", required=True, metavar="DIR",
                        help="a new or empty folder to write")
    parser.add_argument("--campaign", metavar="ID", help="only this campaign")
    parser.add_argument("--status", choices=STATUSES, default="accepted",
                        help="accepted (and paid) submissions only, or all (default accepted)")
    parser.add_argument("--yolo-task", choices=("auto", "detect", "segment"), default="auto")
    parser.add_argument("--link", action="store_true",
                        help="hard-link images instead of copying them")
    parser.set_defaults(func=export_command)


def export_command(args: argparse.Namespace) -> int:
    try:
        with Cache.for_profile(open_profile(args.profile)) as cache:
            records = cache_records(cache, campaign_id=args.campaign, status=args.status)
            if not records:
                which = f" in campaign {args.campaign!r}" if args.campaign else ""
                print(f"error: no {args.status} submissions{which} to export", file=sys.stderr)
                return 2
            options = {"yolo_task": args.yolo_task} if args.format == "yolo" else {}
            result = export_records(records, args.format, Path(args.out),
                                    images=cache.assets.path, options=options, link=args.link,
                                    status=args.status)
    except DataFiError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    counts = result.manifest["counts"]
    print(f"Exported {counts['exported']} of {counts['submissions']} submissions as "
          f"{args.format} to {result.folder} ({counts['files']} files); changed: "
          f"{summary(result.manifest)}")
    for kind, n in counts["skipped"].items():
        print(f"  skipped {n} {kind} (not representable in {args.format})")
    for loss in result.manifest["lossy"]:
        print(f"  lossy: {loss['count']} × {loss['detail']}")
    return 0
