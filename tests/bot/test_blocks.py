"""What a Slack user sees of an answer: Block Kit within Slack's limits, sources with short quotes,
the programme finder's further matches, the region's contact, how to ask after an abstention, and English
labels for English answers."""
import re

import pytest

from app.core.answer_types import Answer, Source
from bot.asker import answer_from_json
from bot.blocks import answer_blocks, fallback_text, parse_feedback_value
from tests.bot.slack_requests import block_text, buttons

CONTACT = {
    "name": "Erhvervsservice, Region Midtjylland",
    "phone": "+45 7841 0000",
    "email": "erhverv@example.dk",
    "url": "https://www.example.dk/erhverv",
    "opening_hours": "Man-fre 9-15",
}
CONTACT_ROUTES = ["finder", "finder+facts", "eligibility", "programme_detail", "contact"]
ABSTAIN_DA = "Det kan jeg ikke finde svar på i dokumenterne. De nærmeste afsnit er listet nedenfor."
ABSTAIN_EN = "I cannot find an answer to that in the documents. The nearest sections are listed below."

SOURCE = Source(
    n=1,
    document="status-evaluering-eksport-internationalisering-2010.txt",
    title="Status og evaluering",
    year=2010,
    section="2. Internationaliseringsrådgiver",
    page=6,
    text="Internationaliseringsrådgiveren har fra projektets start og frem til september 2010 haft 373 møder "
    "med midtjyske virksomheder, og det skønnes, at dette i 2/3 af disse tilfælde har medført konkret "
    "eksportfremmeassistance, idet virksomhederne efterfølgende har kontaktet Eksportrådets repræsentationer.",
    score=0.91,
)


def test_a_source_shows_title_year_section_page_and_a_quote_of_at_most_200_characters():
    answer = Answer(text="“… 373 møder …” [1]", abstained=False, sources=[SOURCE])

    blocks = answer_blocks(answer, feedback="slack:T:C:1|2")

    [line] = [b["elements"][0]["text"] for b in blocks if b["type"] == "context" and "[1]" in b["elements"][0]["text"]]
    heading, quote = line.split("\n> ")
    assert heading == "*[1]* Status og evaluering (2010) · 2. Internationaliseringsrådgiver · s. 6"
    assert len(quote) <= 200 and quote.endswith("…")
    assert quote.startswith("Internationaliseringsrådgiveren har fra projektets start")


def test_a_long_answer_is_split_into_sections_slack_accepts_and_keeps_every_word():
    text = " ".join(f"ord{i}" for i in range(1500))  # about 10,000 characters
    blocks = answer_blocks(Answer(text=text, abstained=False, sources=[]), feedback=None)

    sections = [b["text"]["text"] for b in blocks if b["type"] == "section"]
    assert len(sections) > 1 and all(len(s) <= 3000 for s in sections)
    assert " ".join(sections).split() == text.split()


def test_slack_control_characters_in_an_answer_are_shown_as_written():
    answer = Answer(text="Udgifter < 5 mio. & stigende > 2 %", abstained=False, sources=[])

    blocks = answer_blocks(answer, feedback=None)

    assert block_text(blocks) == "Udgifter &lt; 5 mio. &amp; stigende &gt; 2 %"


def test_a_programme_answer_lists_the_other_fitting_programmes_once():
    """Programmes from an API without `verdict` (before issue 11): `fits` decides."""
    text = "Ud fra det, du skriver, passer disse tilbud bedst:\n- StartMidt (Vækstforum): Program for nystartede. [1]"
    programmes = [
        {"name": "StartMidt", "fits": True},
        {"name": "VITUS", "fits": True},
        {"name": "KlyngeMidt (netværksprogrammet)", "fits": True},
        {"name": "Eksportrådets tilskudsordninger", "fits": False},
    ]
    answer = Answer(text=text, abstained=False, sources=[SOURCE], mode="programmes", programmes=programmes)

    shown = block_text(answer_blocks(answer, feedback=None))

    assert "*Andre tilbud, der også kan passe:* VITUS, KlyngeMidt (netværksprogrammet)" in shown
    assert shown.count("StartMidt") == 1  # named in the answer, not repeated
    assert "Eksportrådets tilskudsordninger" not in shown


