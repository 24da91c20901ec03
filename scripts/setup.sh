#!/usr/bin/env bash
# Creates .venv/ from requirements.lock and installs raadgiver into it. Safe to run again: uv only
# installs what changed. Needs nothing but python3.11 and pip on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v uv >/dev/null 2>&1; then
    python3 -m pip install --quiet --disable-pip-version-check uv
fi
[ -x .venv/bin/python ] || uv venv --quiet --python 3.11 .venv
# --compile-bytecode: without it every start pays 40-50 s of imports (PYTHONDONTWRITEBYTECODE is set here).
uv pip sync --quiet --python .venv/bin/python --compile-bytecode requirements.lock
uv pip install --quiet --python .venv/bin/python --no-deps --compile-bytecode -e .
