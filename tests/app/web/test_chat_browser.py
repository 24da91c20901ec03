"""The web chat in a real headless Chromium against the real service (engine, index, API) on loopback.

Every test drives the page the way a citizen would: typing, clicking, or only the keyboard."""
from __future__ import annotations

import re
from pathlib import Path

import httpx
from playwright.sync_api import Frame, FrameLocator, Locator, Page, expect

from tests.app.web.conftest import SCREENSHOTS, needs_browser

pytestmark = needs_browser

MEETINGS = "Hvor mange møder har internationaliseringsrådgiveren haft?"
COURSES_2009 = "Hvor mange forløb blev gennemført i Region Midtjylland i 2009?"
UNANSWERABLE = "Hvad er hovedstaden i Frankrig?"
CONVERSATION_KEY = "raadgiver.conversationId"
STREAM_PATH = "/v1/ask/stream"


# ---------- helpers ----------


def ask(chat: Page | Frame | FrameLocator, question: str) -> Locator:
    """Types the question, sends it with Enter, and returns the reply once it is complete."""
    before = chat.locator("article.msg-assistant").count()
    box = chat.locator("#question")
    box.fill(question)
    box.press("Enter")
    return finished_reply(chat, before)


def finished_reply(chat: Page | Frame | FrameLocator, index: int) -> Locator:
    reply = chat.locator("article.msg-assistant").nth(index)
    expect(reply).to_be_visible()
    expect(reply).not_to_have_attribute("aria-busy", "true")  # streaming done, or an error shown
    return reply


def stream_requests(page: Page) -> list[dict]:
    """The JSON bodies the page posts to /v1/ask/stream, collected as they are sent."""
    bodies: list[dict] = []
    page.on("request", lambda request: bodies.append(request.post_data_json) if request.url.endswith(STREAM_PATH) else None)
    return bodies


def active_element(page: Page) -> dict:
    return page.evaluate(
        """() => { const el = document.activeElement; const style = getComputedStyle(el);
                   return { tag: el.tagName.toLowerCase(), id: el.id, cls: el.className,
                            inCard: !!el.closest('.source-card'), outline: style.outlineStyle,
                            outlineWidth: parseFloat(style.outlineWidth) }; }"""
    )


