"""The one worker helper: run a callable off the UI thread, deliver the outcome as signals.

Shape borrowed from Anki's ``QueryOp`` and Picard's ``run_task``: a job is a plain callable that
gets a :class:`JobControl` (progress reporting and a cancel flag) and returns a value. It runs on
the application's ``QThreadPool``. A job reads through the core's read API (``casefile.read``) or
a service, handing it the vault; the core opens the worker thread's own connection, and the UI
never holds one. Jobs never touch widgets: ``succeeded``, ``failed`` and ``progressed`` are
delivered on the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from casefile.errors import Cancelled, CasefileError
from casefile.logs import log_unexpected


class JobControl:
    """Handed to a job: report progress, check for cancellation."""

    def __init__(self, signals: JobSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, percent: int, message: str = "") -> None:
        self._signals.progressed.emit(int(percent), message)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def bytes_progress(self, done: int, total: int) -> None:
        """Adapter for core functions that report ``(done_bytes, total_bytes)``."""
        self.progress(int(done * 100 / total) if total else 0, "")


class JobSignals(QObject):
    succeeded = Signal(object)  # the job's return value
    failed = Signal(str, str)  # (error key, message a person can act on)
    cancelled = Signal()
    progressed = Signal(int, str)  # (percent 0-100, message)
    finished = Signal()  # after any of the above


class Job(QRunnable):
    def __init__(self, fn: Callable[[JobControl], Any]) -> None:
        super().__init__()
        self.signals = JobSignals()
        self.control = JobControl(self.signals)
        self._fn = fn
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self._fn(self.control)
        except Cancelled:
            self.signals.cancelled.emit()
        except CasefileError as exc:
            self.signals.failed.emit(exc.key, exc.message)
        except Exception as exc:  # a bug: never a traceback on screen, a scrubbed log line instead
            where = log_unexpected(exc, "worker")
            detail = f" A report without case data was saved to {where}." if where else ""
            self.signals.failed.emit(
                "internal", f"Something went wrong inside Casefile ({type(exc).__name__}).{detail}"
            )
        else:
            self.signals.succeeded.emit(result)
        self.signals.finished.emit()


# Queued jobs start in this order (QThreadPool's priority; running jobs are never interrupted):
# what the person is waiting to see, then counts shown beside lists, then background chores.
# At 1 000 000 encounters the counts took 0.6-1.3 s each and queued ahead of the Deadlines list's
# first page (issue 16's main-window profile).
SHOWN = 2  # a page or panel on screen: the dashboard, a list's rows, a search
DEFAULT = 0
COUNT = -1  # the totals beside a list
CHORE = -2  # poster frames, describing older documents


class Workers(QObject):
    """The app's job runner. ``drain()`` before locking or quitting."""

    busy_changed = Signal(bool)  # True while at least one job runs

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._jobs: set[Job] = set()

    def submit(
        self,
        fn: Callable[[JobControl], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[str, str], None] | None = None,
        on_progress: Callable[[int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        priority: int = DEFAULT,
    ) -> Job:
        job = Job(fn)
        if on_success:
            job.signals.succeeded.connect(on_success)
        if on_failure:
            job.signals.failed.connect(on_failure)
        if on_progress:
            job.signals.progressed.connect(on_progress)
        if on_cancelled:
            job.signals.cancelled.connect(on_cancelled)
        job.signals.finished.connect(lambda: self._done(job))
        self._jobs.add(job)
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        self.pool.start(job, priority)
        return job

    def _done(self, job: Job) -> None:
        self._jobs.discard(job)
        if not self._jobs:
            self.busy_changed.emit(False)

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            job.control.cancel()

    def drain(self, timeout_ms: int = 30000) -> bool:
        """Cancel what can be cancelled and wait for every job to end."""
        self.cancel_all()
        return self.pool.waitForDone(timeout_ms)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)
