"""The region's human contact: who a company can talk to when the documents do not answer.

Configured by the region in corpus/contact.yaml (RAADGIVER_CONTACT_FILE); its absence is a valid setup and
then no contact is shown. Shown on abstentions, on "who do I contact?" and under programme answers."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from app.core.yaml_models import field_problems


class ContactError(ValueError):
    """contact.yaml cannot be used; the message names the file and the field."""


class Contact(BaseModel):
    # A phone number YAML reads as a number is the same phone number.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, coerce_numbers_to_str=True)

    name: str | None = None  # "Erhvervsservice, Region Midtjylland"
    phone: str | None = None
    email: str | None = None
    url: str | None = None
    opening_hours: str | None = None

    @model_validator(mode="after")
    def _reachable(self) -> "Contact":
        if not (self.phone or self.email or self.url):
            raise ValueError("give at least one of phone, email or url, so a company can reach a person")
        return self

    def lines(self, language: str) -> list[str]:
        """The contact as plain text lines, for answer texts and the CLI."""
        labels = {"da": ("Telefon", "E-mail", "Web", "Åbent"), "en": ("Phone", "Email", "Web", "Open")}[language]
        values = (self.phone, self.email, self.url, self.opening_hours)
        return ([self.name] if self.name else []) + [f"{label}: {value}" for label, value in zip(labels, values) if value]


def load_contact(path: Path) -> Contact | None:
    """The contact in `path`, or None when there is no such file. Raises ContactError naming the field."""
    if not path.exists():
        return None
    try:
        raw: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ContactError(f"{path}: cannot be read as YAML ({exc}); fix it or remove the file") from exc
    try:
        return Contact.model_validate(raw)
    except ValidationError as exc:
        raise ContactError("\n".join(f"{path}: {problem}" for problem in field_problems(exc, Contact))) from exc