def press_until(page: Page, key: str, wanted, limit: int = 40) -> dict:
    """Presses `key` until the focused element satisfies `wanted`; fails after `limit` presses."""
    seen = []
    for _ in range(limit):
        page.keyboard.press(key)
        focused = active_element(page)
        if wanted(focused):
            return focused
        seen.append(focused["id"] or focused["tag"])
    raise AssertionError(f"{key} never reached the wanted element; focus went through {seen}")


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two CSS rgb()/rgba() colours."""

    def luminance(css: str) -> float:
        r, g, b = (int(v) / 255 for v in re.findall(r"[\d.]+", css)[:3])
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def colours(locator: Locator) -> tuple[str, str]:
    return locator.evaluate("el => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]")


# ---------- tests ----------


def test_a_danish_question_streams_an_answer_with_cited_source_cards(page: Page, live_server) -> None:
    page.goto(live_server.url)
    expect(page.locator("html")).to_have_attribute("lang", "da")
    expect(page.get_by_role("heading", name="Velkommen til Raadgiver")).to_be_visible()
    # Count re-renders of the answer while it streams: one render per token means it grows as it arrives.
    page.evaluate(
        """() => { window.__answerRenders = 0;
                   new MutationObserver((records) => { for (const r of records)
                       if (r.target.closest && r.target.closest('.answer-text.is-streaming')) window.__answerRenders++; })
                     .observe(document.getElementById('log'), { childList: true, subtree: true }); }"""
    )

    reply = ask(page, MEETINGS)

    expect(reply.locator(".answer-text")).to_contain_text("373")
    assert page.evaluate("window.__answerRenders") > 1, "the answer did not appear piece by piece"
    card = reply.locator(".source-card").first
    expect(card).to_be_visible()
    expect(card.locator(".source-title")).to_contain_text("Status og evaluering")
    expect(card.locator(".source-meta")).to_contain_text("2010")
    expect(card.locator(".source-meta")).to_contain_text("Afsnit:")
    expect(card).to_contain_text("Kilde fra 2010")
    expect(card.locator("blockquote")).to_be_hidden()  # passages start folded

    # The [1] in the answer jumps to source card 1, opens it and highlights it.
    citation = reply.locator(".answer-text a.cite").first
    expect(citation).to_have_accessible_name(re.compile(r"^Kilde \d+$"))
    number = citation.inner_text()
    citation.click()
    cited = reply.locator(f".source-card[id$='-src-{number}']")
    expect(cited).to_have_class(re.compile("is-highlighted"))
    expect(cited.locator("details")).to_have_attribute("open", "")
    expect(cited.locator("blockquote")).to_be_visible()
    expect(cited.locator("summary")).to_be_focused()
    expect(reply.locator(".source-card blockquote").filter(has_text="373")).to_have_count(1)

    # Screen readers hear the finished answer once, through the polite live region.
    expect(page.locator("#announcer")).to_have_attribute("aria-live", "polite")
    expect(page.locator("#announcer")).to_contain_text("373")


def test_markup_in_questions_and_documents_is_shown_as_text(page: Page, live_server) -> None:
    # A question and an uploaded document that both carry an HTML payload: the chat must show it as text
    # in the user's bubble, the answer and the source card, and never create the element or run its code.
    payload = '<img src=x onerror="window.__xss=1">'
    # A text file keeps the payload as text (a Markdown parser would drop it as inline HTML); its title comes
    # from the front matter.
    document = "kattegat-puljen.txt"
    original = "https://www.example.dk/kattegat-puljen.pdf"
    text = (f"---\ntitle: 'Kattegat-puljen {payload}'\nurl: {original}\n---\n"
            f"Kattegat-puljen har i 2024 støttet 5.823 iværksættere i Norddjurs Kommune. {payload}\n")
    with httpx.Client(base_url=live_server.url, headers=live_server.admin_headers, timeout=120, trust_env=False) as api:
        uploaded = api.post("/v1/documents", files={"file": (document, text.encode(), "text/plain")})
        assert uploaded.status_code == 201, uploaded.text
        try:
            page.goto(live_server.url)
            question = f"Hvor mange iværksættere har Kattegat-puljen støttet? {payload}"

            reply = ask(page, question)

            expect(page.locator("article.msg-user").last).to_contain_text(question)
            expect(reply.locator(".answer-text")).to_contain_text("5.823")
            card = reply.locator(".source-card").filter(has_text="Kattegat-puljen").first
            expect(card.locator(".source-title")).to_contain_text(f"Kattegat-puljen {payload}")
            card.locator("summary").click()
            expect(card.locator("blockquote")).to_contain_text(payload)
            # "Åbn i dokumentet": the passage in its document, as text too, and the original the region publishes.
            card.get_by_role("button", name="Åbn i dokumentet").click()
            context = card.locator(".context")
            expect(context.locator("mark.context-passage")).to_contain_text(payload)
            expect(context.get_by_role("link", name=re.compile("^Åbn originalen"))).to_have_attribute("href", original)
            assert page.locator("img[src='x'], #log img").count() == 0
            assert page.evaluate("window.__xss") is None
        finally:
            assert api.delete(f"/v1/documents/{document}").status_code == 200


def test_a_follow_up_continues_the_conversation_until_new_conversation(page: Page, live_server) -> None:
    sent = stream_requests(page)
    page.goto(live_server.url)

    first = ask(page, COURSES_2009)
    expect(first.locator(".answer-text")).to_contain_text("288")
    conversation = page.evaluate(f"sessionStorage.getItem('{CONVERSATION_KEY}')")
    assert conversation

    second = ask(page, "Og i 2008?")
    expect(second.locator(".answer-text")).to_contain_text("208")
    assert "conversation_id" not in sent[0]
    assert sent[1]["conversation_id"] == conversation
    assert sent[1]["language"] == "da"

    # A reload (or the next page of the region's site) keeps the conversation on screen.
    page.reload()
    expect(page.locator("article.msg-assistant")).to_have_count(2)
    expect(page.locator("article.msg-assistant").nth(1).locator(".answer-text")).to_contain_text("208")

    # "Ny samtale" clears at once, and "Fortryd" brings the conversation back (for a few seconds).
    page.get_by_role("button", name="Ny samtale").click()
    expect(page.locator("article.msg")).to_have_count(0)
    expect(page.get_by_role("heading", name="Velkommen til Raadgiver")).to_be_visible()
    assert page.evaluate(f"sessionStorage.getItem('{CONVERSATION_KEY}')") is None
    expect(page.locator("#question")).to_be_focused()
    expect(page.locator("#undo")).to_contain_text("Samtalen er ryddet.")
    page.get_by_role("button", name=re.compile("^Fortryd")).click()
    expect(page.locator("article.msg-assistant")).to_have_count(2)
    expect(page.locator("article.msg-assistant").nth(1).locator(".answer-text")).to_contain_text("208")
    assert page.evaluate(f"sessionStorage.getItem('{CONVERSATION_KEY}')") == conversation
    expect(page.locator("#undo")).to_be_hidden()
    expect(page.locator("#question")).to_be_focused()

    page.get_by_role("button", name="Ny samtale").click()
    expect(page.locator("article.msg")).to_have_count(0)
    ask(page, MEETINGS)
    expect(page.locator("#undo")).to_be_hidden()  # a new question ends the chance to undo
    assert "conversation_id" not in sent[2]


def test_an_unanswerable_question_gets_a_kind_abstention_and_the_programme_finder(page: Page, live_server) -> None:
    page.goto(live_server.url)

    reply = ask(page, UNANSWERABLE)

    expect(reply).to_have_class(re.compile("msg-abstained"))
    expect(reply).to_contain_text("Det kan jeg ikke svare sikkert på ud fra dokumenterne")
    assert reply.locator(".answer-text").inner_text().strip(), "the server's helpful message is missing"
    expect(reply.get_by_role("heading", name="Måske kan disse afsnit hjælpe dig videre")).to_be_visible()
    assert reply.locator(".sources-sug .source-card").count() >= 1
    expect(reply).to_contain_text("Programfinderen kan hjælpe")

    offer = reply.get_by_role("button", name="Find det rette program")
    offer.click()
    dialog = page.get_by_role("dialog", name="Find det rette program")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_label("Antal ansatte")).to_be_focused()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(offer).to_be_focused()


def test_the_programme_finder_ranks_programmes_for_an_80_person_exporter(page: Page, live_server) -> None:
    page.goto(live_server.url)
    page.get_by_role("button", name="Find det rette program").click()
    dialog = page.get_by_role("dialog", name="Find det rette program")
    dialog.get_by_label("Antal ansatte").fill("80")
    dialog.get_by_label("Hvad vil virksomheden opnå?").fill("eksport")
    dialog.get_by_role("button", name="Find programmer").click()

    reply = finished_reply(page, 0)
    expect(page.locator("article.msg-user")).to_contain_text("Find et program: 80 ansatte, mål: eksport")
    cards = reply.locator("li.programme")
    expect(cards.first).to_be_visible()
    # The best three first; "Vis flere" shows the rest of the ranking.
    expect(reply.locator("li.programme:visible")).to_have_count(3)
    reply.get_by_role("button", name=re.compile(r"^Vis flere \(\d+\)")).click()
    expect(reply.locator("li.programme:visible")).to_have_count(cards.count())
    shown = [name.strip() for name in reply.locator(".programme-name").all_inner_texts()]
    shown = [re.sub(r"^Nr\. \d+:\s*", "", name) for name in shown]  # the rank prefix is for screen readers
    ranked = httpx.post(f"{live_server.url}/v1/programmes/match", json={"employees": 80, "goal": "eksport"},
                        timeout=60, trust_env=False).json()["programmes"]
    assert shown == [p["name"] for p in ranked], "the page must keep the service's ranking"

    # The two regional programmes for companies with up to 250 employees come first; the Accelerator fits.
    assert shown[0] in {"VækstMidt Accelerator", "De regionale virksomhedsprogrammer"}, shown
    assert "VækstMidt Accelerator" in shown[:2], shown
    accelerator = cards.filter(has=page.locator(".programme-name", has_text="VækstMidt Accelerator"))
    expect(accelerator.locator(".badge-fits")).to_have_text("Passer")
    expect(accelerator.locator(".programme-reasons li").first).to_contain_text("250 ansatte: I har 80")
    quote = accelerator.locator("figure.quote").first
    expect(quote).to_be_hidden()  # the quotes are folded, to keep the card short
    accelerator.get_by_text(re.compile(r"^Citater fra dokumenterne \(\d+\)$")).click()
    expect(quote).to_be_visible()
    expect(quote).to_contain_text("status-evaluering-eksport-internationalisering-2010.txt, 2010")
    # The documents are from 2010: said once above the list (every card shares it) or on the card.
    expect(reply.locator(".programme-caveat").first).to_contain_text("2010")
    trade_council = cards.filter(has=page.locator(".programme-name", has_text="Eksportrådets tilskudsordninger"))
    expect(trade_council).to_contain_text("kun i nogle tilfælde op til 100 ansatte: I har 80")

    # In English the reasons come from reasons_en.
    page.get_by_role("button", name="English").click()
    expect(accelerator.locator(".badge-fits")).to_have_text("Fits")
    expect(accelerator.locator(".programme-reasons li").first).to_contain_text("250 employees: you have 80")
    expect(page.locator("article.msg-user")).to_contain_text("Find a programme: 80 employees, goal: eksport")


def test_the_widget_opens_the_chat_on_a_foreign_page_untouched_by_its_css(page: Page, live_server, foreign_site) -> None:
    site = foreign_site(f"""<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Kommunens side</title>
