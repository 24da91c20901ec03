"""Recognise "which programme fits us?" questions and read a company profile out of them.

The rule, in order:
1. "Hvilket program/tilbud passer/egner sig ..." or "Which programme/offer suits/fits ..." is a programme
   question whoever it is about.
2. A fact question (when, how many, who) without a concrete company profile is not: "Hvornår kan vi søge
   VækstMidt Accelerator?" wants a date from the documents.
3. Otherwise it needs both
   - a subject: the asker (vi/jeg/we/I ...) or one concrete company (a number of employees, start-up words,
     a founding year, "en/min/vores virksomhed", "a/my/our company"); and
   - a need: fit or eligibility, "kan vi bruge/få", "what can we use/get", "which programme/support ...",
     "er der/is there a programme ...", looking for help, support or a partner, or wanting to export
     ("vil eksportere", "want to enter").
Companies in the plural ("virksomheder", "companies"), "man", and a bare "vil/støtte/rådgivning" do not
count: "Hvilke virksomheder har fået støtte?" and "Hvad vil vi opnå?" ask what the documents say.
"""
from __future__ import annotations

import re

from app.programmes.profile import CompanyProfile, find_markets, missing_facts


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# "80 ansatte", "1.200 medarbejdere", "200 employees", "a 12-person start-up", "en 30-mands virksomhed".
_EMPLOYEES = _rx(
    r"\b(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:-\s*)?"
    r"(?:fuldtids)?(?:ansatte|medarbejdere|mands?|employees?|staff|people|persons?|workers|man)\b"
)
_NEW_COMPANY = _rx(
    r"\b(?:nystartet\w*|nyetableret\w*|iværksætter\w*|start-?ups?|opstartsvirksomhed\w*|"
    r"ny virksomhed|nyt firma|ny(?:ligt)? startet|"
    r"new (?:company|business|firm|venture)|young (?:company|business|firm)|"
    r"newly (?:founded|started|established)|just (?:started|founded)|entrepreneurs?)\b"
)
_ESTABLISHED = _rx(
    r"\b(?:veletableret\w*|etableret virksomhed|established (?:company|business|firm)|well-established)\b"
)
# "grundlagt i 2023", "vi startede firmaet i 2024", "founded our company in 2024", "established 2019".
_FOUNDED = _rx(
    r"\b(?:stiftet|stiftede|grundlagt|grundlagde|etableret|etablerede|startet|startede|"
    r"founded|established|started|set up|launched)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:i\s+|in\s+|tilbage i\s+|back in\s+)?((?:19|20)\d{2})\b"
)
_SECTORS = [
    ("fødevarer", _rx(r"\b(?:fødevare\w*|food\w*|landbrug\w*|agricultur\w*)")),
    ("energi og miljø", _rx(r"\b(?:energi\w*|energy|miljø\w*|environment\w*|cleantech|vindmølle\w*|wind)")),
    ("it", _rx(r"\b(?:software\w*|it-(?:virksomhed|firma|branche)\w*|ikt|ict|it (?:company|firm|sector))\b")),
    ("sundhed/life sciences", _rx(r"\b(?:sundhed\w*|health\w*|life ?science\w*|medico\w*|medtech|pharma\w*)")),
    ("industri", _rx(r"\b(?:industri\w*|industrial|manufactur\w*|maskin\w*|machinery)")),
]

