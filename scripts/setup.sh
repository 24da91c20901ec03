#!/usr/bin/env bash
# Creates .venv/ from requirements.lock (what raadgiver needs to run: no torch) or, with --test, from
# requirements-test.lock (that plus the test tools and the sentence-transformers backend), and installs
# raadgiver into it. Safe to run again: uv only installs what changed. Needs nothing but python3.11 and pip.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v uv >/dev/null 2>&1; then
    python3 -m pip install --quiet --disable-pip-version-check uv
fi
[ -x .venv/bin/python ] || uv venv --quiet --python 3.11 .venv
# --compile-bytecode: without it every start pays 40-50 s of imports (PYTHONDONTWRITEBYTECODE is set here).
lock=requirements.lock
[ "${1:-}" = "--test" ] && lock=requirements-test.lock
uv pip sync --quiet --python .venv/bin/python --compile-bytecode "$lock"
uv pip install --quiet --python .venv/bin/python --no-deps --compile-bytecode -e .
