"""Company questions answered from the programme catalogue, each with its route (Answer.route):

  finder            "Vi er 40 ansatte og vil til Tyskland, hvad kan I hjælpe med?": the best three programmes
                    with their verdict and reasons, the rules that exclude the most relevant others, quoted
  eligibility       "Vi har 180 ansatte, kan vi bruge Eksportrådets tilskudsordninger?": yes, no or it
                    depends, with the rule, its quote and the citation
  programme_detail  "Hvad koster det?" after a programme answer, or "Hvordan søger man StartMidt?": the
                    catalogue's quoted fact, or a plain "the documents do not say" and who to ask
  contact           "Hvem kan jeg tale med?": the region's contact (corpus/contact.yaml)

The engine adds the documents' answer to a finder question that also asks for a fact (finder+facts)."""
from __future__ import annotations

import re
from typing import Any
from dataclasses import replace

from app.contact import Contact
from app.core.answer_types import Answer, Source, concatenate
from app.programmes.catalogue import Programme
from app.programmes.intent import (
    asked_detail,
    fact_parts,
    is_contact_request,
    is_eligibility_question,
    is_programme_question,
    mentioned_programme,
    named_programme,
    profile_from_text,
    refers_back,
    without_names,
)
from app.programmes.matcher import SHOWN_KINDS, ProgrammeFinder, ProgrammeMatch
from app.programmes.profile import CompanyProfile, fact_labels, find_markets
from app.question import Question

SHOWN = 3  # programmes named with reasons in the answer text; all are in Answer.programmes
SHOWN_NOT_FIT = 2  # excluded programmes whose rule the text names; the rest are counted

TEXTS: dict[str, dict[str, Any]] = {  # strings, and per-detail strings under "detail_missing"
    "da": {
        "intro": "Ud fra det, du skriver{profile}, er disse tilbud de bedste bud:",
        "none": "Ingen af de beskrevne tilbud passer ud fra det, du skriver{profile}:",
        "verdict": {"fits": "passer", "may_fit": "passer måske", "no_fit": "passer ikke"},
        "not_fit": "Passer ikke: {items}.",
        "not_fit_more": "{items} og {n} andre.",
        "sharpen": "Svaret bliver mere præcist, hvis du oplyser: {facts}.",
        "yes": "Ja", "no": "Nej", "depends": "Måske",
        "no_limits": "dokumenterne nævner ingen krav til størrelse, alder eller marked",
        "offers": "{name} ({operator}): {offers}",
        "others": "Lignende tilbud, der passer til jer: {names}.",
        "detail_missing": {
            "cost": "Dokumenterne nævner ikke, hvad {name} koster, eller om der er egenbetaling.",
            "how_to_apply": "Dokumenterne beskriver ikke, hvordan man søger {name}.",
            "contact": "Dokumenterne nævner ingen kontaktperson for {name}.",
            "deadline": "Dokumenterne nævner ingen ansøgningsfrist for {name}.",
        },
        "detail_label": {"offers": "tilbud", "cost": "pris/egenbetaling", "how_to_apply": "sådan søger man",
                         "contact": "kontakt", "deadline": "frist"},
        "period": "Dokumenterne oplyser perioden: {period}",
        "operator": "{name} drives af {operator}.",
        "ask_contact": "Spørg {operator}, eller tal med en person hos {name}.",
        "ask_operator": "Spørg {operator}.",
        "the_region": "regionen",
        "contact_intro": "Du kan tale med en person hos {name}.",
    },
    "en": {
        "intro": "Based on what you describe{profile}, these offers are the best candidates:",
        "none": "None of the offers described fits what you describe{profile}:",
        "verdict": {"fits": "fits", "may_fit": "may fit", "no_fit": "does not fit"},
        "not_fit": "Does not fit: {items}.",
        "not_fit_more": "{items} and {n} others.",
        "sharpen": "The answer gets sharper if you tell me: {facts}.",
        "yes": "Yes", "no": "No", "depends": "Maybe",
        "no_limits": "the documents state no limits on size, age or market",
        "offers": "{name} ({operator}): {offers}",
        "others": "Similar offers that fit you: {names}.",
        "detail_missing": {
            "cost": "The documents do not say what {name} costs or whether there is an own share.",
            "how_to_apply": "The documents do not describe how to apply for {name}.",
            "contact": "The documents name no contact person for {name}.",
            "deadline": "The documents state no application deadline for {name}.",
        },
        "detail_label": {"offers": "offers", "cost": "cost/own share", "how_to_apply": "how to apply", "contact": "contact",
                         "deadline": "deadline"},
        "period": "The documents give the period (in Danish): {period}",
        "operator": "{name} is run by {operator}.",
        "ask_contact": "Ask {operator}, or talk to a person at {name}.",
        "ask_operator": "Ask {operator}.",
        "the_region": "the region",
        "contact_intro": "You can talk to a person at {name}.",
    },
}
ANSWER_WORD = {"fits": "yes", "may_fit": "depends", "no_fit": "no"}
# How an eligibility answer starts ("Nej – Eksportrådets tilskudsordninger: ...").
_YES_NO = re.compile("|".join(f"{re.escape(t[w])} – " for t in TEXTS.values() for w in ("yes", "no", "depends")))


