"""Answer or abstain: one decision from several signals, each shown to staff by `raadgiver ask --explain`.

- relevance: the best dense cosine of all candidates, plus a share of how much of the question the corpus
  knows (`known`, after normalisation; everyday words weigh little) and how much of it the chosen passage
  holds (`coverage`). The sum must reach the bar of the question's language (English questions against
  Danish passages score lower). Weights and bars are settings, calibrated by `benchmarks/calibrate_abstention.py`.
- answer type: a "how many" question needs a figure that counts the asked thing, a "when" question a date
  of the asked event, a phone-number question a phone number.
- document support (question and quote in one language): the best quote must share a word with the
  question, and the quoted document must know enough of the question's words; both are judged on that
  document only, so a near passage of an unrelated document ("Hvem er borgmester i Aarhus?" -> a
  rain-water plan) is declined.
- meaning of the quote (question and quote in different languages, so words cannot be compared): the best
  quote itself must be close to the question, not only its passage; "what's a good recipe for smørrebrød"
  is nearest to a Danish passage, but to none of its sentences. A quote that holds the kind of answer asked
  for, a count of the asked thing, a date of the asked event ("When does the Trade Council project end?"
  -> "Eksportrådsprojektet ... udløber 1. august 2011") or the asked post's holder, needs no more.
- agreement: a year or a name the question asks about ("i 2010", "Region Syddanmark", "ExportMidt")
  must occur in the evidence; otherwise the answer says what the documents do not give. A place the quoted
  document writes as a name, asked in lower case in an English question ("hotel near aarhus station"), must
  occur in the best quote's passage or the quotes of its document, not only in a runner-up of another
  document or a web address ("aarhus.dk/hoeringer").
- word weights: rare words weigh most, by a fixed frequency list of general language, never by what else is
  indexed. An English question's words weigh by English and Danish frequency: "time" and "open" are everyday
  English, "Aarhus" everyday Danish, so "how do i apply for a CPR number" is not known to a route guide that
  knows "apply" and "number".
"""
from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import asdict, dataclass, field, replace

from wordfreq import zipf_frequency

from app.calendar_dates import DocumentDates, asked_times_of_year, dates_in, holds, in_time_of_year
from app.core.config import Settings
from app.core.contact_details import PERSON_NAME
from app.core.words import DANISH_COUNTRIES
from app.glossary import english_danish
from app.lexical import STOPWORDS, content_words, stem, tokenize, unit_spellings
from app.normalise import (EVERYDAY_ZIPF, MIN_COMPOUND, MIN_PART, Vocabulary, commonness_weight, fold_all_danish_letters,
                           inflection_bases, typed_alike, words_of, zipf)
from app.question import (ACCORDING_TO, ACCOUNT, ANY_HOLDER, CALLING_VERBS, POST_DA, POST_EN, TYPED_ANSWERS, Question,
                          asks_calling_hours, asks_opening_hours, contact_of, dates_asked, opening_hours_of, role_body_of, role_post_of)
from app.synonyms import synonyms_asked
from app.quotes import (ASKS_WHICH, Selection, asked_word, asked_word_as_typed, asks_for_an_offer, dated_by_time_of_year,
                        rounds_not_named, states_a_change, unit_context, years_named, years_of_the_answer)

_WORD = re.compile(r"[^\W\d_][\w-]*", re.UNICODE)
# A place named with "region"/"kommune" ("region syddanmark", "Aarhus Kommune") is a name even in lower case.
_PLACES = (
    # "region syddanmark"; a municipality's name comes before "kommune" ("ærø kommune tiltænkt" names no "Tiltænkt")
    re.compile(r"\b(?:region|county)\s+([^\W\d_]+)", re.I),
    re.compile(r"\b([^\W\d_]+)\s+(?=(?:kommune|region)\b)", re.I),
)
_PLACE_PHRASE = re.compile(r"\b(region|kommune)\s+$", re.I)
_AT_A_PLACE = re.compile(r"\b(?:på|paa|at|in|i|ved|hos|til|to)\s+([^\W\d_]{5,})\b", re.I)
UNKNOWN_ZIPF = 1.0  # a word neither Danish nor English knows
# A version after a name ("Eksport Vestkyst 2.0"): Danish writes decimals with a comma and thousands with three
# digits after a point, so "2.0" there is part of the name, not a figure (unless a unit follows: "2.5 %").
_VERSIONED = re.compile(r"((?:\b[A-ZÆØÅ][^\W\d_]*[\s-]+)+)(\d{1,2}\.\d{1,2})(?![\d.,]|\s*(?:%|pct|procent|mio|mia|kr|"
                        r"million|billion|percent))")
# Everyday words are not names, even after "region" ("region midt"); Danish region names are rarer (<= 4.8).
MAX_NAME_ZIPF = 4.9
# "fra 2024 til 2026", "between the 2024 rules and the new 2026 ones": two years compared.
_COMPARED_YEARS = re.compile(r"\b(?:fra|mellem|between|from|since|siden)\s+(?:(?:the|de|det|den)\s+)?((?:19|20)\d{2})\b"
                             r"[^?.!]{0,40}?\b(?:til|og|and|to)\s+(?:(?:the|de|det|den)\s+)?(?:(?:new|nye)\s+)?((?:19|20)\d{2})\b",
                             re.I)
_YEAR_PAIR = re.compile(r"\b((?:19|20)\d{2})\s*/\s*((?:19|20)\d{2})\b")
_CURRENCIES = {"dkk", "eur", "usd", "gbp", "nok", "sek"}
TOPIC_WEIGHT = 0.6  # a word rarer than this in general Danish names the question's topic ("fællesstand", not "ekstra")
FOCUS_WEIGHT = 2.0  # an unknown word a "hvad er X" question asks about, in the share of the question the documents know
# Below this a word is rare in the language (fewer than one in a million words): "horsens" and "aarhus" in
# English, "rørdal" in Danish; everyday English words are above 3.5, so a capitalised "Saturday" is no name.
NOT_A_WORD_ZIPF = 3.0


@dataclass
class Decision:
    answer: bool
    reason: str  # "answered", "off_topic", "missing", "not_available", "wrong_type"
    signals: dict[str, float]
    thresholds: dict[str, float]
    missing: list[str] = field(default_factory=list)  # years and names the evidence does not contain
    explanation: str = ""
    rewrites: list[list[str]] = field(default_factory=list)  # [as typed, as searched]: typos, ae/oe/aa, compounds
    # Of `missing`, the names the quoted documents do mention, only not in the best quote: the reply must not
    # say that the documents never mention them.
    mentioned_elsewhere: list[str] = field(default_factory=list)
    # When the quoted documents know too little of the question: its rare words they do not know.
    unknown: list[str] = field(default_factory=list)

    def missing_by_kind(self) -> tuple[list[str], list[str]]:
        """`missing` as (what the quoted documents never mention, what they mention only away from the answer)."""
        elsewhere = set(self.mentioned_elsewhere)
        return [m for m in self.missing if m not in elsewhere], [m for m in self.missing if m in elsewhere]

    def to_dict(self) -> dict:
        return asdict(self)


