"""The welcome (what the assistant knows, from GET /v1/about; questions a company would ask; the contact) and
the inputs (empty send, a paste over the limit, thumbs-down with a comment, the phone's composer), in a real
headless Chromium against the real service on loopback."""
from __future__ import annotations

import re

import httpx
from playwright.sync_api import Page, expect

from tests.app.web.conftest import needs_browser
from tests.app.web.test_chat_browser import MEETINGS, ask, stream_requests

pytestmark = needs_browser

FEEDBACK_PATH = "/v1/feedback"


def question_limit(server) -> int:
    """The API's own limit: maxLength of AskRequest.question in the OpenAPI schema (2000, the server's default,
    where the schema does not say)."""
    schema = httpx.get(f"{server.url}/openapi.json", timeout=30, trust_env=False).json()
    return schema["components"]["schemas"]["AskRequest"]["properties"]["question"].get("maxLength", 2000)


def test_the_welcome_says_what_the_index_holds_and_offers_company_questions(new_page, contact_server) -> None:
    about = httpx.get(f"{contact_server.url}/v1/about", timeout=30, trust_env=False).json()
    documents, (first, last) = about["documents"], about["years"]
    page = new_page()
    page.goto(contact_server.url)
    welcome = page.locator("#welcome")

    # What it knows, from the index: the titles and the years (here one 2010 document).
    knows = welcome.locator("#welcome-knows")
    count = "ét dokument" if len(documents) == 1 else f"{len(documents)} dokumenter"
    years = str(first) if first == last else f"{first}–{last}"
    expect(knows).to_contain_text(f"Jeg kender {count} fra {years}:")
    for document in documents[:5]:
        expect(knows.locator("li", has_text=document["title"])).to_have_count(1)
    expect(knows.locator("li [lang='da']").first).to_be_visible()  # titles are Danish, also on an English page

    # Questions a company would ask, not evaluation trivia.
    examples = [e.strip() for e in welcome.locator(".example").all_inner_texts()]
    assert 3 <= len(examples) <= 4, examples
    assert "Vi er 12 ansatte og vil eksportere til Tyskland – hvilke tilbud passer?" in examples
    assert "Hvad er VækstMidt Accelerator?" in examples
    assert not [e for e in examples if "møder" in e], examples

    # The region's contact, as on an abstention.
    contact = welcome.locator(".contact")
    expect(contact.get_by_role("heading", name="Tal med en person")).to_be_visible()
    expect(contact.get_by_role("link", name="+45 7841 0000")).to_have_attribute("href", "tel:+4578410000")

    page.get_by_role("button", name="English").click()
    expect(knows).to_contain_text(f"I know {'one document' if len(documents) == 1 else f'{len(documents)} documents'} from {years}:")
    expect(welcome.get_by_role("button", name="What is VækstMidt Accelerator?")).to_be_visible()
    expect(contact.get_by_role("heading", name="Talk to a person")).to_be_visible()

    # An example asks its question in the page's language.
    sent = stream_requests(page)
    welcome.get_by_role("button", name="What is VækstMidt Accelerator?").click()
    expect(page.locator("article.msg-assistant .feedback")).to_be_visible()
    assert sent == [{"question": "What is VækstMidt Accelerator?", "language": "en"}]
    expect(welcome).to_be_hidden()


def test_an_empty_send_says_why_and_a_long_paste_shows_a_counter(page: Page, live_server) -> None:
    limit = question_limit(live_server)
    sent = stream_requests(page)
    page.goto(live_server.url)
    box = page.locator("#question")
    message = page.locator("#composer-message")

    page.get_by_role("button", name="Send").click()
    expect(message).to_have_text("Skriv et spørgsmål i feltet, før du sender.")
    expect(box).to_have_attribute("aria-invalid", "true")
    expect(box).to_be_focused()
    assert "composer-message" in box.get_attribute("aria-describedby")
    box.press("Enter")  # only spaces count as empty too
    box.type("  ")
    box.press("Enter")
    expect(message).to_be_visible()
    box.fill("Hvad")  # typing clears the message
    expect(message).to_be_hidden()
    expect(box).not_to_have_attribute("aria-invalid", "true")

    # A paste over the limit is kept whole: a counter and a message say what to do, and nothing is sent.
    long = ("Vi er en virksomhed med 40 ansatte. " * 100)[: limit + 57]
    box.fill(long)
    assert box.evaluate("el => el.value.length") == limit + 57, "the question was cut"
    counter = page.locator("#question-counter")
    expect(counter).to_have_text(f"{limit + 57} af højst {limit} tegn – 57 for mange")
    expect(message).to_have_text(f"Spørgsmålet er for langt: højst {limit} tegn. Forkort det, før du sender.")
    box.press("Enter")
    expect(page.locator("article.msg")).to_have_count(0)
    # Shortened to the limit, the message goes, the counter stays (it shows from 80 % of the limit) and it sends.
    box.fill(long[:limit])
    expect(message).to_be_hidden()
    expect(counter).to_have_text(f"{limit} af højst {limit} tegn")
    box.fill("")
    expect(counter).to_be_hidden()
    assert sent == []

    page.get_by_role("button", name="English").click()
    page.get_by_role("button", name="Send").click()
    expect(message).to_have_text("Type a question in the box before you send.")


