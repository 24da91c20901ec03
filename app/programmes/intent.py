"""Recognise "which programme fits us?" questions and read a company profile out of them.

A programme question has a subject (we/us, or a described company: "80 ansatte", "a start-up") and a
need (fits, can use/get, help, support, "which programme"). Questions asking for a fact (when, how many,
who) are left to the ordinary answer engine unless they describe the company concretely.
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

_FIRST_PERSON = _rx(
    r"\b(?:vi|os|vores|jeg|mig|min|mit|mine|man|we|us|our|ours|me|my|i'm)\b|"
    r"\b(?:can|could|should|do|may) i\b|\bi (?:am|have|run|own|want|need)\b"
)
_GENERIC_COMPANY = _rx(
    r"\b(?:en|et|vores|min|mit) (?:\w+ )?(?:virksomhed|firma|smv)\b|"
    r"\b(?:a|an|our|my) (?:[\w-]+ )?(?:company|business|firm|sme|manufacturer|exporter)\b|"
    r"\b(?:virksomheder(?:ne)?|smv'er|companies|firms|businesses|smes)\b"
)
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
    # we want / need / look for
    _rx(r"\b(?:vil|ønsker|planlægger|overvejer|mangler|søger|"
        r"want|wants|plan|planning|looking for|seeking|need|needs)\b"),
    # asking for help outright
    _rx(r"\b(?:hjælp|støtte|tilskud|rådgivning|help|support|funding|grants?|subsid\w*|assistance|advice)\b"),
]
# Asking for a fact: left to the answer engine unless the company is described concretely.
_FACTUAL = _rx(
    r"\b(?:hvornår|hvor mange|hvor meget|hvor stor\w*|hvem|hvilket år|when|how many|how much|who|what year)\b"
)


def is_programme_question(text: str) -> bool:
    """True for "which programme fits our company?" questions, Danish or English."""
    concrete = bool(_EMPLOYEES.search(text) or _NEW_COMPANY.search(text) or _FOUNDED.search(text))
    if _FACTUAL.search(text) and not concrete:
        return False
    subject = concrete or bool(_FIRST_PERSON.search(text) or _GENERIC_COMPANY.search(text))
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
