"""The word lists raadgiver reads Danish (and English) with, in one place: months, number words, the words
that carry no topic, the function words that tell the languages apart, and the words a line cannot end with.
Abbreviations that do or do not end a sentence belong to the splitter (app/core/sentences.py)."""
from __future__ import annotations

MONTH_NAMES = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
               "november", "december")
# "2. dec. 2026", "10. mar.": a month written short, always with its full stop (maj is short already).
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                       "okt": 10, "nov": 11, "dec": 12}
ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december")
MONTHS = frozenset(MONTH_NAMES) | frozenset(f"{short}." for short in MONTH_ABBREVIATIONS)
# A month's number by its Danish or English name: "marts" and "march" are 3.
MONTH_NUMBERS = {name: number for names in (MONTH_NAMES, ENGLISH_MONTHS) for number, name in enumerate(names, start=1)}
# Ordinal words and the number they count: "anden runde", "hvert tredje år", "the second round".
ORDINALS = {"første": 1, "anden": 2, "andet": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6,
            "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
WEEKDAYS = "mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday"

# Number words people write instead of digits ("vi er fem", "tolv ansatte", "three people"), per language:
# "to people" and "fire staff" are English, not 2 and 4.
NUMBER_WORDS_DA = {
    "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10, "elleve": 11,
    "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17, "atten": 18,
    "nitten": 19, "tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50, "tres": 60, "halvfjerds": 70,
    "firs": 80, "halvfems": 90, "hundrede": 100, "tusind": 1000,
    **{f"{word}hundrede": n * 100 for word, n in (("to", 2), ("tre", 3), ("fire", 4), ("fem", 5), ("seks", 6),
                                                  ("syv", 7), ("otte", 8), ("ni", 9))},
}
NUMBER_WORDS_EN = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "thousand": 1000,
}
NUMBER_WORDS = {**NUMBER_WORDS_DA, **NUMBER_WORDS_EN}

# Counts and shares written as words in documents ("i alt tre innovationscentre", "halvdelen"). "en"/"et"
# are left out: they are mostly articles.
COUNT_WORDS = (
    "ét", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv", "tyve", "tredive",
    "fyrre", "halvtreds", "hundrede", "tusind", "halvdelen", "halvdel", "tredjedel", "fjerdedel", "dobbelt",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty",
    "hundred", "thousand", "half", "third", "quarter",
)

# Question words carry no topic: "Hvor mange møder ..." should match on "møder", not on "mange".
QUESTION_WORDS = frozenset(
    "hvad hvem hvor hvordan hvornår hvorfor hvilke hvilken hvilket mange meget stor stort store haft fik "
    "what which who whom how when why where many much does did do happened happen".split()
)

# Function words that tell a Danish question from an English one.
DANISH_HINTS = frozenset(
    "og i at er det en den til på af med for som har de ikke der var hvad hvor hvem hvilke hvilken hvilket "
    "hvordan hvornår hvorfor mange stor stort store kan skal vi jeg os blev om fra".split()
)
ENGLISH_HINTS = frozenset(
    "the and of to in is are was were what which who how when why many much does do did a an for with "
    "about from by can our we i you there this that".split()
)

# Words a sentence or a heading cannot end with, so a line ending in one continues on the next line even
# when that line starts with a capital ("i Region" / "Midtjylland").
CONTINUATION_WORDS = frozenset(
    {
        "i", "af", "til", "på", "med", "for", "om", "fra", "og", "eller", "samt", "at", "en", "et", "den",
        "det", "de", "som", "hos", "mellem", "under", "ved", "mod", "idet", "men", "end", "efter", "gennem",
        "blandt", "uden", "inden", "indenfor", "udenfor", "hvor", "når", "hvis", "både", "såvel", "the",
        "of", "and", "in", "to", "for", "with",
    }
) | MONTHS
# After "energi-" these words mean the hyphen is a real one: "energi- og miljøvirksomheder".
SUSPENSION_WORDS = frozenset({"og", "eller", "samt", "el", "and", "or", "til"})

# A one-person company: "enkeltmandsfirma", "enkeltmandsvirksomhed", "enmandsvirksomhed", "sole trader". Its staff
# is one, which a programme's "1-9 ansatte" holds.
SOLE_TRADER = r"\b(?:enkeltmands\w+|enmands\w+|sole trader|sole proprietor\w*|one-person|one-man)\b"


# Countries by their Danish names: a place a question names in lower case ("fra polen") as much as a capitalised name.
DANISH_COUNTRIES = frozenset({
    "danmark", "tyskland", "sverige", "norge", "finland", "island", "holland", "nederlandene", "belgien", "frankrig",
    "spanien", "portugal", "italien", "schweiz", "østrig", "polen", "tjekkiet", "slovakiet", "ungarn", "rumænien",
    "bulgarien", "grækenland", "tyrkiet", "estland", "letland", "litauen", "rusland", "ukraine", "england",
    "storbritannien", "skotland", "irland", "usa", "amerika", "canada", "mexico", "brasilien", "argentina", "chile",
    "kina", "japan", "indien", "sydkorea", "vietnam", "thailand", "singapore", "australien", "sydafrika", "egypten",
    "israel", "færøerne", "grønland"})

# Greetings ("hej, hvornår ...", "hey whats the max ..."): no part of what is asked, nor a word to search for.
GREETINGS = frozenset({"hej", "hejsa", "hejhej", "hey", "hi", "hello", "hallo", "halløj", "goddag", "dav", "davs"})
