"""Pydantic's errors on hand-edited YAML become messages naming the field, the value and what to write."""
from dataclasses import dataclass, field
from typing import Annotated, Literal

import pytest
from pydantic import AfterValidator, ConfigDict, Field, StrictBool, StrictInt, TypeAdapter, ValidationError

from app.core.yaml_models import FieldProblem, OptionalText, Text, field_problems


@dataclass(frozen=True)
class Item:
    kind: Literal["a", "b"]
    note: Text

    __pydantic_config__ = ConfigDict(extra="forbid")


@dataclass(kw_only=True)
class Entry:
    name: Text
    size: Annotated[StrictInt, Field(gt=0)] | None = None
    active: StrictBool = False
    remark: OptionalText = None
    tags: Annotated[list[Text], Field(min_length=1)] = field(default_factory=lambda: ["x"])
    items: list[Item] = field(default_factory=list)

    __pydantic_config__ = ConfigDict(extra="forbid")


def problems(data) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        TypeAdapter(Entry).validate_python(data)
    return [str(problem) for problem in field_problems(caught.value, Entry)]


def test_blank_optional_text_means_not_stated_and_required_text_keeps_its_spaces():
    entry = TypeAdapter(Entry).validate_python({"name": " Navn ", "remark": "  "})
    assert (entry.name, entry.remark) == (" Navn ", None)


@pytest.mark.parametrize("data, message", [
    ({"name": 2010}, "field 'name': got 2010, must be text; put it in quotes if YAML reads it as a number or date"),
    ({"name": "x", "size": "12"}, "field 'size': got '12', must be a whole number; write it without quotes"),
    ({"name": "x", "size": True}, "field 'size': got True, must be a whole number; write it without quotes"),
    ({"name": "x", "size": 0}, "field 'size': got 0, must be more than 0"),
    ({"name": "x", "active": "yes"}, "field 'active': got 'yes', must be true or false, without quotes"),
    ({"name": "x", "tags": "a"}, "field 'tags': got 'a', must be a list; write it as [item, item] or as lines "
                                 "starting with '- '"),
    ({"name": "x", "tags": []}, "field 'tags': needs at least 1 item"),
    ({"name": "x", "tags": ["a", " "]}, "field 'tags', item 2: is empty"),
    ({}, "field 'name': missing; every entry needs it"),
    ({"name": "x", "nmae": 1}, "field 'nmae': unknown field; the fields are: name, size, active, remark, tags, items"),
    ({"name": "x", "items": [{"kind": "c", "note": "n"}]}, "field 'items', item 1, 'kind': unknown kind 'c'; "
                                                          "use 'a' or 'b'"),
    ({"name": "x", "items": [{"kind": "a", "note": "n", "nte": 1}]}, "field 'items', item 1, 'nte': unknown field; "
                                                                     "the fields are: kind, note"),
    ({"name": "x", "items": ["a"]}, "field 'items', item 1: got 'a', must be a mapping of fields, one 'name: value' "
                                    "per line"),
    ("x", "got 'x', must be a mapping of fields, one 'name: value' per line"),
])
def test_each_mistake_names_the_field_the_value_and_what_to_write(data, message):
    assert problems(data) == [message]


def test_every_mistake_of_an_entry_is_reported():
    assert len(problems({"size": "1", "active": 1, "tags": []})) == 4


def test_a_validators_own_message_is_kept():
    def two_words(text: str) -> str:
        if " " not in text:
            raise ValueError("needs at least two words; write the whole name")
        return text

    with pytest.raises(ValidationError) as caught:
        TypeAdapter(Annotated[str, AfterValidator(two_words)]).validate_python("Eksportrådet")
    assert [p.text for p in field_problems(caught.value, Entry)] == ["needs at least two words; write the whole name"]


def test_an_unforeseen_error_gets_a_message_of_ours_not_pydantics():
    with pytest.raises(ValidationError) as caught:
        TypeAdapter(list[Annotated[str, Field(max_length=5)]]).validate_python(["abcdefg"])
    [problem] = field_problems(caught.value, Entry)
    assert problem.text == "got 'abcdefg', which this field does not take"  # not "String should have at most 5 ..."


def test_the_place_reads_as_the_file_is_written():
    assert FieldProblem(("evidence", 2, "fact"), "x").place == "field 'evidence', item 3, 'fact'"
    assert (FieldProblem(("goals",), "x").key, FieldProblem((), "x").key) == ("goals", "")
    assert str(FieldProblem((), "got 1, must be text")) == "got 1, must be text"