# The asker's own company and plans ("vi er 7 ansatte i et lille snedkerfirma", "Vores virksomhed har 35 ansatte og
# ønsker at udvikle en webshop") are no thing asked about.
# Up to the question that follows it, after a dash or a question word: "... styr på lageret - hvilket tilbud skal vi kigge på?".
# Or the company asked for, opening the question: "En produktionsvirksomhed med 15 ansatte ønsker at eksportere.",
# "murerfirma i herning, 12 ansatte, har lige ansat en lærling". And what the asker is not: "selv om vi ikke er byggefirma".
# In English what the asker is or runs: "we are a german owned company in herning", "our company is a bakery in Skive".
# And where the asker lives, when they started, and what they or someone they know got: "jeg bor i aarhus kommune men
# vil starte en webshop", "jeg startede mit firma for ca 2 aar siden (enkeltmandsvirksomhed)", "min kammerat fik 4
# procent for et par år siden".
_SELF_DESCRIPTION = re.compile(r"\b(?:vi|jeg|(?:vores|min|mit)\s+[^\W\d_]+)\s+(?:ikke\s+)?(?:er|har|driver|ejer|arbejder|ønsker|"
                               r"vil|overvejer|planlægger|bor|fik|havde|betalte|startede|stiftede|åbnede|omsatte|omsætter)\b(?:(?!\s-\s|\s(?:hvilke[nt]?|hvad|hvem|hvor\w*|hvordan)\b)[^,.;:?!–])*"
                               r"|\b(?:we|(?:our|my)\s+[^\W\d_]+)(?:\s+|'re\s+)(?:are\s+|is\s+|run\s+|own\s+|operate\s+)?"
                               r"(?<=\s)(?:an?|the)\s(?:(?!\s-\s|\s(?:which|what|who|where|how|when|can|could)\b)[^,.;:?!–])*"
                               # "det er kun mig og en deltidsansat", "it's just me and a part-timer": who the company is
                               r"|\b(?:det|der|it|there)(?:\s+er|\s+is|'s)\s+(?:kun|bare|blot|just|only)\s+(?:mig|os|me|us)\b"
                               r"(?:(?!\s-\s|\s(?:hvilke[nt]?|hvad|hvem|hvor\w*|hvordan|can|could|which|what)\b)[^,.;:?!–])*"
                               r"|^\W*(?:(?:en|et)\s+)?(?:[^\W\d_]+\s+)?[^\W\d_]*(?:virksomhed|firma|forretning|butik|værksted)\s+"
                               r"(?:med|på|i|fra|som|der|ønsker|vil|har|overvejer|planlægger)\b[^.;:?!–]*", re.I)


# Examples the asker gives ("kan landbrug søge puljen? fx til en ny traktor eller stald"): what a rule covers may be
# said in its own words ("driftsbygninger"), so the documents need not write them.
_EXAMPLES = re.compile(r"\b(?:fx|f\.\s?eks\.?|feks|for eksempel|eksempelvis|e\.g\.|for example|for instance|such as)\s[^.?!;]*",
                       re.I)


# Asked whom to call, what the matter is for is the asker's own: "hvem skal jeg ringe til om en miljøgodkendelse til
# vores nye produktionshal" asks for the one handling permits, whatever they are for.
_FOR_THE_ASKERS_OWN = re.compile(r"\b(?:til|for|i|på|ved|to|at|on)\s+(?:vores|vor|min|mit|mine|our|my)\s+"
                                 r"(?:(?:nye|gamle|egen|egne|new|old|own)\s+)?[^\W\d_]+", re.I)


def asked_text(q: Question) -> str:
    """The question without what the asker tells of their own company and without the examples it gives."""
    text = _EXAMPLES.sub(" ", _SELF_DESCRIPTION.sub(" ", q.normalised or q.text))
    if q.answer_type == "contact" or q.answer_type == "who" and ANY_HOLDER.search(text):
        text = _FOR_THE_ASKERS_OWN.sub(" ", text)
    return text


_TIME_OF_DAY = re.compile(r"\b(?:formiddag|eftermiddag|morgen|aften|frokost|middag)(?:en|s)?\b|"
                         r"\b(?:morning|afternoon|evening|lunchtime|noon)s?\b", re.I)


def _without_words(q: Question, words: list[str]) -> Question:
    """`q` as if it did not write `words`."""
    if not words:
        return q
    return replace(q, normalised=re.sub(rf"\b(?:{'|'.join(map(re.escape, words))})\b", " ", q.normalised or q.text))


def known_fraction(q: Question, vocabulary: Vocabulary) -> float:
    """Share of the question's content words (weighted by how rare they are in general Danish, and for an
    English question in general English too) that the documents know, after normalisation. "egentlig" weighs
    0.26, "syddanmark" 0.58, "telefonnummeret" 1.
    What the asker says of their own company ("vi er en produktionsvirksomhed med 45 ansatte og overvejer robotter
    til pakning") is no thing the documents must know; nor need they lack it ("vi er en virksomhed med 300 ansatte –
    kan vi overhovedet være med": what the documents know of it is most of the question)."""
    text = q.normalised or q.text
    return max(_known_share(q, text, vocabulary), _known_share(q, _SELF_DESCRIPTION.sub(" ", text), vocabulary),
               _known_share(q, _SELF_DESCRIPTION.sub(_what_follows_the_first_clause, text), vocabulary))


def _what_follows_the_first_clause(told: re.Match) -> str:
    """Of what the asker tells, what follows "og" or "men": "jeg er pensioneret direktør og kunne godt tænke mig at
    være mentor hos jer" tells who they are, then what they ask about."""
    after = re.search(r"\s(?:og|men)\s", told.group(0))
    return " " + (told.group(0)[after.end():] if after else "")


def unknown_words(q: Question, vocabulary: Vocabulary) -> list[str]:
    """The question's rare content words the documents of `vocabulary` do not know ("fællesstand" of a question
    answered from a mentor programme's price): what the documents that answer it must write."""
    text = q.normalised or q.text
    words, weights, known = _weighed_words(q, _SELF_DESCRIPTION.sub(" ", text), vocabulary)
    return list(dict.fromkeys(w for w, weight, k in zip(words, weights, known) if not k and weight >= TOPIC_WEIGHT))


def _known_share(q: Question, text: str, vocabulary: Vocabulary) -> float:
    words, weights, known = _weighed_words(q, text, vocabulary)
    if not words:
        return 1.0
    return sum(w for w, k in zip(weights, known) if k) / sum(weights)


# Words of talk, not of the topic: "ok, hvor ligger i egentlig" asks where they are.
_FILLERS = frozenset({"ok", "okay", "egentlig", "egentligt", "altså", "hej", "hey", "hi", "hello", "tak", "thanks",
                      "please", "pls", "plz"})


def _weighed_words(q: Question, text: str, vocabulary: Vocabulary) -> tuple[list[str], list[float], list[bool]]:
    """The content words of `text`, how much each says about the question's topic, and whether the documents
    know it."""
    words = [w.lower() for w in _WORD.findall(text)]
    # "Shanghai-projektet" is known when its pieces are.
    words = [piece for w in words for piece in w.split("-") if piece not in STOPWORDS and piece not in _FILLERS and len(piece) > 1]
    # "hvornår kan man ringe": "Telefontid" answers the verb; "hvem skal jeg ringe til": a name and a number do.
    if asks_calling_hours(q.normalised or q.text) or q.answer_type == "contact":
        words = [w for w in words if w not in CALLING_VERBS]
    # An English question is read against Danish documents: a word everyday in either language says little
    # ("aarhus" is as common in Danish as "weather" in English).
    weights = [min(commonness_weight(w), commonness_weight(w, "en")) if q.language == "en" else commonness_weight(w)
               for w in words]
    # "medlemmer" is known where a table counts "Medlemsvirksomheder": its stem is the first part of their compound.
    # "helårsjob" is known where the documents count "helårsstillinger": a synonym, as a compound's head too.
    known = [_known_part(w, vocabulary) or _joined_from_known_parts(w, q, vocabulary) or _named_by_a_synonym(w, vocabulary)
             for w in words]
    # "hvad er ledigheden i regionen": the word asked about, unknown, weighs double; knowing "regionen" is not
    # knowing it. Known, it weighs as usual: "reglerne" of "hvad er reglerne for hundeluftning" says little.
    focus = asked_word(q)
    weights = [weight * (FOCUS_WEIGHT if tokenize(w) == [focus] and not k else 1.0)
               for w, weight, k in zip(words, weights, known)]
    return words, weights, known


def _known_part(word: str, vocabulary: Vocabulary) -> bool:
    # "lukket" is known where "LUKKEDAGE" heads a list: the verb ("lukke") begins the compound.
    return vocabulary.recognises(word) or vocabulary.holds_as_part(word) or vocabulary.starts_a_compound(stem(word)) \
        or (word.endswith("et") and vocabulary.starts_a_compound(word[:-1]))


def _joined_from_known_parts(word: str, q: Question, vocabulary: Vocabulary) -> bool:
    """A compound searched for words the asker wrote apart, each of which the documents know: "cyber kurset", searched
    as "cyberkurset", of a calendar of courses in "Cybersikkerhed"."""
    return any(searched.lower() == word and " " in typed and all(_known_part(part, vocabulary) for part in typed.split())
               for typed, searched in q.rewrites)


