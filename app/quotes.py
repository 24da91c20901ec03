"""The default answerer needs no language model: it quotes the one to three sentences (or table rows) of
the top passages that best answer the question, each with its citation [n].

A candidate is scored on its meaning (cosine with the question), the question's terms it contains
(weighted by rarity), the rank of its passage, and whether it holds the kind of answer asked for: a
"how many" question needs a figure, a "when" question a date. A sentence that ends in ":" brings the list
after it; one that points back ("dette program", "disse") brings the sentence before it."""
from __future__ import annotations

import datetime
import itertools
import math
import re
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from app.calendar_dates import asked_times_of_year, dates_in, holds, in_time_of_year
from app.core.datelines import BYLINE, ENTRY_DATE, is_dateline
from app.core.contact_details import CONTACT_DETAIL, EMAIL, PERSON_NAME, PHONE_OR_EMAIL, STREET_ADDRESS, is_contact_card
from app.core.words import MONTH_NAMES, ORDINALS, SOLE_TRADER, WEEKDAYS
from app.core.sentences import split_sentences
from app.lexical import (DATE, NON_MEMBER, NUMBER_WORD, RARE_WEIGHT, STOPWORDS, counted_nouns, counted_words, number_forms, stem,
                         term_weight, tokenize)
from app.footnotes import SUPERSCRIPTS
from app.glossary import english_danish
from app.synonyms import danish_synonyms
from app.normalise import fold_all_danish_letters, zipf
from app.series import YEAR
from app.question import (
    ACCOUNT, ANY_HOLDER, ASKS_MAIL, EVENTS, IDENTIFIER, NUMBERED_ROUND, OTHERS, TYPED_ANSWERS, Question, asked_clause, asks_address, asks_where, asks_yes_or_no,
    asks_calling_hours, asks_opening_hours, asked_time_unit, contact_of, dates_asked, opening_hours_of, ordinal_steps_in_figures, tells_a_past_event,
    own_founding_year, own_words,
)

_NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")
CAPITALISED = re.compile(r"\b[A-ZÆØÅ][\wæøå]+")
# "De to andre innovationscentre er placeret i ...": the others of the sentence before. "Året gav et overskud på
# 143.200 kr." after "... udgjorde 6.850.000 kr. i 2024": the year (and whose) the sentence before says.
_POINTS_BACK = re.compile(
    r"\b(dette|denne|disse|heraf|herpå|hermed|herunder|ovennævnte|sidstnævnte|førstnævnte)\b"
    r"|^\W*(?:de|den|det)\s+(?:[^\W\d_]+\s+)?(?:andre|øvrige)\b|^\W*det drejer sig\b"
    r"|^\W*(?:året|(?:i\s+)?samme\s+år|that\s+year|(?:in\s+)?the\s+same\s+year)\b"
    # "Faldet skyldes de nye retningslinjer" after "Antallet ... faldt fra 41 i 2024 til 38 i 2025": the change said.
    r"|^\W*(?:faldet|stigningen|nedgangen|fremgangen|tilbagegangen|ændringen|the\s+(?:fall|drop|decrease|increase|rise))\b"
    # "Ved senere afbud ... opkræves 50 % af prisen" after "Afbud er gratis indtil 7 dage før kursusdagen": later than
    # the rule before says.
    r"|^\W*(?:ved|efter)\s+senere\b|^\W*(?:derefter|herefter|ellers|otherwise|thereafter)\b"
    # "Det gælder også depositum til en messe" after "Der gives kun tilskud til udgifter, der afholdes efter ...": the
    # rule before is what applies.
    r"|^\W*(?:det|dette)\s+(?:gælder|galdt)\s+(?:også|ligeledes|tilsvarende)\b|^\W*(?:the\s+same|this\s+also)\s+applies\b"
    # "Den er nu flyttet til mandag den 16. marts 2026" after "Fristen for første ansøgningsrunde var oprindeligt 1.
    # marts 2026": the deadline before, changed.
    r"|^\W*(?:den|det|de|it|they)\s+(?:er|blev|bliver|var|is|was|has\s+been|have\s+been)\s+(?:nu\s+|now\s+)?"
    r"(?:flyttet|rykket|udskudt|ændret|forlænget|hævet|sænket|øget|forhøjet|nedsat|moved|postponed|changed|extended|raised)\b"
    # "Du kan kontakte hende på tlf. 55 36 40 24" after "... har Nanna Vestergaard Lund overtaget ansvaret": whom.
    r"|\b(?:hun|han|hende|ham|she|he|her|him)\b", re.I
)


@dataclass
class Unit:
    """One quotable piece of a passage: a sentence, a list item, or a table row with its header."""

    text: str
    passage_rank: int  # 0-based rank of the passage it came from
    table_header: list[str] | None = None
    antecedent: str = ""  # the sentence before, when this one points back to it ("sidstnævnte", "dette")
    referent: str = ""  # the sentence before, when this one opens with a thing it names ("Projektet ...")
    asks: bool = False  # part of an FAQ's question ("Spørgsmål: Vi er en virksomhed med 30 ansatte."): no answer
    entry: str = ""  # the title line of the dated entry it is a line of ("Pris: 395 kr." of "Uddeling af ...")
    listed_under: str = ""  # the sentence the bullet list it is an item of follows: whose item it is


# "+45 96 12 55 00": a phone number's groups are no figures ("min søn er 12" is not in it).
_PHONE_NUMBER = re.compile(r"(?:\+45\s?)?(?<![\d.,])\d{2}\s\d{2}\s\d{2}\s\d{2}(?![\d.,])")
_CELL_GAP = re.compile(r"\s{2,}")  # table cells are parted by two spaces or more ("Voksen  60 kr.")


def split_cells(line: str) -> list[str]:
    """A table row's cells."""
    return _CELL_GAP.split(line)


# "hvilket af målene blev ikke nået" over a table with the column "Mål nået?": the row saying "Nej" answers.
_NEGATED = re.compile(r"\b(?:ikke|not|never|aldrig)\b|n't\b", re.I)
_YES = {"ja", "yes"}
_NO = {"nej", "no"}
YES_NO_BONUS = 0.05


def yes_no_as_asked(question: Question, unit: Unit) -> bool | None:
    """Whether a table row's yes/no cell says what the question asks (a "Nej" asked what was not reached); None when
    the row has no such cell or the question names none of its header's words."""
    cells = {cell.strip().lower().rstrip(".") for cell in split_cells(unit.text)[1:]}
    if not unit.table_header or not cells & (_YES | _NO):
        return None
    header_terms = set(tokenize(" ".join(unit.table_header)))
    if not header_terms & set(tokenize(question.normalised or question.text)):
        return None
    return bool(cells & _NO) == bool(_NEGATED.search(question.normalised or question.text))


# "Hvad koster projekterne i alt?": the sentence with the total, not one table row's part of it.
_TOTAL = re.compile(r"\b(i alt|samlet|samlede|totalt?|tilsammen|sammenlagt|in total|altogether|combined)\b", re.I)
# "hvor meget kan vi max få", "det maksimale tilskud", "the most we can get": an upper limit is asked for, and the
# sentence stating one ("højst 400.000 kr. pr. projekt") answers.
# Not "vi er max 10 ansatte": a figure after it is the asker's.
# "maksbeløbet", "makstilskuddet": the limit in a compound.
# "hvor meget kan vi få", "how much can we get": what one may get at most.
# "hvad var loftet pr virksomhed", "what is the cap": a ceiling is the most.
_ASKS_MOST = re.compile(r"\b(max|maks|maksimal\w*|maksimum|højst|højeste|most|maximum|maximal|at most|up to|loft(?:et)?|"
                        r"\w+loft(?:et)?|cap|ceiling|"
                        r"(?:max|maks|maksimum)s?(?:beløb|tilskud|støtte|bevilling|lån)\w*|"
                        r"hvor meget kan (?:vi|man|jeg|de|i) få|how much can (?:we|i|you|one|they) get)\b(?!\s*\d)", re.I)
# "hvor mange ... skal vi have", "how many do we need": the least required.
_ASKS_LEAST = re.compile(r"\bhvor\s+mange\b[^?]*?\b(?:skal|skulle|må|kræve\w*)\s+(?:vi|man|jeg|i|de|der|du|have|ha)\b|"
                         r"\bhow\s+many\b[^?]*?\b(?:need|must|have to|required)\b", re.I)
_STATES_LEAST = re.compile(r"\b(?:mindst|minimum|min\.|minimal\w*|at least|no fewer than)(?!\w)", re.I)
# "den årlige omsætning er under 150 mio. kr.": a bound below a figure is a maximum too.
_LIMIT_WORDS = r"max\.?|maks\.?|maksimal\w*|maksimum|højst|op til|at most|up to|maximum|no more than"
_STATES_MOST = re.compile(rf"\b({_LIMIT_WORDS}|loft\w*|overstige\w*|exceed\w*|ceiling|"
                          r"(?:under|mindre end|below|less than)(?=\s+\d))(?!\w)", re.I)
_AVERAGE = re.compile(r"\b(?:gennemsnit\w*|i snit|average\w*|on average|mean)\b", re.I)
_LIMIT_FIGURE = re.compile(rf"\b(?:{_LIMIT_WORDS})\s+(?:kr\.?\s*|dkk\s*)?\d", re.I)
DAY_BONUS = 0.05  # a date to the day, asked when something is, over a sentence naming only a year
MOST_BONUS = 0.15  # as much as a wrong answer type costs: a figure without a limit word states no maximum


# "hvor meget kan vi max få", "det højeste tilskud", "max låne": the most one gets or borrows, which a limit on the
# turnover of those who may apply ("omsætning ... højst 150 mio. kr.", "under 25 mio. kr.") is not.
_ASKS_GRANT = re.compile(r"\b(få|får|fik|fået|modtage\w*|tilskud\w*|støtte\w*|låne|lån\w*|get|gets|got|receive\w*|grants?|"
                         r"subsid\w*|borrow\w*|loans?)\b", re.I)
# "Maksimalt beløb pr. ansøgning: 20.000 kr.": the amount applied for is what is granted.
_GRANTED = re.compile(r"\b(\w*tilskud\w*|\w*støtte\w*|bevilg\w*|bevilling\w*|gives|ydes|modtage\w*|udbetal\w*|beløb\w*|"
                      r"\w*lån\w*|grants?|subsid\w*|funding|receive\w*|awarded|loans?|lend\w*|borrow\w*)\b", re.I)


def asks_most(question: Question) -> bool:
    return bool(_ASKS_MOST.search(question.normalised or question.text))


def states_the_asked_most(question: Question, text: str, header: str = "") -> bool:
    """"Det maksimale tilskud pr. projekt er 90.000 kr.", a table column "Maks. tilskud": a figure stated as a limit,
    of what is granted when the question asks what one gets."""
    where = f"{header} {text}"
    if _AVERAGE.search(where) and not _LIMIT_FIGURE.search(where):
        return False  # "det gennemsnitlige lån ... 143.000 kr. og dermed tæt på det nuværende loft": no limit's figure
    return bool(_STATES_MOST.search(where)) and (
        not _ASKS_GRANT.search(question.normalised or question.text) or bool(_GRANTED.search(where)))


# "Hvem var topscorer", "who was the best": the top one, which a ranked list or table puts first ("- 1. Mads ...").
_ASKS_TOP = re.compile(r"\b(top\w*|bedst\w*|størst\w*|flest|højest\w*|vinder\w*|vandt|first|best|most|highest|"
                       r"winner|won)\b", re.I)
_RANKED_FIRST = re.compile(r"^(?:- )?1[.)]?\s")
TOP_BONUS = 0.05
_FIRST_FEW = re.compile(r"\b(?:de|the)\s+(?:første|first|sidste|last)\s+\d", re.I)
POST_BONUS = 0.15  # as much as a wrong answer type costs: a name without the asked post is not its holder
# A sentence describing its own document: "Denne side samler ...", "Her kan du læse, hvordan ...", "This page ...".
_ABOUT_THIS_PAGE = re.compile(r"\W*(?:(?:denne|dette)\s+(?:side|dokument|notat|folder|afsnit|kapitel|oversigt)\b|her\s+(?:kan\s+du|finder\s+du)"
                              r"\s+(?:læse|se|finde)\b|this\s+(?:page|document|section|leaflet)\b)", re.I)
# "Sidst opdateret 3. september 2025", "Opdateret 14.01.2026", "Last updated": a page's stamp, no answer unless asked
# when the page was updated.
_PAGE_STAMP = re.compile(r"^\W*(?:sidst\s+)?(?:opdateret|revideret|publiceret|offentliggjort)\b|^\W*(?:last\s+)?(?:updated|"
                         r"published|revised)\b|\b(?:sidst\s+opdateret|last\s+updated)\b", re.I)
PAGE_STAMP_PENALTY = 0.15  # as much as a wrong answer type costs
# A sentence that only points elsewhere ("se bilag 2", "jf. nedenfor") says nothing by itself.
_POINTER = re.compile(r"\b(se|jf\.?|jvf\.?|see)\s+(bilag|side|afsnit|kapitel|nedenfor|ovenfor|annex|appendix|below|above)", re.I)
# Plans and the future: such questions prefer the perspectives sections and sentences about what is to come.
_ASKS_FUTURE = re.compile(
    r"\b(fremover|fremtid\w*|plan\w*|næste|kommende|nye? program\w*|fremadrettet|videre|future|plans?|next|upcoming|going to)\b",
    re.I,
)
_FUTURE_TEXT = re.compile(
    r"\b(skal|vil|kan|må|bør|fremtid\w*|kommende|nyt|nye|viderefør\w*|fortsæt\w*|udbygge\w*|perspektiv\w*|fremover|"
    r"planlagt)\b", re.I
)
# "hvad får man", "hvad indeholder pakken", "what do we get": what an offer gives, not when it starts or its goal.
_ASKS_BENEFIT = re.compile(r"\bhvad\s+(?:(?:kan|vil)\s+(?:man|vi|jeg|du|i|de)\s+få|får\s+(?:man|vi|jeg|du|i|de)|indeholder|"
                           r"tilbyder|omfatter|består)\b|\bwhat\s+(?:do|does|can|will|would)\s+(?:you|we|i|they|one)\s+"
                           r"(?:get|receive)\b|\bwhat\s+does\s+(?:[\w-]+\s+){1,4}?(?:offer|include|give)\b", re.I)
_STATES_BENEFIT = re.compile(r"\b(?:kan\s+(?:[^\W\d_]+\s+){0,3}?få|får|tilbyd\w*|ydes|gives|omfatter|indeholder|består af|"
                             r"inkluderer|modtager|gets?|receives?|offers?|offered|includes?)\b", re.I)
BENEFIT_BONUS = 0.05
# A why-question is answered by a reason: "Forklaringen herpå er ..., at", "Stigningen skyldes ...", "because".
_ASKS_REASON = re.compile(r"\b(hvorfor|why|how come|hvad (?:er|var) (?:årsagen|grunden|forklaringen))\b", re.I)
_REASON_TEXT = re.compile(
    r"\b(fordi|skyldes|skyldtes|årsag\w*|grunden|baggrunden|forklaring\w*|bevirke[rt]?|på grund af|som følge af|derfor|"
    r"because|due to|owing to|reasons?|explanation|caused by|as a result|background)\b", re.I
)
# "derfor", "therefore": a consequence of the sentence before, which gives its reason.
_CONSEQUENCE = re.compile(r"\b(derfor|dermed|therefore|hence)\b", re.I)
# "hvilke år kørte programmet", "which years": a period, answered by two years ("i årene 2008 og 2009", "2008-2010").
_ASKS_PERIOD = re.compile(r"\b(hvilke år|hvilken periode|which years|what years|what period)\b", re.I)
_YEAR_SPAN = re.compile(r"\b(?:19|20)\d\d\s*(?:[-–]|og|and|til|to|until)\s*(?:19|20)\d\d\b", re.I)
# "Eksportværdien for 2009 er endnu ikke opgjort": the documents say the figure does not exist yet.
NOT_AVAILABLE = re.compile(
    r"\b(endnu ikke (?:\w+ )?(?:opgjort|kendt|gjort op|beregnet|offentliggjort)|ikke (?:endeligt )?opgjort|"
    r"foreligger (?:endnu )?ikke|not yet (?:available|known|calculated|published)|"
    # A price to be set: "pris fastsættes ved ibrugtagning", "prisen oplyses senere", "price to be announced".
    r"(?:pris|prisen|priser|priserne|takst|taksten|beløbet)\s+(?:fastsættes|fastlægges|oplyses|meldes ud|kendes)\s+"
    r"(?:senere|ved|når|efter)|price[s]? (?:will be|to be|are to be|is to be) (?:set|announced|confirmed)|"
    # A decision put off: "Drøftelsen blev udsat til næste møde", "the decision was postponed".
    r"(?:drøftelsen|beslutningen|sagen|punktet|behandlingen)\s+(?:blev|er)\s+udsat|"
    r"(?:decision|discussion)\s+(?:was|has been)\s+(?:postponed|deferred))\b",
    re.I,
)
_FUTURE_SECTION = re.compile(r"perspektiv|fremtid|fremadrettet|handlingsplan|anbefaling|indstilling|future|outlook|"
                             r"recommendation", re.I)
# "bilag 2 side 6", "kap. 3", "nr. 4", "Stk. 1.": numbers that point somewhere rather than count something; so does
# an interval's ordinal ("udbetales hver 14. dag"); and a law's number ("forordning (EU) 2023/2831", "nr. 1407/2013").
_REFERENCE = re.compile(r"(?:(?:\b(?:forordning|regulation|direktiv|directive)\w*|\((?:EU|EF|EC)\))\s*)+(?:(?:nr|no)\.?\s*)?"
                        r"\d+/\d+|"
                        r"(?:\b(?:side|s\.|bilag|kap\.|kapitel|afsnit|nr\.|punkt|stk\.|page|annex|chapter)|§)\s*\d+(?:/\d+)?|"
                        r"\bhvert?\s+\d+\.(?=\s*(?:dag|uge|måned|år|time|gang))", re.I)
ANSWERED_PENALTY = 0.25  # a sentence that answered an earlier part ranks below a runner-up this far behind it
AWAY_PENALTY = 0.2  # a contact line naming the person the asker says is away
STANDS_IN_BONUS = 0.1  # ... and a line naming who stands in meanwhile
TOTAL_ROW_PENALTY = 0.1  # a table's total row, when the question names another row
EXAMPLE_BONUS = 0.1  # a sentence of a worked example with the asker's figures
MIN_EXAMPLE_FIGURES = 2
# ... or one sentence marked as an example with the asker's amount in it ("200.000", not "2" or "14").
_EXAMPLE = re.compile(r"\b(?:eksempel|eksempelvis|fx|f\.eks|for\s+example|for\s+instance|example|e\.g)\b", re.I)
MIN_OWN_AMOUNT = 4
EXAMPLE_MORE = 3  # the sentences of its working and result


# "nu hvor maja er på barsel", "nu hvor poul erik er gået på pension", "now that Rasmus has retired": whom the asker
# cannot reach.
# Or said on its own: "hvem er netværksleder nu? tomasz er vist stoppet" (not a thing: "projektet er stoppet"), or heard:
# "hører at maja er på barsel".
_SOMEONE = (r"(?:\b(?:nu\s+hvor|nu\s+da|når|mens|imens|fordi|da|at|now\s+that|since|as|that|while|whilst)|(?:^|[?.!,;:–-]))\s*"
            r"([^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?)\s+")
_AWAY = re.compile(rf"{_SOMEONE}(?:er|har|is|has|'s)\s+"
                   r"(?:\w+\s+){0,2}?(?:barsel|orlov|pension|syg\w*|stoppet|holdt|fratrådt|rejst|gået|væk|ferie|"
                   r"leave|retired|left|gone|away|sick|ill|quit)\b"
                   # "thomas riis svarer ikke på mail": not to be reached
                   rf"|{_SOMEONE}(?:svarer\s+ikke|tager\s+ikke\s+(?:telefonen|røret)|"
                   r"(?:does|is|has)\s*n[o'’]?t\s+(?:been\s+)?(?:answer|respond|reply)\w*)\b", re.I)


# "har prøvet sofie flere gange men hun svarer ikke", "kan ikke få fat i sofie": tried and not reached.
_TRIED = re.compile(r"\b(?:prøvet|ringet\s+til|skrevet\s+til|tried|called|emailed)\s+(?:at\s+(?:ringe|skrive)\s+til\s+|"
                    r"to\s+(?:call|reach|email)\s+|calling\s+|emailing\s+)?([^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?)\b[^?.!]*?"
                    r"\b(?:hun|han|she|he)\s+(?:svarer\s+ikke|tager\s+ikke|(?:does|did|is)\s*n[o'’]?t\s+(?:answer|respond|reply)\w*)"
                    r"|\b(?:kan\s+ikke\s+få\s+fat\s+(?:i|på)|can[’']?t\s+reach|cannot\s+reach)\s+([^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?)",
                    re.I)
_DEFINITE_NOUN_ENDING = re.compile(r"(?:et|ene|erne|ningen|elsen)$", re.I)


# "who is covering for Maja", "hvem er vikar for maja": the one asked about stands in for someone away.
_STANDS_IN_FOR = re.compile(r"\b(?:covering|covers?|standing\s+in|stands?\s+in|filling\s+in|substitut\w*|vikar\w*|"
                            r"afløser|dækker)\s+(?:ind\s+)?for\s+([^\W\d_]{3,})", re.I)


# "Fra 1. maj 2026 overtager Line Bæk Jørgensen ...", "Emil is standing in for Maja": who does the work of someone away.
# Or for the time being: "I perioden er Mads Holmgaard Ravn kontaktperson for Eksportparat".
TAKES_OVER = re.compile(r"\b(?:overtager|overtaget|overtog|afløser|afløst|vikarierer|barselsvikar|vikar|efterfølger|stedfortræder|"
                        r"i\s+perioden|i\s+mellemtiden|midlertidig\w*|indtil\s+videre|"
                        r"takes?\s+over|took\s+over|replaces?|replaced|stands?\s+in|covers?\s+for|successor|"
                        r"in\s+the\s+meantime|temporarily|interim)\b", re.I)
# "Henvendelser til Thomas Riis under orloven sendes til Mads Thorup": whom to ask instead of someone away; or whom to
# ask about a thing: "Spørgsmål om told og eksport til Storbritannien tages i perioden af Jonas Frederiksen".
_REDIRECTED = re.compile(r"\bhenvendelser\b[^.]{0,80}?\b(?:sendes|rettes|går|videresendes)\s+til\b|"
                         # "Henvendelser om Lærlingemakker i orlovsperioden: Jonas Riis Kristensen."
                         r"\bhenvendelser\b[^.:]{0,80}?:\s*(?=[A-ZÆØÅ][^\W\d_]+\s+[A-ZÆØÅ])|"
                         r"\b(?:henvendelser|spørgsmål)\b[^.]{0,80}?\b(?:tages|besvares|håndteres|varetages|behandles)\b"
                         r"[^.]{0,30}?\baf\b|"
                         # "Mens Søren Bækgaard er på orlov, besvares spørgsmål om Smagsløft af Louise Friis Ørsted"
                         r"\b(?:tages|besvares|håndteres|varetages|behandles)\s+(?:henvendelser|spørgsmål)\b[^.]{0,80}?\baf\b|"
                         r"\b(?:enquiries|requests|questions)\b[^.]{0,80}?\b(?:go|goes|are\s+sent|should\s+be\s+sent)\s+to\b|"
                         r"\b(?:enquiries|requests|questions)\b[^.]{0,80}?\bare\s+(?:handled|answered|dealt\s+with)\s+by\b|"
                         # "Stedfortræder: Jonas Fjordbæk, jfj@..."
                         r"\b(?:stedfortræder|vikar|barselsvikar|substitute|stand-in)\s*:\s*(?=[A-ZÆØÅ][^\W\d_]+\s+[A-ZÆØÅ])", re.I)
# "... går til barselsvikaren": a redirect to a role, whose own card names who it is.
_TO_A_ROLE = re.compile(r"\btil\s+(?:min\s+|hans\s+|hendes\s+|deres\s+)?(?:barsels)?(?:vikaren|afløseren|stedfortræderen)\b"
                        r"|\bto\s+(?:the|my|his|her|their)\s+(?:substitute|stand-in|cover)\b", re.I)


def redirected(text: str) -> bool:
    return bool(_REDIRECTED.search(text)) and not _TO_A_ROLE.search(text)


def stands_in_for(text: str, names: list[str]) -> bool:
    """Does `text` name one of `names` only as whom it stands in for: "Konsulent, barselsvikar for Signe"?"""
    return any(re.search(rf"\b(?:barselsvikar|vikar|afløser|stedfortræder|covers?|stands?\s+in)\s+for\s+{re.escape(name)}\b",
                         text, re.I) for name in names)


# A name the asker doubts (Question.doubted) is no common word: "er det stadig gratis".
_COMMON_WORD_ZIPF = 5.0  # "gratis" 5.2, "muligt" 5.3; first names are rarer ("søren" 5.0, "birgitte" 4.2)


def people_away(question: Question) -> list[str]:
    """The names the question says are away: "maja" of "nu hvor maja er på barsel", "who is covering for Maja", or
    may be: "er det stadig birgitte aagaard"."""
    asked = question.normalised or question.text
    doubted = [name for name in question.doubted
               if all(zipf(word.lower(), question.language) < _COMMON_WORD_ZIPF for word in name.split())]
    away = [name for found in _AWAY.findall(asked) for name in found if name]
    # A name's second word may be the sentence going on: "sofie flere gange".
    away += [" ".join(w for i, w in enumerate(name.split()) if i == 0 or zipf(w.lower(), question.language) < _COMMON_WORD_ZIPF)
             for found in _TRIED.findall(asked) for name in found if name]
    return [name for name in away + _STANDS_IN_FOR.findall(asked) + doubted
            if not set(name.lower().split()) & STOPWORDS and not _DEFINITE_NOUN_ENDING.search(name)]


def names_anyone(text: str, names: list[str]) -> bool:
    """Does `text` name one of `names` (as a word, in any case)?"""
    return any(re.search(rf"\b{re.escape(name)}\b", text, re.I) for name in names)


FAQ_ANSWER_MORE = 2  # an FAQ answer's sentences quoted after the best one
RUNNER_UP_MARGIN = 0.05  # a candidate this close to the best is quoted too: the evidence is ambiguous
MAX_UNITS = 3


# A list item's number ("- 6. Lyngkystprisen 2024", "2) ...") orders the list; it counts nothing.
_LIST_NUMBER = re.compile(r"^(\s*(?:[-•*]\s*)?)\d{1,3}[.)](?=\s)")


def _names_a_later_year(question: Question) -> bool:
    """Does the question name a year after this one ("i 2028"): what is planned for it, a goal's figure too?"""
    return any(int(year) > datetime.date.today().year for year in question.years)


def _without_list_number(text: str) -> str:
    return _LIST_NUMBER.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), text)


# "kl. 12.00", "kl. 8.00-9.30": a time of day, no figure of anything; nor is "runde 2" a count.
# "kl. 12.00", "kl 9-15"; and "at 12:00", "09:00" (a colon marks a time of day).
_CLOCK = re.compile(r"\bkl\.?\s*\d{1,2}(?:[.:]\d\d)?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d\d)?)?|(?<![\d.,:])\d{1,2}:\d\d(?![\d:])", re.I)


def states_one_fact(text: str) -> bool:
    """One figure or date, besides years: "Klitland Erhvervs samlede indtægter udgjorde 18,6 mio. kr. i 2024."
    answers one question, not two. (A sentence without figures may say several things: what a programme is and
    whom it is for.)"""
    return len([number for number in _NUMBER.findall(text) if not _YEAR_OR_SPAN.fullmatch(number)]) == 1


# "Kystvejen 14, 6200 Aabenraa": a street number and a postcode are where, no quantity.
_ADDRESS_WITH_POSTCODE = re.compile(rf"(?:{STREET_ADDRESS.pattern})(?:,?\s*(?:DK-)?\d{{4}}(?=\s+[A-ZÆØÅ]))?")


def without_addresses(text: str) -> str:
    return _ADDRESS_WITH_POSTCODE.sub(lambda m: " " * len(m.group()), text)


def has_quantity(text: str) -> bool:
    without_dates = _without_list_number(DATE.sub(" ", NUMBERED_ROUND.sub(" ", _CLOCK.sub(" ", _REFERENCE.sub(" ", text)))))
    return bool(_NUMBER.search(without_dates) or NUMBER_WORD.search(without_dates))


def has_date(text: str) -> bool:
    return bool(DATE.search(text))


# A time counted from something: "svar inden for 10 arbejdsdage", "senest 3 uger før mødet", "ca. 5 uger efter
# ansøgningsfristen", "within 15 working days". It answers "hvornår får man svar"; a duration alone ("varer 5 dage")
# does not.
_UNITS_OF_TIME = r"(?:arbejds|hver|bank|working\s+|business\s+)?(?:dage|dag|dages|uger|uge|måneder|måned|år|timer|days?|weeks?|months?|years?|hours?)"
_RELATIVE_TIME = re.compile(
    rf"\b(?:inden\s+for|indenfor|within)\s+(?:ca\.\s+|cirka\s+|about\s+)?\d+\s+{_UNITS_OF_TIME}\b"
    rf"|\b\d+\s+{_UNITS_OF_TIME}\s+(?:efter|før|inden|after|before|fra\s+(?:datoen|dagen|from\s+the\s+date))\b", re.I)


# "efter 2025-reglerne", "2030-målet": a year naming rules or a goal, not a date something happens.
# ... and a plan's or strategy's years after its name: "arbejdet med handlingsplanen 2026–2028 går i gang" says
# nothing of when the AI lab opens.
_YEAR_IN_A_NAME = re.compile(r"\b(?:19|20)\d{2}-(?=[^\W\d_])|"
                             r"(?:(?<=plan )|(?<=planen )|(?<=strategi )|(?<=strategien ))(?:19|20)\d{2}\s*[–-]\s*(?:19|20)?\d{2}\b",
                             re.I)


def has_relative_time(text: str) -> bool:
    return bool(_RELATIVE_TIME.search(text))


# "hvilken dato", "what date": a day ("12. juni 2027", "14/4-2026"), not "i efteråret 2027".
_ASKS_A_DAY = re.compile(r"\b(?:hvilken|hvilke|what|which)\s+(?:dato|datoer|dag|date|dates|day)\b", re.I)
_DAY = re.compile(rf"\b\d{{1,2}}\.\s*(?:{'|'.join(MONTH_NAMES)})|\b\d{{1,2}}/\d{{1,2}}\b|\b\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\b|"
                  rf"\b(?:{'|'.join(MONTH_NAMES)})\s+\d{{1,2}}\b(?!\d)", re.I)


# A time within a year: a month, a season, a week, a quarter or half: "i foråret 2027", "uge 38", "2. halvår 2027".
# English "may", "march" and "fall" are verbs as often.
_WITHIN_A_YEAR = re.compile(rf"\b(?:{'|'.join(MONTH_NAMES)}|forår\w*|sommer\w*|efterår\w*|vinter\w*|uge|kvartal|halvår|"
                            r"spring|summer|autumn|winter|week|quarter|january|february|april|june|july|"
                            r"august|september|october|november|december)\b", re.I)


def _only_the_asked_year(question: Question, text: str) -> bool:
    """Does `text` date nothing but the year the question names ("Fra 2027 udvides ..." for "hvornår ... i 2027")?
    That says no more than the question did."""
    dates = [match.group() for match in DATE.finditer(text)]
    return bool(question.years) and bool(dates) and all(date.strip() in question.years for date in dates) \
        and not _WITHIN_A_YEAR.search(text)


def _without_asked_dates(question: Question, text: str) -> str:
    """`text` without the spans of years and the dates the question names: "en ny Erhvervshandlingsplan 2026-2029"
    names the plan asked about, not when it is adopted; "Dato: Tirsdag den 19. november 2024" is the meeting whose
    minutes "fra november 2024" are asked about, not the next one; nor the year after a name it asks about."""
    asked = question.normalised or question.text
    for span in _YEAR_SPAN.findall(asked):
        text = text.replace(span, " ")
    # "Ansøgningsfristen for Smagsløft 2026 er flyttet", asked when the Smagsløft deadline is: the year names the
    # scheme asked about, it does not date the deadline.
    words = {word for word in map(str.lower, _WORDS.findall(asked)) if word not in STOPWORDS}  # not "I 2027"
    text = re.sub(r"\b([^\W\d_]+)\s+(?:19|20)\d{2}\b(?![.,/-]?\d)",
                  lambda m: m.group(1) if m.group(1)[0].isupper() and m.group(1).lower() in words else m.group(), text)
    named = dates_asked(asked)
    return DATE.sub(lambda m: " " if any(holds(dates_in(m.group()), date) for date in named) else m.group(), text) \
        if named else text


def _says_a_deadline(text: str) -> bool:
    """Does `text` state a deadline: "Ansøgningsfristen er 13. april", "skal være indsendt senest ..."? Not the reply
    date ("Svar gives senest 10. juli"), nor the end a project must reach by then ("Projektet skal være afsluttet:
    senest 30. juni 2027"), which only "senest" would make one."""
    reply = EVENTS["reply"].search(text)
    if reply and not has_date(text[:reply.start()]):
        # "... regnes fra den nye frist, så ansøgere kan forvente svar senest den 1. juli 2026": its dates are the reply's.
        return False
    read = EVENTS["reply"].sub(" ", text)
    # "Svarfristen på 8 uger" is the office's.
    said = {word for match in EVENTS["deadline"].finditer(read) if not (word := match.group().lower()).startswith("svar")}
    return bool(said) and (said != {"senest"} or not EVENTS["end"].search(read))


# "Hvornår tømmes restaffald?" - "Hver 14. dag"; "when does the bus run" - "every 30 minutes": a when that recurs.
_RECURRENCE = re.compile(
    # "hvert tredje år", "every second week": an ordinal counts the interval.
    rf"\b(?:hver|hvert|every)\s+(?:\d+\.?\s+|(?:{'|'.join(ORDINALS)})\s+|other\s+)?(?:dag|uge|måned|år|time|kvarter|minut|hverdag|weekend|"
    rf"{WEEKDAYS}|day|week|month|year|hour|minute|weekday)\w*|\b(?:dagligt|ugentligt|månedligt|årligt|daily|weekly|"
    r"monthly|yearly|annually)\b"
    # "den første fredag i oktober", "the last Sunday in May": a day of the year that recurs.
    rf"|\b(?:første|anden|tredje|fjerde|sidste|first|second|third|fourth|last)\s+(?:{WEEKDAYS})\w*\s+(?:i|in|of)\s+"
    r"(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|january|february|"
    r"march|may|june|july|october)\b"
    # ... or of each month: "the first Thursday of every month", "den sidste onsdag i måneden".
    rf"|\b(?:første|anden|tredje|fjerde|sidste|first|second|third|fourth|last)\s+(?:{WEEKDAYS})\w*\s+(?:i|in|of)\s+"
    r"(?:måneden|hver\s+måned|(?:every|each|the)\s+month)\b", re.I)
_ASKS_PHONE = re.compile(r"\b(?:tlf|telefon\w*|\w*nummer\w*|ring\w*|phone\w*|number|call)\b", re.I)


_EVERY_YEAR = re.compile(r"(?:hvert|every)\s+år\w*|(?:every|each)\s+year|årligt|yearly|annually", re.I)


def recurs(text: str) -> bool:
    """Does `text` give a when that recurs ("the first Thursday of every month", "Hver 14. dag"), and no date?"""
    return bool(_RECURRENCE.search(text)) and not has_date(text)


