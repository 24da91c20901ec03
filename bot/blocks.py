"""Block Kit rendering of the engine's answers, and the bot's few fixed sentences.

Slack limits that shape this module: a section's text holds at most 3000 characters, a message at most
50 blocks, a button value at most 2000 characters. Slack's mrkdwn needs &, < and > escaped."""
from __future__ import annotations

from typing import Any

from app.engine_types import Answer, Source

PLACEHOLDER = "Et øjeblik – jeg leder i dokumenterne …"
FEEDBACK_THANKS = "Tak for din feedback"
NOT_IN_CHANNEL = (
    "Jeg kan ikke skrive i denne kanal. Inviter mig først med `/invite @Raadgiver`, og prøv så igen."
)
EMPTY_QUESTION = (
    "Hej! Stil mig et spørgsmål om regionens strategier og evalueringer, "
    "fx _Hvor mange møder har internationaliseringsrådgiveren haft?_"
)

# The metadata event type that marks a message as one of the bot's answers; its payload keeps the
# question, so a thread's history can be rebuilt from Slack alone (see handlers.thread_history).
ANSWER_EVENT_TYPE = "raadgiver_answer"

SHARE_ACTION = "share_answer"
FEEDBACK_ACTIONS = {"feedback_up": "up", "feedback_down": "down"}

SECTION_LIMIT = 3000
QUOTE_LIMIT = 200
MAX_SOURCES = 10  # keeps a message far below Slack's 50 blocks
BUTTON_VALUE_LIMIT = 2000

LABELS = {
    "da": {
        "sources": "Kilder",
        "suggestions": "Nærmeste afsnit i dokumenterne",
        "more_programmes": "Andre tilbud, der også kan passe",
        "page": "s.",
        "helpful": "Brugbart",
        "not_helpful": "Ikke brugbart",
        "share": "Del i kanalen",
        "asked": "spurgte",
    },
    "en": {
        "sources": "Sources",
        "suggestions": "Nearest sections in the documents",
        "more_programmes": "Other offers that may also fit",
        "page": "p.",
        "helpful": "Helpful",
        "not_helpful": "Not helpful",
        "share": "Share in channel",
        "asked": "asked",
    },
}


def command_usage(command: str) -> str:
    example = "Hvor mange møder har internationaliseringsrådgiveren haft?"
    return f"Stil mig et spørgsmål efter {command}, fx `{command} {example}`"


def apology(request_id: str) -> str:
    return f"Beklager, noget gik galt, da jeg skulle finde svaret. Prøv igen om lidt. (fejl-id: {request_id})"


def escape(text: str) -> str:
    """Slack mrkdwn treats &, < and > as control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def feedback_value(conversation_id: str, message_ts: str | None) -> str:
    return f"{conversation_id}|{message_ts or ''}"


def parse_feedback_value(value: str) -> tuple[str, str | None]:
    conversation_id, _, message_ts = value.rpartition("|")
    return conversation_id, message_ts or None


def answer_metadata(question: str) -> dict[str, Any]:
    return {"event_type": ANSWER_EVENT_TYPE, "event_payload": {"question": question}}


def fallback_text(answer: Answer) -> str:
    """The message's plain `text`: notifications, screen readers, and the thread history read it."""
    return answer.text


def answer_blocks(
    answer: Answer,
    *,
    feedback: str | None,
    share_question: str | None = None,
    asked_by: tuple[str, str] | None = None,
) -> list[dict[str, Any]]:
    """The answer, the programme finder's further matches, the sources, then the buttons.

    feedback: the value the thumbs buttons carry (see feedback_value); None = no buttons.
    share_question: add a "share in channel" button that re-asks this question in the channel.
    asked_by: (user id, question) shown above an answer shared into a channel.
    """
    labels = LABELS.get(answer.language, LABELS["da"])
    blocks: list[dict[str, Any]] = []
    if asked_by:
        user, question = asked_by
        blocks.append(_context(f"<@{user}> {labels['asked']}: _{escape(question)}_"))
    blocks += [_section(part) for part in _split(escape(answer.text), SECTION_LIMIT)]
    more = _more_programmes(answer, labels)
    if more:
        blocks.append(more)
    cited = answer.sources or (answer.suggestions if answer.abstained else [])
    if cited:
        heading = labels["sources"] if answer.sources else labels["suggestions"]
        blocks.append(_context(f"*{heading}*"))
        blocks += [_context(_source_line(source, labels)) for source in cited[:MAX_SOURCES]]
    buttons = []
    if feedback is not None:
        buttons += [
            _button("feedback_up", f"👍 {labels['helpful']}", feedback),
            _button("feedback_down", f"👎 {labels['not_helpful']}", feedback),
        ]
    if share_question is not None and len(share_question) <= BUTTON_VALUE_LIMIT:
        buttons.append(_button(SHARE_ACTION, labels["share"], share_question, style="primary"))
    if buttons:
        blocks.append({"type": "actions", "block_id": "answer_actions", "elements": buttons})
    return blocks


def _source_line(source: Source, labels: dict[str, str]) -> str:
    where = [f"*[{source.n}]* {escape(source.title or source.document)}"]
    if source.year:
        where[0] += f" ({source.year})"
    if source.section:
        where.append(escape(source.section))
    if source.page is not None:
        where.append(f"{labels['page']} {source.page}")
    return " · ".join(where) + f"\n> {escape(_shorten(source.text, QUOTE_LIMIT))}"


def _more_programmes(answer: Answer, labels: dict[str, str]) -> dict[str, Any] | None:
    """The programme finder's other fitting programmes. The answer text already names the best few with
    their reasons, what does not fit, and what would sharpen the answer (app/programmes/answer.py)."""
    others = [p["name"] for p in answer.programmes or [] if p.get("fits") and p["name"] not in answer.text]
    if not others:
        return None
    return _context(f"*{labels['more_programmes']}:* " + ", ".join(escape(name) for name in others))


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text[:SECTION_LIMIT]}]}


def _button(action_id: str, label: str, value: str, style: str | None = None) -> dict[str, Any]:
    button = {
        "type": "button",
        "action_id": action_id,
        "text": {"type": "plain_text", "text": label, "emoji": True},
        "value": value,
    }
    if style:
        button["style"] = style
    return button


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


def _split(text: str, limit: int) -> list[str]:
    """Cut at paragraph, then line, then word boundaries so every part fits one section."""
    parts: list[str] = []
    while len(text) > limit:
        window = text[:limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(" "))
        cut = cut if cut > 0 else limit
        parts.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        parts.append(text)
    return parts
