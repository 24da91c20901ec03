"""RaadgiverRetriever: LangChain's standard retriever tests (langchain-tests), and what a chain gets from it."""
from typing import Any

import pytest
from langchain_tests.integration_tests import RetrieversIntegrationTests

from app.langchain_retriever import RaadgiverRetriever


class TestRaadgiverRetrieverStandard(RetrieversIntegrationTests):
    engine: Any = None

    @pytest.fixture(autouse=True)
    def _engine(self, seed_engine):
        type(self).engine = seed_engine

    @property
    def retriever_constructor(self) -> type[RaadgiverRetriever]:
        return RaadgiverRetriever

    @property
    def retriever_constructor_params(self) -> dict:
        return {"engine": self.engine}

    @property
    def retriever_query_example(self) -> str:
        return "Hvor mange møder har internationaliseringsrådgiveren haft?"


def test_documents_carry_the_citation_metadata(seed_engine):
    documents = RaadgiverRetriever(engine=seed_engine, k=3).invoke("Hvor mange møder har internationaliseringsrådgiveren haft?")
    best = documents[0]
    assert "373 møder" in best.page_content
    assert best.metadata["source"] == "status-evaluering-eksport-internationalisering-2010.txt"
    assert best.metadata["year"] == 2010 and best.metadata["title"].startswith("Status og evaluering")
    assert best.metadata["citation"].endswith("— status-evaluering-eksport-internationalisering-2010.txt")
    assert best.id == best.metadata["chunk_id"]


def test_a_question_is_read_the_way_the_engine_reads_it(seed_engine):
    """ae/oe/aa and the glossary's Danish name for an English one: the same passage as the proper spelling."""
    retriever = RaadgiverRetriever(engine=seed_engine, k=1)
    proper = retriever.invoke("hvornår udløber eksportrådsprojektet")[0]
    assert "1. august 2011" in proper.page_content
    assert retriever.invoke("hvornaar udloeber eksportraadsprojektet")[0].id == proper.id
    assert "1. august 2011" in retriever.invoke("When does the Trade Council project end?")[0].page_content
