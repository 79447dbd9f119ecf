"""``datafi-desktop import``: tasks from other tools into a campaign of the local cache.

    datafi-desktop import --format FORMAT PATH --campaign ID [--campaign-name NAME]
                          [--kind KIND] [--labels a,b,c] [--multi] [--images DIR]
                          [--label-config FILE] [--tolerance PX]
                          [--on-invalid skip|clamp|fail] [--fetch] [--manifest FILE]
                          [--dry-run]

Formats: label-studio (task JSON), images (a folder), jsonl (texts, tasks or
exported submissions), coco (instances JSON), yolo (dataset folder), voc
(folder with Annotations/), labelme (folder or file), conll. Everything is
checked before anything is written; a bad file is named with the item, and
nothing is imported. Coordinates up to ``--tolerance`` pixels outside the image
are clamped; a shape further out is skipped (default), clamped or refused
(``--on-invalid``). Every change is counted in one summary line and, with
``--manifest``, written to a JSON file (``lossy``). Exit codes: 0 imported,
2 refused.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..core.cache import Cache
from ..core.errors import DataFiError
from ..core.formats.fitting import DEFAULT_TOLERANCE, ON_INVALID
from ..core.formats.importers import FORMATS, import_into_cache, read_import
from ..core.formats.importing import ImportOptions
from ..core.models import Campaign, TaskKind
from ..core.profile import open_profile


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import", help="import tasks (Label Studio, COCO, YOLO, labelme, images, texts, ...)",
        description="Import tasks with pre-annotations into a local campaign.")
    parser.add_argument("path", metavar="PATH")
    parser.add_argument("--format", required=True, choices=sorted(FORMATS))
    parser.add_argument("--campaign", required=True, metavar="ID")
    parser.add_argument("--campaign-name", metavar="NAME", help="name of a new campaign")
    parser.add_argument("--kind", choices=[k.value for k in TaskKind if k is not
                                           TaskKind.COLLECTION])
    parser.add_argument("--labels", metavar="A,B,C", help="the label set (comma-separated)")
    parser.add_argument("--multi", action="store_true", help="classification takes many labels")
    parser.add_argument("--images", metavar="DIR", help="where the images are")
    parser.add_argument("--label-config", metavar="FILE", help="Label Studio labeling config")
    parser.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE, metavar="PX",
                        help="pixels a point may lie outside the image and be clamped "
                        f"(default {DEFAULT_TOLERANCE:g})")
    parser.add_argument("--on-invalid", choices=ON_INVALID, default="skip",
                        help="a shape beyond the tolerance: skip it and import the rest "
                        "(default), clamp it, or fail the import")
    parser.add_argument("--fetch", action="store_true",
                        help="download http(s) images not found locally (Label Studio)")
    parser.add_argument("--manifest", metavar="FILE",
                        help="write what was imported and every change made (JSON)")
    parser.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    parser.set_defaults(func=import_command)


def import_command(args: argparse.Namespace) -> int:
    labels = tuple(x.strip() for x in args.labels.split(",") if x.strip()) if args.labels else None
    options = ImportOptions(
        kind=TaskKind(args.kind) if args.kind else None, labels=labels,
        multi=True if args.multi else None,
        images_dir=Path(args.images) if args.images else None,
        label_config=Path(args.label_config) if args.label_config else None,
        model=f"import:{args.format}", tolerance=args.tolerance, on_invalid=args.on_invalid,
        fetch=args.fetch)
    try:
        result = read_import(args.format, Path(args.path), options)
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        for loss in result.losses.by_code.values():
            for item in loss.items[:5]:
                print(f"note: {loss.code}: {item}", file=sys.stderr)
            if len(loss.items) > 5:
                print(f"note: {loss.code}: and {len(loss.items) - 5} more", file=sys.stderr)
        if args.manifest:
            Path(args.manifest).write_text(json.dumps(result.manifest(str(args.path)),
                                                      ensure_ascii=False, indent=2) + "\n",
                                           encoding="utf-8")
        if args.dry_run:
            print(f"OK: {result.summary()} (dry run)")
            return 0
        with Cache.for_profile(open_profile(args.profile)) as cache:
            known = {c.id: c for c in cache.tasks.campaigns()}
            campaign = known.get(args.campaign) or Campaign(
                id=args.campaign, name=args.campaign_name or args.campaign)
            count = import_into_cache(cache, campaign, result, source=f"import:{args.format}")
    except (DataFiError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    with_pre = sum(1 for t in result.tasks if t.predictions)
    print(f"Imported {count} tasks ({with_pre} with pre-annotations, {len(result.images)} "
          f"images) into campaign {args.campaign!r}; changed: {result.losses.summary()}")
    return 0
