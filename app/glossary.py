"""English names of Danish terms (corpus/glossary.yaml), for searching Danish passages with English questions."""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, Field, ValidationError

from app.core.yaml_models import Text, field_problems


class GlossaryError(ValueError):
    """The glossary file is malformed; the message names the file, the entry and the field."""


class GlossaryEntry(BaseModel):
    """One entry of the glossary file. An empty list of names would match every text."""

    da: Text
    en: Annotated[list[Text], Field(min_length=1)]


def _number_forms(name: str) -> tuple[str, str]:
    """The name and the other number of its last word: staff list "new companies", people ask about "a new
    company"; "small businesses" and "a small business"."""
    if re.search(r"(?:ss|sh|ch|x)es$", name):
        other = name[:-2]
    elif name.endswith("ies"):
        other = name[:-3] + "y"
    elif name.endswith("ss"):
        other = name + "es"
    elif name.endswith("s"):
        other = name[:-1]
    elif re.search(r"[^aeiou]y$", name):
        other = name[:-1] + "ies"
    elif re.search(r"(?:sh|ch|x)$", name):
        other = name + "es"
    else:
        other = name + "s"
    return name, other


class Glossary:
    def __init__(self, entries: list[tuple[re.Pattern[str], str]], english: dict[str, str] | None = None):
        self._entries = entries
        self._english = english or {}  # Danish term -> its first English name
        self._danish_words: set[str] | None = None

    @classmethod
    def load(cls, path: Path) -> "Glossary":
        if not path.exists():
            return cls([])
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        except yaml.YAMLError as exc:
            raise GlossaryError(f"{path}: not valid YAML ({exc})") from exc
        names: dict[str, list[str]] = {}
        mistakes = []
        for number, item in enumerate(raw if isinstance(raw, list) else [raw], start=1):
            try:
                entry = GlossaryEntry.model_validate(item)
            except ValidationError as error:
                problems = "; ".join(map(str, field_problems(error, GlossaryEntry)))
                mistakes.append(f"{path}: entry {number} needs `da: <Danish term>` and `en: [<English names>]` "
                                f"(a non-empty list of non-empty names); {problems}")
                continue
            names.setdefault(entry.da, []).extend(entry.en)
        if mistakes:
            raise GlossaryError("\n".join(mistakes))
        return cls.of(names)

    @classmethod
    def of(cls, names: dict[str, list[str]]) -> "Glossary":
        """The glossary of Danish terms and their English names, the first the one to write."""
        entries = []
        for danish, english in names.items():
            pattern = "|".join(re.escape(form) for name in english for form in _number_forms(name))
            entries.append((re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), danish))
        return cls(entries, {danish: english[0] for danish, english in names.items()})

    def writes_in_danish(self, word: str) -> bool:
        """Is `word` (in lower case) one of the glossary's Danish words: "erhvervsråd" of "erhvervsråd erhvervsrådet
        erhvervsservice"?"""
        if self._danish_words is None:
            self._danish_words = {word for danish in self._english for word in danish.lower().split()}
        return word in self._danish_words

    def danish_for(self, text: str) -> list[str]:
        """The Danish terms for the English names that `text` mentions, in glossary order."""
        return [danish for pattern, danish in self._entries if pattern.search(text)]

    def to_english(self, text: str) -> str:
        """`text` with the Danish names the glossary knows replaced by their English names ("Vækstforum,
        Region Midtjylland" -> "Growth Forum, Central Denmark Region"); other words stay as they are."""
        for danish in sorted(self._english, key=len, reverse=True):
            text = re.sub(rf"\b{re.escape(danish)}\b", lambda _: self._english[danish], text)
        return text


@cache
def english_danish() -> Glossary:
    """The Danish words for the general English words of the domain ("surplus" -> "overskud"), shipped with the
    app (app/english_danish.yaml); a deployment's own names are in its corpus glossary."""
    return Glossary.load(Path(__file__).with_name("english_danish.yaml"))
