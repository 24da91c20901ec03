"""Recognise company questions, and read a company profile out of them.

A programme question ("which programme fits us?"), by these rules in order:
1. "Hvilket program/tilbud passer/egner sig ..." or "Which programme/offer suits/fits ..." is a programme
   question whoever it is about; so is a request for help addressed to the region ("kan I hjælpe os med ...",
   "hvad kan I tilbyde", "can you help", "anything for us?") and a company stating what it wants to do
   ("vi vil gerne ind på det norske marked", "vi er 12 mand og vil sælge til Sverige").
2. A fact question (when, how many, who) without a concrete company profile is not: "Hvornår kan vi søge
   VækstMidt Accelerator?" wants a date from the documents. Nor is a question about the amount one may get
   ("hvad er det max jeg kan få i tilskud"), nor one from an asker who is no company ("vi er en forening").
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

import datetime
import re

from app.core.words import NUMBER_WORDS, NUMBER_WORDS_DA, NUMBER_WORDS_EN, SOLE_TRADER
from app.lexical import STOPWORDS, tokenize
from app.normalise import EVERYDAY_ZIPF, Vocabulary, zipf
from app.programmes.catalogue import Programme
from app.programmes.profile import CompanyProfile, find_markets, missing_facts


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _words(numbers: dict[str, int]) -> str:
    return "|".join(sorted(numbers, key=len, reverse=True))


# Spelled as typed: "ansate", "medarbejedere".
_NOUNS_DA = r"(?:fuldtids)?(?:ansat+e?|medarb\w*|mands?|personer|folk|svende|man)"
_NOUNS_EN = r"(?:employees?|staff|people|persons?|workers?)"
_NUMBER = rf"\d{{1,3}}(?:[.,]\d{{3}})+|\d+|{_words(NUMBER_WORDS)}"
# "80 ansatte", "1.200 medarbejdere", "200 employees", "a 12-person start-up", "en 30-mands virksomhed",
# "tolv ansatte", "about 1000 employees", "1 ansat".
_EMPLOYEES = _rx(
    rf"\b(\d{{1,3}}(?:[.,]\d{{3}})+|\d+)\s*(?:-\s*)?(?:{_NOUNS_DA}|{_NOUNS_EN}|person)\b|"
    rf"\b({_words(NUMBER_WORDS_DA)})\s+{_NOUNS_DA}\b|\b({_words(NUMBER_WORDS_EN)})[\s-]+(?:{_NOUNS_EN}|person)\b"
)
# "vi vil ansætte fem personer" counts whom they want to hire, not who they are.
_HIRING = _rx(r"\b(?:ansætte|rekruttere|hyre|hire|hiring|recruit\w*)\s+(?:\w+\s+)?$")


def employee_count(text: str) -> int | None:
    """The company's number of employees as the text states it, or None."""
    for hit in _EMPLOYEES.finditer(text):
        if _HIRING.search(text[: hit.start()]):
            continue
        number = next(group for group in hit.groups() if group).lower()
        return NUMBER_WORDS.get(number) or int(re.sub(r"[.,]", "", number))
    return None


