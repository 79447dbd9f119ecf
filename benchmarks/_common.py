"""Helpers shared by the benchmark scripts: timing and a description of the machine."""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        mem = f", {pages / 2**30:.0f} GiB RAM"
    except (ValueError, OSError):
        pass
    load = ", load average {:.2f} / {:.2f} / {:.2f} (1/5/15 min)".format(*os.getloadavg())
    return (f"{cpu}, {os.cpu_count()} cores{mem}, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}{load}; {time.strftime('%Y-%m-%d %H:%M %Z')}")


def rate(fn: Callable[[], object], *, seconds: float = 2.0, rounds: int = 3) -> float:
    """Operations per second: the median of ``rounds`` runs of about ``seconds`` each."""
    results = []
    for _ in range(rounds):
        n = 0
        start = time.perf_counter()
        while (elapsed := time.perf_counter() - start) < seconds:
            fn()
            n += 1
        results.append(n / elapsed)
    return statistics.median(results)
