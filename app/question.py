"""What a question asks for: its language, the kind of answer it expects, and, for a follow-up such as
"Og i 2008?", the fuller question retrieval should search for."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Literal, Sequence

from wordfreq import zipf_frequency

from app.core.answer_types import Turn
from app.core.sentences import never_ends_sentence
from app.calendar_dates import CalendarDate, asked_dates
from app.core.words import DANISH_COUNTRIES, DANISH_HINTS, ENGLISH_HINTS, GREETINGS, ORDINALS, WEEKDAYS
from app.lexical import STOPWORDS, tokenize
from app.normalise import QueryNormaliser, is_everyday

AnswerType = Literal["quantity", "date", "frequency", "who", "contact", "hours", "identifier", "other"]
# The kinds of answer a sentence must hold to answer at all: a figure, a date, how often, a contact detail, opening
# hours, a register's number.
TYPED_ANSWERS = ("quantity", "date", "frequency", "contact", "hours", "identifier")
Event = Literal["reply", "payment", "start", "end", "approval", "deadline", "founded", "meeting"]

# "hvad var antallet af overnatninger", "hvad er målet for antal overnatninger i 2030": a count of what follows.
_ASKS_NUMBER_OF = r"hvad (?:er|var|bliver) (?:(?:målet|forventningen) for |det (?:samlede |forventede )?)?antal(?:let)?"
_QUANTITY = re.compile(
    r"\b(hvor (mange|meget|stor|store|stort|høj|højt|lav|lavt|lang|lange|langt|længe|bred|bredt|dyb|dybt|tung|tungt)|"
    r"hvilken andel|hvor stor en andel|hvad (?:koster|kostede)|"
    # "hvad tjente i på udlejningen", "what did you earn from": what was earned is an amount (what was sold may be goods)
    r"hvad (?:tjente|tjener|indtjente)\b|hvad (?:har|havde) (?:[^\W\d_]+ ){1,2}?tjent\b|"
    r"what (?:did|do|does) (?:[^\W\d_]+ ){1,3}?earn\b|"
    # "hvordan er puljen delt mellem aarhus og viborg", "how is the pool split between": the amounts of each
    r"hvordan (?:er|bliver|blev) (?:[^\W\d_]+ ){1,3}?(?:delt|fordelt|opdelt) (?:mellem|imellem|på)\b|"
    r"how (?:is|was|will) (?:[^\W\d_]+ ){1,3}?(?:split|divided|shared|distributed) (?:between|among)\b|"
    # "hvad kommer kontingentet til at koste": a price to come ("hvad skal vi betale hvis vi aflyser" may be a share:
    # "25 % af lejen")
    r"hvad (?:kommer|vil|skal) (?:[^\W\d_]+ ){1,5}?(?:til at )?koste|"
    # "koster det noget at få jeres hjælp", "er det gratis": the price, "gratis" or an amount
    # ("er der gratis parkering" asks whether there is something, not its price)
    r"koster (?:det|den|de|[^\W\d_]+) (?:noget|penge)|er (?!der\b)[^\W\d_]+ gratis|"
    # "hvad er det maksimale tilskud", "what is the most we can get": a limit or total is a figure
    r"hvad (?:er|var) (?:det|den|de) (?:maksimale|højeste|mindste|minimale|laveste|samlede)|"
    # "hvad var max tilskudet", "hvad er maks beløbet": written informally
    r"hvad (?:er|var) (?:det |den )?(?:max|maks|maksimum|minimum)(?:s?(?:beløb|tilskud|støtte|bevilling|lån)\w*)?\b|"
    # "hvad var loftet pr virksomhed", "hvad er beløbsgrænsen", "what is the cap": a ceiling is a figure
    r"hvad (?:er|var|bliver) (?:\w*loftet|beløbsgrænsen|\w*beløbsloftet)\b|"
    r"what(?:'s| is| was| are) the (?:[\w-]+ )?(?:cap|ceiling)\b|"
    r"what(?:'s| is| was| are) the (?:maximum|minimum|most|highest|lowest|total|max|min)|"
    # "hvilken svarprocent", "hvilket beløb", "what response rate": which measure asks for its figure
    r"hvilke[nt]\s+(?:[^\W\d_]+\s+)?[^\W\d_]*(?:procent|andel|beløb|antal|pris|sats|rente|gebyr|leje)|"
    # "what surplus did the accounts show", "hvad var overskuddet": an account's result is an amount
    r"(?:what|which)\s+(?:[^\W\d_]+\s+)?(?:rate|percentage|amount|share|surplus|deficit|profit|turnover|revenue|budget)|"
    # "what was the overall participant satisfaction rate"
    r"what(?:'s| is| was| were) the (?:[^\W\d_]+\s+){1,3}(?:rate|percentage)|"
    # "hvad er renten", "hvad er tilskudssatsen", "hvad er overlevelsesraten": a rate is a figure
    r"hvad (?:er|var) (?:budgettet|beløbet|omkostningerne|\w*procenten|andelen|\w*værdien|\w*kvoten|renten|\w*satsen|\w{4,}raten|overskuddet"
    r"|underskuddet|omsætningen)|"
    # "hvad er videnparkens budget for 2026", "hvad var fondens samlede overskud": an owner's account, in the genitive
    # "hvad er det forventede budget for 2027": the account with a word of which one
    r"hvad (?:er|var) (?:[^\W\d_]+s|det|den|de) (?:samlede |årlige |[^\W\d_]+e )?(?:budget|overskud|underskud|omsætning"
    r"|omkostninger|indtægter)\b|"
    # "samlet tilskud 2022?", "total budget?": a total asked by its noun
    r"^\W*(?:samlet|samlede|total)\s+(?!set\b)[^\W\d_]+|"
    # "hvad får de studerende i løn", "hvad får bestyrelsen i honorar": pay, an amount of money
    # ... or "hvad giver I i lærlingebonus": a bonus or grant given, an amount too
    r"hvad (?:får|faar|fik|tjener|giver|gav|yder|betaler) (?:[^\W\d_]+\s+){1,4}?i (?:\w*løn|honorar|vederlag|godtgørelse|"
    r"\w*bonus)\b|"
    # "pris robotlab pr dag for ikke medlemmer?", "depositum testkøkken?", "kontingent?": a price asked by its noun
    r"^\W*(?:pris(?:en|erne|er)?|prices?|depositum(?:met)?|kontingent(?:et)?|\w*gebyr(?:et)?|\w*leje(?:n)?|"
    r"egenbetaling(?:en)?|deposit|fees?|rent)\b(?!\w)|"
    # ... or after the thing it is the price of: "mentorprogram pris?", "testhal depositum"
    r"^\W*(?:[^\W\d_]+\s+){1,3}(?:pris(?:en|erne|er)?|depositum(?:met)?|kontingent(?:et)?|\w*gebyr(?:et)?|"
    r"egenbetaling(?:en)?)(?=\W*$)|"
    # "hvad er timeprisen", "hvad er kontingentet for 10-49 ansatte", "what is the rent": a charge by its noun
    # ... informally without its article too: "hvad er depositum for nøglebrikken".
    r"hvad (?:er|var|bliver) (?:[^\W\d_]+s )?[^\W\d_]*(?:prisen|priserne|gebyr(?:et)?|gebyrerne|taksten|taksterne|kontingent(?:et)?|"
    r"egenbetalingen|lejen|depositum(?:met)?|honoraret|tillægget|tillæggene)\b|"
    r"what(?:'s| is| was| are| were) the (?:[\w-]+ ){0,2}?(?:rent|hourly rate|fees?|deposit|membership fee|surcharge)\b|"
    r"hvad er prisen|hvilket beløb|hvilket antal|how (many|much|large|big|high|long|far|wide|deep|heavy)|"
    r"varighed(?:en)?|durations?|"
    rf"{_ASKS_NUMBER_OF} (?:af )?[^\W\d_]+|"
    r"what (share|percentage|proportion|amount|number)|what (?:is|was) the (?:\w+ )?value|"
    r"what(?:'s| is| was| are| were) the (?:\w+ )?(?:budget|surplus|deficit|profit|income|revenue|turnover|price|cost|fee|"
    r"expense|expenditure)s?"
    r"(?!\s+(?:requirements?|rules?|conditions?|criteria))|"
    # "what was Klitland Erhverv's total income": an owner's account, in the genitive
    r"what(?: is| was| are| were) (?:[\w-]+\s+){0,3}?[\w-]+'s?\s+(?:total |annual |overall )?(?:income|revenue|turnover|budget|"
    r"surplus|deficit|profit|costs|expenses)\b|"
    r"what (?:does|did|do|will|would) .{1,60} cost|hvor (?:gammel|gamle)|how old)\b",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"\b(hvornår|hvilke(?:t)? år|hvilken (?:dato|periode)|\w*frist(?:en|er|erne)?|deadlines?|when|what years?|"
    r"which years?|what date|what period)\b",
    re.IGNORECASE,
)
# "hvad er jeres cvr nummer", "what is the park's VAT number": a register's number, which a sentence merely naming the
# register ("har CVR-adresse i Hjortsbæk Kommune") does not give. The group is the register's label.
IDENTIFIER = re.compile(
    r"\b(cvr|se|ean|p|reg\.?|registrerings|momsregistrerings|konto|sags|journal|faktura|vat|account|case|invoice"
    r"|company\s+registration|registration)[\s-]?(?:nummer\w*|nr\b\.?|numbers?\b|no\b\.?)", re.I)
# Phone numbers, e-mail and addresses: no strategy document's figure or date answers these.
_CONTACT = re.compile(
    r"\b(tlf|telefon\w*|mobil(?:nummer\w*|\s?nr\.?)|e-?mail\w*|mail\w*|adresse\w*|phone( number)?|e-?mail address|"
    r"address)\b"
    # "hvem skal jeg ringe til", "hvordan kontaktes vedkommende", "who can I contact": a person to reach, by a
    # number or an address, not a name alone.
    r"|\b(ringe|ring|kontakte|kontaktes|henvende\s+(?:mig|os))\b"
    # "hvem er det og hvad er nummeret", "who can i talk to and what's the number": a number alone is a phone number,
    # anyone's ("hvad er hendes direkte nummer", "hvad er Mette Holms nummer").
    r"|\bhvad\s+er\s+(?:dit\s+|(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+s\s+)?(?:direkte\s+)?nummer(?:et)?\b"
    r"|\bwhat(?:'s|\s+is)\s+(?:the|his|her|their|your)\s+number\b"
    # "hvem skal jeg snakke med om vores webshop", "who should I talk to": someone to reach too.
    r"|\bhvem\s+(?:skal|kan|må|bør)\s+(?:[\w-]+\s+){1,4}?(?:snakke|tale|skrive|tage\s+fat|henvende\s+sig)\b"
    r"|\bwho(?:m)?\s+(?:do|does|can|could|should|may)\s+(?:[\w-]+\s+){1,4}?(?:call|contact|phone|ring|e-?mail|write\s+to|"
    r"talk\s+to|speak\s+(?:to|with)|get\s+in\s+touch)\b", re.I
)
# "hvor længe er jonas på orlov", "how long is she on leave": the leave's end, a date.
_HOW_LONG_AWAY_PATTERN = r"(?:hvor\s+længe|how\s+long)\b[^?.!]*\b(?:\w*orlov|barsel\w*|\w*ferie|sygemeldt|leave|holiday|vacation)"
# The event a date belongs to: "hvornår slutter projektet" wants the end date, not the approval date.
EVENTS: dict[str, re.Pattern[str]] = {
    # "Svar senest 15. april 2026", "Der gives svar senest 1. maj": the day the office answers by, not the applicant's
    # deadline. First, so that "senest" after "svar" is read as this.
    # ... "Svar på ansøgningerne forventes nu senest den 29. maj 2026", "Svar på ansøgninger fra runde 1 kan nu forventes
    # senest ..." too.
    "reply": re.compile(r"\b(svar\s+(?:på\s+[^.]{0,40}?)?(?:gives\s+|sendes\s+|(?:kan\s+)?(?:nu\s+)?)?"
                        r"(?:senest|inden|forventes(?:\s+(?:nu\s+)?senest)?)|"
                        # "kan forvente svar senest 12. juni": "senest" is the reply's, not a deadline's
                        r"(?:gives|får|sendes|modtager|forventes|forvente|modtage)\s+(?:\w+\s+){0,2}svar(?:\s+senest)?|"
                        r"(?:answers?|reply|replies|decisions?)\s+(?:by|within|is\s+given)|hear\s+back|"
                        # "when will applicants get an answer"
                        r"(?:get|receive|hear)\s+(?:\w+\s+){0,2}(?:answers?|reply|replies|responses?|decisions?)(?!\s+to\b))\b",
                        re.I),
    # "hvornår bliver tilskuddet udbetalt": when the money is paid, which a rule often says by what must happen first
    # ("udbetales, når projektet er afsluttet").
    "payment": re.compile(r"\b(udbetal\w*|paid\s+out|pay\s*outs?|disburs\w*)\b", re.I),
    # "hvornår skulle ansøgningerne være indsendt": the deadline, as "Ansøgningsfristen er den 15. april" writes it.
    # ... or as the end of the time one may apply in: "Der kan søges løbende fra d. 12. januar 2026 til d. 30. oktober".
    # Not "Senest opdateret 8. januar 2026": when a page was last updated.
    "deadline": re.compile(r"\b(\w*frist\w*|deadline|senest(?!\s+(?:opdateret|ændret|revideret|redigeret))|"
                           r"være\s+(?:inde|modtaget|i\s+hænde)|i forvejen|in advance|apply by|indsend\w*|"
                           r"submi(?:t|ts|tted|tting|ssions?)|"
                           r"(?:an)?søges\b.{0,60}?\b(?:indtil|til)|applications?\b.{0,60}?\buntil|"
                           # "hvornår skal man søge": by when one must
                           r"hvornår\s+skal\s+(?:man|vi|jeg|i|de)\s+(?:an)?søge|"
                           # "hvornår er sidste tilmelding", "sidste dag for ansøgning", "the last day to sign up"
                           r"sidste\s+(?:tilmeld|ansøg|ansøgnings)\w*|sidste\s+dag\s+(?:for|til|at)|"
                           r"last\s+day\s+(?:to|for)|"
                           r"when\s+(?:do|must|should)\s+(?:we|i|you|one)\s+(?:have\s+to\s+)?apply)\b", re.I),
    "end": re.compile(r"\b(slut\w*|udløb\w*|løber\s+\w+\s+ud|løber ud|ophør\w*|afslut\w*|stop\w*|ender|end|ends|expire\w*|finish\w*|"
                     r"runs? out|frem til|(?:be|is|are)\s+over|"
                     r"lukkede|lukket|lukningen|close|closed|closure|shut down|forlæng\w*|extended|til hvornår|until when|"
                     # "hvornår er sanne tilbage fra barsel": the end of the leave ("til og med 31. august 2026"); so
                     # "hvor længe er jonas på orlov".
                     rf"{_HOW_LONG_AWAY_PATTERN}|"
                     r"tilbage\s+(?:fra|efter)|back\s+(?:from|after)|returns?\s+from|"
                     # "hvornår er hun tilbage", "when will he be back at work": the end of an absence too.
                     r"(?:er|kommer|bliver|is|comes?|be)\s+(?:\w+\s+){0,3}?(?:tilbage|back)"
                     r"(?:\s+(?:på|i|at|in|to)\s+(?:arbejde\w*|kontoret|work|the\s+office))?(?=\W*$))\b", re.I),
    # Not a "startup" or "Startklar" (a programme's name): the verb and "startdato".
    "start": re.compile(r"\b(start(?:e|er|ede|et|s|ed|ing|dato\w*|tidspunkt\w*)?|opstart(?:en)?|begynd\w*|igangsat|gælder fra|gældende fra|fra hvornår|"
                       r"(?:træder|trådte)(?:\s+\w+)? i kraft|"
                       r"takes? effect|took effect|in force|igangsætt\w*|gik i gang|gå i gang|i gang|igang|kom i gang|launch\w*|begin\w*|began|open|opens|åbner|"
                       r"åbnede|åbnet|åbning|åbningen|opened)\b", re.I),
    "approval": re.compile(r"\b(godkend\w*|vedtag\w*|vedtog|beslut\w*|approv\w*|adopt\w*|decided)\b", re.I),
    "founded": re.compile(r"\b(etabler\w*|oprett\w*|stiftet|grundlagt|founded|established|set up)\b", re.I),
    # "hvornår er næste møde": not when the minutes were approved.
    "meeting": re.compile(r"\b(næste\s+\w*møde\w*|next\s+(?:\w+\s+)?meeting|mødedato\w*)\b", re.I),
}
# "timepris", "medlemspris", "deltagergebyr": a compound's head says it is money too.
_MONEY = re.compile(r"\b(koste(?:[rt]|de)?|betal(?:e|er|te|t|es)|pays?|paid|pris\w*|\w+pris(?:en|er|erne)?|\w*gebyr\w*|\w*takst\w*|\w*honorar\w*|"
                    r"beløb\w*|budget\w*|penge|kroner|kr|gratis|\w*værdi(?:en)?|cost\w*|price\w*|"
                    r"money|dkk|euros?|(?:export )?value|overskud\w*|underskud\w*|surplus|deficit|profit|fees?|"
                    r"\w*udgift\w*|omkostning\w*|indtægt\w*|expenses?|expenditures?|spending|revenues?|income|\w*kontingent\w*|"
                    r"\w*lejen?|depositum\w*|rent|deposits?|millioner|million|milliarder|milliard|mio|mia|millions?|"
                    r"\w*løn(?:nen|ninger|ningen)?|salary|salaries|wages?|"
                    r"billions?|(?:første|anden|andet|sidste|\d\.)\s+rate(?:n)?)\b", re.I)
# "Hvor meget eksporterede regionen?": what was exported or sold is worth an amount ("183.332 mio. kr."), not a
# share ("how much did exports fall" is one). Read as typed: a typo fix depends on the indexed words
# ("eksportører" becomes "eksporterer" once a document has that word).
_TRADED = re.compile(r"\b(eksporterede|eksporteret|eksporterer|solgte|solgt|omsatte|tjente|tjent|exported|sold|"
                     r"uddelt|uddelte|uddeler|delte\s+(?:[^\W\d_]+\s+){0,3}ud|bevilgede|bevilget|granted|awarded|"
                     r"købte|købt|indkøbt|investerede|investeret|bought|purchased|invested|"
                     r"earned|how much (?:did|does|do)\s+(?:[^\W\d_]+\s+){1,3}(?:export|sell|earn)|"
                     # "how much did the municipalities and the region buy": a verb only ("the use of the export").
                     r"how much (?:did|does|do)\s+(?:[\w'’]+\s+){1,6}?(?:buy|purchase|invest|spend))\b", re.I)
# "det højeste tilskud", "the maximum grant": a grant's limit is an amount of money, not its rate ("50 %").
_LIMIT_AMOUNT = re.compile(r"\b(?:højeste|maksimale|største|mindste|laveste|minimale|max|maks|maksimum|minimum)\s*"
                           r"s?(?:tilskud\w*|beløb\w*|støtte\w*|bevilling\w*|bonus\w*)|"
                           # "hvad er det max man kan få": what one gets at most is an amount of money
                           r"\b(?:max|maks|maksimum|højst|mest)\s+(?:man|vi|jeg|i|du|de)\s+(?:kan\s+)?(?:få|modtage|låne)\b|"
                           # "the max evidence voucher amount": with the grant's name between
                           r"\b(?:maximum|minimum|highest|largest|smallest|lowest|max)\s+(?:[^\W\d_]+\s+){0,3}?"
                           r"(?:grant|amount|subsidy|bonus)(?:e?s)?\b",
                           re.I)
# "hvor meget kan vi max få", "how much can we get": what one gets is a grant, an amount of money.
_GOTTEN = re.compile(r"\b(?:hvor meget|how much)\s+(?:\w+\s+){0,4}?(?:få|får|fik|fået|modtage|modtager|modtog|låne|låner|lånte|"
                     r"get|gets|got|receive|receives|received|borrow|borrowed)\b", re.I)
_COUNTED_AMONG = re.compile(r"\bhvor mange af\b.*?\b(?:er|var|blev)\s+([^\W\d_]{2,}(?:er|erne|rne))\s*\??\s*$", re.I)  # a noun
# "hvor store vækstlån kan man få", "how big a loan": the size of a loan or grant is an amount of money.
_SIZED_AMOUNT = re.compile(r"\bhvor\s+(?:stor|store|stort)\s+(?:(?:er|var|bliver|kan)\s+)?(?:et\s+|en\s+|det\s+|den\s+)?"
                           r"[^\W\d_]*(?:lån|tilskud|støtte|bevilling|beløb|garanti|bonus)"
                           # "hvor stort skal projektet minimum være": a project's size is its budget
                           r"|\bhvor\s+(?:stor|store|stort)\s+(?:skal|må|kan)\s+(?:et\s+|en\s+)?[^\W\d_]*(?:projekt|budget|investering)\w*"
                           r"|\bhow\s+(?:big|large)\s+(?:a\s+|an\s+)?(?:loan|grant|subsidy|guarantee|bonus)"
                           r"|\bhow\s+(?:big|large)\s+(?:does|must|should)\s+(?:a\s+|an\s+|the\s+|our\s+)?(?:project|budget|investment)",
                           re.I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# A year that names a document ("i 2010 evalueringen", "rapporten fra 2010", "the 2012 action plan") says which
# document to read, not the year of the fact: the answer need not contain it. "planen for 2013" is about 2013.
DOCUMENT_NOUN = (r"\w*(?:evaluering|rapport|status|plan|strategi|dokument|tilbageblik|beretning|redegørelse|notat|"
                 r"report|review|evaluation|strategy|document)(?:en|et|erne|er|ne|s)?")
_DOCUMENT_YEAR = re.compile(rf"\b((?:19|20)\d{{2}})(?:-|\s+)(?:([^\W\d_]+)\s+)?{DOCUMENT_NOUN}\b|"
                            rf"\b{DOCUMENT_NOUN}\s+(?:fra|from|of)\s+((?:19|20)\d{{2}})\b", re.I)


# The asker's own company's founding year ("vores firma er startet i 2021", "har haft CVR siden 2017") is a fact
# about the asker for the rules to judge ("mindst 3 års drift"), not a year the documents must name.
FOUNDED = r"(?:startet|startede|stiftet|stiftede|grundlagt|grundlagde|etableret|etablerede|founded|started|established|set up)"
_OWN_FOUNDING_YEAR = re.compile(
    rf"\b(?:vi|vores|jeg|min|mit|firmaet|we|our)\b[^.?!,]{{0,60}}?\b{FOUNDED}\s+(?:[\w-]+\s+){{0,3}}?(?:i|in)\s+"
    r"((?:19|20)\d{2})\b|"
    # "vi er 12 ansatte i en smedevirksomhed i Lindholt, startet i 2023": the description's participle after a comma.
    rf"\b(?:vi|vores|jeg|min|mit|we|our)\b[^.?!]{{0,80}}?,\s*(?:og\s+|and\s+)?{FOUNDED}\s+(?:i|in)\s+((?:19|20)\d{{2}})\b|"
    r"\b(?:cvr(?:-nummer)?|drevet|haft|eksisteret|været)\b[^.?!]{0,30}?\bsiden\s+((?:19|20)\d{2})\b|"
    r"\b(?:business|operating|existed|trading)\s+since\s+((?:19|20)\d{2})\b|"
    # "spilfirma fra 2021 med 12 ansatte": the company, from a year.
    r"\b[^\W\d_]*(?:firma|virksomhed|studie|bureau|værksted|forretning|butik|company|studio|business)\s+fra\s+"
    r"((?:19|20)\d{2})\b", re.I)


# "vi fik energitjek i foråret 2024, kan vi få et nyt nu", "we received a grant in 2023": what the asker had, not a
# year the asked rule is of.
_ASKERS_PAST_YEAR = re.compile(
    r"\b(?:vi|jeg|we|i)\s+(?:[^\W\d_]+\s+){0,6}?(?:fik|modtog|deltog|søgte|brugte|stod|udstillede|betalte|lejede|har\s+fået|har\s+modtaget|"
    r"har\s+deltaget|har\s+betalt|got|received|had|took\s+part|applied|used|have\s+had|exhibited|paid|rented)\b"
    # "i foråret 2024", "i juni 2025", "in early 2023": up to two words (or a day) before the year.
    r"(?:[^.?!,]|(?<=\d)[.,](?=\d)){0,40}?\b(?:i|in)\s+(?P<when>(?:(?:\d{1,2}\.\s*)?[^\W\d_]+\s+){0,2}?)"
    r"(?P<year>(?:19|20)\d{2})\b", re.I)


# "i 2023 kunne man max få 250.000 kr., er det stadig det beløb der gælder": a past year the asker compares with, the
# question being what holds now.
_STILL = re.compile(r"\b(?:stadig(?:væk)?|fortsat|still|anymore|længere)\b", re.I)
_PAST_YEAR_SAID = re.compile(
    r"\b(?:i|in)\s+((?:19|20)\d{2})\b(?=[^.?!,]{0,20}?\b(?:kunne|var|fik|blev|gav|gjaldt|could|was|were|got|gave)\b)|"
    r"\b(?:kunne|var|fik|blev|gav|gjaldt|could|was|were|got|gave)\b[^.?!,]{0,40}?\b(?:i|in)\s+((?:19|20)\d{2})\b", re.I)


# An asker's company of another country: "vi er et tysk firma", "we are a german company", "vi er fra sverige".
_NATIONALITY = (r"tysk|svensk|norsk|polsk|hollandsk|nederlandsk|belgisk|fransk|engelsk|britisk|amerikansk|kinesisk|finsk|"
                r"spansk|italiensk|islandsk|estisk|litauisk|lettisk|ukrainsk|udenlandsk")
_FOREIGN_COMPANY = re.compile(
    rf"\b(?:{_NATIONALITY})e?\s+(?:virksomhed|firma|selskab|produktionsvirksomhed)\w*|"
    r"\b(?:german|swedish|norwegian|polish|dutch|belgian|french|english|british|american|chinese|finnish|spanish|"
    r"italian|icelandic|estonian|lithuanian|latvian|ukrainian|foreign|non-danish)\s+(?:company|companies|firm|business)\b|"
    rf"\b(?:vi|we)\s+(?:er|are)\s+(?:fra|from|based\s+in)\s+(?!danmark\b|denmark\b)(?:{'|'.join(DANISH_COUNTRIES)}|germany|sweden|"
    r"norway|poland|the\s+netherlands|france|the\s+uk|spain|italy)\b", re.I)
_FOREIGN_WORDS = ["udenlandske", "foreign"]


# "hvor lang tid tager en kompetenceafklaring": how the question asks for a duration, which the answer gives in
# figures ("2-3 timer"), not in its words; a heading "Hvor lang tid går der, før pengene kommer?" is another question's.
_ASKS_DURATION = re.compile(r"\bhvor\s+lang\s+tid(?:\s+(?:tager|varer|går))?\b|\bhow\s+long\b", re.I)


def dates_asked(text: str) -> list[CalendarDate]:
    """The dates a question names (asked_dates), not when the asker had something: "vi fik en videnkupon i juni
    2025, hvornår kan vi søge igen" asks of no June 2025."""
    return asked_dates(_ASKERS_PAST_YEAR.sub(" ", text))