_SOLE_TRADER = _rx(SOLE_TRADER)
_NEW_COMPANY = _rx(
    r"\b(?:(?:nystart|nyetabler)\w*\b(?!\s+(?:virksomheder|firmaer|iværksættere|companies))|iværksætter\w*|start-?ups?|opstartsvirksomhed\w*|"
    r"ny virksomhed|nyt firma|ny(?:ligt)? startet|"
    r"new (?:company|business|firm|venture)|young (?:company|business|firm)|"
    r"newly (?:founded|started|established)|just (?:started|founded)|entrepreneurs?)\b|"
    # "vi startede for tre måneder siden", "startet i år", "founded last year", "started in March"
    r"\b(?:startede|startet|stiftede|stiftet|grundlagde|grundlagt|åbnede|etablerede|founded|started|set up)\b"
    r"[^.?!]{0,40}?\b(?:for (?:\w+ )?(?:uger?|måneder?|et år) siden|i år|sidste år|i fjor|"
    r"this year|last year|last month|(?:\w+ )?(?:weeks?|months?) ago|in (?:january|february|march|april|may|"
    r"june|july|august|september|october|november|december))\b"
)
_ESTABLISHED = _rx(
    r"\b(?:veletableret\w*|etableret virksomhed|established (?:company|business|firm)|well-established)\b"
)
# "grundlagt i 2023", "vi startede firmaet i 2024", "founded our company in 2024", "established 2019".
_FOUNDED = _rx(
    r"\b(?:stiftet|stiftede|grundlagt|grundlagde|etableret|etablerede|startet|startede|"
    r"founded|established|started|set up|launched)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:i\s+|in\s+|tilbage i\s+|back in\s+)?((?:19|20)\d{2})\b|"
    # "vi har drevet VVS-firma siden 1987", "in business since 2001"
    r"\b(?:drevet|haft|eksisteret|været)\b[^.?!]{0,40}?\bsiden\s+((?:19|20)\d{2})\b|\bsince\s+((?:19|20)\d{2})\b"
)
# "vi har eksisteret i 25 år", "been in business for 12 years", "firmaet er 8 år gammelt".
_AGE_IN_YEARS = _rx(
    rf"\b(?:eksisteret|været i gang|været på markedet|drevet virksomhed|in business|existed|been around|operating)"
    rf"\s+(?:i\s+|for\s+)?(?:over\s+|mere end\s+|about\s+|more than\s+)?({_NUMBER})\s+(?:år|years)\b|"
    rf"\b({_NUMBER})\s+(?:år gammel\w*|years old)\b"
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
    r"\b(?:hvilke[tn]?|hvad for(?: et| en| nogle)?)\s+(?:\w+\s+)?(?:program\w*|tilbud\w*|ordning\w*|forløb\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:pass(?:er|e)|egne[rt]?|egnet)\b|"
    r"\b(?:which|what)\s+(?:\w+\s+)?(?:program(?:me)?s?|offers?|schemes?)\s+"
    r"(?:\w+\s+){0,2}?(?:suits?|fits?|suited|right for)\b"
)
# Rule 1, also: help asked of the region, and a company saying what it wants to do. The subject must come
# before the verb ("vi vil", not "hvad vil vi"), so "Hvad vil vi opnå med eksportindsatsen?" stays a fact
# question about the organisation's plans.
_ASKS_FOR_HELP = _rx(
    r"\b(?:kan|vil|kunne) (?:i|du|nogen) (?:\w+ )?(?:hjælpe|gøre for|tilbyde|rådgive)|"
    r"\bhva(?:d)? (?:kan|har) (?:i|du) (?:\w+ )?(?:hjælpe|gøre|tilbyde)|"
    r"\b(?:kan|hva(?:d)? kan|hva(?:d)? har) regionen (?:\w+ )?(?:hjælpe|gøre for|tilbyde) (?:os|mig)\b|"
    r"\bhvem kan hjælpe (?:os|mig)\b|\bhvordan (?:kommer|kan|får|skal) (?:vi|jeg) (?:\w+ )?(?:ind på|i ?gang|ud på)|"
    r"\bhva(?:d)? gør vi\b|\bhvad findes der\b|\bnoget for (?:os|mig)\b|"
    r"\b(?:can|could) you (?:\w+ )?(?:help|assist|support|advise)\b|\bwhat can you (?:\w+ )?(?:do|offer)\b|"
    r"\b(?:anything|something) for (?:us|me)\b|\bany help\b|\bhow (?:do|can|should) (?:we|i) (?:get into|enter|break into|start)\b|"
    r"\bnogen,? der kan (?:\w+ )?(?:hjælpe|rådgive|vejlede|vurdere)|\bhvor (?:starter|begynder) (?:vi|jeg)\b|"
    r"\bhvor skal (?:vi|jeg) (?:starte|begynde)\b|\bwhere (?:do|should) (?:we|i) start\b|"
    r"\bany (?:programmes?|programs?|schemes?|offers?)\b(?=\s*(?:\?|$|for (?:us|me)))"
)
_WANTS = _rx(
    r"(?:\b(?:vi|jeg|we|i|we're|we are|i'm|(?:vores|min|mit|our|my)\s+[\w-]+)\s+(?:\w+\s+){0,3}?"
    r"(?:vil|ønsker|overvejer|planlægger|skal|søger|leder|mangler|want|wants|wanting|plan|planning|would like|need)"
    r"|\b(?:we|i)'d like)\b"
    r"[^.?!]{0,120}?\b(?:eksport\w*|marked\w*|udland\w*|ekspander\w*|udvide|sælge|partner\w*|"
    r"samarbejdspartner\w*|distributør\w*|forhandler\w*|kunder|ansætte|praktik\w*|export\w*|market\w*|abroad|"
    r"expand\w*|grow|sell\w*|partners?|distributors?|customers|hire|interns?)\b|"
    r"\b(?:wanting|looking) to (?:export|sell|expand|enter|grow)\b|"
    r"\blooking for (?:\w+\s+){0,2}?(?:distributors?|partners?|customers|help|support|funding|advice)\b|"
    r"\b(?:vil|want to|wants to)\s+(?:gerne\s+)?(?:ud i verden|ud på|out into the world)"
)

