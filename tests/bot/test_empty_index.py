"""Over an empty index the bot must not say "the documents do not say": nothing has been read yet. The
question fails, and the handlers turn that into the apology with an error id (see test_errors.py)."""
import pytest

from app.engine import Engine, EngineUnavailable
from bot.asker import EngineAsker


def test_asking_the_engine_over_an_empty_index_fails_instead_of_abstaining(tmp_settings):
    engine = Engine(tmp_settings)  # a real, empty Chroma index
    with pytest.raises(EngineUnavailable, match="the index is empty"):
        EngineAsker(lambda: engine).ask("Hvad er hovedstaden i Frankrig?", [])