def tells_a_past_event(text: str) -> bool:
    """The asker says when they had something: "vi fik en videnkupon i juni 2025"."""
    return _ASKERS_PAST_YEAR.search(text) is not None


def _askers_past_time(text: str) -> set[str]:
    """The terms of when the asker had something ("juni", "2025" of "vi fik en videnkupon i juni 2025"): no words the
    answer must have."""
    return set(tokenize(" ".join(f"{m.group('when')} {m.group('year')}" for m in _ASKERS_PAST_YEAR.finditer(text))))


def own_founding_year(text: str) -> int | None:
    """The year the asker's company was founded ("vores firma er startet i 2021", "CVR siden 2017"), if given."""
    match = _OWN_FOUNDING_YEAR.search(text)
    return int(next(g for g in match.groups() if g)) if match else None


def document_year(text: str) -> tuple[str | None, list[str]]:
    """The year naming a document, if any, and the other years `text` names (the fact's): not the asker's own
    company's founding year, nor the year the asker had something ("vi fik tilskud i 2024")."""
    named, spans = None, []
    for match in _OWN_FOUNDING_YEAR.finditer(text):
        group = next(i for i in range(1, match.re.groups + 1) if match.group(i))
        spans.append(match.span(group))
    spans += [match.span("year") for match in _ASKERS_PAST_YEAR.finditer(text)]
    if _STILL.search(text):
        spans += [match.span(1) if match.group(1) else match.span(2) for match in _PAST_YEAR_SAID.finditer(text)]
    for match in _DOCUMENT_YEAR.finditer(text):
        if match.group(2) and match.group(2).lower() in STOPWORDS:  # "i 2010 ifølge planen": 2010 is the fact's
            continue
        group = 1 if match.group(1) else 3
        named = named or match.group(group)
        spans.append(match.span(group))
    years = [m.group() for m in _YEAR.finditer(text) if m.span() not in spans]
    return named, years