# Rule 2: asking for a fact, or about the documents themselves (figures, budgets, strategies, plans' goals).
_ABOUT_DOCUMENTS = _rx(
    r"\b(?:tal|tallene|budget\w*|strategi\w*|handlingsplan\w*|målsætning\w*|målet|målene|står der|evaluering\w*|"
    r"statisti\w*|figures?|statistics|strategy|action plan|targets?|evaluation|report)\b"
)
# "the startup", "den nystartede virksomhed": any one a rule speaks of, not the asker's own.
_GENERIC_NEW_COMPANY = _rx(r"\b(?:the|this|that|a|den|det|denne|en)\s+(?:start-?ups?|nystartede?\s+\w+|opstartsvirksomhed\w*|"
                           r"new (?:company|business))\b")
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
_HELP_NOUNS_DA = (r"(?:hjælp\w*|støtte\w*|tilskud\w*|rådgivning\w*|sparring|midler|penge|del|adgang|tilbud\w*|"
                  r"ordning\w*|program\w*|vejledning|kontakt|møde\w*|finansiering|lån|kapital|det|den|dem|noget)\b")
_HELP_NOUNS_EN = (r"(?:help|support|funding|grants?|money|advice|access|offers?|schemes?|programmes?|programs?|"
                  r"a meeting|meetings?|finance|loans?|capital|it|them|something|anything)\b")
