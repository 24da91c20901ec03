"""The embeddable widget on a municipal-style host page (served locally, another origin than the chat): a
labelled launcher with a greeting, placed by data-position and data-offset clear of the page's cookie banner
and "til toppen" button; a full-screen panel on a phone, with the page behind it locked; axe inside the chat's
iframe and on the host page."""
from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.app.web.axe import axe_violations, describe
from tests.app.web.conftest import SCREENSHOTS, TIMEOUT_MS, needs_browser
from tests.app.web.test_chat_browser import MEETINGS, ask

pytestmark = needs_browser

GREETING = "Hej! Spørg om tilskud og rådgivning til din virksomhed."
FRAME = "iframe#raadgiver-chat-frame"


def municipal_page(api: str, **attributes: str) -> str:
    """A kommune's business page: header and navigation, a long article, a fixed cookie banner along the bottom
    (96 px) and a fixed "Til toppen" button above it at the right; the widget's script tag with `attributes`."""
    widget = " ".join(f'{name}="{value}"' for name, value in {"data-api": api, **attributes}.items())
    paragraphs = "\n".join(
        f"<p>Afsnit {i}: Erhvervsservice hjælper virksomheder i kommunen med vækst, eksport og rekruttering. "
        "Kontakt os for en gratis samtale om din virksomheds muligheder.</p>" for i in range(1, 40))
    return f"""<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Erhverv – Silkeborg Kommune</title>
<style>
  body {{ margin: 0; font: 17px/1.6 Georgia, serif; color: #222; }}
  header {{ background: #2d5c3f; color: #fff; padding: 12px 24px; }}
  header a {{ color: #fff; margin-right: 16px; }}
  main {{ max-width: 720px; margin: 0 auto; padding: 24px; }}
  #cookies {{ position: fixed; left: 0; right: 0; bottom: 0; height: 96px; background: #1e1e1e; color: #fff;
             display: flex; align-items: center; justify-content: center; gap: 16px; z-index: 1000; }}
  #cookies button {{ font: inherit; padding: 8px 16px; }}
  #to-top {{ position: fixed; right: 16px; bottom: 112px; width: 56px; height: 56px; border-radius: 50%;
            background: #2d5c3f; color: #fff; border: 0; font-size: 13px; z-index: 1000; }}
  footer {{ padding: 24px; background: #eee; margin-bottom: 96px; }}
</style></head>
<body>
<header><p><strong>Silkeborg Kommune</strong></p><nav aria-label="Hovedmenu"><a href="#">Borger</a><a href="#">Erhverv</a><a href="#">Politik</a></nav></header>
<main><h1>Erhvervsservice</h1>{paragraphs}</main>
<footer><p>Silkeborg Kommune · Søvej 1 · 8600 Silkeborg</p></footer>
<div id="cookies" role="region" aria-label="Cookies"><p>Vi bruger cookies.</p><button type="button">Accepter</button></div>
<button type="button" id="to-top">Til toppen</button>
<script src="{api}/widget.js" {widget} async></script>
</body></html>"""


def overlaps(a: dict, b: dict) -> bool:
    return not (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
                or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])


def chat_frame(page: Page):
    """The chat's iframe as a Playwright Frame (for axe), once it has loaded."""
    expect(page.frame_locator(FRAME).locator("#question")).to_be_visible()
    return next(frame for frame in page.frames if "embed=1" in frame.url)