# How often: "mødes fire gange om året", "to gange årligt", "once a year"; or once in a period: "ikke har fået et
# cybertjek inden for de seneste 24 måneder".
_HOW_OFTEN = re.compile(
    r"\bgange?\s+(?:om|pr\.?|per|i|hver|hvert|årligt|månedligt|ugentligt)\b|\b(?:halvårlig\w*|kvartalsvis|quarterly)\b"
    r"|\b(?:once|twice|\w+\s+times)\s+(?:a|an|per|each|every)\s+(?:year|month|week|day|quarter)\b"
    r"|\b(?:inden\s+for|indenfor|within)\s+(?:de\s+|the\s+)?(?:seneste|sidste|last|past)\s+\d+\s+(?:måneder|år|months|years)\b",
    re.I)
_WEEKDAY = re.compile(rf"\b({WEEKDAYS})", re.I)


_DANISH_DAY = {"monday": "mandag", "tuesday": "tirsdag", "wednesday": "onsdag", "thursday": "torsdag",
               "friday": "fredag", "saturday": "lørdag", "sunday": "søndag"}


@lru_cache(maxsize=1024)
def _hours_days(asked: str) -> tuple[str, ...]:
    """The weekdays an opening- or calling-hours question asks about, an English one in Danish too (a Danish table's
    "Torsdag"): once per question, not per candidate sentence."""
    if not asks_opening_hours(asked) and not asks_calling_hours(asked):
        return ()
    days = {day.lower() for day in _WEEKDAY.findall(asked)}
    return tuple(days | {_DANISH_DAY[day] for day in days if day in _DANISH_DAY})


# "Om fredagen kan vi kun kontaktes på mail": closed to calls.
_MAIL_ONLY = r"\b(?:kun|only)\s+(?:kontaktes|træffes|be\s+(?:contacted|reached))\s+(?:på|pr\.?|per|via|by)\s+(?:e-?)?mail\b"
# "kl. 7-19", "Torsdag 13-17", "11 am-4 pm", "from 10:00 to 14:00", "Lukket": opening hours; not "10-50 ansatte"
# or "2008-2010".
_HOURS = re.compile(
    r"\b(?:fra|from|between|mellem)\s+\d{1,2}[.:]\d{2}\s+(?:til|to|and|og)\s+\d{1,2}[.:]\d{2}\b|"
    r"\b\d{1,2}(?:[.:]\d{2})?\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?\b(?!\s*(?:%|procent|ansatte|medarbejdere|år|mio|mia|kr|"
    r"km|m\b|meter|personer|people|employees|years|uger|weeks|dage|days))|\bkl\.?\s*\d|\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b|"
    rf"\b(?:lukket|closed|døgnet rundt|around the clock|24/7)\b|{_MAIL_ONLY}", re.I)


def has_hours(text: str) -> bool:
    return bool(_HOURS.search(text))


def hours_of_the_asked_day(question: Question, text: str) -> bool:
    """Does `text` give opening hours right after a weekday the question asks about? "Lørdag  10-14  7-22"
    does for "hvornår har biblioteket åbent om lørdagen", and "Søndag  Lukket  10-16" (closed is an answer too);
    "mandag-fredag 10-16 og lukket om lørdagen" does not. "Om lørdagen kan vi kun kontaktes på mail" does for "kan
    man ringe om lørdagen"."""
    return any(re.search(rf"\b{day}\w*[\s:,]+(?:(?:lukket|closed)\b|(?:\w+\s+){{0,2}}{_MAIL_ONLY}|(?:kl\.?\s*)?\d{{1,2}}(?:[.:]\d{{2}})?\s*"
                         r"(?:[-–]|am\b|pm\b|to\b))", text, re.I)
               for day in _hours_days(question.normalised or question.text))


# "kontoret i São Paulo", "virksomheder i Region Syddanmark": a thing of one named place or body.
_LINKS = "i|in|på|fra|for|af|of|at"
_NAMED_THING = re.compile(rf"([^\W\d_]+)\s+({_LINKS})\s+([A-ZÆØÅ][^\W\d_]*(?:\s+[A-ZÆØÅ][^\W\d_]*)?)")


_GENERIC_NAMES = ("region", "kommune", "county")  # a name's first word that is a kind of place


def plain(text: str) -> str:
    """Lower case without accents: "São" and "sao" are one name."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def names_another(question: Question, text: str) -> bool:
    """Does `text` give its fact for another name than the one asked, in the same phrase? "Kontoret i São Paulo
    åbnede i marts 2012" does, asked "hvornår åbnede kontoret i Budapest"."""
    asked_text, plain_text = plain(question.normalised or question.text), plain(text)
    for thing, _, name in _NAMED_THING.findall(text):
        stem = tokenize(thing)
        size = len(name.split())  # "Region Syddanmark" against the asked "region midtjylland"
        # Any linking preposition: "eksportkvoten i region syddanmark" asks what "Eksportkvoten for ..." states.
        for match in re.finditer(rf"([^\W\d_]+)\s+(?:{_LINKS})\s+([^\W\d_]+(?:\s+[^\W\d_]+){{0,{size - 1}}})",
                                 asked_text, re.I):
            asked = match.group(2)
            # "Region Midtjylland" is compared with "region syddanmark", not with "regionen reelt".
            generic = plain(name).split()[0] in _GENERIC_NAMES and asked.split()[0] != plain(name).split()[0]
            if stem and tokenize(match.group(1)) == stem and asked != plain(name) and asked.split()[-1] not in plain_text \
                    and not generic:
                return True
    return False


_FULL_DATE = re.compile(rf"\b\d{{1,2}}\.\s*(?:{'|'.join(MONTH_NAMES)})\s+(?:19|20)\d\d\b", re.I)  # "27. februar 2025"
_YEAR_OR_SPAN = re.compile(r"\b((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?\b")


def years_named(text: str) -> set[str]:
    """The years `text` names, a span's years between ("2008-2010") included."""
    years: set[str] = set()
    for first, last in _YEAR_OR_SPAN.findall(text):
        years.update(str(y) for y in range(int(first), int(last or first) + 1) if int(last or first) - int(first) < 50)
    return years


def of_another_year(question: Question, text: str) -> bool:
    """Does `text` give its figure for other years than the asked ones? "Eksportkvoten var i 2008 ca. 48 %" does,
    asked about 2011. A sentence naming no year may hold any year's figure."""
    # "Siden 2012 er der bevilget 121 videnkuponer" counts the years since, not 2012's.
    since = _SINCE_YEAR.search(text)
    named = years_named(_COMPARED_WITH_YEAR.sub(" ", _SINCE_YEAR.sub(" ", text))) | ({"since"} if since else set())
    years = years_of_the_answer(question)
    compared = years_named(" ".join(_COMPARED_WITH_YEAR.findall(text)))
    if years and compared and not named:
        return bool(years & compared)  # "147 virksomheder ... – 16 flere end i 2024" counts another year's than 2024
    return bool(years and named) and not named & years


_SINCE_YEAR = re.compile(r"\b(?:siden|since)\s+(?:udgangen\s+af\s+|starten\s+af\s+|the\s+end\s+of\s+)?(?:19|20)\d{2}\b", re.I)
_COMPARED_WITH_YEAR = re.compile(r"\b(?:end|than|sammenlignet\s+med|compared\s+(?:with|to))\s+(?:i\s+|in\s+)?(?:19|20)\d{2}\b", re.I)


# "første ansøgningsrunde", "ansøgningsrunde 2": a round, however compounded.
_ROUND_COMPOUND = re.compile(r"\b[^\W\d_]{3,}?s?(runde)\b", re.I)


def _rounds(text: str) -> dict[str, set[str]]:
    rounds: dict[str, set[str]] = {}
    text = _ROUND_COMPOUND.sub(r"\1", ordinal_steps_in_figures(text))
    for word, number, number_before, word_after in NUMBERED_ROUND.findall(text):
        kind = (word or word_after).lower()
        rounds.setdefault(_DANISH_ROUND.get(kind, kind), set()).add(number or number_before)
    return rounds


_DANISH_ROUND = {"round": "runde", "phase": "fase"}  # an English question's "round 2" is the documents' "2. runde"


def of_another_round(question: Question, text: str) -> bool:
    """Does `text` give its fact for another numbered round, team or phase than the asked one? "Runde 1: ... 18
    ansøgninger" does, asked "hvor mange ansøgninger kom der i runde 2"."""
    named = _rounds(text)
    return any(kind in named and not numbers & named[kind]
               for kind, numbers in _rounds(question.normalised or question.text).items())


def rounds_not_named(question: Question, text: str) -> list[str]:
    """The numbered rounds, teams or phases a question asks the date of that `text` does not name: "hvornår starter
    hold 10" is not answered by when the accelerator started."""
    named = _rounds(text)
    return [match.group() for match in NUMBERED_ROUND.finditer(question.normalised or question.text)
            if not (numbers := _rounds(match.group())) or not any(
                kind in named and found & named[kind] for kind, found in numbers.items())]


# "Lydstudie A", "Hal B": a capital letter after a word names one of several alike; the asker types it in either case
# ("lydstudie b"), though not as a word of its own ("i", "å").
_LETTERED = re.compile(r"\b([^\W\d_]{3,})\s+([A-ZÆØ])(?![\w.-])(?!['’](?!s\b))")  # "Spor A", "Spor A's budget"
_ASKED_LETTERED = re.compile(r"\b([^\W\d_]{3,})\s+([a-zæø])(?![\w.'’-])", re.I)


def _lettered(pattern: re.Pattern[str], text: str) -> dict[str, set[str]]:
    named: dict[str, set[str]] = {}
    for word, letter in pattern.findall(text):
        if letter.lower() != "i":
            named.setdefault(stem(word), set()).add(letter.upper())
    return named


def of_another_letter(question: Question, text: str) -> bool:
    """Does `text` give its fact for another lettered thing than the asked one? "Lydstudie A  pr. time  450 kr."
    does, asked "hvad koster lydstudie b"; one letter is no search word, so only this tells the rows apart."""
    named = _lettered(_LETTERED, text)
    asked = _lettered(_ASKED_LETTERED, question.normalised or question.text) if named else {}
    return any(word in named and not letters & named[word] for word, letters in asked.items())


def years_of_the_answer(question: Question) -> set[str]:
    """The years the answer must be of. A date question's span names a thing ("Hvornår vedtages
    Erhvervshandlingsplan 2026-2029": its adoption is in 2025), and its dates name a meeting ("hvornår står næste
    møde til i referatet fra november 2024": the next one is in 2025), not when the answer is."""
    years = set(question.years)
    if question.answer_type == "date":
        text = question.normalised or question.text
        years -= years_named(" ".join(_YEAR_SPAN.findall(text)))
        years -= {str(date.year) for date in dates_asked(text) if date.year}
    return years


# "Hvis eksporten kan øges med 5 %, svarer det til ... 8.800 mio. kr.": a figure of what would be.
_CONDITIONAL = re.compile(r"^\W*(hvis|såfremt|if)\b|,\s*(hvis|såfremt|if)\b|\bunder forudsætning af\b", re.I)


def asks_period(question: Question) -> bool:
    """"hvilke år kørte programmet", "which years": a span of years is the answer."""
    return bool(_ASKS_PERIOD.search(question.normalised or question.text))


# The events a time counted from something may date: "senest 14 dage før kursusstart", "svar inden for 10 arbejdsdage".
_COUNTED_FROM_SOMETHING = (None, "deadline", "reply")
# A payment dated by what must happen first: "når projektet er afsluttet", "ved dokumenteret projektstart", "i to rater".
_PAID_WHEN = re.compile(r"\b(?:når|ved|efter|inden|senest|rater?|forskud|when|after|upon|on\s+completion|instal+ments?|"
                        r"advance)\b", re.I)


def of_the_asked(question: Question, text: str, header: str = "") -> bool:
    """Is a figure or date in `text` one of what was asked, not of another office, region, year or event, nor what
    would be under a condition when the question asks what was?"""
    if names_another(question, text) or of_another_year(question, f"{header} {text}") \
            or of_another_round(question, f"{header} {text}") or of_another_letter(question, text):
        return False
    if question.asks_what_happened and _CONDITIONAL.search(text):
        return False
    if question.answer_type == "date" and asks_period(question):
        return bool(_YEAR_SPAN.search(text))  # a period: an approval date is no other period
    # "Tilmelding sker senest 14 dage før kursusstart": a time counted from something dates the asked deadline too.
    return question.answer_type != "date" or dates_asked_event(question.event, text) \
        or (question.event in _COUNTED_FROM_SOMETHING and has_relative_time(text))


# ... or who sees to it: "I den periode tager Rasmus Thygesen sig af booking", "Ida varetager udbetalingerne".
_REACHABLE = re.compile(r"kontakt|contact|ansvarlig|in\s+charge|responsible|\bledes\s+af|\bleder\b|\bmanager\b|"
                        r"\bsig\s+af\b|\bvaretager\b|\bhåndterer\b", re.IGNORECASE)


_TOPIC_AND_PERSON = re.compile(rf"[-•*]?\s*[^:]+:\s+{PERSON_NAME.pattern}(?:\s*\([^)]*\))?\.?$")  # "- Booking af ...:  Bettina Kure"
_CONTACTS_HEADING = re.compile(r"\b(?:kontakt\w*|contact\w*|henvend\w*)", re.I)
_ASKS_WHOM = re.compile(r"\b(?:hvem|who|whom)\b", re.I)
# ... or who stands in for them: "I perioden tager Line Østergaard sig af sikkerhedstjek".
_SENT_TO = re.compile(r"\b(?:rettes til|henvend\w*|kan kontakte|kontakt|kontaktperson|contact|get in touch with|sig af)\b",
                      re.I)


_AMOUNT_FIGURE = r"(?<![\d.,])(\d[\d.]*(?:,\d+)?)\s*"  # "1.250.000", "9,7"
_AMOUNT = re.compile(rf"{_AMOUNT_FIGURE}(?:kr\b\.?|mio\b\.?|mia\b\.?|dkk\b|kroner\b)", re.I)


def _without_own_amounts(question: Question, text: str) -> str:
    """`text` without the amounts the asker gives: "vi har et projektbudget på 800.000 kr., hvor meget kan vi låne"
    is not answered by an example's "et projektbudget på 800.000 kr." but by its "låne op til 400.000 kr."."""
    own = {number.replace(".", "") for number in _AMOUNT.findall(question.normalised or question.text)}
    return _AMOUNT.sub(lambda m: " " if m.group(1).replace(".", "") in own else m.group(), text) if own else text


# The word right after a figure: unlike _AFTER_FIGURE no adjective is skipped ("3 gange med 400" counts "gange").
_WORD_AFTER_FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*\s+([^\W\d_]+)")
_ASKS_TIMES = re.compile(r"\b(?:hvor\s+mange\s+gange|how\s+many\s+times)\b", re.I)


# "mellem 25.000 og 175.000 kr.", "50.000-150.000 kr.": a range of amounts, its first end without its unit.
_MONEY_RANGE = re.compile(r"(?<![\d.,])\d[\d.]*(?:,\d+)?\s*(?:og|til|and|to|-|–)\s*\d[\d.]*(?:,\d+)?\s*(?:kr\b\.?|mio\b\.?|"
                          r"mia\b\.?|dkk\b|kroner\b)", re.I)
# "Bevilget i alt (kr.)": a row of amounts of money.
_MONEY_LABEL = re.compile(r"\((?:mio\.?\s*|mia\.?\s*|t\.?\s*)?(?:kr\.?|dkk|kroner)\)", re.I)
# "Under 10 fuldtidsansatte", "10–49 ansatte", "50 employees or more": the size a price is for.
_STAFF_BRACKET = re.compile(r"\d[\d.,]*(?:\s*[–-]\s*\d[\d.,]*)?\s+(?:\w*ansatte|employees|medarbejdere)\b", re.I)


def counts_only_money(text: str, header: str = "") -> bool:
    """Are the figures of `text` amounts of money, beside the company sizes they are for ("Under 10 fuldtidsansatte
    2.500 kr.", or "Stort medlem  50–249  12.000 kr." under the column "Antal ansatte")?"""
    # "11,4 mio." is millions of what the row counts ("Overnatninger i alt"), money only where kroner are named.
    amounts = _AMOUNT if _KRONER.search(f"{header} {text}") else _KRONER_AMOUNT
    without_money = amounts.sub(" ", _MONEY_RANGE.sub(" ", text))
    if without_money == text and _STAFF_BRACKET.search(_without_bounds(text)):
        return False  # no money, and staff counted, not bounded: "47 medarbejdere blev rekrutteret fra udlandet"
    figures = _STAFF_BRACKET.sub(" ", without_money)
    if _STAFF_COLUMN.search(header):
        figures = _BARE_RANGE.sub(" ", figures)
    # A record is no row with a label: its "Pris medlem (kr.): 2.100,00" labels one field ("Pladser: 24" counts).
    return bool(not is_record(text) and _MONEY_LABEL.search(row_label(text))) or not has_quantity(figures)


_KRONER = re.compile(r"\b(?:kr|dkk|kroner|euro|eur)\b|€", re.I)
_KRONER_AMOUNT = re.compile(rf"{_AMOUNT_FIGURE}(?:kr\b\.?|dkk\b|kroner\b)", re.I)
_HOW_MANY_THINGS = re.compile(r"\b(?:hvor\s+mange|how\s+many)\b", re.I)
_STAFF_COLUMN = re.compile(r"\b(?:\w*ansatte|medarbejdere|employees)\b", re.I)
_BARE_RANGE = re.compile(r"(?<![\d.,])\d[\d.]*\s*[–-]\s*\d[\d.]*(?![\d.,])")


def _counts_only_people(text: str) -> bool:
    """Do the figures in `text` count people alone ("i alt 88 deltagere"), which answer no "how many times"?"""
    nouns = [noun for noun in _WORD_AFTER_FIGURE.findall(text) if noun.lower() not in STOPWORDS]  # "i 2025 med"
    return bool(nouns) and all(_PERSON_NOUN.fullmatch(noun) or stem(noun.lower()) in _PEOPLE for noun in nouns)


def fits_answer_type(question: Question, text: str, header: str = "", section: str = "") -> bool:
    """Does `text` hold the kind of answer asked for? header: a table row's header lines; section: the heading
    over it, which may say what its dates are ("Ansøgningsfrister 2023")."""
    if question.answer_type == "date" and question.event == "payment":
        # "hvornår bliver tilskuddet udbetalt": a sentence on the payment, dated or by what must happen first
        # ("udbetales i to rater: 30 % ved dokumenteret projektstart ..."); not any date of the grant.
        return bool(EVENTS["payment"].search(f"{section} {text}")) and (_PAID_WHEN.search(text) is not None or has_date(text))
    if question.answer_type in ("quantity", "date") and not of_the_asked(question, text, header):
        return False
    if question.answer_type in ("quantity", "date") and not _rounds(text) and of_another_round(question, section):
        return False  # "Der kom 87 ansøgninger" under "Status på 1. ansøgningsrunde" is no count of the 2nd round
    if question.answer_type == "quantity":
        if free_as_asked(question, text):
            return True
        if _ASKS_BY_HOW_MUCH.search(question.normalised or question.text) and _PERCENT.search(text) \
                and (CHANGED.search(text) or _ADJUSTED.search(text)):
            return True  # "hvor meget steg priserne": "Priserne reguleres med 4,5 %", though no amount in kroner
        text = without_addresses(text)
        if question.counted == "kr" and _PAID_AS_TIME_OR_SHARE.search(text):
            return True  # "hvor stort er depositum": "et depositum svarende til 2 måneders leje" (or "30 % af standlejen")
        if _ASKS_TIMES.search(question.normalised or question.text) and _counts_only_people(text):
            return False  # "hvor mange gange mødes man": not "i alt 88 deltagere"
        if counts_staff(question) and not _ASKS_RULE.search(question.normalised or question.text):
            # "hvor mange ansatte har erhvervshuset": a size bracket ("Har virksomheden 10 ansatte eller flere, er
            # prisen 3.500 kr.", "1-9 ansatte") is a rule for companies, no count; asked what one must have, it
            # answers. (Of other things a bound is the count: "får op til 8 mentormøder", "4-6 uger".)
            text = _without_bounds(text)
        # "hvor mange virksomheder er medlem": not a fee by size ("Under 10 fuldtidsansatte  2.500 kr."); "hvor mange
        # fik ja" counts something too, not "Bevilget tilskud (kr.)  912.000".
        counts_a_thing = question.counted not in (None, "kr") or (
            question.counted is None and _HOW_MANY_THINGS.search(question.normalised or question.text) is not None)
        if counts_a_thing and not question.units and not counts_staff(question) and counts_only_money(text, header):
            return False
        if counts_a_thing:
            text = _without_shares(question, text)
        if counts_a_thing and not _ASKS_ADDED.search(question.normalised or question.text):
            # "how many cameras do you have": "opgraderet med 8 nye kameraer" counts those added, not all of them.
            text = _ADDED_COUNT.sub(" ", text)
        if _another_charge(question, text):
            return False  # "hvor stort depositum": not "depositum retur fratrukket et administrationsgebyr på 1.500 kr."
        if prices_another_account(question, text, header):
            return False  # "hvad koster konferencen": not "kontrakter med en samlet værdi på 412 mio. kr."
        if question.counted == "kr" and prices_the_other_group(question, text):
            return False  # "for medlemmer": not "Timeprisen for ikke-medlemmer hæves fra 1.450 kr. til 1.650 kr."
        if question.counted == "kr" and _a_price_for_a_grant(question, text):
            return False  # "hvor meget får man i tilskud": not "et tyskkursus, der koster 7.000 kr. pr. deltager"
        if _record_without_the_asked_field(question, text):
            return False  # "hvad er max tilskud": not a calendar row's "pris kr ekskl moms: 0,00" of a meeting on it
        if question.counted == "kr":
            text = _without_own_amounts(question, text)
        if asks_what_was(question):
            text = _without_goals(text, header)  # "hvor mange deltog": not "Mål 2024: 150 deltagere"
        counted = counts_asked(question, text, header) or (question.counted == "kr" and (
            charged_as_a_rate(f"{header} {text}") or _PRICE_LABEL.search(text) is not None))
        # "how much are mentors paid per hour": not "4.000 kr. pr. elev pr. år", a rate per other things; nor a total
        # ("around DKK 16 million in grants"): an hourly rate is written as one ("Timepris", "pr. time").
        asked_per, stated_per = rates_per(question.normalised or question.text), rates_per(f"{header} {text}")
        if asked_per and not asked_per & stated_per and (stated_per or asked_per & _WRITTEN_RATES):
            return False
        return has_quantity(text) and counted and has_unit(question.units, text, header)
    if question.answer_type == "date":
        # A deadline is only a deadline when the sentence (or a table's header: "Frist", or its section's heading)
        # says so; an approval date does not answer it.
        recurring = _RECURRENCE.search(text) if question.event is None else None
        if recurring and not _EVERY_YEAR.fullmatch(recurring.group()):
            return True  # "hver torsdag" says when; "hvert år" only how often
        if _ASKS_A_DAY.search(question.normalised or question.text) and not _DAY.search(text):
            return False
        if question.event is not None and BYLINE.match(text):
            return False  # "19. februar 2026 · Af Camilla Skårup" dates the news item, not the deadline it moves
        if _only_the_asked_year(question, text):
            return False  # "hvornår ligger iværksætterdagen i 2027": not "Fra 2027 udvides Iværksætterdagen til to dage"
        # "hvornår får man svar": "inden for 10 arbejdsdage"; not a start or end, which is a date of its own.
        relative = question.event in _COUNTED_FROM_SOMETHING and has_relative_time(text)
        # A reply date under a heading on the deadline is no deadline: "Svar gives senest 10. juli 2026" under "Flytning
        # af ansøgningsfristen".
        return (has_date(_without_asked_dates(question, _YEAR_IN_A_NAME.sub(" ", text))) or relative) and (
            question.event != "deadline" or _says_a_deadline(text) or (
                bool(EVENTS["deadline"].search(f"{section} {header}")) and not EVENTS["reply"].search(text)))
    if question.answer_type == "contact":
        if asks_address(question.normalised or question.text):
            return bool(STREET_ADDRESS.search(text))
        if ASKS_MAIL.search(question.normalised or question.text) and not _ASKS_PHONE.search(question.normalised or question.text):
            return bool(EMAIL.search(text))  # "hvad er mads kirkegaards mail": not his phone number
        # "hvem skal jeg ringe til": someone's number or e-mail; a web address ("Book via www...") reaches no one.
        # Or the person one is sent to: "Spørgsmål om kemikalier rettes til laboratorieansvarlig Sofie Amalie Krogh."
        if _ASKS_WHOM.search(question.normalised or question.text):
            # ... or a list under "HVEM KONTAKTER JEG OM ...?": "- Udbetaling af tilskud, fakturaer, NemKonto:  Hanne Funch".
            return bool(PHONE_OR_EMAIL.search(text) or (_SENT_TO.search(text) and PERSON_NAME.search(text))
                        or (_CONTACTS_HEADING.search(section) and _TOPIC_AND_PERSON.match(text)))
        return bool(CONTACT_DETAIL.search(text))
    if question.answer_type == "who":
        # The holder of the asked post: "Referent: Karina Lind", not the meeting's title.
        if not names_someone_new(question, text):
            return False
        if question.post is not None:
            # "Formanden orienterede om, at Erhvervskonference Nordvest ...": what the holder did, not who it is.
            # "Formand for Erhvervsrådet er direktør Torben Adelsteen" names the post of a body, then its holder.
            opening = re.match(rf"\W*(?:{question.post})\w*\s+(\w+)", text, re.I)
            if opening is not None and opening.group(1).islower() and opening.group(1) not in _POST_OF \
                    and not PERSON_NAME.match(text[opening.end(1):].lstrip(" ,")):
                return False
            return bool(re.search(question.post, f"{section} {header} {text}", re.I))
        # A contact person is someone to reach: listed with a phone number or an e-mail, or said to be the contact
        # or in charge ("Programmet ledes af konsulent Jonas ..."); not the body running the programme.
        if ANY_HOLDER.search(question.normalised or question.text):
            # ... a person: "please write to info@… and we will forward your enquiry" names no one.
            return bool(CONTACT_DETAIL.search(text) or _REACHABLE.search(f"{section} {header} {text}")) \
                and PERSON_NAME.search(text) is not None
        return True
    if question.answer_type == "frequency":
        return bool(_RECURRENCE.search(text) or _HOW_OFTEN.search(text))
    if question.answer_type == "identifier":
        return holds_identifier(question, text)
    if question.answer_type == "hours":
        # "hvornår åbner jeres kontor i Kolding": "Satellitkontoret åbner 1. februar 2027" says when it opens, once.
        # So does a date under "Lukkedage": "2. april - 6. april 2026 (påske)" of "har i lukket i påsken".
        return has_hours(text) or bool(_OPENS_ON.search(text)) or bool(_CLOSING_DAYS.search(section) and has_date(text))
    return True


_POST_OF = {"for", "af", "i", "ved", "of", "at"}  # "Formand for Erhvervsrådet", "chair of the board"
_CLOSING_DAYS = re.compile(r"\b(?:lukkedag\w*|lukkeperiode\w*|lukkedato\w*|closing\s+days|holiday\s+closures?)\b", re.I)


# A price asked ("hvad koster", "what does it cost"), and an amount that is worth, sold or earned, not charged.
ASKS_PRICE = re.compile(r"\b(?:koster|kostede|costs?|pris(?:en)?|price)\b", re.I)
# ... not the asker's own figure: "hvis vores projekt koster 200.000 kr, hvor meget kan vi få i tilskud" asks a grant.
_STATED_PRICE = re.compile(r"\b(?:koster|kostede|costs?)\s+(?:ca\.?\s*|cirka\s+|omkring\s+|around\s+|about\s+)?\d", re.I)
# ... or granted to the payer: "tilskud til markedsbesøg på op til 40.000 kr." is what participants got, not paid.
_AMOUNT_OF_AN_ACCOUNT = re.compile(r"\b(?:\w*værdi(?:en)?|omsætning\w*|indtægt\w*|eksport\w*|turnover|revenue\w*|income|"
                                   r"worth|value|\w*tilskud\w*|bevilling\w*|grants?|subsid(?:y|ies)|\w*kapital(?:en)?|capital)\b", re.I)
_PRIZE = re.compile(r"\b(?:\w*præmie\w*|prizes?|vind(?:e|er)?|win(?:s|ning)?|vinderen|winners?)\b", re.I)
_MONEY_CHARGED = re.compile(r"\b(?:koste[rt]?|kostede|pris\w*|\w+pris(?:en|er|erne)?|betal\w*|\w*gebyr\w*|egenbetaling\w*|"
                            r"\w*takst\w*|costs?|price\w*|fees?|pays?|charged?)\b|\bkr\.?\s+(?:pr\.?|per|om)\b", re.I)


def _groups(text: str) -> tuple[bool, bool]:
    """Does `text` name members, non-members?"""
    tokens = tokenize(text)
    return any(token.startswith("medlem") or token == "memb" for token in tokens), NON_MEMBER in tokens


def prices_the_other_group(question: Question, text: str) -> bool:
    """The question names members or non-members and `text` only the others: their price is not the asker's."""
    asks_members, asks_non_members = _groups(question.normalised or question.text)
    names_members, names_non_members = _groups(text)
    return (asks_members and not asks_non_members and names_non_members and not names_members) \
        or (asks_non_members and not asks_members and names_members and not names_non_members)


def prices_another_account(question: Question, text: str, header: str = "") -> bool:
    """Asked a price, is the amount in `text` another account's, charged by no word: a value, an export, a grant?"""
    if question.counted != "kr" or not ASKS_PRICE.search(_STATED_PRICE.sub(" ", question.normalised or question.text)):
        return False
    # A prize is won, never charged, though Danish calls it a "pris": "Publikumsprisen  Præmie: 5.000 kr.".
    won = _PRIZE.search(f"{header} {text}") and not _PRIZE.search(question.normalised or question.text)
    # Asked a rate ("hvad koster det at leje LED-væggen pr dag"), a plan's budget for it is what the body spends.
    budgeted = rates_per(question.normalised or question.text) and _BUDGET.search(f"{header} {text}") \
        and not _BUDGET.search(question.normalised or question.text)
    # A row of the body's accounts is what it took in or spent: "Deltagerbetaling, messer og mentorprogram  960.000 kr."
    # under "Indtægter  Beløb" is no price of the mentor programme.
    accounts = _ACCOUNTS_HEADER.match(header.strip()) and not ACCOUNT.search(question.normalised or question.text)
    return bool(won or budgeted or accounts) \
        or (not _MONEY_CHARGED.search(f"{header} {text}") and _names_another_account(question, text))


_BUDGET = re.compile(r"\b\w*budget\w*", re.I)
_ACCOUNTS_HEADER = re.compile(r"(?:indtægter|udgifter|omkostninger|budget|regnskab|income|revenues?|expenses|expenditure)"
                              r"(?:\s+i\s+alt)?(?:\s{2,}|$)", re.I)


# What one pays by its name: "depositum", "administrationsgebyret", "husleje", "kontingent"; and the amount a sentence
# names so ("et administrationsgebyr på 1.500 kr.").
_CHARGE_NOUN = re.compile(r"\b\w*(?:depositum|gebyr|leje|kontingent|takst|egenbetaling|egenandel|deposit|fee|rent)\w*", re.I)
_NAMED_AMOUNT = re.compile(r"\b([^\W\d_]{4,})\s+(?:på|of)\s+(?:op til\s+|ca\.\s*|kun\s+)?\d[\d.,]*\s*(?:kr\b|kroner|dkk|%|procent)",
                           re.I)


_FIELD_LABEL = r"(?:^|,\s)([^\W\d_][^,:]{0,40}):"
_FIELD = re.compile(_FIELD_LABEL + r"\s")  # "dato: 25-03-2026, titel: ..., pris kr ekskl moms: 0,00"
_FIGURE_FIELD = re.compile(_FIELD_LABEL + r"\s*\d")  # its label, of a field holding a figure
_FIGURE_FIELD_VALUE = re.compile(_FIELD_LABEL + r"\s*(\d[\d.,]*)(?=,|$)")  # ... and the figure, whole


MIN_RECORD_FIELDS = 3
_SHORT_ITEM = 160  # characters of a list item read as one statement
_LABELLED_ITEM = re.compile(r"[-•*]\s+[^\W\d_][^:.\d]{0,40}:\s")


def is_record(text: str) -> bool:
    """A row of labelled fields: "- dato: 09-09-2026, titel: ..., pris kr ekskl moms: 750,00"."""
    return len(_FIELD.findall(text)) >= MIN_RECORD_FIELDS


# A record's field value in words: "Kommune: Struer", "Ordning: Digital Handel i Småbyer".
_WORDED_FIELD_VALUE = re.compile(_FIELD_LABEL + r"\s*([^\W\d_][^,]*)")
# What someone got: "hvor mange penge fik struer", "how much went to Holstebro"; a limit is a rule, no such figure.
_GOT = re.compile(r"\b(?:fik|modtog|har\s+fået|blev\s+(?:bevilget|udbetalt)|got|received|went\s+to|(?:was|were)\s+"
                  r"(?:granted|awarded|paid))\b", re.I)
LIMIT_PENALTY = 0.1
NAMED_FIELD_BONUS = 0.05  # per field whose value the question names: "struer i dhs tilskud" of "Kommune: Struer, ..."
MAX_NAMED_FIELDS = 3


def named_fields(question: Question, text: str) -> int:
    """How many of a record's worded fields the question names whole: 1 of "År: 2024, Ordning: Digital Handel i
    Småbyer, Kommune: Struer, ..." for "hvor mange penge fik struer i dhs tilskud i 2024", none of the row of
    Holstebro."""
    if not is_record(text):
        return 0
    # Not by a short form's long form, which every row of its scheme writes: "dhs" of "Ordning: Digital Handel ...".
    written_out = set(tokenize(" ".join(question.written_out.values())))
    asked = set(question.terms) - set(question.years) - STOPWORDS - written_out
    # The whole value: "Kommune: Struer", not "arrangement: Online informationsmøde om LifeScale 2026" of a question
    # naming LifeScale, which a sentence on the programme names as well.
    values = [set(tokenize(value)) - STOPWORDS for _, value in _WORDED_FIELD_VALUE.findall(text)]
    return min(MAX_NAMED_FIELDS, sum(bool(value) and value <= asked for value in values))


MIN_LABEL_TERM = 4  # a field label's word that names a place or thing ("thyboroen"), not "kr" or "i"


def _record_figure(question: Question, text: str) -> str | None:
    """A record's figure in the field whose label names what is measured or counted: "Timer i alt: 7,5" -> "7,5
    timer" of "hvor mange timer varer kurset", "Pladser: 24" -> "24 pladser" of "hvor mange pladser er der"."""
    if not is_record(text):
        return None
    units = [unit for unit in question.units if unit not in _RATE_UNITS]
    counted = set(tokenize(question.counted)) if question.counted not in (None, "kr") else set()
    fields = _FIGURE_FIELD_VALUE.findall(text)
    # Asked an amount of a place or thing a field is labelled by, as a spreadsheet's column names it: "hvor meget gik
    # til thyborøn" -> "thyboroen kr: 1.150.000", not the "hirtshals kr" before it.
    if question.counted in (None, "kr"):
        asked = set(tokenize(fold_all_danish_letters(question.normalised or question.text))) - _MONEY_WORDS
        named = [value for label, value in fields
                 if {term for term in tokenize(fold_all_danish_letters(label)) if len(term) >= MIN_LABEL_TERM} & asked]
        if len(named) == 1:
            return named[0]
    for label, value in fields:
        unit = next((unit for unit in units if re.search(rf"(?<![^\W\d_]){re.escape(unit)}(?![^\W\d_])", label, re.I)), None)
        if unit is not None:
            return f"{value} {unit}"
        if counted and counted <= set(tokenize(label)):
            return f"{value} {label.lower()}"
    return None


_ASKS_THE_GRANT = re.compile(r"\b(?:tilskud\w*|støtte\w*|grants?|subsid\w*|funding)\b", re.I)
_COSTS = re.compile(r"\b(?:koste[rt]?|kostede|costs?|cost)\b", re.I)


