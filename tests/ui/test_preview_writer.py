"""The app's deferred preview writer (ui.imaging.PreviewWriter): one at a time, bounded."""

from __future__ import annotations

import threading

from datafi_desktop.ui.imaging import PreviewWriter


def test_previews_are_made_one_at_a_time_and_at_most_four_wait() -> None:
    writer = PreviewWriter()
    gate = threading.Event()
    running: list[int] = []
    done: list[int] = []

    def job(n: int) -> None:
        running.append(n)
        assert len(running) - len(done) == 1, "two previews decoding at once"
        gate.wait(10)
        done.append(n)

    accepted = [writer.submit(lambda n=n: job(n)) for n in range(6)]
    assert accepted == [True, True, True, True, False, False]
    gate.set()
    writer.wait()
    assert done == [0, 1, 2, 3]
    assert writer.submit(lambda: done.append(99)), "room again once the queue drained"
    writer.wait()
    assert done[-1] == 99


def test_a_failing_preview_job_is_logged_not_raised(caplog) -> None:
    writer = PreviewWriter()

    def broken() -> None:
        raise OSError("disk full")

    assert writer.submit(broken)
    writer.wait()
    assert "making a preview failed" in caplog.text
    assert writer.submit(lambda: None), "the failed job freed its place"
    writer.wait()
