"""Every page and API response carries a Content-Security-Policy, nosniff and a Referrer-Policy (issue 17);
the chat page may be framed by the configured sites (the widget), the admin page and the docs by none."""
import pytest


@pytest.fixture(scope="module")
def client(live_server):
    with live_server.client() as client:
        yield client


@pytest.mark.parametrize("path", ["/", "/widget.js", "/docs", "/static/chat.js", "/healthz", "/admin",
                                  "/v1/nothing-here"])
def test_security_headers_are_on_every_response(client, path):
    headers = client.get(path).headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert "default-src 'self'" in headers["content-security-policy"]


def test_the_chat_loads_only_its_own_scripts_and_may_be_framed_by_the_widgets_hosts(client):
    policy = client.get("/").headers["content-security-policy"]
    assert "script-src 'self';" in policy and "'unsafe-inline'" not in policy
    assert policy.endswith("frame-ancestors *")  # RAADGIVER_FRAME_ANCESTORS, default any site


@pytest.mark.parametrize("path", ["/admin", "/docs", "/healthz"])
def test_the_admin_page_the_docs_and_the_api_are_never_framed(client, path):
    assert "frame-ancestors 'none'" in client.get(path).headers["content-security-policy"]


def test_the_docs_may_load_swagger_ui_from_its_cdn(client):
    policy = client.get("/docs").headers["content-security-policy"]
    assert "https://cdn.jsdelivr.net" in policy