def _a_price_for_a_grant(question: Question, text: str) -> bool:
    """Asked how much grant one gets, does `text` only say what something costs, naming no grant?"""
    asked = question.normalised or question.text
    return bool(_ASKS_THE_GRANT.search(asked)) and not _MONEY_CHARGED.search(asked) and bool(_COSTS.search(text)) \
        and not _GRANTED.search(text)


# A goal's cell or field: "Mål 2024", "Mål for 2026", "Target 2030".
_GOAL_LABEL = re.compile(r"^\W*(?:mål|målsætning|måltal|targets?|goals?)\b", re.I)
_GOAL_FIELD = re.compile(r"\b(?:mål|målsætning|måltal|targets?|goals?)(?:\s+(?:for|i|in)\b)?(?:\s+(?:19|20)\d\d)?\s*:\s*[^,;:]+",
                         re.I)


# The words a later part of a question carries from an earlier one, after it: "hvor mange blev det til i 2025 (målet
# cybertjek)" names what it is about, not that it asks a goal.
_CARRIED_WORDS = re.compile(r"\s*\([^()]*\)\s*$")


def asks_what_was(question: Question) -> bool:
    """A figure asked without asking of goals or plans, or of a year to come, is one that was."""
    asked = _CARRIED_WORDS.sub("", question.normalised or question.text)
    return question.answer_type == "quantity" and not _ASKS_FUTURE.search(asked) and not _ASKS_GOAL.search(asked) \
        and not _names_a_later_year(question)


def _without_goals(text: str, header: str) -> str:
    """`text` without the figures it gives as goals: a row's cells under "Mål 2024" (its header's last line naming
    the columns), "Mål for 2026: 20 bevilgede vækstlån"."""
    columns = split_cells(header.splitlines()[-1]) if header.strip() else []
    cells = split_cells(text.strip())
    if len(columns) == len(cells) > 1:
        text = "  ".join(" " if _GOAL_LABEL.match(column) else cell for column, cell in zip(columns, cells))
    return _GOAL_FIELD.sub(" ", text)


def _record_without_the_asked_field(question: Question, text: str) -> bool:
    """Is `text` a record (a calendar's or list's row of labelled fields) with no field of the asked figure? Its
    figures are the event's: a price answers what it costs, not "hvad er max tilskud" (an amount that is no price)
    nor "how much energy did the bakery save" (a figure whose field the row does not have)."""
    if not is_record(text) or _MONEY_CHARGED.search(question.normalised or question.text):
        return False
    if question.counted == "kr":
        # "Bevilget (kr.): 191.500": a field whose label says it is money.
        return _AMOUNT.search(_PRICE_LABEL.sub(" ", text)) is None and _MONEY_LABEL.search(text) is None
    if question.counted or question.units:
        return False  # counted ("hvor mange pladser") or measured ("hvor lang tid"): the field's unit says
    return not any(set(tokenize(label)) & set(question.terms) for label in _FIGURE_FIELD.findall(text))


def _another_charge(question: Question, text: str) -> bool:
    """Asked one charge by name ("hvor stort depositum"), does `text` give only the amounts of other charges it names
    ("et administrationsgebyr på 1.500 kr.")?"""
    asked = {m.group().lower() for m in _CHARGE_NOUN.finditer(question.normalised or question.text)}
    named = [noun.lower() for noun in _NAMED_AMOUNT.findall(text)]
    charges = [noun for noun in named if _CHARGE_NOUN.fullmatch(noun)]
    return bool(asked and charges) and len(charges) == len(named) and not any(
        stem(noun).endswith(stem(word)) or stem(word).endswith(stem(noun)) for noun in charges for word in asked)


def _names_another_account(question: Question, text: str) -> bool:
    """Does `text` name an account ("værdi", "eksport") the question does not? "kurset om eksport til Tyskland" names
    the course "Eksport til Tyskland", priced in its row; "hvad koster konferencen" no export value."""
    asked = set(tokenize(question.normalised or question.text))
    return any(not set(tokenize(account.group())) & asked for account in _AMOUNT_OF_AN_ACCOUNT.finditer(text))


# "Løbende garantiprovision: 1,25 % årligt", "interest: 3.95 %": a fee or interest charged as a share of something is
# what it costs, though it is no amount of money.
_CHARGE = re.compile(r"\b\w*(?:provision|gebyr|rente|bidrag|commission|fee|interest)\w*", re.I)
_PERCENT = re.compile(r"\d\s*(?:%|pct\.?|procent)", re.I)
_DISCOUNT = re.compile(r"\b(?:rabat\w*|nedsat\w*|discount\w*|reduc\w*)", re.I)


def charged_as_a_rate(text: str) -> bool:
    """"1,25 % årligt" under "Løbende garantiprovision"; not "20 % rabat på licensgebyret", which is taken off."""
    return bool(_CHARGE.search(text) and _PERCENT.search(text) and not _DISCOUNT.search(text))


# The labels a Danish document writes for a register an English question names.
_REGISTER_LABELS = {"vat": "cvr|se|moms", "company registration": "cvr", "registration": "cvr|reg", "account": "konto|reg",
                    "case": "sags|journal", "invoice": "faktura"}


def holds_identifier(question: Question, text: str) -> bool:
    """Does `text` give the register's number asked for: the label and four or more digits after it ("CVR-nr.
    29 18 94 01", "Sagsnr. 24/01234")?"""
    asked = IDENTIFIER.search(question.normalised or question.text)
    if asked is None:
        return False
    label = " ".join(asked.group(1).lower().removesuffix(".").split())
    labels = f"{label}|{_REGISTER_LABELS[label]}" if label in _REGISTER_LABELS else label
    return bool(re.search(rf"\b(?:{labels})[^\d\n]{{0,12}}?\d(?:[\s./-]?\d){{3,}}", text, re.I))


# "Hvad koster det at deltage i Eksportstart?": "op til 6 timers gratis rådgivning" is its price. Asked about a cost,
# not an amount one may get ("hvor meget kan vi få i tilskud").
_COST_ASKED = re.compile(r"\b(?:koste[rt]?|kostede|gratis|pris(?:en)?|betale[rn]?|gebyr\w*|egenbetaling\w*|deltagerbetaling\w*|"
                         r"deltagergebyr\w*|costs?|price|fees?|pay)\b", re.I)
_FREE = re.compile(r"\b(?:gratis|vederlagsfri\w*|omkostningsfri\w*|uden beregning|free of charge|free)\b", re.I)
FREE_PENALTY = 0.1  # a price in figures answers before a "gratis" beside it


def free_as_asked(question: Question, text: str) -> bool:
    """Does `text` say that what a cost question asks about is free?"""
    return question.counted == "kr" and bool(_COST_ASKED.search(question.normalised or question.text)) \
        and bool(_FREE.search(text))


def only_free(question: Question, text: str, header: str = "") -> bool:
    """Does `text` answer a cost question with "gratis" and no amount? A price in figures answers before it."""
    return free_as_asked(question, text) and not counts_asked(question, text, header)


SIDE_WEIGHT = 0.1  # a sentence on the asked side of a deadline or event, over one on the other side

# "efter fristen", "før tilmeldingsfristen", "after the deadline": a rule for one side of a point in time.
_SIDE_OF = re.compile(r"\b(før|inden|efter|before|after|prior\s+to|later\s+than)\s+(?:den\s+|det\s+|the\s+)?"
                      r"([^\W\d_]{4,})", re.I)
_BEFORE = ("før", "inden", "before", "prior")


def side_of_the_asked_time(question: Question, text: str) -> int:
    """1 where `text` gives the rule for the side of a point in time the question asks about, -1 for the other side,
    else 0: "hvad sker der hvis vi melder fra efter fristen" is "Ved afbud efter tilmeldingsfristen betales den fulde
    standleje", not "Melder du afbud før tilmeldingsfristen, får du depositum retur"."""
    sides = []
    for word, point in _SIDE_OF.findall(own_words(question.normalised or question.text)):
        before = word.lower().startswith(_BEFORE)
        points = [stem(point.lower())]
        if question.language == "en":
            points += [stem(danish) for found in english_danish().danish_for(point.lower()) for danish in found.split()]
        for said, their_point in _SIDE_OF.findall(text):
            if any(p in their_point.lower() for p in points):
                sides.append(1 if said.lower().startswith(_BEFORE) == before else -1)
    return 1 if 1 in sides else -1 if -1 in sides else 0


# Opening (or closing) on a date: "åbner 1. februar 2027", "opens on 3 May 2025".
# Closed for a holiday too: "holder juleferielukket fra mandag den 22. december 2025", "holder sommerlukket i uge 29
# og 30, dvs. fra mandag den 13. juli".
_OPENS_ON = re.compile(rf"\b\w*(?:åbner|åbnede|lukker|lukkede|lukket|opens|opened|closes|closed)\b.{{0,80}}?\s"
                       rf"(?:{DATE.pattern})", re.IGNORECASE | re.DOTALL)


_FRACTION = re.compile(r"\b\d+\s*/\s*\d+\b|\b(halvdelen|en tredjedel|to tredjedele|en fjerdedel|tre fjerdedele|"
                       r"half|a third|two thirds|a quarter)\b", re.IGNORECASE)


_RATE_UNITS = ("år", "year", "years")  # in a header, a rate ("Indkomstgrænse pr. år"), not a measure


def has_unit(units: tuple[str, ...], text: str, header: str = "") -> bool:
    """A measure's figure with its unit: "640 meter", "7,4 km", "25,4 %" (or a table whose header names it)."""
    if not units:
        return True
    if "%" in units and _FRACTION.search(text):  # a share may be "2/3" or "halvdelen"
        return True
    pattern = "|".join(re.escape(unit) for unit in units)
    # A header's "pr. år" is a rate, not an age or a duration in years.
    in_header = "|".join(re.escape(unit) for unit in units if unit not in _RATE_UNITS)
    # ... or a row label that names it in brackets: "Sparet affald (tons)  1.180  1.920".
    # "senest fire uger efter besøget": a count word with its unit too. "15 konsulenttimer" are hours too (a long unit
    # only: "3 regning" is no gram).
    long_units = "|".join(re.escape(unit) for unit in units if len(unit) >= 4)
    compound = rf"(?:[^\W\d_]{{3,}}(?:{long_units}))|" if long_units else ""
    return bool(re.search(rf"(?:\d|{NUMBER_WORD.pattern})\s*(?:{compound}(?:{pattern}))(?![^\W\d_])", text,
                          re.IGNORECASE)) or bool(
        in_header and re.search(rf"(?<![^\W\d_])(?:{in_header})(?![^\W\d_])", header, re.IGNORECASE)) or bool(
        in_header and re.search(rf"\((?:{in_header})(?![^\W\d_])[^)]*\)", row_label(text), re.IGNORECASE)
        and has_quantity(text)) or bool(
        # ... or a record's field of figures that names it: "Timer i alt: 7,5", "Varighed (timer): 3,5".
        in_header and is_record(text) and any(re.search(rf"(?<![^\W\d_])(?:{in_header})(?![^\W\d_])", label, re.IGNORECASE)
                                              for label in _FIGURE_FIELD.findall(text)))


def names_someone_new(question: Question, text: str) -> bool:
    """A "who" answer names someone: a capitalised word inside the sentence that the question lacks."""
    # A name asked in the genitive is no new name: "Vækstforum Nordkysts møde" names "Vækstforum Nordkyst".
    # Nor one the question writes in lower case: "ida marie frandsen svarer ikke, hvem tager hendes opgaver".
    asked = {form for word in re.findall(r"[^\W\d_]+", question.search_text)
             for form in (word.lower(), word.lower().removesuffix("s"))}
    # Nor is a contact detail's label: "Laboratorieansvarlig, ph.d. Tlf. 72 40 18 33" names nobody.
    # The sentence's first word is capitalised anyway, after a list's bullet or number too: "- Mentorkoordinatoren
    # holder et matchmøde" names nobody.
    sentence = _LIST_NUMBER.sub("", _BULLET.sub("", text))
    return any(word.lower() not in asked and word.lower() not in _CONTACT_LABELS
               for word in CAPITALISED.findall(sentence.split(" ", 1)[-1]))


_BULLET = re.compile(r"^\s*[-•*–]\s+")


_CONTACT_LABELS = frozenset("tlf telefon mobil mail e email fax phone tel direkte".split())


# Not decided or announced yet: "hovedtaleren offentliggøres i juni 2026", "programmet er under udarbejdelse".
NOT_YET = re.compile(
    r"\b(offentliggøres\s+(?:senere|snarest|i\s+\w+)|annonceres\s+(?:senere|snarest|i\s+\w+)|er\s+under\s+udarbejdelse"
    r"|er\s+endnu\s+ikke\s+(?:fastlagt|besluttet|udpeget|valgt|fundet|på\s+plads)|will\s+be\s+(?:announced|published)"
    r"|to\s+be\s+announced|not\s+yet\s+(?:decided|announced|confirmed))\b", re.I)


def says_not_available(question: Question, text: str) -> bool:
    """Does `text` say the asked figure is not computed yet? "Eksportværdien for 2009 er endnu ikke opgjort"
    does for the export value, not for "hvor mange virksomheder": it must name what a count question counts
    (an amount of money, "kr", is named by what it is the value of). Or that the asked thing is not announced yet:
    "hovedtaleren offentliggøres i juni 2026" for "hvem er hovedtaler", naming a long word of the question."""
    if question.answer_type in ("who", "date"):
        return _not_yet_of(question, text)
    return (question.answer_type in ("quantity", "other")
            and (bool(NOT_AVAILABLE.search(text)) or _not_yet_of(question, text))
            and (question.counted in (None, "kr") or question.counted in tokenize(text)))


def _not_yet_of(question: Question, text: str) -> bool:
    """A clause of `text` says a thing the question names is not announced yet, and gives no date of its own:
    "..., og hovedtaleren offentliggøres i juni 2026" for "hvem er hovedtaler", but not "Programmet for Topmødet den
    24. september 2026 er under udarbejdelse" for "hvornår er topmødet"."""
    asked = {term for term in question.terms if len(term) >= MIN_NAMED_TERM}
    for clause in re.split(r"[,;:!?]|\s+og\s+|\s+and\s+", text):
        if NOT_YET.search(clause) and asked & set(tokenize(clause)) \
                and not (question.answer_type == "date" and DATE.search(NOT_YET.sub(" ", clause))):
            return True
    return False


# "hvor mange mennesker kom", "how many people": people, whatever word a document counts them by ("11.800
# besøgende", "74 udstillere", "13.400 gæster"). A Danish noun for people mostly ends so (-ende, -ere, -ister, -ent);
# the commonest others are listed. Not "-menter": "Arrangementer", "dokumenter".
# ... and a course's or event's places ("hvor mange pladser er der": "max. 16 deltagere").
_PEOPLE = frozenset(stem(word) for word in ("mennesker", "personer", "folk", "people", "persons", "pladser", "plads",
                                            "seats", "places"))
_PERSON_NOUN = re.compile(r"\w+(?:ende|ere|erne|ister|isterne|(?<!m)enter|anter)|\w*(?:ansatte|medlemmer|gæster|kunder|elever|"
                          r"personer|mennesker|folk|borgere|beboere|people|persons|visitors|guests|participants|members"
                          r"|employees|staff)", re.I)


_KINDS = ("form", "former", "type", "typer", "art", "arter", "kategori", "kategorier", "gruppe", "grupper", "slags")


_ORGANISATIONS = frozenset(stem(word) for word in ("virksomheder", "firmaer", "selskaber", "organisationer", "foreninger"))


def counts(noun: str | None, text: str, header: str = "") -> bool:
    """Does a figure in `text` count `noun`? "373 møder" does; "to tilbud ... til virksomhederne" does not
    count companies. A table counts what its header names ("Gennemførte forløb")."""
    if noun is None:
        return True
    # An amount of money counts no one: "Leverandører, rådgivere og videnspartnere: 8.000 kr." is a fee.
    if noun in _PEOPLE and any(_PERSON_NOUN.fullmatch(word) for word in
                               counted_words(_AMOUNT.sub(" ", text)) | set(re.findall(r"[^\W\d_]+", header.lower()))):
        return True
    # A table's compound header counts what its head counts: "Virksomhedshenvendelser" are "henvendelser". Not so
    # in a sentence: "8 messer og netværksmøder" are no count of meetings. A row's label is its header too:
    # "Medlemsvirksomheder ved årets udgang  171  184" counts member companies.
    # The labels' column named for kinds of the thing counts it: "Overnatningsform" over "Campingpladser  1.279.500".
    # Not "Medlemskontingent": a fee, no kind of member.
    label = split_cells(header)[0] if header.strip() else ""
    if any(word.startswith(noun) and word.endswith(_KINDS) for word in re.findall(r"[^\W\d_]+", label.lower())):
        return True
    if header:
        header = f"{header} {row_label(text)}"
    # The stemmer is not idempotent: "pladser" stems to "plads", "plads" to "plad"; either is the noun.
    nouns = counted_nouns(text)
    # "Antallet af medlemsvirksomheder skal op på 250 i 2029": what the number is of, however far its figure.
    if any(c.isdigit() for c in DATE.sub(" ", text)):
        nouns |= {stem(word.lower()) for word in _NUMBER_OF.findall(text)}
        header = f"{header} {' '.join(_NUMBER_OF.findall(text))}"
    # Firms are companies: "hvor mange firmaer kan være med" is counted by "plads til 10 virksomheder".
    if noun in _ORGANISATIONS and nouns & _ORGANISATIONS:
        return True
    # ... and members are companies where a label counts "Medlemsvirksomheder" (not "Medlemsmøder").
    return noun in nouns or stem(noun) in nouns \
        or any(word == noun or (len(noun) >= 3 and word.endswith(noun))
               or _member_companies(noun, word) for word in tokenize(header)) \
        or any(_is_head_of(noun, stem(word.lower())) or _member_companies(noun, stem(word.lower()))
               for word in _after_figures(text)) \
        or noun in {stem(fold_all_danish_letters(word)) for word in counted_words(text)}  # "udlaan 2019: 41.230"


def _member_companies(noun: str, word: str) -> bool:
    """"medlemsvirksomheder" of "medlemmer": companies that are what the compound's first part names."""
    return word.startswith(noun) and word[len(noun):].removeprefix("s") in _ORGANISATIONS


_NUMBER_OF = re.compile(r"\bantal(?:let)?\s+(?:af\s+)?(?:[^\W\d_]+e\s+)?([^\W\d_]{3,})", re.I)


def row_label(row: str) -> str:
    """A table row's first cell when it is no figure ("Medlemsvirksomheder pr. 31. december" of
    "Medlemsvirksomheder pr. 31. december  86  112"; not "2023" of "2023  9  14"), else ""."""
    first = re.split(r"\s{2,}|\s*\|\s*", row.strip(), maxsplit=1)[0]
    return "" if _FIGURE_CELL.match(first) else first


# "18 %", "38,5 procent af deltagerne": a share, no count.
_PER_CENT = re.compile(r"(?<![\w.,])\d+(?:,\d+)?\s*(?:%|procent\b|pct\b\.?|per\s+cent\b|percent\b)", re.I)
_ADDED_COUNT = re.compile(r"\b(?:med|with|by)\s+\d+\s+(?:nye|ekstra|flere|yderligere|new|more|additional|extra)\b|"
                          r"\byderligere\s+\d+|\b\d+\s+(?:additional|more)\b", re.I)
_ASKS_ADDED = re.compile(r"\b(?:nye?|ekstra|flere|yderligere|mere|new|more|additional|extra|added|tilføje\w*|udvide\w*|"
                         r"steg|stigning\w*|increase\w*|grew)\b", re.I)
# ... and "hvor mange af møderne": some of them, which a share tells.
_ASKS_SHARE = re.compile(r"\b(?:andel\w*|procent\w*|pct|share|percent\w*|proportion)\b|%|\bhvor\s+mange\s+af\b|"
                         r"\bhow\s+many\s+of\b", re.I)


def _without_shares(question: Question, text: str) -> str:
    """"how many companies did you help": "18 % af de virksomheder, vi hjalp" is a share of them, no count; nor is any
    other per cent ("Forretningsmæssig effekt for virksomheden: Vægt: 20 %"). Unless a share is asked."""
    if question.units or _ASKS_SHARE.search(question.normalised or question.text):
        return text
    return _PER_CENT.sub(" ", text)


def counts_asked(question: Question, text: str, header: str = "") -> bool:
    """Does a figure in `text` count what the question counts? An English "how many companies" counts the
    Danish word app/counted.py found for it ("virksomheder") and, in an English document, its own word
    ("184 companies had started ...")."""
    if question.counted not in (None, "kr"):
        without = _without_shares(question, text)
        if without != text and not has_quantity(without):
            return False  # a share is all it gives
        text = without
    if counts(question.counted, text, header):
        return True
    asked = tokenize(question.counted_as_asked.split(" ")[-1]) if question.counted_as_asked else []
    if asked and asked[0] != question.counted and counts(asked[0], text, header):
        return True
    # "how many overnight stays": the glossary's Danish for it, which a table row may count ("Overnatninger  2.034.000").
    # Staff so named is counted as in fits_answer_type: a size bracket ("under 10 ansatte") is a rule, no count.
    danish = english_danish().danish_for(question.counted_as_asked) if question.counted_as_asked else []
    if any(counts(noun, _without_bounds(text) if noun == STAFF else text, header)
           for phrase in danish for noun in dict.fromkeys(tokenize(phrase))):
        return True
    # "hvor mange nye job": the documents count them as "Nye arbejdspladser (årsværk)" (app/danish_synonyms.yaml).
    return any(counts(noun, text, header) for noun in _synonyms_counted(question.counted))


@lru_cache(maxsize=256)
def _synonyms_counted(noun: str | None) -> tuple[str, ...]:
    """The counted noun's synonyms, stemmed; of a compound, with its head so replaced: "helårsjob" ->
    "helårsstilling"."""
    if not noun:
        return ()
    found = []
    for group in danish_synonyms():
        for member in (stem(m) for m in group if " " not in m):
            if noun == member or (noun.endswith(member) and len(noun) - len(member) >= _MIN_MODIFIER):
                found += [noun[: len(noun) - len(member)] + stem(other) for other in group if " " not in other]
    return tuple(form for form in dict.fromkeys(found) if form != noun)


# "24 personbiler", "71 faste leveranceaftaler", "3 gratis rådgivningsmøder": the noun right after a figure (and an
# adjective), which it counts even as a compound's head.
_AFTER_FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*\s+(?:(?:[^\W\d_]+e|gratis|ekstra|free|extra)\s+)?([^\W\d_]+)", re.I)
_MIN_MODIFIER = 3  # "person" of "personbiler"; "mo" of "mobiler" is none


def _after_figures(text: str) -> set[str]:
    """The nouns right after figures, past an adjective or not: the -e of "10 fuldtidsansatte i Danmark" is the
    noun's own, which _AFTER_FIGURE alone reads as an adjective before "i"."""
    return {*_AFTER_FIGURE.findall(text), *_WORD_AFTER_FIGURE.findall(text)}


def _is_head_of(noun: str, word: str) -> bool:
    return len(noun) >= 3 and word.endswith(noun) and len(word) - len(noun) >= _MIN_MODIFIER


def counts_the_named_compound(question: Question, text: str, named_in: str) -> bool:
    """"hvor mange vækstlån er der givet": "31 lån" counts them where the title or section names the compound
    ("Vækstlånefonden udvides"); "lån" in any document is no count of growth loans."""
    noun = question.counted
    if not noun or not any(_is_head_of(stem(word.lower()), noun) for word in _after_figures(text)):
        return False
    noun = fold_all_danish_letters(noun)  # a title from the file name: "Nyhed vaekstlaan udvides 2025"
    return any(fold_all_danish_letters(token).startswith(noun) for token in tokenize(named_in))


def quotable(unit: Unit) -> bool:
    """Fragments are quoted only as part of a list; a table row ("2016  365") is quoted with its header."""
    return len(unit.text) > 15 or unit.table_header is not None


# A definite verbal noun: "Ombygningen", "Udvidelsen", "Evalueringen".
_DEFINITE_OPENING = re.compile(r"^\W*([^\W\d_]{3,}(?:ningen|elsen|ionen))\b", re.I)
# A definite noun: "Projektet", "Puljen" (the noun before its ending).
_DEFINITE_NOUN = re.compile(r"^\W*([^\W\d_]{4,})(?:et|en)\b", re.I)


def _first_name_of_the_last(sentence: str, units: list[Unit]) -> bool:
    """"Du kan skrive til Emil på emf@…" after "... overtager barselsvikar Emil Fuglsang Thomsen ...": whom, in full."""
    if not units or not PHONE_OR_EMAIL.search(sentence):
        return False
    named = {name.split()[0] for name in PERSON_NAME.findall(units[-1].text)} - {name.split()[0] for name in PERSON_NAME.findall(sentence)}
    return any(re.search(rf"\b{re.escape(first)}\b", sentence) for first in named)


def _names_the_last(sentence: str, units: list[Unit]) -> bool:
    """"Ombygningen koster 14 mio. kr." after "... skal ombygges til kulturhus": a sentence opening with the
    definite verbal noun of what the sentence before says (the same first five letters) is about that."""
    return _opens_with_a_word_of_the_last(sentence, units, _DEFINITE_OPENING, letters=5)


def _named_before(sentence: str, units: list[Unit]) -> bool:
    """"Projektet blev igangsat 1. august 2008" after "Formålet med projektet er ...": a sentence opening with
    the definite form of a noun the sentence before has (whole, not as a compound's part: "Eksportværdien" is
    not the "eksport" before it) is about what that sentence says of it."""
    return _opens_with_a_word_of_the_last(sentence, units, _DEFINITE_NOUN)


# "Den nye plan", "det samlede program": a definite noun phrase with an adjective.
_DEFINITE_PHRASE = re.compile(r"^\W*(?:den|det|de)\s+(?:nye|samlede|reviderede|kommende|næste)\s+([^\W\d_]{3,})\b", re.I)


def _names_the_new(sentence: str, units: list[Unit]) -> bool:
    """"Den nye plan forventes vedtaget i december 2025" after "... udarbejdes en ny Erhvervshandlingsplan 2026-2029":
    the plan the sentence before names, as a word or a compound's head."""
    match = _DEFINITE_PHRASE.match(sentence)
    if not match or not units:
        return False
    noun = match.group(1).lower()
    return any(word.endswith(noun) for word in re.findall(r"[^\W\d_]+", units[-1].text.lower()))


_LABEL_LENGTH = 40  # "Næste møde:", "Referent:"; a longer line ending in a colon leads in a list


def _on_a_card(sentence: str, units: list[Unit]) -> bool:
    """"Tlf. 97 42 18 14 rtl@fjordkant-vaekst.dk" under "Eksportkonsulent, Markedsvinduet": a bare phone or e-mail
    line reaches whom the short line above it names."""
    if not units or not CONTACT_DETAIL.search(sentence) or len(units[-1].text) >= 80 or units[-1].text.endswith((".", ":")):
        return False
    return len(re.findall(r"[^\W\d_]{3,}", CONTACT_DETAIL.sub(" ", sentence))) <= 2  # "Tlf.", "E-mail" at most


def _opens_with_a_word_of_the_last(sentence: str, units: list[Unit], opening: re.Pattern[str],
                                   letters: int | None = None) -> bool:
    """Does the sentence's opening word (its first `letters`, or all of it) begin a word of the unit before?"""
    match = opening.match(sentence)
    if not match or not units:
        return False
    start = match.group(1)[:letters].lower()
    return any(word.startswith(start) for word in re.findall(r"[^\W\d_]+", units[-1].text.lower()))


MAX_CARD_LINES = 8  # name, title, duties, phone, e-mail, leave and who stands in


_YEARS_AT_THE_END = re.compile(r"(?:19|20)\d\d\s+(?:19|20)\d\d\s*$")  # "Nøgletal 2024 2025", its cells a space apart


def _continues_the_table(lines: list[str], width: int) -> bool:
    """Are `lines` rows as wide as the table before them, figures (with their units) after a label?"""
    cells = split_cells(lines[0])
    return len(cells) == width and all(_FIGURE_WITH_UNIT.fullmatch(cell) or _NUMBER.fullmatch(cell.replace(" ", ""))
                                       for cell in cells[1:]) \
        and all(_is_data_row(line) or _FIGURE_WITH_UNIT.search(line) for line in lines)


def _years_apart(line: str) -> str:
    """A header line naming its years a space apart, in cells: "Nøgletal 2024 2025" -> "Nøgletal  2024  2025"."""
    if len(split_cells(line)) > 1 or not _YEARS_AT_THE_END.search(line):
        return line
    return re.sub(r"\s+((?:19|20)\d\d)(?=\s|$)", r"  \1", line)


_TABLE_PIECE_LINES = 3  # lines of a piece of a table between its paragraphs ("Samlet udlån 2.610.000 kr. 3.465.000 kr.")


def split_units(text: str, passage_rank: int) -> list[Unit]:
    units: list[Unit] = []
    lead_in: list[str] = []  # a paragraph of one line ending in a colon: what the table below it lists
    dated = ""  # a paragraph that is only a date line
    entry = ""  # the title line of the dated entry being read
    listed_after = ""  # the last sentence of the paragraph a bullet list follows: what its items are of
    # The lines over the last table and its width: a PDF's table broken into paragraphs goes on under them ("Nøgletal
    # 2024 2025" over "Andel lån til kvinder  69,7 %  73,2 %" after a blank line).
    table_top: list[str] = []
    table_width = 0
    for paragraph in re.split(r"\n\s*\n|\n(?=[-•*] )", text):
        lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
        bullet = lines[0].startswith(("-", "•", "*"))
        if not bullet:
            listed_after = ""
        if table_top and _continues_the_table(lines, table_width):
            units += [Unit(line, passage_rank, table_top) for line in lines]
            continue
        if not (len(lines) <= _TABLE_PIECE_LINES and all(len(line) <= _SHORT_LINE and re.search(r"\d", line) for line in lines)):
            table_top, table_width = [], 0  # prose ends the table
        if any(_is_data_row(line) for line in lines):  # a table: quote a row with its header
            data = [i for i, line in enumerate(lines) if _is_data_row(line)]
            if len(data) > 1 and _names_years(lines[data[0]]) and not _names_years(lines[data[1]]):
                data = data[1:]  # "Afdeling  2016  2017" over "Fodbold  212  238" names the columns
            # Above the first row of bare figures, rows of figures with their units are rows too, under the line
            # naming the columns: "Turismeomsætning  9,7 mia. kr.  11,5 mia. kr." under "Mål  Baseline 2025  Mål 2030".
            width = len(split_cells(lines[data[0]]))
            data = sorted({*data, *(i for i in range(1, data[0]) if len(split_cells(lines[i])) == width
                                    and not _names_years(lines[i]) and all(
                                        _FIGURE_WITH_UNIT.fullmatch(cell) for cell in split_cells(lines[i])[1:]))})
            # Below the first figure row, a row whose value is in words ("Active companies  approx. 3,700",
            # "Quay depth  9.5 metres") is a row too, not a header line.
            data = sorted({*data, *(i for i, line in enumerate(lines) if i > data[0]
                                    and len(split_cells(line)) >= 2 and not _names_years(line))})
            # Years alone over rows with one cell more name the columns: "2025  2026" over "Mentortilskud til
            # virksomheden  4.000 kr.  6.000 kr.".
            if len(data) > 1 and all(_YEAR_CELL.fullmatch(cell) for cell in split_cells(lines[data[0]])) \
                    and len(split_cells(lines[data[1]])) == len(split_cells(lines[data[0]])) + 1:
                data = data[1:]
            # Each row under the lines over the table and the label of its group of rows, if any: "Bookede dage
            # 97  142  168" under "Nøgletal  2023  2024  2025" and "Test- og Demonstrationscenter Lundvig".
            top, group = lines[:data[0]], []
            # The lines over the first row after the one naming the columns label its group ("Medlemmer og
            # netværk"): a later group's rows are not in it.
            named = [k + 1 for k, line in enumerate(top) if len(split_cells(line)) >= 2]
            if named:
                top, group = top[:named[-1]], top[named[-1]:]
            top = [_years_apart(line) for line in top]
            for i in range(data[0], len(lines)):
                if i in data:
                    units.append(Unit(lines[i], passage_rank, (top + group) or lead_in))
                else:
                    group = (group if i - 1 not in data else []) + [lines[i]]
            if top and (_names_years(top[-1]) or _YEARS_AT_THE_END.search(top[-1])):
                table_top, table_width = top, width
            lead_in, dated = [], ""
            continue
        text_tables = _text_tables(lines)
        if text_tables:  # "Rute  Længde  Sværhedsgrad" over "Lyngstien  7,4 km  Middel"
            # A price list without a header row is what the line before it says: "Priser for enkeltbillet ...:"
            units += [Unit(row, passage_rank, header or lead_in) for header, rows in text_tables for row in rows]
            lead_in, dated = [], ""
            continue
        # "Næste møde:" over "Torsdag den 27. februar 2025 kl. 15.00 ...": a label line is what the line under it is
        # (a list under a lead-in comes with it when the lead-in is quoted).
        label = lead_in[0] if lead_in and len(lead_in[0]) <= _LABEL_LENGTH and not lines[0].startswith(("-", "•", "*")) else ""
        # A calendar entry's date line ("Torsdag 5. juni 2025, kl. 8.00-9.30") dates the title line under it.
        entry_title = bool(dated) and len(lines) == 1 and not is_dateline(lines[0])
        label = label or (dated if entry_title else "")
        lead_in = lines if len(lines) == 1 and lines[0].endswith(":") else []
        dated = lines[0] if len(lines) == 1 and is_dateline(lines[0]) else ""
        # The lines of a dated entry ("Pris: 395 kr. inkl. middag") are about its title ("Uddeling af Nørreå
        # Erhvervspris 2025"), up to the next date line.
        entry = lines[0] if entry_title else "" if dated else entry
        # ... as are those of an entry written as one paragraph under its date and title line ("19/3 kl. 9-12 Digital
        # dokumentation i hjemmeplejen" over "!! AFLYST - flyttes til efteråret !!"): each line its own sentences.
        one_entry = len(lines) > 1 and ENTRY_DATE.match(lines[0]) is not None
        if one_entry:
            entry, entry_title = lines[0], False
        # A staff list's card ("Lærke Ågaard" / "Virksomhedskonsulent, rekruttering" / "... Taler også tysk." / "Tlf.
        # 96 14 20 22 laag@vesteraa.dk") is one unit: the person with their duties and how to reach them.
        card = 1 < len(lines) <= MAX_CARD_LINES and PERSON_NAME.fullmatch(lines[0]) is not None \
            and any(CONTACT_DETAIL.search(line) for line in lines[1:])
        # So is a record of labelled fields (a calendar's row: "- dato: 09-09-2026, titel: ..., beskrivelse: Første
        # møde i netværket. Inkl. frokost, ..., pris kr ekskl moms: 750,00"), full stops in its fields or not; and a
        # short list item under its label: "- Hjørring: Springvandspladsen 3, 1. sal, 9800 Hjørring. Åbent tirsdag og
        # torsdag kl. 10.00–15.00." gives the Hjørring office's hours, which its second sentence alone does not say.
        joined = " ".join(lines)
        whole = card or is_record(joined) or (_LABELLED_ITEM.match(lines[0]) is not None and len(joined) <= _SHORT_ITEM)
        sentences = [joined] if whole else [*split_sentences(lines[0]), *split_sentences(" ".join(lines[1:]))] \
            if one_entry else split_sentences(" ".join(lines))
        # An FAQ's answer ("Normalt 4–6 uger efter ansøgningsfristen.") is the answer to the question line above it.
        answers = _asked_last(units) and not lines[0].startswith(("-", "•", "*"))
        # Each of its sentences is read with the question: "Vækstforløb er målrettet ... 10–50 ansatte" after "Svar:
        # Ja." answers "Vi er en etableret virksomhed med omkring 30 ansatte. Har I noget til os?".
        question = " ".join(u.text for u in _asking(units)) if answers else ""
        # Not "Spørgsmål: projektleder Jens Peter Vinther, tlf. ...", which says whom to ask.
        told_of_the_asker = _tells_of_the_asker_first(sentences)
        asking = bool(_QUESTION_LABEL.match(lines[0])) and "?" in paragraph or told_of_the_asker
        for number, sentence in enumerate(sentences):
            # ... also on the line under it: "Spørgsmål: Har I noget til os?" / "Svar: Ja. Vækstforløb er ...".
            asked_above = number > 0 and _asked_last(units)
            points_back = (_POINTS_BACK.search(sentence) or _names_the_last(sentence, units) or _first_name_of_the_last(sentence, units)
                           or (number == 0 and (bool(label) or answers)) or asked_above) \
                and units and units[-1].table_header is None
            # "Projektet blev igangsat 1. august 2008" after "Formålet med projektet er ... Eksportrådets ...":
            # which project is said before; that sentence is read with it, not quoted (it says nothing of the date).
            refers_back = not points_back and (_named_before(sentence, units) or _names_the_new(sentence, units)
                                               or _on_a_card(sentence, units)) \
                and units[-1].table_header is None
            # A question in the text ("Hvem kan søge?" over its answer) is read with its answer, never quoted as one.
            # ... so are those of an answer in the paragraph of a question telling of its asker ("Vi fik tilskud fra
            # Eksportstart i 2024. Kan vi søge Eksportspring? Ja, men ... I søger derfor efter standardmodellen med
            # 40 % tilskud."), as a situation's answer runs on.
            if number > 0 and not question and told_of_the_asker and units[-1].text.endswith("?") \
                    and not sentence.endswith("?"):
                question = " ".join(u.text for u in _asking(units))
            units.append(Unit(sentence, passage_rank, antecedent=units[-1].text if points_back else "",
                              referent=units[-1].text if refers_back else question if number > 0 else "",
                              listed_under=listed_after if bullet else "",
                              entry="" if entry_title or sentence == entry else entry,
                              asks=asking or sentence.endswith("?")))
            asking = asking and not sentence.endswith("?")
        if not bullet and units and units[-1].table_header is None:
            listed_after = units[-1].text
    return units


