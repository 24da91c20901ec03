"""The relational database behind conversations and feedback: one SQLAlchemy engine and the table definitions.

SQLite (a file in data_dir) by default; set RAADGIVER_DATABASE_URL to a PostgreSQL URL when several workers
or hosts share the service. Tables are created on first use, so a fresh data_dir needs no migration step.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from app.database.errors import StorageUnavailable, explain

metadata = sa.MetaData()

conversations = sa.Table(
    "conversations",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    # A conversation expires this long after its last activity, not after its start.
    sa.Column("last_active_at", sa.DateTime(timezone=True), nullable=False, index=True),
)

messages = sa.Table(
    "messages",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("conversation_id", sa.String(64), sa.ForeignKey("conversations.id", ondelete="CASCADE"), nullable=False),
    sa.Column("question", sa.Text, nullable=False),
    sa.Column("answer", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_messages_conversation", "conversation_id", "created_at"),
)

feedback = sa.Table(
    "feedback",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    # No foreign key: the Slack bot records feedback on threads that are not API conversations.
    sa.Column("conversation_id", sa.String(128), nullable=False, index=True),
    sa.Column("message_id", sa.String(128), nullable=True),
    sa.Column("rating", sa.String(8), nullable=False),
    sa.Column("comment", sa.Text, nullable=True),
    sa.Column("origin", sa.String(32), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)


# What people asked and what they got, for the staff's report (app/database/question_log.py). Kept apart
# from conversations, which expire after a day; its own retention (question_log_retention_days).
question_log = sa.Table(
    "question_log",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("channel", sa.String(16), nullable=False),  # web, widget, api, slack
    sa.Column("language", sa.String(8), nullable=False),
    sa.Column("question", sa.Text, nullable=False),  # as typed; nothing else about the person
    sa.Column("mode", sa.String(16), nullable=False),  # answered, abstained, programmes
    sa.Column("reason", sa.String(32), nullable=True),  # the decision's reason (off_topic, missing, ...)
    sa.Column("signals", sa.Text, nullable=True),  # the decision's signals, JSON
    sa.Column("cited", sa.Text, nullable=False),  # [{"document", "title", "section"}], JSON
    sa.Column("programmes", sa.Text, nullable=False),  # the recommended programmes' names, best first, JSON
    sa.Column("latency_ms", sa.Float, nullable=True),
    # What feedback is matched on (feedback.conversation_id / message_id); no foreign key, as for feedback.
    sa.Column("conversation_id", sa.String(128), nullable=True),
    sa.Column("message_id", sa.String(128), nullable=True),
    sa.Index("ix_question_log_feedback", "conversation_id", "message_id"),
)


# Slack messages the bot has taken up as questions (app/database/seen_events.py): the primary key is the
# de-duplication, so a redelivery that reaches another worker, or arrives after a restart, is answered once.
slack_seen_events = sa.Table(
    "slack_seen_events",
    metadata,
    sa.Column("key", sa.String(255), primary_key=True),  # team/channel/ts of the message
    sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False, index=True),
)


def open_database(url: str) -> sa.Engine:
    """Connect to `url` and create any missing tables. For SQLite the parent directory is created too.

    A database that cannot be opened or created raises StorageUnavailable, naming the file and the setting
    that chose it; so does any later failure of the database itself (full disk, read-only file)."""
    parsed = make_url(url)
    is_sqlite = parsed.get_backend_name() == "sqlite"
    try:
        if is_sqlite and parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, pool_pre_ping=not is_sqlite)
        if is_sqlite:
            sa.event.listen(engine, "connect", _configure_sqlite)
        try:
            metadata.create_all(engine)
        except (sa.exc.OperationalError, sa.exc.ProgrammingError):
            # Workers starting together: another one created a table between our check and our CREATE.
            # A second pass sees the tables and creates only what is still missing.
            metadata.create_all(engine)
    except (OSError, sa.exc.DBAPIError) as exc:
        raise _explained(exc, parsed, default_kind="unopenable") from exc
    # Installed after create_all, whose retry above needs the plain OperationalError.
    sa.event.listen(engine, "handle_error", _storage_unavailable)
    return engine


def _storage_unavailable(context: sa.engine.ExceptionContext) -> StorageUnavailable | None:
    """The database failing as such (disk full, file read-only or gone) becomes StorageUnavailable, so that callers
    can tell it from a bug and say what to do; an error in the SQL itself stays as it is."""
    exc = context.sqlalchemy_exception
    # SQLite reports "file is not a database" as a plain DatabaseError, everything else as OperationalError.
    if isinstance(exc, sa.exc.OperationalError) or type(exc) is sa.exc.DatabaseError:
        return _explained(exc, context.engine.url) if context.engine is not None else None
    return None


def _explained(exc: Exception, url: sa.URL, default_kind: str | None = None) -> StorageUnavailable:
    original = getattr(exc, "orig", None) or exc  # the driver's error: SQLAlchemy's own adds the SQL and its values
    if url.get_backend_name() == "sqlite":
        # The OS names the folder it could not create; SQLite names nothing, so the file is named.
        path = getattr(original, "filename", None) or url.database or ""
        setting = "RAADGIVER_DATA_DIR (or RAADGIVER_DATABASE_URL, if set)"
    else:
        path, setting = url.render_as_string(hide_password=True), "RAADGIVER_DATABASE_URL"
    return explain(original, path, setting, default_kind)


def _configure_sqlite(dbapi_connection, _record) -> None:
    # WAL lets several uvicorn workers read while one writes; the busy timeout makes writers wait, not fail.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def as_utc(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything stored here is UTC."""
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