<style>
  * {{ font-size: 40px !important; color: red !important; line-height: 3 !important; }}
  button {{ width: 500px; background: lime; }}
  div {{ position: relative; display: block; transform: none; }}
  iframe {{ border: 10px solid red; width: 10px; height: 10px; }}
</style></head>
<body><h1>Erhverv i Midtjylland</h1><p>Her er kommunens egen tekst.</p>
<script src="{live_server.url}/widget.js" data-api="{live_server.url}" async></script>
</body></html>""")
    page.goto(site)
    assert page.evaluate("getComputedStyle(document.querySelector('p')).fontSize") == "40px"  # the CSS is hostile

    bubble = page.get_by_role("button", name="Spørg om erhvervsfremme")
    expect(bubble).to_have_attribute("aria-expanded", "false")
    box = bubble.bounding_box()
    assert box["width"] < 400 and box["height"] < 60, f"the host page's CSS resized the launcher: {box}"
    assert box["x"] + box["width"] > 1280 - 60 and box["y"] + box["height"] > 800 - 60, f"not bottom-right: {box}"

    bubble.click()
    expect(bubble).to_have_attribute("aria-expanded", "true")
    frame_element = page.locator("iframe#raadgiver-chat-frame")
    expect(frame_element).to_be_visible()
    assert frame_element.get_attribute("src").startswith(f"{live_server.url}/?embed=1")
    panel = frame_element.bounding_box()
    assert panel["width"] >= 300 and panel["height"] >= 400, f"the panel is squeezed: {panel}"

    chat = page.frame_locator("iframe#raadgiver-chat-frame")
    expect(chat.locator("#question")).to_be_focused()
    reply = ask(chat, MEETINGS)
    expect(reply.locator(".answer-text")).to_contain_text("373")
    expect(reply.locator(".source-card").first).to_be_visible()
    size, colour = reply.locator(".answer-text").evaluate("el => [getComputedStyle(el).fontSize, getComputedStyle(el).color]")
    assert size == "16px" and colour != "rgb(255, 0, 0)", (size, colour)

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "widget-open.png")

    # Escape inside the chat closes the panel and gives focus back to the bubble.
    chat.locator("#question").press("Escape")
    expect(frame_element).to_be_hidden()
    expect(bubble).to_have_attribute("aria-expanded", "false")
    expect(bubble).to_be_focused()

    # Reopening shows the same conversation.
    page.keyboard.press("Enter")
    expect(frame_element).to_be_visible()
    expect(chat.locator("article.msg-assistant")).to_have_count(1)


def test_the_widget_defaults_to_its_own_origin_and_opens_by_keyboard(page: Page, live_server, foreign_site) -> None:
    site = foreign_site(f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body><a href="#top">A link of the host page</a>
<script src="{live_server.url}/widget.js" async></script></body></html>""")
    page.goto(site)
    bubble = page.get_by_role("button", name="Ask about business support")  # the host page is English
    expect(bubble).to_be_visible()
    press_until(page, "Tab", lambda el: el["tag"] == "div" and el["id"] == "raadgiver-chat-widget", limit=5)
    expect(bubble).to_be_focused()
    page.keyboard.press("Enter")
    expect(bubble).to_have_attribute("aria-expanded", "true")
    frame = page.locator("iframe#raadgiver-chat-frame")
    assert frame.get_attribute("src") == f"{live_server.url}/?embed=1&lang=en"
    chat = page.frame_locator("iframe#raadgiver-chat-frame")
    expect(chat.locator("html")).to_have_attribute("lang", "en")
    expect(chat.locator("#question")).to_be_focused()
    chat.get_by_role("button", name="Close chat").click()
    expect(frame).to_be_hidden()
    expect(bubble).to_be_focused()


