"""What a Slack user sees of an answer: Block Kit within Slack's limits, sources with short quotes,
programme verdicts, and English labels for English answers."""
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
    blocks = answer_blocks(Answer(text="“… 373 møder …” [1]", abstained=False, sources=[SOURCE]), feedback="c|1")

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
    blocks = answer_blocks(Answer(text="Udgifter < 5 mio. & stigende > 2 %", abstained=False, sources=[]), feedback=None)

    assert block_text(blocks) == "Udgifter &lt; 5 mio. &amp; stigende &gt; 2 %"


def test_programmes_show_their_verdict_reasons_and_quoted_evidence():
    programmes = [
        {
            "name": "Eksportrådets tilskudsordninger",
            "operator": "Eksportrådet",
            "fits": True,
            "reasons": ["Ingen grænse for antal ansatte."],
            "reasons_en": ["No limit on employees."],
            "citations": [{"quote": "tilbud under tilskudsordningerne", "document": "evaluering.txt", "year": 2010}],
            "caveat": "Oplysningerne er fra 2010.",
            "caveat_en": "The information is from 2010.",
        },
        {"name": "VækstMidt Accelerator", "fits": False, "reasons": ["Kun for nystartede virksomheder."], "citations": []},
    ]
    answer = Answer(text="To programmer er vurderet.", abstained=False, sources=[], mode="programmes", programmes=programmes)

    shown = block_text(answer_blocks(answer, feedback=None))

    assert "✅ *Eksportrådets tilskudsordninger (Eksportrådet)* – passer" in shown
    assert "• Ingen grænse for antal ansatte." in shown
    assert "_Oplysningerne er fra 2010._" in shown
    assert "> tilbud under tilskudsordningerne — evaluering.txt (2010)" in shown
    assert "❌ *VækstMidt Accelerator* – passer ikke" in shown
    assert "• Kun for nystartede virksomheder." in shown

    english = block_text(answer_blocks(Answer(**{**answer.__dict__, "language": "en"}), feedback=None))
    assert "– fits" in english and "• No limit on employees." in english and "does not fit" in english


def test_an_abstention_lists_the_nearest_sections_instead_of_sources():
    answer = Answer(text="Det kan jeg ikke finde svar på.", abstained=True, sources=[], mode="abstained", suggestions=[SOURCE])

    shown = block_text(answer_blocks(answer, feedback="c|1"))

    assert "*Nærmeste afsnit i dokumenterne*" in shown and "*[1]* Status og evaluering" in shown


def test_an_english_answer_has_english_buttons():
    answer = Answer(text="The documents say …", abstained=False, sources=[SOURCE], language="en")

    blocks = answer_blocks(answer, feedback="slack:T:C:1|2", share_question="How many meetings?")

    labels = {action_id: button["text"]["text"] for action_id, button in buttons(blocks).items()}
    assert labels == {"feedback_up": "👍 Helpful", "feedback_down": "👎 Not helpful", "share_answer": "Share in channel"}
    assert "*Sources*" in block_text(blocks) and "p. 6" in block_text(blocks)