# A person's name: two to four capitalised words ("Mette Kjærsgaard", "Birgitte Skovsgaard Thomsen").
_PERSON = re.compile(r"\b[A-ZÆØÅ][a-zæøåéü]+(?:[ -][A-ZÆØÅ][a-zæøåéü]+){1,3}\b")
# ... after the post they hold ("formand Birgitte Skovsgaard Thomsens"): a person, not a body ("Væksthus Midtjylland").
_PERSON_WITH_POST = re.compile(rf"\b(?i:{POST_DA}|{POST_EN})\s+({_PERSON.pattern})")


def _people_named(text: str) -> list[str]:
    """The people a question names after their post, without a genitive s: "Birgitte Skovsgaard Thomsen"."""
    names = [m.group(1) for m in _PERSON_WITH_POST.finditer(text)]
    return [name[:-1] if name.endswith("s") else name for name in names]


_GLOSS = re.compile(r"\(\s*([^\W\d_]{3,})\s*\)")


def asked_names(q: Question, vocabulary: Vocabulary) -> list[str]:
    """Names in the question the corpus never mentions: a capitalised word inside a sentence, or a word
    after "region"/"kommune", that is neither a corpus word nor an everyday word. Not in what the asker tells of their
    own company (see named_in_documents)."""
    text = asked_text(q)
    names = [m for pattern in _PLACES for m in pattern.findall(text)]
    for sentence in re.split(r"(?<!\bSt)(?<!\bSkt)(?<!\bSct)[.?!]\s+", text):  # "St. Petersborg" is one name
        words = _WORD.findall(sentence)
        # An acronym is a name anywhere ("What is the EAN number", "CPR"), a currency ("DKK") aside; other words in
        # capitals are shouted.
        names += [w for w in words[1:] if w[0].isupper() and not w.isupper()] \
            + [w for w in words if w.isupper() and 2 <= len(w) <= 5 and w.lower() not in _CURRENCIES]
        # A country in lower case ("fra polen"), of a Danish question: an English one names it in English.
        names += [w for w in words if q.language == "da" and w.lower() in DANISH_COUNTRIES]
        # A word in brackets is what the asker calls the thing: "the tourist tax (kurtaxe)".
        names += _GLOSS.findall(sentence)
        # A word in lower case that no dictionary knows, where a place or an event is named ("på formex", "at
        # heimtextil"): the fair it names, unless a compound of known words ("kursus i ansøgningsskrivning") or a word
        # with a Danish ending ("i laben": the lab).
        names += [w for w in _AT_A_PLACE.findall(sentence) if w.islower() and not _plain_compound(w, vocabulary)
                  and all(zipf_frequency(form, language) < UNKNOWN_ZIPF for form in (w, stem(w)) for language in ("da", "en"))]
    unknown = []
    for name in dict.fromkeys(names):
        pieces = [p for p in name.split("-") if p]  # "VækstMidt-programmet", "Shanghai-projektet"
        if all(vocabulary.recognises(p) for p in pieces):
            continue
        lower = name.lower()
        # Everyday words are not names ("region midt"), nor English words in an English question ("Danish"); a
        # country is.
        country = lower in DANISH_COUNTRIES and q.language == "da"
        if not country and (lower in STOPWORDS or zipf_frequency(lower, "da") >= MAX_NAME_ZIPF
                            or zipf_frequency(lower, "en") >= 3.0):
            continue
        display = name[0].upper() + name[1:]
        before = _PLACE_PHRASE.search(text[: text.lower().find(lower)])
        unknown.append(f"{before.group(1).capitalize()} {display}" if before else display)
    return unknown


_STATE_OF = re.compile(r"skab(?:et|er|erne|ets)?$")


def _known_word(word: str, language: str, vocabulary: Vocabulary, everyday: float = EVERYDAY_ZIPF) -> bool:
    """A word at least `everyday` common, or one the documents know. A compound's first part written apart keeps
    its linking s ("minimums projekt budget", "rådgivnings forløb"): the word without it counts. A compound
    joined by a hyphen ("fitness-månedskort") is known when its parts are."""
    if "-" in word.strip("-"):
        return all(_known_word(part, language, vocabulary, everyday) for part in word.split("-") if part)
    forms = [word, word[:-1]] if language == "da" and word.endswith("s") and len(word) > 4 else [word]
    # "medlemskab" is being a "medlem": the documents write "Associeret medlem", "Nye medlemmer".
    forms += [stem for stem in [_STATE_OF.sub("", word)] if language == "da" and stem != word and len(stem) >= MIN_PART]
    return any(zipf(form, language) >= everyday or vocabulary.recognises(form) or vocabulary.holds_as_part(form)
               for form in forms)


# A price is of a thing named, everyday or not ("park" 5.2, "car" 5.5): only a word as common as "lige" (6.3) or
# "os" (6.0) is no thing ("hvad koster det lige at komme i svømmehallen").
PRICED_EVERYDAY_ZIPF = 5.9
_PRICE_WORD = re.compile(r"\b(?:koste[rt]?|kostede|pris(?:en)?|costs?|price)\b", re.I)


# A programme, pool or course named after its kind: "forløbet Digital Fødevarevirksomhed", "puljen Grøn Start".
_KIND_NAMED = re.compile(r"\b(?:forløbet|programmet|puljen|projektet|kurset|netværket|ordningen|initiativet|"
                         r"konferencen|uddannelsen)\s+([A-ZÆØÅ][^\W\d_]*(?:\s+[A-ZÆØÅ][^\W\d_]*){1,3})")


def kind_named(q: Question) -> list[str]:
    """Names of two or more words the question gives after their kind ("forløbet Digital Fødevarevirksomhed"):
    each word may be one the documents know ("digital", "fødevarevirksomhed"), so the evidence must give the
    name whole, or it speaks of another programme."""
    return _KIND_NAMED.findall(q.normalised or q.text) if q.language == "da" else []


# Two or more capitalised words inside a sentence: one name ("Aarhus Universitet", "Novo Nordisk").
_NAME_PHRASE = re.compile(r"(?<=[^\W\d_][\s,:;–-])[A-ZÆØÅ][^\W\d_]+(?:\s+[A-ZÆØÅ][^\W\d_]+)+")


def unknown_phrase_names(q: Question, vocabulary: Vocabulary) -> list[str]:
    """Names of two or more words with a word the quoted documents never write ("Aarhus Universitet" beside
    "Aalborg Universitet"). However common that word is ("aarhus" is as common as a word in Danish), in such a name
    it names something else. A name's words must be written as they are, in any inflection, not pieced together
    from other words as a compound may be (the 2010 evaluation's "Via University College" is no "Universitet"). An
    everyday English word of an English question is translated, not unknown."""
    def unknown(word: str) -> bool:
        lower = word.lower()
        return not vocabulary.knows(lower) and lower not in STOPWORDS \
            and not (q.language == "en" and zipf_frequency(lower, "en") >= 3.0)
    return [name for name in dict.fromkeys(_NAME_PHRASE.findall(q.normalised or q.text)) if any(map(unknown, name.split()))]


def versioned_names(q: Question) -> list[str]:
    """Names the question gives with a version ("Eksport Vestkyst 2.0"): the evidence must give the version too,
    or it speaks of the first one."""
    return [f"{name.strip()} {version}" for name, version in _VERSIONED.findall(q.normalised or q.text)]


def named_in_documents(q: Question, vocabulary: Vocabulary) -> list[str]:
    """Words of the question, in any case ("hotel near aarhus station"), that the quoted documents write only
    as names ("Aarhus") and that are no words of the question's language: a place or body, which the evidence
    must then name too. In Danish "Aarhus" is as common as a word, so this finds rarer names there. Not the place the
    asker tells of their own company ("vi har 70 ansatte i vores produktion i Hjortkær"): the rule asked about answers."""
    words = dict.fromkeys(w.lower() for w in _WORD.findall(asked_text(q)))
    return [w[0].upper() + w[1:] for w in words
            if w in vocabulary.names and w not in STOPWORDS and zipf_frequency(w, q.language) < NOT_A_WORD_ZIPF]