def test_a_keyboard_only_round_trip(page: Page, live_server) -> None:
    page.goto(live_server.url)

    focused = press_until(page, "Tab", lambda el: el["id"] == "question")
    assert focused["outline"] != "none" and focused["outlineWidth"] >= 2, f"no visible focus outline: {focused}"
    page.keyboard.type(MEETINGS)
    page.keyboard.press("Enter")
    reply = finished_reply(page, 0)
    expect(reply.locator(".answer-text")).to_contain_text("373")

    # Back from the question box to a source card; Enter opens it, Space folds and unfolds it.
    focused = press_until(page, "Shift+Tab", lambda el: el["tag"] == "summary" and el["inCard"])
    assert focused["outline"] != "none", f"no visible focus outline on the source card: {focused}"
    card = reply.locator(".source-card:has(summary:focus)")
    expect(card.locator("blockquote")).to_be_hidden()
    page.keyboard.press("Enter")
    expect(card.locator("blockquote")).to_be_visible()
    page.keyboard.press("Space")
    expect(card.locator("blockquote")).to_be_hidden()
    page.keyboard.press("Space")
    expect(card.locator("blockquote")).to_be_visible()

    press_until(page, "Tab", lambda el: "feedback-up" in el["cls"])
    thumbs_up = reply.get_by_role("button", name="Ja, svaret var nyttigt")
    expect(thumbs_up).to_be_focused()
    expect(thumbs_up).to_have_attribute("aria-pressed", "false")
    page.keyboard.press("Space")
    expect(thumbs_up).to_have_attribute("aria-pressed", "true")
    expect(reply.get_by_role("button", name="Nej, svaret var ikke nyttigt")).to_have_attribute("aria-pressed", "false")
    expect(reply.get_by_role("status")).to_have_text("Tak for din feedback")

    # Text and the primary colour meet WCAG AA (4.5:1).
    for element in (page.locator("#send"), reply.locator(".answer-text"), reply.locator(".source-n").first):
        foreground, background = colours(element)
        if background == "rgba(0, 0, 0, 0)":
            background = "rgb(255, 255, 255)"
        assert contrast(foreground, background) >= 4.5, (element, foreground, background)