def _template_start(template: str) -> str:
    return template.split("{")[0]


# The first words of every reply built here, to tell a programme reply from a documents answer.
_REPLY_STARTS = tuple(
    start for texts in TEXTS.values()
    for start in [_template_start(texts["intro"]), _template_start(texts["none"]),
                  *(_template_start(t) for t in texts["detail_missing"].values())]
    if start
)


def is_programme_reply(text: str) -> bool:
    """Whether an earlier reply came from here (a finder, eligibility or detail answer)."""
    first = text.split("\n", 1)[0]
    return bool(first) and (first.startswith(_REPLY_STARTS) or bool(_YES_NO.match(first))
                            or bool(re.match(r"^[^–\n]{2,80} – [^:\n]{2,40}: ", first)))


class _Citations:
    """Sources cited [n] in one answer, each quote once."""

    def __init__(self) -> None:
        self.sources: list[Source] = []

    def cite(self, match: ProgrammeMatch, quote: str | None, language: str) -> str:
        """The " [n]" marker for the quote (or the match's first citation); "" when there is none."""
        citation = next((c for c in match.citations if c["quote"] == quote), None) if quote else None
        if citation is None:
            return ""
        for source in self.sources:
            if source.text == citation["quote"] and source.title == match.display_name(language):
                return f" [{source.n}]"
        self.sources.append(Source(
            n=len(self.sources) + 1, document=citation["document"], title=match.display_name(language),
            year=citation.get("year"), section=match.operator_en if language == "en" else match.operator,
            page=None, text=citation["quote"], quote=citation["quote"], score=round(match.score, 4),
        ))
        return f" [{len(self.sources)}]"


def programme_answer(finder: ProgrammeFinder, q: Question, contact: Contact | None = None) -> Answer | None:
    """The catalogue's answer to a company question, or None when the question is for the documents."""
    text = q.normalised or q.text
    programmes = finder.programmes
    named = named_programme(text, programmes)
    # A follow-up to a programme answer that points back ("hvad koster det?", "passer den til os?") is about
    # the programme the previous question named, or else the first one the previous answer named.
    last = None
    if named is None and is_programme_reply(q.last_answer) and (refers_back(text) or len(text.split()) <= 6):
        last = named_programme(q.last_question, programmes) or mentioned_programme(q.last_answer, programmes)
    detail = asked_detail(text, follow_up=last is not None)
    # "... hvad passer til os, og hvor længe har EEN kørt?" names EEN in a fact part, not in the fit question.
    own_words = _without_fact_parts(text)
    # The company may have described itself earlier in the conversation; the newest statement counts.
    about_company = " ".join([text, *q.earlier_questions])
    asked_about = None
    if is_eligibility_question(own_words):
        # Only an explicit "det/den/it" makes "kan vi bruge ...?" about the last programme.
        asked_about = named_programme(own_words, programmes) or (last if refers_back(own_words) else None)
    elif _adds_company_facts(text) and _YES_NO.match(q.last_answer):
        asked_about = mentioned_programme(q.last_answer, programmes)  # "Vi har 70 ansatte" after "Måske – X"
    if asked_about is not None:
        answer = _eligibility(finder, asked_about, about_company, q, contact)
        if detail is not None:  # "Can we use VITUS? How much does it cost?"
            answer = concatenate(answer, _detail(finder, asked_about, detail, q, contact, named=True))
        return answer
    subject = named or last
    if detail is not None and subject is not None:
        return _detail(finder, subject, detail, q, contact, named=named is not None)
    if contact is not None and is_contact_request(text):
        return _contact_answer(contact, q)
    finder_text = _finder_text(q)
    if finder_text is None:
        return None
    return _finder(finder, finder_text, q, contact)


def _without_fact_parts(text: str) -> str:
    for part in fact_parts(text):
        text = text.replace(part, " ")
    return text


def _adds_company_facts(text: str) -> bool:
    """ "Vi har 12 ansatte", "we were founded in 2019": a reply that only states facts about the company."""
    profile, _ = profile_from_text(text)
    return (profile.employees is not None or profile.new_company is not None or profile.founded_year is not None
            or bool(profile.markets))


def _finder_text(q: Question) -> str | None:
    """The text to read a company profile from, or None when this is no programme question. A reply that
    only adds facts ("Vi har 12 ansatte") after a programme question continues it."""
    text = q.normalised or q.text
    if is_programme_question(text):
        return text
    if q.last_question and is_programme_question(q.last_question) and _adds_company_facts(text):
        return f"{text} {q.last_question}"
    return None