# A long compound general Danish never writes and the documents neither write nor make from their words
# ("landdistriktsprogram" of "EU's landdistriktsprogram"): a thing of its own, which the documents do not have.
# Capitalised, it is a name (asked_names), which the quoted passage may give.
MIN_COINED = 12
COINED_ZIPF = 1.0


# Nor a compound of an everyday first word and a word ("pengepræmien": the prize in money, which "Prisen består af et
# diplom og 25.000 kr." gives), or of a common first word and a word of the documents ("forårsrunden" of a document's
# "runde"), or of a word of the documents and an everyday word ("spørgeskemaundersøgelsen" of an evaluation's
# "spørgeskema"): it says in other words what a document may say.
EVERYDAY_MODIFIER_ZIPF = 5.0
COMMON_MODIFIER_ZIPF = 4.0
HEAD_ZIPF = 3.0
EVERYDAY_HEAD_ZIPF = 4.0
# A verb general Danish knows ("parkere"): its "-ing" noun is a derivation, whatever words its letters hold.
DERIVED_VERB_ZIPF = 2.5


def _plain_compound(word: str, vocabulary: Vocabulary) -> bool:
    if word.endswith("ing") and zipf(word[:-3] + "e") >= DERIVED_VERB_ZIPF:
        return False  # "parkering" is "parkere" + "-ing", no "parke" + "ring"; "forsikring" no "for" + "sikring"
    # "nyuddannet", "nyansat": "ny" is the one first word this short.
    for cut in range(2 if word.startswith("ny") else 3, len(word) - 2):
        first = word[:cut]  # with its linking letter: "forårs-runden"
        modifier = max(zipf(first), zipf(first[:-1]) if first[-1] in "se" else 0.0)
        heads = inflection_bases(word[cut:])
        if modifier >= EVERYDAY_MODIFIER_ZIPF and any(zipf(form) >= HEAD_ZIPF for form in heads):
            return True
        if modifier >= COMMON_MODIFIER_ZIPF and any(vocabulary.knows(form) for form in [*heads, *_verb_of(word[cut:])]):
            return True
        # The documents know the first part, alone or as the first part of their own compounds: "prototype" of
        # "Prototypestøtten" makes "prototypeansøgning" an application for it.
        if cut >= MIN_PART and (vocabulary.knows(first) or (first[-1] in "se" and vocabulary.knows(first[:-1]))
                                or vocabulary.starts_a_compound(first)) \
                and any(zipf(form) >= EVERYDAY_HEAD_ZIPF for form in heads):
            return True
    return False


_ACTION_NOUN = re.compile(r"^([^\W\d_]{4,}?)n?ing(?:en|er|erne)?$")  # "skrivning" of "skrive", "bestilling" of "bestille"


def _verb_of(noun: str) -> list[str]:
    """The verb an action noun is made of, as its stem: "skrivning" -> ["skriv"]; none for other words."""
    action = _ACTION_NOUN.match(noun)
    return [action.group(1)] if action else []


def coined_compounds(q: Question, vocabulary: Vocabulary) -> list[str]:
    """The Danish question's long compounds that neither general Danish nor the documents know (see above)."""
    if q.language != "da":
        return []

    def coined(word: str) -> bool:
        thing = _of_the_asked_kind(word)  # "tilmeldingsfristen": a date of "tilmelding"
        if thing != word and _ANSWER_KIND.match(thing):
            return False  # "mailadressen", "telefonnummeret": a kind of answer of a kind of answer, which is a value
        return not _plain_compound(word, vocabulary) and not any(
            _known_word(form, "da", vocabulary, COINED_ZIPF) for form in inflection_bases(word)) and (
            thing == word or not _known_word(thing, "da", vocabulary, COINED_ZIPF))

    text = asked_text(q)
    # "pengepraemien" typed on a foreign keyboard is "pengepræmien" (not folded when no document writes it).
    return [word for word in dict.fromkeys(_WORD.findall(text))
            if len(word) >= MIN_COINED and word.islower() and coined(word) and coined(fold_all_danish_letters(word))]


# A word general Danish knows but seldom uses ("parkering" 3.8, "jurist" 3.6, "polsk" 3.7) names a thing of its own:
# documents that never write it (in any inflection, compound, spelling or derivation: "analyseret" of "analyse") do
# not speak of it, whatever else they say about the event or the office ("Er der gratis parkering ved
# Automatiseringsdagen"). A commoner word may be said in other words ("hvor længe" for a duration); one general Danish
# does not know is a name or a typo, which asked_names and the normaliser judge.
SPECIFIC_ZIPF = (1.0, 4.0)
MIN_SPECIFIC = 5
KEPT_LETTERS = 3  # a derivation keeps all but the last few letters: "besvarede" of "besvarelser", "trykt" of "trykkes"
MIN_KEPT = 4
# Not a word naming the kind of answer asked for, which the answer gives as a value: "procentdel" ("40 %"), "sidste
# frist" ("Senest 24. oktober"), "kontaktperson" (a name and a number). Nor the document a question goes by ("ifølge
# evalueringen"): a title may name it (app/conflict.py).
_ANSWER_KIND = re.compile(r"procent|andel|beløb|antal|pris|sats|frist|dato|deadline|periode|tidspunkt|adresse|telefon|"
                          r"nummer|mail|kontakt|maksim|minim", re.I)  # "det maksimale tilskud": "maks. 75.000 kr."

# "tilmeldingsfristen": the deadline of a registration, which a document gives as "Tilmelding skal ske senest 1. juni".
_KIND_HEAD = re.compile(r"([^\W\d_]{4,}?)s?(?:frist|dato|pris|sats|beløb|antal|adresse|nummer|tidspunkt|periode|deadline|procent|"
                        r"andel|loft|grænsen?)"
                        r"(?:en|et|er|erne|ene|n|s)?", re.I)


def _of_the_asked_kind(word: str) -> str:
    """A compound naming the kind of answer asked for by its head (see _ANSWER_KIND): the thing it is of, its first
    part ("tilmelding" of "tilmeldingsfristen"); any other word as it is. Not a price per unit: "timeprisen" is a
    price the documents must give per hour."""
    match = _KIND_HEAD.fullmatch(word)
    return match.group(1) if match and match.group(1).lower().removesuffix("s") not in _PER_UNIT else word


_PER_UNIT = frozenset({"time", "dag", "døgn", "uge", "måned", "år", "kilo", "liter", "styk", "stk", "person", "kvadratmeter"})


_AFTER_SUBJECT_OR_MODAL = re.compile(r"\b(?:at|vi|jeg|man|du|kan|kunne|skal|skulle|vil|ville|må|måtte|bør)\s+(?=([^\W\d_]+))",
                                     re.I)


# The document the asker read, by what it says: "i den engelske opsummering står der", "den tyske udgave siger".
_READ_IN = re.compile(r"\b(?:den|det|the)\s+(?:[^\W\d_]+\s+)?([^\W\d_]+)\s+(?:står|skriver|siger|says|writes)\b", re.I)


VERB_ZIPF = 3.0  # an infinitive general Danish uses: "spare", "købe"


_PARTICIPLE = re.compile(r"\b(?:blev|bliver|blevet|har|havde)\s+(?:der|det|de|vi|man)\s+([^\W\d_]+t)\b"
                         r"|\b(?:blev|blevet|har|havde)\s+([^\W\d_]+et)\b"
                         # "før det blev omdøbt": a participle in -t, which documents say in their own words too
                         r"|\b(?:blev|blevet)\s+([^\W\d_]{4,}t)\b", re.I)


_CARRIED = re.compile(r"\(([^()]*)\)\W*$")


def _participle_of_a_verb(word: str) -> bool:
    """"handlet" of "handle", "stillet" of "stille"."""
    return word.endswith("et") and zipf(word[:-2] + "e") >= VERB_ZIPF


def _past_of_a_verb(word: str) -> bool:
    """"sparede" of "spare", "købte" of "købe": a verb's past, its infinitive a word of general Danish."""
    return (word.endswith("ede") and zipf(word[:-2]) >= VERB_ZIPF) or (
        word.endswith("te") and not word.endswith("ete") and zipf(word[:-2] + "e") >= VERB_ZIPF)


