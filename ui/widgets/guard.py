"""Callbacks that outlive their widget are dropped, not run on a deleted C++ object.

Worker results and deferred calls arrive later; by then the dialog or section that asked may be
gone (closed, rebuilt after a language switch). Bound methods of a QObject are disconnected by
Qt when it dies; plain functions and lambdas are not, so they go through :func:`alive`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from ui.context import AppContext
from ui.workers import DEFAULT, Job, JobControl


def alive(owner: QObject, fn: Callable[..., Any]) -> Callable[..., None]:
    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            fn(*args)

    return call


def run_job(
    owner: QObject, ctx: AppContext, fn: Callable[[JobControl], Any], *, priority: int = DEFAULT, **callbacks: Any
) -> Job:
    """``ctx.workers.submit`` whose callbacks run only while ``owner`` still exists."""
    guarded = {name: alive(owner, cb) if cb is not None else None for name, cb in callbacks.items()}
    return ctx.workers.submit(fn, priority=priority, **guarded)
