"""axe-core finds no violation of any impact (critical, serious, moderate or minor) in the chat's states – empty,
two answers (each with its own sources), an abstention (below them), the
programme finder (dialog and result) and English – at 1280x800 and on a phone (390x844); screenshots of each
state go to artifacts/screenshots/. Also: citation targets of at least 24x24 px, and a window at 200 % zoom
keeps at least half its height for reading."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.app.web.axe import axe_violations, describe
from tests.app.web.conftest import SCREENSHOTS, needs_browser
from tests.app.web.test_chat_browser import MEETINGS, ask, finished_reply

pytestmark = needs_browser

VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
CAKE = "Hvad er opskriften på æblekage?"
APPROVED = "Hvornår blev VækstMidt-programmet godkendt?"
ENGLISH = "What happened to Danish exports during the crisis in 2009?"


def no_violations(page: Page, state: str) -> None:
    violations = axe_violations(page)
    assert not violations, f"axe, {state}:\n{describe(violations)}"


def screenshot(page: Page, name: str, top=None) -> None:
    """The state as the reader sees it: focus ring off, scrolled to `top` (a locator) when given."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.evaluate("document.activeElement && document.activeElement.blur()")
    if top is not None:
        top.evaluate("el => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY"
                     " - (getComputedStyle(document.querySelector('.topbar')).position === 'sticky'"
                     " ? document.querySelector('.topbar').offsetHeight : 0) - 12)")
    page.screenshot(path=SCREENSHOTS / f"{name}.png")


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_no_axe_violations_in_any_state(new_page, contact_server, viewport: str) -> None:
    page = new_page(**VIEWPORTS[viewport])
    page.goto(contact_server.url)
    expect(page.locator("#welcome-knows")).to_be_visible()
    no_violations(page, "empty")
    screenshot(page, f"empty-{viewport}")

    answer = ask(page, MEETINGS)
    expect(answer.locator(".source-card").first).to_be_visible()
    ask(page, APPROVED)  # two answers, each with its "Kilder"
    answer.locator("a.cite").first.click()  # an open card, its passage marked
    answer.get_by_role("button", name="Åbn i dokumentet").click()  # and shown in its document
    expect(answer.locator(".context mark")).to_be_visible()
    answer.get_by_role("button", name="Nej, svaret var ikke nyttigt").click()  # the comment box
    expect(answer.locator("form.feedback-comment")).to_be_visible()
    no_violations(page, "answers")
    screenshot(page, f"answer-{viewport}", page.locator("article.msg-user").first)

    abstention = ask(page, CAKE)
    expect(abstention).to_have_class(re.compile("msg-abstained"))
    abstention.locator(".suggestion-section summary").first.click()
    no_violations(page, "abstention (after an answer)")
    screenshot(page, f"abstention-{viewport}", page.locator("article.msg-user").nth(2))

    page.locator("#open-finder").click()
    dialog = page.get_by_role("dialog", name="Find det rette program")
    no_violations(page, "finder dialog")
    dialog.get_by_label("Antal ansatte").fill("40")
    dialog.get_by_label("Hvad vil virksomheden opnå?").fill("eksport")
    dialog.get_by_label("Markeder").fill("Tyskland")
    screenshot(page, f"finder-dialog-{viewport}")
    dialog.get_by_role("button", name="Find programmer").click()
    finder = finished_reply(page, 3)
    expect(finder.locator("li.programme").first).to_be_visible()
    no_violations(page, "finder result")
    screenshot(page, f"finder-{viewport}", page.locator("article.msg-user").nth(3))
    if viewport == "phone":
        height = finder.bounding_box()["height"]
        print(f"\nfinder result on a phone: reply {height:.0f} px")

    english = new_page(locale="en-GB", **VIEWPORTS[viewport])
    english.goto(contact_server.url)
    expect(english.locator("#welcome-knows")).to_be_visible()
    no_violations(english, "English, empty")
    reply = ask(english, ENGLISH)
    expect(reply.locator(".answer-text")).to_contain_text("17,4")
    expect(reply.locator("blockquote.answer-quote span[lang='da']").first).to_be_visible()
    no_violations(english, "English answer")
    screenshot(english, f"english-{viewport}", english.locator("article.msg-user").first)


def test_citations_are_24px_targets_and_200_percent_zoom_leaves_half_the_window(new_page, live_server) -> None:
    # 1280x800 at 200 % zoom is a 640x400 CSS-pixel window.
    page = new_page(width=640, height=400)
    page.goto(live_server.url)
    reply = ask(page, MEETINGS)
    ask(page, "Hvornår blev VækstMidt-programmet godkendt?")
    for citation in page.locator("a.cite").all():
        box = citation.bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24, f"a citation target of {box['width']}x{box['height']} px"
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 640, "horizontal scroll at 200 % zoom"

    reply.scroll_into_view_if_needed()
    page.mouse.wheel(0, 300)
    header = page.locator(".topbar").bounding_box()
    composer = page.locator("#composer").bounding_box()
    covered_top = max(0, header["y"] + header["height"])
    reading = composer["y"] - covered_top
    assert reading >= 400 / 2, f"only {reading:.0f} of 400 px left for reading (header to {covered_top:.0f}, composer from {composer['y']:.0f})"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "zoom-200-percent.png")