_ASKS_MEMBERS = re.compile(r"\bhvem\s+(?:sidder|er\s+med|er\s+medlem\w*)\s+(?:\w+\s+)?(?:i|af)\b|"
                           r"\bwho\s+(?:sits|is|are)\s+(?:\w+\s+)?(?:on|in)\s+the\b|\bwho\s+are\s+the\s+members\b", re.I)
# A kind of body is no everyday word to pass over: the chair of the assessment committee ("formand for det faglige
# udvalg") is not the board's, which the minutes of a board meeting name.
_BODY_KIND = re.compile(r"(?:udvalg|bestyrelse|styregruppe|repræsentantskab|jury|panel|committee|board)\w*", re.I)


def _named_by_a_synonym(word: str, vocabulary: Vocabulary) -> bool:
    """Do the documents write another word of `word`'s synonym group (app/danish_synonyms.yaml)? "pulje" is named in
    "Den samlede ramme for 2026"."""
    return any(vocabulary.recognises(other) for _, others in synonyms_asked(word) for other in others if " " not in other)


def _specific(word: str) -> bool:
    commonness = max(zipf(form) for form in inflection_bases(word))
    return len(word) >= MIN_SPECIFIC and SPECIFIC_ZIPF[0] <= commonness < SPECIFIC_ZIPF[1]


def _mentioned(word: str, vocabulary: Vocabulary) -> bool:
    # "kvadratmeter" is written "m²" beside the figure
    return (any(vocabulary.recognises(form) or vocabulary.holds_as_part(form) for form in inflection_bases(word))
            or any(vocabulary.recognises(form) for form in unit_spellings(word) - {word})
            or typed_alike(word, vocabulary.words) or _plain_compound(word, vocabulary)
            or vocabulary.writes_a_word_starting(word[:max(MIN_KEPT, len(word) - KEPT_LETTERS)])
            or _named_by_a_synonym(word, vocabulary))


def _written(word: str, vocabulary: Vocabulary) -> bool:
    """Do the documents write `word`, in any inflection or in a compound ("parkering" in "Parkeringsforhold")?"""
    return any(vocabulary.recognises(form) or vocabulary.holds_as_part(form) for form in inflection_bases(word))


def unmentioned_words(q: Question, vocabulary: Vocabulary) -> list[str]:
    """The Danish question's specific words (see above) that the documents never write; of an English question, the
    words whose Danish (by the glossary: "parking" is "parkering"; not "holiday", "ferie") is specific and which the
    documents write in neither language."""
    text = asked_text(q)
    if q.language != "da":
        glossed = {word: " ".join(english_danish().danish_for(word)).split() for word in dict.fromkeys(_WORD.findall(text.lower()))}
        # Not a word naming the kind of answer: "maximum" ("maks."), "price", "number".
        return [word for word, glosses in glossed.items()
                if glosses and not _ANSWER_KIND.match(glosses[0])
                and not vocabulary.recognises(word) and not vocabulary.recognises(word.removesuffix("s"))
                and _specific(glosses[0]) and not any(_written(gloss, vocabulary) for gloss in glosses)]

    documents = {name.lower() for name in ACCORDING_TO.findall(text)} | {
        name.lower() for name in _READ_IN.findall(text)}
    # A verb says what is done, which documents say in their own words ("noget i Shanghai vi kunne koble os på").
    verbs = {match.lower() for match in _AFTER_SUBJECT_OR_MODAL.findall(text)}
    # ... and so does a verb in the past: "hvor mange ton co2 sparede klyngen" of "CO2-reduktion (ton)".
    verbs |= {word.lower() for word in _WORD.findall(text) if _past_of_a_verb(word.lower())}
    # ... or its participle: "hvor mange ton blev der handlet" of "1.146 tons materialer skiftede ejer".
    verbs |= {word.lower() for found in _PARTICIPLE.findall(text) for word in found if word}
    # ... as is one a later part carries in its brackets: "hvor meget co2 sparede det (ton handlet materialebørsen)".
    carried = _CARRIED.search(text)
    verbs |= {word.lower() for word in _WORD.findall(carried.group(1)) if _participle_of_a_verb(word.lower())} if carried else set()
    words = [word.lower() for word in dict.fromkeys(_WORD.findall(text)) if "-" not in word and not word[0].isupper()
             and not _ANSWER_KIND.search(word) and word.lower() not in verbs]
    return [word for word in words if word not in STOPWORDS and word not in documents and _specific(word)
            and not _mentioned(word, vocabulary)]


# A compound's first part can pick some of a population: "transportvirksomhederne" are some of "virksomhederne",
# and a survey's "62,4 % af virksomhederne" does not give their share; a "revisionsfirma" is a firm of a kind, and
# an organisation's self-description names none. The best quote (with its heading and referents, or the document's
# title) must then write that first part (in any inflection, alone or in a compound: "Kvadrant Analyse ApS" for
# "hvilket analysefirma"). A thing's compound name only describes it: "jeres tilskudspulje" is "puljen".
MODIFIER_ZIPF = 3.0  # a first part and a head that general Danish knows ("revisions" + "firma")
_POPULATIONS = ("virksomhed", "firma", "selskab", "medlem", "deltager", "kommune", "borger", "ansatte", "medarbejder",
                "iværksætter", "kunde", "elev", "branche", "sektor", "producent", "organisation", "forening", "butik",
                "landmand", "landmænd", "husstand", "leverandør", "rådgiver", "konsulent")


# ... and so does a scheme's: "tilbagetagningspuljen" is the pool for take-back pilots, which a quote on another pool
# ("Omstillingspuljens 2025-runde havde ansøgningsfrist ...") does not answer. Not "tilskudspuljen": every pool
# gives grants.
_SCHEMES = ("pulje", "ordning", "fond", "program")
SCHEME_MODIFIER_ZIPF = 3.5


def _modifiers(word: str, vocabulary: Vocabulary) -> list[str]:
    """The first parts of a compound of a population ("transport" of "transport + virksomhederne"), as the documents
    split it or else as general Danish does ("revision" of "revisionsfirma"); none for any other word."""
    parts = vocabulary.split_compound(word)
    if parts and parts[-1].startswith(_SCHEMES) and all(zipf(part.removesuffix("s")) < SCHEME_MODIFIER_ZIPF for part in parts[:-1]):
        return parts[:-1]  # "tilbagetagnings + puljen": one of the pools, by a word that is no everyday "tilskud"
    if parts:
        return parts[:-1] if parts[-1].startswith(_POPULATIONS) else []
    for cut in range(len(word) - MIN_PART, MIN_PART, -1):
        first, head = word[:cut], word[cut:]
        forms = [first] + [first[:-1] for link in ("s", "e") if first.endswith(link)]
        known = next((form for form in forms if zipf(form) >= MODIFIER_ZIPF), None)
        if known and head.startswith(_POPULATIONS):
            return [known]
    return []


def narrowing_compounds(q: Question, vocabulary: Vocabulary) -> list[tuple[str, list[str]]]:
    """The Danish question's compounds that pick some of a population, with their first parts: the words the
    documents know only in parts (the normaliser searched them split), for a figure any word they do not know whole
    ("turismebranchen"), and the kind a "which" question asks for ("Hvilket revisionsfirma"). Not the asker's own
    company ("vi er en lille transportvirksomhed")."""
    if q.language != "da":
        return []
    text = asked_text(q)
    words = [typed for typed, searched in q.rewrites if " + " in searched and typed in text]
    # A figure of a group the documents never write whole: "andel ... fra turismebranchen" of a table of sectors.
    if q.answer_type == "quantity":
        words += [word for word in _WORD.findall(text) if len(word) >= MIN_COMPOUND and not vocabulary.knows(word)]
    kind = asked_word_as_typed(q) if ASKS_WHICH.match(q.normalised or q.text) else None
    if kind and len(kind) >= MIN_COMPOUND and kind in text:
        words.append(kind)
    found = [(word, _modifiers(word.lower(), vocabulary)) for word in dict.fromkeys(words)]
    return [(word, parts) for word, parts in found if parts]


