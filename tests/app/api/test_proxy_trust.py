"""X-Forwarded-For names the client only when it comes from a proxy the region trusts
(RAADGIVER_TRUSTED_PROXIES); otherwise a client could reset its own rate limit with a new header each time."""
def ask_from(client, forwarded_for: str):
    return client.get("/v1/search", params={"q": "eksport"}, headers={"X-Forwarded-For": forwarded_for})


def test_a_forged_forwarded_for_does_not_reset_the_rate_limit(start_server):
    server = start_server(RAADGIVER_RATE_LIMIT_PER_MINUTE="3")
    with server.client() as client:
        statuses = [ask_from(client, f"203.0.113.{n}").status_code for n in range(5)]
    assert statuses[:3] == [200, 200, 200] and statuses[3:] == [429, 429]


def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit(start_server):
    server = start_server(RAADGIVER_RATE_LIMIT_PER_MINUTE="2", RAADGIVER_TRUSTED_PROXIES="127.0.0.1")
    with server.client() as client:
        first = [ask_from(client, "203.0.113.7").status_code for _ in range(3)]
        other = ask_from(client, "203.0.113.8").status_code
    assert first == [200, 200, 429] and other == 200