def test_the_other_programmes_are_those_that_fit_or_may_fit_and_may_fit_ones_say_so():
    text = "Ud fra det, du skriver, passer disse tilbud bedst:\n- StartMidt (Vækstforum): Program for nystartede. [1]"
    programmes = [
        {"name": "StartMidt", "verdict": "fits", "fits": True},
        {"name": "VITUS", "verdict": "fits", "fits": True},
        {"name": "KlyngeMidt", "verdict": "may_fit", "fits": False},
        # verdict wins over a contradicting `fits`: no_fit is never offered.
        {"name": "VækstMidt Accelerator", "verdict": "no_fit", "fits": True},
        {"name": "Eksportrådets tilskudsordninger", "verdict": "no_fit", "fits": False},
    ]
    answer = Answer(text=text, abstained=False, sources=[SOURCE], mode="programmes", route="finder",
                    programmes=programmes)

    shown = block_text(answer_blocks(answer, feedback=None))

    assert "*Andre tilbud, der også kan passe:* VITUS, KlyngeMidt (passer måske)" in shown
    assert shown.count("StartMidt") == 1
    assert "VækstMidt Accelerator" not in shown and "Eksportrådets" not in shown


def test_an_english_programme_answer_lists_english_names_and_marks_may_fit():
    text = "Based on what you describe, these offers fit best:\n- StartMidt (Growth Forum): for new companies. [1]"
    programmes = [
        {"name": "StartMidt", "name_en": "StartMidt", "verdict": "fits"},
        {"name": "Eksportrådets tilskudsordninger", "name_en": "The Trade Council's grant schemes",
         "verdict": "may_fit"},
        {"name": "Internationaliseringsrådgiver", "name_en": "Internationalisation adviser", "verdict": "no_fit"},
    ]
    answer = Answer(text=text, abstained=False, sources=[SOURCE], language="en", mode="programmes",
                    route="finder", programmes=programmes)

    shown = block_text(answer_blocks(answer, feedback=None))

    assert "*Other offers that may also fit:* The Trade Council's grant schemes (may fit)" in shown
    assert shown.count("StartMidt") == 1 and "Internationalisation adviser" not in shown


def test_a_programme_named_in_the_text_by_its_english_name_is_not_repeated():
    text = "Based on what you describe, The Trade Council's grant schemes may fit. [1]"
    programmes = [{"name": "Eksportrådets tilskudsordninger", "name_en": "The Trade Council's grant schemes",
                   "verdict": "may_fit"}]
    answer = Answer(text=text, abstained=False, sources=[SOURCE], language="en", mode="programmes",
                    route="finder", programmes=programmes)

    assert "Other offers" not in block_text(answer_blocks(answer, feedback=None))


def test_an_abstention_lists_the_nearest_sections_instead_of_sources():
    answer = Answer(
        text="Det kan jeg ikke finde svar på.", abstained=True, sources=[], mode="abstained", suggestions=[SOURCE]
    )

    shown = block_text(answer_blocks(answer, feedback="slack:T:C:1|2"))

    assert "*Nærmeste afsnit i dokumenterne*" in shown and "*[1]* Status og evaluering" in shown


def test_an_english_answer_has_english_buttons():
    answer = Answer(text="The documents say …", abstained=False, sources=[SOURCE], language="en")

    blocks = answer_blocks(answer, feedback="slack:T:C:1|2", share_question="How many meetings?")

    labels = {action_id: button["text"]["text"] for action_id, button in buttons(blocks).items()}
    assert labels == {
        "feedback_up": "👍 Helpful",
        "feedback_down": "👎 Not helpful",
        "share_answer": "Share in channel",
    }
    assert "*Sources*" in block_text(blocks) and "p. 6" in block_text(blocks)


