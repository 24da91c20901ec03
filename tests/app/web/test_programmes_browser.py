"""Programme answers and the human contact in a real headless Chromium, on a phone (390x844), against the real
service (engine, index, programme finder) on loopback.

A company reads the best three programmes first, with one verdict badge each, and can unfold the rest with
"Vis flere"; the whole answer fits in about three screens. Abstentions and programme answers end with the
region's contact, when the region has configured one (corpus/contact.yaml)."""
from __future__ import annotations

import re

import httpx
from playwright.sync_api import Locator, expect

from tests.app.web.conftest import SCREENSHOTS, needs_browser
from tests.app.web.test_chat_browser import ask, finished_reply

pytestmark = needs_browser

PHONE = {"width": 390, "height": 844}
MAX_MESSAGE_HEIGHT = 3 * PHONE["height"]  # "Vis flere" closed: the reply fits in three phone screens
SHOWN_FIRST = 3
COMPANY_QUESTION = ("Vi er en virksomhed med 40 ansatte og vil gerne begynde at eksportere til Tyskland, "
                    "hvad kan I hjælpe med?")
CAKE = "Hvad er opskriften på æblekage?"
BADGES = {
    "da": {"fits": "Passer", "may_fit": "Passer måske", "no_fit": "Passer ikke"},
    "en": {"fits": "Fits", "may_fit": "May fit", "no_fit": "Does not fit"},
}


def verdict(programme: dict) -> str:
    return programme.get("verdict") or ("fits" if programme["fits"] else "no_fit")


def names(reply: Locator) -> list[str]:
    shown = [name.strip() for name in reply.locator(".programme-name").all_inner_texts()]
    return [re.sub(r"^(Nr\.|No\.) \d+:\s*", "", name) for name in shown]  # the rank prefix is for screen readers


def check_three_then_more(reply: Locator, what: str) -> int:
    """Three programme cards visible, the reply within three screens; "Vis flere (N)" shows and hides the rest.
    Returns the reply's height (px) with "Vis flere" closed."""
    cards = reply.locator("li.programme")
    expect(cards.first).to_be_visible()
    total = cards.count()
    assert total > SHOWN_FIRST, f"{what}: only {total} programmes, nothing to fold"
    visible = reply.locator("li.programme:visible")
    expect(visible).to_have_count(SHOWN_FIRST)
    more = reply.locator("button.programmes-more")
    expect(more).to_have_text(f"Vis flere ({total - SHOWN_FIRST})")
    expect(more).to_have_attribute("aria-expanded", "false")
    expect(reply.locator(f"#{more.get_attribute('aria-controls')}")).to_be_hidden()
    height = reply.bounding_box()["height"]
    print(f"\n{what}: message height {height:.0f} px with 'Vis flere' closed ({total} programmes)")
    assert height <= MAX_MESSAGE_HEIGHT, f"{what}: the reply is {height:.0f} px tall, more than three screens"

    more.click()
    expect(more).to_have_attribute("aria-expanded", "true")
    expect(visible).to_have_count(total)
    expect(more).to_have_text("Vis færre")
    expect(more).to_be_focused()
    print(f"{what}: message height {reply.bounding_box()['height']:.0f} px with 'Vis flere' open")
    more.click()
    expect(more).to_have_attribute("aria-expanded", "false")
    expect(visible).to_have_count(SHOWN_FIRST)
    return height


def test_a_company_question_shows_three_programmes_then_vis_flere_on_a_phone(new_page, contact_server) -> None:
    # With the region's contact configured, so the three screens include the contact under the programmes.
    page = new_page(**PHONE)
    page.goto(contact_server.url)

    reply = ask(page, COMPANY_QUESTION)

    # The answer's first line, the cards, then the rest of the text; the text's list is not repeated above
    # the cards, so each programme's reasons appear once.
    texts = reply.locator(".answer-text")
    expect(texts.first).to_contain_text("Ud fra det, du skriver (40 ansatte, marked: Tyskland)")
    expect(texts.last).to_contain_text("Passer ikke:")
    assert "passer til jeres mål" not in " ".join(texts.all_text_contents())
    expect(reply.locator("section.programmes")).to_be_visible()
    expect(reply.locator(".contact a[href^='tel:']")).to_be_visible()  # a company answer (route finder)
    check_three_then_more(reply, "company question")
    # Each visible card carries exactly one verdict badge.
    for card in reply.locator("li.programme:visible").all():
        expect(card.locator(".badge-verdict")).to_have_count(1)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"], "horizontal scroll on a phone"


