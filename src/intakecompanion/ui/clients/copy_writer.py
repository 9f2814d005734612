"""Writes one prepared copy of a client's file (PDF and JSON) in a worker, for a dialog that
stays responsive meanwhile (the client's copy, the archive copy before an erasure).

`written(prepared, files)` comes back on the window's thread once both files are written;
they are then the receiver's, to log or to remove. `stop` (the dialog closes, the vault
locks) removes what the worker wrote or will write: nothing of a stopped copy stays behind."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from intakecompanion.clientcopy.write import CopyJob, CopyWritten, PreparedCopy
from intakecompanion.ui.lock.background import BackgroundRunner


class CopyWriter(QObject):
    """`written(PreparedCopy, CopyWritten)` or `failed(Exception)` for each copy started."""

    written = Signal(object, object)
    failed = Signal(object)

    def __init__(self, stopped_text: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stopped_text = stopped_text  # what the coach is told when a lock stopped it
        self._runner = BackgroundRunner(self)
        self._runner.finished.connect(self._finished)
        self._ticket = 0
        self._job: CopyJob | None = None

    def start(self, prepared: PreparedCopy) -> None:
        job = self._job = CopyJob(prepared)
        self._ticket = self._runner.submit(job.run)

    @property
    def writing(self) -> bool:
        return self._job is not None

    def stop(self) -> bool:
        """Stop the copy under way (True if there was one): its files are removed."""
        job, self._job = self._job, None
        return job is not None and job.cancel()

    def wait(self) -> None:
        """Block until the worker is done (tests)."""
        self._runner.wait()

    def _finished(self, ticket: int, result: object, error: object) -> None:
        job = self._job
        if ticket != self._ticket or job is None:
            return  # stopped meanwhile: the job removed what it wrote
        self._job = None
        if isinstance(error, Exception):
            self.failed.emit(error)
        elif isinstance(result, CopyWritten) and job.claim():
            self.written.emit(job.prepared, result)