def test_too_many_questions_shows_the_wait_and_a_retry_button(new_page, rate_limited_server) -> None:
    server = rate_limited_server
    page = new_page()
    sent = stream_requests(page)
    page.goto(server.url)
    expect(ask(page, MEETINGS).locator(".answer-text")).to_contain_text("373")

    refused = ask(page, COURSES_2009)
    expect(refused.locator(".error-text")).to_have_text(
        re.compile(r"^For mange spørgsmål på kort tid\. Prøv igen om \d+ sekunder\.$"))
    expect(refused.locator(".spinner")).to_be_hidden()
    retry = refused.get_by_role("button", name="Prøv igen")
    expect(retry).to_be_visible()
    # Below a long answer, the retry button is scrolled into view above the sticky composer, not under it.
    button, composer = retry.bounding_box(), page.locator("#composer").bounding_box()
    assert button["y"] + button["height"] <= composer["y"], f"the retry button is under the composer: {button}, {composer}"

    retry.click()  # the minute has not passed: the service refuses again, and the page says so again
    expect(page.locator("article.msg-assistant")).to_have_count(2)
    again = finished_reply(page, 1)
    expect(again.locator(".error-text")).to_contain_text("For mange spørgsmål på kort tid")
    assert [body["question"] for body in sent] == [MEETINGS, COURSES_2009, COURSES_2009]
    expect(page.locator("article.msg-user").last).to_have_text(re.compile(re.escape(COURSES_2009)))


