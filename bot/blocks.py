"""Block Kit rendering of the engine's answers, and the bot's few fixed sentences.

Slack limits that shape this module: a section's text holds at most 3000 characters, a message at most
50 blocks, a button value at most 2000 characters. Slack's mrkdwn needs &, < and > escaped.

Slack has no programme finder dialog (the web chat has): an abstention here points to what Slack does
have, the slash command with a description of the company, and the region's human contact."""
from __future__ import annotations

import re
from typing import Any

from app.core.answer_types import Answer, Source

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
BLOCK_LIMIT = 50
QUOTE_LIMIT = 200
MAX_SOURCES = 10  # keeps a message far below Slack's 50 blocks
BUTTON_VALUE_LIMIT = 2000
CONTACT_VALUE_LIMIT = 200  # each field of the contact file, as shown

# The routes (app/programmes/answer.py) whose answers show the region's contact; abstentions show it too.
CONTACT_ROUTES = {"finder", "finder+facts", "eligibility", "programme_detail", "contact"}
CONTACT_FIELDS = ("name", "phone", "email", "url", "opening_hours")

LABELS = {
    "da": {
        "sources": "Kilder",
        "suggestions": "Nærmeste afsnit i dokumenterne",
        "more_programmes": "Andre tilbud, der også kan passe",
        "may_fit": "passer måske",
        "and_more": "og {n} flere",
        "more_sources": "… og {n} kilder mere",
        "contact": "Tal med en person",
        "phone": "Telefon",
        "email": "E-mail",
        "web": "Web",
        "opening_hours": "Åbningstider",
        "usage": "Spørg igen med `{command} <spørgsmål>`. Beskriver du virksomheden – antal ansatte, markeder, "
        "og om den er nystartet – foreslår jeg tilbud, der kan passe, fx `{command} Vi er en nystartet "
        "virksomhed med 12 ansatte og vil sælge i Tyskland. Hvilke tilbud passer?`",
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
        "may_fit": "may fit",
        "and_more": "and {n} more",
        "more_sources": "… and {n} more sources",
        "contact": "Talk to a person",
        "phone": "Phone",
        "email": "Email",
        "web": "Web",
        "opening_hours": "Opening hours",
        "usage": "Ask again with `{command} <question>`. Describe the company – number of employees, markets, "
        "and whether it is newly started – and I will suggest programmes that may fit, e.g. `{command} We are a new "
        "company with 12 employees and want to sell in Germany. Which programmes fit?`",
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
    """The message's plain `text`: notifications, screen readers, and the thread history read it. Escaped
    like the blocks, so "<!channel>" in an answer notifies no one."""
    return escape(answer.text)


# A list item as the engine writes it ("- ", "  · ") becomes a Slack bullet; its indent is kept.
_LIST_ITEM = re.compile(r"^(\s*)[-·]\s+", re.MULTILINE)


def slack_text(text: str) -> str:
    """An answer's text as Slack mrkdwn: escaped, lists as "•" bullets."""
    return _LIST_ITEM.sub(lambda m: f"{m.group(1)}• ", escape(text))


def answer_blocks(
    answer: Answer,
    *,
    feedback: str | None,
    share_question: str | None = None,
    asked_by: tuple[str, str] | None = None,
    command: str = "/raadgiver",
) -> list[dict[str, Any]]:
    """The answer, the programme finder's further matches, on an abstention how to ask instead, the
    region's contact, the sources, then the buttons.

    feedback: the value the thumbs buttons carry (see feedback_value); None = no buttons.
    share_question: add a "share in channel" button that re-asks this question in the channel.
    asked_by: (user id, question) shown above an answer shared into a channel.
    command: the slash command named in an abstention's usage hint (Settings.slack_command).
    """
    labels = LABELS.get(answer.language, LABELS["da"])
    head: list[dict[str, Any]] = []
    if asked_by:
        user, question = asked_by
        head.append(_context(f"<@{user}> {labels['asked']}: _{escape(question)}_"))
    sections = [_section(part) for part in _split(slack_text(answer.text), SECTION_LIMIT)]
    blocks: list[dict[str, Any]] = []
    more = _more_programmes(answer, labels)
    if more:
        blocks.append(more)
    abstained = answer.abstained or answer.mode == "abstained"
    if abstained and answer.route == "documents":  # "describe your company" does not help a programme's price
        blocks.append(_context(escape(labels["usage"].format(command=command))))
    contact = contact_block(answer.contact, labels) if abstained or answer.route in CONTACT_ROUTES else None
    if contact:
        blocks.append(contact)
    cited = answer.sources or (answer.suggestions if abstained else [])
    if cited:
        heading = labels["sources"] if answer.sources else labels["suggestions"]
        blocks.append(_context(f"*{heading}*"))
        blocks += [_context(_source_line(source, labels)) for source in cited[:MAX_SOURCES]]
        if len(cited) > MAX_SOURCES:
            blocks.append(_context(labels["more_sources"].format(n=len(cited) - MAX_SOURCES)))
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
    room = BLOCK_LIMIT - len(head) - len(blocks)
    if len(sections) > room:  # an answer of some 130,000 characters; the fallback text still has it whole
        sections = sections[:room]
        last = sections[-1]["text"]["text"]
        sections[-1] = _section(last[: SECTION_LIMIT - 2].rstrip() + " …")
    return head + sections + blocks


def contact_block(contact: dict[str, Any] | None, labels: dict[str, str]) -> dict[str, Any] | None:
    """The region's human contact (corpus/contact.yaml) as one section: name, then phone, email and web
    as links, then opening hours. None when there is no contact or none of its fields is set."""
    fields = contact_fields(contact)
    if not fields:
        return None
    lines = [f"*{labels['contact']}:*" + (f" {escape(fields['name'])}" if fields.get("name") else "")]
    reach: list[str] = []
    if fields.get("phone"):
        reach.append(f"{labels['phone']}: {_phone_link(fields['phone'])}")
    if fields.get("email"):
        reach.append(f"{labels['email']}: {_email_link(fields['email'])}")
    if fields.get("url"):
        reach.append(f"{labels['web']}: {_web_link(fields['url'])}")
    if reach:
        lines.append(" · ".join(reach))
    if fields.get("opening_hours"):
        lines.append(f"{labels['opening_hours']}: {escape(fields['opening_hours'])}")
    text = "\n".join(lines)
    if len(text) > SECTION_LIMIT:  # only with absurd values: show them plain, shortened
        plain = " · ".join(fields[key] for key in CONTACT_FIELDS if fields.get(key))
        text = f"*{labels['contact']}:* " + escape(_shorten(plain, SECTION_LIMIT // 5 - 20))
    return _section(text)


def contact_fields(contact: dict[str, Any] | None) -> dict[str, str]:
    """The contact's fields that have something to show, as one-line strings of bounded length."""
    if not isinstance(contact, dict):
        return {}
    fields: dict[str, str] = {}
    for key in CONTACT_FIELDS:
        value = contact.get(key)
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            continue  # a phone number written without quotes in the YAML file arrives as a number
        text = _shorten(str(value), CONTACT_VALUE_LIMIT)
        if text:
            fields[key] = text
    return fields


def _phone_link(phone: str) -> str:
    digits = re.sub(r"[^\d+]", "", phone)
    digits = digits[:1] + digits[1:].replace("+", "")
    if sum(c.isdigit() for c in digits) < 3:
        return escape(phone)
    return f"<tel:{digits}|{escape(phone)}>"


def _email_link(email: str) -> str:
    if not re.fullmatch(r"[^@\s<>|]+@[^@\s<>|]+\.[^@\s<>|]+", email):
        return escape(email)
    return f"<mailto:{escape(email)}|{escape(email)}>"


def _web_link(url: str) -> str:
    """A link for http(s) addresses and bare domains ("www.example.dk/erhverv"); anything else is text."""
    if re.match(r"https?://", url, re.IGNORECASE):
        target = url
    elif re.fullmatch(r"[\w-]+(\.[\w-]+)+(/\S*)?", url):
        target = "https://" + url
    else:
        return escape(url)
    if re.search(r"\s", target):
        return escape(url)
    label = re.sub(r"^https?://|[?#].*$", "", url, flags=re.IGNORECASE).rstrip("/") or url
    return f"<{escape(target).replace('|', '%7C')}|{escape(label)}>"


def _source_line(source: Source, labels: dict[str, str]) -> str:
    where = [f"*[{source.n}]* {escape(source.title or source.document)}"]
    if source.year:
        where[0] += f" ({source.year})"
    if source.section:
        where.append(escape(source.section))
    if source.page is not None:
        where.append(f"{labels['page']} {source.page}")
    # The sentence the answer cites, not the passage's first lines (a nearest section has none: its start).
    return " · ".join(where) + f"\n> {escape(_shorten(source.quote or source.text, QUOTE_LIMIT))}"


MORE_PROGRAMMES = 3  # further programmes named under a programme answer


def _more_programmes(answer: Answer, labels: dict[str, str]) -> dict[str, Any] | None:
    """The programme finder's other programmes that fit or may fit, best first as the finder ranked them.
    The answer text already names the best few with their reasons, what does not fit, and what would
    sharpen the answer (app/programmes/answer.py); those are not repeated, and no_fit ones never shown."""
    heading = f"*{labels['more_programmes']}:* "
    shown: list[str] = []
    length = len(heading)
    left_out = 0
    for programme in answer.programmes or []:
        verdict = programme.get("verdict") or ("fits" if programme.get("fits") else "no_fit")
        if verdict not in ("fits", "may_fit"):
            continue
        names = [name for name in (programme.get("name"), programme.get("name_en")) if name]
        if not names or any(name in answer.text for name in names):
            continue
        if len(shown) == MORE_PROGRAMMES:  # a thread is read on a phone too: the best few, then a count
            left_out += 1
            continue
        name = programme.get("name_en") if answer.language == "en" and programme.get("name_en") else names[0]
        item = escape(name) + (f" ({labels['may_fit']})" if verdict == "may_fit" else "")
        if length + len(item) + 3 > SECTION_LIMIT:
            shown.append("…")
            break
        shown.append(item)
        length += len(item) + 2
    if not shown:
        return None
    more = f" {labels['and_more'].format(n=left_out)}" if left_out else ""
    return _context(heading + ", ".join(shown) + more)


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
        # The first kind of boundary the window has wins: a paragraph break, else a line break, else a space.
        cut = next((at for at in (window.rfind(b) for b in ("\n\n", "\n", " ")) if at > 0), limit)
        if cut == limit:  # no boundary at all: never inside an escape ("&amp;", "&lt;")
            escape = window.rfind("&")
            if escape > 0 and ";" not in window[escape:]:
                cut = escape
        parts.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        parts.append(text)
    return parts