def _profile_summary(profile: CompanyProfile, language: str) -> str:
    """" (40 ansatte, nystartet, marked: Tyskland)": what the answer understood, so the reader can correct it."""
    parts = []
    if profile.employees is not None:
        n = profile.employees
        if language == "da":
            parts.append("1 ansat" if n == 1 else f"{n:,} ansatte".replace(",", "."))
        else:
            parts.append("1 employee" if n == 1 else f"{n:,} employees")
    if profile.new_company:
        parts.append("nystartet" if language == "da" else "newly started")
    if profile.founded_year:
        parts.append(f"grundlagt {profile.founded_year}" if language == "da" else f"founded {profile.founded_year}")
    elif profile.new_company is False:
        parts.append("etableret" if language == "da" else "established")
    if profile.markets:
        label = "marked" if language == "da" else "market"
        names = [getattr(m, language) for name in profile.markets for m in find_markets(name)[:1]] or profile.markets
        parts.append(f"{label}: {', '.join(names)}")
    return f" ({', '.join(parts)})" if parts else ""


def _finder(finder: ProgrammeFinder, text: str, q: Question, contact: Contact | None) -> Answer:
    profile, _ = profile_from_text(text)
    matches = finder.match(profile)
    language = q.reply_language
    texts = TEXTS[language]
    citations = _Citations()
    candidates = [m for m in matches if m.verdict != "no_fit"][:SHOWN]
    excluded = [m for m in matches if m.verdict == "no_fit"]
    summary = _profile_summary(profile, language)
    lines = [(texts["intro"] if candidates else texts["none"]).format(profile=summary)]
    for match in candidates or excluded[:SHOWN]:
        offers = _first_clause(match.offers_en if language == "en" else match.offers)
        operator = match.operator_en if language == "en" else match.operator
        verdict = texts["verdict"][match.verdict]
        marker = citations.cite(match, _first_quote(match, "offers"), language)
        lines.append(f"- {match.display_name(language)} ({operator}) – {verdict}: {offers}{marker}")
        for check in _shown_checks(match):
            reason = check["da"] if language == "da" else check["en"]
            # Every stated rule the reason rests on is cited, so "op til 250 ansatte" shows its source.
            quote = check["quote"] or (_first_quote(match, check["fact"]) if check["fact"] else None)
            lines.append(f"  · {reason}{citations.cite(match, quote, language)}")
    if candidates and excluded:
        items = []
        for match in excluded[:SHOWN_NOT_FIT]:
            rule = next(c for c in match.checks if c["kind"] == "mismatch")
            reason = rule["da"] if language == "da" else rule["en"]
            items.append(f"{match.display_name(language)} – {reason}{citations.cite(match, rule['quote'], language)}")
        joined = "; ".join(items)
        rest = len(excluded) - SHOWN_NOT_FIT
        lines.append(texts["not_fit"].format(
            items=texts["not_fit_more"].format(items=joined, n=rest).rstrip(".") if rest > 0 else joined))
    caveat = next((m.caveat_en if language == "en" else m.caveat for m in matches if m.caveat), None)
    if caveat:
        lines.append(f"{caveat}.")
    # Any fact that would settle a "may fit", also below the three shown (a new company would get StartMidt).
    asked = [key for match in matches for key in match.ask_for]
    hints = fact_labels(list(dict.fromkeys(asked)), language)
    if hints:
        lines.append(texts["sharpen"].format(facts=", ".join(hints)))
    return _answer(lines, citations, language, "finder", matches, contact, hints)


def _first_clause(offers: str) -> str:
    """The offer up to its first semicolon: three programmes must fit a phone screen; the cards and the
    eligibility answer carry the whole text."""
    head, _, rest = offers.partition(";")
    return f"{head.strip()} …" if rest.strip() else offers


def _shown_checks(match: ProgrammeMatch) -> list[dict]:
    """The checks behind a shown programme's verdict, in the order _reasons uses (open first)."""
    return [check for kind in SHOWN_KINDS[match.verdict] for check in match.checks if check["kind"] == kind]