_NEED = [
    # fits / suits / eligible
    _rx(r"\b(?:pass(?:er|e)|egne[rt]?|egnet|relevant\w*|anbefal\w*|kvalificer\w*|berettige\w*|"
        r"suits?|fits?|right for|eligible|qualif\w*|recommend\w*)\b"),
    # can we use / apply / get help: "få" and "get" only with help as their object, so "kan jeg få
    # boligsikring" (a citizen's question the documents do not cover) is not a company asking for a programme
    _rx(r"\bkan\b[^.?!]*\b(?:bruge|benytte|søge|ansøge|deltage|gøre brug)\b"),
    # Not a share of a grant one has: "kan vi få noget af tilskuddet udbetalt på forhånd" asks how it is paid.
    _rx(r"\bkan\b[^.?!]*\bfå\s+(?!(?:noget|en\s+del|dele|resten|halvdelen|del)\s+af\b)(?:\w+\s+){0,3}?" + _HELP_NOUNS_DA),
    _rx(r"\b(?:can|could)\b[^.?!]*\b(?:use|join|apply|benefit|turn to)\b"),
    _rx(r"\b(?:can|could)\b[^.?!]*\bget\s+(?!(?:some|part|half|all|the\s+rest)\s+of\b)(?:\w+\s+){0,3}?" + _HELP_NOUNS_EN),
    # which programme / what support
    _rx(r"\b(?:hvilke[tn]?|hvad for(?: et| en| nogle)?|which|what)\s+(?:\w+\s+)?"
        r"(?:program\w*|tilbud\w*|ordning\w*|forløb\w*|støtte\w*|hjælp\w*|muligheder|options?|schemes?|support|help|"
        r"funding|grants?|offers?)\b"),
    # is there any programme / help
    _rx(r"\b(?:er der|findes der|is there|are there)\b[^.?!]*\b(?:program\w*|tilbud\w*|ordning\w*|støtte|"
        r"hjælp|support|help|schemes?|funding|grants?)\b"),
    # "har I noget gratis hjælp til sådan en som mig?", "do you have any support for us?"
    _rx(r"\b(?:har i|har du|do you have|have you got)\b[^.?!]*\b(?:program\w*|tilbud\w*|ordning\w*|støtte|hjælp|"
        r"rådgivning|sparring|support|help|advice|schemes?|funding|grants?)\b"),
    # looking for help, support or a partner
    _rx(r"\b(?:vil gerne have|ønsker|mangler|søger|leder efter|har brug for|"
        r"want|wants|need|needs|looking for|seeking|would like)\b[^.?!]*"
        r"(?:\b(?:hjælp|støtte|tilskud|rådgivning|sparring|help|support|advice|funding|grants?|assistance)\b|"
        r"partner)"),
    # wanting to export or enter a market ("vil eksportere", "want to enter"), not any "vil"
    _rx(r"\b(?:vil|ønsker at|planlægger at|overvejer at|want to|wants to|plan to|planning to|would like to)\s+"
        r"(?:gerne\s+)?(?:eksportere|sælge|ekspandere|ind på|export|sell|expand|enter)\b"),
]


_CLAUSE_END = re.compile(r"(?<=[.?!,;])\s+|\s+[–-]\s+")
# "vores eksportstrategi", "our export strategy": the company's own, not the documents'.
_OWN = _rx(r"\b(?:vores|min|mit|mine|our|my)\s+(?:[\w-]+\s+)?[\w-]+")


# Rule 2, also: the amount one may get ("hvad er det max jeg kan få i tilskud", "how much can we get"), which the
# documents state and the catalogue's list of programmes does not; and an asker who is no company ("vi er en
# forening med 40 medlemmer"): the catalogue's programmes are for companies, the documents may have rules for others.
_ASKS_AMOUNT = _rx(r"\b(?:hvor meget|how much|hvad er det (?:max|maks\w*|højeste|største|mindste)|"
                   r"what is the (?:max|maximum|most|highest|lowest|minimum))\b")
_NOT_A_COMPANY = _rx(r"\b(?:vi er|jeg er|vores|we are|we're|our)\s+(?:en\s+|et\s+|an?\s+)?(?:lille\s+|small\s+|local\s+|lokal\w*\s+)?"
                     r"(?:\w*forening\w*|lokalråd\w*|landsbylaug\w*|\w*institution\w*|\w*skole\w*|privatperson|borger|"
                     r"association|club|village council|charity|school|private person|citizen)\b")


def is_programme_question(text: str) -> bool:
    """True for "which programme fits our company?" questions, Danish or English (rules in the module doc)."""
    if _WHICH_PROGRAMME_FITS.search(text):
        return True
    if _ASKS_AMOUNT.search(text) or _NOT_A_COMPANY.search(text):
        return False
    concrete = bool(employee_count(text) is not None or _NEW_COMPANY.search(text) or _FOUNDED.search(text)
                    or _SOLE_TRADER.search(text) or _AGE_IN_YEARS.search(text))
    if not concrete and _ABOUT_DOCUMENTS.search(_OWN.sub(" ", text)):
        return False  # "Kan du hjælpe mig med at finde strategien for 2023?"
    if _ASKS_FOR_HELP.search(text):
        return True  # "hvem kan hjælpe os?" is a request, not a "who" fact question
    # "We'd like a meeting about our export strategy. Which offer is that, and until when does it run?": a
    # clause saying what the company wants, without a fact question in it.
    if any(_WANTS.search(clause) and not _FACTUAL.search(clause) for clause in _CLAUSE_END.split(text)):
        return True
    if _FACTUAL.search(text) and not concrete:
        return False  # "When do we plan to expand the Shanghai office?"
    if _FACTUAL.search(text) and _GENERIC_NEW_COMPANY.search(text) and not _FIRST_PERSON.search(text) \
            and employee_count(text) is None:
        return False  # "how many hours ... put into the startup to be eligible": a rule about any startup
    if _WANTS.search(text):
        return True
    subject = concrete or bool(_FIRST_PERSON.search(text) or _ONE_COMPANY.search(text))
    return subject and any(pattern.search(text) for pattern in _NEED)


