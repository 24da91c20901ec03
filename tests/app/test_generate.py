"""The generative path through a real ChatOpenAI client against a fake OpenAI-compatible server on loopback."""
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from pydantic import SecretStr

from app.engine import Engine
from app.generate import guard_problem

MEETINGS = "Hvor mange møder har internationaliseringsrådgiveren haft?"


class FakeOpenAI(BaseHTTPRequestHandler):
    reply = ""
    requests: list = []

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeOpenAI.requests.append(body)
        created = int(time.time())
        if body.get("stream"):
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for piece in FakeOpenAI.reply.split(" "):
                chunk = {"id": "c1", "object": "chat.completion.chunk", "created": created, "model": body["model"],
                         "choices": [{"index": 0, "delta": {"content": piece + " "}, "finish_reason": None}]}
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()
            self.wfile.write(b"data: [DONE]\n\n")
            return
        payload = {"id": "c1", "object": "chat.completion", "created": created, "model": body["model"],
                   "choices": [{"index": 0, "message": {"role": "assistant", "content": FakeOpenAI.reply},
                                "finish_reason": "stop"}],
                   "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture(scope="module")
def llm_engine(seed_settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeOpenAI)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings = seed_settings.model_copy(
        update={"llm_base_url": f"http://127.0.0.1:{server.server_port}/v1", "llm_model": "fake-model", "llm_api_key": SecretStr("k")}
    )
    yield Engine(settings)
    server.shutdown()


def test_generated_answer_with_real_figures_and_citations_is_kept(llm_engine):
    FakeOpenAI.reply = "Internationaliseringsrådgiveren har haft 373 møder med midtjyske virksomheder [1]."
    answer = llm_engine.ask(MEETINGS)
    assert answer.mode == "generative" and answer.fallback_reason is None
    assert answer.text == FakeOpenAI.reply
    assert [s.n for s in answer.sources] == [1] and "373" in answer.sources[0].text
    prompt = FakeOpenAI.requests[-1]["messages"][0]["content"]
    assert "[1]" in prompt and "373 møder" in " ".join(prompt.split())


def test_an_invented_figure_falls_back_to_the_extractive_answer(llm_engine):
    FakeOpenAI.reply = "Rådgiveren har haft 512 møder [1]."
    answer = llm_engine.ask(MEETINGS)
    assert answer.mode == "extractive"
    assert "512" in answer.fallback_reason and "512" not in answer.text
    assert "373" in answer.text


def test_streaming_yields_tokens_then_the_guarded_answer(llm_engine):
    FakeOpenAI.reply = "Der har været 373 møder [1]."
    events = list(llm_engine.stream(MEETINGS))
    assert [events[0].type, events[1].type] == ["status", "sources"]
    tokens = [e.data for e in events if e.type == "token"]
    assert len(tokens) > 1 and "".join(tokens).strip() == FakeOpenAI.reply
    assert events[-1].type == "done" and events[-1].data.mode == "generative"

    FakeOpenAI.reply = "Der har været 999 møder [1]."
    final = list(llm_engine.stream(MEETINGS))[-1].data
    assert final.mode == "extractive" and "999" in final.fallback_reason


def test_guard_rejects_missing_citations_and_unknown_passages():
    passages = ["Eksporten faldt med 17,4 % i 2009."]
    assert guard_problem("Eksporten faldt med 17,4 % [1].", passages) is None
    assert guard_problem("Eksporten faldt med 17.4 percent [1].", passages) is None
    assert "cites no passage" in guard_problem("Eksporten faldt.", passages)
    assert "[2]" in guard_problem("Eksporten faldt med 17,4 % [2].", passages)
    assert "18" in guard_problem("Eksporten faldt med 18 % [1].", passages)


def test_a_langchain_user_chains_the_retriever_into_their_own_model(llm_engine):
    """README, "Raadgiver in a LangChain chain": rag_chain(retriever, ChatOpenAI(...)) over the real retriever;
    the model (the fake server) receives the numbered passages, and its answer passes the guard."""
    from langchain_openai import ChatOpenAI

    from app.generate import guard_problem, rag_chain
    from app.langchain_retriever import RaadgiverRetriever

    settings = llm_engine.settings
    chat = ChatOpenAI(base_url=settings.llm_base_url, model=settings.llm_model, api_key="k", max_retries=0)
    retriever = RaadgiverRetriever(engine=llm_engine, k=3)
    FakeOpenAI.reply = "Rådgiveren har haft 373 møder [1]."
    FakeOpenAI.requests.clear()
    answer = rag_chain(retriever, chat).invoke(MEETINGS)
    assert answer == "Rådgiveren har haft 373 møder [1]."
    system = FakeOpenAI.requests[-1]["messages"][0]["content"]
    assert "Answer in Danish" in system and "[1] (Status og evaluering" in system and "373 møder" in system
    passages = [d.page_content for d in retriever.invoke(MEETINGS)]
    assert guard_problem(answer, passages) is None


def test_a_failing_language_model_endpoint_is_not_described_to_the_client(seed_settings, caplog):
    """The extractive answer stands in; fallback_reason says so with the request id, never the endpoint's URL,
    its key or the exception's text (those go to the log)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]  # nothing listens here once the probe is closed
    settings = seed_settings.model_copy(update={"llm_base_url": f"http://127.0.0.1:{closed}/v1", "llm_model": "m",
                                                 "llm_api_key": SecretStr("sk-secret-key")})
    answer = Engine(settings).ask(MEETINGS)
    assert answer.mode == "extractive" and "373" in answer.text
    assert "did not answer" in answer.fallback_reason and "request id" in answer.fallback_reason
    for internal in ("127.0.0.1", str(closed), "http", "sk-secret", "Connection", "Error"):
        assert internal not in answer.fallback_reason
    assert f"127.0.0.1:{closed}" in caplog.text or "Connection" in caplog.text  # the cause is logged