def test_a_labelled_launcher_with_a_greeting_clears_the_cookie_banner_and_to_top(page: Page, live_server, foreign_site) -> None:
    page.goto(foreign_site(municipal_page(live_server.url, **{
        "data-greeting": GREETING, "data-position": "left", "data-offset": "24 112"})))
    launcher = page.get_by_role("button", name="Spørg om erhvervsfremme")
    expect(launcher).to_be_visible()
    expect(launcher).to_have_text("Spørg om erhvervsfremme")  # a visible label, which is also its name
    greeting = page.get_by_role("button", name=GREETING)
    expect(greeting).to_be_visible()

    box, banner, to_top = launcher.bounding_box(), page.locator("#cookies").bounding_box(), page.locator("#to-top").bounding_box()
    assert box["x"] == 24 and 800 - (box["y"] + box["height"]) == 112, f"not where data-position/-offset put it: {box}"
    for name, other in (("cookie banner", banner), ("to-top button", to_top)):
        assert not overlaps(box, other), f"the launcher covers the {name}: {box} {other}"
        assert not overlaps(greeting.bounding_box(), other), f"the greeting covers the {name}"
    violations = axe_violations(page)
    assert not violations, f"axe on the host page with the launcher:\n{describe(violations)}"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "widget-desktop-launcher.png")

    # The greeting opens the chat too; the panel opens above the launcher, on its side.
    greeting.click()
    expect(launcher).to_have_attribute("aria-expanded", "true")
    expect(greeting).to_be_hidden()
    panel = page.locator(FRAME).bounding_box()
    assert panel["x"] <= 30 and panel["y"] + panel["height"] <= box["y"], f"the panel is not above the launcher: {panel}"
    frame = chat_frame(page)
    expect(page.frame_locator(FRAME).locator("#question")).to_be_focused()
    reply = ask(frame, MEETINGS)
    expect(reply.locator(".answer-text")).to_contain_text("373")
    reply.locator("a.cite").first.click()
    violations = axe_violations(frame)
    assert not violations, f"axe inside the widget's iframe:\n{describe(violations)}"
    page.screenshot(path=SCREENSHOTS / "widget-desktop-open.png")
    # Desktop: the page behind the panel still scrolls.
    assert page.evaluate("getComputedStyle(document.documentElement).overflow") == "visible"

    page.keyboard.press("Escape")
    expect(launcher).to_be_focused()
    expect(page.locator(FRAME)).to_be_hidden()
    # Closed once, the greeting stays away on the next page of the site.
    page.reload()
    expect(page.get_by_role("button", name="Spørg om erhvervsfremme")).to_be_visible()
    expect(page.get_by_role("button", name=GREETING)).to_have_count(0)


def test_data_label_names_the_launcher(page: Page, live_server, foreign_site) -> None:
    page.goto(foreign_site(municipal_page(live_server.url, **{"data-label": "Chat med Erhvervsservice",
                                                                "data-offset": "16px 184px"})))
    launcher = page.get_by_role("button", name="Chat med Erhvervsservice")
    expect(launcher).to_have_text("Chat med Erhvervsservice")
    box = launcher.bounding_box()
    assert 1280 - (box["x"] + box["width"]) == 16 and 800 - (box["y"] + box["height"]) == 184, box
    assert not overlaps(box, page.locator("#to-top").bounding_box()) and not overlaps(box, page.locator("#cookies").bounding_box())
    launcher.click()
    expect(page.get_by_role("region", name="Chat med Erhvervsservice")).to_be_visible()


def test_on_a_phone_the_panel_fills_the_screen_and_the_page_behind_does_not_scroll(browser, live_server, foreign_site) -> None:
    context = browser.new_context(locale="da-DK", viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    context.set_default_timeout(TIMEOUT_MS)
    errors = []
    try:
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(foreign_site(municipal_page(live_server.url, **{"data-offset": "16 112", "data-greeting": GREETING})))
        launcher = page.get_by_role("button", name="Spørg om erhvervsfremme")
        box = launcher.bounding_box()
        assert box["x"] + box["width"] <= 390 - 16 and not overlaps(box, page.locator("#cookies").bounding_box())
        page.screenshot(path=SCREENSHOTS / "widget-phone-launcher.png")
        page.mouse.wheel(0, 400)
        page.wait_for_function("window.scrollY > 0")
        scrolled = page.evaluate("window.scrollY")

        launcher.click()
        panel = page.locator(FRAME).bounding_box()
        assert (panel["x"], panel["y"], panel["width"], panel["height"]) == (0, 0, 390, 844), f"not full-screen: {panel}"
        expect(launcher).to_be_hidden()  # behind the chat, whose header has the close button
        frame = chat_frame(page)
        assert page.evaluate("getComputedStyle(document.documentElement).overflow") == "hidden"
        assert page.evaluate("getComputedStyle(document.body).overflow") == "hidden"
        page.mouse.wheel(0, 600)  # over the chat: it must not scroll the page behind
        page.evaluate("new Promise(requestAnimationFrame)")
        assert page.evaluate("window.scrollY") == scrolled
        reply = ask(frame, MEETINGS)
        expect(reply.locator(".answer-text")).to_contain_text("373")
        violations = axe_violations(frame)
        assert not violations, f"axe inside the widget's iframe on a phone:\n{describe(violations)}"
        page.screenshot(path=SCREENSHOTS / "widget-phone-open.png")

        page.frame_locator(FRAME).get_by_role("button", name="Luk chat").click()
        expect(page.locator(FRAME)).to_be_hidden()
        expect(launcher).to_be_focused()
        # The page's own styles are back, and it scrolls again.
        assert page.evaluate("[document.documentElement.style.overflow, document.body.style.overflow]") == ["", ""]
        page.mouse.wheel(0, 400)
        page.wait_for_function(f"window.scrollY > {scrolled}")
    finally:
        context.close()
    assert not errors, errors