def test_an_unavailable_index_and_a_lost_connection_show_errors_with_retry(new_page, empty_server, live_server) -> None:
    empty = empty_server
    page = new_page()
    page.goto(empty.url)
    reply = ask(page, MEETINGS)
    expect(reply.locator(".error-text")).to_have_text("Tjenesten er midlertidigt utilgængelig, fordi søgeindekset "
                                                      "ikke er klar. Prøv igen om lidt.")
    expect(reply.get_by_role("button", name="Prøv igen")).to_be_visible()

    page = new_page()
    page.goto(live_server.url)
    page.context.set_offline(True)
    reply = ask(page, MEETINGS)
    expect(reply.locator(".error-text")).to_have_text(
        "Ingen forbindelse til tjenesten. Tjek din internetforbindelse, og prøv igen.")
    page.context.set_offline(False)
    reply.get_by_role("button", name="Prøv igen").click()
    expect(page.locator("article.msg-assistant")).to_have_count(1)
    expect(finished_reply(page, 0).locator(".answer-text")).to_contain_text("373")


def test_english_by_switch_or_by_browser_language(new_page, live_server) -> None:
    page = new_page()
    sent = stream_requests(page)
    page.goto(live_server.url)
    assert page.evaluate("RaadgiverI18n.missing()") == [], "every UI text needs Danish and English"
    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("button", name="New conversation")).to_be_visible()
    expect(page.get_by_role("button", name="Find the right programme")).to_be_visible()
    expect(page.get_by_label("Your question")).to_have_attribute("placeholder", "Type your question …")
    reply = ask(page, "What happened to Danish exports during the crisis in 2009?")  # dev eval d12
    expect(reply.locator(".answer-text")).to_contain_text("17,4")
    expect(reply.get_by_role("heading", name="Sources")).to_be_visible()
    expect(reply).to_contain_text("Source from 2010")
    assert sent[0]["language"] == "en"

    english_browser = new_page(locale="en-GB")
    english_browser.goto(live_server.url)
    expect(english_browser.locator("html")).to_have_attribute("lang", "en")
    expect(english_browser.get_by_role("heading", name="Welcome to Raadgiver")).to_be_visible()
    english_browser.get_by_role("button", name="Dansk").click()
    expect(english_browser.get_by_role("heading", name="Velkommen til Raadgiver")).to_be_visible()


def test_screenshots_desktop_and_360_px_without_horizontal_scroll(new_page, live_server) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = new_page(width=1280, height=800)
    page.goto(live_server.url)
    reply = ask(page, MEETINGS)
    reply.locator(".source-card summary").first.click()
    expect(reply.locator(".source-card blockquote").first).to_be_visible()
    page.evaluate("document.activeElement.blur(); window.scrollTo(0, 0)")  # question, answer and card in one picture
    page.screenshot(path=SCREENSHOTS / "chat-desktop.png")

    narrow = new_page(width=360, height=740)
    narrow.goto(live_server.url)
    assert narrow.evaluate("document.scrollingElement.scrollWidth") <= 360
    reply = ask(narrow, MEETINGS)
    reply.locator(".source-card summary").first.click()
    narrow.evaluate("document.activeElement.blur()")
    reply.locator(".answer-text").scroll_into_view_if_needed()
    assert narrow.evaluate("document.scrollingElement.scrollWidth") <= 360, "horizontal scroll at 360 px"
    narrow.screenshot(path=SCREENSHOTS / "chat-360.png")

    narrow.get_by_role("button", name="Find det rette program").click()
    narrow.get_by_label("Antal ansatte").fill("80")
    narrow.get_by_label("Hvad vil virksomheden opnå?").fill("eksport")
    narrow.get_by_role("button", name="Find programmer").click()
    expect(finished_reply(narrow, 1).locator("li.programme").first).to_be_visible()
    assert narrow.evaluate("document.scrollingElement.scrollWidth") <= 360, "horizontal scroll at 360 px (programmes)"
    narrow.screenshot(path=SCREENSHOTS / "chat-360-programmes.png")
    assert Path(SCREENSHOTS / "chat-desktop.png").stat().st_size > 10_000
