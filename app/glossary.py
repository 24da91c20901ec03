"""English names of Danish terms (corpus/glossary.yaml), for searching Danish passages with English questions."""
from __future__ import annotations

import re
from pathlib import Path

import yaml


class GlossaryError(ValueError):
    """The glossary file is malformed; the message names the file and the entry."""


class Glossary:
    def __init__(self, entries: list[tuple[re.Pattern[str], str]], english: dict[str, str] | None = None):
        self._entries = entries
        self._english = english or {}  # Danish term -> its first English name

    @classmethod
    def load(cls, path: Path) -> "Glossary":
        if not path.exists():
            return cls([])
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        except yaml.YAMLError as exc:
            raise GlossaryError(f"{path}: not valid YAML ({exc})") from exc
        entries, english = [], {}
        for number, entry in enumerate(raw if isinstance(raw, list) else [raw], start=1):
            names_ok = isinstance(entry, dict) and isinstance(entry.get("en"), list) and entry["en"]
            names_ok = names_ok and all(isinstance(name, str) and name.strip() for name in entry["en"])
            if not names_ok or not isinstance(entry.get("da"), str) or not entry["da"].strip():
                raise GlossaryError(
                    f"{path}: entry {number} needs `da: <Danish term>` and `en: [<English names>]` "
                    f"(a non-empty list of non-empty names), got {entry!r}"
                )
            names = "|".join(re.escape(str(name)) for name in entry["en"])
            entries.append((re.compile(rf"\b(?:{names})\b", re.IGNORECASE), entry["da"]))
            english[entry["da"]] = entry["en"][0]
        return cls(entries, english)

    def danish_for(self, text: str) -> list[str]:
        """The Danish terms for the English names that `text` mentions, in glossary order."""
        return [danish for pattern, danish in self._entries if pattern.search(text)]

    def to_english(self, text: str) -> str:
        """`text` with the Danish names the glossary knows replaced by their English names ("Vækstforum,
        Region Midtjylland" -> "Growth Forum, Central Denmark Region"); other words stay as they are."""
        for danish in sorted(self._english, key=len, reverse=True):
            text = re.sub(rf"\b{re.escape(danish)}\b", lambda _: self._english[danish], text)
        return text
