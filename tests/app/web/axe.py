"""axe-core in the browser tests: injected from the npm package (tests/app/web/package.json, installed by
scripts/test.sh), run on the page or on one frame (the widget's iframe), every impact counted. The pages keep
their Content-Security-Policy on while axe runs."""
from __future__ import annotations

from pathlib import Path

AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"


def axe_violations(target) -> list[dict]:
    """axe's violations on a Playwright Page or Frame: [{id, impact, help, nodes: [html, ...]}, ...]."""
    if not AXE.exists():
        raise FileNotFoundError(f"{AXE} is missing: run `npm ci` in tests/app/web (scripts/test.sh does)")
    # Evaluated, not added as a <script>: the service's Content-Security-Policy (script-src 'self') refuses an
    # inline script tag, but not what the test tool runs in the page.
    if not target.evaluate("typeof window.axe !== 'undefined'"):
        target.evaluate(AXE.read_text(encoding="utf-8"))
    result = target.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["html"][:160] for n in v["nodes"]]}
        for v in result["violations"]
    ]


def describe(violations: list[dict]) -> str:
    return "\n".join(f"{v['impact']}: {v['id']} ({v['help']}): {v['nodes'][:3]}" for v in violations)