def test_thumbs_down_opens_an_optional_comment_box(page: Page, live_server) -> None:
    page.goto(live_server.url)
    reply = ask(page, MEETINGS)
    comment = reply.locator("form.feedback-comment")
    expect(comment).to_be_hidden()

    with page.expect_response(lambda r: r.url.endswith(FEEDBACK_PATH)) as rating:
        reply.get_by_role("button", name="Nej, svaret var ikke nyttigt").click()
    assert rating.value.status == 201 and rating.value.request.post_data_json["rating"] == "down"
    box = comment.get_by_label("Hvad manglede i svaret? (valgfrit)")
    expect(box).to_be_visible()
    box.fill("Tallet for 2011 mangler.")
    with page.expect_response(lambda r: r.url.endswith(FEEDBACK_PATH)) as commented:
        comment.get_by_role("button", name="Send kommentar").click()
    body = commented.value.request.post_data_json
    assert commented.value.status == 201, commented.value.text()
    assert body["rating"] == "down" and body["comment"] == "Tallet for 2011 mangler."
    assert body["message_id"] == rating.value.request.post_data_json["message_id"]
    expect(reply).to_contain_text("Tak – din kommentar er sendt.")

    # Thumbs up on another answer: no comment box.
    second = ask(page, MEETINGS)
    second.get_by_role("button", name="Ja, svaret var nyttigt").click()
    expect(second.get_by_role("status").first).to_have_text("Tak for din feedback")
    expect(second.locator("form.feedback-comment")).to_be_hidden()


def test_the_shift_enter_hint_is_for_keyboards_only(new_page, live_server) -> None:
    desktop = new_page()
    desktop.goto(live_server.url)
    expect(desktop.locator("#question-hint")).to_be_visible()
    assert "question-hint" in desktop.locator("#question").get_attribute("aria-describedby")

    phone = new_page(width=390, height=844)
    phone.goto(live_server.url)
    expect(phone.locator("#question-hint")).to_be_hidden()
    assert "question-hint" not in (phone.locator("#question").get_attribute("aria-describedby") or "")
    # A touch screen wider than a phone (a tablet) has no Shift+Enter either.
    tablet = phone.context.browser.new_context(viewport={"width": 820, "height": 1180}, has_touch=True, is_mobile=True,
                                               locale="da-DK")
    try:
        page = tablet.new_page()
        page.goto(live_server.url)
        expect(page.locator("#question-hint")).to_be_hidden()
    finally:
        tablet.close()
    assert re.search(r"Shift\+Enter", desktop.locator("#question-hint").inner_text())


def test_the_composer_takes_a_question_only_once_the_page_can_send_it(page: Page, live_server) -> None:
    """On a slow line the page shows before chat.js runs; an Enter pressed then would be lost (a bare newline)."""
    held = []
    page.route("**/static/chat.js", lambda route: held.append(route))  # held until the test lets it through
    page.goto(live_server.url, wait_until="commit")
    box = page.locator("#question")
    expect(box).to_be_visible()
    while not held:
        page.wait_for_timeout(50)
    expect(box).not_to_be_editable()
    expect(page.get_by_role("button", name="Send")).to_be_disabled()
    expect(page.locator(".example").first).to_be_disabled()

    held[0].continue_()
    expect(box).to_be_editable()
    reply = ask(page, MEETINGS)
    expect(reply.locator(".answer-text")).to_contain_text("373")
