"""What to tell the operator when the data directory or the database cannot be written or opened.

A full disk, a read-only folder or a damaged database file surface deep inside SQLite, Chroma or the BM25
writer; StorageUnavailable replaces them with one paragraph naming the path, the setting that chose it and the
fix. The CLI prints it and exits non-zero; the API logs it (a question is answered all the same) or returns it
as a 503."""
from __future__ import annotations

import errno
from pathlib import Path

from app.core.config import Settings


class StorageUnavailable(RuntimeError):
    """The data directory or the database cannot be used; str() says which, why and what to do."""


_ERRNO_KINDS = {
    errno.ENOSPC: "full", errno.EDQUOT: "full",
    errno.EROFS: "read-only", errno.EACCES: "read-only", errno.EPERM: "read-only",
    errno.ENOTDIR: "not a folder", errno.EEXIST: "not a folder",
}
# How SQLite (also inside Chroma) and the OS word the same failures when there is no errno to go by.
_PHRASES = {
    "full": ("disk is full", "no space left on device", "disk quota exceeded"),
    "read-only": ("readonly database", "read-only file system", "permission denied"),
    "unopenable": ("unable to open database file", "file is not a database", "disk i/o error"),
}


def failure_kind(exc: BaseException) -> str | None:
    """"full", "read-only", "not a folder" or "unopenable"; None when `exc` is not a storage failure."""
    if isinstance(exc, OSError) and exc.errno in _ERRNO_KINDS:
        return _ERRNO_KINDS[exc.errno]
    text = str(exc).lower()
    return next((kind for kind, phrases in _PHRASES.items() if any(p in text for p in phrases)), None)


def explain(exc: BaseException, path: str | Path, setting: str, default_kind: str | None = None) -> StorageUnavailable:
    """The one-paragraph message for `exc` at `path`, which `setting` chose."""
    kind = failure_kind(exc) or default_kind
    cause = str(exc)
    if isinstance(exc, OSError) and exc.strerror:  # "Read-only file system: …/ingest.lock", not "[Errno 30] …"
        cause = exc.strerror if exc.filename in (None, str(path)) else f"{exc.strerror}: {exc.filename}"
    message = {
        "full": f"the disk holding {path} is full ({cause}); free space on it, or point {setting} at a disk with room",
        "read-only": f"{path} is not writable ({cause}); make it writable for the user running raadgiver, "
        f"or point {setting} at a writable folder",
        "not a folder": f"{path} cannot be created: part of that path is a file, not a folder ({cause}); "
        f"move the file, or point {setting} at a folder",
        "unopenable": f"cannot open the database {path} ({cause}); if the file is damaged move it aside (a new one "
        f"is created), make the folder writable, or point {setting} elsewhere",
    }.get(kind or "", f"the database {path} failed ({cause}); check that its disk works, has free space and is "
                f"writable, or point {setting} elsewhere")
    return StorageUnavailable(message)


def data_dir_problem(exc: BaseException, settings: Settings) -> StorageUnavailable | None:
    """`exc` explained as a failure to write RAADGIVER_DATA_DIR, or None when it is something else (a corpus
    file that cannot be read, a Chroma server's own trouble, a bug)."""
    kind = failure_kind(exc)
    if kind is None:
        return None
    data_dir = settings.data_dir.resolve()
    filename = getattr(exc, "filename", None)
    if filename is not None:  # an OS error names its file: only ours count
        if not _is_within(Path(filename).resolve(), data_dir):
            return None
        # A full or read-only disk is the data dir's problem, whichever file hit it first; a path that cannot
        # be created is the path's.
        path = filename if kind == "not a folder" else data_dir
    elif isinstance(exc, OSError) or not settings.chroma_url:  # a Chroma server's disk is not our data dir
        path = data_dir
    else:
        return None
    return explain(exc, path, "RAADGIVER_DATA_DIR")


def _is_within(path: Path, folder: Path) -> bool:
    # The data dir itself may be what lies under a file (ENOTDIR on data_dir/chroma): its ancestors count too.
    return path == folder or folder in path.parents or path in folder.parents
