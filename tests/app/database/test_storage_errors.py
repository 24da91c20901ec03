"""The database's own failures become StorageUnavailable, naming the file, the setting and the fix; a mistake in
what is stored (a bug) stays the error it is."""
from datetime import timedelta

import pytest
import sqlalchemy as sa

from app.database.conversations import ConversationStore
from app.database.db import open_database
from app.database.errors import StorageUnavailable


def test_a_file_that_is_not_a_database_is_named_with_the_fix(tmp_path):
    path = tmp_path / "raadgiver.sqlite3"
    path.write_text("notes, not a database\n" * 100)

    with pytest.raises(StorageUnavailable) as raised:
        open_database(f"sqlite:///{path}")

    message = str(raised.value)
    assert str(path) in message and "file is not a database" in message and "RAADGIVER_DATA_DIR" in message
    assert "move it aside" in message


def test_a_constraint_violation_is_not_mistaken_for_a_storage_failure(tmp_path):
    store = ConversationStore(open_database(f"sqlite:///{tmp_path / 'db.sqlite3'}"), ttl=timedelta(hours=1))

    with pytest.raises(sa.exc.IntegrityError):  # a message in a conversation that does not exist
        store.add_turn("no-such-conversation", "m1", "Hvor mange møder?", "373.")