# "vi", "os", "regionen": staff asking about the organisation itself ("hvor mange forløb havde vi i 2009").
_WE = re.compile(r"\b(vi|os|vores|regionen|regionens|we|us|our|the region)\b", re.I)
# ... unless the asker describes a company of their own ("vi er 40 ansatte", "vores virksomhed").
_OWN_COMPANY = re.compile(
    r"\b(vi er (?:en|et|ca\.?|\d)|vi har \S+ (?:ansatte|medarbejdere)|vores (?:virksomhed|firma)|virksomhed|firma|"
    r"ansatte|medarbejdere|startet op|nystartet|company|business|employees|student|expat)\b",
    re.I,
)
# "Hvilket analysefirma", "which audit firm": a firm's name is the answer, as a person's is.
_WHO = re.compile(r"\b(hvem|hvilke (aktører|organisationer|operatører|parter)|who|which organi[sz]ations?"
                  r"|hvilke[nt]? \w*(?:firma|bureau|revisor\w*|konsulent\w*)|which (?:\w+ )?(?:firm|company|consultancy|agency|auditors?))\b",
                  re.I)
# "hvem kan søge?", "who is eligible?": a kind of company ("Produktionsvirksomheder med 10-99 ansatte"), no one's name.
_WHO_MAY_JOIN = re.compile(r"\b(?:hvem|who)\s+(?:kan|må|can|may|could)\s+(?:\w+\s+)?(?:søge|ansøge|deltage|være med|"
                           r"komme med|bruge|benytte|apply|join|take part|participate|use|benefit)\b|"
                           r"\b(?:hvem|who)\s+(?:er|is|are)\s+(?:\w+\s+){0,3}?(?:målgruppe\w*|eligible|the target group)\b|"
                           r"\b(?:hvem|who)\s+(?:er|is)\s+(?:det|den|it|this|that)\s+for\b", re.I)
_FOLLOW_UP_START = re.compile(
    r"^(og|men|hvad med|hvad så med|også|end|and|but|what about|how about|same for|og hvad)\b", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_HOW_MANY = re.compile(r"\bhvor mange\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?", re.IGNORECASE)
_NUMBER_OF = re.compile(rf"\b{_ASKS_NUMBER_OF}\s+(?:af\s+)?([^\W\d_]+)(?:\s+([^\W\d_]+))?", re.IGNORECASE)
# "hvor mange nye fuldtidsjob": an adjective before the noun says which, the noun what is counted ("64 nye
# fuldtidsjob"); the commonest such adjectives.
_COUNT_ADJECTIVES = frozenset({
    "nye", "flere", "andre", "danske", "udenlandske", "små", "store", "unge", "ældre", "ledige", "aktive", "deltagende",
    "nuværende", "faste", "frivillige", "eksisterende", "registrerede", "private", "offentlige", "lokale",
    "internationale", "gratis"})
# "hvor mange sidder der i komitéen": a verb after "hvor mange" is no counted noun. Those only people do count people
# ("en lånekomité med 5 medlemmer", "320 deltagere"); the others count whoever did it, people or companies.
_PEOPLE_VERBS = frozenset({"sidder", "sad", "arbejder", "arbejdede", "bor", "boede", "deltog", "deltager", "kom", "kommer",
                           "mødte"})
_ROOM_VERBS = frozenset({"kan", "må"})  # "hvor mange kan deltage", unless a subject follows: "kan man få"
_SUBJECTS = frozenset({"man", "vi", "jeg", "du", "i", "de", "en", "der"})
_COUNT_VERBS = _PEOPLE_VERBS | {
    "søgte", "søger", "ansøgte", "svarede", "svarer", "fik", "får", "tog", "blev", "bliver", "brugte", "bruger",
    "benyttede", "benytter", "valgte", "vælger", "gik", "startede", "starter", "nåede"}
# ... and any adjective of these endings before a noun: "plantebaserede virksomheder", "udenlandske gæster".
_ADJECTIVE_ENDING = re.compile(r"\w{3,}(?:ede|ske|ige|ende)$", re.I)
_HOW_MANY_DID = re.compile(rf"\bhvor\s+mange\s+(?:{'|'.join(sorted(_COUNT_VERBS))})\b", re.I)
_IN_PERCENT = re.compile(r"\b(?:i|in|som|as an?)\s+(?:procent|pct|percent|percentage)\b|\bprocentvis\b", re.IGNORECASE)
_ANY_COUNT = {"gange", "gang", "stk", "styk", "times"}  # "hvor mange gange" counts whatever the answer counts
# A second word is no compound head when it is a verb or function word: the commonest are ("has" 6.4, "does"
# 5.7; "points" 5.2, "fairs" 3.4 are nouns), the rest ends in -s too rarely to matter but for these.
FUNCTION_WORD_ZIPF = 5.5
_NO_HEADS = STOPWORDS | {"across", "towards", "besides", "whereas", "unless", "plus", "less", "thus", "perhaps"}
# "how many new export markets": an adjective before the noun says which, the noun what is counted ("how many new
# year-round jobs": jobs).
_HOW_MANY_EN = re.compile(r"\bhow many\s+(?:of\s+(?:the\s+)?)?(?:(?:new|other|more|small|large|active|foreign|local|"
                          r"additional|different|young)\s+)?([^\W\d_]+(?:-[^\W\d_]+)*)(?:\s+([^\W\d_]+))?", re.IGNORECASE)
# "hvor mange kilometer", "how many kg": a measure, which its units decide (not a counted noun).
_LENGTH_WORDS = r"kilomet\w*|km|meter\w*|metres?|miles?"
_WEIGHT_WORDS = r"kilo\w*|kg|tons?|gram\w*"
_AREA_WORDS = r"kvm|kvadratmeter|m2|m²|square met\w*|hektar|hectares?|ha"
_TIME_WORDS = r"timer|hours|dage|days|uger|weeks|måneder|months|minutter|minutes"
_HOW_MANY_UNITS = re.compile(rf"\b(?:hvor mange|how many)\s+(?:{_LENGTH_WORDS}|{_WEIGHT_WORDS}|{_AREA_WORDS}|{_TIME_WORDS})(?!\w)",
                             re.IGNORECASE)


@dataclass
class Question:
    text: str  # as asked
    search_text: str  # what retrieval searches: the question, completed from the conversation if needed
    language: Literal["da", "en"]  # detected from the words (and a follow-up's earlier question): sets the bars
    reply_language: Literal["da", "en"]  # what the answer is framed in: the user's choice, else `language`
    answer_type: AnswerType
    counted: str | None  # stemmed noun a Danish "hvor mange X" counts ("møder"); the figure must count it
    terms: list[str]  # stemmed content terms of the question itself (normalised, compound parts added)
    follow_up: bool
    last_question: str = ""  # the conversation's previous question, follow-up or not
    last_answer: str = ""  # the reply to it (a programme follow-up finds "det" there)
    earlier_questions: list[str] = field(default_factory=list)  # the conversation's questions, newest first
    normalised: str = ""  # the question as searched: letters folded, typos and abbreviations fixed
    rewrites: list[tuple[str, str]] = field(default_factory=list)  # (as typed, as searched)
    said_otherwise: list[str] = field(default_factory=list)  # words the documents write as a synonym ("aflyser")
    written_out: dict[str, str] = field(default_factory=dict)  # short forms and the long forms the documents give them
    years: list[str] = field(default_factory=list)  # years the question names: the evidence must have them
    document_year: str | None = None  # a year naming the document to read: "i 2010 evalueringen"
    event: Event | None = None  # for a date question: which date is asked for
    organisation: str = ""  # the organisation the documents are mainly about (a table's default row)
    about_organisation: bool = False  # "vi", "os", "regionen" in a staff question stand for it
    about_others: bool = False  # "de andre regioner", "the other regions": not the organisation's own row
    expansions: list[str] = field(default_factory=list)  # compound parts the corpus writes apart
    units: tuple[str, ...] = ()  # a measure question's units: "hvor lang" wants "640 meter", not "kl. 12"
    counted_as_asked: str = ""  # an English "how many X"'s X ("meetings"), matched to Danish by app/counted.py
    asks_what_happened: bool = False  # "hvor mange penge har X afsat": no figure under a condition answers it
    post: str | None = None  # a who-question's post, as a pattern of the words naming it (asked_post)
    doubted: tuple[str, ...] = ()  # whom the asker doubts is still in post, in any part: "er det stadig hanne"

    @property
    def leading_year(self) -> str | None:
        """The year whose document leads when documents disagree: the one the question names a document by ("i
        2010 evalueringen"), or the one year it asks the fact of ("maks tilskud i 2024")."""
        return self.document_year or (self.years[0] if len(self.years) == 1 else None)


# A Danish company's form is no English "a" or "i": "Møllers Maskinfabrik A/S", "Bølgeby Røgeri I/S".
_COMPANY_FORM = re.compile(r"\b[AIKP]/S\b")


def detect_language(text: str) -> Literal["da", "en"]:
    """By function words of one language only ("for", "i" are both); then by words far commoner in one language
    ("pris for startspor?": Danish); æ, ø, å only break a tie (English questions name Danish bodies too)."""
    words = [w.lower() for w in _WORD.findall(_COMPANY_FORM.sub(" ", text))]
    leaning = _leaning(words)
    if leaning is not None:
        return leaning
    return "en" if any(w in ENGLISH_HINTS for w in words) and not any(ch in text.lower() for ch in "æøå") else "da"


def document_language(texts: list[str]) -> Literal["da", "en"]:
    """A document's language, line by line: a Danish events list naming "Startup Evening in English" in many rows
    is Danish by its other rows; lines leaning to neither language do not vote."""
    votes = Counter(leaning for text in texts for line in text.splitlines()
                    if (leaning := _leaning([w.lower() for w in _WORD.findall(_COMPANY_FORM.sub(" ", line))])))
    if votes["da"] != votes["en"]:
        return "en" if votes["en"] > votes["da"] else "da"
    return detect_language(" ".join(texts))


def _leaning(words: list[str]) -> Literal["da", "en"] | None:
    danish = sum(w in DANISH_HINTS and w not in ENGLISH_HINTS for w in words)
    english = sum(w in ENGLISH_HINTS and w not in DANISH_HINTS for w in words)
    if english == danish:
        danish, english = (sum(_leans_to(w, "da", "en") for w in words), sum(_leans_to(w, "en", "da") for w in words))
    if english != danish:
        return "en" if english > danish else "da"
    return None


def _leans_to(word: str, language: str, other: str) -> bool:
    """A common word of `language` that `other` hardly uses ("pris", "møder"; "meetings")."""
    return zipf_frequency(word, language) >= 3.0 and zipf_frequency(word, language) - zipf_frequency(word, other) >= 2.0


# A measure question names its dimension; the answer must carry one of its units.
_MEASURES: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    # "hvor lang tid", "how long does it take": a duration, not a length.
    # "hvor lang ventetid", "hvor lang er sagsbehandlingstiden", "how long is the wait": a time too.
    (re.compile(r"\b(hvor (lang|lange) tid|hvor længe|how long (does|do|did|will|would|has|have|must|should|can)|"
                # "hvor lang må projektperioden være", "hvor langt er forløbet": a period's length is a time too
                r"hvor (lang|lange|langt)\s+((er|må|kan|skal|var|bliver)\s+)?(den\s+|det\s+)?\w*(tid|periode|forløb|varighed)"
                r"(en|et|n)?|how long (is|are) (the )?(wait|waiting)|"
                # "mentorprogram varighed?", "hvad er varigheden af kurset", "duration of the course": asked by its noun
                r"varighed(en)?|durations?|"
                # "how long was swimming banned", "how long is the bridge closed": how long a state lasted
                r"how long (?:is|are|was|were) (?:[^\W\d_]+\s+){1,4}(?:[^\W\d_]+ed|open|shut|down)|"
                # "hvor mange timers sparring", "how many hours of coaching"
                rf"how much time|(?:hvor mange|how many)\s+(?:{_TIME_WORDS}))\b", re.I),
     # with the genitive: "20 timers individuel sparring", "3 måneders forløb"
     ("dage", "dag", "dages", "hverdage", "arbejdsdage", "bankdage", "uger", "uge", "ugers", "måneder", "måned",
      "måneders", "år", "års", "timer", "time", "timers", "minutter", "minutters", "days", "day", "weeks", "week",
      "months", "month", "years", "year", "hours", "hour", "minutes", "working days", "business days")),
    # "belægningsgraden ... hvor høj var den", "hvor høj er renten": a rate's level is a share, not a height.
    (re.compile(r"\b(?:\w+grad(?:en)?|rente(?:n)?)\b.*\bhvor (?:høj|højt|lav|lavt)\b|"
                r"\bhvor (?:høj|højt|lav|lavt)\b.*\b(?:\w+grad(?:en)?|rente(?:n)?)\b", re.I),
     ("%", "pct", "procent", "percent", "procentpoint", "procentpoints")),
    (re.compile(r"\b(hvor (lang|lange|langt|bred|bredt|dyb|dybt|høj|højt)|how (long|far|wide|deep|tall)|"
                rf"(hvor mange|how many)\s+({_LENGTH_WORDS}))\b", re.I),
     ("m", "meter", "meters", "metre", "metres", "km", "kilometer", "kilometers", "kilometres", "cm", "mil", "miles",
      "mile")),
    (re.compile(rf"\b(hvor (tung|tungt)|how heavy|(hvor mange|how many)\s+({_WEIGHT_WORDS}))\b", re.I),
     ("kg", "kilo", "ton", "tons", "gram", "g")),
    # "hvor mange kvm": an area, written "125 m²" as often as "125 kvm"
    (re.compile(rf"\b(hvor (stort|store) (et )?areal|(hvor mange|how many)\s+({_AREA_WORDS}))(?!\w)", re.I),
     ("m²", "m2", "kvm", "kvadratmeter", "hektar", "hectare", "hectares", "ha", "square metres")),
    # A share ("andelen", "hvor stor en del af udgifterne"), not a cooperative ("Andelskassen", "andelsboliger").
    # "satisfaction rate", "response rate": a share too; an hourly rate or a rate card is a price.
    # "how much of the bill do you pay", "hvor meget af udgiften dækker I": a share of a whole.
    # "hvad er renten på lånet": an interest rate is a share too, as is "overlevelsesraten" (not a "rate", an instalment).
    (re.compile(r"\b(\w*procent\w*|andel(?!s)\w*|rente(?:sats(?:en)?|n)?|\w{4,}rate(?:n)?|hvor stor (?:en )?del|percentage|share|"
                r"how much of (?:the|your|our|my|its|their)"
                r"|hvor meget af (?:den|det|de|udgift\w*|regning\w*|omkostning\w*|prisen|beløbet))\b|"
                # Not a Danish instalment: "første rate", "2. rate", "sidste rate".
                r"(?<!hourly )(?<!daily )(?<!exchange )(?<!første )(?<!anden )(?<!sidste )(?<!næste )(?<!\d\. )"
                r"\brates?\b(?!\s+card)", re.I),
     ("%", "pct", "procent", "percent", "procentpoint", "procentpoints", "percentage points", "percentage point")),
    # "how big a discount do siblings get": a share or an amount ("25 % søskenderabat"), not "under 25 år".
    (re.compile(r"\b(rabat\w*|\w+rabat\w*|discounts?|reductions?)\b", re.I),
     ("%", "pct", "procent", "percent", "kr", "kr.", "dkk")),
    # "hvor gammel skal man være": an age ("fyldt 15 år"), not any figure.
    # ... or a thing's, in months: "screeningen må højst være 18 måneder gammel".
    (re.compile(r"\b(hvor (gammel|gamle|gammelt)|how old)\b", re.I),
     ("år", "års", "years", "year", "måneder", "måned", "months", "month")),
]