# "Spørgsmål:", "Spm.:", "Q:", "Question:": an FAQ's question, up to the sentence ending in "?".
_QUESTION_LABEL = re.compile(r"^(?:spørgsmål|spm|q|question)\s*[.:]", re.IGNORECASE)


# An FAQ's asker telling of themselves: "Vores virksomhed ligger i Aarhus.", "We are a sole trader." (not Danish "I
# skal ...", which tells the reader).
_ASKER_TELLS = re.compile(r"^(?:Vi|Vores|Jeg|Min|Mit|Mine|We|Our|My)\b")


def _tells_of_the_asker_first(sentences: list[str]) -> bool:
    """Does a paragraph open with an FAQ's question whose asker first tells of themselves, and answer it: "Vores
    virksomhed ligger i Aarhus. Kan vi søge? Kun hvis ..."? Those sentences ask too; they answer nothing."""
    asked = next((k for k, sentence in enumerate(sentences) if sentence.endswith("?")), 0)
    return 0 < asked < len(sentences) - 1 and all(_ASKER_TELLS.match(sentence) for sentence in sentences[:asked])


def _asked_last(units: list[Unit]) -> bool:
    """Was the last sentence a question that what follows answers? Not the last of several in a row: "Skal vi
    automatisere pakkelinjen? Hvordan får vi ...? Hvad gør vi ved sygefraværet?" are what a network talks about."""
    return bool(units) and units[-1].text.endswith("?") and not (len(units) > 1 and units[-2].text.endswith("?"))


def _asking(units: list[Unit]) -> list[Unit]:
    """The last question's sentences: those marked as asking, or else the one ending in "?"."""
    asked = list(itertools.takewhile(lambda unit: unit.asks, reversed(units)))[::-1]
    return asked or units[-1:]


def _text_tables(lines: list[str]) -> list[tuple[list[str], list[str]]]:
    """The text tables of a paragraph, each (header lines, rows): one, or several when a caption line parts them
    ("Leje af udstyr" over its table, then "Ydelser" over another, no blank line between)."""
    counts = [len(split_cells(line)) for line in lines]
    # A caption: a line of one cell after a row, with rows after it.
    starts = [0, *(i for i in range(1, len(lines))
                   if counts[i] == 1 and counts[i - 1] >= 2 and any(n >= 2 for n in counts[i + 1:]))]
    parts = [lines[start:end] for start, end in zip(starts, [*starts[1:], len(lines)])]
    tables = [_text_table(part) for part in parts] if len(parts) > 1 else []
    if tables and all(tables):
        found = [table for table in tables if table]
        # A caption over rows alone labels a group of the table above: its columns are named there.
        for before, (header, rows) in zip(found, found[1:]):
            if all(len(split_cells(line)) < 2 for line in header):
                header[:0] = [line for line in before[0] if len(split_cells(line)) >= 2]
        return found
    whole = _text_table(lines)
    return [whole] if whole else []


MIN_ONE_ROW_WIDTH = 4  # cells


def _text_table(lines: list[str]) -> tuple[list[str], list[str]] | None:
    """(header lines, rows) of a table whose cells are text as well as figures: at least three lines with the
    same number (2 or more) of cells separated by two spaces; the first of them names the columns."""
    counts = [len(split_cells(line)) for line in lines]
    widths = [n for n in counts if n >= 2]
    if not widths:
        return None
    width = max(set(widths), key=widths.count)
    table = [i for i, n in enumerate(counts) if n == width]
    # A wide header over one row, the rest of its table in the passage before ("Dato  Modul  Titel  Sted  Form  Pladser
    # Pris" over "1. december 2026  5  NIS2 - hvad betyder det for os?  ...  Gratis"): a table, not sentences.
    one_row = len(table) == 2 and width >= MIN_ONE_ROW_WIDTH and table[1] == table[0] + 1
    if len(table) < 3 and not one_row:
        # A header over rows that leave their last cells empty ("Ydelse  Enhed  Medlem  Ikke-medlem  Note" over
        # "Teknikerassistance  pr. påbegyndt time  720 kr.  980 kr."): every line has cells, none more than the header.
        first = next(i for i, n in enumerate(counts) if n >= 2)  # under its caption, if any ("Ydelser")
        if len(lines) - first < 3 or counts[first] != max(counts) or counts[first] < 3 or min(counts[first:]) < 2:
            return None
        width, table = counts[first], list(range(first, len(lines)))
    # A price list has no header row: "Voksen  60 kr." is a row like the ones under it; nor has a timetable:
    # "Ansøgningsfrist  1. september 2026" over "Opstart  21. september 2026".
    # Nor is the line under a header with an empty corner: "2024-reglerne  2026-reglerne" names the columns of
    # "Antal ansatte  1-49  1-99".
    # Years alone name columns: "Nationalitet  2022  2023  Ændring 2022–23" over "Tyskland  2.104.600  2.187.900  +3,9 %".
    # Nor has a list of opening hours: "Mandag-torsdag  kl. 8.30-15.30" over "Fredag  kl. 8.30-13.00".
    first_is_row = any((_FIGURE_CELL.match(cell) or _is_date(cell) or _HOURS_CELL.fullmatch(cell))
                       and not _YEAR_CELL.fullmatch(cell) for cell in split_cells(lines[table[0]])[1:]) \
        or (width >= 3 and table[0] > 0 and counts[table[0] - 1] == width - 1)
    rows = table if first_is_row else table[1:]
    # Below the rows, a line with fewer cells is a row whose last cells are empty ("I alt  37,5 mio. kr."), not
    # a header naming the columns of the rows above it.
    rows = sorted({*rows, *(i for i, n in enumerate(counts) if rows and i > rows[0] and 2 <= n < width)})
    header = [line for i, line in enumerate(lines) if i not in rows]
    return header, [lines[i] for i in rows]


def _is_date(cell: str) -> bool:
    found = DATE.search(cell)
    return found is not None and found.group().strip(" .") == cell.strip(" .")


# "60 kr.", "kr. 150", and a rate: "4.200 kr. pr. år", "900 kr./md."
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")
_HOURS_CELL = re.compile(r"(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?", re.I)  # "kl. 8.30-15.30"
_FIGURE_CELL = re.compile(r"^(?:kr\.?\s*|dkk\s*)?[-–+]?\d[\d.,]*(?:\s*[^\W\d_]{1,5}\.?)?"
                          r"(?:\s*(?:pr\.?|per|/)\s*[^\W\d_]{1,8}\.?)?$", re.I)


def _names_years(line: str) -> bool:
    """A row whose figures are all years: "Afdeling  2016  2017"; not a caption of one cell ("KURSUSKALENDER 2026")."""
    cells = split_cells(line)[1:]
    return bool(cells) and all(re.fullmatch(r"(?:19|20)\d\d[*¹²³⁴]*", cell) for cell in cells)  # "2025*": with its note


# A passage that says its figures are amounts of money: "priser er angivet i kr.", "beløb i DKK". Not a row's own
# "(mio. kr.)": the other rows of a key-figure table count other things.
_PRICED_IN_KRONER = re.compile(r"\b(?:i|in)\s+(?:kr\.|kroner|dkk)(?![^\W\d_])", re.IGNORECASE)


# A document or section that is a list of prices.
_PRICE_LIST = re.compile(r"\b(?:prisliste\w*|priser|takster|takstblad\w*|price\s+lists?|prices|rates)\b", re.IGNORECASE)


_PER_UNIT_CELL = re.compile(r"(?:pr\.?|per)\s+[^\W\d_]+", re.IGNORECASE)


def _is_data_row(line: str) -> bool:
    """A label (or a year) and figures: "Bevilgede videnkuponer  29  33  41"; a year without a figure has a dash ("Nye
    virksomheder i Vækstspor  –  –  64  92"); a change has its sign ("1.1 Vækstspor  4.000  4.600  +600")."""
    cells = split_cells(line)
    # A price list's unit column is no figure: "Testplads, uge  pr. uge  29.500  25.075".
    values = [cell.replace(" ", "") for cell in cells[1:] if not _PER_UNIT_CELL.fullmatch(cell)]
    return len(cells) >= 2 and bool(re.search(r"[^\W\d_]", cells[0]) or re.fullmatch(r"(?:19|20)\d\d", cells[0])) \
        and all(_NUMBER.fullmatch(value) or _SIGNED.fullmatch(value) or value in _EMPTY_CELLS for value in values) \
        and any(value not in _EMPTY_CELLS for value in values)


_EMPTY_CELLS = {"–", "-", "—", "..", "…"}
_FIGURE_WITH_UNIT = re.compile(r"[-+]?\d[\d.,]*\s?(?:%|(?:mio\.|mia\.)(?:\s?kr\.)?|kr\.)", re.I)  # "9,7 mia. kr.", "31,2 %"
# A change: "+600", "-1.500", "+2,6"; not a country code ("+45  55  71  40  35" is a phone number).
_SIGNED = re.compile(r"[-−–+](?:\d{3,}|\d+(?:[.,]\d+)+)")


def _columns(unit: Unit, cells: list[str]) -> tuple[str, list[str]] | None:
    """The header line nearest the row that names its value columns, and those names. A line over every cell
    ("År  Midtjyske virksomheder ...", "Rute  Længde  ...") names the row labels' column too."""
    for line in reversed(unit.table_header or []):
        names = split_cells(line)
        if len(names) in (len(cells) - 1, len(cells)) and not line.endswith(":"):  # "Priser ...:" is a lead-in
            return line, names[-(len(cells) - 1):]
        if len(names) > len(cells) >= 2 and not line.endswith(":"):  # a row whose last cells are empty
            return line, names[1:len(cells)]
    return None


def _labelled(cells: list[str], columns: list[str]) -> tuple[str, list[tuple[str, str]]]:
    """A row's label and its (column, value) pairs. A rank is no label alone: "1  Hvidbjerg IF  ..." is
    "1 Hvidbjerg IF". A label spanning the next columns is written in each ("Tilmeldingsfrist" under "Modul" and
    "Emne") and labels once."""
    pairs = [(column, value) for column, value in zip(columns, cells[1:]) if value != cells[0]]
    if re.fullmatch(r"\d+\.?", cells[0]) and pairs and re.search(r"[^\W\d_]", pairs[0][1]):
        return f"{cells[0]} {pairs[0][1]}", pairs[1:]
    return cells[0], pairs


MAX_DERIVED_ENDING = 5  # "budget" + "teret"
COMPOUND_MODIFIER = 3  # letters of a compound's first part at least: "butiks" of "butikspuljen", not "s" of "spuljen"


def names_column(column: str, asked: str) -> bool:
    """Does the question name the column, as a whole word ("point"; not the "V" and "T" in its words)? A hyphen
    may be a space: "ikke medlemmer" names "Ikke-medlemmer"."""
    parts = column.lower().split("-")
    if len(parts) > 1:  # "hvis man ikke er medlem": "Ikke-medlemmer", with a verb between and in any number
        last = parts[-1]
        pattern = r"(?:[-\s]?|\s+\w+\s+)".join([*map(re.escape, parts[:-1]), re.escape(last[:max(5, len(last) - 3)]) + r"\w*"])
    else:
        pattern = re.escape(column.lower())
        # A compound written apart: "normal pris" names "Normalpris".
        words = re.findall(r"[^\W\d_]+", asked.lower())
        if column.lower() in {first + second for first, second in zip(words, words[1:])}:
            return True
        # A column headed by a word and its years is named by that word inflected or derived: "budgetteret" names
        # "Budget 2026–2028"; or as the head of a compound: "butikspuljen" names "Pulje 2026".
        head = re.fullmatch(r"([^\W\d_]{5,})(?:\s+[\d–\-/ ]+)?", column.strip().lower())
        if head and any(word[start:].startswith(head.group(1)) and len(word) - start <= len(head.group(1)) + MAX_DERIVED_ENDING
                        for word in words for start in (0, *range(COMPOUND_MODIFIER, len(word)))):
            return True
    return bool(re.search(rf"(?<![\w-]){pattern}(?!\w)", asked.lower()))


