#!/usr/bin/env bash
# Set up everything the tests need on a fresh machine, then run the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
# The browser tests drive Debian's Chromium (Playwright cannot download a browser here).
if [ ! -x /usr/bin/chromium ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
# The several-workers tests start a real Redis (rate limits) and a real PostgreSQL (shared database) from
# Debian's packages, in temporary folders on free ports (tests/fixtures/redis.py, tests/fixtures/postgres.py).
missing=()
command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || missing+=(redis-server)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi
mkdir -p artifacts
# axe-core for the accessibility checks of the browser tests, from npm (pinned in tests/app/web/package-lock.json).
if ! command -v npm >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq npm >/dev/null
fi
(cd tests/app/web && npm ci --no-audit --no-fund --loglevel=error)
# Lint first (pyproject.toml [tool.ruff]): an unused import or an undefined name fails in seconds.
.venv/bin/ruff check .
# The layer contracts (pyproject.toml [tool.importlinter]) and the types of app/ (mypy), also in seconds.
.venv/bin/lint-imports --no-cache
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
