"""The admin page (/admin) in real Chromium against a real server: logging in with the admin key (kept in the
tab's sessionStorage only) and a wrong key refused; a DOCX uploaded, shown while it is ingested, listed and
searchable, replaced, and deleted after a confirmation; the status (last ingest, catalogue and glossary checks);
the report panel; the logged questions filtered and paged; keyboard only; axe-core finds no violation of any
impact logged out and logged in, at 1280x800 and 390x844. Screenshots: artifacts/screenshots/admin-*.png.

One server for the module (its own corpus and data dir: uploads here never show elsewhere) and the session's
browser."""
from __future__ import annotations

import io
import json
import re
import uuid
from datetime import datetime, timedelta, timezone

import httpx
import pytest
import sqlalchemy as sa
from docx import Document
from playwright.sync_api import Page, expect

from app.database.db import question_log
from tests.app.web.axe import AXE, describe
from tests.app.web.conftest import SCREENSHOTS, needs_browser

pytestmark = needs_browser

VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
KEY_STORAGE = "raadgiver.adminKey"
SEED_SOURCE = "status-evaluering-eksport-internationalisering-2010.txt"  # the seed corpus's one document

DOCX_NAME = "tangemballage-midtjylland-2025.docx"
DOCX_TITLE = "Tangemballage fra Limfjorden"
# Words no seed document holds, so a search that finds them found the upload.
FIRST_WORD = "tangemballage"
SECOND_WORD = "blæretangsfabrikken"

ANSWERABLE = "Hvor mange møder har internationaliseringsrådgiveren haft?"
UNANSWERABLE = "Hvad er opskriften på æblekage?"
DOWN_COMMENT = "Svaret manglede tallene for 2010"
EARLIER_SLACK_QUESTIONS = 30  # more than one page of 25
AXE_RUNS: list[tuple[str, int]] = []  # (state, violations), printed at the end of the module


# ---------- the module's server, its logged questions, the DOCX ----------


@pytest.fixture(scope="module", autouse=True)
def _axe_summary():
    yield
    print("\naxe (state: violations): " + "; ".join(f"{state}: {count}" for state, count in AXE_RUNS))


@pytest.fixture(scope="module")
def server(start_server):
    return start_server()


@pytest.fixture(scope="module")
def logged(server) -> None:
    """Questions in the server's log: two asked through /v1/ask (the chat page's channel 'web', rated down
    with a comment, and an unanswerable one through the plain API), and 30 earlier Slack questions written
    straight into its database (asking 30 real questions would take minutes)."""
    with server.client() as client:
        web = client.post("/v1/ask", json={"question": ANSWERABLE}, headers={"X-Raadgiver-Channel": "web"})
        web.raise_for_status()
        api = client.post("/v1/ask", json={"question": UNANSWERABLE})
        api.raise_for_status()
        rated = client.post("/v1/feedback", json={"conversation_id": web.json()["conversation_id"],
                                                  "message_id": web.json()["message_id"], "rating": "down",
                                                  "comment": DOWN_COMMENT})
        rated.raise_for_status()
    engine = sa.create_engine(server.sqlalchemy_url)
    earlier = datetime.now(timezone.utc) - timedelta(days=3)
    rows = [{"id": uuid.uuid4().hex, "asked_at": earlier - timedelta(minutes=i), "channel": "slack", "language": "da",
             "question": f"Hvem kan hjælpe med fødevareeksport nr. {i + 1}?", "mode": "abstained", "reason": "missing",
             "signals": "{}", "cited": "[]", "programmes": "[]", "latency_ms": 120.0 + i,
             "conversation_id": None, "message_id": None} for i in range(EARLIER_SLACK_QUESTIONS)]
    with engine.begin() as connection:
        connection.execute(question_log.insert(), rows)
    engine.dispose()