# A scheme the question names: "den grønne pulje", "grøn omstillingspuljen", "VækstMidt Accelerator programmet".
# "programme" is "program" + "me"; "certificeringstilskud", "certification grant", "digitaliseringsvoucher" are schemes
_SCHEME_HEADS = ("pulje", "ordning", "fond", "program", "scheme", "fund", "tilskud", "grant", "voucher")
_SCHEME = _rx(rf"(?:\b([^\W\d_]{{3,}})\s+)?\b([^\W\d_]*(?:{'|'.join(_SCHEME_HEADS)})"
              r"(?:n|en|et|er|erne|rne|s|me|mer|merne|met|det|dene)?)\b")
# What one does with a scheme, not its name: "kan vi søge puljen".
_SCHEME_VERBS = frozenset({"søge", "ansøge", "bruge", "benytte", "deltage", "få", "apply", "join", "use", "get", "about"})


# A scheme named by its name alone, after what one does with it or gets from it: "kan vi deltage i Vækstspring
# Vestkyst", "can we apply for the Green Growth Voucher", "hvor meget kan vi få i tilskud fra smagsløft". Case
# matters: a name is capitalised.
_JOINING = (r"\b(?:deltage i|komme med i|være med i|søge om|søge|ansøge om|join|apply for|apply to|take part in|"
            r"participate in|(?:tilskud|støtte|midler|penge) (?:fra|i|under)|(?:grants?|funding|support|money) "
            r"(?:from|under))\s+(?:the |den |det |your |our |jeres |vores )?")
_JOINED_NAME = re.compile(_JOINING + r"((?:[A-ZÆØÅ][\w-]*)(?:\s+[A-ZÆØÅ][\w-]*)*)")
# ... or typed in lower case ("kan vi stadig søge eksportløft"): then a document's title or heading must name it.
_JOINED_WORD = re.compile(_JOINING + r"([^\W\d_]{5,})", re.I)


def _scheme_names(text: str, headed: Vocabulary | None = None) -> list[str]:
    """The words naming a scheme the text speaks of, beyond "puljen" or "the programme": a compound's whole
    ("omstillingspuljen"), the word before the scheme ("grønne" of "den grønne pulje"), and the words of a
    name one joins or applies for ("Vækstspring", "Vestkyst"; in lower case, a word of `headed`, the documents'
    titles and headings, that is no everyday word: not "tilskud")."""
    names = [word for match in _JOINED_NAME.finditer(text) for word in match.group(1).split()]
    if headed is not None:
        names += [word for word in _JOINED_WORD.findall(text)
                  if word not in names and headed.knows(word) and zipf(word.lower()) < EVERYDAY_ZIPF]
    for before, scheme in _SCHEME.findall(text):
        head = next(h for h in _SCHEME_HEADS if h in scheme.lower())
        if scheme.lower().index(head) >= 3:
            names.append(scheme)
        if before and before.lower() not in STOPWORDS and before.lower() not in _SCHEME_VERBS:
            names.append(before)
    return names


