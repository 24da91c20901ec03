"""Browser fixtures against real servers: pages in fresh contexts, extra servers, a foreign host page. The
browser itself is the session's one (tests/fixtures/browser.py)."""
from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.fixtures.browser import (  # noqa: F401 (re-exported for the browser tests)
    CHROMIUM,
    CHROMIUM_ARGS,
    REPO,
    SCREENSHOTS,
    TIMEOUT_MS,
    needs_browser,
)


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
        # The pages run under their Content-Security-Policy: anything it refuses is a failure of the page.
        page.on("console", lambda message: errors.append(f"{page.url}: {message.text}")
                if "Content Security Policy" in message.text else None)
        return page

    yield make
    for context in contexts:
        context.close()
    assert not errors, f"JavaScript errors or refused by the CSP in the chat: {errors}"


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


def _start_contact_server(start_server, ingested_seed, tmp_path_factory):
    corpus = tmp_path_factory.mktemp("contact") / "corpus"
    shutil.copytree(ingested_seed[0], corpus)
    (corpus / "contact.yaml").write_text(CONTACT_YAML, encoding="utf-8")
    return start_server(RAADGIVER_CORPUS_DIR=str(corpus))


# The servers besides the shared live_server, by the fixture that hands each out. Each takes 5-15 s to start
# (imports, the embedding model), mostly on one core: started together, in threads, at the start of the
# session, they are up by the time a test needs them instead of one after another.
EXTRA_SERVERS = {
    "contact_server": _start_contact_server,
    # Two requests a minute: the page's GET /v1/about and one question.
    "rate_limited_server": lambda start_server, *_: start_server(RAADGIVER_RATE_LIMIT_PER_MINUTE="2"),
    "empty_server": lambda start_server, *_: start_server(ingested=False),
}


@pytest.fixture(scope="session", autouse=True)
def _extra_servers(request, start_server, ingested_seed, tmp_path_factory) -> Iterator[dict[str, Future]]:
    """Starts, in the background, the extra servers that the collected tests use (and only those)."""
    here = Path(__file__).resolve().parent
    used = {name for item in request.session.items if Path(str(item.path)).is_relative_to(here)
            for name in getattr(item, "fixturenames", ())}
    wanted = [name for name in EXTRA_SERVERS if name in used]
    pool = ThreadPoolExecutor(max_workers=max(1, len(wanted)), thread_name_prefix="server")
    futures = {name: pool.submit(EXTRA_SERVERS[name], start_server, ingested_seed, tmp_path_factory) for name in wanted}
    if "live_server" in used:
        request.getfixturevalue("live_server")  # the shared server starts meanwhile, here in the main thread
    yield futures
    pool.shutdown(wait=True)  # start_server's own teardown stops them


def _extra(futures: dict[str, Future], name: str, start_server, ingested_seed, tmp_path_factory):
    future = futures.get(name)
    return future.result() if future else EXTRA_SERVERS[name](start_server, ingested_seed, tmp_path_factory)


@pytest.fixture(scope="session")
def contact_server(_extra_servers, start_server, ingested_seed, tmp_path_factory):
    """A server whose corpus holds contact.yaml (a copy of the ingested seed corpus plus the file)."""
    return _extra(_extra_servers, "contact_server", start_server, ingested_seed, tmp_path_factory)


@pytest.fixture(scope="session")
def rate_limited_server(_extra_servers, start_server, ingested_seed, tmp_path_factory):
    """A server that takes two requests a minute (RAADGIVER_RATE_LIMIT_PER_MINUTE=2): a page load's GET /v1/about
    and one question."""
    return _extra(_extra_servers, "rate_limited_server", start_server, ingested_seed, tmp_path_factory)


@pytest.fixture(scope="session")
def empty_server(_extra_servers, start_server, ingested_seed, tmp_path_factory):
    """A server over an empty index: /v1/ask answers 503."""
    return _extra(_extra_servers, "empty_server", start_server, ingested_seed, tmp_path_factory)


@pytest.fixture(scope="session")
def no_contact_server(start_server, ingested_seed, live_server, tmp_path_factory):
    """A server whose corpus has no contact.yaml: the shared one, unless the seed corpus gained the file."""
    if not (ingested_seed[0] / "contact.yaml").exists():
        return live_server
    corpus = tmp_path_factory.mktemp("nocontact") / "corpus"
    shutil.copytree(ingested_seed[0], corpus)
    (corpus / "contact.yaml").unlink()
    return start_server(RAADGIVER_CORPUS_DIR=str(corpus))


@pytest.fixture
def foreign_site(tmp_path) -> Iterator:
    """A stranger's web page on another loopback port (so another origin), with hostile global CSS.

    Usage: url = foreign_site(html)."""
    servers = []

    def serve(html: str) -> str:
        (tmp_path / "index.html").write_text(html, encoding="utf-8")
        handler = functools.partial(_QuietHandler, directory=str(tmp_path))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/index.html"

    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # keep pytest output readable
        pass