def _place_words(place: str, language: str, evidence_language: str | None) -> list[str]:
    """The words of a place or topic the quote must name: its rare words, when it has some ("eksportvoucher og
    messepulje ansøgninger": not the everyday "ansøgninger"), else all ("biblioteket"); in an English question
    over Danish evidence, not the English words, which the quote says in Danish ("the secretariat")."""
    words = content_words(place.lower().split())
    rare = [word for word in words if zipf(word, language) < EVERYDAY_ZIPF]
    return [word for word in rare or words if not _translated(word, language, evidence_language)]


def _translated(word: str, language: str, other: str | None) -> bool:
    """A common word of `language` that `other` does not use: a text in `other` says it in its own words."""
    return other is not None and zipf_frequency(word, language) >= NOT_A_WORD_ZIPF and zipf_frequency(word, other) < 1.0


# "who in the talent team is on parental leave": a quote naming someone that holds most of the question's words, in
# Danish ("Sofie Dalsgaard Nissen er på barselsorlov"), answers though its meaning is further than the bar.
WHO_COVERAGE_CROSS = 0.5


def typed_evidence(q: Question, settings: Settings, selection: Selection | None) -> bool:
    """The best quote holds the kind of answer a typed question asks for: a count of the asked thing, a date of
    the asked event, a phone number, the holder of the asked post ("Referent: Karina Lind")."""
    # Hours are no such sign: any place's "10-16" is hours. Nor is any name for "who" without a post.
    typed = q.answer_type in ("quantity", "date", "contact") or (q.answer_type == "who" and q.post is not None)
    return selection is not None and typed and selection.fits_type


