"""Danish words that name the same thing (app/danish_synonyms.yaml): a question saying "aflyser" is also searched
for the documents' "afbestilling", one saying "oprettelsesgebyr" for their "etableringsgebyr"."""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from pydantic import TypeAdapter, ValidationError

from app.core.yaml_models import Text
from app.lexical import stem

MIN_PART = 3  # the other part of a compound one synonym is part of: "gebyr" of "oprettelsesgebyr"
_LINKS = ("s", "e", "")  # "oprettelse-s-gebyr", "afbud-s-gebyr"; longest first
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)  # "no-show" is one word


class SynonymsError(ValueError):
    """The synonyms file is malformed; the message names the file and the entry."""


def load_groups(path: Path) -> list[tuple[str, ...]]:
    """The groups of the file: each a list of at least two words or phrases."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as exc:
        raise SynonymsError(f"{path}: not valid YAML ({exc})") from exc
    adapter = TypeAdapter(list[Text])
    groups, mistakes = [], []
    for number, item in enumerate(raw if isinstance(raw, list) else [raw], start=1):
        try:
            members = adapter.validate_python(item)
        except ValidationError:
            members = []
        if len(members) < 2:
            mistakes.append(f"{path}: entry {number} ({item!r}) must be a list of two or more words that mean the "
                            "same, written as [word, word]")
            continue
        groups.append(tuple(member.lower() for member in members))
    if mistakes:
        raise SynonymsError("\n".join(mistakes))
    return groups


@cache
def danish_synonyms() -> list[tuple[str, ...]]:
    return load_groups(Path(__file__).with_name("danish_synonyms.yaml"))


def _phrase_at(words: list[str], at: int, phrase: list[str]) -> bool:
    return at + len(phrase) <= len(words) and all(
        stem(word) == stem(part) for word, part in zip(words[at:], phrase))


def _compounds(word: str, member: str, others: list[str]) -> list[str]:
    """`word` as a compound with `member` as its first part or its head, each other synonym in its place:
    "oprettelsesgebyr" -> "etableringsgebyr", "stiftelsesgebyr"."""
    found = []
    for link in _LINKS:
        first = member + link
        if word.startswith(first) and len(word) - len(first) >= MIN_PART:
            found += [f"{other}{link}{word[len(first):]}" for other in others]
            break
    at = word.rfind(member)
    if at >= MIN_PART and len(word) - at - len(member) <= 4:  # the head, perhaps inflected: "medlemskontingentet"
        found += [f"{word[:at]}{other}" for other in others]
    return found


def synonyms_asked(text: str) -> list[tuple[str, list[str]]]:
    """For each synonym the text names, the words it was asked in and the other words of its group (in compounds
    as the text's word was): [("aflyser", ["aflyse", "afbestille", ...])]. A member named itself, in any inflection,
    comes before one that is only part of a compound: "lønninger" is "lønning", not "løn" + "ninger"."""
    words = [word.lower() for word in _WORDS.findall(text)]
    asked = []
    for group in danish_synonyms():
        found = next((named for member in group for named in [_named(words, member, group)] if named), None)
        if found is None:
            single = [other for other in group if " " not in other]
            found = next(((w, swapped) for member in group if " " not in member for w in words
                          if len(w) > len(member) + MIN_PART
                          for swapped in [_compounds(w, member, [other for other in single if other != member])] if swapped),
                         None)
        if found is not None:
            asked.append(found)
    return asked


def _named(words: list[str], member: str, group: tuple[str, ...]) -> tuple[str, list[str]] | None:
    """The words naming `member` itself (a phrase, or a word in any inflection), with the group's other words."""
    parts = member.split()
    others = [other for other in group if other != member]
    if len(parts) > 1:
        at = next((i for i in range(len(words)) if _phrase_at(words, i, parts)), None)
        return (" ".join(words[at: at + len(parts)]), others) if at is not None else None
    word = next((w for w in words if stem(w) == stem(member)), None)
    return (word, others) if word is not None else None