def _most_named(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Of the named columns, not one named only within another's name: "Medlemmer" in "ikke medlemmer"."""
    return [pair for pair in pairs if not any(other[0] != pair[0] and other[0].lower().endswith(pair[0].lower())
                                              for other in pairs)]


def _named_by_a_word_of_its_own(pairs: list[tuple[str, str]], asked: str) -> list[tuple[str, str]]:
    """The columns the question names by a name no other column has: "i skive" names "Hold B Skive" beside
    "Hold A Holstebro". A name is a capitalised word after the column's first ("Hvad" of "Hvad får du?" is none)."""
    words = {column: {word.lower() for word in re.findall(r"(?<=\s)[^\W\d_a-zæøå][^\W\d_]+", column)}
             for column, _ in pairs}
    asked_words = set(re.findall(r"[^\W\d_]+", asked.lower()))
    return [pair for pair in pairs if any(
        word in asked_words and not any(word in other for column, other in words.items() if column != pair[0])
        for word in words[pair[0]])]


def names_a_column(question: Question, unit: Unit) -> bool:
    """Is `unit` a table row under a header line with a column the question names ("Bevilget")?"""
    found = _columns(unit, split_cells(unit.text)) if unit.table_header is not None else None
    asked = question.normalised or question.text
    return found is not None and any(names_column(column, asked) for column in found[1])


_FIELD_LINE = re.compile(r"[^\W\d_][^:]{0,40}:\s+\S")


def render_table_row(unit: Unit, question: Question) -> str:
    """"Region Midtjylland  208  288" under "2008  2009" -> "Region Midtjylland: 2008: 208, 2009: 288"."""
    cells = split_cells(unit.text)
    found = _columns(unit, cells)
    # A caption of one cell over label-value rows names no column: "ÅBNINGSTIDER" over "Fredag  kl. 8.30-13.00".
    caption_line = found[0] if found is not None and len(split_cells(found[0])) == 1 else ""
    if found is None or caption_line:  # a row of a list without a header: "Voksen: 60 kr.", after its lead-in if any
        lead_in = caption_line.rstrip(":") or next((line[:-1] for line in unit.table_header or [] if line.endswith(":")), "")
        return f"{lead_in + ', ' if lead_in else ''}{cells[0].rstrip(':')}: {cells[1]}" if len(cells) == 2 else unit.text
    column_line, columns = found
    label, shown = _shown_cells(cells, columns, question)
    # The nearest: a group's. Not a field's line ("Opdateret: 2. februar 2026", "Fælles postkasse: ..."), which names none.
    caption = next((h for h in reversed(unit.table_header or []) if h != column_line and not _FIELD_LINE.match(h)), "")
    body = ", ".join(_column_value(column, value) for column, value in shown)
    return f"{caption + ', ' if caption else ''}{label}: {body}"


def _shown_cells(cells: list[str], columns: list[str], question: Question) -> tuple[str, list[tuple[str, str]]]:
    """A row's label and the (column, value) pairs to quote: the columns the question names, or all."""
    label, pairs = _labelled(cells, columns)
    # By the part's own words first: "hvad er den budgetteret til (ansvarlig ...)" asks the budget, not who is responsible.
    asked = _most_named([pair for pair in pairs if names_column(pair[0], own_words(question.text))]) \
        or _most_named([pair for pair in pairs if names_column(pair[0], question.text)]) \
        or _named_by_a_word_of_its_own(pairs, question.normalised or question.text)
    # Asked when, the columns holding dates are asked too: "Kursus: Metanol ..." names the course, "Dato: 30. nov.–2.
    # dec. 2026" answers "det nye metanol kursus, hvornår ligger det".
    if asked and question.answer_type == "date" and not any(DATE.search(value) for _, value in asked):
        asked = [*asked, *(pair for pair in pairs if DATE.search(pair[1]) and pair not in asked)]
    # Asked the total of the named columns ("i 2024 og 2025 tilsammen"), the column of totals ("I alt") too.
    if asked and _TOTAL.search(question.normalised or question.text):
        asked = [*asked, *(pair for pair in pairs if _TOTAL.fullmatch(pair[0].strip()) and pair not in asked)]
    # With the asked column, a cell of words the question writes: "Enhed: halv dag" of "hvad koster en halv dag".
    written = (question.normalised or question.text).lower()
    return label, [pair for pair in pairs if pair in asked or (
        re.search(r"[^\W\d_]", pair[1]) and re.search(rf"\b{re.escape(pair[1].lower())}\b", written))] if asked else pairs


def _asked_cells(unit: Unit, question: Question) -> str:
    """A table row's values in the columns the question names ("14. august" under "Hold B Skive" of "holdet i
    skive"); the row's text when it names none."""
    cells = split_cells(unit.text)
    found = _columns(unit, cells) if unit.table_header is not None else None
    if found is None:
        return unit.text
    _, shown = _shown_cells(cells, found[1], question)
    return "  ".join(value for _, value in shown) if len(shown) < len(_labelled(cells, found[1])[1]) else unit.text


# A column's unit in brackets: "CO2 sparet (tons)", "Budget (mio. kr.)", "Andel (%)".
_COLUMN_UNIT = re.compile(r"^(.*\S)\s*\(([^\W\d_][^()\d]{0,9}|%)\)$")
_BARE_FIGURE = re.compile(r"[-–]?\d[\d.,]*")


def _column_value(column: str, value: str) -> str:
    """"CO2 sparet (tons)" and "19.750" -> "CO2 sparet: 19.750 tons": the figure with the unit its column gives."""
    unit = _COLUMN_UNIT.match(column)
    if unit and _BARE_FIGURE.fullmatch(value.strip()) and unit.group(2).lower() not in ("antal", "stk", "number"):
        return f"{unit.group(1)}: {value.strip()} {unit.group(2)}"  # Danish writes "38,5 %" with a space
    return f"{column}: {value}"


BRACKET_BONUS = 0.1  # a bracket of what the question's figure counts: the row holding "30 ansatte", or the rule
DOCUMENT_WEIGHT = 0.1  # how much a document having all of the question's words lifts its sentences
PLACE_BONUS = 0.1  # a sentence (or its heading or title) naming the place whose hours or contact detail is asked
CLAUSE_WEIGHT = 0.15  # the asked clause's words, after a statement on what is asked about
_OF_THE_ASKER = re.compile(r"\W*(?:vi|jeg|mit|min|mine|vores|we|i|my|our)\b", re.I)
PLACE_PENALTY = 0.25  # asked where: a sentence naming no place
VENUE_BONUS = 0.15  # ... and a venue line or street address before a sentence naming the town
# ... a record's field too: "..., Sted: Svaneke, Café Lunden, ...".
_VENUE = re.compile(r"(?:^\W*|,\s)(?:sted|adresse|mødested|venue|location|address|place)\s*:|" + STREET_ADDRESS.pattern, re.I)
REQUIREMENT_BONUS = 0.1  # asked what it takes: a sentence saying what one must do or have
# "hvad kræver det", "hvilke krav er der", "hvad skal der til", "what are the requirements".
_ASKS_REQUIREMENTS = re.compile(r"\b(?:kræver|kræves|krav|kravene|betingelse[nr]?|betingelserne|forudsætning(?:en|er|erne)?|"
                                r"hvad skal der til|requirements?|conditions|what does it take)\b", re.I)
# What one must: "skal man", "du skal", "det er et krav", "ansøgeren skal have", "you must".
_STATES_A_REQUIREMENT = re.compile(r"\b(?:skal|må)\s+(?:man|du|i|ansøger(?:en|ne)?|virksomhed(?:en|er|erne)?|deltager(?:en|ne)?)\b|"
                                   r"\b(?:man|du|ansøger(?:en|ne)?)\s+skal\b|\bkrav(?:et|ene)?\b|\bkræver\b|\bbetingelse|"
                                   r"\bforudsætning|\b(?:must|required?)\b", re.I)
GOAL_PENALTY = 0.15  # asked a figure that was: a goal's figure ("Mål for 2028": "mindst 78 %")
# "Mål for 2028", "Målsætninger frem mod 2030", "Targets for 2030"; not "Mål og resultater 2025".
_GOAL_HEADING = re.compile(r"\b(?:mål|målsætning(?:er)?|måltal|targets?|goals?)\s+(?:for|i|in|til|frem\s+mod|mod|by)\s+"
                           r"(?:år(?:et)?\s+)?20\d\d\b", re.I)
_STATES_A_GOAL = re.compile(r"^\W*(?:målet|målsætningen|the\s+(?:goal|target))(?:\s+(?:for|i|in|til)\s+(?:år(?:et)?\s+)?"
                            r"(?:19|20)\d\d)?\s+(?:er|var|is|was)\b", re.I)  # "Målet for 2026 er 60 tilsagn"


def states_a_goal(text: str, section: str) -> bool:
    """A sentence stating a goal ("Målet for 2026 er 60 tilsagn"), or any under a goals heading ("Mål for 2028")."""
    return bool(_GOAL_HEADING.search(section) or _STATES_A_GOAL.match(text))
_ASKS_GOAL = re.compile(r"\b(?:mål\w*|target\w*|goals?|ambition\w*|forvent\w*|expect\w*|skal\s+nå|aim\w*)\b", re.I)
# A place: "på Klitgaarden Badehotel", "i Hvidesand Kulturhavn", "in Hamburg", an address, a "Sted:" column, or online.
_NAMES_A_PLACE = re.compile(r"\b(?i:på|i|hos|ved|in|at)\s+(?:(?i:den|det|the)\s+)?[A-ZÆØÅ]|\b(?i:sted|adresse|lokale|venue|"
                            r"location|address|online|virtuelt|teams|zoom)\b|" + STREET_ADDRESS.pattern)
# The words a contact question names the detail by, not whose it is: not in the answer, which writes the number
# or address itself (stemmed).
_CONTACT_TERMS = frozenset(tokenize(
    "mail e-mail email mailadresse adresse telefon telefonnummer nummer tlf mobil mobilnummer phone number address "
    "call ring ringe kontakte contact"))
TYPED_MARGIN = 0.15  # how much closer a sentence without the asked kind of answer may be and still lose
# An amount given as so much time's rent or pay: "2 måneders leje", "tre måneders husleje", "two months' rent", or as a
# share of a price.
_PAID_AS_TIME_OR_SHARE = re.compile(
    r"\b(?:\d+|en|et|to|tre|fire|fem|seks|one|two|three|four|five|six)\s+(?:måneders|ugers|dages|års|"
    r"(?:months?|weeks?|days?)[’']?)\s+(?:\w*leje|\w*løn|kontingent|rent|pay|salary|fee)\b|"
    # ... or as a share of a price: "et depositum på 30 % af standlejen"
    r"\d+(?:,\d+)?\s*(?:%|procent|pct\.?|per cent|percent)\s+(?:af|of)\s+(?:the\s+)?"
    r"(?:\w*leje(?:n|ns)?|\w*prise(?:n|ns)?|\w*belø(?:b|bet)|\w*rent|\w*price|\w*fee)\b", re.I)
# "Se de aktuelle priser på siden om ...", "læs mere på hjemmesiden", "see the prices page": the answer is on another page.
_SENDS_TO_A_PAGE = re.compile(r"\b(?:se|læs)\s+(?:[^\W\d_]+\s+){0,4}?(?:på\s+)?(?:siden|hjemmesiden)\b|"
                              r"\bsee\s+(?:[^\W\d_]+\s+){0,4}?page\b", re.I)
MIN_CHUNKS_FOR_IDF = 4  # fewer chunks give no useful document frequencies


# A compound's head names it ("projekt" of "eksportrådsprojekt") when both it and the rest are word-long.
MIN_HEAD = 4


class Scorer:
    """Scores units against a question. A term's weight is its inverse document frequency over the chunks of
    the passage's own document, so a question about one document is scored the same whatever else is
    indexed; a document too short for that uses general Danish frequencies (app.lexical.term_weight)."""

    def __init__(self, texts_by_document: dict[str, list[str]], embed_passages, previous: "Scorer | None" = None):
        """`previous`: the scorer of the index generation before (a reload): documents whose chunks are the
        same keep their statistics."""
        self._texts = texts_by_document
        self._df: dict[str, dict[str, int]] = {}
        self._n: dict[str, int] = {}
        for source, texts in texts_by_document.items():
            if previous is not None and previous._texts.get(source) == texts:
                self._df[source], self._n[source] = previous._df[source], previous._n[source]
                continue
            frequencies: dict[str, int] = {}
            for text in texts:
                for term in set(tokenize(text)):
                    frequencies[term] = frequencies.get(term, 0) + 1
            self._df[source], self._n[source] = frequencies, len(texts)
        self._embed_passages = embed_passages  # app.embeddings.cache.CachedEmbeddings: shared by every generation

    def idf(self, term: str, source: str = "") -> float:
        n = self._n.get(source, 0)
        if n < MIN_CHUNKS_FOR_IDF:
            return term_weight(term)
        df = self._df[source].get(term, 0)
        if df == 0:  # a word the document never uses says as much as its general rarity ("fremover" little)
            return math.log(1 + n) * term_weight(term) / RARE_WEIGHT
        return math.log(1 + n / (1 + df))

    def coverage(self, terms: list[str], text: str, source: str = "") -> float:
        """Share of the terms' weight in `text`. A long term also counts inside a compound or across two
        words the text writes apart ("vækstmid" in "Vækst Midtprogrammet"). A compound counts half when the
        text names only its head, as Danish does once the whole is known: "Projektet blev igangsat ..." after
        "Eksportrådsprojektet"."""
        if not terms:
            return 0.0
        tokens = tokenize(_PHONE_NUMBER.sub(" ", text))
        present = set(tokens)
        # A non-member is no member: "medlem" is not read inside "ikkemedlem" (the non-members' price).
        parts = ["|" if token == NON_MEMBER else token for token in tokens]
        joined = " ".join(parts[i] + parts[i + 1] for i in range(len(parts) - 1)) + " " + " ".join(parts)
        heads = {token for token in present if len(token) >= MIN_HEAD and token != NON_MEMBER}
        weights = {t: self.idf(t, source) for t in terms}
        total = sum(weights[t] for t in terms)
        covered = 0.0
        for t in terms:
            if t in present or (len(t) >= 5 and t in joined):
                covered += weights[t]
            elif any(len(t) >= len(head) + MIN_HEAD and t.endswith(head) for head in heads):
                covered += weights[t] / 2
        return covered / total

    def document_coverage(self, terms: list[str], source: str, title: str = "") -> float:
        """Share of the terms' weight that the document (or its title) has anywhere: which document is about
        the question, whatever its best sentence holds."""
        if not terms:
            return 0.0
        present = set(self._df.get(source, {})) | set(tokenize(title))
        # Weighed by the language's word frequencies, not the document's own: a word the document uses throughout
        # ("Smagsnetværket" in the network's page) is what it is about, not a word of little weight there.
        weights = {t: term_weight(t) for t in terms}
        return sum(weights[t] for t in terms if t in present) / sum(weights[t] for t in terms)

    def vector(self, text: str) -> list[float]:
        """`text` embedded as the passages are (cached)."""
        return self._embed_passages([text])[0]

    def similarities(self, query_vector: list[float], texts: list[str]) -> list[float]:
        """Cosine of each text with the query."""
        unique = list(dict.fromkeys(texts))
        vectors = dict(zip(unique, np.asarray(self._embed_passages(unique)))) if unique else {}
        query = np.asarray(query_vector)
        return [float(np.dot(vectors[text], query)) for text in texts]


@dataclass
class Selection:
    units: list[Unit]  # the best quote (with what it needs around it) first, then close runners-up
    fits_type: bool  # the best quote holds the kind of answer asked for
    coverage: float = 0.0  # share of the question's term weight in the best quote and its passage
    primary: int = 1  # how many of `units` make up the best quote (with its antecedent or list)
    not_available: bool = False  # the best quote says the asked figure is not computed yet
    heading: str = ""  # the best passage's section: "Hvidbjerg Sejlklub" over "Etableret i 1953."
    quote_coverage: float = 1.0  # share of the question's term weight in the best quote itself (with its context)
    quote_similarity: float = 1.0  # cosine of the question and the best quote (with its context)
    # The best quote's whole passage and section heading, and the quotes of the same document: what a place the
    # question names must be found in (a runner-up of another document does not put the best quote there).
    document_evidence: str = ""
    # The statement the best quote changes ("Forventes i drift i efteråret 2026" of "... i uge 46 i stedet for september
    # 2026"): it says what the change is of, in the question's words.
    replaced: Unit | None = None

    @property
    def best_unit(self) -> Unit:
        """The best quote's sentence: after its antecedent, when it points back to one."""
        return pointing_sentence(self.units)

    @property
    def evidence(self) -> str:
        """What the quotes say, with their table headers, antecedents, the names of what they refer to and section
        heading: what the decision checks a name or a year against."""
        return " ".join([self.heading, *(read_with_referent(unit) for unit in self.units)]).strip()


def sentence_evidence(question: Question, passages: list[str], sources: list[str], scorer: Scorer,
                      titles: list[str] | None = None, sections: list[str] | None = None) -> list[float]:
    """Per passage, how well its best sentence answers: the share of the question's term weight it holds (per
    document, as in select; with its title and section heading, which say what it is about: "Jonas ..., consultant"
    under "Contact"), plus a half when that is at least half (or it names the asked post) and it holds the kind of
    answer asked for (a count of the asked thing, a date, a contact detail, a name): any figure beside one name is
    no answer.
    Words only, no embeddings: cheap enough for every fused candidate."""
    typed = question.answer_type != "other"
    evidence = []
    titles = titles or [""] * len(passages)
    sections = sections or [""] * len(passages)
    # "hvad er e-mailadressen til direktøren": a card's "mk@…" is the e-mail address, which it need not call one.
    terms = [t for t in question.terms if t not in _CONTACT_TERMS] if question.answer_type == "contact" else question.terms
    # "vi er 3 mand – er der noget vi kan søge?": a rule whose size bracket holds the company ("Mellem 1 og 4
    # ansatte: Start med Digital Startpakke") is the kind of answer asked for, as select() weighs it.
    most = question.answer_type == "quantity" and asks_most(question)
    sized = any(noun == STAFF for _, noun in _asked_figures(question)) and not _JOINS.search(question.normalised or question.text) \
        and not asks_a_fact_beyond_size(question)
    joins_told = joins_as_told(question)
    # "vi er en campingplads ved ravnsø og vil have åbent om vinteren, hvor meget kan vi max få fra puljen": the
    # sentence holding the asked kind of answer need only cover the clause that asks, not the asker's description.
    asked = set(tokenize(asked_clause(question.normalised or question.text)))
    asked_terms = [term for term in terms if term in asked]
    described = typed and bool(asked_terms) and len(asked_terms) < len(terms)
    for rank, (text, source, title, section) in enumerate(zip(passages, sources, titles, sections)):
        best = 0.0
        card = reaches_someone(question) and is_contact_card(section, text)
        passage_units = split_units(text, rank)
        for at, unit in enumerate(passage_units):
            entry = entry_lines(passage_units, at) if reaches_someone(question) else ""
            score = scorer.coverage(terms or question.terms, f"{title} {section} {unit_context(unit)} {entry}", source)
            if card:  # a contact card is about its document: the programme's whole description
                score = max(score, scorer.document_coverage(terms or question.terms, source, title))
            # ... when it holds the kind of answer asked for: "hvor meget kan vi max få" wants an amount, which
            # "Virksomheder under 6 år med højst 25 ansatte" does not give.
            if sized and sized_for_the_asker(question, unit.text) and (
                    question.answer_type != "quantity" or fits_answer_type(question, unit.text)):
                score += 0.5
            elif joins_told and score > 0 and bounded_counts(question, unit.text):
                # "det er kun mig og en deltidsansat - kan vi komme med i investorklar": its rule on staff answers,
                # whichever way ("have mindst 2 fuldtidsansatte"); so does one on age ("startet i 2017": "højst 8 år").
                score += 0.5
            # The asked post's holder needs no more of the question: "Hanne Lykkegaard Thorsø / Bestyrelsesformand"
            # in the foreword answers "hvem er bestyrelsesformand for Lyngkyst Erhvervsråd", the document's own body.
            header = " ".join(unit.table_header or [])
            # Nor does a way to reach someone about it: a card ("Eksportrådgiver Hanne Søgaard Lund, Telefon: ...")
            # names the programme only in its document's title.
            reaches = reaches_someone(question) and score > 0
            covers_the_asking = described and scorer.coverage(
                asked_terms, f"{title} {section} {unit_context(unit)} {entry}", source) >= 0.5
            if typed and (score >= 0.5 or question.post is not None or reaches or covers_the_asking) and fits_answer_type(
                    question, unit.text, header, section):
                score += 0.25 if only_free(question, unit.text, header) else 0.5
                # "det maksimale tilskud": "Tilskud 40 %, maks. 120.000 kr.", not one grant's "Tilskud (kr.): 80.000"
                if most and states_the_asked_most(question, unit.text, header):
                    score += MOST_BONUS
            elif score >= 0.5 and heads_how_to(question, section):
                score += 0.5  # "hvordan søger man": how it is done is the kind of answer asked for
            best = max(best, score)
        evidence.append(best)
    return evidence


# Asked whether one may join a scheme ("kan vi søge puljen"), its own size rule answers. A verb with no object ("hvad
# kan vi søge?", "er der noget vi kan søge?", "what can we apply for?") asks which scheme: sizes decide that.
_JOINS = re.compile(r"\b(?:søge|ansøge|deltage|komme med|være med|bruge|benytte|join|apply|take part|participate)\b"
                    r"(?!\s*(?:(?:om|i|for|to|in)\s*)?(?:[?.!,;]|$))", re.I)
# Asked whether they are too big or too small for it ("vi har ca 70 medarbejdere ... er vi for store til at få
# tilskud"): only a rule bounding their size answers, whichever way it goes.
_ASKS_SIZE_FITS = re.compile(r"\b(?:for\s+(?:store?|små|lille)|too\s+(?:big|large|small))\b", re.I)


_ELIGIBILITY_HEADING = re.compile(r"\b(?:hvem\s+kan\s+(?:søge|ansøge|deltage|være\s+med|få)|målgruppe\w*|betingelse\w*|"
                                  r"krav\w*|kriteri\w*|who\s+can\s+(?:apply|join|take\s+part)|eligib\w*)", re.I)


def joins_as_told(question: Question) -> bool:
    """Does the asker tell their size or age and ask whether they may join ("det er kun mig og en deltidsansat - kan
    vi komme med", "startet i 2017 - kan vi stadig søge"), not whether they are too big? The scheme's rule on it
    answers, whichever way it goes."""
    return any(noun for _, noun in _asked_figures(question)) and bool(_JOINS.search(question.normalised or question.text)) \
        and not asks_size_fits(question)


def asks_size_fits(question: Question) -> bool:
    return bool(_ASKS_SIZE_FITS.search(question.normalised or question.text)) \
        and any(noun == STAFF for _, noun in _asked_figures(question))


# A sentence qualifying the one before it: "Men ...", "Dog ...", "... må dog ikke overstige ...", "However, ...".
_QUALIFIES = re.compile(r"^(?:men|dog|however|but|except|undtaget)\b|\bdog\b(?!\s+(?:også|altid))", re.I)
VERSION_MARGIN = 0.15  # an untyped answer of the version in force, this much below the superseded version's, answers


def select(
    question: Question,
    query_vector: list[float],
    passages: list[str],
    scorer: Scorer,
    sections: list[str] | None = None,
    sources: list[str] | None = None,
    titles: list[str] | None = None,
    outdated: Mapping[str, str] | None = None,
    avoid: Collection[str] = (),
    asked_versions: Collection[str] = (),
) -> Selection | None:
    """passages: texts of the top passages, best first (all k of them: a lower one may answer better);
    sources: the document of each (term weights are per document); titles: each one's document title, which
    holds for all of it ("Kildebjerg Badmintonklub" over "Ungdom (9-18 år): kr. 150 pr. måned"); outdated: the
    sources a newer version among them supersedes, each with that version ("Energitjek 2023" -> "Energitjek 2025");
    avoid: sentences that answered an earlier part of the question, which rank below the next best; asked_versions:
    superseded versions the question asks of by their year, whose statement no later change replaces."""
    sources = sources or [""] * len(passages)
    titles = titles or [""] * len(passages)
    sections = sections or [""] * len(passages)
    units = [u for rank, text in enumerate(passages) for u in split_units(text, rank)]
    # Overlapping chunks repeat a sentence: quote it once, from the better-ranked passage.
    seen: set[str] = set()
    candidates = []
    for u in units:
        key = " ".join(u.text.split()).lower()
        if quotable(u) and not u.asks and key not in seen:
            seen.add(key)
            candidates.append(u)
    if not candidates:
        return None
    # Question terms (plus, for a follow-up, the earlier question's) decide lexical fit.
    terms = tokenize(question.search_text) if question.follow_up else question.terms
    focus = asked_word(question)
    if question.answer_type == "contact":
        # "hvad er mailen til ...": an e-mail address is written as one, not as the word; whose it is decides.
        focus = None
        terms = [term for term in terms if term not in _CONTACT_TERMS] or terms
    text = question.normalised or question.text
    place = opening_hours_of(text) or (contact_of(text) if question.answer_type == "contact" else None)
    # An English question's place may be named in Danish ("green loans": "Grønne Lån og samarbejdet med ...").
    danish_place = " ".join(english_danish().danish_for(place)) if place and question.language == "en" else ""
    place_names = [set(tokenize(name)) for name in (place, danish_place) if name]
    # A sentence naming what the one before it introduced is read with that sentence too, when that brings it
    # closer: "Projektet blev igangsat 1. august 2008" is the Eksportråd project's start. Not when it dilutes it.
    referring = [u for u in candidates if u.referent]
    cosines = scorer.similarities(query_vector, [unit_context(u) for u in candidates]
                                  + [f"{u.referent} {unit_context(u)}" for u in referring])
    read_with = dict(zip(map(id, referring), cosines[len(candidates):]))
    similarities = [max(similarity, read_with.get(id(u), similarity))
                    for u, similarity in zip(candidates, cosines[: len(candidates)])]
    future = bool(_ASKS_FUTURE.search(question.normalised or question.text))
    # The asker's own size ("vi er et pølsemageri med 12 ansatte") says which rule holds them, not which document
    # is about the question: any document writes "12" somewhere.
    own_figures = {str(figure) for figure, noun in _asked_figures(question) if noun == STAFF}
    about_terms = [term for term in terms if term not in own_figures] or terms
    document_coverage = {source: scorer.document_coverage(about_terms, source, title)
                         for source, title in dict(zip(sources, titles)).items()}
    # Whom to reach is a person's line, not any line of a document titled by the programme.
    one_word_names = question.answer_type not in ("who", "contact")
    title_names = {source: _named_in_title(terms, title, question.years, one_word_names)
                   for source, title in dict(zip(sources, titles)).items()}
    # "vi har 60 ansatte, kan vi søge": in a document where no row or sentence holds the figure, the rules bounding
    # what it counts ("mellem 1 og 49 fuldtidsansatte") say no, as much as a holding row would say yes.
    held: dict[str, set[str | None]] = {}
    for unit in candidates:
        held.setdefault(sources[unit.passage_rank], set()).update(held_counts(question, unit.text))
    # "vi er omkring 200 ansatte – hvilket forløb passer": where some programme is for companies of that size, one
    # "for virksomheder med 10-49 ansatte" is for others. Not when asked whether they may join a scheme ("kan vi
    # søge puljen"): its rule is the answer, whatever another programme is for.
    size_fits = asks_size_fits(question)
    joins = bool(_JOINS.search(question.normalised or question.text))
    joins_told = joins_as_told(question)
    staff_held = any(STAFF in nouns for nouns in held.values()) and not size_fits and not joins
    beyond_size = asks_a_fact_beyond_size(question)
    asked_days = askers_days(question.normalised or question.text)
    # The sentence before each, in its passage.
    before = {id(unit): previous.text for previous, unit in zip(units, units[1:]) if previous.passage_rank == unit.passage_rank}
    next_line = {id(unit): following.text for unit, following in zip(units, units[1:]) if following.passage_rank == unit.passage_rank}
    away = people_away(question) if question.answer_type in ("contact", "who") else []
    where_asked = asks_where(question.normalised or question.text)
    # A figure asked without asking of goals or plans, or of a year to come, is one that was.
    figure_of_what_was = asks_what_was(question)
    got_asked = figure_of_what_was and bool(_GOT.search(question.normalised or question.text)) and not asks_most(question)
    # Not after the asker's description of themselves ("mit cvr nr er 2 og et halvt år gammelt – kan jeg ..."), which
    # the rule that answers must fit.
    asking = question.normalised or question.text
    clause = asked_clause(asking)
    clause_terms = [term for term in tokenize(clause) if term in terms] \
        if clause != asking and asks_yes_or_no(clause) and not question.follow_up and not _OF_THE_ASKER.match(asking) else []
    # The rows a question names by a word of their label ("plantebaserede" of "Plantebaserede fødevarer  9  14  19"),
    # by passage: the table's total ("Medlemmer i alt") is no answer to them unless a total is asked.
    # By the words naming them: "Overnatninger i alt" is itself named by "antal overnatninger", though "Skuldersæsonens
    # andel af overnatninger" is too.
    named_rows: dict[int, set[str]] = {}
    for unit in units if not _TOTAL.search(asking) else []:
        if unit.table_header is not None and not _TOTAL.search(unit.text):
            named = set(tokenize(split_cells(unit.text.strip())[0])) & set(question.terms) - set(question.years)
            if named:
                named_rows.setdefault(unit.passage_rank, set()).update(named)
    # A worked example of the asker's own case: a passage holding two or more of the figures they give ("14 ansatte",
    # "3 mand", "18.000 kr") besides years.
    own_figures = {figure for figure in _NUMBER.findall(asking) if not _YEAR_OR_SPAN.fullmatch(figure)}
    examples = {rank for rank, passage in enumerate(passages)
                if len(own_figures & set(_NUMBER.findall(passage))) >= MIN_EXAMPLE_FIGURES}
    requirements_asked = bool(_ASKS_REQUIREMENTS.search(asking))
    succeeded = bool(away) and any(names_anyone(unit.text, away) and TAKES_OVER.search(unit.text) for unit in units)
    # "hvad sker der hvis vi melder fra efter fristen": where the candidates give the other side of it too.
    sides = {id(unit): side_of_the_asked_time(question, unit.text) for unit in candidates} \
        if _SIDE_OF.search(own_words(asking)) else {}
    sides_told = -1 in sides.values()
    first_of_passage: dict[int, int] = {}  # passage rank -> the index of its first unit
    for i, unit in enumerate(units):
        first_of_passage.setdefault(unit.passage_rank, i)
    # The passages under an FAQ's heading asking the question (app.quotes.heads_the_asked_question). Not for a figure
    # or date: the FAQ's "starter ved 1.500 kr. om året" is no price for the asker's 23 employees, which the price
    # list's row gives.
    faq_answers = [question.answer_type in ("who", "other") and heads_the_asked_question(question, section)
                   for section in sections]
    reaching = reaches_someone(question)
    # "hvad koster det ... nu": the newest statement of it. A passage dated older (by its title or heading: "Prisliste
    # 2025", "Priser 2026") than another gives a former value.
    dated = [_newest_year(f"{title} {section}") for title, section in zip(titles, sections)] \
        if asks_now(question) else [None] * len(passages)
    newest_dated = max((year for year in dated if year), default=None)
    scored = []
    for unit, similarity in zip(candidates, similarities):
        header = " ".join(unit.table_header or [])
        section = sections[unit.passage_rank]
        fits = fits_answer_type(question, unit.text, header, section)
        if not fits and question.answer_type == "date" and is_dateline(unit.antecedent):
            fits = fits_answer_type(question, f"{unit.antecedent} {unit.text}", header, section)  # an entry's date line
        if not fits and names_a_column(question, unit):
            # "hvor mange vouchere blev bevilget": the column "Bevilget" of the voucher evaluation's table counts
            # vouchers, as its title says, though no cell does.
            fits = fits_answer_type(question, unit.text, f"{header} {titles[unit.passage_rank]}")
        over_table = f"{section} {table_caption(passages[unit.passage_rank], unit.table_header)}".strip() \
            if not fits and question.answer_type == "quantity" and unit.table_header is not None else ""
        if over_table and question.counted not in (None, *_PEOPLE) and counts_asked(question, "", over_table):
            # The heading over a table names what it counts: "1. Overnatninger efter nationalitet" over "Tyskland
            # 2.104.600  2.187.900 ..." (a header row names only its years), in English too ("overnight stays"); or its
            # caption: "Tabel 1. Medlemsvirksomheder pr. 31. december fordelt på delbranche". By its word:
            # "Nøgletal for kontorerne" counts no people.
            fits = fits_answer_type(question, unit.text, f"{header} {over_table}", section)
        if not fits and question.answer_type == "quantity" and counts_the_named_compound(
                question, unit.text, f"{titles[unit.passage_rank]} {section} {before.get(id(unit), '')}"):
            # ... or the sentence before: "Certificeringstilskud. Der blev bevilget 47 tilskud".
            # Counted as a table's header counts its rows; the other checks (the asked year, the unit) still hold.
            fits = fits_answer_type(question, unit.text, f"{header} {question.counted}", section)
        if not fits and question.counted == "kr" and _is_data_row(unit.text) and (
                _PRICED_IN_KRONER.search(passages[unit.passage_rank])
                or _PRICE_LIST.search(f"{titles[unit.passage_rank]} {section}")):
            # "Alle priser er angivet i kr." over "Fugtindhold  450  650": its bare figures are amounts of money; so
            # are a price list's ("Prisliste 2025 – Pilothallen": "Testplads, uge (5 hverdage)  pr. uge  29.500").
            fits = fits_answer_type(question, unit.text, f"{header} kr.", section)
        if not fits and question.answer_type == "who" and len(unit.text) < _SHORT_LINE \
                and CONTACT_DETAIL.search(next_line.get(id(unit), "")):
            # A card's name line, its phone and e-mail on the next: "International Business Advisor Ana Ribeiro
            # Madsen / Phone +45 55 36 40 29 · arm@…" is a contact person.
            fits = fits_answer_type(question, f"{unit.text} {next_line[id(unit)]}", header, section)
        if fits and question.answer_type == "quantity" and unit.table_header is None and not years_named(unit.text) \
                and of_another_year(question, section):
            # "Det svarer til 3.410.000 kr. fra Guldborgsund Kommune" under "2. Budget 2026 og fordeling ...", asked
            # what the municipality paid in 2025: its heading says the year of a sentence that names none.
            fits = False
        if fits and of_another_measure(question, unit, section, titles[unit.passage_rank]):
            fits = False  # "hvad kostede en fast plads i 2023": not "Udlånt beløb i alt (kr.)  720.000" of the key figures
        if says_not_available(question, unit.text):
            fits = True  # "not computed yet" answers a "how much" question, honestly
        # "Henvendelser til Thomas Riis under orloven sendes til Mads Thorup": whom to contact instead of someone away;
        # "Spørgsmål om told ... tages i perioden af Jonas Frederiksen": whom to contact about the asked thing.
        says_whom = redirected(unit.text) and PERSON_NAME.search(unit.text) is not None \
            and (bool(away) or (reaching and bool(set(tokenize(unit.text)) & set(question.terms))))
        # The FAQ's own answer under its heading asking the question: "Nej, ..." under "Kan vi låne en cobot med hjem?"
        # (not a plan to lend cobots from 2027); "Det gør I. Rapporten ... tilhører virksomheden." under "Hvem ejer
        # resultaterne?", which names no one and answers all the same.
        answers_heading = faq_answers[unit.passage_rank] and (
            _ANSWERS_YES_OR_NO.match(unit.text) is not None or units[first_of_passage[unit.passage_rank]] is unit)
        fits = fits or says_whom or answers_heading
        if size_fits:
            fits = fits and STAFF in bounded_counts(question, unit.text)
        yes_no = yes_no_as_asked(question, unit)
        source = sources[unit.passage_rank]
        # The document that has all of the question's words (in its title too: "Holmsland Klitmuseum" over
        # "Voksne: 120 kr.") is the likelier answer; this lifts all of its sentences alike.
        # The section heading says what each of its sentences is about: "- Voksen: 60 kr." under "Enkeltbilletter".
        # A contact card is about its document: "Telefon: 96 42 18 23" under "Kontakt" of "Eksportspring 2025" answers
        # for the export programme.
        entry = entry_lines(units, units.index(unit)) if reaches_someone(question) else ""
        unit_coverage = scorer.coverage(terms, f"{title_names[source]} {section} {read_with_referent(unit)} {entry} "
                                               f"{total_as_asked(question, unit.text)}", source)
        if reaches_someone(question) and is_contact_card(section, passages[unit.passage_rank]):
            unit_coverage = max(unit_coverage, document_coverage[source])
        score = similarity + 0.25 * unit_coverage \
            - 0.02 * unit.passage_rank \
            + DOCUMENT_WEIGHT * document_coverage[source]
        score += 0.0 if fits else -0.15
        score += 0.0 if yes_no is None else YES_NO_BONUS if yes_no else -YES_NO_BONUS
        score += _evidence_bonus(question, unit, header, future, section, focus, fits, titles[unit.passage_rank])
        score += FAQ_ANSWER_BONUS if answers_heading else 0.0
        # Asked whether they are too big, the rule under "Hvem kan søge?" before a size said in passing.
        # So when they tell their size or age and ask whether they may join ("det er kun mig og en deltidsansat - kan
        # vi komme med", "startet i 2017 - kan vi stadig søge").
        score += BRACKET_BONUS if (size_fits or joins_told) and fits and _ELIGIBILITY_HEADING.search(section) else 0.0
        bounded = bounded_counts(question, unit.text) if not beyond_size else set()
        if STAFF in bounded and staff_held:
            # ... and one for theirs is the answer, before sentences that give no size at all.
            score += (BRACKET_BONUS if sized_for_the_asker(question, unit.text) else 0.0) \
                if STAFF in held_counts(question, unit.text) else -BRACKET_BONUS
        elif STAFF in bounded and joins and not size_fits:
            score += BRACKET_BONUS  # "kan vi komme med": the scheme's rule on staff says, whichever way it goes
        elif bounded - held.get(source, set()):
            score += BRACKET_BONUS
        elif fits and question.answer_type == "quantity" and sized_for_the_asker(question, with_the_counted_column(unit)):
            # "vi har 45 ansatte, hvad koster ...": the price for their size, in a row or a sentence alike
            score += BRACKET_BONUS
        if asked_days and within_the_askers_days(asked_days, unit.text):
            score += BRACKET_BONUS  # "melde afbud ca 30 dage før": "Afbud 59–21 dage før afrejse: 50 % ..."
        if fits and only_free(question, unit.text, header):
            score -= FREE_PENALTY
        # Across languages a staff card's duties line names it ("Grønne Lån ..." under the number).
        duties = entry if question.language == "en" else ""
        named_there = set(tokenize(f"{titles[unit.passage_rank]} {section} {read_with_referent(unit)} {duties}")) \
            if place_names else set()
        if any(name and name <= named_there for name in place_names):
            score += PLACE_BONUS  # whose hours or e-mail: "Mentorkoordinator ..." under "Mentorordningen", not another's
        if question.follow_up:  # the new detail ("2008") must be in the answer
            score += 0.1 * scorer.coverage(question.terms, unit.text, source)
        if clause_terms:
            # "tyskkurset er fuldt booket har jeg hørt – kommer der et ekstra hold?": the clause that asks, not the
            # asker's statement, says which sentence answers ("Der oprettes et ekstrahold af Modul 2 ...").
            score += CLAUSE_WEIGHT * scorer.coverage(clause_terms, unit.text, source)
        if where_asked and not _NAMES_A_PLACE.search(f"{header} {unit.text}"):
            score -= PLACE_PENALTY  # "hvor er generalforsamlingen": not the sentence giving only its date
        elif where_asked and _VENUE.search(unit.text) and not is_contact_card(section, passages[unit.passage_rank]):
            # "Sted: Havnehallen, Havnevej 40, 9800 Hjørring", not "flytter i år ... til Hjørring"; not the body's own
            # address on its contact card.
            score += VENUE_BONUS
        if figure_of_what_was and states_a_goal(unit.text, section):
            score -= GOAL_PENALTY  # "seneste tal": the annual report's 75,6 %, not the plan's "mindst 78 %" for 2028
        if requirements_asked and _STATES_A_REQUIREMENT.search(unit.text):
            score += REQUIREMENT_BONUS  # "hvad kræver det at blive mentor": "For at blive mentor skal man:" and its list
        if unit.text in avoid:
            score -= ANSWERED_PENALTY
        if fits and question.answer_type in ("quantity", "date"):
            score += NAMED_FIELD_BONUS * named_fields(question, unit.text)  # whose figure or date: not whom to ask
        if got_asked and _LIMIT_FIGURE.search(unit.text):
            score -= LIMIT_PENALTY  # "hvor mange penge fik struer": what Struer got, not "dog højst 40.000 kr."
        if unit.passage_rank in examples:
            score += EXAMPLE_BONUS
        elif fits and _EXAMPLE.search(unit.text) and {f for f in own_figures if len(f) >= MIN_OWN_AMOUNT} & set(_NUMBER.findall(unit.text)):
            # "hvis vores projekt koster 200.000 kr, hvor meget kan vi få": "Eksempel: Et projekt med udgifter på
            # 200.000 kr. ... udløser et tilskud på 80.000 kr." works out the asker's own case.
            score += EXAMPLE_BONUS
        total = unit.table_header is not None and _TOTAL.search(row_label(unit.text))
        if total and named_rows.get(unit.passage_rank, set()) - set(tokenize(row_label(unit.text))):
            score -= TOTAL_ROW_PENALTY
        if sides_told:
            score += SIDE_WEIGHT * sides[id(unit)]
        if names_anyone(unit.text, away) and not redirected(unit.text) and not stands_in_for(unit.text, away):
            # "nu hvor maja er på barsel": not Maja's card, whoever stands in for her; the less so where a passage says
            # who took over from her ("Søren overtog voucherordningen efter Birgitte Aagaard").
            score -= AWAY_PENALTY * (2 if succeeded else 1)
        elif away and (TAKES_OVER.search(unit.text) or redirected(unit.text)):
            # "I perioden overtager Kasper Holm Winther booking af screeninger", "Henvendelser til Thomas Riis under
            # orloven sendes til Mads Thorup": the one to ask.
            score += STANDS_IN_BONUS
        elif says_whom:  # "hvem skal jeg kontakte om told til england": the line naming who handles it
            score += STANDS_IN_BONUS
        if fits and newest_dated and (year := dated[unit.passage_rank]) and year < newest_dated:
            score -= FORMER_PENALTY
        scored.append((score, unit, fits, similarity))
    scored.sort(key=lambda item: -item[0])
    score, best, fits, quote_similarity = scored[0]
    newest = (outdated or {}).get(sources[best.passage_rank])
    if newest is not None:
        # A superseded version's rule gives way to the version in force ("Ansøgningsfristen for 2023 er den 30. november
        # 2023" to "ansøgninger skal være modtaget senest den 1. oktober 2026"), however each words it: to its answer
        # of the asked kind, or, to an untyped question, to its nearly as good one. The older one is cited beside it.
        in_force = [item for item in scored[1:] if sources[item[1].passage_rank] == newest and (
            item[2] if question.answer_type in TYPED_ANSWERS else item[0] >= score - VERSION_MARGIN)]
        # The version in force under the same heading says it now: "6. Sådan søger du" for the 2023 "Sådan søger du".
        same_heading = [item for item in in_force
                        if _bare_heading(sections[item[1].passage_rank]) == _bare_heading(sections[best.passage_rank])]
        if in_force:
            score, best, fits, quote_similarity = (same_heading or in_force)[0]
    if not fits and question.answer_type == "date" and best.entry:
        # "Sted: Lindved Forsamlingshus" of a calendar entry: asked when, the entry's title line answers, with the
        # date line above it.
        entry_title = next((unit for unit in units if unit.passage_rank == best.passage_rank and unit.text == best.entry
                            and is_dateline(unit.antecedent)), None)
        if entry_title is not None:
            best, fits = entry_title, True
    if not fits and question.answer_type in TYPED_ANSWERS:
        # A typed question ("hvor lang") wants its kind of answer: a sentence of the same document that has it
        # ("Lyngstien  7,4 km") beats a closer one that does not ("2.300 hektar"). Not one of another document:
        # any figure would do there.
        # Another document's, only when it is as close as a runner-up: the card "Lene Damgaard, Programkoordinator,
        # Mentorprogrammet, Tlf. …" answers "what phone number do I call about the mentor programme" as nearly as
        # the English summary's line on the programme, which has none.
        # Or one the best quote's passage sends the reader to: "Se de aktuelle priser på siden om international
        # rekruttering" is the FAQ's answer, the price page's row the figure.
        sends_on = bool(_SENDS_TO_A_PAGE.search(passages[best.passage_rank]))
        same_document = [item for item in scored[1:] if item[2] and item[0] >= score - TYPED_MARGIN and (
            sources[item[1].passage_rank] == sources[best.passage_rank] or sends_on
            or item[0] >= score - RUNNER_UP_MARGIN)]
        if same_document:
            score, best, fits, quote_similarity = same_document[0]
    # A later decision changing the best quote's date or figure answers in its place; the statement it changes is
    # quoted after it, and says what the change is of.
    changed = None if sources[best.passage_rank] in asked_versions else _changing(
        question, best, scored, scorer, terms, sources, [f"{sections[i]} {passage}" for i, passage in enumerate(passages)],
        titles)
    replaced = None
    if changed is not None:
        replaced = best
        score, best, fits, quote_similarity = changed
    elif olds := changed_from(question, best.text):  # the best quote is the change: the statement it changes
        replaced = next((item[1] for item in scored if item[1] is not best and short_answer(question, [item[1]]) in olds), None)
    index = units.index(best)
    chosen = [best]
    # The section heading belongs to the passage: "Etableret i 1953." answers "hvornår blev Hvidbjerg Sejlklub
    # grundlagt" under the heading "Hvidbjerg Sejlklub".
    heading = sections[best.passage_rank]
    title = titles[best.passage_rank]
    passage = passages[best.passage_rank]
    coverage = scorer.coverage(terms, f"{title} {heading} {passage} {unit_context(best)} {held_words(question, passage)}",
                               sources[best.passage_rank])
    quote_coverage = scorer.coverage(terms, f"{title} {heading} {read_with_referent(best)} {held_words(question, best.text)}",
                                     sources[best.passage_rank])
    if reaches_someone(question):
        # A contact line is about what its passage says ("I efteråret 2026 starter vi et netværk for
        # overnatningssteder ... Kontakt direktør Hanne ..."), a card about its whole document.
        if is_contact_card(heading, passage):
            coverage = max(coverage, document_coverage[sources[best.passage_rank]])
        quote_coverage = max(quote_coverage, coverage)
    reached = _whom_it_reaches(question, units, index) if not best.antecedent else []
    if reached:
        # "Ida Marie Holst-Vinding, turismekonsulent" above "Tlf. 72 41 18 35 ...": whom the number reaches.
        best = chosen[0] = replace(best, antecedent=" ".join(unit.text for unit in reached))
        chosen[:0] = reached
        if _entry_line(units, index + 1, index):  # and what the person answers for: "Leje af kontorer, nøglekort"
            chosen.append(units[index + 1])
    elif best.antecedent:
        start = index - 1  # an FAQ's question whole: "Vores virksomhed ligger i Aarhus. Kan vi søge?"
        while start > 0 and units[start].asks and units[start - 1].asks and units[start - 1].passage_rank == best.passage_rank:
            start -= 1
        chosen[:0] = units[start:index]
    elif _ASKS_REASON.search(question.normalised or question.text) and _CONSEQUENCE.search(best.text) and index > 0 \
            and units[index - 1].passage_rank == best.passage_rank and units[index - 1].table_header is None:
        # "Tallene for 2022 og 2023 er derfor ikke sammenlignelige": why is the sentence before it.
        best = chosen[0] = replace(best, antecedent=units[index - 1].text)
        chosen.insert(0, units[index - 1])
    elif best.referent.endswith("?"):
        # A later sentence of an FAQ's answer ("Udbetaling sker normalt inden for 30 dage") is quoted with the
        # answer's start and its question ("Kan vi få udbetalt en del på forhånd?" / "Sv: Nej, der udbetales ikke
        # forskud."): the answer is quoted whole, and what it answers counts for the quote.
        start = index
        while start > 0 and units[start - 1].passage_rank == best.passage_rank and not units[start - 1].asks \
                and (units[start - 1].referent == best.referent or units[start - 1].antecedent.endswith("?")):
            start -= 1
        opening = units[start]
        chosen[:0] = ([units[start - 1]] if opening.antecedent and start > 0 else []) + units[start:index]
        quote_coverage = max(quote_coverage, scorer.coverage(
            terms, f"{title} {heading} {' '.join(unit.text for unit in chosen)}", sources[best.passage_rank]))
    if best.text.rstrip().endswith(":"):  # a lead-in brings its list
        for unit in units[index + 1 : index + 9]:
            if not unit.text.startswith("- "):
                break
            chosen.append(unit)
        return Selection(chosen, fits, coverage, len(chosen), heading=heading, quote_coverage=quote_coverage,
                         quote_similarity=quote_similarity,
                         document_evidence=_document_evidence(terms, chosen, best, passages, sources, sections))
    # A calendar entry's title line, asked about but not for a date or figure ("bliver kurset d. 19 marts til noget"),
    # is quoted with the entry's next line, which says what there is to say: "!! AFLYST - flyttes til efteråret !!".
    after = units[index + 1] if index + 1 < len(units) else None
    if after is not None and after.entry == best.text and question.answer_type not in TYPED_ANSWERS:
        chosen.append(after)
    # A rule's exception in the sentence after it is part of the answer: "Det er muligt at kombinere Cirkulær Pulje med
    # Grønne Lån. Den samlede offentlige støtte ... må dog ikke overstige 50 %".
    if after is not None and after.passage_rank == best.passage_rank and after.table_header is None \
            and _QUALIFIES.search(after.text) and after.text not in {quoted.text for quoted in chosen}:
        chosen.append(after)
    # An FAQ's answer is quoted whole (up to three sentences): "Normalt udbetales tilskuddet, når projektet er
    # afsluttet ... Du kan søge om forskud på op til 30 % af tilskuddet" answers "kan vi få noget på forhånd" too.
    asked = next((text for text in (best.antecedent, best.referent) if text.endswith("?")), "")
    # ... so is the answer under the FAQ's heading asking the question: "Ja – det er den mest almindelige kombination."
    # and why.
    under_heading = not asked and heads_the_asked_question(question, sections[best.passage_rank])
    # ... from its yes or no: "Ja, men ikke til alt." before "Enkeltmandsvirksomheder ... kan ikke få et fuldt eksporttjek."
    first = first_of_passage[best.passage_rank]
    if under_heading and index - FAQ_ANSWER_MORE <= first < index and _ANSWERS_YES_OR_NO.match(units[first].text) \
            and not any(unit.text in {quoted.text for quoted in chosen} for unit in units[first:index]):
        chosen[:0] = units[first:index]
    for unit in units[index + 1 : index + 1 + FAQ_ANSWER_MORE] if asked or under_heading else []:
        if unit.passage_rank != best.passage_rank or (asked and not unit.referent.endswith(asked)) \
                or unit.table_header is not None or unit.text in {quoted.text for quoted in chosen}:
            break
        chosen.append(unit)
    # A worked example stating the asker's case ("En VVS-virksomhed ... med 14 ansatte sender 3 medarbejdere ... til
    # 18.000 kr.") is quoted with its working and result: "Samlet tilskud: 32.400 kr.".
    if best.passage_rank in examples and len(own_figures & set(_NUMBER.findall(best.text))) >= MIN_EXAMPLE_FIGURES:
        for unit in units[index + 1 : index + 1 + EXAMPLE_MORE]:
            if unit.passage_rank != best.passage_rank or unit.table_header is not None:
                break
            if unit.text not in {quoted.text for quoted in chosen}:
                chosen.append(unit)
    primary = len(chosen)
    if replaced is not None and replaced.text not in {quoted.text for quoted in chosen}:
        chosen.append(replaced)
    answering_the_doubt = _answering_the_doubt(question, scored, chosen, scorer, terms, sources, sources[best.passage_rank])
    if answering_the_doubt is not None:
        chosen.append(answering_the_doubt)
    chosen += _rule_on_each_told(question, scored, chosen, sources, sources[best.passage_rank])
    chosen += _surcharge_of_the_asked_case(question, units, chosen, best, sources)
    not_available = says_not_available(question, best.text)
    for runner_score, unit, unit_fits, _ in (item for item in scored if item[1] is not best):
        # The best quote's antecedent is part of it: it takes no runner-up's place.
        if len(chosen) - primary + 1 >= MAX_UNITS or runner_score < score - RUNNER_UP_MARGIN:
            break
        if unit_fits and unit.text not in {quoted.text for quoted in chosen}:
            # A runner-up card's number comes with whom it reaches.
            chosen += [line for line in _whom_it_reaches(question, units, units.index(unit))
                       if line.text not in {quoted.text for quoted in chosen}]
            chosen.append(unit)
    return Selection(chosen, fits, coverage, primary, not_available, heading, quote_coverage, quote_similarity,
                     _document_evidence(terms, chosen, best, passages, sources, sections), replaced)


_AGE = re.compile(r"\b(?:alder\w*|gammel|gamle|etableret|stiftet|registreret|cvr|drift|eksisteret|startet|old|established|"
                  r"registered|founded)\b", re.I)
# "hvor meget ekstra koster det", "what is the surcharge": the price added on, not the price.
_ASKS_EXTRA = re.compile(r"\b(?:hvor\s+meget|how\s+much)\s+(?:mere|ekstra|extra|more)\b|\bkoste[rt]?\s+(?:det\s+)?ekstra\b|"
                         r"\btillæg\w*|\bsurcharges?\b|\bextra\s+(?:charges?|fees?|costs?)\b", re.I)
_SURCHARGE = re.compile(r"\btillæg\b|\btillægg(?:et|ene)\b|\bsurcharges?\b|\bekstrabetaling\w*", re.I)
SURCHARGE_BONUS = 0.15
_PRICE_WORD = re.compile(r"pris\w*|kost\w*|beløb\w*|betal\w*|price\w*|cost\w*|fee\w*|charg\w*", re.I)


def asks_extra(question: Question) -> bool:
    return question.answer_type == "quantity" and bool(_ASKS_EXTRA.search(question.normalised or question.text))


def _surcharge_of_the_asked_case(question: Question, units: list[Unit], chosen: list[Unit], best: Unit,
                                 sources: list[str]) -> list[Unit]:
    """"hvad koster en messetolk om lørdagen": beside the day rate, the surcharge of the best quote's document on the
    case the question names in its own words and the quotes do not ("Tolkning på lørdage, søn- og helligdage: tillæg
    på 50 %")."""
    if question.answer_type != "quantity":
        return []
    quoted = {token for unit in chosen for token in tokenize(f"{' '.join(unit.table_header or [])} {unit.text}")}
    untold = {word for word in tokenize(question.normalised or question.text)
              if word not in quoted and len(word) >= 4 and not _PRICE_WORD.fullmatch(word)}
    for unit in units:
        if sources[unit.passage_rank] == sources[best.passage_rank] and _SURCHARGE.search(unit.text) \
                and unit.text not in {quoted_unit.text for quoted_unit in chosen} \
                and untold & {token for word in tokenize(unit.text) for token in (word, word.rstrip("e"))}:
            return [unit]
    return []


def _rule_on_each_told(question: Question, scored: list, chosen: list[Unit], sources: list[str],
                            best_source: str) -> list[Unit]:
    """"vi er 14 ansatte og startede i 2021, kan vi søge": the asker tells their size and their age, and the rule on
    each answers. The best rule of the best quote's document on what the quotes bound no rule of yet ("CVR-registreret
    i mindst 3 år" beside "5–99 fuldtidsansatte")."""
    if not joins_as_told(question):
        return []
    told = {noun for _, noun in _asked_figures(question) if noun}
    untold = told - {noun for unit in chosen for noun in bounded_counts(question, unit.text)}
    added: list[Unit] = []
    for noun in sorted(untold):
        rule = next((item[1] for item in scored if item[2] and sources[item[1].passage_rank] == best_source
                     and noun in bounded_counts(question, item[1].text)
                     and (noun != "år" or _AGE.search(item[1].text))  # "Op til 6 år" to repay says no company's age
                     and item[1].text not in {quoted.text for quoted in [*chosen, *added]}), None)
        if rule is not None:
            added.append(rule)
    return added


# "kan vi søge puljen, selv om vi ikke er byggefirma eller medlem": what the asker fears may rule them out.
_DOUBT = re.compile(r"\b(?:selv\s+om|selvom|skønt|uanset\s+om|even\s+though|even\s+if|although)\s+([^.?!;]{6,})", re.I)


def _answering_the_doubt(question: Question, scored: list, chosen: list[Unit], scorer: "Scorer", terms: list[str],
                         sources: list[str], best_source: str) -> Unit | None:
    """The candidate closest in meaning to what the asker doubts ("selv om vi ikke er byggefirma eller medlem": "Puljen
    er åben for alle brancher – ikke kun byggevirksomheder – og man behøver ikke at være medlem"), sharing a word with
    it and not quoted yet; of the best quote's document where it has one. None when the question doubts nothing.
    The conditions the asker meets rank above it, as they share more of the question; the doubt is answered too."""
    doubt = _DOUBT.search(question.normalised or question.text)
    if doubt is None:
        return None
    clause = doubt.group(1)
    clause_words = tokenize(clause)
    doubt_terms = [term for term in terms if any(term in word for word in clause_words)]
    quoted = {unit.text for unit in chosen}
    candidates = [unit for _, unit, _, _ in scored if unit.text not in quoted and quotable(unit)
                  and scorer.coverage(doubt_terms, read_with_referent(unit), sources[unit.passage_rank]) > 0]
    candidates = [unit for unit in candidates if sources[unit.passage_rank] == best_source] or candidates
    if not candidates:
        return None
    similarities = scorer.similarities(scorer.vector(clause), [unit_context(unit) for unit in candidates])
    return max(zip(similarities, candidates), key=lambda pair: pair[0])[1]


# "Fristen for 1. runde flyttes fra 13. april 2026 til mandag den 27. april 2026": a decision changing a date or figure.
CHANGED = re.compile(r"\b(?:flytte[rst]?|flyttet|rykke[rst]?|rykket|ændre[rst]?|ændret|udskyde[rs]?|udskudt|forlænge[rst]?|"
                      r"forlænget|fremrykke[rst]?|fremrykket|hæve[rst]?|hævet|sænke[rst]?|sænket|udvide[rst]?|udvidet|"
                      r"øge[rst]?|øget|forhøje[rst]?|forhøjet|nedsætte[rs]?|nedsat|reducere[rst]?|reduceret|"
                      # "Puljen stiger dermed fra 3.000.000 kr. til 3.600.000 kr.": a figure that rises or falls.
                      r"stige[rt]?|steg|steget|falde[rt]?|faldt|faldet|vokse[rt]?|voksede|vokset|"
                      r"moved|changed|postponed|extended|brought forward|raised|lowered|increased|reduced|expanded|cut|"
                      r"rises|rose|risen|falls|fell|fallen|grows|grew)\b", re.I)
_LEADING_FIGURE = re.compile(r"\d[\d.,]*(?:\s*(?:kr\.|%))?")
CHANGED_SHARE = 0.35  # a change of the best quote's value: its passage holds this much of the best one's share of the question
# "forventes nu taget i brug i uge 46 i stedet for september 2026": the value it replaces.
_INSTEAD_OF = r"(?:i stedet for|instead of|rather than)"
_BEFORE_VALUE = r"\s+(?:\w+\s+)?(?:den\s+|d\.\s*)?"  # "fra mandag den 13. april": a weekday or "den" before the date


def restates(statement: Unit, other: Unit) -> bool:
    """Does `other` write (nearly) all of `statement`'s words but its figures and dates?"""
    words = {token for token in tokenize(statement.text) if not token[0].isdigit()} - _MONTH_TERMS
    return bool(words) and len(words & set(tokenize(other.text))) >= RESTATED_WORDS * len(words)


RESTATED_WORDS = 0.8
_INFINITIVE_BEFORE = re.compile(r"\b(?:at|to)\s+$", re.I)
_MONTH_TERMS = frozenset(tokenize(" ".join(MONTH_NAMES)))
_STATES_AN_OLD_VALUE = re.compile(rf"\b(?:fra|from|{_INSTEAD_OF})\b", re.I)


def states_a_change(text: str) -> bool:
    """Does `text` tell that something was changed, moved, raised or lowered?"""
    return CHANGED.search(text) is not None


def changed_from(question: Question, text: str) -> set[str]:
    """The value a change statement says was changed ("13. april 2026" of "flyttes fra 13. april 2026 til ...",
    "september 2026" of "i uge 46 i stedet for september 2026"), as a short answer would give it; empty for any other
    text."""
    olds = [match.group(1) for match in re.finditer(rf"\b{_INSTEAD_OF}\s+([^.;:!?()]{{4,40}})", text, re.I)]
    if CHANGED.search(text):
        olds += [match.group(1) for match in re.finditer(r"\b(?:fra|from)\s+(.{4,40}?)\s+(?:til|to)\b", text, re.I)]
    return {value for old in olds if (value := short_answer(question, [Unit(old, 0)]))}


def _changing(question: Question, best: Unit, scored: list, scorer: "Scorer", terms: list[str], sources: list[str],
              passages: list[str], titles: list[str]) -> tuple | None:
    """The scored candidate saying that the best quote's date or figure was changed ("flyttes fra 13. april 2026 til
    ...", "i uge 46 i stedet for september 2026"), in a passage (with its heading) of as much of the question, or None:
    the later decision is the answer, however the plain statement is worded closer to the question ("Kammeret
    forventes nu ..." under the minutes' item on the new climate chamber)."""
    if question.answer_type not in ("date", "quantity"):
        return None
    value = short_answer(question, [best])
    if not value:
        return None
    # "13. april" of "13. april 2026"; "1.450 kr." of "1.450 kr. ikke-medlemmer (Regulatorisk rådgivning)".
    figure = _LEADING_FIGURE.match(value)
    day = " ".join(value.split()[:2]) if question.answer_type == "date" else figure.group() if figure else value
    was = re.compile(rf"\b(?:fra|from){_BEFORE_VALUE}{re.escape(day)}", re.I)
    instead = re.compile(rf"\b{_INSTEAD_OF}{_BEFORE_VALUE}{re.escape(day)}", re.I)
    best_share = scorer.coverage(terms, f"{passages[best.passage_rank]} {unit_context(best)}", sources[best.passage_rank])
    best_own = scorer.coverage(terms, unit_context(best), sources[best.passage_rank])

    def framed(unit: Unit) -> float:  # of the question, by the passage under its document's title and heading
        return scorer.coverage(terms, f"{titles[unit.passage_rank]} {passages[unit.passage_rank]}", sources[unit.passage_rank])

    def changes_to_another(unit: Unit) -> bool:
        # "Ansøgningsfristen for modul 3 forlænges til 15. juni 2026": a change naming the asked thing as fully as
        # the statement it changes, to another value, though it does not repeat the old one. In a passage as much
        # about the question as the statement's: another programme's extended deadline changes nothing asked.
        new = short_answer(question, [unit])
        if not new or new == value:
            return False
        # Or a change restating the statement with only its new value: "Projektperioden forlænges tilsvarende:
        # Projekter skal være afsluttet senest 31. maj 2027" of "- Projektet skal være afsluttet senest 31. marts 2027".
        # Not a key-figures row, nor a change done ("Ved at ændre skæreplanerne ... sparer virksomheden ... 60 tons").
        if not _STATES_AN_OLD_VALUE.search(unit.text) and best.table_header is None and restates(best, unit) \
                and any(not _INFINITIVE_BEFORE.search(unit.text, 0, m.start()) for m in CHANGED.finditer(unit.text)):
            return True
        return bool(re.search(rf"\b(?:til|to){_BEFORE_VALUE}{re.escape(new.split()[0])}", unit.text, re.I)) \
            and scorer.coverage(terms, unit_context(unit), sources[unit.passage_rank]) >= best_own \
            and framed(unit) >= framed(best)

    # The asked party's share ("- Odsherred Kommune: 1.300.000 kr.") is changed only by a change naming the party (in
    # any inflection: "Ansøgningsfristen flyttes ..." of "- Ansøgningsfrist: 15. april 2026").
    asked = set(_WORDS.findall((question.normalised or question.text).lower()))
    owner = set(tokenize(" ".join(word for word in CAPITALISED.findall(owner_label(best.text)) if word.lower() in asked)))
    return next((item for item in scored if item[1] is not best and item[2]
                 and owner <= set(tokenize(item[1].text))
                 and ((CHANGED.search(item[1].text) and (was.search(item[1].text) or changes_to_another(item[1])))
                      or instead.search(item[1].text))
                 and scorer.coverage(terms, passages[item[1].passage_rank], sources[item[1].passage_rank])
                 >= CHANGED_SHARE * best_share), None)


def entry_lines(units: list[Unit], at: int) -> str:
    """For a contact line, the short lines of its entry in a staff list: the name and post above it and what the
    person answers for below it ("Sofie Amalie Krogh / Laboratorieansvarlig / Tlf. ... / Laboratorieintroduktion,
    laboratoriesikkerhed, kemikalier"); else ""."""
    if not CONTACT_DETAIL.search(units[at].text):
        return ""
    above = [units[i].text for i in (at - 2, at - 1) if all(_entry_line(units, j, at) for j in range(i, at))]
    return " ".join(above + ([units[at + 1].text] if _entry_line(units, at + 1, at) else []))


def _entry_line(units: list[Unit], i: int, at: int) -> bool:
    """Unit i is a short line of the same passage as the contact line at `at`, and no contact line itself."""
    return 0 <= i < len(units) and units[i].passage_rank == units[at].passage_rank and units[i].table_header is None \
        and len(units[i].text) < 2 * _SHORT_LINE and not CONTACT_DETAIL.search(units[i].text)


_SHORT_LINE = 80


_DETAILS_ONLY = re.compile(r"^\W*(?:phone|tel|tlf|telefon|mobil|mobile|e-?mail|mail|direkte)\b", re.I)
_LONG_NAMING_SENTENCE = 200  # characters


def _whom_it_reaches(question: Question, units: list[Unit], index: int) -> list[Unit]:
    """A contact detail naming nobody, under a short line of the same passage naming someone (a contact card): that
    line and any short line between ("Mikkel Thorsø / Miljø- og ressourcekonsulent / Mobil: 40 18 27 36"); else []."""
    best = units[index]
    if question.answer_type != "contact" or names_someone_new(question, best.text):
        return []
    # A sentence giving only the number follows the one naming the person ("Our business adviser for international
    # founders is Sara El-Amin (speaks English, Arabic and Danish). Phone +45 86 42 17 06, ..."), however long.
    longest = _LONG_NAMING_SENTENCE if _DETAILS_ONLY.match(best.text) else _SHORT_LINE
    for start in (index - 1, index - 2):
        lines = units[max(start, 0):index] if start >= 0 else []
        if not lines or any(line.passage_rank != best.passage_rank or line.table_header is not None
                            or len(line.text) >= (longest if len(lines) == 1 else _SHORT_LINE) for line in lines):
            return []
        if names_someone_new(question, lines[0].text) and PERSON_NAME.search(lines[0].text):
            return lines
    return []




MIN_NAME_IN_TITLE = 6


def _named_in_title(terms: list[str], title: str, years: Collection[str] = (), one_word_names: bool = True) -> str:
    """The name a question shares with a document's title or heading: two or more title words in a row that are
    all words of the question ("Kragsted Boldklub" of "Kontingent og priser – Kragsted Boldklub 2024"). Every
    sentence of the document is about it, so "Søskenderabat: 2. barn ... 25 % rabat" answers "er der søskende
    rabat i kragsted boldklub" as much as the sentence naming the club. Not one shared word: "Region" of "Region
    Midtjylland" is no "region syddanmark". The title's years the question asks about (`years`) too."""
    words = re.findall(r"[^\W\d_]+", title)
    asked = set(terms)
    shared = [bool(term) and term in asked for term in (next(iter(tokenize(word)), "") for word in words)]
    # A document titled by its year ("Årsberetning 2025") holds it for every sentence, as a name.
    held = [year for span in _YEAR_OR_SPAN.findall(title) for year in span if year and year in years]
    # ... or one capitalised word no general Danish or English has, a programme's name: "Investorklar" of "Investorklar
    # 2026 | Kreativ Akse"; not "Accelerator", nor a kind of body the domain's vocabulary knows ("Erhvervsråd" of
    # "Sydkystens Erhvervsråd – Medarbejdere"), nor a thing ("Gratis ressourcescreening – sådan foregår det").
    return " ".join([*(word for i, word in enumerate(words)
                       if shared[i] and ((i > 0 and shared[i - 1]) or (i + 1 < len(words) and shared[i + 1])
                                         or (one_word_names and len(word) >= MIN_NAME_IN_TITLE and word[0].isupper()
                                             and zipf(word.lower()) == zipf(word.lower(), "en") == 0.0
                                             and not english_danish().writes_in_danish(word.lower())))), *held])


def _document_evidence(terms: list[str], chosen: list[Unit], best: Unit, passages: list[str], sources: list[str],
                       sections: list[str] | None) -> str:
    """The best quote's passage and heading, and the same document's other quotes that (with their headings)
    hold two of the question's terms: "Regional trains from Aarhus H run every hour" shares only the place with
    "a good hotel near aarhus station", and does not put the guide's hotel there."""
    sections = sections or [""] * len(passages)
    document = sources[best.passage_rank]
    same = [f"{sections[unit.passage_rank]} {unit_context(unit)}" for unit in chosen if sources[unit.passage_rank] == document]
    asked = set(terms)
    related = [text for text in same if len(set(tokenize(text)) & asked) >= 2]
    return " ".join([sections[best.passage_rank], passages[best.passage_rank], *related])


# "Hvad er skatteprocenten ...", "Hvem var topscorer ...", "What is the budget ...": the word asked about.
# "hvad koster en klubtrøje", "what does a ticket cost": the thing priced.
# "hvad koster det at leje auditoriet", "what does it cost to rent the studio": what the doing is done with.
_FILLER = r"(?:(?:egentlig|egentligt|mon|nu|lige|cirka|præcis|really|actually|exactly)\s+)?"
_ASKED_WORD = re.compile(
    r"^\W*(?:(?:hvad|hvem|what|who)\s+(?:er|var|is|was|are|were)|hvad\s+(?:koster|kostede)(?:\s+det\s+at\s+[^\W\d_]+)?|"
    r"hvilke[nt]?|which|how much (?:is|are)|how much does it cost to\s+[^\W\d_]+)"
    # "hvad koster det egentlig for os", "hvad koster egentlig en klubtrøje": a filler says nothing of what is asked about.
    # After "den"/"det"/"de" an adjective ends in -e: "det nye klimakammer", "de samlede udgifter" ask about the noun;
    # a limit ("det maksimale tilskud", "den højeste sats") is itself what is asked and is kept.
    rf"\s+{_FILLER}(?:the\s+|(?:den|det|de)\s+(?:(?!(?:maksimale|minimale|[^\W\d_]*ste)\s)[^\W\d_]+e\s+(?=[^\W\d_]))?"
    r"|en\s+|et\s+|a\s+|an\s+)?"
    r"(?:hele\s+|selve\s+|whole\s+|entire\s+)?"
    rf"{_FILLER}([^\W\d_][\w-]*)",
    re.IGNORECASE,
)


# "Hvor stor må en virksomheds årlige omsætning højst være": the measured thing is the last word before the verb.
_MEASURED = re.compile(r"^\W*hvor\s+(?:stor|store|stort|høj|høje|højt|meget)\s+(?:må|skal|kan|er|var|bliver)\s+"
                       r"(?:[\w-]+\s+){0,4}?([^\W\d_]{4,})\s+(?:(?:højst|mindst|maks\w*|max)\s+)?(?:være|blive|udgøre)\b",
                       re.IGNORECASE)


# "How much does it cost to park a car": the priced thing is parking, which a document must name; "to rent the
# studio" prices the studio. "How much does the audio guide cost": the audio guide.
_PRICED = re.compile(
    # "hvad koster det at få lavet en næringsdeklaration", "at lave en test", "to have a test done": the thing made or
    # done, not the verb.
    r"\b(?:hvad koster det at\s+(?:(?:få|have)\s+(?:lavet|udført|foretaget|gennemført|lave|udføre)|lave|udføre|"
    r"foretage|gennemføre|køre)|how much does it cost to (?:have|get|do|make|run|carry out))\s+(?:en\s+|et\s+|a\s+|an\s+)?([^\W\d_][\w-]{2,})|"
    r"\b(?:how much does it cost to|hvad koster det at)\s+(?!(?:rent|hire|take|buy|use|book|join|get|have|attend|"
    r"visit|enter|borrow|go|be|bring|send|leje|låne|tage|købe|bruge|booke|deltage|få|have|komme|besøge|gå|være|"
    r"sende|melde)\b)([^\W\d_]{3,})|\bhow much (?:does|do|did) (?:the |a |an )?(?!(?:it|this|that)\b)([^\W\d_][\w-]*)(?:\s+[\w-]+){0,3}"
    r"\s+cost\b|"
    # "hvad skal udvidelsen af klimahallen koste", "hvad kommer kontingentet til at koste": the thing to be priced.
    r"\bhvad\s+(?:skal|vil|kommer)\s+(?:(?:det|den|de)\s+(?:nye\s+)?)?(?!det\b|den\b|de\b)([^\W\d_][\w-]*)"
    r"(?:\s+[\w-]+){0,3}?\s+(?:til\s+at\s+)?koste\b", re.IGNORECASE)


# "Kan Fjordkant Vækstcenter yde lån", "kan man låne e-bøger", "can the centre provide loans", "kan klyngen lave
# laboratorieanalyser", "does the cluster book hotel rooms": the thing offered or done,
# which a document must name to offer it. Not "få", nor "give" someone something: "kan vi få hjælp", "kan I give mig
# et overblik" ask for help in any words. "Giver X tilskud til at ansætte en lærling": what the grant is for.
# "hvor meget i løn får direktøren": the amount of what.
_OFFERED = (
    re.compile(
        r"^\W*(?:kan|can|could|will|does|do)\s+(?:[\w-]+\s+){1,4}?(?:yde|tilbyde|stille|bevilge|give|låne|udlåne|"
        r"lave|udføre|foretage|arrangere|booke|bestille|provide|offer|grant|lend|borrow|perform|carry\s+out|book|"
        r"arrange|organi[sz]e)\s+(?!(?:mig|os|dig|jer|dem|ham|hende|me|us|you|them|him|her)\b)"
        r"(?:(?:en|et|de|nogen|noget|nogle|a|an|the|any|some)\s+)?([^\W\d_][\w-]*)", re.IGNORECASE),
    re.compile(
        r"^\W*(?:kan|giver|yder|tilbyder|er der|can|does|do|is there|are there)\b.*?\b(?:tilskud|støtte|grants?|"
        r"funding|subsid(?:y|ies))\s+(?:til|for|to)\s+(?:at\s+[^\W\d_]+\s+)?(?:(?:en|et|de|a|an|the)\s+)?"
        r"([^\W\d_][\w-]*)", re.IGNORECASE),
    re.compile(r"^\W*hvor\s+meget\s+i\s+([^\W\d_]{3,})", re.IGNORECASE),
)


def _offered(question: Question) -> str | None:
    text = question.normalised or question.text
    return next((match.group(1) for pattern in _OFFERED for match in [pattern.search(text)] if match), None)


def asks_a_fact_beyond_size(question: Question) -> bool:
    """Does a clause after the company's description ask what a thing is or costs ("vi er 15 ansatte og 6 år
    gamle og overvejer et spirelån, hvad er renten?")? Then the loan's rate is the answer, not a rule whose size
    or age bracket holds the company."""
    clauses = _CLAUSE.split(question.normalised or question.text)
    return len(clauses) > 1 and any(
        match is not None and match.group(1).lower() not in STOPWORDS and not _ABOUT_SIZE.match(match.group(1))
        for match in (_ASKS_WHAT.search(clause) for clause in clauses[1:]))


_CLAUSE = re.compile(r"[?.!;]\s+|\s[–-]\s|,\s+(?=(?:hvad|what|how)\b)", re.I)
_ASKS_WHAT = re.compile(r"^\W*(?:hvad\s+(?:er|var|koster|kostede)|what\s+(?:is|are|was|does)|how much (?:is|does))\s+"
                        r"(?:the\s+|den\s+|det\s+|de\s+|en\s+|et\s+|a\s+|an\s+)?([^\W\d_][\w-]*)", re.I)
# What the company's size and age decide: "hvad er kravene", "what are the conditions".
_ABOUT_SIZE = re.compile(r"(?:krav|betingelse|regl|vilkår|requirement|condition|rule|criteri|eligib|størrelse|size"
                         r"|ansatte|medarbejdere|employees|staff|alder|age)", re.I)


def asks_for_an_offer(question: Question) -> bool:
    """Does the question ask whether a thing is offered ("Kan X yde lån"), or how much of a named thing ("hvor meget
    i løn")? Then the thing must be named."""
    return _offered(question) is not None


def asked_word_as_typed(question: Question) -> str | None:
    """The word a "what is X" / "hvem var X" / "hvad koster X" / "hvilken X" / "hvor stor må X være" / "kan X yde Y"
    question asks about, as written, or None."""
    text = question.normalised or question.text
    priced = _PRICED.search(text)
    if priced:
        return next(group for group in priced.groups() if group)
    offered = _offered(question)
    if offered:
        return offered
    match = _ASKED_WORD.search(text) or _MEASURED.search(text)
    # "hvad koster det for os": "det" is the pronoun, and nothing is named.
    if not match or match.group(1).lower() in STOPWORDS:
        return None
    # "hvad er videnparkens budget": the owner in the genitive names whose; the word after it what is asked.
    owned = _OWNED.match(text, match.end()) if match.group(1).endswith("s") and len(match.group(1)) > 5 else None
    # "sidste års konference", "årets konference": the time says which one; the noun after it is what is asked.
    owned = owned or (_OF_A_TIME.match(text, match.end()) if match.group(1).lower() in _TIMES else None)
    # "hvad er planen for investorklar": the plan is of the thing after it, which a sentence must name.
    owned = owned or (_PLANNED.match(text, match.end()) if match.group(1).lower() in _PLANS else None)
    return owned.group(1) if owned and owned.group(1).lower() not in STOPWORDS else match.group(1)


_OWNED = re.compile(r"\s+(?:samlede\s+|årlige\s+|nye\s+)?([^\W\d_][\w-]*)")
# "sidste års konference", "en uges leje": a time in the genitive says which or how much of the noun after it.
_TIMES = {"sidste", "næste", "forrige", "dette", "årets", "aarets", "uges", "dags", "døgns", "måneds", "times", "timers",
          "ugers", "dages", "måneders"}
_PLANS = {"planen", "planerne", "plan", "planer", "plans"}
_PLANNED = re.compile(r"\s+(?:for|med|of)\s+(?:the\s+)?([^\W\d_][\w-]*)", re.IGNORECASE)
_OF_A_TIME = re.compile(r"(?:(?<=s)|\s+(?:å|aa)rs)\s+([^\W\d_][\w-]*)", re.IGNORECASE)


def asked_word(question: Question) -> str | None:
    """The stemmed word a "what is X" / "hvem var X" / "hvad koster X" question asks about, or None."""
    word = asked_word_as_typed(question)
    terms = tokenize(word) if word else []
    return terms[0] if terms else None


# A row's label: a table row's first cell, or what a list item or line names before its colon ("- Voksen: 60 kr.").
_LABEL = re.compile(r"^(?:- )?([^:\d][^:]{0,40}):\s*\S")
LABEL_BONUS = 0.08


# "Tabel 1. Medlemsvirksomheder pr. 31. december fordelt på delbranche", "Table 2: Visitors by month".
_CAPTION = re.compile(r"(?:^|.*[.!?]\s)(?:Tabel|Table|Tab\.)\s*\d+[.:]\s+([^\n]+)$", re.S)  # the last one


def table_caption(passage: str, table_header: list[str]) -> str:
    """The caption a table's first header line follows in its passage, at the end of the text before it."""
    at = passage.find(table_header[0]) if table_header else -1
    caption = _CAPTION.search(passage[:at].rstrip()) if at > 0 else None
    return caption.group(1) if caption else ""


def of_another_measure(question: Question, unit: Unit, section: str, title: str) -> bool:
    """Is `unit` a row of a table by year whose label names another measure than the question asks of: no word
    of the question but the organisation's (its document's title) and the years in the label, the header or the
    section? "Udlånt beløb i alt (kr.)  720.000  1.185.000" is no price of a desk in 2023, "Belægningsgrad  78 %" no
    interest rate on loans."""
    if question.answer_type != "quantity" or unit.table_header is None \
            or not any(_names_years(line) for line in unit.table_header):
        return False
    own, glossed = _measure_terms(question.normalised or question.text, question.language, tuple(question.terms),
                                  tuple(question.years))
    organisation = set(tokenize(title))
    asked, danish = own - organisation, (own if question.language == "da" else glossed) - organisation
    named = set(tokenize(f"{split_cells(unit.text.strip())[0]} {' '.join(unit.table_header)} {section}"))
    if asked & _MONEY_WORDS and named & _MONEY_WORDS:
        return False  # "hvor mange penge var det i alt": "Udlånt beløb i alt (kr.)" is an amount of money
    # ... nor a Danish word as a compound's head: "Kvistlån" are loans (an English "rate" is no "Overlevelsesrate");
    # or as its first part: members are counted in "Medlemsvirksomheder".
    return bool(asked) and not named & (asked | danish) \
        and not any(len(term) >= 3 and word.endswith(term) for word in named for term in danish) \
        and not any(len(term) >= _MIN_MODIFIER_TERM and word.startswith(term) for word in named for term in danish)


_MIN_MODIFIER_TERM = 5  # "medlem" of "Medlemsvirksomheder"; not "pris" of "Prisstigning"
# Words naming money as the measure, tokenized ("penge", "beløbet", "(kr.)", "amount"); "koster" asks a price of
# something, and the question's other words say of what.
_MONEY_WORDS = frozenset({"peng", "beløb", "kr", "kron", "money", "amount"})


@lru_cache(maxsize=1024)
def _measure_terms(text: str, language: str, terms: tuple[str, ...], years: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """A question's terms but its years, and for an English one the glossary's Danish for its words ("loans": "lån"):
    once per question, not per candidate row."""
    glossed = {term for danish in english_danish().danish_for(text) for term in tokenize(danish)} if language == "en" else set()
    return frozenset(terms) - frozenset(years), frozenset(glossed)


def labelled_as_asked(question: Question, unit: Unit) -> bool:
    """Does the unit's row label name only what the question names ("Årskort, voksen" for "hvad koster et årskort
    for en voksen"; not "10-turskort, voksen" nor "Familiebillet (2 voksne …)")? Brackets aside: "Voksen (18-64
    år)". For figures only: a programme's budget row names the programme, not its project leader."""
    if unit.table_header is not None:
        label = split_cells(unit.text.strip())[0]
    else:
        match = _LABEL.match(unit.text.strip())
        if not match:
            return False
        label = match.group(1)
    label = re.sub(r"\([^)]*\)", " ", label)
    # A name ("Region Midtjylland: 2009: 301") picks whose figure, not which kind: no help to "by how much did it grow".
    if any(word[0].isupper() for word in label.split()[1:]):
        return False
    words = [t for t in tokenize(label) if not t[0].isdigit()]
    return bool(words) and set(words) <= set(question.terms)


FORMER_PENALTY = 0.15  # asked what holds now, a statement of an older year than another passage's
# Not "indtil nu", "up to now": a count so far, which the older reports' counts are the history of.
_NOW = re.compile(r"(?<!til )(?<!to )\b(?:nu|i\s+dag|for\s+tiden|p\.?t\.?|aktuelle?|gældende|now|currently|today|current)\b",
                  re.I)


def asks_now(question: Question) -> bool:
    """Does the question ask what holds now ("hvad koster det nu", "what is the current price"), naming no year?"""
    return not question.years and _NOW.search(question.normalised or question.text) is not None


def _newest_year(text: str) -> int | None:
    return max((int(year) for year in YEAR.findall(text)), default=None)


TIME_OF_YEAR_BONUS = 0.1  # as much as a bracket holding the asker's figure
PER_BONUS = 0.1  # a figure per the asked unit ("pr. kalenderår") before one per another ("pr. medarbejder")
# How long since something, and a time counted back from now: only it answers, over a limit of another duration.
SINCE_BONUS = 0.15
_ASKS_SINCE = re.compile(r"\b(?:hvor\s+(?:lang\s+tid|længe|mange\s+\w+)|how\s+(?:long|many\s+\w+))\b[^?]*\b(?:siden|since|ago)\b",
                         re.I)
_WITHIN_THE_LAST = re.compile(r"\b(?:inden\s+for\s+(?:de|den)\s+(?:seneste|sidste)|within\s+the\s+(?:last|past))\b", re.I)
# What a figure is per: a rate per another unit is another figure. Danish and English; "250 kr./time" too.
_RATES = {
    "år": r"(?:pr\.?|per|om)\s+(?:kalender)?år(?:et)?\b|/\s*år\b|\bårlig\w*|\bper\s+(?:calendar\s+)?year\b|\bannual\w*|\byearly\b",
    "måned": r"(?:pr\.?|per|om)\s+(?:påbegyndt\s+)?måned(?:en)?\b|/\s*(?:md|mdr|måned)\b|\bmånedlig\w*|\bper\s+month\b|\bmonthly\b",
    "uge": r"(?:pr\.?|per|om)\s+(?:påbegyndt\s+)?ugen?\b|/\s*uge\b|\bugentlig\w*|\bper\s+week\b|\bweekly\b",
    "time": r"(?:pr\.?|per|i)\s+timen?\b|/\s*(?:time|t)\b|(?:pr\.?|per)\s+\w+timen?\b|\bper\s+hour\b|\ban\s+hour\b|\bhourly\b|\btime(?:pris|sats|takst|løn)\w*",
    "dag": r"(?:pr\.?|per|om)\s+(?:påbegyndt\s+)?dag(?:en)?\b|/\s*dag\b|\bper\s+day\b|\bdaily\b|\bhele?\s+dag(?:en)?\b|\b(?:full|whole)\s+day\b",
    "minut": r"(?:pr\.?|per)\s+minut\w*|\bper\s+minute\b",
    "person": r"(?:pr\.?|per)\s+(?:medarbejder|ansat|ansættelse|deltager|person|elev|lærling|kursist|employee|participant|"
              r"apprentice|head|hire)\w*",
    "virksomhed": r"(?:pr\.?|per)\s+(?:virksomhed|firma|company|business|firm)\w*",
    "ord": r"(?:pr\.?|per|a)\s+(?:ord|word)(?:et)?\b|/\s*ord\b",
    "side": r"(?:pr\.?|per|a)\s+(?:side|normalside|page)n?\b|/\s*side\b",
}
# A rate per these is written as one ("pr. ord", "Timepris"): a figure saying no such thing is no answer.
_WRITTEN_RATES = {"time", "ord", "side"}
_RATE_PATTERNS = {per: re.compile(rf"\b{pattern}", re.I) for per, pattern in _RATES.items()}


ASKS_WHICH = re.compile(r"^\W*(hvilke[nt]?|which)\b", re.I)  # "hvilke kurser ...", "which courses ..."


WHICH_ROW_BONUS = 0.15
_WHICH_KIND = re.compile(r"^\W*(?:hvilke[nt]?|which)\s+((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)", re.I)


def _asks_which_of_the_labels(question: Question, header: list[str]) -> bool:
    """Does a "which" question ask for one of the things a table's label column lists: "which approved consultant"
    of the rows under "Rådgiver  Kompetenceområder  Kommune" (in the documents' Danish too)?"""
    kind = _WHICH_KIND.match(question.normalised or question.text)
    labels = [split_cells(line)[0] for line in header if len(split_cells(line)) > 1]
    if kind is None or not labels:
        return False
    words = kind.group(1).lower().split()
    asked = set(tokenize(" ".join([*words, *(danish for word in words for danish in english_danish().danish_for(word))])))
    return bool(asked & set(tokenize(labels[-1])))


def dated_by_time_of_year(question: Question) -> bool:
    """Is the answer dated in the time of year the question names ("i efteråret", "in the summer")? Hours and
    dates are; so are the things a "which" question lists ("which courses are you running in autumn 2025"). A
    price is not: "konferencen næste sommer" only says which conference."""
    return question.answer_type in ("hours", "date") or (
        question.answer_type == "other" and bool(ASKS_WHICH.match(question.normalised or question.text)))


def rates_per(text: str) -> set[str]:
    """What the figures of `text` are per: "75.000 kr. pr. virksomhed pr. kalenderår" -> {"virksomhed", "år"}."""
    return {per for per, pattern in _RATE_PATTERNS.items() if pattern.search(text)}


# "hvordan søger man", "how do we apply": how something is done, which a section headed "Sådan søger du" or "How to
# apply" tells.
_ASKS_HOW = re.compile(r"\b(?:hvordan|how\s+(?:do|does|can|should|to|would))\b", re.I)
_HOW_TO_HEADING = re.compile(r"^\W*(?:[\d.§]+\s*)?(?:sådan|hvordan|how\s+to|how\s+do)\b", re.I)
HOW_TO_BONUS = 0.25  # a heading asking the question itself, as an FAQ's question line does
OTHER_QUESTION_PENALTY = 0.1  # a how-question's sentence under a heading asking another question
# A heading asking another question than how: "Hvem kan søge", "Hvornår får vi svar?".
_OTHER_QUESTION_HEADING = re.compile(r"^\W*(?:[\d.§]+\s*)?(?:hvem|hvornår|hvad|hvor|hvilke[nt]?|who|when|what|where|which)\b",
                                     re.I)


def _bare_heading(section: str) -> str:
    """A section's last heading without its number: "6. Sådan søger du" -> "sådan søger du"."""
    return re.sub(r"^[\W\d]+", "", section.rsplit(" > ", 1)[-1]).strip().lower()


def heads_how_to(question: Question, section: str) -> bool:
    """Is `section` (its last heading) a how-to heading on what the question asks how to do?"""
    heading = section.rsplit(" > ", 1)[-1]
    return bool(_ASKS_HOW.search(question.normalised or question.text)) and bool(_HOW_TO_HEADING.match(heading)) \
        and bool(set(tokenize(heading)) & set(question.terms))


# "hvad er ikke med i prisen", "what's not included": what one pays for oneself, and the sentence saying what it is.
_ASKS_EXCLUDED = re.compile(r"\bikke\s+(?:med|inkluderet|indeholdt|omfattet|dækket)\b|\bnot\s+(?:included|covered)\b|"
                            r"\bexcluded\b", re.I)
_STATES_EXCLUDED = re.compile(r"\bikke\s+(?:inkluderet|indeholdt|med\s+i\s+prisen|omfattet|dækket)\b|\bbetaler\s+(?:i\s+)?selv\b|"
                              r"\bnot\s+(?:included|covered)\b|\bexclud(?:ed|es|ing)\b", re.I)
EXCLUDED_BONUS = 0.15  # as much as a wrong answer type costs: what is left out, before the price it is left out of
_ASKING_WORD = re.compile(r"\W*\b(hvem|hvad|hvor\w*|hvilke[nt]?|hvordan|hvorfor|who|what|when|where|which|how|why)\b", re.I)
FAQ_ANSWER_BONUS = 0.15  # as much as a wrong answer type costs: the FAQ's own answer before a plan or a neighbour
_ANSWERS_YES_OR_NO = re.compile(r"^\W*(?:ja|nej|yes|no)\b", re.I)
MIN_SHARED_WITH_HEADING = 2
DANISH_WORD_ZIPF = 3.0  # "tilsagn" 3.3; a pool's or programme's name is rarer ("kvalitetsløftpulj" 0)


def heads_the_asked_question(question: Question, section: str) -> bool:
    """Is `section` (its last heading) an FAQ's question asking what the question asks, of its kind (yes/no or not)
    and with all but one of its words the question's? "Kan vi låne en cobot med hjem?" of "kan vi låne en cobot med
    hjem en uges tid", "Hvem ejer resultaterne?" of "hvem ejer rapporten og resultaterne fra tjekket"."""
    heading = re.sub(r"^[\W\d]+", "", section.rsplit(" > ", 1)[-1]).strip()  # "1. Hvem kan søge?": without its number
    if not (heading.endswith("?") or asks_yes_or_no(heading)):
        return False
    # Of one kind: both ask yes or no (no question word: "Kan enkeltmandsvirksomheder få hjælp?"), or both ask with
    # the heading's question word ("Hvem ejer ...?"); "kan vi få hjælp" is not answered under "Hvem kan få hjælp?".
    heading_word = _ASKING_WORD.match(heading)
    asked_words = {word.lower() for word in _ASKING_WORD.findall(question.text)}
    if (heading_word.group(1).lower() not in asked_words) if heading_word else bool(asked_words):
        return False
    words = {word for word in tokenize(heading) if not word[0].isdigit()}
    asked = set(tokenize(question.normalised or question.text))
    # All its words the question's but one Danish word ("få" of "Kan enkeltmandsvirksomheder få hjælp?" for "kan i
    # hjælpe mig", "tilsagn" of "Må vi gå i gang, før vi har fået tilsagn?"); not a name: "Kan vi søge både
    # Kvalitetsløftpuljen og Skuldersæsonpuljen?" asks of both pools, not of going alone.
    return len(words & asked) >= MIN_SHARED_WITH_HEADING and all(zipf(word) >= DANISH_WORD_ZIPF for word in words - asked) \
        and len(words - asked) <= 1


def reaches_someone(question: Question) -> bool:
    """A contact question, or one asking who handles something ("who handles the automation loan"): a contact card
    answers, with whom it reaches."""
    return question.answer_type == "contact" or (
        question.answer_type == "who" and ANY_HOLDER.search(question.normalised or question.text) is not None)


CARD_PENALTY = 0.05  # a tie-breaker: the card names the asked thing among its duties; the answer states it


def _is_card_of_another(question: Question, text: str) -> bool:
    """A staff card (a person's name, then duties and how to reach them) of someone the question does not name."""
    name = PERSON_NAME.match(text)
    if name is None or not CONTACT_DETAIL.search(text):
        return False
    asked = set((question.normalised or question.text).lower().split())
    return not asked & set(name.group().lower().split())


# "hvor mange kan deltage" asks how many places there are (app/question.py counts "plads"): a capacity says so.
ROOM = "plads"
_STATES_ROOM = re.compile(r"\bplads(?:er)?\s+til\s+(?:op\s+til\s+|max\.?\s+|maks\.?\s+)?\d|\b(?:max(?:imum)?|maks\.?|højst)\s+\d+\s+"
                          r"(?:deltagere|personer|virksomheder|pladser)|\bspaces?\s+for\s+\d", re.I)
ROOM_BONUS = 0.15  # as much as a wrong answer type costs: a count of who came is no room

# "hvad er ændret ved mikrolån", "hvad er nyt", "what has changed": the changes are the answer.
# "hvor meget er max tilskuddet hævet med", "hvor meget steg priserne", "how much did prices go up": by how much.
_ASKS_BY_HOW_MUCH = re.compile(r"\bhvor\s+meget\s+(?:(?:er|blev|bliver|har)\s+(?:[^?.!]{0,40}?\s)?(?:hævet|steget|sænket|"
                               r"faldet|øget|forhøjet|nedsat|reduceret|ændret|sat\s+(?:op|ned))|steg|faldt|stiger|falder)\b|"
                               r"\bhow\s+much\s+(?:(?:has|have|did|was|were|is)\s+(?:[^?.!]{0,40}?\s)?(?:increased|risen|rise|"
                               r"go(?:ne)?\s+(?:up|down)|raised|fallen|fall|decreased|reduced|changed|cut)|rose|fell)\b", re.I)
_ASKS_WHAT_CHANGED = re.compile(r"\bhvad (?:er|blev|bliver) (?:der\s+)?(?:ændret|nyt|anderledes)\b|\bhvad har (?:i|man) ændret\b|"
                                r"\bwhat(?:'s| has| have| is| was)? (?:changed|new|different)\b|" + _ASKS_BY_HOW_MUCH.pattern, re.I)
# "Priserne reguleres med 4,5 %": prices adjusted, as a change says it.
_ADJUSTED = re.compile(r"\b(?:\w*reguler(?:es|er|et|ede|ing)|adjusted|indexed)\b", re.I)
_CHANGES_SECTION = re.compile(r"\bændring(?:er|erne)?\b|\bnyt i\b|\bnyheder i\b|\bchanges\b|\bwhat'?s new\b", re.I)
CHANGE_BONUS = 0.1
RENAMED_BONUS = 0.2


# "hvordan er puljen delt mellem aarhus og viborg kommune", "split between Vejle and Kolding": the parts shared.
_SPLIT_BETWEEN = re.compile(r"\b(?:delt|fordelt|opdelt|split|divided|shared|distributed)\s+(?:mellem|imellem|between|among)\s+"
                            r"([^?.!]+?)\s+(?:og|and)\s+([^\W\d_][\w-]*)", re.I)
SPLIT_BONUS = 0.1


def _shares_asked(question: Question) -> set[str]:
    """The places or parties a question asks a split between, as terms: {"aarhus", "viborg"}."""
    match = _SPLIT_BETWEEN.search(question.normalised or question.text)
    return {term for term in tokenize(f"{match.group(1)} {match.group(2)}") if term not in STOPWORDS} if match else set()


def _evidence_bonus(question: Question, unit: Unit, header: str, future: bool, section: str, focus: str | None,
                    fits: bool, title: str = "") -> float:
    """What makes one sentence of the right passage a better answer than its neighbours. focus: the word the
    question asks about (asked_word); fits: the unit holds the kind of answer asked for; title: its document's."""
    bonus = 0.0
    text = unit.text
    if focus and any(token == focus or (len(focus) >= 4 and token.startswith(focus))
                     for token in tokenize(f"{unit_context(unit)} {section}")):
        # It says what was asked about: "Skatteprocenten er 25,4 %" over a budget table's rows; a compound of it
        # too ("Medlemskontingent: 1.200 kr." for "hvad koster det at være medlem").
        bonus += 0.12
    if question.answer_type not in ("who", "contact") and _is_card_of_another(question, text):
        bonus -= CARD_PENALTY  # "hvor holdes jobmessen": not the card of the consultant whose duties name the fair
    if question.counted == ROOM and _STATES_ROOM.search(text):
        bonus += ROOM_BONUS  # "hvor mange kan deltage": "Der er plads til 90 deltagere pr. gang", not last year's 612
    if unit.table_header and _asks_which_of_the_labels(question, unit.table_header):
        bonus += WHICH_ROW_BONUS  # "which consultant ...": a row of the table of "Rådgiver  Kompetenceområder  ..."
    if _ASKS_WHAT_CHANGED.search(question.normalised or question.text) and (
            _CHANGES_SECTION.search(section) or CHANGED.search(text)):
        bonus += CHANGE_BONUS  # "hvad er ændret": "- Det maksimale lånebeløb er hævet." under "Væsentlige ændringer"
    # "hvad kostede det før det blev sat op i 2026": "hæves fra 575 kr. til 650 kr.", whose year is the change's.
    changed_as_asked = asks_the_former(question) and CHANGED.search(text) is not None and bool(_figures_changed_from(text))
    if changed_as_asked:
        bonus += CHANGE_BONUS
    elif asks_the_former(question) and _RENAMED.search(text):
        bonus += RENAMED_BONUS  # "hvad hed fonden før": "Fonden afløser X", over "Fra 2026 hedder fonden Y"
    if asks_extra(question) and _SURCHARGE.search(text):
        bonus += SURCHARGE_BONUS  # "hvor meget ekstra koster det hvis ... hurtigt": "Hasteopgave ...: tillæg på 35 %"
    if hours_of_the_asked_day(question, text):
        bonus += 0.2  # the asked day's hours: "Lørdag 10-14", not a summer week's "lukket om lørdagen"
    if fits and question.answer_type == "quantity" and labelled_as_asked(question, unit):
        bonus += LABEL_BONUS  # "en billet for en voksen": the row "Voksen: 60 kr.", not "Familiebillet (2 voksne …)"
    if _POINTER.search(text) and len(_POINTER.sub("", text)) < 120:
        bonus -= 0.1  # "se bilag 2": a pointer, not content
    if _ABOUT_THIS_PAGE.match(text):
        bonus -= 0.1  # "Denne side samler ... hvordan du søger ...": what the page holds, not how one applies
    if _PAGE_STAMP.match(text) and not _PAGE_STAMP.search(question.normalised or question.text):
        bonus -= PAGE_STAMP_PENALTY  # "Sidst opdateret 3. september 2025": when the page changed, not what it says
    if heads_how_to(question, section):
        bonus += HOW_TO_BONUS  # "hvordan søger man": "Ansøgning sker via portalen" under "Sådan søger du"
    elif _ASKS_HOW.search(question.normalised or question.text) and _OTHER_QUESTION_HEADING.match(section.rsplit(" > ", 1)[-1]):
        bonus -= OTHER_QUESTION_PENALTY  # ... not a rule under "Hvem kan søge", which answers who
    if _ASKS_EXCLUDED.search(question.normalised or question.text) and _STATES_EXCLUDED.search(text):
        bonus += EXCLUDED_BONUS  # "hvad er IKKE med i prisen": "Ikke inkluderet: Rejse ..., hotel", not the price
    if question.answer_type == "quantity" and (shares := _shares_asked(question)) \
            and shares <= set(tokenize(text)) and len(_NUMBER.findall(text)) >= len(shares):
        bonus += SPLIT_BONUS  # "delt mellem vejle og kolding": "3.100.000 kr. går til ... Vejle ... og 1.900.000 kr. til ... Kolding"
    if question.answer_type == "quantity" and _TOTAL.search(question.normalised or question.text) and _TOTAL.search(text):
        bonus += 0.08
    if question.answer_type == "quantity" and _FIRST_FEW.search(text) and not _FIRST_FEW.search(question.normalised or question.text):
        bonus -= 0.1  # "De første 5 rastepladser indvies": some of them, not how many there are to be
    if fits and question.answer_type == "quantity" and asks_most(question) and states_the_asked_most(question, text, header):
        bonus += MOST_BONUS
    # "hvor mange optagedage skal vi ha i regionen": the least required ("mindst 15 optagedage i regionen"), not what
    # one production had.
    if fits and question.answer_type == "quantity" and _ASKS_LEAST.search(question.normalised or question.text) \
            and _STATES_LEAST.search(f"{header} {text}"):
        bonus += MOST_BONUS
    if _ASKS_TOP.search(question.normalised or question.text) and _RANKED_FIRST.match(text) \
            and set(tokenize(section)) & set(question.terms):
        # The first of a ranked list the question names: "- 1. Mads Thygesen ..." under "Topscorere" for "hvem var
        # topscorer"; not the first step of a recipe for "the best way to learn Danish".
        bonus += TOP_BONUS
    if fits and question.answer_type == "date" and not question.years \
            and any(not _BARE_YEAR.fullmatch(date.group().strip()) for date in DATE.finditer(text)) \
            and not _ASKS_A_YEAR.search(question.normalised or question.text):
        # "hvornår er turismetopmødet": its day ("Torsdag den 16. april 2026 kl. 9.00–16.30"), not a sentence naming
        # only its year ("Temaet for 2026 er Helårsvesterhav").
        bonus += DAY_BONUS
    if question.event:
        # A founding is a start: "Programmet blev stiftet den 1. september 2019" for "hvornår blev det startet op".
        asked = _SAME_EVENT.get(question.event, question.event)
        if any(_SAME_EVENT.get(e, e) == asked for e, _ in _dates_by_event(text) if e):
            bonus += 0.12  # the date of the asked event: end, start, approval
        elif any(p.search(text) for e, p in EVENTS.items() if _SAME_EVENT.get(e, e) != asked):
            bonus -= 0.06
    if question.years and not changed_as_asked:
        where = f"{header} {text}"
        # A document titled by its years holds them for every sentence: "Det samlede budget er 2,7 mio. kr." of
        # "Smagsløft 2024-2026" for "the total budget for 2024 to 2026".
        share = sum(year in f"{title} {where}" for year in question.years) / len(question.years)
        # A sentence naming no year is of its document's year: "Tilskudsprocenten er hævet fra 50 % til 60 %" of
        # "Prototypepuljen 2026" is no statement of 2024's rules.
        bonus += 0.06 * share - (0.06 if of_another_year(question, where)
                                 or (not years_named(where) and of_another_year(question, title)) else 0.0)
        if share and NOT_AVAILABLE.search(text):
            bonus += 0.05  # the documents say outright that the asked year's figure is not there
    if question.answer_type == "quantity" and (asked_per := rates_per(question.normalised or question.text)):
        stated = rates_per(text)
        if stated:  # "pr. kalenderår": "75.000 kr. pr. virksomhed pr. kalenderår", not "15.000 kr. pr. medarbejder"
            bonus += PER_BONUS if stated & asked_per else -PER_BONUS
    if question.answer_type == "quantity" and (asked_unit := asked_time_unit(question.normalised or question.text)) \
            and has_unit(asked_unit, text, header):
        bonus += PER_BONUS  # "hvor mange timer": "op til 15 konsulenttimer" before "op til 18 måneder gammel"
    if question.answer_type == "quantity" and _ASKS_SINCE.search(question.normalised or question.text) \
            and _WITHIN_THE_LAST.search(text):
        # "hvor lang tid må der være gået siden kandidaten blev færdig": "afsluttet ... inden for de seneste 36
        # måneder", not how long the grant runs ("op til 6 måneder, dvs. højst 108.000 kr.", a limit too).
        bonus += SINCE_BONUS
    if question.answer_type == "quantity" and _ASKS_AFTER_A_CHANGE.search(question.normalised or question.text) \
            and CHANGED.search(text) and _FROM_TO_FIGURE.search(text):
        # "hvad er den samlede pulje efter ekstrabevillingen": "Rammen stiger dermed fra 6.500.000 kr. til 8.500.000
        # kr.", not the extra grant's own figure nor the frame before it.
        bonus += SINCE_BONUS
    if question.answer_type == "quantity" and shares_by_name(question, text):
        bonus += SINCE_BONUS  # the asked party's share before the total it is part of
    if question.answer_type == "date" and tells_a_past_event(question.normalised or question.text) \
            and has_relative_time(text):
        # "vi fik en videnkupon i juni 2025, hvornår kan vi søge igen": a time counted from what the asker had ("dog
        # tidligst 12 måneder efter ..."), not when the old scheme ended.
        bonus += SINCE_BONUS
    # "har I åbent mellem jul og nytår": the Christmas closing, not everyday hours. Hours and dates only: a sentence
    # naming "efteråret" is not the top scorer of a passage all about the autumn.
    times = asked_times_of_year(question.normalised or question.text) if dated_by_time_of_year(question) else []
    if any(in_time_of_year(f"{section} {header} {text}", root, months) for _, root, months in times):
        bonus += TIME_OF_YEAR_BONUS
    elif times and DATE.search(text) and _WITHIN_A_YEAR.search(text):
        bonus -= TIME_OF_YEAR_BONUS  # "i sommerferien": not the Christmas closing "fra den 22. december", a time of another
    if question.organisation and unit.table_header is not None and question.answer_type == "quantity":
        # "hvor mange forløb havde vi": the organisation's own row before the others'; without "vi" too,
        # slightly, as the documents are the organisation's own. "i de andre regioner": the others' row.
        ours = question.organisation.lower() in text.lower()
        if question.about_others:
            bonus -= 0.1 if ours else 0.0
        else:
            bonus += (0.1 if ours else -0.05) if question.about_organisation else (0.03 if ours else 0.0)
    if question.post and fits:
        bonus += POST_BONUS  # "Referent: Karina Lind" for "hvem skrev referatet", not the meeting's title
    elif len(text) < 40 and unit.table_header is None and not has_quantity(text) and not has_date(text):
        bonus -= 0.05  # a bare heading or list item ("- Europe Enterprise Network") says little
    if range_holds_asked_figure(question, text):
        bonus += BRACKET_BONUS  # "for en virksomhed med 30 ansatte": the row "10-49 ansatte", not its neighbours
    if _YEAR_SPAN.search(text) and asks_period(question):
        bonus += 0.1  # "Programmet blev afviklet i årene 2008 og 2009", not the approval date before it
    if _ASKS_BENEFIT.search(question.normalised or question.text) and _STATES_BENEFIT.search(text):
        bonus += BENEFIT_BONUS  # "Ejere over 55 år kan få op til 10 timers gratis rådgivning", not "Målet er 25 ..."
    if _REASON_TEXT.search(text) and _ASKS_REASON.search(question.normalised or question.text):
        bonus += 0.15  # as much as a wrong answer type costs: a sentence without a reason does not say why
    if future:
        in_perspectives = bool(_FUTURE_SECTION.search(section))
        if in_perspectives or _FUTURE_TEXT.search(text):
            bonus += 0.05 + (0.04 if in_perspectives else 0.0)
    return bonus


# A bracket a row or sentence gives: "10-49 ansatte", "(9-18 år)", "Under 10", "250 ... eller flere", "fra 18 år".
# Whole numbers only: "10.00-12.00" is a time.
# Not clock hours: "kl. 8-15" is no range of ages or staff.
# Not a date's day and month: "02-05-2024".
_BRACKET = re.compile(r"(?<![\d.,:])(?<!\d[-–])(?<!kl\. )(?<!kl )(\d{1,4})\s*[-–]\s*(\d{1,4})(?![\d.,:]|[-–]\d)|"
                      r"\b(?:mellem|between)\s+(\d{1,4})\s+(?:og|and)\s+(\d{1,4})(?![\d.,:])", re.I)
_BELOW = re.compile(r"\b(?:under|op til|højst|maks\.?|færre end|mindre end|less than|fewer than|up to)\s+(\d{1,4})"
                    r"(?![\d.,:])", re.I)
_FROM = re.compile(r"\b(?:over|mindst|fra|min\.?|flere end|mere end|at least|more than|from)\s+(\d{1,4})(?![\d.,:])|"
                   r"(?<![\d.,:])(\d{1,4})\s+(?:[^\W\d_]+\s+)?(?:eller flere|og derover|eller derover|og opefter|eller ældre|or more|or older|and over)\b|(?<![\d.,:])(\d{1,4})\+", re.I)
_ASKED_FIGURE = re.compile(r"(?<![\d.,:])(\d{1,4})(?!\d|[.,:]\d)")  # "er 8, må han" and "han er 8." but not "8,5"
# An amount of money, with its thousands points: "100.001–250.000 kr." holds the asker's "ca 180.000".
_THOUSANDS = r"\d{1,3}(?:\.\d{3})+"
_AMOUNT_BRACKET = re.compile(rf"(?<![\d.,])({_THOUSANDS})\s*(?:kr\.?\s*)?[-–]\s*({_THOUSANDS})(?![\d]|[.,]\d)|"
                             rf"\b(?:mellem|between)\s+(?:DKK\s*)?({_THOUSANDS})\s*(?:kr\.?\s*)?(?:og|and)\s+(?:DKK\s*)?({_THOUSANDS})(?![\d]|[.,]\d)",
                             re.I)
_ASKED_AMOUNT = re.compile(rf"(?<![\d.,])({_THOUSANDS})(?![\d]|[.,]\d)")
AMOUNT_COUNTED = "kr"  # what an amount of money counts


def range_holds_asked_figure(question: Question, text: str) -> bool:
    """Does `text` give a bracket holding a figure of the question ("en virksomhed med 30 ansatte": "10-49
    ansatte"; "min søn på 11": "Ungdom (9-18 år)")? Years are no such figure, and a bracket of another thing
    holds none: "mindst 3 års drift" does not hold "35 ansatte"."""
    return bool(held_counts(question, text))


def held_counts(question: Question, text: str) -> set[str | None]:
    """What the question's figures count (None: a bare figure) that a bracket of `text` holds."""
    bounds = _bounds(text)
    return {noun for n, noun in _asked_figures(question)
            if any(low <= n <= high and _counts_noun(noun, word) for low, high, word in bounds)}


_BRACKET_WORDS = re.compile(r"\b(?:under|over|op til|mindst|højst|fra|til|mellem|og|derover|opefter|eller flere)\b|[\d.,–+-]",
                            re.IGNORECASE)


def with_the_counted_column(unit: Unit) -> str:
    """A table row labelled by a bare bracket ("20–99  5.000 kr.", "Under 20") read with what its column counts
    ("Antal ansatte"): "20–99 ansatte  5.000 kr."; any other unit's text as it is."""
    cells = split_cells(unit.text)
    columns = next((split_cells(line) for line in reversed(unit.table_header or []) if len(split_cells(line)) >= 2), [])
    if len(cells) < 2 or not columns or not re.search(r"\d", cells[0]) or _BRACKET_WORDS.sub("", cells[0]).strip():
        return unit.text
    counted = columns[0].split()[-1]
    return "  ".join([re.sub(r"(\d[\d.]*)(?!.*\d)", rf"\1 {counted}", cells[0], count=1), *cells[1:]])


# "vi må melde afbud ca 30 dage før": how long before something the asker is; "Afbud 59–21 dage før afrejse" is the
# rule for it, as is "senest 60 dage før" for 90 days, and "20 dage før afrejse eller senere" for 10.
_DAYS_UNIT = r"(?:hver|arbejds)?dage|uger|måneder"
_ASKERS_DAYS = re.compile(rf"\b(\d+)\s+({_DAYS_UNIT})\s+(?:før|inden)\b", re.I)
_DAYS_RANGE = re.compile(rf"\b(\d+)\s*[–-]\s*(\d+)\s+({_DAYS_UNIT})\s+(?:før|inden)\b", re.I)
_DAYS_AT_LEAST = re.compile(rf"\b(?:senest|indtil|mindst|mere end|over)\s+(\d+)\s+({_DAYS_UNIT})\s+(?:før|inden)\b", re.I)
_DAYS_AT_MOST = re.compile(rf"\b(?:under|mindre end|færre end)\s+(\d+)\s+({_DAYS_UNIT})\s+(?:før|inden)\b|"
                           rf"\b(\d+)\s+({_DAYS_UNIT})\s+(?:før|inden)\s+\w+\s+eller\s+senere\b", re.I)


def askers_days(question: str) -> tuple[int, str] | None:
    """How long before something the asker is: (30, "dage") of "vi må melde afbud ca 30 dage før"."""
    asked = _ASKERS_DAYS.search(question)
    return (int(asked.group(1)), asked.group(2).lower()) if asked else None


def within_the_askers_days(asked: tuple[int, str], text: str) -> bool:
    """Does `text` give the rule for the asker's time before something (`asked`: askers_days of the question)?"""
    days, unit = asked
    same = lambda found: found.lower() == unit  # noqa: E731  days are not weeks
    if any(min(int(a), int(b)) <= days <= max(int(a), int(b)) and same(u) for a, b, u in _DAYS_RANGE.findall(text)):
        return True
    if any(days >= int(n) and same(u) for n, u in _DAYS_AT_LEAST.findall(text)):
        return True
    return any(days <= int(n or m) and same(u or v) for n, u, m, v in _DAYS_AT_MOST.findall(text))


def sized_for_the_asker(question: Question, text: str) -> bool:
    """Does a staff bracket of `text` hold the asker's company ("vi er 8 ansatte") within a factor ten of its size:
    "1-19 ansatte", "mindst 5 ansatte"? "Op til 250 ansatte" holds a company of 4 too, but says nothing of its size:
    it is a rule for nearly every company."""
    return any(low <= n <= high and _counts_noun(STAFF, word) and (high <= 10 * n if high != math.inf else low * 10 >= n)
               for n, noun in _asked_figures(question) if noun == STAFF for low, high, word in _bounds(text))


def total_as_asked(question: Question, text: str) -> str:
    """The question's word for a total ("samlet tilskud") where `text` says total in its own ("Tilskud i alt"): the
    same thing, so it counts as the text's word."""
    asked = {m.group().lower() for m in _TOTAL.finditer(question.normalised or question.text)}
    said = {m.group().lower() for m in _TOTAL.finditer(text)}
    return " ".join(sorted(asked - said)) if asked and said else ""


def held_words(question: Question, text: str) -> str:
    """The question's counts that a bracket of `text` holds, in the question's words: "3 mand" for "Mellem 1 og 9
    ansatte". The bracket answers them as much as their words would, so they count as its words."""
    bounds = _bounds(text)
    if not bounds:
        return ""
    asked = _ASKED_COUNT.findall(question.normalised or question.text)
    # Asked whether they are too big, a bracket that leaves them out answers as much.
    size_fits = asks_size_fits(question)
    return " ".join(f"{n} {noun}" for n, noun in asked
                    if any((size_fits or low <= int(n) <= high) and _counts_noun(_counted_stem(noun), word)
                           for low, high, word in bounds))


# "vi har 60 ansatte", "har eksisteret i 2 år": the figure and the word after it, which says what it counts.
_ASKED_COUNT = re.compile(r"(?<![\d.,:])(\d{1,4})\s+([^\W\d_]{3,}|år)\b")
_WORD_AFTER = re.compile(r"[\s.)(%+]*([^\W\d_]+)")


# A company's staff, however counted: "30 mand", "12 medarbejdere", "6 svende", "200 employees" are the rules'
# "ansatte".
_STAFF_STEMS = frozenset({"ansat", "medarbejd", "mand", "folk", "person", "employe", "staf", "peopl", "fuldtidsansat",
                          "årsværk", "svend", "kolleg"})
STAFF = "ansat"
_SOLE_TRADER = re.compile(SOLE_TRADER, re.I)
_JUST_ME = re.compile(r"\b(?:kun|bare|blot|just|only)\s+(?:mig|me)\b(?:\s+(?:og|and)\s+(en|et|a|an|one|to|two|tre|three)\s+"
                      r"[^\W\d_][\w-]*)?", re.I)
_FEW = {"en": 1, "et": 1, "a": 1, "an": 1, "one": 1, "to": 2, "two": 2, "tre": 3, "three": 3}
_ASKER = re.compile(r"\b(?:jeg|vi|mig|os|mit|mine?|vores|we|us|my|our)\b", re.I)  # the asker's own company


def _counted_stem(word: str) -> str:
    """The stem of what a figure counts, staff words as one: "mand" -> "ansat"."""
    stemmed = stem(word.lower())
    return STAFF if stemmed in _STAFF_STEMS else stemmed


def _asked_figures(question: Question) -> list[tuple[int, str | None]]:
    """Each figure the question gives, with the stem of what it counts ("35 ansatte", "2 år"; staff words as one;
    a one-person company's one), or None when no word says ("min søn på 11"). A founding year ("startet i 2021")
    gives the company's years in operation."""
    text = question.normalised or question.text
    counted = {int(n): _counted_stem(noun) for n, noun in _ASKED_COUNT.findall(text) if noun.lower() not in STOPWORDS}
    figures = [(n, counted.get(n)) for n in map(int, _ASKED_FIGURE.findall(text)) if n < 1900]
    if _SOLE_TRADER.search(text) and _ASKER.search(text) and not any(noun == STAFF for _, noun in figures):
        figures.append((1, STAFF))
    elif (just_me := _JUST_ME.search(text)) and not any(noun == STAFF for _, noun in figures):
        # "det er kun mig og en deltidsansat": the asker and whom they name
        figures.append((1 + _FEW.get((just_me.group(1) or "").lower(), 0), STAFF))
    figures += [(int(amount.replace(".", "")), AMOUNT_COUNTED) for amount in _ASKED_AMOUNT.findall(text)]
    founded = own_founding_year(text)
    this_year = datetime.date.today().year
    if founded is not None and founded <= this_year:
        figures.append((this_year - founded, "år"))
    return figures


def _bounds(text: str) -> list[tuple[int, float, str | None]]:
    """Each bracket or limit of `text` as (low, high, the word after it): "10-49 ansatte" (10, 49, "ansatte"),
    "under 50" (0, 49, ...), "mindst 3 års drift" (3, inf, "års"), "250 ansatte eller flere"."""
    bounds: list[tuple[int, float, str | None]] = []
    for pattern in (_BRACKET, _BELOW, _FROM):
        for m in pattern.finditer(text):
            numbers = [int(g) for g in m.groups() if g]
            last_digit = max(i for i, c in enumerate(m.group()) if c.isdigit()) + m.start() + 1
            after = _WORD_AFTER.match(text, last_digit)
            word = after.group(1).lower() if after and after.group(1).lower() not in ("eller", "og", "or") else None
            if pattern is _BRACKET and numbers[0] < numbers[1]:
                bounds.append((numbers[0], numbers[1], word))
            elif pattern is _BELOW:
                bounds.append((0, numbers[0] - 1, word))
            elif pattern is _FROM:
                bounds.append((numbers[0], math.inf, word))
    for m in _AMOUNT_BRACKET.finditer(text):
        low, high = (int(g.replace(".", "")) for g in m.groups() if g)
        if low < high:
            bounds.append((low, high, AMOUNT_COUNTED))
    return bounds


def _in_units(word: str, units: tuple[str, ...]) -> bool:
    """"timer", or a compound ending in it ("konsulenttimer"), is in hours."""
    return word in units or any(len(unit) >= 4 and word.endswith(unit) and len(word) - len(unit) >= 3 for unit in units)


def _for_the_askers_size(question: Question, clean: str, figures: list[re.Match[str]]) -> str | None:
    """"50 % for virksomheder med 5–49 ansatte og 40 % for virksomheder med 50–249 ansatte", asked by a company of
    120: the share or amount whose bracket, up to the next such figure, holds the asker; None unless just one does."""
    measured = [m for m in figures if m.group(2) and re.match(r"\s*(%|pct|procent|mio|mia|kr)", m.group(2))]
    sized = [m for m, after in _up_to_the_next(clean, measured) if _holds_the_askers_size(question, after)]
    return sized[0].group().strip() if len(sized) == 1 and len(measured) > 1 else None


def _for_the_asked_round(question: Question, clean: str, figures: list[re.Match[str]]) -> str | None:
    """"4.200.000 kr., fordelt med 2.400.000 kr. i første runde og 1.800.000 kr. i anden runde", asked of the first
    round: the figure the asked round follows, before the next figure; None unless just one."""
    asked = _rounds(question.normalised or question.text)
    if not asked or len(figures) < 2:
        return None
    named = [m for m, after in _up_to_the_next(clean, figures)
             if any(numbers & _rounds(after).get(kind, set()) for kind, numbers in asked.items())]
    return named[0].group().strip() if len(named) == 1 else None


def _up_to_the_next(clean: str, figures: list[re.Match[str]]) -> list[tuple[re.Match[str], str]]:
    """Each figure with the text after it up to the next one: what it is for ("i første runde", "for virksomheder med
    50–249 ansatte")."""
    ends = [m.start() for m in figures[1:]] + [len(clean)]
    return [(m, clean[m.end():end]) for m, end in zip(figures, ends)]


def _holds_the_askers_size(question: Question, text: str) -> bool:
    """Does a staff bracket of `text` hold the asker's company ("vi er 120 ansatte": "50–249 ansatte")?"""
    return any(low <= n <= high and word is not None and _counts_noun(STAFF, word)
               for n, noun in _asked_figures(question) if noun == STAFF for low, high, word in _bounds(text))


def _counts_noun(noun: str | None, word: str | None) -> bool:
    """Does a bound followed by `word` count `noun`? A bare figure, or a bound with no word after it (a table
    cell), says nothing against it."""
    return noun is None or word is None or noun in _counted_stem(word)


def bounded_counts(question: Question, text: str) -> set[str]:
    """What the question's figures count that `text` sets a limit on, whether it holds the figure or not ("vi
    har 60 ansatte": "mellem 1 og 49 fuldtidsansatte", "under 50 ansatte"; "eksisteret i 2 år": "mindst 3 års
    drift")? That rule says whether they may. Not for a figure asked for: "de 10 % største eksportører" asks a
    share, not whether 10 % may."""
    if question.answer_type in TYPED_ANSWERS:
        return set()
    nouns = {noun for _, noun in _asked_figures(question) if noun}
    bounds = _bounds(text) if nouns else []
    words = tokenize(text)
    return {noun for noun in nouns for _, _, word in bounds
            if (word is not None and noun in _counted_stem(word)) or (word is None and any(noun in w for w in words))}


# A question asking for a rule: what one must, may or can have, at most or at least.
_ASKS_RULE = re.compile(r"\b(skal|skulle|må|måtte|kan|kunne|bør|kræve\w*|krav\w*|højst|mindst|max|maks\w*|minimum|minimal\w*|"
                        r"must|may|can|could|need\w*|should|require\w*|at least|at most|allowed|eligible|up to|limit\w*)\b",
                        re.I)


def counts_staff(question: Question) -> bool:
    """"hvor mange ansatte", "how many staff members": a count of a company's or an office's staff."""
    return question.counted is not None and _counted_stem(question.counted) == STAFF


def _without_bounds(text: str) -> str:
    """`text` without its brackets and limits and the word each counts ("under 10 ansatte")."""
    for pattern in _BOUNDED:
        text = pattern.sub(" ", text)
    return text


_BOUNDED = [re.compile(rf"(?:{pattern.pattern})(?:\s+[^\W\d_]+)?", re.I) for pattern in (_BRACKET, _BELOW, _FROM)]


def unit_context(unit: Unit) -> str:
    """What a unit means: a table row with its header, a pointing sentence with what it points to."""
    return " ".join((unit.table_header or []) + [unit.antecedent, unit.text]).strip()


# A figure with what it measures: "373 møder", "38,5 %", "846.462 mio. kr.", "2/3".
_CURRENCY_BEFORE = re.compile(r"\b(?:kr\.?|dkk|eur)\s*$", re.I)
_AMOUNT_BEFORE = re.compile(r"\d\s*$")
_MAGNITUDE = re.compile(r"million|millions|billion|mio\.|mia\.", re.I)
_WORDS = re.compile(r"[^\W\d_]+")
_LIMIT_BEFORE = re.compile(rf"\b(?:{_LIMIT_WORDS})\s*(?:(?:kr\.?|dkk)\s*)?$", re.I)
# "mellem 25.000 kr. og 250.000 kr.", "DKK 25,000 to DKK 250,000": the top of a range.
_RANGE_TOP_BEFORE = re.compile(r"(?:\b(?:mellem|between)\s+(?:DKK\s*)?\d[\d.,]*\s*(?:kr\.?|%)?\s+(?:og|and)|"
                               r"(?:\bDKK\s*)?\d[\d.,]*\s*(?:kr\.?|%)?\s+(?:til|to))\s+(?:DKK\s*)?$", re.I)
# A range is one figure: "4–6 uger".
_FIGURE = re.compile(
    r"(?<![\w.,])(\d+(?:[.,/]\d+)*(?:\s?[-–]\s?\d+(?:[.,]\d+)*)?)(\s*(?:%|pct\.?|procent(?:point)?s?|mio\.\s*kr\.?|mia\.\s*kr\.?|kr\.|"
    # Not a preposition after it: "steg til 341 i 2012" counts nothing "i".
    r"mio\.|mia\.|(?!(?:i|af|til|på|fra|for|og|eller|med|om|in|of|to|and|or|at|on|from)\b)[^\W\d_]+))?",
    re.UNICODE,
)


def read_with_referent(unit: Unit) -> str:
    """A unit's context with the names and years of the sentence its opening noun refers to ("Eksportrådets" for
    "Projektet blev igangsat ...", "2026-2029" for "Den nye plan forventes vedtaget ..."): which project or plan it
    is, without lending the rest of that sentence's words. A calendar entry's line is read with the entry's whole
    title ("Pris: 395 kr." with "Uddeling af Nørreå Erhvervspris 2025"). A list's item is read with the names of the
    sentence the list follows ("- Ejere over 55 år kan få op til 10 timers gratis rådgivning" under "Derfor lancerer
    vi Generationsskiftepakken den 1. januar 2026.")."""
    if unit.entry:
        return f"{unit.entry} {unit_context(unit)}"
    referent = unit.referent or unit.listed_under
    names = " ".join([*(m.group() for m in CAPITALISED.finditer(referent) if m.start() > 0),
                      # Its years, not a date's: "den 27. februar 2025" is when, not what it is of.
                      *(m.group() for m in _YEAR_OR_SPAN.finditer(_FULL_DATE.sub(" ", referent)))])
    return f"{names} {unit_context(unit)}".strip()


def pointing_sentence(units: list[Unit]) -> Unit:
    """The first of `units`, or of [antecedent lines ..., sentence pointing back to them] the last: it holds the fact
    (a contact card's phone line after the name and post it reaches)."""
    for at in range(1, min(len(units), 3)):
        if units[at].antecedent and units[at].antecedent == " ".join(unit.text for unit in units[:at]):
            return units[at]
    return units[0]


def fact_unit(question: Question, selection: Selection) -> Unit:
    """The quoted sentence that states the answer: the best quote's, or for a figure or date question whose best
    sentence holds none ("... udløber 1. august 2011" asked when it started), the first quoted one that does."""
    def states_answer(unit: Unit) -> bool:
        if question.answer_type == "date" and question.event:
            return dated_event(question.event, unit.text)
        return short_answer(question, [unit]) is not None

    if question.answer_type in ("quantity", "date") and not states_answer(selection.best_unit):
        return next((unit for unit in selection.units if states_answer(unit)), selection.best_unit)
    return selection.best_unit


def same_figure(one: str, other: str) -> bool:
    """Do two short answers give the same value, however each writes it: "241 companies" and "241 in 2024 (...)",
    "DKK 6.5 million" and "6,5 mio. kr."? Answers without a figure ("Gratis") only when they read the same."""
    first = [re.search(r"\d+(?:[.,]\d+)*", answer) for answer in (one, other)]
    if first[0] is None or first[1] is None:
        return one.lower() == other.lower()
    return bool(set(number_forms(first[0].group())) & set(number_forms(first[1].group())))


# "about 180 member companies", "around DKK 40 million": a summary's rounded figure.
_ROUNDING = re.compile(r"\b(?:about|around|roughly|approximately|approx\.?|nearly|almost|close to|some|ca\.?|cirka|omkring)"
                       r"\s+(?:DKK\s+|EUR\s+)?\d", re.I)
_MAGNITUDES = {"million": 1e6, "millions": 1e6, "mio": 1e6, "billion": 1e9, "mia": 1e9}
ROUNDING_MARGIN = 0.05  # "about 180" is 179, not 164


def _values(answer: str) -> list[float]:
    """The readings of an answer's first figure: "846,462" is Danish 846.462 or English 846462."""
    match = re.search(r"(\d+(?:[.,]\d+)*)\s*(million|millions|mio|billion|mia)?\b", answer, re.I)
    if match is None:
        return []
    magnitude = _MAGNITUDES.get((match.group(2) or "").lower(), 1)
    return [float(form.replace("d", ".")) * magnitude for form in number_forms(match.group(1))]


# "roughly how many", "ca. hvor mange", "sådan cirka": the asker wants a rounded figure.
_ASKS_ROUGHLY = re.compile(r"\b(?:roughly|approximately|approx|about\s+how|around\s+how|ca|cirka|omtrent|circa|rundt\s+regnet)\b",
                           re.I)


def gives_what_is_asked_roughly(question: Question, text: str) -> bool:
    """Does `text` round its figure ("about 165 member companies") for a question asking for a rough one ("roughly
    how many member companies")?"""
    return bool(_ASKS_ROUGHLY.search(question.normalised or question.text)) and bool(_ROUNDING.search(text))


def rounds_to(summary: str, rounded: str, exact: str) -> bool:
    """Is `rounded`, the short answer of a `summary` that rounds its figures ("about 180 member companies"), the
    other's `exact` figure ("179 medlemsvirksomheder") rounded?"""
    return bool(_ROUNDING.search(summary)) and any(
        0 < abs(one - other) <= ROUNDING_MARGIN * max(one, other) or one == other
        for one in _values(rounded) for other in _values(exact))


def short_answer(question: Question, units: list[Unit]) -> str | None:
    """The figure or date asked for, taken from the best quote alone: "288 gennemførte forløb i 2009
    (Region Midtjylland)", "373 møder", "1. august 2011". None when the question asks for neither or the
    quote holds no single such value. Every number in the line is in the quote, by construction."""
    best = pointing_sentence(units)
    if best.text.rstrip().endswith(":"):
        return None  # a lead-in: its list holds the values ("Følgende mødedatoer blev fastlagt for 2025:")
    if question.answer_type == "date":
        found = _asked_date(question, _asked_cells(best, question))
        if is_dateline(best.antecedent) and (found is None or _BARE_YEAR.fullmatch(found)):
            return _asked_date(question, best.antecedent) or found  # "Handelsdag 2026" under its date line
        return found
    if question.answer_type != "quantity":
        return None
    for_the_asked = _price_for_the_asked_group(question, best.text)
    if for_the_asked:
        return for_the_asked
    if best.table_header is not None:
        figure = _table_figure(question, best)
    else:
        figure = _record_figure(question, best.text) or _sentence_figure(question, best.text)
    # "Screeningen er gratis ... svarer til en værdi af ca. 18.000 kr.": what it is worth is no price.
    free = _FREE.search(best.text) if free_as_asked(question, best.text) and (
        figure is None or re.search(rf"{_WORTH.pattern}{re.escape(figure)}", best.text, re.I)) else None
    return free.group() if free else figure


_WORTH = re.compile(r"\b(?:værdi(?:en)?|value)\s+(?:af|på|of)\s+(?:ca\.\s*|omkring\s+|about\s+|around\s+)?(?:DKK\s*)?", re.I)


# A calendar export's "pris medlem: 18000, pris ikke medlem: 30000": a price by its label, without "kr.".
_PRICE_LABEL = re.compile(r"\b(?:pris|price|kontingent|gebyr|fee)\w*((?:\s+(?:ikke-?|non-?)?[^\W\d_]+){0,2})\s*:\s*(\d+(?:[.,]\d+)*)", re.I)

# "Gratis for medlemmer, 2.500 kr. for ikke-medlemmer": a price for each, named after it.
_GROUP_PRICE = re.compile(r"(\d[\d.,]*\s*(?:kr\.?|%)|gratis|free|DKK\s*\d[\d.,]*)\s+(?:for|til)\s+"
                          r"((?:ikke-?|non-?)?(?:medlemmer|medlem|members?))\b", re.I)


def _price_for_the_asked_group(question: Question, text: str) -> str | None:
    """Of a text pricing members and non-members each, the price for those the question names ("for ikkemedlemmer",
    "hvis vi ikke er medlem": "2.500 kr. for ikke-medlemmer"); None when it prices one group or the question names
    neither."""
    labelled = [m for m in _PRICE_LABEL.finditer(text) if m.group(1).strip()]
    if len(labelled) >= 2:  # "pris medlem: 18000, pris ikke medlem: 30000"
        return _labelled_price_for_the_asked_group(question, labelled)
    prices = list(_GROUP_PRICE.finditer(text))
    if len(prices) < 2:
        return None
    asked = set(tokenize(question.normalised or question.text))
    if NON_MEMBER in asked:
        non_members = True
    elif any(word.startswith(("medlem", "member")) for word in asked):
        non_members = False
    else:
        return None
    matching = [m for m in prices if (tokenize(m.group(2)) == [NON_MEMBER]) == non_members]
    return matching[0].group() if len(matching) == 1 else None


def _labelled_price_for_the_asked_group(question: Question, labelled: list[re.Match[str]]) -> str | None:
    """Of "pris medlem: 18000, pris ikke medlem: 30000", the price labelled for the group the question names."""
    asked = set(tokenize(question.normalised or question.text))
    if NON_MEMBER not in asked and not any(word.startswith(("medlem", "member")) for word in asked):
        return None
    matching = [m for m in labelled if (NON_MEMBER in tokenize(m.group(1))) == (NON_MEMBER in asked)]
    if len(matching) != 1:
        return None
    label = matching[0].group()[: matching[0].group().index(":")].strip()
    return f"{matching[0].group(2)} ({label})"  # "6500 (pris ikke medlem)"


def _dates_by_event(text: str) -> list[tuple[str | None, str]]:
    """Each date of `text` with the event word nearest to it ("igangsat 1. august 2008 og løber altså frem
    til 1. august 2011" -> [("start", "1. august 2008"), ("end", "1. august 2011")])."""
    return [(event, date.group().strip()) for event, date in _dated(text)]


# "fra 2013", "Fra søndag den 1. juni 2025", "fra d. 12. januar 2026"
_SPAN_FROM = re.compile(rf"\b(fra|from)\s+(?:(?:{WEEKDAYS})\s+)?(?:den\s+|d\.\s*|the\s+)?$", re.I)
# "til (og med) d. 30. oktober", "til onsdag den 22. april"
_SPAN_TO = re.compile(rf"\b(til(?:\s+og\s+med)?|to|until|through)\s+(?:(?:{WEEKDAYS})\s+)?(?:den\s+|d\.\s*)?$", re.I)


def _dated(text: str) -> list[tuple[str | None, re.Match[str]]]:
    clean = _REFERENCE.sub(lambda m: " " * len(m.group()), text)
    words = [(event, m) for event, pattern in EVENTS.items() for m in pattern.finditer(clean)]
    result: list[tuple[str | None, re.Match[str]]] = []
    span_started = False  # the date before opened a span: "fra 2013 til 2014"
    changed_event: str | None = None  # the event whose date the date before changed: "fristen flyttes fra 1. april"
    last_date = -1  # where the date before starts
    for date in DATE.finditer(clean):
        def distance(item):
            m = item[1]
            # Danish puts the event before its date ("godkendt ... den 28. januar 2009", "frem til 1. august
            # 2011"): a word after the date counts only when none comes before it within 60 characters.
            return date.start() - m.end() if m.end() <= date.start() else m.start() - date.end() + 60
        nearest = min((w for w in words if distance(w) >= 0), key=distance, default=None)
        # An event word is its first date's: "stiftet i 2007 ... og fusionerede den 1. januar 2019" founded nothing
        # in 2019.
        event = nearest[0] if nearest and not (nearest[1].end() <= last_date < date.start()) else None
        if _DATE_FIELD.search(clean[max(0, date.start() - 12):date.start()]):
            # "dato: 2026-06-11, ..., tilmeldingsfrist: 4. juni 2026": when the row's event is held, not a deadline
            event = HELD
        if event == "deadline" and _ENDS_BY.search(clean[max(0, date.start() - _CHANGE_REACH):date.start()]):
            event = "end"  # "Projektet skal være afsluttet senest 31. marts 2027": the project's end
        last_date = date.start()
        # "løber fra 2013 til 2014": a span starts and ends. Not a change: "Ansøgningsfristen flyttes fra 1. april til
        # 22. april" moves the deadline, whose both dates are.
        before = clean[max(0, date.start() - 24) : date.start()]
        opens_span = bool(_SPAN_FROM.search(before))
        if opens_span and _CHANGED_FROM.search(clean[max(0, date.start() - _CHANGE_REACH) : date.start()]):
            changed_event, opens_span = event, False
        elif span_started and _SPAN_TO.search(before):
            event = "end"
        elif changed_event and _SPAN_TO.search(before):
            event = changed_event
        if opens_span:
            event = "start"
        if not (changed_event and event == changed_event):
            changed_event = None
        span_started = opens_span
        # "Projektperiode: 1. september 2023 – 28. februar 2027": two dates parted by a dash are a span too.
        if result and _DASH_ONLY.fullmatch(clean[result[-1][1].end():date.start()]):
            result[-1], event = ("start", result[-1][1]), "end"
        result.append((event, date))
    return result


_DASH_ONLY = re.compile(r"\s*[–—-]\s*")
_DATE_FIELD = re.compile(r"(?:^|[\s,;])(?:dato|date)\s*:\s*$", re.I)
_ENDS_BY = re.compile(r"\b(?:afsluttet|afsluttes|færdig|færdiggjort|completed|finished)\s*:?\s+(?:[\w.]+\s+){0,2}?"
                      r"(?:senest|by|no\s+later\s+than)\s+(?:den\s+|d\.\s*|the\s+)?$", re.I)
_CHANGED_FROM = re.compile(CHANGED.pattern + r"\s+(?:[\w.]+\s+){0,4}?(?:fra|from)\s+(?:\w+\s+)?(?:den\s+|d\.\s*|the\s+)?$", re.I)
_CHANGE_REACH = 60


def dated_event(event: str, text: str) -> bool:
    return any(e == event for e, _ in _dates_by_event(text))


# A founding is a start ("Etableret i 1953" answers "hvornår startede klubben").
_SAME_EVENT = {"founded": "start"}
HELD = "held"  # a calendar row's own date: when its meeting or course is, or starts; no reply or deadline
_HELD_ANSWERS = {"meeting", "start"}


def dates_asked_event(event: str | None, text: str) -> bool:
    """Does `text` hold a date that may be of the asked event? Not when every date belongs to another one:
    "blev lukket med udgangen af 2012" does not say when an office opened. A date without an event word may."""
    if event is None:
        return True
    asked = _SAME_EVENT.get(event, event)
    # The end of a span the sentence says one may apply in is a deadline (fits_answer_type checks that it says so).
    return any(e is None or _SAME_EVENT.get(e, e) == asked or (asked == "deadline" and e == "end")
               or (e == HELD and asked in _HELD_ANSWERS) for e, _ in _dates_by_event(text))


_BARE_YEAR = re.compile(r"(?:19|20)\d{2}")
_ASKS_A_YEAR = re.compile(r"\b(?:hvilke[tn]? år|hvilket årstal|what year|which year|in what year)\b", re.I)


def _asked_date(question: Question, text: str) -> str | None:
    span = _YEAR_SPAN.search(text)
    if span and asks_period(question):
        return span.group()  # "hvilke år kørte det": "2008-2010", not the approval date before it
    # A year the question names is no answer: "efterårsrunden 2023" asks for "2. oktober 2023".
    dates = [(event, date) for event, date in _dated(text) if date.group().strip() not in question.years]
    # "flyttes fra 13. april 2026 til 27. april 2026", "i uge 46 i stedet for september 2026": the date it is now.
    replaced = rf"\b(?:{_INSTEAD_OF}{'|fra|from' if CHANGED.search(text) else ''}){_BEFORE_VALUE}$"
    dates = [(event, date) for event, date in dates
             if not re.search(replaced, text[max(0, date.start() - 30):date.start()], re.I)] or dates
    # "Ansøgningsfristen for 2023 er den 30. november 2023": the day is the date; the bare year says which round.
    # Unless a year is asked for ("hvilket år").
    if not _ASKS_A_YEAR.search(question.normalised or question.text):
        dates = [(event, date) for event, date in dates if not _BARE_YEAR.fullmatch(date.group().strip())] or dates
    if not dates:
        return None
    if question.event:
        # The end of the time one may apply in is the deadline: "søges løbende fra d. 12. januar til d. 30. oktober".
        matching = [date for event, date in dates if event == question.event] or \
            [date for event, date in dates if question.event == "deadline" and event == "end"] or \
            [date for event, date in dates if event == HELD and question.event in _HELD_ANSWERS] or [dates[0][1]]
        chosen = _after_asked_name(question, text, matching)
        # A span's first day has no month of its own ("20.–24. april 2026"): asked when it starts, the span says it.
        starts_short = question.event == "start" and _SPAN_START.search(text[:chosen.start()])
        return (_whole_span(text, chosen) if starts_short else chosen.group()).strip()
    # No event asked: the date after the asked thing's word ("... spadestik den 15. september 2026, og
    # indflytningen forventes ... den 1. juni 2027" asked when one moves in). Not a deadline's: "When is the Mentor
    # Mingle" asks "dato: 2026-06-11", not its row's "tilmeldingsfrist: 4. juni 2026".
    dates = [(event, date) for event, date in dates if event != "deadline"] or dates
    chosen = _after_asked_name(question, text, [date for _, date in dates], by_terms=True)
    return _whole_span(text, chosen).strip()


# A span of days a course or an event takes: "20.–24. april 2026", "30. nov.–2. dec. 2026".
_SPAN_START = re.compile(r"(?<![\d.])\d{1,2}\.\s*[–-]\s*$")
_SPAN_END = re.compile(rf"^\s*[–-]\s*(?:{DATE.pattern})", re.I)


def _whole_span(text: str, date: re.Match[str]) -> str:
    """The date, or the span of days it starts or ends: when is "30. nov.–2. dec. 2026", not its first day alone."""
    start = _SPAN_START.search(text[:date.start()])
    end = _SPAN_END.match(text[date.end():])
    return text[start.start() if start else date.start():date.end() + (end.end() if end else 0)]


MIN_NAMED_TERM = 6  # a word this long says what the date after it is of ("indflytningen"), not "den" or "kan"


def _after_asked_name(question: Question, text: str, values: list[re.Match[str]], by_terms: bool = False) -> re.Match[str]:
    """Of several dates or figures in `text`, the one right after a name the question asks about, else the first:
    "Kontorerne i Budapest ... lukket med udgangen af 2012, og kontoret i São Paulo blev lukket i 2015" asked
    about São Paulo, "... 846.462 mio. kr. og eksportværdien i Region Midtjylland udgjorde 183.332 mio. kr."
    asked about Region Midtjylland. Danish and English put a subject before its value."""
    # "En flexplads ...": a sentence's first word names nothing; "Spor A's budget" names another track than "spor b".
    names = [m for m in CAPITALISED.finditer(text) if plain(m.group()) in plain(question.normalised or question.text).split()
             and m.group().lower() not in STOPWORDS and not of_another_letter(question, text[m.start() : m.end() + 5])]
    if by_terms:  # and a rare word of the question, in any inflection
        names += [m for m in _WORDS.finditer(text) if len(m.group()) >= MIN_NAMED_TERM and set(tokenize(m.group())) & set(question.terms)]
    if question.about_others:  # "og de øvrige regioner, hvor meget faldt de": the figure after "de øvrige regioner"
        names += list(OTHERS.finditer(text))
    elif question.about_organisation:  # "i regionen": the organisation's figure, after its name
        names += list(re.finditer(re.escape(question.organisation), text, re.I))
    # A price list labels after the value: "650 kr. halv dag / 1.100 kr. hel dag" asked about "en hel dag". Only a
    # label right after it, which the question names ("og eksportværdien" after a figure is the next subject).
    # Or whose it is, or what it went to: "900.000 kr. fra Vordingborg, 650.000 kr. fra Faxe" asked about Faxe,
    # "5.118.250 kr. til udbetalt tilskud ... og 1.250.000 kr. til administration" asked about administration.
    asked = set(_WORDS.findall((question.normalised or question.text).lower())) - STOPWORDS

    def named(label: str) -> bool:  # "økologi" of "økologicertificering": the first part of a compound asked about
        return label in asked or (len(label) >= MIN_NAMED_TERM and any(word.startswith(label) for word in asked))
    labelled = [value for value in values
                if (word := _WORDS.match(_OWNER_BEFORE.sub("", text[value.end():].lstrip()))) and named(word.group().lower())]
    # Whose before what for: "i alt 1.500.000 kr. til Vandteknologiforløb, fordelt med ... 500.000 kr. fra Kolding".
    owned = [value for value in labelled if re.match(r"\s*(?:fra|from)\b", text[value.end():], re.I)]
    if len(labelled) == 1:
        return labelled[0]
    if len(owned) == 1:
        return owned[0]
    # "En flexplads koster 750 kr. om måneden, og en fast plads koster 1.650 kr.": the value whose own clause, since
    # the value before, says more of what is asked.
    if len(values) > 1:
        terms = set(question.terms)
        starts = [0, *(value.end() for value in values[:-1])]
        shares = [len(terms & set(tokenize(text[start:value.start()]))) for start, value in zip(starts, values)]
        if shares.count(max(shares)) == 1 and max(shares) > 0 and not names:
            return values[shares.index(max(shares))]
    after = [(value.start() - name.end(), value) for value in values for name in names if value.start() >= name.end()]
    return min(after, key=lambda item: item[0])[1] if after else values[0]


# "efter ekstrabevillingen", "efter forhøjelsen", "after the increase": a figure asked as it is after something.
_ASKS_AFTER_A_CHANGE = re.compile(r"\b(?:efter|after)\s+(?:den\s+|det\s+|the\s+)?(?:[^\W\d_]+\s+)?[^\W\d_]{4,}(?:ingen|elsen|en|et)\b|"
                                  r"\bafter\s+the\s+(?:\w+\s+)?(?:increase|cut|change|top-up|extra\s+\w+)\b", re.I)
_FROM_TO_FIGURE = re.compile(r"\b(?:fra|from)\s+(?:ca\.\s*)?(?:kr\.\s*|dkk\s*)?\d[^.;]{0,40}?\b(?:til|to)\s+(?:ca\.\s*)?(?:kr\.\s*|dkk\s*)?\d", re.I)
_OWNER_BEFORE = re.compile(r"^(?:fra|til|for|from|to)\s+(?=[^\W\d_])")


def shares_by_name(question: Question, text: str) -> bool:
    """Does `text` give figures by whose they are, one of them the asked name's? "fordelt med 900.000 kr. fra
    Vordingborg, 650.000 kr. fra Faxe og 450.000 kr. fra Stevns" asked "hvor meget har faxe kommune givet"."""
    asked = set(_WORDS.findall((question.normalised or question.text).lower()))
    owners = {m.group(1).lower() for m in _BY_OWNER.finditer(text)}
    # ... or a list item labelled by whose figure it is: "- Odsherred Kommune: 1.300.000 kr. (25 %)".
    return (len(owners) > 1 and bool(owners & asked)) or bool({word.lower() for word in CAPITALISED.findall(owner_label(text))} & asked)


def owner_label(text: str) -> str:
    """The label of a list item giving someone's figure: "Odsherred Kommune" of "- Odsherred Kommune: 1.300.000 kr."; ""."""
    labelled = _OWNER_LABEL.match(text)
    return labelled.group(1) if labelled else ""


_BY_OWNER = re.compile(r"\d(?:\s*(?:kr\.|mio\.\s*kr\.|%))?\s+(?:fra|from)\s+([A-ZÆØÅ][^\W\d_]+)")
_OWNER_LABEL = re.compile(r"[-•*]\s+([A-ZÆØÅ][^:\d]{1,40}):\s*\d")


def _askers_figures(question: Question) -> set[str]:
    """The figures the question itself gives ("de 10 % største", "med 25-49 ansatte"): none is an answer."""
    return set(_NUMBER.findall(question.normalised or question.text))


_FOOTNOTE_MARK = re.compile(rf"(?<=\S)[{SUPERSCRIPTS}]+$")


def _table_figure(question: Question, unit: Unit) -> str | None:
    cells = split_cells(unit.text)
    found = _columns(unit, cells)
    if found is None:  # "Voksen  60 kr." in a price list without a header
        if len(cells) > 2 and _PER_UNIT_CELL.fullmatch(cells[1]) and _NUMBER.fullmatch(cells[2].replace(" ", "")):
            return cells[2]  # "Testplads, hel dag  pr. dag  7.500  6.375": the first price after its unit
        return cells[1] if len(cells) == 2 and has_quantity(cells[1]) else None
    column_line, columns = found
    asked_text = (question.normalised or question.text).lower()
    asked_words = re.findall(r"[^\W\d_]{5,}", asked_text)
    label, pairs = _labelled(cells, columns)
    # The column the question names, in any inflection ("tilskudsprocenten": "Tilskudsprocent"), or whose compound
    # head it names ("henvendelser": "Virksomhedshenvendelser"). Not the column holding the asker's own figure:
    # "med 25-49 ansatte" picks the row, whose "Antal ansatte: 25-49" is no answer.
    asked_terms = set(tokenize(asked_text))

    def named(column: str) -> bool:
        # Not a hyphenated column by its last part: "vi er medlem" names "Medlem", not "Ikke-medlem".
        terms = set(tokenize(column))
        return names_column(column, asked_text) or (bool(terms) and terms <= asked_terms) \
            or ("-" not in column and any(column.lower().endswith(w) for w in asked_words))
    given = _askers_figures(question)
    candidates = [(c, v) for c, v in pairs if named(c) and not set(_NUMBER.findall(v)) & given]
    # A table of one value column ("Medlemstype  Kontingent pr. år") answers with it, named or not; so does a price
    # list's one column of money asked what something costs ("Enhed  Pris ekskl. moms": "8.500 kr.", not "pr. dag").
    if not candidates and len(pairs) == 1 and not set(_NUMBER.findall(pairs[0][1])) & given:
        candidates = pairs
    money = [(c, v) for c, v in pairs if _AMOUNT.search(v) and not set(_NUMBER.findall(v)) & given]
    if not candidates and question.counted == "kr" and len(money) == 1:
        candidates = money
    # "hvor mange procent tilskud": of the columns it names ("Tilskud", "Maks. tilskud"), the one in per cent.
    if "%" in question.units:
        candidates = [(c, v) for c, v in candidates if "%" in v] or candidates
    asked = _most_named(candidates)
    if len(asked) != 1:
        return None
    column, value = asked[0]
    value = _FOOTNOTE_MARK.sub("", value)  # "6.800 kr.¹": the price, not its footnote's number
    if not re.search(r"\d", column):  # a measure, not a year: "212 virksomhedshenvendelser (Bruxelles)"
        return f"{value} {column.lower() if question.reply_language == 'da' else column} ({label})"
    header = unit.table_header or []
    below = header.index(column_line) if column_line in header else len(header)
    caption = header[0] if below > 0 else ""
    # A caption naming years is the table's title ("Nøgletal 2020 og 2021"), not what its figures count; nor is
    # the name of the labels' column ("Nøgletal" over "Nøgletal  2023  2024").
    # Nor a caption saying only that these are figures ("Hovedtal", "Key figures").
    if re.search(r"\d", caption) or caption == split_cells(column_line)[0] or _FIGURES_CAPTION.fullmatch(caption):
        caption = ""
    # The label of the row's group ("Matchmaking og Vestkystkonferencen"), below the columns' line: where, not what.
    group = header[-1] if below < len(header) - 1 else ""
    if question.reply_language == "da":
        what = f" {caption[0].lower() + caption[1:]}" if caption else ""
        return f"{value}{what} i {column} ({'; '.join(filter(None, [label, group]))})"
    return f"{value} in {column} ({'; '.join(filter(None, [label, caption, group]))})"


_FIGURES_CAPTION = re.compile(r"\W*(?:hovedtal|nøgletal|tal|key figures|figures|facts and figures)\W*", re.I)
_FIGURE_AND_WORDS = re.compile(r"\s*(?:[^\W\d_]+\.?\s*){1,2}")


def _counting_phrase(clean: str, figure: re.Match[str], counted: str) -> str | None:
    """The figure with what it counts, when one of the two words after it is the counted noun: "373 møder",
    "412.000 registrerede overnatninger"; else None."""
    if (figure.group(2) or "").strip() and tokenize(figure.group(2))[-1:] == [counted]:
        return figure.group().strip()
    words = _FIGURE_AND_WORDS.match(clean, figure.end(1))
    for word in re.finditer(r"[^\W\d_]+", words.group() if words else ""):
        if tokenize(word.group()) == [counted]:
            return clean[figure.start() : figure.end(1) + word.end()].strip()
    return None


_IN_YEAR = re.compile(r"\b(?:i|in)\s+((?:19|20)\d\d)\b", re.I)


# A value that changes: "fra (ca.) 150.000 kr. (...) til 250.000 kr.", "from DKK 150,000 to ...".
_ABOUT = r"(?:ca\.?\s*|cirka\s+|omkring\s+|about\s+|approx\.?\s*)?(?:kr\.?\s*|dkk\s*)?"
# "i alt 2.000.000 kr.", "den samlede pulje nu er på 3.300.000 kr.": the figure said to be the total.
_TOTAL_BEFORE = re.compile(r"(?:\b(?:i\s+alt|in\s+total|totalt)|\bsamlede\s+[^\W\d_]+\s+(?:nu\s+)?(?:er|var|bliver|udgør)(?:\s+nu)?)"
                           r"\s+(?:på\s+|of\s+)?(?:ca\.\s*|cirka\s+|about\s+)?(?:kr\.\s*|dkk\s*)?$", re.I)
_FROM_BEFORE = re.compile(rf"\b(?:fra|from)\s+{_ABOUT}$", re.I)
_TO_AFTER = re.compile(rf"(?:\s+[^\s\d]+){{0,4}}?\s+(?:til|to)\s+{_ABOUT}\d", re.I)


_PERCENTAGE_POINTS = re.compile(r"\bpercentage points?\b", re.I)


# "(previously max. DKK 150,000)", "tidligere 575 kr.": a figure that was.
_FORMERLY = re.compile(r"\b(?:previously|formerly|tidligere|hidtil|før)\b[^\d;!?]{0,20}$", re.I)
# "hvad kostede vintertillægget før det blev sat op", "what was the fee before it was raised": the figure before a change.
# ... "før fonden skiftede navn" (not "før vi fik svar": the asker's own doing); "hvad hed programmet": its former name.
_ASKS_FORMER = re.compile(r"\bfør\s+(?!(?:jeg|vi|man|du|i|han|hun)\s)(?:det|den|de|[^\W\d_]{3,})\s+"
                          r"(?:blev|er\s+blevet|skiftede|ændrede|fik)\b|\bbefore\s+(?:it|they|the\s+\w+)\s+"
                          r"(?:was|were|went|changed)\b|\b(?:previously|formerly|used\s+to)\b|\btidligere\s+(?:pris|beløb|sats)"
                          r"|\bhvad\s+hed\b|\bwhat\s+was\s+(?:it|the\s+(?:[\w-]+\s+){1,3}?)called\b", re.I)
# "Fonden afløser Iværksætterlånefonden Trekant", "hed tidligere ...": the name a new one replaces.
_RENAMED = re.compile(r"\b(?:afløser|afløste|erstatter|erstattede|hed\s+(?:tidligere|før|indtil|i\s+\d{4})|hed\b[^.]{0,40}\d{4}"
                      r"|tidligere\s+(?:kaldet|kendt\s+som)|under\s+navnet|skifter\s+navn|skiftede\s+navn|omdøbt"
                      r"|replaces|replaced|formerly\s+(?:known\s+as|called)|renamed)\b", re.I)


def asks_the_former(question: Question) -> bool:
    """Does the question ask for a value as it was before a change?"""
    return bool(_ASKS_FORMER.search(question.normalised or question.text))


def _figures_changed_from(text: str, figures: list[re.Match[str]] | None = None) -> list[re.Match[str]]:
    """The figures of `text` (or of `figures`, found in it) that a change goes from: "575 kr." of "hæves fra 575 kr. til
    650 kr."."""
    return [m for m in (_FIGURE.finditer(text) if figures is None else figures)
            if _FROM_BEFORE.search(text, 0, m.start()) and _TO_AFTER.match(text, m.end())]


def _sentence_figure(question: Question, text: str) -> str | None:
    clean = DATE.sub(lambda m: " " * len(m.group()), _REFERENCE.sub(lambda m: " " * len(m.group()), without_addresses(text)))
    clean = _without_list_number(clean)
    figures = list(_FIGURE.finditer(clean))
    # "hvor stor en del af eksporten står de 10 % største for": the asker's own figure is no answer ("ca. 90 %").
    given = _askers_figures(question)
    figures = [m for m in figures if m.group(1) not in given] or figures
    if question.counted is None and not question.units and _HOW_MANY_THINGS.search(question.normalised or question.text) \
            and not _ASKS_SHARE.search(question.normalised or question.text):
        # "hvor mange fik bevilget lån": a count, not "4,9 % af de bevilgede lån" (nor any other share).
        figures = [m for m in figures if not _PER_CENT.fullmatch(m.group().strip())]
    if not figures:
        return None
    former = asks_the_former(question)
    if CHANGED.search(clean) and not (question.years and len(set(YEAR.findall(text))) > 1):
        # "hæves fra 150.000 kr. til 250.000 kr.": what it is now is what it changes to (not a range's start:
        # "fra 500 kr. for en person til 2.000 kr. for en virksomhed"), unless years say which figure is of which;
        # asked what it was before the change, what it changes from.
        was = _figures_changed_from(clean, figures)
        figures = (was if former else [m for m in figures if m not in was]) or figures
    # "DKK 25,000 to DKK 250,000 (previously max. DKK 150,000)": the figure it was is no answer, unless asked.
    formerly = [m for m in figures if _FORMERLY.search(clean, 0, m.start())]
    if formerly:
        figures = (formerly if former else [m for m in figures if m not in formerly]) or figures
    if asks_most(question):
        # "dækker 50 % af udgifterne, dog maksimalt 75.000 kr.": asked for the most, the figure after the limit word.
        # "Der kan lånes mellem 25.000 kr. og 250.000 kr.": the top of a range.
        figures = [m for m in figures if _LIMIT_BEFORE.search(clean, 0, m.start())] \
            or [m for m in figures if _RANGE_TOP_BEFORE.search(clean, 0, m.start())] or figures
    sized = _for_the_askers_size(question, clean, figures) or _for_the_asked_round(question, clean, figures)
    if sized is not None:
        return sized
    if _TOTAL.search(question.normalised or question.text):
        # "en ekstrabevilling på i alt 2.000.000 kr., fordelt med 900.000 kr. fra Vordingborg, ...": asked the total,
        # the figure said to be the total, not its first part.
        totals = [m for m in figures if _TOTAL_BEFORE.search(clean, 0, m.start())]
        if len(totals) == 1:
            return totals[0].group().strip()
    # "Tilskuddet er 75 % af 7.000 kr. = 5.250 kr. pr. deltager": a worked example's amount is its result.
    results = [m for m in figures if re.search(r"=\s*$", clean[:m.start()])]
    if question.counted == "kr" and results:
        figures = results
    # "kr. 150 pr. måned", "DKK 1,950": the currency before the amount (of a price or of a figure counting nothing).
    if question.counted == "kr" or (question.counted is None and not question.units):
        # Not the currency ending the amount before: "Mentorforløb 2.500 kr. 5 møder" is no "kr. 5".
        # "DKK 12.5 million": with its magnitude.
        prefixed = {m: clean[before.start():m.end(2) if _MAGNITUDE.fullmatch((m.group(2) or "").strip()) else m.end(1)]
                    for m in figures if (before := _CURRENCY_BEFORE.search(clean, 0, m.start()))
                    and not _AMOUNT_BEFORE.search(clean, 0, before.start())}
        if prefixed:
            return prefixed[_after_asked_name(question, text, list(prefixed))]
    if question.counted:
        # "373 møder" counts meetings, "412.000 registrerede overnatninger" overnight stays (an adjective between);
        # "8.800 mio. kr." is an amount of money ("kr"). An English question's own word counts in an English text.
        asked = tokenize(question.counted_as_asked.split(" ")[-1]) if question.counted_as_asked else []
        if _PERCENTAGE_POINTS.search(question.counted_as_asked):
            # "how many percentage points": "3 procentpoints", not the "17,4 %" beside it.
            points = [m for m in figures if re.match(r"\s*(?:procentpoint|percentage point)", clean[m.end(1):], re.I)]
            if points:
                return clean[points[0].start():points[0].end()].strip()
        counting = {m: phrase for m in figures for counted in [question.counted, *asked]
                    if (phrase := _counting_phrase(clean, m, counted))}
        if not counting:
            return None  # "mindst 5 og højst 99 ansatte" has no count of companies, nor an amount: no short answer
        return counting[_after_asked_name(question, text, list(counting))]
    if question.units:  # "how many hours": "40 hours", not the size bracket "3 to 149 employees" before it
        figures = [m for m in figures if _in_units((m.group(2) or "").strip().lower(), question.units)] or figures
        asked_unit = asked_time_unit(question.normalised or question.text)
        figures = [m for m in figures if _in_units((m.group(2) or "").strip().lower(), asked_unit)] or figures
    measured = [m for m in figures if m.group(2) and re.match(r"\s*(%|pct|procent|mio|mia|kr)", m.group(2))] or figures
    # "fra ca. 31 % af BNP i 1966 til ca. 53 % af BNP i 2008" asked about 1966: as many figures as years that
    # stand for a point in time ("i 1966"; not the ends of a span, "fra 2008 til 2009") pair in order, the figure
    # and its year either way round ("i 2008 var andelen 12 %"); else the figure nearest the asked year.
    years_in = list(_IN_YEAR.finditer(text))
    years = [m.start() for year in question.years for m in re.finditer(rf"\b{year}\b", text)]
    if years and len(years_in) == len(measured) > 1 and not _YEAR_SPAN.search(text):
        paired = next((figure for figure, year in zip(measured, years_in) if year.group(1) in question.years), None)
        if paired:
            return paired.group().strip()
    if years:
        return min(measured, key=lambda m: min(abs(m.start() - y) for y in years)).group().strip()
    return _after_asked_name(question, text, measured).group().strip()
