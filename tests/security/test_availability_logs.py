"""Availability: a flood of bad requests writes a few log lines, not 100 MB (threat-model
row ``T-avail-log-flood``)."""

from __future__ import annotations

import io
import logging

from datafi_desktop.hub.server.loglimit import RateLimitFilter


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_T_avail_log_flood_rate_limited() -> None:
    clock = _Clock()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RateLimitFilter(per_key=5, total=50, window_s=60, clock=clock))
    log = logging.getLogger("datafi_desktop.test.flood")
    log.propagate = False
    log.addHandler(handler)
    try:
        for n in range(100_000):
            log.warning("Invalid HTTP request received. %d", n)
            log.error("socket.accept() out of system resource\nsocket: <fd=%d>", n)
        for n in range(200):
            log.warning("distinct message %d" + str(n), n)  # many keys: the total cap holds
        assert stream.getvalue().count("\n") <= 50 + 5
        clock.now = 61
        log.warning("Invalid HTTP request received. %d", -1)
        last = stream.getvalue().splitlines()[-1]
        assert "similar log records dropped" in last and "-1" in last
        log.setLevel(logging.INFO)
        for n in range(100):
            log.info("GET /v1/health 200 %d", n)  # access lines are not limited
        assert stream.getvalue().count("GET /v1/health") == 100
    finally:
        log.removeHandler(handler)
