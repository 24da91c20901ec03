"""Streaming made visible, in a real headless Chromium against the real service on loopback: the status at
once, the source cards when the `sources` event arrives, the text growing with each `token`; Stop; lists and
long quotes; a question pending at reload.

Order, never time: each assistant message records what it handled, in order, in its data-trace attribute
("start status:searching sources:1 token:22 token:362 token:415 done", with the number of source cards and the
answer's length on screen at each step). A test that needs to act in the middle of a stream does so from a
MutationObserver on that attribute, which runs before the page handles the next event."""
from __future__ import annotations

import re

import httpx
from playwright.sync_api import Page, expect

from tests.app.web.conftest import needs_browser
from tests.app.web.test_chat_browser import MEETINGS, STREAM_PATH, ask, finished_reply

pytestmark = needs_browser

COMPANY = "Vi er 12 ansatte og vil eksportere til Tyskland – hvilke tilbud passer?"
PENDING_KEY = "raadgiver.pending"

# Records the status text each new assistant message shows first (before any event has arrived).
RECORD_FIRST_STATUS = """() => { window.__firstStatus = [];
  new MutationObserver((records) => { for (const r of records) for (const node of r.addedNodes)
      if (node.matches && node.matches('article.msg-assistant'))
        window.__firstStatus.push(node.querySelector('.msg-status').textContent.trim()); })
    .observe(document.getElementById('log'), { childList: true }); }"""

# Clicks Stop as soon as the trace says `condition` (a JS expression of `trace` and `article`).
STOP_WHEN = """(condition) => { const test = new Function('trace', 'article', `return (${condition});`);
  new MutationObserver((records, observer) => { for (const r of records) {
      const article = r.target;
      if (test(article.dataset.trace || '', article)) { observer.disconnect(); document.getElementById('stop').click(); return; } } })
    .observe(document.getElementById('log'), { subtree: true, attributes: true, attributeFilter: ['data-trace'] }); }"""


def steps(trace: str) -> list[tuple[str, str]]:
    """"token:57" -> ("token", "57")."""
    return [tuple(step.split(":", 1)) if ":" in step else (step, "") for step in trace.split()]


def test_the_status_then_the_source_cards_then_the_answer_line_by_line(new_page, live_server) -> None:
    page = new_page()
    page.goto(live_server.url)
    page.evaluate(RECORD_FIRST_STATUS)

    reply = ask(page, MEETINGS)

    assert page.evaluate("window.__firstStatus") == ["Leder i dokumenterne …"]
    trace = steps(reply.get_attribute("data-trace"))
    names = [name for name, _ in trace]
    assert names[:3] == ["start", "status", "sources"], trace
    assert trace[1] == ("status", "searching")
    assert int(trace[2][1]) >= 1, f"no source cards on screen when `sources` was handled: {trace}"
    tokens = [int(length) for name, length in trace if name == "token"]
    # A multi-sentence answer: more than one token, the first handled before `done`, the text growing each time.
    assert len(tokens) >= 2, trace
    assert names.index("token") < names.index("done") == len(names) - 1, trace
    assert tokens == sorted(tokens) and len(set(tokens)) == len(tokens), f"the text did not grow with each token: {trace}"
    assert 0 < tokens[0] < tokens[-1]
    # The finished answer keeps the cards and the text; the streaming cursor is gone.
    expect(reply.locator(".source-card")).to_have_count(int(trace[2][1]))
    expect(reply.locator(".answer-text")).to_contain_text("373")
    expect(reply.locator(".answer-text.is-streaming")).to_have_count(0)
    expect(page.locator("#send")).to_be_visible()
    expect(page.locator("#stop")).to_be_hidden()

    # In English the status says so in English.
    english = new_page(locale="en-GB")
    english.goto(live_server.url)
    english.evaluate(RECORD_FIRST_STATUS)
    ask(english, "When was the VækstMidt programme approved?")
    assert english.evaluate("window.__firstStatus") == ["Searching the documents …"]


