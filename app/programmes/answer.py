"""Turns a "which programme fits us?" question into an engine Answer built from the programme finder:
the profile read from the question, the ranked programmes with reasons and quoted evidence as citations,
and the facts that would sharpen the answer."""
from __future__ import annotations

from app.engine_types import Answer, Source
from app.programmes.intent import is_programme_question, profile_from_text
from app.programmes.matcher import ProgrammeFinder
from app.programmes.profile import fact_labels
from app.question import Question

SHOWN = 3  # programmes named in the answer text; all are in Answer.programmes

TEXTS = {
    "da": {
        "intro": "Ud fra det, du skriver, passer disse tilbud bedst:",
        "none": "Ingen af de beskrevne tilbud passer ud fra det, du skriver:",
        "not_fit": "Passer ikke: {names}.",
        "sharpen": "Svaret bliver mere præcist, hvis du oplyser: {facts}.",
    },
    "en": {
        "intro": "Based on what you describe, these offers fit best:",
        "none": "None of the offers described fits what you describe:",
        "not_fit": "Does not fit: {names}.",
        "sharpen": "The answer gets sharper if you tell me: {facts}.",
    },
}


def programme_answer(finder: ProgrammeFinder, q: Question) -> Answer | None:
    text = _programme_text(q)
    if text is None:
        return None
    profile, missing = profile_from_text(text)
    matches = finder.match(profile)
    language = q.reply_language
    texts = TEXTS[language]
    fitting = [m for m in matches if m.fits][:SHOWN]
    sources: list[Source] = []
    lines = [texts["intro"] if fitting else texts["none"]]
    for match in fitting or matches[:SHOWN]:
        reasons = match.reasons if language == "da" else match.reasons_en
        offers = match.offers if language == "da" else match.offers_en
        citation = match.citations[0] if match.citations else None
        marker = ""
        if citation:
            sources.append(
                Source(
                    n=len(sources) + 1,
                    document=citation["document"],
                    title=match.name,
                    year=citation.get("year"),
                    section=match.operator,
                    page=None,
                    text=citation["quote"],
                    score=round(match.score, 4),
                )
            )
            marker = f" [{len(sources)}]"
        lines.append(f"- {match.name} ({match.operator}): {offers}{marker}")
        lines.extend(f"  · {reason}" for reason in reasons)
    excluded = [m.name for m in matches if not m.fits]
    if fitting and excluded:
        lines.append(texts["not_fit"].format(names=", ".join(excluded)))
    caveat = next((m.caveat if language == "da" else m.caveat_en for m in matches if m.caveat), None)
    if caveat:
        lines.append(caveat)
    hints = fact_labels(missing, language)
    if hints:
        lines.append(texts["sharpen"].format(facts=", ".join(hints)))
    return Answer(
        text="\n".join(lines),
        abstained=False,
        sources=sources,
        language=language,
        mode="programmes",
        programmes=[m.to_dict() for m in matches],
        profile_hints=hints,
    )


def _programme_text(q: Question) -> str | None:
    """The text to read a company profile from, or None when this is no programme question. A reply that
    only adds facts ("Vi har 12 ansatte") after a programme question continues it."""
    if is_programme_question(q.text):
        return q.text
    if q.last_question and is_programme_question(q.last_question):
        profile, _ = profile_from_text(q.text)
        if profile.employees is not None or profile.new_company is not None or profile.markets:
            return f"{q.last_question} {q.text}"
    return None
