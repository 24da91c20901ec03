"""Schemathesis against the live server's own OpenAPI schema: generated valid and invalid requests for every
operation must never produce a 5xx, an undocumented status or content type, or a body that breaks the schema.

Run through the schemathesis CLI: its pytest integration (`schemathesis.pytest.from_fixture`) does not work
with pytest 9. The admin endpoints are exercised without the admin key (401), so the fuzzing cannot change the
shared index."""
import shutil
import subprocess
import sys
from pathlib import Path

CHECKS = [
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
]


def test_api_conforms_to_its_schema(live_server, tmp_path):
    schemathesis = shutil.which("schemathesis", path=str(Path(sys.executable).parent))
    assert schemathesis, "schemathesis is not installed in this environment"
    result = subprocess.run(
        [
            schemathesis, "run", f"{live_server.url}/openapi.json",
            "--checks", ",".join(CHECKS),
            "--max-examples", "25",
            "--seed", "4711",  # the same cases every run, so a failure reproduces
            "--generation-database", "none",
            "--workers", "1",
            "--request-timeout", "60",
            "--suppress-health-check", "all",
            "--no-color",
        ],
        cwd=tmp_path,  # its report directory lands here
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-20000:] + result.stderr[-5000:]