def test_the_finder_form_shows_three_programmes_with_verdicts_then_vis_flere(new_page, live_server) -> None:
    page = new_page(**PHONE)
    page.goto(live_server.url)
    page.get_by_role("button", name="Find det rette program").click()
    dialog = page.get_by_role("dialog", name="Find det rette program")
    dialog.get_by_label("Antal ansatte").fill("40")
    dialog.get_by_label("Hvad vil virksomheden opnå?").fill("eksport")
    dialog.get_by_label("Markeder").fill("Tyskland")
    dialog.get_by_role("button", name="Find programmer").click()

    reply = finished_reply(page, 0)
    height = check_three_then_more(reply, "finder form")

    # The page keeps the service's ranking, and shows each programme's verdict as its badge.
    ranked = httpx.post(f"{live_server.url}/v1/programmes/match",
                        json={"employees": 40, "goal": "eksport", "markets": ["Tyskland"]},
                        timeout=60, trust_env=False).json()["programmes"]
    assert names(reply) == [p["name"] for p in ranked], "the page must keep the service's ranking"
    badges = [text.strip() for text in reply.locator(".badge-verdict").all_text_contents()]
    assert badges == [BADGES["da"][verdict(p)] for p in ranked]
    # Quotes are folded behind "Fra dokumenterne"; one click shows them.
    first = reply.locator("li.programme").first
    if first.locator("figure.quote").count():
        expect(first.locator("figure.quote").first).to_be_hidden()
        first.locator(".programme-evidence summary").click()
        expect(first.locator("figure.quote").first).to_be_visible()
        first.locator(".programme-evidence summary").click()

    # What the phone shows first: the request, then the reply from its top (where the chat scrolls to).
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.evaluate("document.activeElement.blur()")
    page.locator("article.msg-user").first.scroll_into_view_if_needed()
    page.evaluate("window.scrollTo(0, document.querySelector('article.msg-user').getBoundingClientRect().top + window.scrollY - 12)")
    page.screenshot(path=SCREENSHOTS / "finder-390x844.png")
    assert height <= MAX_MESSAGE_HEIGHT

    # In English: English badges and names, and the same fold.
    page.get_by_role("button", name="English").click()
    expect(reply.locator("button.programmes-more")).to_have_text(f"Show more ({len(ranked) - SHOWN_FIRST})")
    badges = [text.strip() for text in reply.locator(".badge-verdict").all_text_contents()]
    assert badges == [BADGES["en"][verdict(p)] for p in ranked]
    assert names(reply) == [p.get("name_en") or p["name"] for p in ranked]
    expect(reply.locator("li.programme:visible")).to_have_count(SHOWN_FIRST)


def test_an_abstention_shows_the_regions_contact_with_a_phone_link(new_page, contact_server) -> None:
    page = new_page(**PHONE)
    page.goto(contact_server.url)

    reply = ask(page, CAKE)

    expect(reply).to_have_class(re.compile("msg-abstained"))
    contact = reply.locator(".contact")
    expect(contact.get_by_role("heading", name="Tal med en person")).to_be_visible()
    expect(contact).to_contain_text("Erhvervsservice, Region Midtjylland")
    phone = contact.get_by_role("link", name="+45 7841 0000")
    expect(phone).to_have_attribute("href", "tel:+4578410000")
    expect(contact.get_by_role("link", name="erhverv@example.dk")).to_have_attribute("href", "mailto:erhverv@example.dk")
    expect(contact.get_by_role("link", name="www.example.dk/erhverv")).to_have_attribute(
        "href", "https://www.example.dk/erhverv")
    expect(contact).to_contain_text("Man-fre 9-15")
    # The web chat's own next step stays: its finder button.
    expect(reply.get_by_role("button", name="Find det rette program")).to_be_visible()

    page.get_by_role("button", name="English").click()
    expect(contact.get_by_role("heading", name="Talk to a person")).to_be_visible()
    expect(phone).to_be_visible()


def test_without_contact_yaml_an_abstention_shows_no_contact(new_page, no_contact_server) -> None:
    page = new_page(**PHONE)
    page.goto(no_contact_server.url)

    reply = ask(page, CAKE)

    expect(reply).to_have_class(re.compile("msg-abstained"))
    expect(reply.locator(".feedback")).to_be_visible()
    expect(reply.locator(".contact")).to_have_count(0)
    expect(reply.locator("a[href^='tel:']")).to_have_count(0)
