"""The API's response bodies are read from the engine's own types, showing only the fields the API documents."""
from datetime import datetime, timezone

from app.api.schemas import AskResponse, FeedbackOut, IngestReportOut, SourceOut
from app.core.answer_types import Answer, Source
from app.core.ingest_report import IngestReport
from app.database.feedback import FeedbackRecord

SOURCE = Source(1, "a.txt", "A", 2010, "1. Indledning", None, "Tekst.", 0.91, chunk_id="a.txt#0")


def test_a_source_shows_the_fields_the_api_documents():
    shown = SourceOut.model_validate(SOURCE).model_dump()
    assert shown == {"n": 1, "document": "a.txt", "title": "A", "year": 2010, "section": "1. Indledning",
                     "page": None, "text": "Tekst.", "score": 0.91, "chunk_id": "a.txt#0", "quote": ""}


def test_an_answer_is_shown_with_its_conversation_and_message():
    answer = Answer(text="Svar [1]", abstained=False, sources=[SOURCE], suggestions=[SOURCE], route="finder",
                    contact={"name": None, "phone": "70203040", "email": None, "url": None, "opening_hours": None})
    body = AskResponse.of(answer, "c1", "m1").model_dump(mode="json")
    assert (body["answer"], body["conversation_id"], body["message_id"], body["route"]) == ("Svar [1]", "c1", "m1",
                                                                                            "finder")
    assert body["sources"] == body["suggestions"] == [SourceOut.model_validate(SOURCE).model_dump()]
    assert body["contact"]["phone"] == "70203040"


def test_an_ingest_report_lists_its_pairs_as_objects_and_rounds_its_seconds():
    report = IngestReport(added=["a.txt"], failed=[("b.pdf", "no text")], warnings=[("c.md", "year")], seconds=1.23456)
    body = IngestReportOut.model_validate(report).model_dump()
    assert body["failed"] == [{"source": "b.pdf", "reason": "no text"}]
    assert body["warnings"] == [{"source": "c.md", "problem": "year"}]
    assert (body["seconds"], body["ok"]) == (1.235, False)


def test_feedback_gives_its_time_in_iso_8601():
    created = datetime(2026, 11, 27, 9, 0, tzinfo=timezone.utc)
    record = FeedbackRecord("f1", "c1", None, "up", None, "api", created)
    assert FeedbackOut.model_validate(record).created_at == "2026-11-27T09:00:00+00:00"
