"""How a phone number and an e-mail address are written: what makes a line a way to reach someone, for the
answerer ("Tlf. 40 12 98 76" answers "hvem skal jeg ringe til") and for ingest (a web page's contact card)."""
from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.\w+")
PHONE = re.compile(r"\b\d{2}\s?\d{2}\s?\d{2}\s?\d{2}\b")  # "75 81 40 02", "7581 4000"
PHONE_OR_EMAIL = re.compile(rf"{PHONE.pattern}|{EMAIL.pattern}")
# A web address also answers "hvor kan jeg læse mere" as a contact detail; not what makes a sidebar a contact box.
CONTACT_DETAIL = re.compile(rf"{PHONE_OR_EMAIL.pattern}|\bwww\.\S+")
# A person's name: two to four capitalised words ("Mads Brink Holm", "Sofie Amalie Krogh"), not "Eksportkonsulent".
PERSON_NAME = re.compile(r"\b[A-ZÆØÅ][a-zæøåé]+(?:[ -][A-ZÆØÅ][a-zæøåé]+){1,3}\b")
# A street address: "Kajgade 4", "Åboulevarden 80", "Værftsvej 3", the street type a word of its own ("Vesterbro Kaj
# 22", "Nørre Allé 14"); "12 Harbour Street" is written the other way.
_STREET_TYPES = "vej|gade|allé|alle|plads|torv|stræde|boulevard|vænge|kaj|brygge|bakke|park|sti|løkke|toft|vang"
STREET_ADDRESS = re.compile(
    rf"\b[A-ZÆØÅ][\w.-]*(?:{_STREET_TYPES})(?:en|et)?\s+\d{{1,4}}[A-Za-z]?\b"
    rf"|\b[A-ZÆØÅ][\w.-]+\s+(?:{_STREET_TYPES.title()})\s+\d{{1,4}}[A-Za-z]?\b"
    r"|\b\d{1,4}\s+[A-Z]\w+\s+(?:Street|Road|Avenue|Lane|Square)\b")

# A contact card: a passage under a heading "Kontakt", "Contact us" (or with such a line in it, when a short section
# was joined to the one before), that gives a phone number or an e-mail address.
_CARD_HEADING = re.compile(r"\b(?:kontakt\w*|contact\w*)\b", re.I)
_CARD_LINE = re.compile(r"^\s*(?:kontakt(?:\s+os)?|kontaktperson(?:er)?|contact(?:\s+us)?|contacts?)\s*:?\s*$", re.I | re.M)


def is_contact_card(section: str, passage: str) -> bool:
    """Not a staff list: with three or more numbers (or addresses) each entry is about what its own lines say."""
    details = PHONE_OR_EMAIL.findall(passage)
    reached = max(len({d for d in details if "@" in d}), len({d for d in details if "@" not in d}))
    return bool((_CARD_HEADING.search(section) or _CARD_LINE.search(passage)) and 0 < reached <= MAX_CARD_PEOPLE)


MAX_CARD_PEOPLE = 2  # a card reaches one or two people (a project manager and a consultant)