def abstention(language: str = "da", contact: dict | None = None) -> Answer:
    return Answer(
        text=ABSTAIN_DA if language == "da" else ABSTAIN_EN,
        abstained=True,
        sources=[],
        language=language,
        mode="abstained",
        suggestions=[SOURCE],
        contact=contact,
    )


@pytest.mark.parametrize("contact", [CONTACT, None], ids=["with-contact", "without-contact"])
@pytest.mark.parametrize("language", ["da", "en"])
def test_an_abstention_never_points_to_a_programme_finder_slack_does_not_have(language, contact):
    shown = block_text(answer_blocks(abstention(language, contact), feedback="slack:T:C:1|2", share_question="?"))

    assert not re.search(r"programfinder|programme[ -]?finder|program finder", shown, re.IGNORECASE)


def test_a_danish_abstention_explains_how_to_ask_with_the_command_and_to_describe_the_company():
    shown = block_text(answer_blocks(abstention("da"), feedback=None))

    # mrkdwn: the placeholder's angle brackets escaped, so Slack shows them as written.
    assert "`/raadgiver &lt;spørgsmål&gt;`" in shown
    assert "antal ansatte" in shown and "markeder" in shown and "nystartet" in shown
    assert "tilbud" in shown
    assert "question" not in shown and "employees" not in shown


def test_an_english_abstention_explains_it_in_english():
    shown = block_text(answer_blocks(abstention("en"), feedback=None))

    assert "`/raadgiver &lt;question&gt;`" in shown
    assert "employees" in shown and "markets" in shown and "new" in shown and "programmes" in shown
    assert "spørgsmål" not in shown and "ansatte" not in shown


def test_the_usage_hint_names_the_configured_command():
    shown = block_text(answer_blocks(abstention("da"), feedback=None, command="/spoerg"))

    assert "`/spoerg &lt;spørgsmål&gt;`" in shown and "/raadgiver" not in shown


def test_an_answer_that_is_not_an_abstention_has_no_usage_hint():
    answer = Answer(text="“… 373 møder …” [1]", abstained=False, sources=[SOURCE], contact=CONTACT)

    shown = block_text(answer_blocks(answer, feedback=None))

    assert "&lt;spørgsmål&gt;" not in shown


def test_an_abstention_offers_the_regions_contact_with_links():
    blocks = answer_blocks(abstention("da", CONTACT), feedback=None)

    [contact] = [b["text"]["text"] for b in blocks if b["type"] == "section" and "Erhvervsservice" in b["text"]["text"]]
    assert contact.splitlines() == [
        "*Tal med en person:* Erhvervsservice, Region Midtjylland",
        "Telefon: <tel:+4578410000|+45 7841 0000> · E-mail: <mailto:erhverv@example.dk|erhverv@example.dk> · "
        "Web: <https://www.example.dk/erhverv|www.example.dk/erhverv>",
        "Åbningstider: Man-fre 9-15",
    ]
    # The answer first, the nearest sections still listed, the buttons last.
    texts = [b.get("text", {}).get("text", "") for b in blocks]
    assert texts[0] == ABSTAIN_DA
    assert "*Nærmeste afsnit i dokumenterne*" in block_text(blocks)


def test_an_english_answer_labels_the_contact_in_english():
    shown = block_text(answer_blocks(abstention("en", CONTACT), feedback=None))

    assert "*Talk to a person:* Erhvervsservice, Region Midtjylland" in shown
    assert "Phone: <tel:+4578410000|+45 7841 0000>" in shown and "Opening hours: Man-fre 9-15" in shown
    assert "Telefon" not in shown and "Åbningstid" not in shown


