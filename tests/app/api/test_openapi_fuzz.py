"""Schemathesis against the live server's own OpenAPI schema, with every check it has (`--checks all`): generated
valid and invalid requests for every operation must never produce a 5xx, an undocumented status, content type or
header, a body that breaks the schema, a valid request refused or an invalid one accepted, a 405 without a right
Allow header, or an admin operation that works without the key.

Run through the schemathesis CLI: its pytest integration (`schemathesis.pytest.from_fixture`) does not work
with pytest 9. Two runs:
- every operation on the shared server, without the admin key, so the fuzzing cannot change the shared index
  (the admin operations answer 401, which `ignored_auth` requires of a request without the key);
- the admin operations with the key, on a server of their own (its own copy of the corpus and data dir), so
  uploads and deletes really happen: their 2xx bodies are checked against the schema, `ignored_auth` repeats
  each accepted request without and with a wrong key, and the stateful checks (`use_after_free`,
  `ensure_resource_availability`) follow an upload to its delete (the link POST /v1/documents declares).
`object_level_authorization` runs too but finds nothing to compare: it replays one identity's objects as another,
and this API has a single identity (the admin key) and no per-user objects.

Examples per operation are bounded and the seed fixed, so the same cases run every time and a failure
reproduces (`st replay <id>` in the report)."""
import shutil
import subprocess
import sys
from pathlib import Path

MAX_EXAMPLES = "25"
SEED = "4711"

# Whether an upload can be indexed depends on its bytes: the type its file name's suffix names and the bytes'
# signature must agree (else 415), and there must be text to index (else 422). A JSON Schema cannot say that of
# `format: binary`, so schemathesis's schema-valid uploads (random bytes, a PNG, a blank PDF) are refused with
# those documented statuses: its defaults plus 415 and 422, for this one operation (several include-* keys would
# be OR-ed). `positive_data_acceptance` still fails on any other refusal of a valid upload.
CONFIG = """
[[operations]]
include-name = "POST /v1/documents"
checks.positive_data_acceptance.expected-statuses = [
    "2xx", "3xx", "401", "403", "404", "409", "415", "422", "429", "5xx",
]
"""
# With the key every step of a stateful scenario (upload, delete, list after a change) ingests or reloads the
# index, about a second each: five steps still take each upload through its OpenAPI link to its delete.
ADMIN_CONFIG = """
[phases.stateful]
max-steps = 5
""" + CONFIG


def _schemathesis(url: str, workdir: Path, config_text: str, *options: str) -> None:
    schemathesis = shutil.which("schemathesis", path=str(Path(sys.executable).parent))
    assert schemathesis, "schemathesis is not installed in this environment"
    config = workdir / "schemathesis.toml"
    config.write_text(config_text, encoding="utf-8")
    result = subprocess.run(
        [
            schemathesis, "--config-file", str(config), "run", f"{url}/openapi.json",
            "--checks", "all",
            "--max-examples", MAX_EXAMPLES,
            "--seed", SEED,
            "--generation-database", "none",
            "--workers", "1",
            "--request-timeout", "60",
            "--suppress-health-check", "all",
            "--no-color",
            *options,
        ],
        cwd=workdir,  # its report directory lands here
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-20000:] + result.stderr[-5000:]


def test_api_conforms_to_its_schema(live_server, tmp_path):
    _schemathesis(live_server.url, tmp_path, CONFIG)


def test_admin_operations_conform_to_their_schema_with_the_key(start_server, tmp_path):
    server = start_server()  # not the shared live_server: these uploads and deletes change the index
    _schemathesis(
        server.url, tmp_path, ADMIN_CONFIG,
        "--header", f"Authorization: Bearer {server.admin_key}",
        "--include-path-regex", "^/v1/documents",
    )