def names_unlisted_scheme(text: str, listed: Vocabulary, headed: Vocabulary | None = None) -> bool:
    """Does the text name a scheme that no catalogue programme is (`listed`: the words they are named by)? A
    programme description added to the corpus before the catalogue lists it ("kan vi søge den grønne pulje") is
    asked of the documents, not answered with the catalogue's other programmes; so is a scheme no document names
    ("kan vi søge jeres cykelpulje"), which the documents' answer says they do not mention.
    headed: the words of the documents' titles and headings."""
    names = _scheme_names(text, headed)
    return bool(names) and not all(listed.recognises(name) for name in names)


def profile_from_text(text: str) -> tuple[CompanyProfile, list[str]]:
    """The company profile a question states, and the keys of the facts it leaves out.

    Render the keys with `app.programmes.profile.fact_labels(keys, "da" | "en")`."""
    employees = employee_count(text)
    if employees is None and _SOLE_TRADER.search(text):
        employees = 1
    founded = _FOUNDED.search(text)
    founded_year = int(next(g for g in founded.groups() if g)) if founded else None
    age = _AGE_IN_YEARS.search(text)
    if founded_year is None and age:
        years = (age.group(1) or age.group(2)).lower()
        founded_year = datetime.date.today().year - (NUMBER_WORDS.get(years) or int(re.sub(r"[.,]", "", years)))
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


# --- One named programme: eligibility ("kan vi bruge X?") and details ("hvad koster det?") -------------------