@pytest.mark.parametrize("route", CONTACT_ROUTES)
def test_programme_and_contact_answers_show_the_contact(route):
    answer = Answer(text="StartMidt passer. [1]", abstained=False, sources=[SOURCE], mode="programmes",
                    route=route, contact=CONTACT)

    assert "*Tal med en person:* Erhvervsservice" in block_text(answer_blocks(answer, feedback=None))


def test_a_document_answer_does_not_show_the_contact():
    answer = Answer(text="“… 373 møder …” [1]", abstained=False, sources=[SOURCE], route="documents",
                    contact=CONTACT)

    assert "Erhvervsservice" not in block_text(answer_blocks(answer, feedback=None))


@pytest.mark.parametrize("contact", [None, {}, dict.fromkeys(CONTACT), {"name": "  ", "phone": None}])
@pytest.mark.parametrize("route", ["contact", "finder"])
def test_without_a_contact_nothing_is_rendered(contact, route):
    for answer in (
        abstention("da", contact),
        Answer(text="StartMidt passer. [1]", abstained=False, sources=[SOURCE], route=route, contact=contact),
    ):
        shown = block_text(answer_blocks(answer, feedback=None))
        assert "Tal med en person" not in shown and "Telefon" not in shown


def test_a_contact_with_some_fields_shows_only_those():
    contact = {"name": None, "phone": None, "email": "erhverv@example.dk", "url": None, "opening_hours": None}

    shown = block_text(answer_blocks(abstention("da", contact), feedback=None))

    assert "*Tal med en person:*\nE-mail: <mailto:erhverv@example.dk|erhverv@example.dk>" in shown
    assert "Telefon" not in shown and "Web" not in shown and "Åbningstid" not in shown


def test_the_contact_is_escaped_for_mrkdwn_and_only_safe_addresses_become_links():
    contact = {
        "name": "Erhverv & Vækst <Midt>",
        "phone": "78 41 00 00",
        "email": "not an address",
        "url": "www.example.dk/erhverv?a=1&b=2|x",
        "opening_hours": "Man-fre 9-15 (fre < 14)",
    }

    shown = block_text(answer_blocks(abstention("da", contact), feedback=None))

    assert "*Tal med en person:* Erhverv &amp; Vækst &lt;Midt&gt;" in shown
    assert "<tel:78410000|78 41 00 00>" in shown
    assert "E-mail: not an address" in shown and "mailto:" not in shown
    assert "Web: <https://www.example.dk/erhverv?a=1&amp;b=2%7Cx|www.example.dk/erhverv>" in shown
    assert "Åbningstider: Man-fre 9-15 (fre &lt; 14)" in shown

    for url in ("javascript:alert(1)", "ftp://example.dk/fil"):
        shown = block_text(answer_blocks(abstention("da", {"url": url}), feedback=None))
        assert f"Web: {url}" in shown and "<" not in shown.split("Web:")[1]


def test_a_phone_number_written_without_quotes_in_the_yaml_file_is_shown():
    shown = block_text(answer_blocks(abstention("da", {"phone": 78410000}), feedback=None))

    assert "Telefon: <tel:78410000|78410000>" in shown


def test_a_message_with_everything_stays_within_slack_limits():
    text = " ".join(f"ord{i}" for i in range(30000))  # about 230,000 characters
    contact = {key: "& " * 400 for key in CONTACT}  # absurd values, escaping makes them five times longer
    programmes = [{"name": f"Tilbud {i} & co", "verdict": "fits"} for i in range(1000)]
    answer = Answer(text=text, abstained=True, sources=[SOURCE] * 20, mode="abstained", route="documents",
                    suggestions=[SOURCE] * 20, programmes=programmes, contact=contact)

    blocks = answer_blocks(answer, feedback="slack:T:C:1|2", share_question="?", asked_by=("U1", "spørgsmål"))

    assert len(blocks) <= 50
    for block in blocks:
        texts = [block["text"]["text"]] if block["type"] == "section" else [
            element["text"] for element in block.get("elements", []) if "text" in element and block["type"] == "context"
        ]
        assert all(len(t) <= 3000 for t in texts)
    shown = block_text(blocks)
    assert "Tilbud 1 &amp; co" in shown and "Tal med en person" in shown and "&lt;spørgsmål&gt;" in shown
    assert "Tilbud 3 &amp; co" not in shown and "og 997 flere" in shown  # three, then a count
    assert buttons(blocks)  # the buttons survive the cut
    assert blocks[1]["text"]["text"].startswith("ord0 ")