def decide(q: Question, settings: Settings, vocabulary: Vocabulary, top_dense: float, selection: Selection | None,
           evidence_language: str | None = None, titles: str = "", document_years: Collection[str] = (),
           document_dates: DocumentDates | None = None, letterheads: str = "") -> Decision:
    """top_dense: the best dense cosine of all candidates; selection: the chosen quotes, None when no passage
    had a quotable sentence; evidence_language: the quoted document's language, None when unknown; titles: the
    quoted documents' titles (a name there, "Da Hvidbjerg fik sit andelsmejeri", is in all their passages);
    document_years: the quoted documents' years; document_dates: every date the quoted documents write;
    letterheads: whose the quoted documents are, by their short first paragraphs or the owner their introduction
    names ("Klitland Erhvervs puljer"), as titles say it."""
    evidence = selection.evidence if selection else None
    fits_type = selection.fits_type if selection else False
    coverage = selection.coverage if selection else 0.0
    # "har I åbent mellem jul og nytår": "holder juleferielukket fra mandag den 22. december" shares its time of year.
    times = asked_times_of_year(q.normalised or q.text)
    in_asked_time = selection is not None and any(in_time_of_year(selection.evidence, root, months) for _, root, months in times)
    # ... and so knows it, in its own words: "Sommerlukket 2026: uge 29 og 30" knows "sommerferien".
    # (A word the documents write themselves counts as known as it is: "sommerlukket".)
    told = [word for word, _, _ in times if not vocabulary.knows(word)] if in_asked_time else []
    # So does a day's hours a time of day: "Fredag kl. 8.30-13.00" says whether they are open "fredag eftermiddag".
    if q.answer_type == "hours" and fits_type:
        told += _TIME_OF_DAY.findall(q.normalised or q.text)
    known = known_fraction(_without_words(q, told), vocabulary)
    relevance = top_dense + settings.abstain_known_weight * known + settings.abstain_coverage_weight * coverage
    bar = settings.abstain_bar_en if q.language == "en" else settings.abstain_bar
    signals = {
        "dense": round(top_dense, 4),
        "known": round(known, 3),
        "coverage": round(coverage, 3),
        "quote_coverage": round(selection.quote_coverage if selection else 0.0, 3),
        "quote_similarity": round(selection.quote_similarity if selection else 0.0, 4),
        "relevance": round(relevance, 4),
        "fits_type": float(fits_type),
    }
    thresholds = {
        "relevance_bar": bar,
        "known_weight": settings.abstain_known_weight,
        "coverage_weight": settings.abstain_coverage_weight,
        "min_coverage": settings.abstain_min_coverage,
        "min_quote_coverage": settings.abstain_min_quote_coverage,
        "min_known": settings.abstain_min_known,
        "min_quote_similarity_cross": settings.abstain_min_quote_similarity_cross,
    }
    # Lexical checks need the question and the quote in one language: an English question's words are not
    # a Danish passage's, but they are an English passage's.
    same_language = (evidence_language or "da") == q.language
    signals["same_language"] = float(same_language)
    # A title made of a file name writes Danish letters plainly ("Vejledning smagsloeft 2026"): it names Smagsløft.
    folded = fold_all_danish_letters(titles)
    titles = titles if folded == titles else f"{titles} {folded}"
    missing: list[str] = []
    elsewhere: list[str] = []
    if selection is not None and evidence is not None:
        lowered = f"{evidence} {titles} {letterheads}".lower()
        # "DBL" is named where the evidence writes the long form the documents give it: "Digital Butik i Landsbyer".
        lowered += "".join(f" {short}" for short, long in q.written_out.items() if long.lower() in lowered)
        # A quote naming no year speaks of its document's present: the 2010 evaluation's "omfatter bl.a. kontorer i
        # Shanghai, ..." is so in 2010. Not a figure: figures are of a year they name, a year or two before.
        undated = q.answer_type != "quantity" and not years_named(
            " ".join(unit_context(unit) for unit in selection.units[:selection.primary]))
        # A document titled by a year ("Budget 2025") gives that year's figures. Another document's quote beside
        # the answer does not date it: "Puljens samlede ramme i 2024" says nothing of the price list's year.
        dated = " ".join([selection.document_evidence, *(unit_context(unit) for unit in selection.units[:selection.primary])])
        missing = [year for year in sorted(years_of_the_answer(q), key=q.years.index)
                   if year not in dated and year not in titles and not (undated and year in document_years)]
        # "ved årsskiftet 2024/2025", "sæsonen 2023/2024": the answer is of one of the two years ("pr. 31. december 2024").
        for first, second in _YEAR_PAIR.findall(q.normalised or q.text):
            if int(second) == int(first) + 1 and not (first in missing and second in missing):
                missing = [year for year in missing if year not in (first, second)]
        # "did the age limit change between the 2024 rules and the new 2026 ones": a change told in a document of one
        # of the years ("Aldersgrænsen er hævet fra 5 år til 8 år" in the 2026 guidelines) answers it.
        compared = _COMPARED_YEARS.search(q.normalised or q.text)
        if compared and states_a_change(evidence) and not all(year in missing for year in compared.groups()):
            missing = [year for year in missing if year not in compared.groups()]
        # A word of the question's language that the evidence's does not have ("Lufthavn" of "Aarhus Lufthavn")
        # is translated there ("Aarhus Airport"), not missing; a name is written alike in both.
        # A hyphenated name is there when its parts are: "Klimaløft-projekt" in "Klimaløft ... projektets budget".
        missing += [name for name in asked_names(q, vocabulary)
                    if any(part not in lowered for part in name.split()[-1].lower().split("-") if part)
                    and (same_language or not _translated(name.split()[-1].lower(), q.language, evidence_language))]
        spaced = " ".join(lowered.split())
        missing += [name for name in versioned_names(q) if " ".join(name.lower().split()[-2:]) not in spaced]
        # "hvornår starter hold 10": the date of that team, which the evidence names; when the accelerator started is
        # no answer.
        if q.answer_type == "date":
            missing += [name for name in rounds_not_named(q, lowered) if name not in missing]
        if not same_language and q.answer_type == "quantity":
            missing += [word for word in unnamed_accounts(q.normalised or q.text, lowered) if word not in missing]
        # "Vækstspor Fødevarers pris": the genitive's s is not the name's. Missing whole, its words are not
        # missing each: "Digitalt Fødevareløft", not "Digitalt, Fødevareløft, Digitalt Fødevareløft".
        wholes = [name for name in kind_named(q) if " ".join(name.lower().split()).removesuffix("s") not in spaced]
        # Across languages a name's words may be translated ("Aarhus Lufthavn": "Aarhus Airport").
        wholes += [name for name in unknown_phrase_names(q, vocabulary) if name not in wholes] if same_language else []
        missing = [name for name in missing if not any(name in whole.split() for whole in wholes)] + wholes
        # A time of year the evidence gives in its own words is there: "Sommerlukning: ... uge 29-31" for
        # "holder i sommerferielukket".
        missing = [name for name in missing if name.lower() not in {word.lower() for word in told}]
        # "hvad koster en klubtrøje": a document that never names the thing asked about does not give its price,
        # whatever else it prices (words compare only within one language). Not an everyday word: "hvad er planen
        # fremover" asks what is planned, which a document may say without the word.
        # Nor a contact question: a phone number is written in digits, not as "telefonnummeret". Nor a contact person:
        # anyone listed with a number is one, "kontaktperson" written or not.
        focus = asked_word_as_typed(q) if q.answer_type != "contact" else None
        focus = None if focus and ANY_HOLDER.fullmatch(focus) else focus
        # Nor the kind a "which" question asks for: "Hvilket analysefirma har gennemført evalueringen" is answered by
        # the firm's name ("Kvadrant Analyse ApS"), which a document need not call an "analysefirma".
        focus = None if ASKS_WHICH.match(q.normalised or q.text) else focus
        # Nor a word the documents write otherwise: "oprettelsesgebyret" is their "etableringsgebyr".
        focus = None if focus and focus.lower() in q.said_otherwise else focus
        # A guide's "Tours ... cost DKK 40" is no price of the audio guide (PRICED_EVERYDAY_ZIPF).
        # So is a thing offered: "Kan Fjordkant Vækstcenter yde lån" is not answered by what else it offers.
        priced = q.counted == "kr" and bool(_PRICE_WORD.search(q.normalised or q.text))
        everyday = PRICED_EVERYDAY_ZIPF if priced or asks_for_an_offer(q) else EVERYDAY_ZIPF
        # Nor one the quoted documents name by a synonym: "den samlede pulje" is their "Den samlede ramme for 2026".
        if same_language and focus and not _known_word(_of_the_asked_kind(focus.lower()), q.language, vocabulary, everyday) \
                and focus not in missing and not _joined_from_known_parts(focus.lower(), q, vocabulary) \
                and not _named_by_a_synonym(focus.lower(), vocabulary):
            missing.append(focus)
        # The best quote's document must name the place there (in any inflection), not a runner-up of another
        # document ("Route 113 connects Aarhus and Rørdal" beside a climate plan's hearing), nor a web address.
        # A compound name may be named by its parts: "Eksportrådet ... Projektet" for "Eksportrådsprojektet".
        named = Vocabulary.of_words(words_of([selection.document_evidence, titles, letterheads]))
        elsewhere = [name for name in named_in_documents(q, vocabulary)
                     if not named.knows(name) and not named.split_compound(name) and name not in missing]
        if same_language:
            quoted_words = Vocabulary.of_words(words_of([lowered]))
            elsewhere += [word for word, parts in narrowing_compounds(q, vocabulary)
                          if not quoted_words.recognises(word.lower()) and word not in missing
                          and not all(quoted_words.recognises(part) or quoted_words.holds_as_part(part) for part in parts)]
        # Opening hours are a place's own: the tourist office's do not answer "what time does the town hall open"
        # (in any inflection, or as a compound's head: "biblioteket" in "Hovedbiblioteket"). The quote itself
        # must name the place (or its section heading or the document's title): a passage naming "Mejeriets Café"
        # and then "Arkivet har åbent hver tirsdag" gives the archive's hours.
        # So is a phone number: the tourist office's is not the library's (in one language: "library" is not in
        # a Danish quote).
        place = opening_hours_of(q.normalised or q.text) or (contact_of(q.normalised or q.text) if same_language else None)
        # So is a post: the sports club's chair is not the chess club's. The body's rare words and the names the
        # question capitalises must be there ("Aarhus" is as common as a word); an everyday word ("kommunen") is
        # the document's own body.
        body = role_body_of(q.normalised or q.text) if same_language else None
        # And the post itself: the export manager is not the director ("Henrik ..., Eksportchef" for "hvem er
        # direktør for erhvervshuset"). In any inflection or compound: "adm. direktør", "regionsrådsformand".
        # Danish only: English names one post many ways ("chair", "chairman", "chairperson").
        post = role_post_of(q.normalised or q.text) if same_language and q.language == "da" else None
        quoted = Vocabulary.of_words(words_of(
            [selection.heading, titles, *(unit_context(unit) for unit in selection.units[:selection.primary])])
        ) if place or body or post else Vocabulary()
        if post and not all(quoted.recognises(word) or quoted.holds_as_part(word) for word in post.lower().split()):
            elsewhere.append(post)
        # "Hvad er formand Birgitte Skovsgaard Thomsens telefonnummer": a contact line naming someone else ("Direktør
        # Mette Kjærsgaard, tlf. …") gives that person's number, however near the press release names the chair.
        if q.answer_type == "contact":
            lines = " ".join(unit.text for unit in selection.units[:selection.primary + 1])
            elsewhere += [person for person in _people_named(q.normalised or q.text)
                          if not any(word in lines for word in person.split()) and _PERSON.search(lines)]
        # Whom to contact about a thing: a compound's first part names it too ("mikrolån" of "Mikrolånefonden"), and its
        # head, inflected ("konferencen" of "Kystkonference 2026"); a place's hours are not those of a place named after
        # it ("Rådhuspladsen" is no town hall).
        if place and not all(quoted.recognises(word) or (not asks_opening_hours(q.normalised or q.text) and any(
                                 quoted.holds_as_part(base) for base in {word, *inflection_bases(word)}))
                             for word in _place_words(place, q.language, evidence_language)):
            elsewhere.append(place)
        # "hvor stor en andel af kursisterne var kvinder": the share of those who were women; the share of satisfied
        # users is another. The quote names what the share is of (in Danish, too, for an English question).
        kind = share_kind(q.normalised or q.text)
        if kind and q.answer_type == "quantity" and not names_the_kind(kind, " ".join(
                [selection.heading, *(unit_context(unit) for unit in selection.units[:selection.primary])])):
            elsewhere.append(kind)
        # The body may be named by the document's letterhead ("Lyngkyst Erhvervsråd · Godkendt af bestyrelsen ..."):
        # its own posts. Not by any sentence of the passage: a press release thanking "Saltø Beboerforening" quotes
        # another body's chair.
        letterhead = Vocabulary.of_words(words_of([letterheads])) if body else Vocabulary()
        if body and not all(
                quoted.recognises(word.lower()) or letterhead.recognises(word.lower())
                or typed_alike(word.lower(), quoted.words | letterhead.words)
                # "formand for styregruppen": the minutes titled "Referat af styregruppemøde"
                or any(quoted.holds_as_part(base) for base in inflection_bases(word.lower()))
                for word in re.findall(r"[^\W\d_]+", body) if word.lower() not in STOPWORDS
                and (zipf(word.lower(), q.language) < EVERYDAY_ZIPF or word[0].isupper() or _BODY_KIND.fullmatch(word))):
            elsewhere.append(body)
        # "mødet den 2. december 2021": a quoted document with no such date anywhere is about another meeting
        # (which another document may hold: the reply says the nearest passage lacks it, not the documents).
        if document_dates is not None:
            elsewhere += [date.text for date in dates_asked(q.normalised or q.text) if not holds(document_dates, date)]
        # "lukket i påsken 2026", "kurset i efteråret 2027": the hours or date asked for are of that time of year, so
        # the evidence must name it or date something in it; the Christmas closing and a course in March answer
        # neither. (For a price, "konferencen næste sommer" only says which conference.)
        # So are the things a "which" question lists: "which courses are you running in autumn 2025" is not
        # answered by a spring catalogue.
        # (Of a list, the quote itself: another document's runner-up in October dates no course.)
        # A price is held to it only where the quote (or else its passage) dates what is priced: the autumn
        # calendar's "Pris: 60 kr." is no price of a course in spring; "konferencen næste sommer" only says which.
        times = asked_times_of_year(q.normalised or q.text) if q.answer_type == "quantity" else []
        if times:
            quote = " ".join([*(unit_context(unit) for unit in selection.units[:selection.primary]),
                              *(unit.entry for unit in selection.units[:selection.primary])])
            priced_when = next((text for text in (quote, selection.document_evidence) if dates_in(text)), None)
            if priced_when is not None:
                elsewhere += [word for word, root, months in times if not in_time_of_year(priced_when, root, months)]
        if dated_by_time_of_year(q):
            dating = lowered if q.answer_type != "other" else " ".join(
                [selection.heading, *(unit_context(unit) for unit in selection.units[:selection.primary])]).lower()
            elsewhere += [word for word, root, months in asked_times_of_year(q.normalised or q.text)
                          if not in_time_of_year(dating, root, months) and word not in missing]
            # ... and what it lists is of the asked kind: another document's deadline in October is no course.
            kind = asked_word_as_typed(q) if q.answer_type == "other" and asked_times_of_year(q.normalised or q.text) else None
            if kind and not names_the_kind(kind, f"{titles} {dating}"):
                elsewhere.append(kind)
        if same_language:
            # Not the kind a "which" question asks for ("Hvilket analysefirma": see focus above), nor a word of what
            # the nearest passage lacks ("tange grundejerforening" of a chair's body).
            kind = asked_word_as_typed(q) if ASKS_WHICH.match(q.normalised or q.text) else None
            missing += [word for word in coined_compounds(q, vocabulary) if word not in missing and word != kind
                        and not any(word.lower() in named.lower() for named in elsewhere)
                        and word.lower() not in q.said_otherwise]
            missing += [word for word in unmentioned_words(q, vocabulary)
                        if word != kind and not any(word in named.lower() for named in [*elsewhere, *missing])
                        and word not in q.said_otherwise]
        elif q.language == "en":
            # An English question's words are judged by the glossary's Danish, whatever the quote's language.
            missing += [word for word in unmentioned_words(q, vocabulary) if word not in missing]
        missing += elsewhere

    def verdict(answer: bool, reason: str, explanation: str, missing: list[str] = missing) -> Decision:
        return Decision(answer, reason, signals, thresholds, missing, explanation, [list(r) for r in q.rewrites],
                        [name for name in elsewhere if name in missing])

    if selection is None or relevance < bar:  # no quotable sentence, or too far
        return verdict(False, "off_topic", (
            f"relevance {relevance:.3f} = dense {top_dense:.3f} + {settings.abstain_known_weight} x known {known:.2f} "
            f"+ {settings.abstain_coverage_weight} x coverage {coverage:.2f} is below the {q.language} bar {bar}"
        ))
    if same_language and coverage < settings.abstain_min_coverage:
        return verdict(False, "off_topic", (
            f"the chosen passage holds {coverage:.2f} of the question's terms, below {settings.abstain_min_coverage}"
        ))
    if same_language and selection.quote_coverage < settings.abstain_min_quote_coverage and not in_asked_time:
        return verdict(False, "off_topic", "the best quote shares none of the question's words: a near passage, not an answer")
    if same_language and known < settings.abstain_min_known:
        return replace(verdict(False, "off_topic", (
            f"the quoted documents know {known:.2f} of the question's words (rare words weigh most), "
            f"below {settings.abstain_min_known}"
        )), unknown=unknown_words(q, vocabulary))
    # A typed answer across languages still shares a word with the question (its Danish from the glossary): any
    # "31 %" is a rate, but not the VAT rate on restaurant food.
    # So does the summer closing, for "when is the secretariat closed for the summer".
    if not same_language and selection.quote_similarity < settings.abstain_min_quote_similarity_cross \
            and not (typed_evidence(q, settings, selection) and selection.quote_coverage > 0) \
            and not (q.answer_type == "who" and fits_type and selection.quote_coverage >= WHO_COVERAGE_CROSS) \
            and not (q.answer_type == "hours" and fits_type and in_asked_time):
        return verdict(False, "off_topic", (
            f"the question and the quote are in different languages, and the quote's meaning is too far from the "
            f"question: cosine {selection.quote_similarity:.3f}, below {settings.abstain_min_quote_similarity_cross}"
        ))
    # Across languages the cosine alone is thin evidence: a budget table's "-1,9 %" for "what is the VAT rate on
    # restaurant food", a recipe's steps for "whats the best way to learn danish fast", each lifted over the bar by its
    # section heading. When neither the quote, its passage nor its documents hold one of the question's words, even in
    # Danish, the quote is not about the question.
    if not same_language and coverage == 0 and selection.quote_coverage == 0 and known == 0:
        return verdict(False, "off_topic", (
            "the question and the quote are in different languages, and neither the quote, its passage nor its "
            "documents hold any of the question's words, translated or not"
        ))
    if selection.not_available:
        return verdict(False, "not_available", "the best evidence says the asked figure is not computed, or the asked thing not announced, yet", [])
    if missing:
        return verdict(False, "missing", f"the question names {', '.join(missing)}, which the best evidence does not contain")
    # "hvem sidder i låneudvalget": its members, by name; a sentence on when the committee meets names no one.
    if q.answer_type == "who" and _ASKS_MEMBERS.search(q.normalised or q.text) and not any(
            PERSON_NAME.search(unit.text) for unit in selection.units[:selection.primary]):
        return verdict(False, "wrong_type", "a question on who the members are, and no sentence of the top passages names one", [])
    if not fits_type and q.answer_type in TYPED_ANSWERS:
        return verdict(False, "wrong_type", (
            {"hours": "an opening-hours question", "identifier": "an identifier question"}.get(q.answer_type, f"a {q.answer_type} question")
            + (f" about the {q.event} date" if q.event else "")
            + (f" counting '{q.counted}'" if q.counted else "")
            + ", and no sentence of the top passages holds such an answer"
        ), [])
    return verdict(True, "answered", (
        f"relevance {relevance:.3f} reaches the {q.language} bar {bar}; the evidence holds the kind of answer asked for"
    ), [])