def test_stop_ends_the_stream_and_keeps_what_arrived_marked_as_stopped(page: Page, live_server) -> None:
    sent: list[str] = []
    page.on("request", lambda request: sent.append(request.url) if request.url.endswith(STREAM_PATH) else None)
    page.goto(live_server.url)
    page.evaluate(STOP_WHEN, "trace.includes('token')")  # Stop right after the first line arrived

    page.locator("#question").fill(MEETINGS)
    page.locator("#question").press("Enter")
    reply = finished_reply(page, 0)

    expect(reply).to_have_class(re.compile("msg-stopped"))
    trace = reply.get_attribute("data-trace").split()
    assert trace[-1] == "stopped" and "done" not in trace, trace
    assert [step for step in trace if step.startswith("token")] == [trace[-2]], "events were handled after Stop"
    expect(reply.locator(".answer-text")).to_contain_text("Kort svar: 373 møder")  # the first line stays
    expect(reply.locator(".answer-text")).not_to_contain_text("Internationaliseringsrådgiveren")
    expect(reply.locator(".source-card").first).to_be_visible()  # and so do the cards
    expect(reply.locator(".stopped-note")).to_contain_text("Stoppet – svaret er ikke færdigt.")
    expect(reply.locator(".feedback")).to_have_count(0)
    expect(page.locator("#send")).to_be_visible()
    expect(page.locator("#stop")).to_be_hidden()
    assert page.evaluate(f"sessionStorage.getItem('{PENDING_KEY}')") is None

    # After a reload the stopped answer is still marked as stopped; "Spørg igen" asks again, in full.
    page.reload()
    stopped = page.locator("article.msg-assistant").first
    expect(stopped.locator(".stopped-note")).to_contain_text("Stoppet")
    expect(stopped.locator(".answer-text")).to_contain_text("Kort svar: 373 møder")
    stopped.get_by_role("button", name="Spørg igen").click()
    again = finished_reply(page, 0)
    expect(again.locator(".feedback")).to_be_visible()
    expect(again.locator(".answer-text")).to_contain_text("Internationaliseringsrådgiveren")
    expect(page.locator("article.msg-assistant")).to_have_count(1)
    assert len(sent) == 2


def test_lists_render_as_nested_lists_and_long_quotes_fold(new_page, live_server) -> None:
    page = new_page(width=390, height=844)
    page.goto(live_server.url)
    # A company question's answer lists programmes ("- ") with their reasons ("  · "). The finished answer shows
    # them as cards; stopped while the list streams, the text shows them as lists.
    page.evaluate(STOP_WHEN, "article.querySelectorAll('.answer-text ul ul li').length >= 2")
    page.locator("#question").fill(COMPANY)
    page.locator("#question").press("Enter")
    reply = finished_reply(page, 0)

    expect(reply).to_have_class(re.compile("msg-stopped"))
    text = reply.locator(".answer-text")
    expect(text.locator(":scope > ul.answer-list > li").first).to_contain_text("De regionale virksomhedsprogrammer")
    expect(text.locator("ul.answer-list > li > ul.answer-list > li").first).to_contain_text("250 ansatte")
    items = text.locator("li").all_inner_texts()
    assert not [item for item in items if item.startswith(("-", "·"))], f"list markers shown as text: {items}"
    answer = httpx.post(f"{live_server.url}/v1/ask", json={"question": COMPANY}, timeout=60, trust_env=False).json()["answer"]
    assert re.search(r"^- De regionale", answer, re.M) and re.search(r"^  · for virksomheder", answer, re.M)

    # A quote longer than three lines (here, on a phone) folds; "Vis mere" shows all of it.
    quoted = ask(page, MEETINGS)
    quote = quoted.locator("blockquote.answer-quote")
    toggle = quoted.locator(".answer-text .fold-toggle")
    expect(toggle).to_have_text("Vis mere")
    line = float(quote.evaluate("el => parseFloat(getComputedStyle(el).lineHeight)"))
    folded = quote.bounding_box()["height"]
    assert folded <= 3 * line + 8, f"a folded quote is {folded:.0f} px, more than three lines of {line:.0f} px"
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(toggle).to_have_text("Vis mindre")
    assert quote.bounding_box()["height"] > folded + line / 2


def test_a_question_pending_at_reload_is_shown_as_not_sent(page: Page, live_server) -> None:
    page.goto(live_server.url)
    # The server takes the question and has not answered when the page is reloaded (the request is held).
    held = []
    page.route(f"**{STREAM_PATH}", lambda route: held.append(route))
    page.locator("#question").fill(MEETINGS)
    page.locator("#question").press("Enter")
    expect(page.locator("#stop")).to_be_visible()
    assert page.evaluate(f"JSON.parse(sessionStorage.getItem('{PENDING_KEY}')).question") == MEETINGS
    # Reloaded while the request is still held: released first, it could be answered before the reload.
    page.reload()

    expect(page.locator("article.msg-user.msg-not-sent")).to_contain_text(MEETINGS)
    note = page.locator(".not-sent")
    expect(note).to_contain_text("Spørgsmålet blev ikke besvaret, fordi siden blev genindlæst.")
    expect(page.locator("article.msg-assistant")).to_have_count(0)
    page.unroute_all(behavior="ignoreErrors")
    note.get_by_role("button", name="Send igen").click()
    reply = finished_reply(page, 0)
    expect(reply.locator(".answer-text")).to_contain_text("373")
    expect(page.locator(".not-sent")).to_have_count(0)
    assert page.evaluate(f"sessionStorage.getItem('{PENDING_KEY}')") is None
