"""Passage vectors kept by text: an Embeddings that remembers what it has embedded.

A worker embeds the same texts again and again: the sentences quoted for related questions, and the
programme catalogue at start and at every reload of the index. A vector depends only on the text and the
model, so one cache serves every index generation of a worker. With a `path` (the catalogue's) the vectors
are also kept on disk, so a starting worker does not embed the catalogue again."""
from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import threading
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from app.embeddings import RaadgiverEmbeddings

log = logging.getLogger(__name__)

CACHE_SIZE = 20000  # vectors kept in memory


class CachedEmbeddings(Embeddings):
    def __init__(self, embeddings: RaadgiverEmbeddings, size: int = CACHE_SIZE, path: Path | None = None):
        self.embeddings = embeddings
        self.size = size
        self.path = path
        self._vectors: dict[str, np.ndarray] = self._read(path) if path else {}  # SHA-256 of text -> vector, oldest first
        self._lock = threading.Lock()  # request threads share one cache

    def __len__(self) -> int:
        return len(self._vectors)

    def embed_documents(self, texts: list[str]) -> list[np.ndarray]:  # type: ignore[override]
        keys = [_sha256(text) for text in texts]
        with self._lock:
            known = {key: self._vectors.get(key) for key in keys}
        missing = {key: text for key, text in zip(keys, texts) if known[key] is None}
        if missing:
            fresh = dict(zip(missing, np.asarray(self.embeddings.embed_documents(list(missing.values())), dtype=np.float32)))
            known.update(fresh)
            with self._lock:
                self._vectors.update(fresh)
                while len(self._vectors) > self.size:
                    self._vectors.pop(next(iter(self._vectors)))
                if self.path is not None:
                    self._write(self.path)
        return [known[key] for key in keys]  # type: ignore[misc]

    def embed_query(self, text: str) -> list[float]:
        return self.embeddings.embed_query(text)

    def _read(self, path: Path) -> dict[str, np.ndarray]:
        try:
            with np.load(path, allow_pickle=False) as stored:
                if json.loads(str(stored["identity"])) != self.embeddings.identity:
                    return {}  # another model's vectors
                return dict(zip((str(key) for key in stored["keys"]), stored["vectors"]))
        except FileNotFoundError:
            return {}
        except Exception as error:  # noqa: BLE001 - empty, truncated or foreign: a cache is never worth a failed start
            log.warning("vector cache %s not read (%s: %s); its texts are embedded again and the file rewritten",
                        path, type(error).__name__, error)
            return {}

    def _write(self, path: Path) -> None:
        temporary = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Written beside it, flushed to disk and renamed: a reader (another worker) or a crash sees the old
            # file or the new one, never half of one.
            with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False) as out:
                temporary = out.name
                np.savez(out, identity=np.asarray(json.dumps(self.embeddings.identity)), keys=np.asarray(list(self._vectors)),
                         vectors=np.asarray(list(self._vectors.values()), dtype=np.float32))
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, path)
        except OSError as error:
            log.warning("vector cache %s not written (%s): its texts are embedded again at the next start", path, error)
            if temporary:
                Path(temporary).unlink(missing_ok=True)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