# "andel af kursisterne ... var kvinder", "what share of the participants were women": the kind the share counts.
# So does a count of some of them: "how many of the loans paid out went to start-ups" (not the loans paid out).
_SHARE_OF_A_KIND = re.compile(r"\b(?:andel(?:en)?|procentdel(?:en)?|share|percentage|proportion|hvor mange|how many)\s+"
                              r"(?:af|of)\s+.{3,80}?\s+(?:var|er|blev|gik til|were|are|was|went to)\s+([^\W\d_][\w-]{2,})"
                              r"(?:\s+(?:i|in)\s+(?:19|20)\d{2})?\s*\?*\s*$", re.I)


def share_kind(text: str) -> str | None:
    match = _SHARE_OF_A_KIND.search(text)
    return match.group(1) if match and match.group(1).lower() not in STOPWORDS else None


def names_the_kind(kind: str, text: str) -> bool:
    """Does `text` name things of the asked kind, in any inflection or compound ("Kursusoversigt" for "kurser"), in
    Danish for an English word ("courses": "kursus")?"""
    stems = {stem for word in [kind, *(d for phrase in english_danish().danish_for(kind) for d in phrase.split())]
             for stem in tokenize(word) if len(stem) >= MIN_KIND_STEM}
    # ... or in the singular, however short: "uge 29 og 30" names the weeks of "hvilke uger".
    singular = {kind.lower()[: -len(ending)] for ending in ("er", "r", "e") if kind.lower().endswith(ending)}
    tokens = tokenize(text)
    return any(token in singular for token in tokens) or any(token.startswith(stem) or stem in token
                                                             for token in tokens for stem in stems)


MIN_KIND_STEM = 4  # a shorter stem is in too many words


def unnamed_accounts(question: str, evidence: str) -> list[str]:
    """"What was Klitland Erhverv's total income in 2022": across languages the account asked for is named in the
    evidence, in Danish ("samlede indtægter") or English; any amount of the asked year is not the income."""
    return [word for word in ACCOUNT.findall(question)
            if (danish := [d for phrase in english_danish().danish_for(word) for d in phrase.split()])
            and not any(name.lower() in evidence for name in [word, *danish])]
