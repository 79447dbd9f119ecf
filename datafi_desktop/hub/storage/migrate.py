"""Copying every asset from one store to another, each hash verified; safe to re-run."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Engine, select

from ..db.tables import assets
from .base import AssetBackend, HashMismatch

log = logging.getLogger("datafi_desktop.hub")


@dataclass
class MigrationReport:
    copied: int = 0
    already: int = 0
    bytes_copied: int = 0
    bad: list[str] = field(default_factory=list)  # source files whose bytes are not their name
    missing: list[str] = field(default_factory=list)  # recorded in the database, in no store

    @property
    def ok(self) -> bool:
        return not self.bad and not self.missing


def migrate_assets(engine: Engine, source: AssetBackend, target: AssetBackend,
                   progress: Callable[[str], None] | None = None) -> MigrationReport:
    """Copy what ``source`` holds into ``target``: every file is re-hashed on the way and
    must hash to its name; one already in the target (same size) is left alone, so a
    second run copies only what the first did not. Finally every asset the database
    records must be in the target."""
    report = MigrationReport()
    for sha in source.hashes():
        size = source.size(sha)
        if size is not None and target.size(sha) == size:
            report.already += 1
            continue
        try:
            target.put_file(source.local_path(sha), expected=sha)
        except HashMismatch:
            report.bad.append(sha)
            log.warning("asset %s: its bytes do not hash to its name; not copied", sha)
            continue
        report.copied += 1
        report.bytes_copied += size or 0
        if progress is not None and report.copied % 100 == 0:
            progress(f"{report.copied} copied")
    with engine.connect() as conn:
        recorded = [r.sha256 for r in conn.execute(select(assets.c.sha256))]
    report.missing = [sha for sha in recorded if not target.has(sha)]
    return report
