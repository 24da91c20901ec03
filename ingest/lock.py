"""One ingest at a time per data dir. Two at once (a CLI run and an upload, or two `--rebuild`s) would
write, swap and drop the same collections under each other. The lock is an OS file lock, so a killed ingest
releases it at once. Several machines sharing one Chroma server need their own coordination: this guards
one data dir."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from filelock import FileLock, Timeout

from app.core.config import Settings
from app.core.ingest_report import IngestRunning

__all__ = ["IngestRunning", "ingest_lock"]


@contextmanager
def ingest_lock(settings: Settings) -> Iterator[None]:
    path = settings.data_dir / "ingest.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(path)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise IngestRunning(
            f"another ingest is running on RAADGIVER_DATA_DIR={settings.data_dir} (it holds {path}); "
            "wait for it to finish, then run this one again"
        ) from None
    try:
        yield
    finally:
        lock.release()
