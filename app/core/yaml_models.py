"""The YAML files staff edit by hand (programme catalogue, glossary, contact, document metadata) are checked by
pydantic models. This module has the field types they share and turns pydantic's errors into the project's
messages: the field at fault, the value found and what to write instead. Pydantic's own wording is for
programmers and never reaches the person editing the file."""
from __future__ import annotations

import dataclasses
import types
from dataclasses import dataclass
from typing import Annotated, Any, Union, get_args, get_origin, get_type_hints

from pydantic import AfterValidator, StrictStr, ValidationError


def _not_blank(text: str) -> str:
    if not text.strip():
        raise ValueError("is empty")
    return text


def _blank_as_none(text: str | None) -> str | None:
    return text if text and text.strip() else None


# Text as written (YAML reads 2010 as a number and 2010-06-01 as a date, so neither is text); never blank.
Text = Annotated[StrictStr, AfterValidator(_not_blank)]
# Optional text: left out, null or blank all mean "not stated".
OptionalText = Annotated[StrictStr | None, AfterValidator(_blank_as_none)]

_MAPPING = "a mapping of fields, one 'name: value' per line"
# What a field of pydantic's type error takes, and how to write that in YAML.
_EXPECTED = {
    "string_type": "text; put it in quotes if YAML reads it as a number or date",
    "int_type": "a whole number; write it without quotes",
    "float_type": "a number; write it without quotes",
    "bool_type": "true or false, without quotes",
    "list_type": "a list; write it as [item, item] or as lines starting with '- '",
    "dict_type": _MAPPING,
    "model_type": _MAPPING,
    "dataclass_type": _MAPPING,
}


@dataclass(frozen=True)
class FieldProblem:
    """One mistake in one entry of a YAML file."""

    loc: tuple[str | int, ...]  # where pydantic found it: ("evidence", 2, "fact"); () for the entry itself
    text: str  # what is wrong and what to write instead: "got '50', must be a whole number; write it without quotes"

    @property
    def key(self) -> str:
        """The entry's key at fault ("evidence"); "" for the entry itself."""
        return str(self.loc[0]) if self.loc else ""

    @property
    def place(self) -> str:
        """The field as a reader of the file finds it: "field 'evidence', item 3, 'fact'"; "" for the entry."""
        if not self.loc:
            return ""
        rest = [f"item {part + 1}" if isinstance(part, int) else f"'{part}'" for part in self.loc[1:]]
        return ", ".join([f"field '{self.loc[0]}'", *rest])

    def __str__(self) -> str:
        return f"{self.place}: {self.text}" if self.place else self.text


def field_problems(error: ValidationError, model: type) -> list[FieldProblem]:
    """`error`, raised validating an entry against `model`, as one FieldProblem per mistake."""
    return [FieldProblem(details["loc"], _explain(details, model)) for details in error.errors()]


def _explain(details: Any, model: type) -> str:
    kind, loc, value, context = details["type"], details["loc"], details.get("input"), details.get("ctx", {})
    if kind in _EXPECTED:
        return f"got {value!r}, must be {_EXPECTED[kind]}"
    if kind in ("value_error", "assertion_error"):
        return str(context["error"])  # raised by the models' own validators, in the project's words
    if kind in ("missing", "missing_keyword_argument"):
        return "missing; every entry needs it"
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return f"unknown field; the fields are: {', '.join(_field_names(model, loc[:-1]))}"
    if kind == "literal_error":
        name = next((part for part in reversed(loc) if isinstance(part, str)), "value")
        return f"unknown {name} {value!r}; use {context['expected']}"
    if kind == "greater_than":
        return f"got {value!r}, must be more than {context['gt']}"
    if kind == "too_short":
        least = context["min_length"]
        return f"needs at least {least} item{'s' if least > 1 else ''}"
    return f"got {value!r}, which this field does not take"


def _field_names(model: Any, loc: tuple[str | int, ...]) -> list[str]:
    """The fields of the model or dataclass that `loc` leads to from `model` (an entry, or one of its list items)."""
    for part in loc:
        model = get_type_hints(model)[part] if isinstance(part, str) else get_args(model)[0]  # list[X] -> X
        if get_origin(model) in (Union, types.UnionType):  # X | None -> X
            model = next(arg for arg in get_args(model) if arg is not type(None))
    if dataclasses.is_dataclass(model):
        return [field.name for field in dataclasses.fields(model) if field.init]
    return list(model.model_fields)