def english_counted(text: str) -> str:
    """X of an English "how many X": "meetings", "trade fairs" (a second word ending in -s is the head of a
    compound, unless it is a common function word: "how many meetings has", "... this year"), or ""."""
    match = _HOW_MANY_EN.search(text)
    if not match or match.group(1).lower() in STOPWORDS:
        return ""
    first, second = match.group(1), match.group(2) or ""
    lower = second.lower()
    head = (lower.endswith("s") and lower not in _NO_HEADS
            and (zipf_frequency(lower, "en") < FUNCTION_WORD_ZIPF or lower in _TIME_HEADS))
    return f"{first} {second}" if head else first


# "how many shooting days", "how many overnight nights": common words, and heads of what is counted.
_TIME_HEADS = frozenset({"days", "nights", "hours", "weeks", "months", "years", "minutes"})


# "hvor mange timer": of the durations that answer, those in hours first ("15 konsulenttimer", not "18 måneder").
_TIME_UNIT_FAMILIES = (
    ("timer", "time", "timers", "hours", "hour"),
    ("dage", "dag", "dages", "hverdage", "arbejdsdage", "bankdage", "days", "day", "working days", "business days"),
    ("uger", "uge", "ugers", "weeks", "week"),
    ("måneder", "måned", "måneders", "months", "month"),
    ("minutter", "minutters", "minutes"),
)
_HOW_MANY_TIME = re.compile(rf"\b(?:hvor mange|how many)\s+({_TIME_WORDS})\b", re.I)


def asked_time_unit(text: str) -> tuple[str, ...]:
    """The units of the duration a question names ("hvor mange timer" -> timer, time, hours, ...), or ()."""
    match = _HOW_MANY_TIME.search(text)
    return next((family for family in _TIME_UNIT_FAMILIES if match and match.group(1).lower() in family), ())


def measure_units(text: str) -> tuple[str, ...]:
    """The units a measure question's answer must have ("hvor lang" -> meter, km, ...), or ()."""
    for pattern, units in _MEASURES:
        if pattern.search(text):
            return units
    return ()


# "Hvornår har biblioteket åbent?" asks for opening hours, not a date.
_OPENING_HOURS = re.compile(r"\b(hvornår|when|what time|hvad tid)\b[^.?!]*\b(åben|åbent|lukket|åbner|lukker|open|opens|close|closed|closes)\b|"
                            r"\b(åbningstid\w*|opening hours)\b|"
                            # "har I åbent mellem jul og nytår", "holder kontoret lukket i påsken", "are you open at Easter",
                            # "holder I sommerlukket"
                            r"\b(?:har|holder)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:åbent|[^\W\d_]*lukket)\b|"
                            r"\b(?:are|is)\s+(?:you|[^\W\d_]+)\s+(?:open|closed)\b|"
                            # "hvornår kan man komme ind på biblioteket om søndagen": when one can get in on a day
                            rf"\b(hvornår|when)\b[^.?!]*\b(kan|can)\b[^.?!]*\b(om|på|on)\s+({WEEKDAYS})", re.IGNORECASE)
# ... but "Hvornår blev kontoret lukket?" and "when did the office close" ask when it happened, and "hvornår
# åbner den nye bro" when something new opens, once: a date.
_HAPPENED = re.compile(r"\b(blev|blevet|was|were|did|has been)\b", re.IGNORECASE)
_NEW_THING = re.compile(r"\b(den|det|de|the)\s+(nye|new)\b", re.IGNORECASE)
# Whose opening hours: "what time does the town hall open", "hvornår har biblioteket åbent", "hvornår åbner
# borgerservice".
_HOURS_OF = (
    re.compile(r"\b(?:does|do|is|are)\s+(?:the\s+)?([^\W\d_]+(?:\s+[^\W\d_]+)?)\s+(?:open|opens|close|closes|closed)\b", re.I),
    re.compile(r"\b(?:har|holder)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)(?:\s+(?:i|på|ved)\s+[^\W\d_]+)?\s+(?:åbent|[^\W\d_]*lukket)\b",
               re.I),
    # "opening hours of mejeriets cafe in hvidbjerg", "åbningstiderne for genbrugsstationen"
    re.compile(r"\b(?:opening (?:hours|times)|åbningstid(?:er|erne|en)?)\s+(?:of|for|at|på|i)\s+(?:the\s+)?"
               r"([^\W\d_]+(?:\s+(?!in\b|on\b|at\b|i\b|på\b|ved\b|om\b)[^\W\d_]+)?)", re.I),
    re.compile(r"\b(?:åbner|lukker)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)(?=\s+(?:om|på|i|kl)\b|\s*[?.!]?\s*$)", re.I),
)


# "hvornår åbner puljen for ansøgninger", "when does registration open": a call opens on a date, once.
_OPENS_FOR_APPLICATIONS = re.compile(r"\b(?:for|to)\s+(?:ansøgning\w*|tilmelding\w*|applications?|registrations?)\b|"
                                     r"\b(?:applications?|registration)\s+opens?\b", re.IGNORECASE)


def _happens_once(text: str) -> bool:
    return bool(_HAPPENED.search(text) or _NEW_THING.search(text) or _OPENS_FOR_APPLICATIONS.search(text))


def asks_opening_hours(text: str) -> bool:
    """"Hvornår har biblioteket åbent om lørdagen?", "what time does the town hall open": hours, not a date."""
    return bool(_OPENING_HOURS.search(text)) and not _happens_once(text)


def opening_hours_of(text: str) -> str | None:
    """The place whose opening hours are asked for ("the town hall" -> "town hall"), or None."""
    if _happens_once(text):
        return None
    place = next((m.group(1) for pattern in _HOURS_OF for m in [pattern.search(text)] if m), None)
    # "jeres kontor": the asker's "your" is the documents' own organisation, which they need not say.
    return (_POSSESSIVE.sub("", place) or None) if place else None


_POSSESSIVE = re.compile(r"^(?:jeres|vores|deres|your|our|their)\s+", re.IGNORECASE)


# "hvem er formand for Saltø Beboerforening", "who is the director of the harbour museum": a post is a body's own,
# as opening hours are a place's.
POST_DA = r"(?:\w*(?:formand|forkvinde|direktør|leder|chef|mester)(?:en)?|kasserer(?:en)?|sekretær(?:en)?|rektor(?:en)?" \
    r"|revisor(?:en)?|bogholder(?:en)?|redaktør(?:en)?|kontaktperson(?:en)?|koordinator(?:en)?|ansvarlig)"
# "hvem var klyngens første formand": one holder of the post, whom a sentence naming today's does not name.
_POST_QUALIFIER = r"(?:(?P<qualifier>første|tidligere|forrige|stiftende|oprindelige)\s+)?"
POST_EN = r"(?:chair(?:man|woman|person)?|director|head|manager|ceo|mayor|leader|president|secretary|treasurer" \
    r"|coordinator|principal|contact(?:\s+person)?|boss|in\s+charge)"
_BODY = r"[^\W\d_]+(?:[\s-]+(?!(?:nu|i|in|på|on|at|om|for|hos|now|today)\b)[^\W\d_]+){0,3}"
_POST_OF = (
    re.compile(rf"\bhvem\s+(?:er|var)\s+(?:den\s+)?(?:nuværende\s+|nye\s+)?{_POST_QUALIFIER}(?P<post>{POST_DA})\s+"
               rf"(?:for|i|af|på|hos|ved)\s+(?:den\s+|det\s+)?(?P<body>{_BODY})", re.I),
    # "hvem var klyngens første formand": the body in the genitive is the document's own, as "kommunen" is.
    re.compile(rf"\bhvem\s+(?:er|var)\s+[^\W\d_]+s\s+{_POST_QUALIFIER}(?P<post>{POST_DA})\b", re.I),
    re.compile(rf"\bwho(?:\s+is|'s|\s+are)\s+(?:the\s+)?(?:current\s+|new\s+)?(?P<post>{POST_EN})\s+(?:of|for|at)\s+"
               rf"(?:the\s+)?(?P<body>{_BODY})", re.I),
)
# Anyone listed may be the contact or the one responsible: no post a quote must name.
# "who handles the automation loan", "hvem tager sig af lånet": whoever is in charge of it, reachable. ("Hvem står for
# sekretariatet" may be a body: "Væksthus Midtjylland".)
ANY_HOLDER = re.compile(r"kontaktperson(?:en)?|ansvarlig|contact(?:\s+person)?|in\s+charge|responsible|"
                        r"\bhandles\b|\bhåndterer\b|\btager\s+sig\s+af\b|\bdeals\s+with\b", re.I)

# The post a who-question names, and the words documents write it with: a Danish post in any compound
# ("Centerleder", "bestyrelsesformand"), an English one also in Danish, for a Danish document ("project manager"
# -> "Projektleder Søren Bak"), or a post said by what its holder does ("hvem skrev referatet"). The most specific
# first.
_DA_POST = re.compile(r"\b(\w*(?:formand|forkvinde|direktør|leder|chef|mester|kasserer|sekretær|rektor|referent"
                      r"|koordinator|dirigent|ordstyrer))(?:en|ens|e|ne)?\b", re.I)
_POST_PHRASES = (  # (how a question says it, the Danish words for it, the English words for it)
    (re.compile(r"\bproject\s+(?:manager|leader|lead)\b", re.I), "projektleder", r"project\s+(?:manager|leader|lead)"),
    (re.compile(r"\b(?:took|take|takes|taking|wrote|write|writes|keeps?|kept)\s+(?:the\s+)?minutes\b|\bminute[\s-]?taker\b"
                r"|\b(?:skrev|skriver|tog|tager)\s+referat", re.I), "referent", r"minute[\s-]?taker|minutes"),
    # Who made a report: "Udarbejdet for Vækstforum af Analysehuset Nordvest", "revideret af Brink & Hald".
    (re.compile(r"\b(?:carried out|conducted|prepared|performed|wrote|written|produced|authored|made|did)\b.*"
                r"\b(?:evaluation|analysis|report|study|survey|review)|\b(?:udarbejde\w*|gennemført\w*|foretog|foretaget"
                r"|lavede|lavet|skrev|skrevet)\b.*\b(?:evaluering|rapport|analyse|undersøgelse)", re.I),
     "udarbejdet|gennemført|foretaget", "carried out|conducted|prepared|written|produced"),
    (re.compile(r"\baudit(?:ed|ing|s)?\b|\brevider(?:et|ede)\b", re.I), "revideret|revisor|revision", "audit"),
    # The deputy before the chair: "who's the vice chair" asks for the "Næstformand".
    (re.compile(r"\b(?:vice|deputy)[\s-]+(?:chair(?:man|woman|person)?|president)\b", re.I), "næstformand",
     r"(?:vice|deputy)[\s-]+(?:chair|president)"),
    (re.compile(r"\bchair(?:man|woman|person|ed|s)?\b|\bpresident\b", re.I), "formand|forkvinde|mødeleder|dirigent",
     "chair|president"),
    (re.compile(r"\b(?:managing\s+)?director\b|\bceo\b", re.I), "direktør", "director|ceo"),
    (re.compile(r"\bmayor\b", re.I), "borgmester", "mayor"),
    (re.compile(r"\btreasurer\b", re.I), "kasserer", "treasurer"),
    (re.compile(r"\bsecretary\b", re.I), "sekretær", "secretary"),
    # "who coordinates the mentor scheme": its coordinator ("Mentorkoordinator Hanne Skjødt Villadsen")
    (re.compile(r"\bcoordinat(?:or|es|ed|ing)\b|\bkoordinerer\b", re.I), "koordinator", "coordinat(?:or|es|ing)"),
    (re.compile(r"\bprincipal\b", re.I), "skoleleder|rektor", "principal"),
    (re.compile(r"\b(?:manager|head|leader|boss)\b", re.I), "leder|chef|direktør", "manager|head|leader"),
)


