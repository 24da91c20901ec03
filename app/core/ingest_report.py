"""What ingestion reports, shared by ingest/ (which writes it) and the front doors (the CLI prints it, the
API returns it), so the API reads a report without loading the ingest pipeline."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from app.core.config import Settings


class IngestRunning(RuntimeError):
    """Another ingest holds the data dir's lock."""


class UnsupportedDocument(ValueError):
    """A file whose name or bytes are not of a type raadgiver reads; the message names the file and the types."""


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (skipped source, indexed source)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (source, problem): ingested all the same
    chunks_embedded: int = 0
    chunks_total: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        lines = [
            f"documents: {len(self.added)} added, {len(self.changed)} changed, {len(self.unchanged)} unchanged, "
            f"{len(self.removed)} removed, {len(self.duplicates)} duplicate, {len(self.failed)} failed",
            f"chunks: {self.chunks_embedded} embedded, {self.chunks_total} in the index; {self.seconds:.1f} s",
        ]
        if not (self.added or self.changed or self.removed or self.failed):
            lines.append("nothing changed: 0 chunks embedded")
        lines += [f"duplicate: {skipped} has the same content as {kept}; not indexed" for skipped, kept in self.duplicates]
        lines += [f"warning: {source}: {problem}" for source, problem in self.warnings]
        lines += [f"FAILED: {source}: {reason}" for source, reason in self.failed]
        return "\n".join(lines)


@dataclass
class DocumentRecord:
    source: str
    title: str
    year: int | None
    chunks: int
    ingested_at: str
    content_hash: str


LAST_REPORT_FILE = "last_ingest.json"


def write_last_report(settings: Settings, report: IngestReport) -> None:
    """The last ingest's report in the data dir, for the admin page: what was indexed, what failed and why."""
    path: Path = settings.data_dir / LAST_REPORT_FILE
    record = {**asdict(report), "ok": report.ok, "finished_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.with_suffix(".tmp").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    path.with_suffix(".tmp").replace(path)  # a reader never sees half a file


def read_last_report(settings: Settings) -> dict | None:
    """The last ingest's report as written, or None before the first ingest (or when it cannot be read)."""
    try:
        return json.loads((settings.data_dir / LAST_REPORT_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
