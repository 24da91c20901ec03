"""What a Slack user sees of an answer: Block Kit within Slack's limits, sources with short quotes,
the programme finder's further matches, and English labels for English answers."""
from app.engine_types import Answer, Source
from bot.blocks import answer_blocks
from tests.bot.slack_requests import block_text, buttons

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