# The deputy holds another post: "Ole Thygesen (næstformand)" did not chair the meeting, nor is a "vice chair" the chair.
_NOT_DEPUTY = r"(?<!næst)(?<!vice)(?<!vice-)(?<!vice )(?<!deputy )"


def asked_post(text: str) -> str | None:
    """For a who-question naming a post, a pattern of the words a sentence naming its holder writes it with
    ("hvem var referent" -> "referent"); None when anyone listed may answer ("kontaktperson")."""
    if ANY_HOLDER.search(text):
        return None
    danish = _DA_POST.search(text)
    if danish:
        # An English document writes it in English: "Museum director: Anne-Marie Thygesen" for "direktør".
        post = danish.group(1).lower()
        english = next((en for _, da, en in _POST_PHRASES if any(post.endswith(word) for word in da.split("|"))), None)
        return _NOT_DEPUTY + (f"(?:{re.escape(post)}|{english})" if english else re.escape(post))
    phrase = _post_phrase(text)
    return f"{_NOT_DEPUTY}(?:{phrase[0]}|{phrase[1]})" if phrase else None


def danish_post(text: str) -> str:
    """The Danish words for the post an English who-question names ("project manager" -> "projektleder"), or ""."""
    phrase = None if ANY_HOLDER.search(text) else _post_phrase(text)
    return phrase[0].replace("|", " ") if phrase else ""


def _post_phrase(text: str) -> tuple[str, str] | None:
    """(Danish words, English words) of the post `text` names in a phrase of _POST_PHRASES."""
    return next(((da, en) for pattern, da, en in _POST_PHRASES if pattern.search(text)), None)


# "hvad er telefonnummeret til genbrugsstationen": whose phone number, e-mail or address.
_CONTACT_OF = re.compile(
    r"\b(?:telefonnummer(?:et)?|(?:tlf\.?|telefon)\s*nummer(?:et)?|tlf\.?(?:\s*nr\.?)?|telefon|mobilnummer(?:et)?|(?:e-?)?mail(?:en|adresse(?:n)?)?|mailadresse(?:n)?"
    r"|adresse(?:n)?|(?:tele)?phone(?:\s+number)?|e-?mail(?:\s+address)?|address)\s+(?:til|på|for|hos|of|at)\s+"
    # "mailen til ham der står for mentorordningen", "the e-mail of the person in charge of the mentor scheme": the
    # scheme's contact.
    r"(?:(?:ham|hende|den|personen|manden|kvinden|medarbejderen)\s+(?:der|som)\s+(?:står\s+for|tager\s+sig\s+af|"
    r"er\s+ansvarlig\s+for|har\s+ansvaret\s+for|håndterer|arbejder\s+med)\s+|the\s+(?:person|one|man|woman)\s+"
    r"(?:who\s+is\s+|who's\s+|who\s+|that\s+)?(?:in\s+charge\s+of|responsible\s+for|running|handles|deals\s+with|"
    r"looks\s+after|works\s+(?:on|with))\s+)?"
    rf"(?:the\s+)?({_BODY})", re.I)


# "Hvad er adressen på ...", "what is the street address of ...": a street and number, not a phone number.
# Not an e-mail address typed apart: "mail adressen".
_ASKS_ADDRESS = re.compile(r"(?<!mail )\b(?:gade|post|besøgs)?adresse(?:n)?\b|(?<!mail )\b(?:street |postal |visiting )?address\b",
                           re.I)


def asks_address(text: str) -> bool:
    """A street address; not the address to e-mail ("who do i email about a loan, need the address")."""
    return bool(_ASKS_ADDRESS.search(text)) and not ASKS_MAIL.search(text)


ASKS_MAIL = re.compile(r"\b(?:e-?mail\w*|mail\w*|mailadresse\w*)\b", re.I)


# "hvem skal jeg ringe til om mentorordningen", "who do I call about the mentor scheme": the scheme's contact.
_CONTACT_ABOUT = re.compile(
    r"\b(?:ringe|ring|skrive|skriv|kontakte|henvende\s+(?:mig|os)|call|contact|phone|write\s+to)\s+(?:til\s+)?"
    # "about applying for the klimaklar grant", "om at søge puljen": what the asker does is about the thing after it.
    rf"(?:om|angående|vedrørende|about|regarding)\s+(?:[^\W\d_]+ing\s+(?:for|to|about|on)\s+|at\s+[^\W\d_]+e\s+(?:om\s+)?)?"
    rf"(?:the\s+)?({_BODY})", re.I)


def contact_of(text: str) -> str | None:
    """Whose contact detail a question asks for ("hvad er telefonnummeret til genbrugsstationen" ->
    "genbrugsstationen", "hvem skal jeg ringe til om mentorordningen" -> "mentorordningen"), or None."""
    match = _CONTACT_OF.search(text) or _CONTACT_ABOUT.search(text)
    if not match:
        return None
    # "the e-mail of Fjordkant Vækstcenter's communications officer": the officer's, at the body.
    owned = re.match(rf"['’]s\s+({_BODY})", text[match.end():])
    whose = owned.group(1) if owned else match.group(1)
    return _POSSESSIVE.sub("", whose) or None  # "jeres innovationskonsulent": the documents' own


def role_body_of(text: str) -> str | None:
    """The body whose post a who-question asks about ("hvem er formand for saltø beboerforening" -> "saltø
    beboerforening"), or None."""
    return next((m.groupdict().get("body") for pattern in _POST_OF for m in [pattern.search(text)] if m), None)


def role_post_of(text: str) -> str | None:
    """The post a who-question asks about ("hvem er direktør for erhvervshus nordkyst" -> "direktør", "hvem var
    klyngens første formand" -> "første formand"), or None for one anyone listed may hold ("kontaktperson")."""
    match = next((m for pattern in _POST_OF for m in [pattern.search(text)] if m), None)
    if match is None or ANY_HOLDER.fullmatch(match.group("post")):
        return None
    return f"{match.group('qualifier')} {match.group('post')}" if match.group("qualifier") else match.group("post")


# "Hvor mange penge har Vækstforum afsat?" asks what was, not what would be ("hvis ..., ville det give").
_PAST_OR_PERFECT = re.compile(r"\b(har|havde|var|blev|blevet|fik|kom|gik|steg|faldt|deltog|nåede|opnåede|kostede|udgjorde|"
                              r"did|was|were|has|have|had)\b", re.IGNORECASE)
_HYPOTHETICAL = re.compile(r"\b(hvis|ville|kunne|skulle|if|would|could|should)\b", re.IGNORECASE)


# "det engelske resumé siger næsten 60", "i kalenderen står der 1. marts": what the asker read and doubts.
_SAYS = r"siger|sagde|skriver|skrev|står|staar|stod|mener|mente|påstår|påstod|hævder|hævdede|tror|troede|synes|syntes|says|said|states|writes|wrote|thinks|thought|believes|claims|claimed|læste|læst|hørte|hørt|read|heard|saw|seen"
_CLAIMED_FIGURE = re.compile(rf"\b(?:{_SAYS})\s+(?:der\s+)?(?:det\s+er\s+|it's\s+|it\s+is\s+)?"
                             r"(?:(?:bare|kun|næsten|ca\.?|cirka|omkring|over|under|just|only|nearly|about|around|almost)\s+)*"
                             r"(\d[\d.,]*)", re.I)


_TRAILING_CLAIM = re.compile(rf"(?<=\?)\s+([^?]*\b(?:{_SAYS})\b[^?]*)$", re.I)


_GREETING = re.compile(rf"^\W*(?:{'|'.join(sorted(GREETINGS, key=lambda word: (-len(word), word)))}|god\s+morgen)\b[\s,!.:;-]*", re.I)


def _without_trailing_claim(text: str) -> str:
    """`text` without a statement after its question of what another source says ("? på hjemmesiden står der max 9"),
    unless that asks too."""
    claim = _TRAILING_CLAIM.search(text)
    return text[:claim.start()] if claim and not _QUESTION_WORD.search(claim.group(1)) else text


def claimed_figures(text: str) -> set[str]:
    """The terms of the figures the asker says another source gives: no words the answer must have."""
    return {term for match in _CLAIMED_FIGURE.finditer(text) for term in tokenize(match.group(1))}


def asks_what_happened(text: str) -> bool:
    return bool(_PAST_OR_PERFECT.search(text)) and not _HYPOTHETICAL.search(text)


# "kan man ringe til jer om fredagen", "can I call you on Fridays": when the phone is answered, not the number.
_CALLING_HOURS = re.compile(rf"\b(ringe|ringer|ring|call|phone|telephone)\b[^.?!]*\b(?:(?:om|på|on)\s+)?({WEEKDAYS})|"
                            r"\b(hvornår|when|what time)\b[^.?!]*\b(ringe|ring|call|phone)\b(?!\s*(?:nummer|number))|"
                            r"\b(telefontid\w*|phone hours|telephone hours)\b|"
                            # "hvornår er telefonen åben om fredagen", "when is the phone line open"
                            r"\b(telefon\w*|phone|telephone)\b(?:\s+\w+){0,2}\s+(åben|åbent|åbner|open|opens)\b|"
                            # "hvornår har I åbent på telefonen", "are you open on the phone on fridays"
                            r"\b(åben|åbent|open)\s+(?:på|pr\.?|over|on|by)\s+(?:the\s+)?(telefon\w*|phone|telephone)\b",
                            re.IGNORECASE)


# The verbs a calling-hours question asks with: the documents write "Telefontid" instead.
CALLING_VERBS = frozenset({"ringe", "ringer", "ring", "call", "phone", "telephone"})


# "hvor er generalforsamlingen", "hvor foregår kurset", "where is the workshop held": where something is or happens.
_ASKS_WHERE = re.compile(r"\bhvor\s+(?:er|var|bliver|foregår|foregik|holdes|afholdes|blev|ligger|mødes|finder)\b|"
                         r"\bhvor\s+henne\b|\bhvilket\s+sted\b|\bwhere\s+(?:is|are|was|were|will|does|do)\b|"
                         r"\bat\s+what\s+(?:venue|place|location)\b", re.I)


def asks_where(text: str) -> bool:
    return bool(_ASKS_WHERE.search(text))


def asks_calling_hours(text: str) -> bool:
    return bool(_CALLING_HOURS.search(text))


# "kan jeg sende ansøgningen på mail", "can I apply by email": how something is sent, not an address to send it to.
_BY_MAIL = re.compile(r"\b(?:på|pr\.?|per|via|by|over)\s+(?:e-?)?mail\b", re.I)


# "hvor lang tid i forvejen skal man booke", "how far in advance": how long before, a deadline.
_IN_ADVANCE = re.compile(r"\b(?:hvor\s+(?:lang\s+tid|længe|mange\s+\w*dage)|how\s+(?:far|long|many\s+days))\s+"
                         r"(?:\S+\s+){0,2}?(?:i\s+forvejen|in\s+advance|ahead)\b", re.I)


# "hvor tit mødes netværket", "how often can we get one": how often something happens or may be had ("fire gange om
# året", "hver måned", "inden for de seneste 24 måneder"), neither a count nor a date.
_ASKS_HOW_OFTEN = re.compile(r"\b(?:hvor\s+(?:ofte|tit)|how\s+(?:often|frequently)|(?:hvor\s+mange\s+gange|how\s+many\s+times)\s+"
                        r"(?:om|pr\.?|per|i|a|an|each|every)\s+(?:året|år|måneden|måned|ugen|uge|kvartalet|year|month|week|quarter))\b",
                        re.I)


# "hvad tid på dagen er forløbet", "what time does it start": a clock time ("kl. 17.00-20.30"), as opening hours are.
_TIME_OF_DAY = re.compile(r"\b(?:hvad\s+tid|hvilket\s+tidspunkt|hvornår\s+på\s+dagen|klokken\s+hvad|hvad\s+klokken|"
                         r"what\s+time|at\s+what\s+hour)\b", re.I)


_ASKS_WHY = re.compile(r"\W*(?:(?:og|and|men|but)\s+)?(?:hvorfor|why|how\s+come)\b", re.I)


def answer_type(text: str) -> AnswerType:
    text = _WHATS.sub("what's", asked_clause(text))
    if asks_calling_hours(text):
        return "hours"
    if IDENTIFIER.search(text):
        return "identifier"
    if _CONTACT.search(_BY_MAIL.sub(" ", text)):
        return "contact"
    if asks_opening_hours(text) or _TIME_OF_DAY.search(text):
        return "hours"
    if _ASKS_WHY.match(text):
        return "other"  # "hvorfor er fristen blevet flyttet": a reason, not the deadline's date
    if _WHAT_HAPPENS.search(text):
        return "other"  # "hvad sker der hvis vi melder fra efter fristen": what follows, not the deadline's date
    if _IN_ADVANCE.search(text):
        return "date"  # a deadline counted back from the day: "senest 10 arbejdsdage før den ønskede testdag"
    if _ASKS_HOW_OFTEN.search(text):
        return "frequency"
    if _ASKS_A_CONDITION.search(text):
        return "other"  # "hvornår tæller man som førstegangseksportør": the rule, not a date
    if _HOW_LONG_AWAY.search(text):
        return "date"  # "hvor længe er jonas på orlov": until when ("til og med 31. maj 2026")
    if _QUANTITY.search(text):
        return "quantity"
    who = _WHO.search(text) is not None and not _WHO_MAY_JOIN.search(text)
    if _DATE.search(text) and not (who and _OPENS_WITH_WHO.match(text)):
        return "date"  # not "who handles bookings when the kitchen manager is on holiday": "when" says which time
    if who:
        return "who"
    return "other"


_WHATS = re.compile(r"\bwhats\b", re.I)  # typed without the apostrophe
_OPENS_WITH_WHO = re.compile(r"^\W*(?:og\s+|and\s+)?(?:hvem|who|whom)\b", re.I)
# "hvornår tæller man som førstegangseksportør", "when does a company count as a start-up": the condition.
_ASKS_A_CONDITION = re.compile(
    r"\bhvornår\s+(?:tæller|regnes|anses|betragtes|defineres|kvalificerer)\s+(?:\w+\s+){0,2}?(?:som|for)\b|"
    r"\bwhen\s+(?:does|do|is|are)\s+(?:\w+\s+){0,2}?(?:count|counted|considered|regarded|qualify|classed)\s+(?:as|for)\b", re.I)