def test_the_api_answer_keeps_its_route_and_contact():
    data = {"answer": ABSTAIN_DA, "abstained": True, "sources": [], "mode": "abstained", "route": "documents",
            "contact": CONTACT, "suggestions": [], "conversation_id": "c1"}

    answer = answer_from_json(data)

    assert (answer.route, answer.contact) == ("documents", CONTACT)


def test_an_answer_from_an_api_without_route_and_contact_gets_the_defaults():
    answer = answer_from_json({"answer": "“… 373 møder …” [1]", "abstained": False, "sources": []})

    assert (answer.route, answer.contact) == ("documents", None)


def sections_of(blocks: list[dict]) -> list[str]:
    return [block["text"]["text"] for block in blocks if block["type"] == "section"]


def source_lines(blocks: list[dict]) -> list[str]:
    return [b["elements"][0]["text"] for b in blocks if b["type"] == "context" and "\n> " in b["elements"][0]["text"]]


def test_a_quote_written_over_several_lines_is_shown_whole_as_one_quoted_line():
    # Slack's "> " quotes one line only; a short quote needs no ellipsis.
    source = Source(n=1, document="d.txt", title="Status", year=None, section="", page=None,
                    text="Rådgiveren har haft\n\n373   møder.", score=0.9)

    [line] = source_lines(answer_blocks(Answer(text="[1]", abstained=False, sources=[source]), feedback=None))

    assert line == "*[1]* Status\n> Rådgiveren har haft 373 møder."


def test_at_most_ten_sources_are_listed():
    sources = [Source(n=n, document=f"d{n}.txt", title=f"Dokument {n}", year=2010, section="", page=None,
                      text="…", score=0.5) for n in range(1, 13)]

    blocks = answer_blocks(Answer(text="[1]", abstained=False, sources=sources), feedback=None)

    assert [line.split("*")[1] for line in source_lines(blocks)] == [f"[{n}]" for n in range(1, 11)]
    assert "… og 2 kilder mere" in block_text(blocks)  # the reader knows there are more


def test_a_word_longer_than_a_section_is_cut_to_fit_and_nothing_is_lost():
    address = "https://example.dk/" + "a" * 7000

    sections = sections_of(answer_blocks(Answer(text=address, abstained=False, sources=[]), feedback=None))

    assert all(len(section) <= 3000 for section in sections)
    assert "".join(sections) == address


def test_an_answer_too_long_for_one_message_is_cut_visibly_and_its_plain_text_keeps_it_whole():
    text = " ".join(f"ord{i}" for i in range(40000))  # about 300,000 characters: more than 50 sections
    answer = Answer(text=text, abstained=False, sources=[SOURCE])

    blocks = answer_blocks(answer, feedback="slack:T:C:1|2")

    sections = sections_of(blocks)
    assert len(blocks) <= 50 and all(len(section) <= 3000 for section in sections)
    assert sections[-1].endswith(" …")  # the reader sees the answer goes on
    assert "*[1]* Status og evaluering" in block_text(blocks) and buttons(blocks)  # sources and buttons kept
    assert fallback_text(answer) == text  # notifications and the thread's history get all of it (nothing to escape)