def _eligibility(finder: ProgrammeFinder, programme: Programme, text: str, q: Question,
                 contact: Contact | None) -> Answer:
    """Yes, no or it depends for one programme, with the deciding rule, its quote and the citation."""
    profile, _ = profile_from_text(without_names(text, programme))
    matches = finder.match(profile)
    match = next(m for m in matches if m.id == programme.id)
    language = q.reply_language
    texts = TEXTS[language]
    citations = _Citations()
    word = texts[ANSWER_WORD[match.verdict]]
    deciding = [c for c in _shown_checks(match) if c["kind"] != "goal"]
    reasons = []
    for check in deciding:
        reason = check["da"] if language == "da" else check["en"]
        quote = check["quote"] or next((c["quote"] for c in match.citations if c["fact"] == check["fact"]), None)
        if quote and language == "da":
            reason += f" »{quote}«"
        elif quote:
            reason += f" (the document, in Danish: “{quote}”)"
        reasons.append(reason + (citations.cite(match, quote, language) if quote else ""))
    if not reasons or all(c["fact"] == "" for c in deciding):
        reasons = [texts["no_limits"]]
    lines = [f"{word} – {match.display_name(language)}: {'; '.join(reasons)}."]
    offers = match.offers_en if language == "en" else match.offers
    operator = match.operator_en if language == "en" else match.operator
    lines.append(texts["offers"].format(name=match.display_name(language), operator=operator, offers=offers)
                 + citations.cite(match, _first_quote(match, "offers"), language))
    if match.verdict == "no_fit":
        # Instead: programmes that fit this company and resemble the one asked about (its goals and offer).
        like_it = replace(profile, goal=f"{'. '.join(programme.goals)}. {programme.offers}")
        others = [m.display_name(language) for m in finder.match(like_it)
                  if m.verdict == "fits" and m.id != match.id][:SHOWN]
        if others:
            lines.append(texts["others"].format(names=", ".join(others)))
    caveat = match.caveat_en if language == "en" else match.caveat
    if caveat:
        lines.append(f"{caveat}.")
    return _answer(lines, citations, language, "eligibility", [match, *[m for m in matches if m.id != match.id]],
                   contact, fact_labels(match.ask_for, language))


def _detail(finder: ProgrammeFinder, programme: Programme, fact: str, q: Question, contact: Contact | None,
            named: bool) -> Answer:
    """What the catalogue says about one programme's cost, application, contact or deadline. `named`: the
    question named the programme (not "det" after a programme answer), so the engine may ask the documents
    when the catalogue does not state the fact."""
    language = q.reply_language
    texts = TEXTS[language]
    # Matched without a profile: only its names, citations and year are used here.
    match = next(m for m in finder.match(CompanyProfile(None, None, None, "", [], "")) if m.id == programme.id)
    name = match.display_name(language)
    citations = _Citations()
    value = (programme.offers_en if language == "en" else programme.offers) if fact == "offers" else getattr(programme, fact)
    if value:
        label = texts["detail_label"][fact]
        if language == "en" and fact != "offers":
            value = f"{value} (in Danish)"  # the catalogue states these facts as the documents do
        lines = [f"{name} – {label}: {value}" + citations.cite(match, _first_quote(match, fact), language)]
    else:
        lines = [texts["detail_missing"][fact].format(name=name)]
        if fact == "deadline" and programme.period:
            lines.append(texts["period"].format(period=programme.period)
                         + citations.cite(match, _first_quote(match, "period"), language))
    operator = match.operator_en if language == "en" else match.operator
    lines.append(texts["operator"].format(name=name, operator=operator)
                 + citations.cite(match, _first_quote(match, "operator", "offers"), language))
    # The contact itself travels in Answer.contact; each front door shows it with working links.
    lines.append(texts["ask_contact" if contact is not None else "ask_operator"].format(
        operator=operator, name=contact.name if contact and contact.name else texts["the_region"]))
    answer = _answer(lines, citations, language, "programme_detail", [match], contact, [])
    answer.decision = {"programme": programme.id, "fact": fact, "stated": bool(value), "named": named}
    if not value:  # the catalogue does not answer this: an abstention, said plainly, with whom to ask
        answer.abstained, answer.mode = True, "abstained"
    return answer


def _contact_answer(contact: Contact, q: Question) -> Answer:
    texts = TEXTS[q.reply_language]
    # The answer text names who; the phone, email and web address come with Answer.contact, shown by each front
    # door with working links (the CLI prints them).
    lines = [texts["contact_intro"].format(name=contact.name or texts["the_region"])]
    return _answer(lines, _Citations(), q.reply_language, "contact", None, contact, [])


def _first_quote(match: ProgrammeMatch, *facts: str) -> str | None:
    for fact in facts:
        for citation in match.citations:
            if citation["fact"] == fact:
                return citation["quote"]
    return None


def _answer(lines: list[str], citations: _Citations, language: str, route: str,
            matches: list[ProgrammeMatch] | None, contact: Contact | None, hints: list[str]) -> Answer:
    return Answer(
        text="\n".join(lines),
        abstained=False,
        sources=citations.sources,
        language="en" if language == "en" else "da",
        mode="programmes",
        programmes=None if matches is None else [m.to_dict() for m in matches],
        profile_hints=hints,
        route=route,
        contact=contact.model_dump() if contact else None,
    )
