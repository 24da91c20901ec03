"""One ingest at a time per data dir. Two at once (a CLI run and an upload, or two `--rebuild`s, or uploads and
deletes through two API workers) would write, swap and drop the same collections and the same BM25 index under
each other. The lock is an OS file lock in the data dir, so it holds across processes (every API worker, the
CLI), and a killed ingest releases it at once. Several machines sharing one Chroma server need their own
coordination: this guards one data dir.

A thread that holds the lock may take it again (an upload holds it around the ingest it runs)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from filelock import FileLock, Timeout

from app.core.config import Settings
from app.core.ingest_report import IngestRunning
from app.database.errors import data_dir_problem

__all__ = ["IngestRunning", "ingest_lock"]


@contextmanager
def ingest_lock(settings: Settings, wait: float = 0) -> Iterator[None]:
    """Hold the data dir's ingest lock; waits up to `wait` seconds for another holder to finish, then raises
    IngestRunning."""
    path = (settings.data_dir / "ingest.lock").resolve()
    # One lock object per path in this process (is_singleton), whose count is per thread (thread_local): the
    # same thread re-enters it, another thread of this process waits for it like another process does.
    lock = FileLock(path, is_singleton=True)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire(timeout=wait)
    except Timeout:
        waited = f" (waited {wait:g} s)" if wait > 0 else ""
        raise IngestRunning(
            f"another ingest is running on RAADGIVER_DATA_DIR={settings.data_dir} (an ingest, upload or removal "
            f"holds {path}){waited}; wait for it to finish, then run this one again"
        ) from None
    except OSError as exc:  # after Timeout, an OSError too: a read-only or full data dir (StorageUnavailable)
        problem = data_dir_problem(exc, settings)
        if problem is None:
            raise
        raise problem from exc
    try:
        yield
    finally:
        lock.release()
