"""Versions of one document: "energitjek-2023.md" and "energitjek-2025.md" are one series, named alike but for
their years. The newest version states the rules in force; an older one is superseded by it. A question about the
rules answers from the newest version first, unless it asks of the older one's year ("hvad var fristen i 2023").
Only versions of one series supersede each other: an unrelated newer document says nothing of these rules."""
from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import PurePath

from app.lexical import stem

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_SEPARATORS = re.compile(r"[\W_]+")
MIN_SERIES_NAME = 4  # "plan-2023" and "plan-2025" are a series; "a-2023" and "a-2025" say too little


# What kind of rules a document is, which the next version may call otherwise: "Vejledning_digitaliseringsvoucher_2023"
# and "Retningslinjer_digitaliseringsvoucher_2025" are one series.
_KIND_OF_RULES = {"vejledning", "retningslinjer", "regler", "regelsæt", "vilkår", "vilkaar", "betingelser", "guide",
                  "guidelines", "rules", "terms", "conditions", "version", "udgave", "final", "endelig"}


def series_name(source: str) -> str:
    """A document's name without its years, separators, format and the kind of rules it is:
    "docs/Energitjek_2025.md" -> "energitjek", "Vejledning_digitaliseringsvoucher_2023.pdf" -> "digitaliseringsvoucher"."""
    words = _SEPARATORS.sub(" ", _YEAR.sub(" ", PurePath(source).stem.lower())).split()
    words = [_without_kind(word) for word in words if word not in _KIND_OF_RULES] or words
    # "programregler-2024" and "vilkaar-programmer-2026": the programmes' rules, in singular or plural.
    words = [stem(word) for word in words]
    return "-".join(words) if len("".join(words)) >= MIN_SERIES_NAME else ""


def _without_kind(word: str) -> str:
    """A compound without the kind of rules it ends in: "programregler" -> "program"."""
    kind = next((kind for kind in _KIND_OF_RULES if word.endswith(kind) and len(word) - len(kind) >= MIN_SERIES_NAME), "")
    return word[: len(word) - len(kind)] if kind else word


def superseded_by(years: Mapping[str, int | str | None]) -> dict[str, str]:
    """source -> the newest version of its series, for every older version (by its document year). Documents
    without a year, or alone in their series, supersede nothing and are superseded by nothing."""
    series: dict[str, list[tuple[int, str]]] = {}
    for source, year in years.items():
        name = series_name(source or "")
        if name and year and str(year).isdigit():
            series.setdefault(name, []).append((int(year), source))
    superseded: dict[str, str] = {}
    for versions in series.values():
        newest_year, newest = max(versions)
        superseded.update({source: newest for year, source in versions if year < newest_year})
    return superseded