def test_a_question_too_long_for_a_button_gets_no_share_button_but_keeps_the_thumbs():
    answer = Answer(text="“… 373 møder …” [1]", abstained=False, sources=[SOURCE])

    fits = buttons(answer_blocks(answer, feedback="slack:T:C:1|2", share_question="?" * 2000))
    too_long = buttons(answer_blocks(answer, feedback="slack:T:C:1|2", share_question="?" * 2001))

    assert fits["share_answer"]["value"] == "?" * 2000
    assert set(too_long) == {"feedback_up", "feedback_down"}


def test_a_shared_question_is_shown_as_written_and_cannot_notify_the_channel():
    answer = Answer(text="<!here> Udgifter < 5 mio.", abstained=False, sources=[])

    blocks = answer_blocks(answer, feedback=None, asked_by=("U0ANNE", "<!channel> Udgifter < 5 & mere?"))

    assert block_text(blocks).splitlines() == [
        "<@U0ANNE> spurgte: _&lt;!channel&gt; Udgifter &lt; 5 &amp; mere?_",
        "&lt;!here&gt; Udgifter &lt; 5 mio.",
    ]


@pytest.mark.parametrize("message_ts", ["1700000002.000100", None], ids=["in-a-thread", "slash-command"])
def test_the_thumbs_name_the_conversation_and_the_answer_they_rate(message_ts):
    conversation = "slack:T0REGION:C0GENERAL:1700000001.000100"
    feedback = f"{conversation}|{message_ts or ''}"

    blocks = answer_blocks(Answer(text="svar", abstained=False, sources=[]), feedback=feedback)

    for button in buttons(blocks).values():
        assert parse_feedback_value(button["value"]) == (conversation, message_ts)


def test_a_phone_or_web_address_that_is_no_address_is_shown_as_plain_text():
    contact = {"phone": "ring til receptionen", "url": "https://www.example.dk/en side"}

    shown = block_text(answer_blocks(abstention("da", contact), feedback=None))

    assert "Telefon: ring til receptionen" in shown and "tel:" not in shown
    assert "Web: https://www.example.dk/en side" in shown and "<https" not in shown


def test_a_long_answer_is_cut_between_paragraphs_where_it_can_be():
    paragraphs = [" ".join(["første"] * 300), " ".join(["anden"] * 400)]  # 2099 and 2399 characters

    sections = sections_of(answer_blocks(Answer(text="\n\n".join(paragraphs), abstained=False, sources=[]),
                                         feedback=None))

    assert sections == paragraphs


def test_a_word_longer_than_a_section_is_never_cut_inside_an_escaped_character():
    text = "xy&" * 2000  # 14,000 characters escaped, without a space

    sections = sections_of(answer_blocks(Answer(text=text, abstained=False, sources=[]), feedback=None))

    assert all(re.fullmatch(r"(?:[^&]|&amp;)*", section) for section in sections)


def test_a_source_quotes_the_sentence_the_answer_cites_not_the_start_of_its_passage():
    cited = "Det skønnes, at dette i 2/3 af disse tilfælde har medført konkret eksportfremmeassistance."
    source = Source(**{**SOURCE.__dict__, "quote": cited})

    [line] = source_lines(answer_blocks(Answer(text="“…” [1]", abstained=False, sources=[source]), feedback=None))

    assert line.split("\n> ")[1] == cited


def test_list_items_are_slack_bullets():
    text = "Tilbuddene:\n- VækstMidt\n- StartMidt\n  · op til 250 ansatte"

    [section] = sections_of(answer_blocks(Answer(text=text, abstained=False, sources=[]), feedback=None))

    assert section == "Tilbuddene:\n• VækstMidt\n• StartMidt\n  • op til 250 ansatte"


def test_the_plain_text_of_an_answer_cannot_notify_the_channel():
    answer = Answer(text="Skriv <!channel> & spørg", abstained=False, sources=[])

    assert fallback_text(answer) == "Skriv &lt;!channel&gt; &amp; spørg"