# Rule 1: an explicit fit question, e.g. "Hvilket af programmerne passer bedst til ...", "Which programme
# would suit ...".
_WHICH_PROGRAMME_FITS = _rx(
    r"\b(?:hvilke[tn]?|hvad for(?: et| en| nogle)?)\s+(?:\w+\s+)?(?:program\w*|tilbud\w*|ordning\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:pass(?:er|e)|egne[rt]?|egnet)\b|"
    r"\b(?:which|what)\s+(?:\w+\s+)?(?:program(?:me)?s?|offers?|schemes?)\s+"
    r"(?:\w+\s+){0,2}?(?:suits?|fits?|suited|right for)\b"
)
# Rule 2: asking for a fact.
_FACTUAL = _rx(
    r"\b(?:hvornår|hvor mange|hvor meget|hvor stor\w*|hvem|hvilket år|when|how many|how much|who|what year)\b"
)
# Rule 3, subject: the asker ("man" is anyone, so it is left out) ...
_FIRST_PERSON = _rx(
    r"\b(?:vi|os|vores|jeg|mig|min|mit|mine|we|us|our|ours|me|my|i'm)\b|"
    r"\b(?:can|could|should|do|may) i\b|\bi (?:am|have|run|own|want|need)\b"
)
# ... or one company, never companies in general.
_ONE_COMPANY = _rx(
    r"\b(?:en|et|vores|min|mit) (?:\w+ )?(?:virksomhed|firma|smv)\b|"
    r"\b(?:a|an|our|my) (?:[\w-]+ )?(?:company|business|firm|sme|manufacturer|exporter)\b"
)
# Rule 3, need.
_NEED = [
    # fits / suits / eligible
    _rx(r"\b(?:pass(?:er|e)|egne[rt]?|egnet|relevant\w*|anbefal\w*|kvalificer\w*|berettige\w*|"
        r"suits?|fits?|right for|eligible|qualif\w*|recommend\w*)\b"),
    # can we use / get / apply
    _rx(r"\bkan\b[^.?!]*\b(?:bruge|få|benytte|søge|ansøge|deltage|gøre brug)\b"),
    _rx(r"\b(?:can|could)\b[^.?!]*\b(?:use|get|join|apply|benefit|turn to)\b"),
    # which programme / what support
    _rx(r"\b(?:hvilke[tn]?|hvad for(?: et| en| nogle)?|which|what)\s+(?:\w+\s+)?"
        r"(?:program\w*|tilbud\w*|ordning\w*|støtte\w*|hjælp\w*|muligheder|options?|schemes?|support|help|"
        r"funding|grants?|offers?)\b"),
    # is there any programme / help
    _rx(r"\b(?:er der|findes der|is there|are there)\b[^.?!]*\b(?:program\w*|tilbud\w*|ordning\w*|støtte|"
        r"hjælp|support|help|schemes?|funding|grants?)\b"),
    # looking for help, support or a partner
    _rx(r"\b(?:vil gerne have|ønsker|mangler|søger|leder efter|har brug for|"
        r"want|wants|need|needs|looking for|seeking|would like)\b[^.?!]*"
        r"(?:\b(?:hjælp|støtte|tilskud|rådgivning|sparring|help|support|advice|funding|grants?|assistance)\b|"
        r"partner)"),
    # wanting to export or enter a market ("vil eksportere", "want to enter"), not any "vil"
    _rx(r"\b(?:vil|ønsker at|planlægger at|overvejer at|want to|wants to|plan to|planning to|would like to)\s+"
        r"(?:gerne\s+)?(?:eksportere|sælge|ekspandere|ind på|export|sell|expand|enter)\b"),
]


def is_programme_question(text: str) -> bool:
    """True for "which programme fits our company?" questions, Danish or English (rules in the module doc)."""
    if _WHICH_PROGRAMME_FITS.search(text):
        return True
    concrete = bool(_EMPLOYEES.search(text) or _NEW_COMPANY.search(text) or _FOUNDED.search(text))
    if _FACTUAL.search(text) and not concrete:
        return False
    subject = concrete or bool(_FIRST_PERSON.search(text) or _ONE_COMPANY.search(text))
    return subject and any(pattern.search(text) for pattern in _NEED)


def profile_from_text(text: str) -> tuple[CompanyProfile, list[str]]:
    """The company profile a question states, and the keys of the facts it leaves out.

    Render the keys with `app.programmes.profile.fact_labels(keys, "da" | "en")`."""
    employees = None
    hit = _EMPLOYEES.search(text)
    if hit:
        employees = int(re.sub(r"[.,]", "", hit.group(1)))
    founded = _FOUNDED.search(text)
    founded_year = int(founded.group(1)) if founded else None
    new_company: bool | None = None
    if _NEW_COMPANY.search(text):
        new_company = True
    elif _ESTABLISHED.search(text):
        new_company = False
    profile = CompanyProfile(
        employees=employees,
        new_company=new_company,
        founded_year=founded_year,
        goal=text.strip(),
        markets=[market.da for market in find_markets(text)],
        sector=", ".join(name for name, pattern in _SECTORS if pattern.search(text)),
    )
    return profile, missing_facts(profile)
