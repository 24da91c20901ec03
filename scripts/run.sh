#!/usr/bin/env bash
# The main job on a fresh machine: set up, ingest corpus/, serve the API and web chat on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# A failed document is reported by ingest and skipped; the service still starts with what was indexed.
.venv/bin/raadgiver ingest || echo "ingest reported problems (see above); serving what is indexed"
exec .venv/bin/raadgiver serve --host "${RAADGIVER_HOST:-127.0.0.1}" --port "${RAADGIVER_PORT:-8000}"