def docx_bytes(*paragraphs: str) -> bytes:
    document = Document()
    document.core_properties.title = DOCX_TITLE
    document.add_heading(DOCX_TITLE, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


FIRST_VERSION = docx_bytes(
    f"Regionen undersøger, om {FIRST_WORD} lavet af tang fra Limfjorden kan erstatte plast hos fødevarevirksomheder.",
    "Projektet samler otte virksomheder, to forsyninger og et universitet i et fælles forløb om cirkulær økonomi.",
    "Forløbet løber fra 2025 til 2027 og evalueres hvert år af regionens erhvervsudviklingsafdeling.",
)
SECOND_VERSION = docx_bytes(
    f"Regionen undersøger, om {FIRST_WORD} lavet af tang fra Limfjorden kan erstatte plast hos fødevarevirksomheder.",
    f"I 2026 åbner {SECOND_WORD} i Thisted med 25 nye arbejdspladser og en pilotlinje for emballage.",
    "Forløbet løber fra 2025 til 2027 og evalueres hvert år af regionens erhvervsudviklingsafdeling.",
)


# ---------- helpers ----------


def admin_page(new_page, viewport: str) -> Page:
    """A fresh page (own sessionStorage) with axe-core loaded into every document it opens. The admin page's
    Content-Security-Policy (script-src 'self') refuses the inline script tag that axe.axe_violations adds; a
    script given to the browser before the page loads is not the page's and is not subject to it."""
    if not AXE.exists():
        raise FileNotFoundError(f"{AXE} is missing: run `npm ci` in tests/app/web (scripts/test.sh does)")
    page = new_page(**VIEWPORTS[viewport])
    page.add_init_script(path=str(AXE))
    return page


def no_violations(page: Page, state: str) -> None:
    """axe's violations of every impact (critical, serious, moderate, minor), as tests.app.web.axe reports them."""
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    violations = [{"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["html"][:160] for n in v["nodes"]]}
                  for v in result["violations"]]
    AXE_RUNS.append((state, len(violations)))
    assert not violations, f"axe, {state}:\n{describe(violations)}"


def screenshot(page: Page, name: str, at: str | None = None, full_page: bool = False) -> None:
    """artifacts/screenshots/admin-<name>.png, focus ring off, scrolled to the element `at` (a CSS selector) or
    to the top."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.evaluate("document.activeElement && document.activeElement.blur()")
    if at is None:
        page.evaluate("window.scrollTo(0, 0)")
    else:
        page.locator(at).evaluate("el => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 8)")
    page.screenshot(path=SCREENSHOTS / f"admin-{name}.png", full_page=full_page)


def focused_id(page: Page) -> str:
    return page.evaluate("document.activeElement && document.activeElement.id")


def stored(page: Page) -> dict:
    """What the page keeps: the key in sessionStorage, nothing in localStorage, no cookie."""
    return {
        "session": page.evaluate(f"sessionStorage.getItem('{KEY_STORAGE}')"),
        "local": page.evaluate("Object.keys(localStorage)"),
        "cookies": page.context.cookies(),
    }


def log_in_by_keyboard(page: Page, key: str) -> None:
    """From the top of the page with the keyboard only: Tab to the key field, type, Enter."""
    page.locator("body").focus()
    for _ in range(6):
        page.keyboard.press("Tab")
        if focused_id(page) == "admin-key":
            break
    assert focused_id(page) == "admin-key", "the key field is not reachable by Tab"
    page.keyboard.type(key)
    page.keyboard.press("Enter")


def open_admin(page: Page, server) -> None:
    page.goto(server.url + "/admin")
    expect(page.get_by_role("heading", name="Log ind")).to_be_visible()


def log_in(page: Page, server) -> None:
    open_admin(page, server)
    log_in_by_keyboard(page, server.admin_key)
    expect(page.get_by_role("heading", name="Status", exact=True)).to_be_focused()


def documents_listed(server) -> dict[str, dict]:
    with server.client() as client:
        response = client.get("/v1/documents")
        response.raise_for_status()
        return {doc["source"]: doc for doc in response.json()["documents"]}


def searched_sources(server, query: str) -> set[str]:
    with server.client() as client:
        response = client.get("/v1/search", params={"q": query, "k": 3})
        response.raise_for_status()
        return {result["document"] for result in response.json()["results"]}


def upload(page: Page, name: str, content: bytes, mime: str) -> None:
    """Chooses the file and presses the upload button; records whether the progress was shown while it ran."""
    page.evaluate("""() => {
        window.__progressSeen = [];
        const progress = document.getElementById('upload-progress');
        const seen = () => { if (!progress.hidden) window.__progressSeen.push(progress.innerText); };
        new MutationObserver(seen).observe(progress, {attributes: true, childList: true, subtree: true,
                                                      characterData: true});
    }""")
    page.get_by_label("Vælg en fil").set_input_files(files=[{"name": name, "mimeType": mime, "buffer": content}])
    page.get_by_role("button", name="Upload og indekser").press("Enter")


def row_of(page: Page, source: str):
    return page.locator(f'#documents-body tr[data-source="{source}"]')


# ---------- tests ----------


def test_logged_out_page_and_a_wrong_key_is_refused(new_page, server) -> None:
    page = admin_page(new_page, "desktop")
    open_admin(page, server)
    expect(page.get_by_role("banner")).to_be_visible()
    expect(page.get_by_role("main")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Raadgiver – administration")
    expect(page.get_by_role("button", name="Log ud")).to_be_hidden()
    expect(page.locator("#admin")).to_be_hidden()
    no_violations(page, "logged out, desktop")
    screenshot(page, "login-desktop")

    log_in_by_keyboard(page, "forkert-nøgle-der-ikke-virker-123")
    alert = page.get_by_role("alert").filter(has_text="Forkert administratornøgle")
    expect(alert).to_be_visible()
    expect(page.get_by_label("Administratornøgle")).to_have_attribute("aria-invalid", "true")
    assert focused_id(page) == "admin-key"
    expect(page.locator("#admin")).to_be_hidden()
    assert stored(page) == {"session": None, "local": [], "cookies": []}
    no_violations(page, "wrong key, desktop")
    screenshot(page, "wrong-key-desktop")

    phone = admin_page(new_page, "phone")
    open_admin(phone, server)
    no_violations(phone, "logged out, phone")
    screenshot(phone, "login-phone")


def test_upload_search_replace_and_delete_a_docx(new_page, server) -> None:
    page = admin_page(new_page, "desktop")
    log_in(page, server)
    assert stored(page) == {"session": server.admin_key, "local": [], "cookies": []}
    expect(page.get_by_role("navigation", name="Afsnit i administrationen")).to_be_visible()
    expect(row_of(page, SEED_SOURCE)).to_contain_text("2010")
    assert DOCX_NAME not in documents_listed(server)

    # Upload: progress while it is ingested, then the upload's report; listed and searchable.
    upload(page, DOCX_NAME, FIRST_VERSION, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    result = page.locator("#upload-result")
    expect(result).to_contain_text(f"{DOCX_NAME} er tilføjet og kan nu søges i.")
    expect(result).to_be_focused()
    seen = page.evaluate("window.__progressSeen")
    assert any(f"Indekserer {DOCX_NAME}" in text for text in seen), seen
    expect(page.locator("#upload-progress")).to_be_hidden()
    expect(result.locator("dl")).to_contain_text(f"Tilføjet1: {DOCX_NAME}")
    expect(result.locator("dl")).to_contain_text("Fejlede0")
    row = row_of(page, DOCX_NAME)
    expect(row).to_contain_text(DOCX_TITLE)
    expect(row).to_contain_text("2025")
    expect(row).to_contain_text("Indekseret")
    assert documents_listed(server)[DOCX_NAME]["title"] == DOCX_TITLE
    assert DOCX_NAME in searched_sources(server, f"{FIRST_WORD} af tang fra Limfjorden")
    # The status follows: the upload is the last ingest.
    expect(page.locator("#status-body")).to_contain_text(DOCX_NAME)
    screenshot(page, "upload-desktop", at="#documents")

    # Replacing (a file of the same name) is an upload too.
    upload(page, DOCX_NAME, SECOND_VERSION, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    expect(result).to_contain_text(f"{DOCX_NAME} har erstattet dokumentet med samme navn")
    expect(result.locator("dl")).to_contain_text(f"Ændret (erstattet)1: {DOCX_NAME}")
    assert DOCX_NAME in searched_sources(server, f"{SECOND_WORD} i Thisted")

    # A file that is not what its name says is refused, with the reason, and nothing changes.
    upload(page, "notat.docx", b"this is plain text, not a Word file", "application/octet-stream")
    expect(result).to_contain_text("notat.docx blev ikke indekseret. Indekset er ikke ændret.")
    expect(result).to_contain_text("Årsag")
    assert "notat.docx" not in documents_listed(server)

    # Delete, keyboard only: Escape cancels and gives the focus back; confirming removes it.
    delete = page.get_by_role("button", name=f"Slet {DOCX_TITLE}")
    delete.focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="Slet dokumentet?")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text(DOCX_NAME)
    expect(dialog.get_by_role("button", name="Annuller")).to_be_focused()
    no_violations(page, "delete dialog")
    screenshot(page, "delete-dialog-desktop")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(delete).to_be_focused()
    assert DOCX_NAME in documents_listed(server)

    page.keyboard.press("Enter")
    expect(dialog).to_be_visible()
    page.keyboard.press("Shift+Tab")
    expect(dialog.get_by_role("button", name="Slet dokumentet")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#documents-message")).to_have_text(f"»{DOCX_TITLE}« er slettet fra indekset.")
    expect(row_of(page, DOCX_NAME)).to_have_count(0)
    expect(page.get_by_role("heading", name="Dokumenter i indekset")).to_be_focused()
    assert DOCX_NAME not in documents_listed(server)
    assert DOCX_NAME not in searched_sources(server, f"{SECOND_WORD} i Thisted")
    expect(row_of(page, SEED_SOURCE)).to_contain_text("2010")


def test_status_report_and_questions_then_log_out(new_page, server, logged) -> None:
    page = admin_page(new_page, "desktop")
    log_in(page, server)

    status = page.locator("#status-body")
    expect(status).to_contain_text("Programkatalog (programmes.yaml)OK")
    expect(status).to_contain_text("Ordliste (glossary.yaml)OK")
    expect(status).to_contain_text("Spørgsmålslog" + "Slået til")
    expect(status.get_by_role("heading", name="Seneste indeksering")).to_be_visible()
    expect(status).to_contain_text("Afsluttet")

    # The report, live from GET /v1/admin/report (the last 30 days): the counts per channel and mode match what
    # was asked, the unanswered questions are in themes, the thumbs-down answer is there with its comment.
    report = page.locator("#report-body")
    expect(report.get_by_role("heading", name="Overblik")).to_be_visible()
    expect(report.locator("dl.figures")).to_contain_text(f"Spørgsmål i alt{2 + EARLIER_SLACK_QUESTIONS}")
    abstained = EARLIER_SLACK_QUESTIONS + 1
    expect(report.locator("dl.figures")).to_contain_text(re.compile(rf"Ikke besvaret[\d,]+\s%\s\({abstained}\)"))
    channels = report.get_by_role("table", name="Spørgsmål pr. kanal")
    expect(channels.get_by_role("row", name=re.compile(r"^Slack "))).to_contain_text(f"{EARLIER_SLACK_QUESTIONS}")
    expect(channels.get_by_role("row", name=re.compile(r"^Web 1 "))).to_be_visible()
    expect(channels.get_by_role("row", name=re.compile(r"^API 1 "))).to_be_visible()
    expect(report.get_by_role("table", name="Spørgsmål pr. uge, nyeste først")).to_be_visible()
    themes = report.locator("ol.themes > li")
    expect(themes.first).to_contain_text("fødevareeksport")
    expect(report.get_by_role("table", name="Svar med tommel ned, nyeste først")).to_contain_text(DOWN_COMMENT)
    expect(report.get_by_role("heading", name="Dokumenter der aldrig er citeret")).to_be_visible()
    themes.first.locator("summary").press("Enter")  # a theme's questions open from the keyboard
    expect(themes.first.locator("details ul li").first).to_contain_text("fødevareeksport")
    page.get_by_role("link", name="Rapport", exact=True).press("Enter")  # the in-page navigation
    expect(page.get_by_role("heading", name="Rapport", exact=True)).to_be_focused()
    screenshot(page, "report-desktop", at="#report")

    # The logged questions, newest first, 50 a page: the two asked, then the 30 from Slack.
    questions = page.locator("#questions-body tr")
    expect(questions).to_have_count(2 + EARLIER_SLACK_QUESTIONS)
    expect(page.locator("#questions-range")).to_have_text(f"Spørgsmål 1–{2 + EARLIER_SLACK_QUESTIONS} af "
                                                          f"{2 + EARLIER_SLACK_QUESTIONS}")
    expect(questions.nth(0)).to_contain_text(UNANSWERABLE)
    expect(questions.nth(0)).to_contain_text("API")
    expect(questions.nth(1)).to_contain_text(ANSWERABLE)
    expect(questions.nth(1)).to_contain_text("Tommel ned")
    expect(questions.nth(1)).to_contain_text(DOWN_COMMENT)
    expect(questions.nth(0)).to_have_attribute("data-mode", "abstained")
    no_violations(page, "logged in, desktop")
    screenshot(page, "desktop")
    screenshot(page, "desktop-full", full_page=True)
    screenshot(page, "questions-desktop", at="#questions")

    form = page.get_by_role("form", name="Filtrer spørgsmålene")
    form.get_by_label("Kanal").select_option("web")
    form.get_by_role("button", name="Vis spørgsmål").click()
    expect(page.locator("#questions-range")).to_be_focused()
    expect(questions).to_have_count(1)
    expect(questions.first).to_contain_text(ANSWERABLE)

    form.get_by_label("Kanal").select_option("")
    form.get_by_label("Feedback").select_option("down")
    form.get_by_role("button", name="Vis spørgsmål").click()
    expect(questions).to_have_count(1)
    expect(questions.first).to_contain_text(DOWN_COMMENT)

    form.get_by_label("Feedback").select_option("")
    form.get_by_label("Kanal").select_option("slack")
    form.get_by_label("Resultat").select_option("abstained")
    form.get_by_label("Pr. side").select_option("25")
    form.get_by_role("button", name="Vis spørgsmål").click()
    expect(page.locator("#questions-range")).to_have_text("Spørgsmål 1–25")
    expect(questions).to_have_count(25)
    expect(page.locator("#questions-body")).not_to_contain_text(UNANSWERABLE)
    expect(page.get_by_role("button", name="Forrige side")).to_be_disabled()
    page.get_by_role("button", name="Næste side").press("Enter")
    expect(page.locator("#questions-range")).to_have_text(f"Spørgsmål 26–{EARLIER_SLACK_QUESTIONS} af "
                                                          f"{EARLIER_SLACK_QUESTIONS}")
    expect(page.locator("#questions-range")).to_be_focused()
    expect(questions).to_have_count(EARLIER_SLACK_QUESTIONS - 25)
    expect(page.get_by_role("button", name="Næste side")).to_be_disabled()
    page.get_by_role("button", name="Forrige side").press("Enter")
    expect(page.locator("#questions-range")).to_have_text("Spørgsmål 1–25")

    # A reload keeps the session (this tab's sessionStorage); another tab's context does not have it.
    page.reload()
    expect(page.get_by_role("heading", name="Status", exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="Log ud")).to_be_visible()
    other = admin_page(new_page, "desktop")
    open_admin(other, server)
    assert stored(other)["session"] is None

    # Log out: the key is forgotten, the focus is on the key field.
    page.get_by_role("button", name="Log ud").press("Enter")
    expect(page.get_by_label("Administratornøgle")).to_be_focused()
    expect(page.locator("#admin")).to_be_hidden()
    expect(page.locator("#questions-body tr")).to_have_count(0)
    assert stored(page) == {"session": None, "local": [], "cookies": []}

    # A key the server no longer accepts (kept from earlier in the tab) is refused on reload.
    page.evaluate(f"sessionStorage.setItem('{KEY_STORAGE}', 'en-gammel-nøgle-som-er-skiftet-ud')")
    page.reload()
    expect(page.get_by_role("alert")).to_contain_text("Administratornøglen blev afvist")
    expect(page.locator("#admin")).to_be_hidden()
    assert stored(page)["session"] is None

    phone = admin_page(new_page, "phone")
    log_in(phone, server)
    expect(phone.locator("#questions-body tr")).to_have_count(2 + EARLIER_SLACK_QUESTIONS)
    expect(row_of(phone, SEED_SOURCE)).to_contain_text("2010")
    no_violations(phone, "logged in, phone")
    screenshot(phone, "phone")
    screenshot(phone, "documents-phone", at="#documents")
    screenshot(phone, "report-phone", at="#report")
    screenshot(phone, "questions-phone", at="#questions")


def test_report_panel_says_when_the_server_has_no_report(new_page, server) -> None:
    """Against a server without GET /v1/admin/report (404, as before the report was built), the panel says so and
    the rest of the page works."""
    page = admin_page(new_page, "desktop")
    problem = {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "nothing at /v1/admin/report"}
    page.route("**/v1/admin/report*", lambda route: route.fulfill(
        status=404, content_type="application/problem+json", body=json.dumps(problem)))
    log_in(page, server)
    expect(page.locator("#report-body")).to_contain_text("Rapporten er ikke tilgængelig. Serveren har endnu ikke "
                                                         "rapporten (GET /v1/admin/report).")
    expect(row_of(page, SEED_SOURCE)).to_be_visible()
    no_violations(page, "report not available")


def test_admin_page_loads_nothing_from_other_hosts(new_page, server) -> None:
    """Everything the page loads comes from the service itself (no CDN): works offline."""
    page = admin_page(new_page, "desktop")
    hosts = set()
    page.on("request", lambda request: hosts.add(httpx.URL(request.url).host))
    log_in(page, server)
    expect(row_of(page, SEED_SOURCE)).to_contain_text("2010")
    assert hosts == {"127.0.0.1"}, hosts