_ELIGIBILITY = _rx(
    r"\b(?:kan|må|kunne)\s+(?:vi|jeg|en\s+(?:\w+\s+)?virksomhed|et\s+(?:\w+\s+)?firma|man)\s+(?:[\w.,]+\s+){0,4}?"
    r"(?:bruge|benytte|søge|ansøge|deltage|få|komme med|være med|gøre brug)\b|"
    r"\ber\s+(?:vi|jeg)\s+(?:\w+\s+)?(?:berettiget|omfattet|kvalificeret|inden for målgruppen|i målgruppen)|"
    r"\bnoget for (?:os|mig)\b|\bpasser\b[^.?!]*\btil (?:os|mig)\b|"
    r"\b(?:falder|er)\s+(?:vi|jeg)\s+(?:\w+\s+)?(?:inden for|indenfor|under|uden for|udenfor)\b|"
    r"\ber\s+(?:vi|jeg)\s+(?:\w+\s+)?for\s+(?:store|små|gamle|nye)\b|"
    r"\bkan\s+(?:[\w.-]+\s+){1,4}?(?:hjælpe|bistå|assistere)\s+(?:os|mig)\b|"
    r"\bkan\s+(?:[\w.-]+\s+){1,4}?(?:bruges|benyttes|søges)\b|\bmuligt for (?:os|mig)\b|"
    r"\bcan\s+(?:[\w.-]+\s+){1,4}?(?:help|assist)\s+(?:us|me)\b|\bcan\s+(?:[\w.-]+\s+){1,4}?be used\b|"
    r"\b(?:is it possible|possible) for (?:us|me)\b|\b(?:are|am) (?:we|i) too (?:big|large|small|old)\b|"
    r"\b(?:can|may|could)\s+(?:we|i|a\s+(?:[\w-]+\s+)?(?:company|business|firm|start-?up))\s+(?:[\w.,]+\s+){0,4}?"
    r"(?:use|join|apply|get|benefit|take part|participate)\b|"
    r"\b(?:are|am)\s+(?:we|i)\s+(?:\w+\s+)?(?:eligible|qualified|covered)\b|\bdo (?:we|i) qualify\b|"
    r"\bfor (?:us|me)\?"
)
# Facts a company asks about one programme, with the words that ask for them.
# "Hvem skal jeg kontakte?", "contact details": about a programme after a programme answer, else the region's.
_WHOM_TO_CONTACT = (
    r"\bhvem\s+(?:skal|kan)\s+(?:jeg|vi)\s+(?:\w+\s+)?(?:kontakte|tale|snakke|ringe|skrive|henvende)|"
    r"\bkontaktperson\w*|\bkontaktoplysninger\b|\bhvordan\s+kontakter\s+(?:jeg|vi|man)\b|"
    r"\bwho\s+(?:do|should|can)\s+(?:we|i)\s+(?:contact|call|talk\s+to|speak\s+to|email)\b|"
    r"\bcontact\s+(?:person|details|information)\b|\bhow\s+(?:do|can)\s+(?:we|i)\s+(?:contact|reach)\b"
)
DETAIL_WORDS: dict[str, re.Pattern[str]] = {
    # Asking forms only: "hvor mange virksomheder har kontaktet EEN?" and "hvornår blev tabellen senest
    # opdateret?" are questions for the documents, not for a programme's contact or deadline.
    "cost": _rx(r"\bhvad\s+(?:koster|kostede|vil\s+\w+\s+koste)\b|\bhvad\s+er\s+prisen\b|\begenbetaling\w*|"
                r"\begenandel\w*|\bgratis\b|\bskal\s+(?:vi|jeg|man)\s+(?:selv\s+)?betale\b|"
                r"\bhow\s+much\s+(?:does|do|is|will)\b[^.?!]*\bcost|\bwhat\s+does\s+\w+(?:\s+\w+)?\s+cost\b|"
                r"\b(?:is\s+it|is\s+\w+)\s+free\b|\bown\s+share\b|\bdo\s+(?:we|i)\s+(?:have\s+to\s+)?pay\b|\bprice\b|\bfees?\b"),
    "how_to_apply": _rx(r"\bhvordan\s+(?:søger|ansøger|tilmelder|kommer\s+med\s+i|deltager)\s+(?:man|vi|jeg)\b|"
                        r"\bhvordan\s+(?:søges|ansøges)\b|\bansøgningsskema\w*|"
                        r"\bhow\s+(?:do|can|should)\s+(?:we|i|you|one)\s+(?:apply|sign\s+up|register|join)\b|"
                        r"\bhow\s+to\s+apply\b"),
    "contact": _rx(_WHOM_TO_CONTACT),
    "deadline": _rx(r"\b(?:ansøgnings)?frist(?:en|er|erne)?\b|\bdeadlines?\b|\bclosing\s+date\b"),
}
# What a programme offers, asked of the programme just discussed ("hvad går det ud på?").
OFFERS_WORDS = _rx(
    r"\bhvad\s+(?:går|gik)\s+(?:det|den|de)\s+ud\s+på\b|\bhvad\s+(?:tilbyder|indeholder|giver)\s+(?:det|den|de)\b|"
    r"\bhvad\s+får\s+(?:man|vi|jeg)\b|\bwhat\s+(?:does|do)\s+(?:it|they)\s+(?:offer|involve|include|give)\b|"
    r"\bwhat\s+is\s+it\s+about\b|\bwhat\s+do\s+(?:we|i)\s+get\b"
)
# A follow-up that points back at the programme just discussed.
_REFERS_BACK = _rx(r"\b(?:det|den|dem|de|programmet|ordningen|tilbuddet|it|this|that|the programme|"
                   r"the program|the scheme|the offer)\b")


def _name_forms(programme: Programme) -> list[str]:
    """The ways a programme is named: its names, its aliases and its name without the parenthesis
    ("KlyngeMidt (netværksprogrammet)" -> "KlyngeMidt")."""
    forms = [programme.name, programme.name_en or "", *programme.aliases]
    forms += [re.sub(r"\s*\(.*\)\s*$", "", form) for form in forms]
    forms += re.findall(r"\(([^)]+)\)", programme.name)  # "(EEN)"
    return [form for form in dict.fromkeys(forms) if form.strip()]


def without_names(text: str, programme: Programme) -> str:
    """`text` without the programme's names: "kan Budapest-kontoret hjælpe os i Spanien?" wants Spain, not
    Hungary, and "Enterprise Europe Network" names no market."""
    for form in sorted(_name_forms(programme), key=len, reverse=True):
        text = re.sub(re.escape(form), " ", text, flags=re.IGNORECASE)
    return text


