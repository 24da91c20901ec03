"""The HTML report opened from disk in Chromium, as a member of staff would open the file: no server, no request
leaves the page, the charts are drawn, axe finds no accessibility violation. A screenshot is kept in
artifacts/screenshots/report.png."""
from app.report.html_page import report_html
from tests.app.web.axe import axe_violations, describe
from tests.fixtures.browser import SCREENSHOTS, needs_browser

pytestmark = needs_browser


def test_the_report_opens_from_a_file_without_a_server_and_is_accessible(browser, report, tmp_path):
    path = tmp_path / "rapport.html"
    path.write_text(report_html(report), encoding="utf-8")
    context = browser.new_context(locale="da-DK", viewport={"width": 1280, "height": 900})
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    page = context.new_page()
    try:
        page.goto(path.as_uri())
        assert [url for url in requested if url != path.as_uri()] == []  # nothing fetched from anywhere
        assert page.locator("html").get_attribute("lang") == "da"
        assert page.get_by_role("heading", level=1).inner_text() == "Spørgsmålsrapport"
        assert page.get_by_role("img", name="Spørgsmål pr. uge og kanal").is_visible()
        assert page.get_by_role("img", name="De største temaer blandt de ubesvarede spørgsmål").bounding_box()["height"] > 100
        assert page.get_by_role("table", name="Temaer blandt de ubesvarede spørgsmål, størst først").is_visible()
        violations = axe_violations(page)
        assert not violations, describe(violations)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "report.png"), full_page=True)
    finally:
        context.close()