_HOW_LONG_AWAY = re.compile(rf"\b{_HOW_LONG_AWAY_PATTERN}\b", re.I)
_WHAT_HAPPENS = re.compile(r"^\W*(?:og\s+|and\s+)?(?:hvad\s+sker\s+der|what(?:'s|\s+is)?\s+happens?)\s+(?:hvis|når|ved|if|when)\b", re.I)


# "ida marie svarer ikke på mails, hvem tager hendes opgaver": a statement, then the question.
_LAST_QUESTION = re.compile(r"[,.;:!–-]\s+((?:og\s+|and\s+|men\s+|but\s+|så\s+)?(?:hvem|hvad|hvor\w*|hvilke[nt]?|hvordan|who|what|"
                            r"when|where|which|how)\b[^,.;:!?]*)\??\s*$", re.I)


# A yes/no question's opening, its verb before its subject: "får vi rabat", "kan caféer søge", "is there a maximum".
_YES_NO_OPENING = (r"(?:får|faar|kan|er|har|skal|må|maa|gælder|findes|bliver|kommer|gav|fik|blev|is|are|can|do|does|will|could|may)\s+"
                   r"(?:vi|man|jeg|i|der|du|de|den|det|we|you|they|there|it|one)\b")
# "We're a German company without a Danish CVR number. Can we apply ...?": a statement, then a yes/no question; or
# after a dash: "mit cvr nr er 2 og et halvt år gammelt – kan jeg stadig komme med?"
_YES_NO_CLAUSE = rf"(?:men\s+|but\s+|så\s+)?{_YES_NO_OPENING}"
_LAST_YES_NO = re.compile(rf"(\S+)(?:[.!]|\s+[–-])\s+({_YES_NO_CLAUSE}[^.!?]*)\??\s*$", re.I)
_YES_NO_THEN_STATEMENT = re.compile(rf"\W*({_YES_NO_CLAUSE}[^?]*)\?\s+([^?]+?)\s*$", re.I)
_UNIT_ABBREVIATIONS = {"kr", "mio", "mia", "pct", "ca", "dkk"}  # "mio. kr. er der afsat": no sentence ends there
# ... or after a comma, when the statement before it asks nothing: "vi har fået cvr nummer for 2 mdr siden, er der rabat".
_YES_NO_AFTER_COMMA = re.compile(rf",\s+({_YES_NO_CLAUSE}[^.!?,]*)\??\s*$", re.I)


def asks_yes_or_no(clause: str) -> bool:
    """"kommer der et ekstra hold", "can we apply": a clause whose verb comes first."""
    return re.match(rf"\W*{_YES_NO_CLAUSE}", clause, re.I) is not None


def asked_clause(text: str) -> str:
    """The clause `text` asks its question in, when a statement without a question word comes before it: the kind of
    answer is the question's, not the statement's ("svarer ikke på mails" asks for no e-mail address; "uden et dansk
    CVR-nummer. Kan vi søge?" for no CVR number). A yes/no question before the asker's statement is the asked clause
    too: "kan man stadig købe virtuelt medlemskab? skal bare bruge en adresse til mit cvr" asks for no address."""
    question_first = _YES_NO_THEN_STATEMENT.match(text)
    if question_first is not None and not _QUESTION_WORD.search(question_first.group(2)):
        return question_first.group(1)
    yes_no = _LAST_YES_NO.search(text)
    # Not after an abbreviation: "hvilket reg. nr. skal jeg bruge", "hvor mange mio. kr. er der afsat".
    if yes_no is not None and not never_ends_sentence(f"{yes_no.group(1)}.") \
            and yes_no.group(1).lower().rstrip(".") not in _UNIT_ABBREVIATIONS:
        return yes_no.group(2)
    # After a comma, when what comes before asks nothing: "vi har lige fået cvr nummer for 2 mdr siden, er der rabat".
    yes_no = _YES_NO_AFTER_COMMA.search(text)
    if yes_no is not None and not _QUESTION_WORD.search(text[:yes_no.start()]):
        return yes_no.group(1)
    match = _LAST_QUESTION.search(text)
    if match is None or _QUESTION_WORD.search(text[:match.start()]):
        return text
    return match.group(1)


def is_follow_up(text: str, history: Sequence[Turn]) -> bool:
    """Elliptical questions lean on the previous one: an "and ...?" opening, or no words of their own but
    figures ("2008?"). "Hvad er VITUS?" has its own subject and is a new question."""
    if not history:
        return False
    words = [t for t in tokenize(text) if not t[0].isdigit()]
    return bool(_FOLLOW_UP_START.match(text.strip())) or not words


def _asking_sentences(text: str) -> str:
    """The sentences of `text` that ask, after those telling the asker's situation ("our mentoring programme finished
    in october 2025. when can we apply ..."); the whole text when none or all of them ask."""
    sentences = re.split(r"(?<=[.!])\s+(?=\S)", text.strip())
    asking = [sentence for sentence in sentences if "?" in sentence or _QUESTION_OPENING.match(sentence)]
    return " ".join(asking) if asking and len(asking) < len(sentences) else text


_NOW_THAT = re.compile(r"\b(?:nu\s+hvor|nu\s+da|now\s+that)\b[^?.!,;]*", re.I)
_QUESTION_OPENING = re.compile(r"\W*(?:hvor|hvad|hvem|hvilke[nt]?|hvordan|hvornår|hvorfor|what|when|where|who|which|how|why)\b",
                               re.I)


def asked_event(text: str) -> Event | None:
    # "hvornår skal projektet være afsluttet nu hvor fristen er flyttet": the clause says what has happened; the
    # project's end is asked.
    text = _NOW_THAT.sub(" ", _asking_sentences(text))
    for event, pattern in EVENTS.items():
        if pattern.search(text):
            return event  # type: ignore[return-value]
    return None


# "i de andre regioner", "the other regions": the others' row of a table ("Øvrige fire regioner"), not ours.
OTHERS = re.compile(r"\b(de andre|de øvrige|øvrige|other|others|the rest)\b", re.I)


_MAX = re.compile(r"\bmax\b", re.IGNORECASE)
_LIMIT_WORDS = ["maksimalt", "maks", "højst"]


def means_organisation(text: str) -> bool:
    """Staff write "vi"/"os"/"regionen" for the organisation; a company owner's "vi" is their company."""
    return bool(_WE.search(text)) and not _OWN_COMPANY.search(text)


def analyse(
    text: str,
    history: Sequence[Turn] = (),
    language: str | None = None,
    normaliser: QueryNormaliser | None = None,
    organisation: str = "",
) -> Question:
    follow_up = is_follow_up(text, history)
    last_question = history[-1].question if history else ""
    previous = last_question if follow_up else ""
    rewrites: list[tuple[str, str]] = []
    expansions: list[str] = []
    said_otherwise: list[str] = []
    normalised = split_text = text
    if normaliser is not None:
        result = normaliser.normalise(text)
        normalised, rewrites, expansions, split_text = result.text, result.changes, result.expansions, result.split_text
        said_otherwise = result.said_otherwise
        previous = normaliser.normalise(previous).text if previous else ""
    # "hvor stor er eksportvoucheren nu? vores revisor mener 25.000": what someone else says is no part of the question.
    normalised, split_text = _without_trailing_claim(normalised), _without_trailing_claim(split_text)
    # "hej, hvornår blev ... godkendt og hvornår gik den i gang": a greeting is no part of what a later part asks of.
    normalised, split_text = _GREETING.sub("", normalised) or normalised, _GREETING.sub("", split_text) or split_text
    # "første runde" is the documents' "1. runde", "the second round" their "round 2".
    rewrites += [(m.group(), _in_figures(m.group())) for pattern in (_ORDINAL_STEP, _UNPOINTED_AMOUNT, _SHORT_SPAN)
                 for m in pattern.finditer(normalised)]
    normalised, split_text = _in_figures(normalised), _in_figures(split_text)
    # A follow-up keeps the earlier question's kind of answer ("Og i 2008?" after "Hvor mange ...").
    kind = answer_type(normalised)
    if kind == "other" and previous:
        kind = answer_type(previous)
    about_others = bool(OTHERS.search(normalised))
    detected = detect_language(previous + " " + normalised)
    how_many = _HOW_MANY.search(normalised) or (_HOW_MANY.search(previous) if previous else None)
    counted_word = how_many.group(1) if how_many else ""
    if how_many and _IN_PERCENT.search(normalised):
        counted_word = "procent"  # "hvor mange svarede, altså i procent": a share, whoever answered
    if how_many and (counted_word.lower() in _COUNT_ADJECTIVES or _ADJECTIVE_ENDING.search(counted_word)) \
            and how_many.group(2) and how_many.group(2).lower() not in STOPWORDS | _COUNT_VERBS:
        counted_word = how_many.group(2)
    if counted_word.lower() in _COUNT_VERBS:
        counted_word = "personer" if counted_word.lower() in _PEOPLE_VERBS else ""
    # "hvor mange kan komme med på et hold": places, which people or companies take ("plads til 15 virksomheder").
    elif how_many and counted_word.lower() in _ROOM_VERBS and (how_many.group(2) or "").lower() not in _SUBJECTS:
        counted_word = "pladser"
    number_of = _NUMBER_OF.search(normalised) if not how_many and kind == "quantity" else None
    if number_of:  # "hvad var antallet af overnatninger" counts them as "hvor mange overnatninger" does
        counted_word = number_of.group(2) if number_of.group(1).lower() in _COUNT_ADJECTIVES and number_of.group(2) \
            else number_of.group(1)
    # "hvor mange af mentorerne er kvinder": women are counted, among the mentors.
    among = _COUNTED_AMONG.search(normalised)
    if among and among.group(1).lower() not in STOPWORDS:
        counted_word = among.group(1)
    # "virksomhedsmøder" counts what its head counts: "373 møder". Not "procent", which documents write "%" and no
    # compound part of ("pro" + "cent").
    if counted_word and normaliser is not None and not normaliser.vocabulary.knows(counted_word) \
            and tokenize(counted_word) != ["pct"]:
        parts = normaliser.vocabulary.split_compound(counted_word)
        counted_word = parts[-1] if parts else normaliser.vocabulary.head(counted_word)
    counted_as_asked = "" if how_many else english_counted(normalised) or (english_counted(previous) if previous else "")
    counted = tokenize(counted_word or counted_as_asked.split(" ")[-1])
    if kind != "quantity" or _HOW_MANY_UNITS.search(normalised) or counted_word.lower() in _ANY_COUNT \
            or counted_as_asked.lower() in _ANY_COUNT:
        # "og hvornår startede det?" after a count; "hvor mange km": its units; "hvor mange gange": any count
        # ("prøve tre gratis træninger").
        counted, counted_as_asked = [], ""
    # "hvor mange projekter fik penge fra puljen" counts projects: a money word asks for an amount unless another
    # noun is counted.
    elif ((_MONEY.search(normalised) and not ((asked_noun := counted_word or counted_as_asked.split(" ")[-1])
                                              and not _MONEY.fullmatch(asked_noun)))
          or _GOTTEN.search(normalised) or _LIMIT_AMOUNT.search(normalised) or _SIZED_AMOUNT.search(normalised)
          or (_TRADED.search(text) and not how_many and not counted_as_asked)) \
            and not measure_units(normalised):  # "hvor mange vouchere blev uddelt" counts vouchers
        counted, counted_as_asked = ["kr"], ""  # a price or budget is an amount of money, not any figure
    search_text = f"{previous} {normalised}".strip()
    # "hvor meget kan man max få": the documents write the limit "Maksimalt beløb", "højst 20.000 kr.", "maks.".
    limit_words = _LIMIT_WORDS if detected == "da" and _MAX.search(normalised) else []
    # "we are a german company": the documents write what holds for "udenlandske virksomheder", "foreign companies".
    limit_words = [*limit_words, *(_FOREIGN_WORDS if _FOREIGN_COMPANY.search(normalised) else [])]
    expansions = expansions + [word for word in limit_words if word not in expansions]
    named_year, asked_years = document_year(normalised)
    # Not added to the search text: "vi" is often the asker's company, and the name would pull every
    # passage about the organisation up. It decides between table rows instead.
    return Question(
        text=text,
        search_text=search_text,
        language=detected,
        reply_language="en" if language == "en" else "da" if language == "da" else detected,
        answer_type=kind,
        counted=counted[0] if counted else None,
        counted_as_asked=counted_as_asked,
        units=measure_units(normalised) if kind == "quantity" else (),
        # "hvornår kan man ringe": the documents write "Telefontid", not the verb.
        # "hvor mange kroner": the documents write "kr.".
        terms=["kr" if term == "kron" else term for term in tokenize(_ASKS_DURATION.sub(" ", split_text))
               if term not in claimed_figures(normalised) | _askers_past_time(normalised)]
        + (tokenize("telefontid") if asks_calling_hours(normalised) else []) + tokenize(" ".join(limit_words)),
        follow_up=follow_up,
        last_question=last_question,
        last_answer=history[-1].answer if history else "",
        earlier_questions=[turn.question for turn in reversed(history)],
        normalised=normalised,
        rewrites=rewrites,
        said_otherwise=said_otherwise,
        years=asked_years or (_YEAR.findall(previous) if follow_up and kind != "other" and not named_year else []),
        document_year=named_year,
        # Of the part's own words: "hvornår får man svar (ansøgningsfristen leverandørprogrammet)" asks for no deadline.
        event=asked_event(own_words(normalised)) if kind == "date" else None,
        organisation=organisation,
        about_organisation=bool(organisation) and means_organisation(normalised) and not about_others,
        about_others=about_others,
        expansions=expansions,
        asks_what_happened=asks_what_happened(normalised),
        post=asked_post(normalised) if kind == "who" else None,
        doubted=tuple(_DOUBTED.findall(text)),
    )


# "ifølge evalueringen", "according to the action plan": the document whose title names it is the one asked.
ACCORDING_TO = re.compile(r"\b(?:ifølge|according to)\s+(?:the\s+|den\s+|det\s+)?([^\W\d_]+)", re.I)


