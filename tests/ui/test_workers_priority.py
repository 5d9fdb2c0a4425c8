"""Queued jobs start by what they are for (issue 16): a page someone waits to see before the
counts beside the lists, and those before background chores (poster frames). Running jobs are
never interrupted; only the queue is ordered."""

from __future__ import annotations

import threading

from ui.workers import CHORE, COUNT, SHOWN, Workers


def test_a_page_starts_before_counts_and_chores_queued_ahead_of_it(qtbot) -> None:
    workers = Workers()
    workers.pool.setMaxThreadCount(1)  # one thread: the order jobs start in is the order they run
    release = threading.Event()
    started: list[str] = []

    def blocker(_control) -> None:
        release.wait(10)

    def job(name: str):
        def run(_control) -> None:
            started.append(name)

        return run

    for _ in range(workers.pool.maxThreadCount()):  # every thread busy: the rest must queue
        workers.submit(blocker)
    workers.submit(job("poster"), priority=CHORE)
    workers.submit(job("count"), priority=COUNT)
    workers.submit(job("default"))
    workers.submit(job("page"), priority=SHOWN)
    release.set()
    qtbot.waitUntil(lambda: len(started) == 4, timeout=10000)
    assert started == ["page", "default", "count", "poster"]
    assert workers.drain()
