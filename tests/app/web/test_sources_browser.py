"""Source cards, abstention suggestions and answers in the other language, in a real headless Chromium against
the real service on loopback: the cited sentences marked inside their passage, folded to three lines, opened
in their document (GET /v1/passages/{chunk_id}/context)."""
from __future__ import annotations

import re

import httpx
from playwright.sync_api import Page, expect

from tests.app.web.conftest import needs_browser
from tests.app.web.test_chat_browser import MEETINGS, ask

pytestmark = needs_browser

APPROVED = "Hvornår blev VækstMidt-programmet godkendt?"  # cites two sentences of one passage: "a … b"
CAKE = "Hvad er opskriften på æblekage?"


def api_answer(server, question: str, language: str = "da") -> dict:
    return httpx.post(f"{server.url}/v1/ask", json={"question": question, "language": language},
                      timeout=60, trust_env=False).json()


def test_a_source_card_marks_the_cited_sentences_folds_and_opens_in_the_document(page: Page, live_server) -> None:
    page.goto(live_server.url)
    source = api_answer(live_server, APPROVED)["sources"][0]
    pieces = [piece.strip() for piece in source["quote"].split("…") if piece.strip()]
    assert len(pieces) == 2 and source["text"].find(pieces[0]) > source["text"].find(pieces[1]) >= 0, \
        "the test needs a quote of two sentences, the later one first"

    reply = ask(page, APPROVED)
    card = reply.locator(".source-card").first
    expect(card.locator(".source-meta")).to_contain_text("2010")
    expect(card.locator(".source-meta")).to_contain_text(f"Afsnit: {source['section']}")
    card.locator("summary").click()

    # The cited sentences, marked, in the passage's order; folded, only they show ("… a … b …").
    passage = card.locator("blockquote.source-text")
    expect(passage).to_have_attribute("lang", "da")
    marks = passage.locator("mark")
    expect(marks).to_have_count(2)
    assert [re.sub(r"\s+", " ", m) for m in marks.all_inner_texts()] == [pieces[1], pieces[0]]
    expect(marks.nth(1)).to_contain_text("28. januar 2009")
    expect(passage.locator(".passage-rest").first).to_be_hidden()
    shown = re.sub(r"\s+", " ", passage.inner_text())
    assert " … " in shown and "Chef til leje" not in shown, f"folded, only the cited sentences show: {shown}"
    line = float(passage.evaluate("el => parseFloat(getComputedStyle(el).lineHeight)"))
    folded = passage.bounding_box()["height"]
    assert folded <= 3 * line + 20, f"a folded passage is {folded:.0f} px, more than about three lines of {line:.0f} px"
    more = card.get_by_role("button", name="Vis mere")
    expect(more).to_have_attribute("aria-expanded", "false")
    more.click()
    expect(passage.locator(".passage-rest").first).to_be_visible()
    assert passage.bounding_box()["height"] > folded + line
    expect(card.get_by_role("button", name="Vis mindre")).to_have_attribute("aria-expanded", "true")

    # "Åbn i dokumentet": the text around the passage, the passage marked; no original for this document.
    context = httpx.get(f"{live_server.url}/v1/passages/{source['chunk_id']}/context", timeout=30, trust_env=False).json()
    opener = card.get_by_role("button", name="Åbn i dokumentet")
    opener.click()
    expect(opener).to_have_attribute("aria-expanded", "true")
    panel = card.locator(".context")
    expect(panel.locator("mark.context-passage")).to_contain_text(pieces[0])
    expect(panel.locator(".context-text")).to_contain_text(context["before"][:60])
    expect(panel.locator(".context-text")).to_contain_text(context["after"][:60])
    expect(panel.locator(".context-text")).to_have_attribute("lang", "da")
    expect(panel.get_by_role("link")).to_have_count(0)  # url is null: no link to an original
    # The passage, not the text before it, is what the reader sees first in the excerpt's scroll box.
    box, mark = panel.locator(".context-text").bounding_box(), panel.locator("mark.context-passage").bounding_box()
    assert box["y"] <= mark["y"] <= box["y"] + box["height"] / 2, (box, mark)
    opener.click()
    expect(panel).to_be_hidden()


def test_an_abstention_shows_each_document_once_and_each_section_once(page: Page, live_server) -> None:
    page.goto(live_server.url)
    suggestions = api_answer(live_server, CAKE)["suggestions"]
    titles = {s["title"] for s in suggestions}
    sections = list(dict.fromkeys(s["section"] for s in suggestions))
    assert len(suggestions) > len(titles), "the test needs several suggestions from one document"

    reply = ask(page, CAKE)

    cards = reply.locator(".sources-sug .suggestion-card")
    expect(cards).to_have_count(len(titles))
    for title in titles:
        expect(reply.locator(".sources-sug .source-title", has_text=title)).to_have_count(1)
    shown = [name.strip() for name in reply.locator(".suggestion-name").all_inner_texts()]
    assert shown == sections, f"each section once, in the service's order: {shown} != {sections}"
    first = reply.locator(".suggestion-section").first
    first.locator("summary").click()
    # No cited sentence in a suggestion: the passage shows from its start (folded to three lines).
    expect(first.locator("blockquote.source-text")).to_contain_text(suggestions[0]["text"][:40], use_inner_text=True)
    first.get_by_role("button", name="Åbn i dokumentet").click()
    expect(first.locator(".context mark.context-passage")).to_contain_text(suggestions[0]["text"][:50])


def test_switching_language_marks_earlier_answers_and_danish_quotes(page: Page, live_server) -> None:
    page.goto(live_server.url)
    danish = ask(page, MEETINGS)
    expect(danish.locator(".language-note")).to_be_hidden()
    expect(danish.locator(".answer-text")).to_have_attribute("lang", "da")

    page.get_by_role("button", name="English").click()
    # The framing follows the page; the answer itself says it was given in Danish, and can be asked again.
    expect(danish.get_by_role("heading", name="Sources")).to_be_visible()
    note = danish.locator(".language-note")
    expect(note).to_contain_text("This answer was given in Danish.")
    note.get_by_role("button", name="Ask again in English").click()
    english = page.locator("article.msg-assistant").nth(1)
    expect(english.locator(".feedback")).to_be_visible()
    expect(english.locator(".answer-text")).to_have_attribute("lang", "en")
    expect(english.locator(".answer-text")).to_contain_text("373")
    # Its quotes are the documents' Danish words: marked lang="da" inside the English answer.
    quote = english.locator("blockquote.answer-quote span[lang='da']").first
    expect(quote).to_contain_text("Internationaliseringsrådgiveren")
    expect(english.locator(".language-note")).to_be_hidden()

    page.get_by_role("button", name="Dansk").click()
    expect(note).to_be_hidden()
    expect(english.locator(".language-note")).to_contain_text("Svaret blev givet på engelsk.")