# Several questions in one: "hvor mange forløb ... og hvor mange møder ...", "when did it start and when does
# it end". A part starts at a question word after "og"/"and", "eller"/"or", a comma or a question mark, with its
# preposition ("..., og i hvilket år blev den stiftet", "kan man sende den på mail eller hvordan søger man").
_PART_BOUNDARY = re.compile(
    r"(?:\?+\s*(?:og\s+|and\s+)?|,\s*(?:og\s+|and\s+|eller\s+|or\s+)?|\s+(?:og|samt|and|eller|or|\+|&)\s+)"
    r"(?=(?:(?:i|på|fra|til|indtil|siden|med|af|in|on|from|at|by|for|until|till|since)\s+|(?:ellers|otherwise)[,\s]+)?"
    r"(?:hvor|hvad|hvem|hvilke[nt]?|hvordan|hvornår|hvorfor|hvis|what|when|where|who|which|how|why)\b)"
    # "hvad koster mærket?? får vi rabat ...", "what does it cover, and is there a maximum": a yes/no question after
    # a question.
    # After a question mark, "og" and any verb before its subject too: "koster inkubatoren noget? og tager i
    # ejerandele".
    rf"|\?+\s*(?:og\s+|and\s+)?(?={_YES_NO_OPENING}|[^\W\d_]{{2,}}er\s+(?:i|vi|du|man|de|der)\b)"
    rf"|,\s*(?:og|and)\s+(?={_YES_NO_OPENING})"
    # "hvad koster dagen, er der early bird": after a bare comma too, though not "hvor sidder han, er det på
    # væksthuset", which checks the first part's answer.
    rf"|,\s*(?={_YES_NO_OPENING})(?!\w+\s+(?:det|den|it|this|that)\b)"
    # "hvad koster garantien og er der et max": after a bare "og" too, though not "og er i" ("vi har 12 ansatte og
    # er i Herning" describes the asker); an English "and do i need to" asks.
    rf"|\s+(?:og|and)\s+(?={_YES_NO_OPENING})(?!(?!do\b|does\b|can\b|will\b|could\b|may\b)\w+\s+i\b)"
    # "hvad koster forløbet – er det gratis hvis man er under 30": a yes/no question with a condition of its own,
    # after a comma or a dash.
    rf"|(?:,|\s+[–-])\s*(?={_YES_NO_OPENING})(?=[^?]*\b(?:hvis|if)\b)",
    re.IGNORECASE,
)
_QUESTION_WORD = re.compile(
    r"\b(hvor|hvad|hvem|hvilke[nt]?|hvordan|hvornår|hvorfor|er der|what|when|where|who|which|how|why|is there)\b|"
    # "kan vi søge", "can we apply"; not "rådgiveren kan starte", a statement
    r"\b(kan|can)\s+(?:vi|jeg|man|i|du|de|den|det|der|han|hun|en|et|min|mit|mine|vores|jeres|nogen|we|you|they|it|he|"
    r"she|one|someone|anyone|a|an|the|my|our|your)\b",
    re.IGNORECASE,
)
# "hvornår og hvor er generalforsamlingen", "when and where is the workshop": two questions of one thing.
_ASKING_WORDS = r"hvornår|hvor|hvad|hvem|when|where|what|who"
_PAIRED_QUESTION_WORDS = re.compile(rf"^\W*({_ASKING_WORDS})\s+(?:og|and|&)\s+({_ASKING_WORDS})\s+(\w.*)$", re.I)
# "hvad betyder gwo og ptx egentlig", "what do GWO and PtX stand for": the meaning of each.
_TWO_MEANINGS = re.compile(r"^\W*(hvad\s+betyder|what\s+do)\s+([^\W_][\w-]*)\s+(?:og|and|&)\s+([^\W_][\w-]*)\b(.*)$", re.I)
# "mentorprogram pris + varighed?", "hvad er prisen og fristen for kurset", "price and duration of the course?": two
# things asked of one subject, each a question of its own.
_ASKED_THING = (r"(?:pris(?:en)?|frist(?:en)?|ansøgningsfrist(?:en)?|tilmeldingsfrist(?:en)?|varighed(?:en)?|"
                r"sted(?:et)?|adresse(?:n)?|dato(?:en)?|tidspunkt(?:et)?|kontaktperson(?:en)?|kontakt(?:en)?|"
                r"price|cost|deadline|duration|venue|address|date|contact)")
_TWO_THINGS = re.compile(rf"^(.*?)\b({_ASKED_THING})\s*(?:\+|&|og|and|,)\s*({_ASKED_THING})\b(.*)$", re.I)
# "hvor meget brugte I på administration i 2025, både kr og procent": the figure in each unit.
_UNIT_WORD = r"(?:kr\.?|kroner|dkk|beløb|procent|pct\.?|%|andel|percent(?:age)?|share|amount)"
_TWO_UNITS = re.compile(rf"^(.*?)[\s,]+(?:både|both)\s+(?:i\s+|in\s+)?({_UNIT_WORD})\s+(?:og|and)\s+(?:i\s+|in\s+|as\s+a\s+)?"
                        rf"({_UNIT_WORD})\s*\??$", re.I)
# "er det stadig birgitte aagaard", "er det stadig hanne fra garnbutikken", "is it still Birgitte": the one named may
# have left. The name (one or two words, and where they work) ends the clause.
_DOUBTED = re.compile(r"\b(?:er\s+det|is\s+it)\s+(?:stadig|fortsat|still)\s+([^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?)"
                     r"(?:\s+(?:fra|from|hos|på|at)\s+[^\W\d_]+)?\s*(?:[?.!,]|$)", re.I)
# "nu hvor maja er gået på barsel, hvem ...": a clause saying why, whose "hvor" asks nothing. Nor does "hvad" of a
# condition the next part asks under: "hvad hvis vi kun er 6 mand i firmaet, får vi så en højere sats".
_ASKS_NOTHING = re.compile(r"\bnu\s+hvor\b|\bhvad\s+(?:nu\s+|så\s+)?hvis\b|\bwhat\s+if\b", re.I)
# "is the cyber check actually free", "gælder det også for os": a verb first asks yes or no.
_VERB_FIRST = re.compile(r"\W*(?:er|kan|har|skal|må|får|gælder|findes|bliver|koster|hedder|is|are|can|do|does|did|will|could|may|has|have)\b",
                         re.IGNORECASE)
# "vi deltager i leverandørprogrammet - får vi rabat": what the asker does, then the question.
_YES_NO_AFTER_STATEMENT = re.compile(rf"\s[-–:]\s+{_YES_NO_OPENING}", re.IGNORECASE)
# "investordag dato og hvor mange investorer kommer der", "pris pr dag og får vi rabat": a thing and what is asked of
# it is a question too.
_ASKED_BY_NOUN = re.compile(r"\b(?:dato(?:en)?|pris(?:en)?|adresse(?:n)?|frist(?:en)?|deadline|tlf\.?|telefonnummer(?:et)?|"
                            r"date|price|address|phone number)(?:\s+(?:pr\.?|per)\s+[^\W\d_]+)?\s*$", re.IGNORECASE)
_SIMPLE_PAST = re.compile(r"\b(var|blev|havde|fik|kom|gik|gav|tog|modtog|udgjorde|steg|faldt|kostede|brugte|søgte|"
                          r"was|were|did|had|came|went|got|received|spent|rose|fell)\b", re.IGNORECASE)
# "... i 2023 og for hvor mange penge i alt": a part that goes on with a preposition and a question word continues
# the first part's sentence, its year too.
_CONTINUED = re.compile(r"^\W*(?:og\s+|and\s+)?(?:for|til|af|med|fra|of|to|from|with|by)\s+(?:hvor|hvad|hvilke[nt]?|how|what|which)\b",
                        re.IGNORECASE)
