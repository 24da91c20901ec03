"""Browser fixtures: Debian's headless Chromium driven by Playwright's sync API, against real servers.

Playwright cannot download its own browsers here, so the system Chromium (`apt-get install -y chromium`) is
launched by path. Without it the browser tests skip on a developer machine, but fail in CI (CI is set)."""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REPO = Path(__file__).resolve().parents[3]
SCREENSHOTS = REPO / "artifacts" / "screenshots"
# Answers are computed by the real engine on a shared 2-core machine: wait generously, never assert speed.
TIMEOUT_MS = 90_000

NO_BROWSER = not CHROMIUM.exists() and not os.environ.get("CI")
needs_browser = pytest.mark.skipif(
    NO_BROWSER, reason=f"{CHROMIUM} is missing: install it with `apt-get install -y chromium` to run the browser tests"
)


@pytest.fixture(scope="session")
def browser() -> Iterator:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing but CI is set, so the browser tests must run: "
                    "install it with `apt-get install -y chromium` in the CI job")
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=TIMEOUT_MS)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class BrowserErrors(list):
    """Uncaught JavaScript errors on the page; a test fails if any occurred."""


@pytest.fixture
def new_page(browser):
    """Factory for pages in fresh contexts (own sessionStorage): new_page(locale="da-DK", width=1280, height=800)."""
    contexts = []
    errors = BrowserErrors()

    def make(locale: str = "da-DK", width: int = 1280, height: int = 800):
        # Headless Chromium says en-US by default, which the chat would (rightly) answer in English.
        context = browser.new_context(locale=locale, viewport={"width": width, "height": height})
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
        return page

    yield make
    for context in contexts:
        context.close()
    assert not errors, f"JavaScript errors in the chat: {errors}"


@pytest.fixture
def page(new_page):
    """A Danish desktop page (1280x800)."""
    return new_page()


# The region's human contact, as a region would write corpus/contact.yaml (see app/contact.py).
CONTACT_YAML = """\
name: Erhvervsservice, Region Midtjylland
phone: "+45 7841 0000"
email: erhverv@example.dk
url: https://www.example.dk/erhverv
opening_hours: "Man-fre 9-15"
"""


@pytest.fixture(scope="session")
def contact_server(start_server, ingested_seed, tmp_path_factory):
    """A server whose corpus holds contact.yaml (a copy of the ingested seed corpus plus the file)."""
    corpus = tmp_path_factory.mktemp("contact") / "corpus"
    shutil.copytree(ingested_seed[0], corpus)
    (corpus / "contact.yaml").write_text(CONTACT_YAML, encoding="utf-8")
    return start_server(RAADGIVER_CORPUS_DIR=str(corpus))


@pytest.fixture(scope="session")
def no_contact_server(start_server, ingested_seed, live_server, tmp_path_factory):
    """A server whose corpus has no contact.yaml: the shared one, unless the seed corpus gained the file."""
    if not (ingested_seed[0] / "contact.yaml").exists():
        return live_server
    corpus = tmp_path_factory.mktemp("nocontact") / "corpus"
    shutil.copytree(ingested_seed[0], corpus)
    (corpus / "contact.yaml").unlink()
    return start_server(RAADGIVER_CORPUS_DIR=str(corpus))