def named_programme(text: str, programmes: list[Programme]) -> Programme | None:
    """The programme `text` names, by any of its name forms: every word of the form (stemmed, in any order)
    must be in the text. The most specific form wins ("VækstMidt Accelerator" over "VækstMidt")."""
    words = set(tokenize(text))
    best: tuple[int, Programme] | None = None
    for programme in programmes:
        for form in _name_forms(programme):
            needed = set(tokenize(form))
            if needed and needed <= words and (best is None or len(needed) > best[0]):
                best = (len(needed), programme)
    return best[1] if best else None


def mentioned_programme(text: str, programmes: list[Programme]) -> Programme | None:
    """The programme an earlier reply names first (its name as written), for "hvad koster det?"."""
    found: list[tuple[int, Programme]] = []
    lowered = text.casefold()
    for programme in programmes:
        positions = [lowered.find(name.casefold()) for name in (programme.name, programme.name_en or "") if name]
        positions = [p for p in positions if p >= 0]
        if positions:
            found.append((min(positions), programme))
    return min(found, key=lambda item: item[0])[1] if found else None


def is_eligibility_question(text: str) -> bool:
    """ "Kan vi bruge X?", "Er vi berettiget til X?", "Can we join X?" (X is found by named_programme)."""
    # "Hvornår kan vi søge X?" wants a date and "Hvor meget kan man få fra X?" an amount, not yes or no.
    return bool(_ELIGIBILITY.search(text)) and not _WHICH_PROGRAMME_FITS.search(text) and not _FACTUAL.search(text)


def asked_detail(text: str, follow_up: bool = False) -> str | None:
    """The programme fact a question asks for (cost, how_to_apply, contact, deadline; in a follow-up also
    offers), or None."""
    for fact, pattern in DETAIL_WORDS.items():
        if pattern.search(text):
            return fact
    return "offers" if follow_up and OFFERS_WORDS.search(text) else None


# Asking for a person, not for a programme's facts: "hvem kan jeg tale med?", "can I talk to a person?".
_CONTACT_REQUEST = _rx(
    _WHOM_TO_CONTACT
    + r"|\b(?:tale|snakke)\s+med\s+(?:en|et)\s+(?:rigtig\s+)?(?:person|menneske|medarbejder|konsulent|rådgiver)"
    + r"|\b(?:talk|speak)\s+to\s+(?:a|an|someone|somebody)\b"
)


def is_contact_request(text: str) -> bool:
    return bool(_CONTACT_REQUEST.search(text))


def refers_back(text: str) -> bool:
    return bool(_REFERS_BACK.search(text))


# --- The factual parts of a question that also asks for programmes ----------------------------------------

_PART_BOUNDARY = _rx(
    r"(?:\?\s*|[,–-]\s*(?:og\s+|and\s+)?|\s+(?:og|samt|and)\s+)"
    r"(?=(?:hvor|hvad|hvem|hvilke[nt]?|hvordan|hvornår|hvorfor|indtil hvornår|siden hvornår|er der|findes der|"
    r"what|when|where|who|which|how|why|until when|since when|is there|are there)\b)"
)
_FACT_PART = _rx(r"^(?:hvor|hvad|hvem|hvilke[nt]?|hvornår|indtil hvornår|siden hvornår|er der|what|when|where|who|"
                 r"which|how|until when|since when|is there|are there)\b")


def fact_parts(text: str) -> list[str]:
    """The parts of a programme question that ask the documents for a fact: "Vi er 40 ansatte og vil til
    Kina – hvilket program passer, og hvornår åbnede kontoret?" -> ["hvornår åbnede kontoret"]."""
    pieces = [piece.strip(" ,.?!–-") for piece in _PART_BOUNDARY.split(text)]
    if len(pieces) < 2:
        return []
    return [piece for piece in pieces[1:]
            if _FACT_PART.search(piece) and len(piece.split()) >= 3 and not is_programme_question(piece)
            and not _FIRST_PERSON.search(piece)  # "hvilke lande vi skal gå efter" asks for advice, not a fact
            and not _ASKS_FOR_HELP.search(piece) and not any(pattern.search(piece) for pattern in _NEED)]