# "... i 2024 og hvor mange penge i alt": a count without a verb of its own asks on in the first part's sentence.
_BARE_COUNT = re.compile(r"^\W*(?:og\s+|and\s+)?(?:hvor\s+(?:mange|meget)|how\s+(?:many|much))(?:\s+[^\W\d_]+)?"
                         r"(?:\s+(?:i\s+alt|in\s+total|all\s+together))?\W*$", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(det|den|de|dem|denne|dette|disse|it|they|them|this|that|one)\b", re.I)  # "get one"
# "det kommunale tilskud", "den samlede pris": an article before an adjective and its noun, no pronoun.
_ARTICLE = re.compile(r"\b(?:det|den|de)\s+[^\W\d_]+e\s+[^\W\d_]{3,}", re.I)
# "og hvor meget udgjorde tilskuddet det år": the first part's year.
_THAT_YEAR = re.compile(r"\b(?:i\s+)?(?:det|samme)\s+år\b|\bdengang\b|\bpå\s+det\s+tidspunkt\b|\b(?:in\s+)?(?:that|the\s+same)\s+year\b"
                        r"|\bback\s+then\b|\bat\s+the\s+time\b", re.I)
# "what was it the year before", "og året før": the year before the first part's.
_YEAR_BEFORE = re.compile(r"\b(?:in\s+)?the\s+(?:year\s+before|previous\s+year|prior\s+year)\b|\b(?:i\s+)?året\s+(?:før|inden|forinden)\b"
                          r"|\b(?:i\s+)?(?:det\s+)?forrige\s+år\b", re.I)


# A numbered part of a programme: "runde 2", "2. runde", "hold 3", "round 2", "fase 1".
# A year, a programme's name (capitalised) or the kind of round may stand between: "the first 2026 application round",
# "anden 2026 runde", "the first IBF round".
_ORDINAL_STEP = re.compile(rf"\b({'|'.join(ORDINALS)})\s+((?:(?:19|20)\d\d\s+)?(?-i:[A-ZÆØÅ][\wÆØÅæøå-]*\s+)?"
                           r"(?:application\s+|funding\s+|grant\s+)?)"
                           r"(runde|ansøgningsrunde|hold|fase|etape|modul|round|phase|stage|module)\b", re.I)


# "2012-15": a span of years written short, which documents write "2012-2015".
_SHORT_SPAN = re.compile(r"\b((19|20)(\d\d))\s*[-–]\s*(\d\d)\b(?![\d.,])")
# "2000 kr": an amount typed without its thousands' points, which a year would otherwise be read in.
_UNPOINTED_AMOUNT = re.compile(r"(?<![\d.,])(\d{4,9})(?=\s*(?:kr\b|kroner\b|,-))", re.I)


def _in_figures(text: str) -> str:
    """An ordinal before a numbered step in figures, as documents write it: "første runde" -> "1. runde", "the second
    round" -> "the round 2"; an amount with its thousands' points: "2000 kr" -> "2.000 kr"; a span of years in
    full: "2012-15" -> "2012-2015"."""
    text = _UNPOINTED_AMOUNT.sub(lambda m: f"{int(m.group(1)):,}".replace(",", "."), text)
    text = _SHORT_SPAN.sub(lambda m: f"{m.group(1)}-{m.group(2)}{m.group(4)}" if m.group(4) > m.group(3) else m.group(), text)
    return ordinal_steps_in_figures(text)


def ordinal_steps_in_figures(text: str) -> str:
    """"første runde" -> "1. runde", "the second round" -> "the round 2", "the first 2026 application round" -> "the
    2026 application round 1"."""
    def figures(m: re.Match[str]) -> str:
        number, between, step = ORDINALS[m.group(1).lower()], m.group(2), m.group(3)
        return f"{between}{step} {number}" if step.lower() in ("round", "phase", "stage", "module") \
            else f"{between}{number}. {step}"
    return _ORDINAL_STEP.sub(figures, text)


NUMBERED_ROUND = re.compile(r"\b(runde|hold|fase|etape|round|phase|trin)\s+(\d{1,2})\b|\b(\d{1,2})\.\s*(runde|hold|fase|etape)\b",
                            re.I)


def split_parts(text: str) -> list[str]:
    """The separate questions in `text`, each as asked, or [text]. A part that leans on the first
    ("... og hvornår slutter det?") gets the first part's words, so it can be searched on its own."""
    paired = _PAIRED_QUESTION_WORDS.match(text)
    if paired:  # "hvornår og hvor er generalforsamlingen": when it is, and where
        first, second, rest = paired.groups()
        return [f"{first} {rest}".strip(" ?"), f"{second} {rest}".strip(" ?")]
    meanings = _TWO_MEANINGS.match(text)
    if meanings:  # "hvad betyder gwo og ptx": what each means
        asking, first, second, rest = meanings.groups()
        return [f"{asking} {first}{rest}".strip(" ?"), f"{asking} {second}{rest}".strip(" ?")]
    units = _TWO_UNITS.match(text)
    if units:  # "både kr og procent": the amount, and the share
        measured, first, second = units.groups()
        preposition = "i" if detect_language(measured) == "da" else "in"
        return [f"{measured} {preposition} {unit}".strip(" ?") for unit in (first, second)]
    things = _TWO_THINGS.match(text)
    if things and not _PART_BOUNDARY.search(text):  # "mentorprogram pris + varighed?": the price, and the duration
        before, first, second, after = things.groups()
        return [re.sub(r"\s+", " ", f"{before}{thing}{after}").strip(" ?") for thing in (first, second)]
    pieces: list[str] = []
    asked: list[bool] = []  # each piece ended with a question mark: "samlede indtægter 2025 for klyngen?" asks
    starts = [0, *(boundary.end() for boundary in _PART_BOUNDARY.finditer(text))]
    ends = [*(boundary.start() for boundary in _PART_BOUNDARY.finditer(text)), len(text)]
    for start, end in zip(starts, ends):
        piece = text[start:end].strip(" ,?")
        # A greeting ("hej,") or a topic without a question ("eksportkvoten i DK 1966 vs 2008, hvad var
        # den") belongs to the part after it.
        if pieces and not (asked[-1] or _QUESTION_WORD.search(_ASKS_NOTHING.sub(" ", pieces[-1])) or _ASKED_BY_NOUN.search(pieces[-1])
                           or _VERB_FIRST.match(pieces[-1]) or _YES_NO_AFTER_STATEMENT.search(pieces[-1])) \
                or pieces and len(pieces[-1].split()) < 2:
            pieces[-1] = f"{pieces[-1]}, {piece}"
            asked[-1] = text[end:end + 1] == "?"
        elif piece:
            pieces.append(piece)
            asked.append(text[end:end + 1] == "?")
    if len(pieces) < 2 or len(pieces[-1].split()) < 2:
        return [text]
    # "kan man ringe om fredagen, og til hvornår", "when does it meet and at what time": a preposition and a
    # question word only go on asking the same.
    # Not after "who": "who is covering for Maja, and until when" asks a date of its own.
    pieces = [piece for i, piece in enumerate(pieces)
              if i == 0 or not _CARRIED_ON.fullmatch(piece) or _ASKS_WHO_FIRST.match(pieces[0])]
    if len(pieces) < 2:
        return [text]
    first = pieces[0]
    parts = [first]
    # "vi er et 2 år gammelt firma ... af en sensor. hvor meget kan vi max få fra prototypepuljen og hvor mange
    # procent dækker den": a later part leans on the first question, not on the company's description before it.
    described = _DESCRIBED_FIRST.match(first)
    # ... though what the asker wants ("vil have ny varmepumpe og ventilation") is what "hvad er max" asks the most of.
    wanted = _WANTED.search(described.group()) if described else None
    first = first[described.end():] if described else first
    years = set(_YEAR.findall(first))
    for piece in pieces[1:]:
        # "hvad var bruttoledigheden i 2021 og hvor mange arbejdspladser var der": asked in the past with no year
        # of its own, the later part is asked of the first part's year.
        if len(years) == 1 and _YEAR_BEFORE.search(piece):
            year_before = int(next(iter(years))) - 1
            piece = _YEAR_BEFORE.sub(lambda m: f"{'i' if detect_language(piece) == 'da' else 'in'} {year_before}", piece)
        that_year = len(years) == 1 and bool(_THAT_YEAR.search(piece))
        if that_year:  # the part leans on the first by its year: it asks of another thing that year
            year = next(iter(years))
            piece = _THAT_YEAR.sub(lambda m: f"{'in' if m.group().lower().startswith(('in', 'that', 'the', 'back', 'at')) else 'i'} {year}", piece)
        if len(years) == 1 and (_SIMPLE_PAST.search(piece) or _CONTINUED.match(piece) or _BARE_COUNT.match(piece)) \
                and not _YEAR.search(piece):
            piece = f"{piece} {'in' if detect_language(piece) == 'en' else 'i'} {next(iter(years))}"
        # "... founded and by how many companies": a part going on with a preposition asks of the first part's thing.
        if _PRONOUN.search(_ARTICLE.sub(" ", piece)) or not [t for t in tokenize(piece) if not t[0].isdigit()] \
                or _IF_NOT.match(piece) or _CONTINUED.match(piece) or _THERE.search(piece):
            piece = about_first(piece, first)
        elif (_names_nothing(piece) or _names_only_the_definite(piece)) and not _names_nothing(first) and not that_year:
            # "hvad er max" after "hvor mange procent tilskud kan vi få fra energipuljen": the most of that grant.
            granted = [w for w in _WORD.findall(first) if _GRANT_NOUN.fullmatch(w)] if _BARE_MOST.match(piece) else []
            granted += _named(wanted.group(1)) if granted and wanted else []
            # Whose price the first part asks ("for ikkemedlemmer") is no subject of "hvor mange pladser er der".
            named = [w for w in _named(first) if not _MEMBERSHIP.fullmatch(w)]
            # ... and the thing a name is about: "kurset" of "kurset om bæredygtighedsklassen".
            abouts = [about.group(1) for name in named
                      if (about := re.search(rf"\b([^\W\d_]{{4,}})\s+(?:om|about)\s+{re.escape(name)}\b", first, re.I))
                      and about.group(1).lower() not in STOPWORDS]
            named = [*abouts, *named]
            piece = f"{piece} ({' '.join(dict.fromkeys([*granted, *named]))})"
        # "hvor mange ansøgninger kom der i runde 2, og hvor mange fik tilsagn": the later part asks of that round too.
        rounds = [m.group() for m in NUMBERED_ROUND.finditer(first)]
        if len(rounds) == 1 and not NUMBERED_ROUND.search(piece):
            piece = _with_detail(piece, rounds[0])
        # "hvad var de samlede indtægter i 2024, og hvor meget kom fra kommunerne": how much of the same account.
        account = ACCOUNT.search(first)
        if account and _HOW_MUCH_FROM.search(piece) and not _MONEY.search(piece) and account.group() not in piece:
            piece = _with_detail(piece, account.group())
        parts.append(piece)
    return parts[:4]


# "hvor meget kom fra kommunerne", "how much came from sponsors": how much, with no thing of its own.
_HOW_MUCH_FROM = re.compile(r"\b(?:hvor meget|how much)\s+(?:(?:kom|kommer|gik|går|blev|bliver|var|er|stammer|stammede|came|"
                            r"comes|went|goes|was|is)\s+)?(?:fra|til|af|på|from|to|of|by)\b", re.I)
# An account asked the figure of: "de samlede indtægter", "total income".
ACCOUNT = re.compile(r"\b(?:\w*indtægt\w*|\w*udgift\w*|omkostning\w*|budget\w*|omsætning\w*|overskud\w*|underskud\w*|"
                     r"income|revenues?|expenses|expenditure|turnover|surplus|deficit|profit|wages?|salary)\b", re.I)


# "og kan man ringe til jer der", "can i park there": there, where or when the first part asks about; not the
# "der" of "hvor mange pladser er der", which only stands in for the subject after its verb.
_THERE = re.compile(r"(?<!\w)(?!(?:er|var|findes|fandtes|gives|sker|skete|kommer|kom|bliver|blev|står|stod)\s)\w+\s+(?:der|dér|there)\W*$",
                    re.I)


def _with_detail(part: str, detail: str) -> str:
    """`part` with a detail of the first part added in its brackets: "hvor mange fik tilsagn (runde 2)"."""
    return f"{part[:-1]} {detail})" if part.endswith(")") else f"{part} ({detail})"


# "kan vi få en mentor? hvis ikke, hvad kan vi så bruge": the part asks instead of what the first asks.
_IF_NOT = re.compile(r"\W*(?:hvis\s+ikke|hvis\s+nej|ellers|i\s+så\s+fald|if\s+not|otherwise|in\s+that\s+case)\b", re.I)
# ... or before a comma and the question: "we're a 5 person company in aarhus registered 8 months ago, can we apply".
_DESCRIBED_FIRST = re.compile(r"\W*(?:vi|jeg|we|i)(?:\s+(?:er|har|driver|are|have|run)|'(?:re|ve))\b[^.!?]*?"
                              r"(?:[.!]|,(?=\s*(?:kan|må|skal|hvad|hvor|hvornår|hvem|can|may|do|should|what|how|when|who)\b))"
                              r"\s+(?=\S)", re.IGNORECASE)
_ASKS_WHO_FIRST = re.compile(r"^\W*(?:hvem|who)\b", re.I)
_CARRIED_ON = re.compile(r"(?:og\s+|and\s+)?(?:til|fra|indtil|siden|på|until|till|from|since|at)\s+"
                         r"(?:hvornår|hvilken tid|hvilket tidspunkt|when|what time)", re.IGNORECASE)


# "hvad er max", "and what's the maximum": the most of the thing the part before asked about.
_BARE_MOST = re.compile(r"^\W*(?:og\s+|and\s+)?(?:hvad|what)(?:\s+er|\s+is|'s)?\s+(?:the\s+|det\s+)?"
                        r"(?:max|maks|maksimum|maksimale|maximum|most|højeste)\W*$", re.I)
# "vi ... vil have ny varmepumpe", "we want to buy a new robot": what the asker wants to get or do.
_WANTED = re.compile(r"\b(?:vil|skal|ønsker|gerne\s+vil|want|plan|need)\s+(?:gerne\s+)?(?:at\s+|to\s+)?"
                     r"(?:have|købe|lave|bygge|bruge|investere\s+i|etablere|skifte\s+til|get|buy|build|install|invest\s+in)"
                     r"\s+([^.!?]+)", re.I)
_MEMBERSHIP = re.compile(r"(?:ikke-?|non-?)?(?:medlem|member)\w*", re.I)
_GRANT_NOUN = re.compile(r"\w*(?:tilskud|støtte|lån|beløb|bevilling|rabat)\w*|grants?|loans?|subsid(?:y|ies)|discounts?", re.I)


def _names_nothing(part: str) -> bool:
    """Is every word of `part` an everyday word ("hvad er projektets samlede budget", "hvor meget kan vi højst
    få")? Then it names no thing of its own: asked after a part that does ("Kystlandet"), it asks about that."""
    language = detect_language(part)
    words = [w.lower() for w in _WORD.findall(part)]
    return bool(words) and all(w in STOPWORDS or is_everyday(w, language) for w in words)


def _names_only_the_definite(part: str) -> bool:
    """"hvornår er tilmeldingsfristen" after "hvad koster en standplads på Lindå Madmarked": a thing in the definite
    form and no name is the deadline of what was asked about before."""
    named = _named(part)
    return bool(named) and all(word.islower() and _DEFINITE_WORD.fullmatch(word) for word in named)


_DEFINITE_WORD = re.compile(r"[^\W\d_]{4,}(?:en|et|erne|ene)")


def _named(text: str) -> list[str]:
    """The words of `text` that are no everyday words: its names ("Kystlandet", "digitaliseringsvoucher")."""
    language = detect_language(text)
    return [w for w in _WORD.findall(text) if w.lower() not in STOPWORDS and not is_everyday(w.lower(), language)]


# "i Struer", "for Lemvig", "in Aarhus": a place or body named after a preposition.
_PLACED_NAME = re.compile(r"\b(i|på|for|hos|in|at)\s+([A-ZÆØÅ][\w-]*)")


# "and what was it the year before", "hvad var den i Lemvig": the first part's measure asked again, of another year or
# place; not "hvad er den budgetteret til", which names a measure of its own.
_SAME_MEASURE = re.compile(r"^\W*(?:og\s+|and\s+)?(?:hvad|what)\s+(?:var|er|was|is|were|are)\s+(?:det|den|de|it|they)"
                           r"(?=\s*(?:$|[?.!,]|(?:i|for|in|på|hos|at|of|the|then|last|sidste|året|forrige|nu|now|\d)\b))", re.I)


def asks_the_same(part: Question, first: Question) -> Question:
    """A later part asking the first part's measure again ("what was it in 2024") wants its kind of answer: a rate,
    not any sentence of that year."""
    if part.answer_type != "other" or first.answer_type == "other" or not _SAME_MEASURE.match(part.text):
        return part
    return replace(part, answer_type=first.answer_type, counted=first.counted, counted_as_asked=first.counted_as_asked,
                   units=first.units, event=first.event)


_LEANED_SUBJECT = re.compile(r"\s*\([^()]*\)\s*$")  # what about_first puts after a part


def own_words(part: str) -> str:
    """A part without the first part's subject about_first put after it: what the part itself asks."""
    return _LEANED_SUBJECT.sub("", part)


def about_first(part: str, first: str) -> str:
    """A later part asked about the first part's subject: "hvor sidder sekretariatet (driver VITUS programmet)".
    A name the part puts in place of the first's ("hvad var tilfredsheden i Struer, og hvad var den i Lemvig")
    is not carried: the part asks the same of Lemvig, not of Struer."""
    subject = _subject_of(first)
    part = own_words(part)  # "hvad er målet (eksportaftaler exportbridge)": one subject, the whole one
    prepositions = {m.group(1).lower() for m in _PLACED_NAME.finditer(part)}
    replaced = {m.group(2) for m in _PLACED_NAME.finditer(first) if m.group(1).lower() in prepositions}
    subject = " ".join(word for word in subject.split() if word.strip(",") not in replaced)
    return part if not subject or part.endswith(f"({subject})") else f"{part} ({subject})"


def refers_to_first(part: str) -> bool:
    """Whether a later part's pronoun stands for the first part's subject, given to it in brackets by split_parts:
    "how much is it (relocation grants foreign devs)"."""
    asked, bracket, _ = part.partition(" (")
    return bool(bracket) and part.endswith(")") and bool(_PRONOUN.search(_ARTICLE.sub(" ", asked)))


_RELATIVE_YEAR = re.compile(r"\b(?:sidste|forrige|næste|dette)\s+år\b|\bi\s+(?:år|fjor)\b|\b(?:last|this|next)\s+year\b", re.I)


# "koster webinarerne noget": the price asked, which a later part ("kan man se dem bagefter") does not ask.
_PRICE_ASKED = frozenset({"koster", "kostede", "noget", "costs", "cost"})


# "hvad hed programmet før og hvad hedder det nu": the first part's before and its verb of naming are no subject.
_WHEN_OF_A_NAME = {"hed", "hedder", "før", "tidligere", "called", "before", "previously", "formerly"}


def _subject_of(question: str) -> str:
    """The first part without its question and event words: what a pronoun in a later part refers to."""
    hints = DANISH_HINTS | ENGLISH_HINTS
    # Nor a verb that "hvor mange" counts the doers of: "søgte" of "hvor mange søgte leverandørpuljen".
    question = _HOW_MANY_DID.sub(" ", question)
    question = _RELATIVE_YEAR.sub(" ", question)  # a year the first part asks is no subject, however written
    kept = [w for w in question.split() if w.lower().strip(",") not in hints | _PRICE_ASKED | _WHEN_OF_A_NAME
            and not _YEAR.fullmatch(w)]
    # A payment is what a later part asks of ("får man det hele på en gang" after "hvornår bliver tilskuddet udbetalt").
    return " ".join(w for w in kept if _names_a_thing(w)
                    or not any(p.fullmatch(w.lower()) for e, p in EVENTS.items() if e != "payment"))


# The time words an event's compound may end in: "ansøgningsfristen", "startdatoen" say when, of no thing.
_TIME_TAILS = {"frist", "dato", "tidspunkt", "møde", "dag", "periode", "start", "slut"}
MIN_TAIL_ZIPF = 3.0


def _names_a_thing(word: str) -> bool:
    """Is `word` a compound of an event word and a thing ("etableringsgebyret": a fee, not when one was founded)?"""
    lower = word.lower().strip(",.?")
    for i in range(4, len(lower) - 3):
        if lower[i] == "s":
            tail = re.sub(r"(?:erne|ene|en|et)$", "", lower[i + 1:])
            if len(tail) >= 4 and tail not in _TIME_TAILS and zipf_frequency(tail, "da") >= MIN_TAIL_ZIPF:
                return True
    return False
