"""The clients JSON format of CLIENTS.md: what is accepted, what is refused, how it reads back."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest

from legalaid.domain.enums import Category, DocumentType, Script, Sex
from legalaid.errors import ValidationError
from legalaid.exchange.client_json import client_to_json, parse_clients

EXAMPLE: dict[str, Any] = {
    "names": [
        {"family": "Абдуллаев", "given": "Шухрат", "patronymic": "Бахтиярович", "script": "cyrl"},
        {"family": "Abdullaev", "given": "Shukhrat", "script": "latn", "source": "passport"},
    ],
    "sex": "M",
    "date_of_birth": "1991-04-17",
    "citizenship": "UZ",
    "category": "labour_immigrant",
    "languages": ["uz", "ru"],
    "phone": "+7 701 000 00 00",
    "safe_to_contact": True,
    "address": "Almaty, ...",
    "iin": "910417300000",
    "documents": [{"type": "passport", "number": "FA0000000", "valid_from": "2020-01-01",
                   "valid_until": "2030-01-01"}],
    "trips": [{"entry": "2025-01-10", "exit": None}],
    "events": [],
    "notes": "free text",
}  # fmt: skip


def with_changes(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(EXAMPLE)
    data.update(changes)
    return data


def error_of(value: Any) -> str:
    with pytest.raises(ValidationError) as error:
        parse_clients(value, today=dt.date(2026, 1, 1))
    return str(error.value)


def test_the_documented_example_parses() -> None:
    [record] = parse_clients(EXAMPLE, today=dt.date(2026, 1, 1))
    assert record.names[0].full == "Абдуллаев Шухрат Бахтиярович"
    assert record.names[1].script is Script.LATIN
    assert record.names[1].source == "passport"
    assert (record.sex, record.category) == (Sex.MALE, Category.LABOUR_IMMIGRANT)
    assert record.date_of_birth == dt.date(1991, 4, 17)
    assert record.documents[0].type is DocumentType.PASSPORT
    assert record.trips[0].entry == dt.date(2025, 1, 10)
    assert record.trips[0].exit is None
    assert [note.text for note in record.notes] == ["free text"]


def test_a_list_gives_one_record_each_and_paths_start_with_the_index() -> None:
    second = with_changes(documents=[{"type": "passport", "colour": "red"}])
    assert len(parse_clients([EXAMPLE, EXAMPLE])) == 2
    assert error_of([EXAMPLE, EXAMPLE, second]) == "[2].documents[0].colour: unknown field"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"nickname": "Shuha"}, "nickname: unknown field"),
        ({"date_of_birth": "1991-13-01"},
         'date_of_birth: "1991-13-01" is not a date (expected YYYY-MM-DD)'),
        ({"citizenship": "UZB"},
         'citizenship: "UZB" is not an ISO 3166 country code (or XXB/XXC for a refugee travel '
         'document, XXX when not stated, null for stateless)'),
        ({"sex": "male"}, 'sex: "male" is not a known value (expected M, F or X)'),
        ({"names": []}, "names: at least one name is required"),
        ({"names": [{"family": "Karimov"}]}, "names[0].given: is required"),
        ({"iin": "91041730000A"}, 'iin: "91041730000A" is not an IIN (expected 12 digits)'),
        ({"trips": [{"entry": "2024-01-10", "exit": "2024-13-01"}]},
         'trips[0].exit: "2024-13-01" is not a date (expected YYYY-MM-DD)'),
        ({"trips": [{"entry": "2024-01-10", "exit": "2024-02-10"},
                    {"entry": "2024-02-01", "exit": None}]},
         "trips[1]: overlaps trips[0] (a trip already covers 2024-02-01)"),
        ({"documents": [{"type": "visa", "valid_from": "2024-02-01",
                         "valid_until": "2024-01-01"}]},
         "documents[0].valid_until: is before valid_from"),
        ({"date_of_birth": "2030-01-01"},
         "date_of_birth: 2030-01-01 is not a plausible date of birth"),
        ({"safe_to_contact": "yes"}, 'safe_to_contact: "yes" is not true or false'),
    ],
)  # fmt: skip
def test_invalid_input_is_refused_naming_the_field(changes: dict[str, Any], message: str) -> None:
    assert error_of(with_changes(**changes)) == message


def test_not_an_object_is_refused() -> None:
    assert error_of("Shukhrat") == "input: expected a JSON object"
    assert error_of([]) == "input: the list of clients is empty"


def test_lowercase_citizenship_and_stateless_are_accepted() -> None:
    assert parse_clients(with_changes(citizenship="kg"))[0].citizenship == "KG"
    assert parse_clients(with_changes(citizenship=None))[0].citizenship is None


def test_missing_script_is_detected_from_the_letters() -> None:
    data = with_changes(names=[{"family": "Жұмабеков", "given": "Жұмабек"},
                               {"family": "Zhumabekov", "given": "Jumabek"}])  # fmt: skip
    assert [name.script for name in parse_clients(data)[0].names] == [Script.CYRILLIC, Script.LATIN]


def test_written_json_reads_back_to_the_same_record() -> None:
    data = with_changes(
        lawyer="Ainur",
        cases=[{"type": "appeal", "opened": "2025-02-01", "status": "pending",
                "tasks": [{"title": "hearing", "due": "2025-03-01", "source_rule": "ASY-05"}]}],
    )  # fmt: skip
    [record] = parse_clients(data)
    written = client_to_json(record)
    assert written["names"] == EXAMPLE["names"]
    assert written["documents"][0]["valid_until"] == "2030-01-01"
    assert written["notes"][0]["text"] == "free text"
    assert written["cases"][0]["tasks"][0]["due"] == "2025-03-01"
    assert parse_clients(written) == [record]


@pytest.mark.parametrize(("given", "stored", "shown"), [
    ({"citizenship": None}, None, None),  # stateless, as the contract has it
    ({"citizenship": "xxa"}, None, None),  # ICAO: stateless person
    ({"citizenship": "XXB"}, "XXB", "XXB"),  # refugee travel document (1951 Convention)
    ({"citizenship": "XXC"}, "XXC", "XXC"),
    ({"citizenship": "XXX"}, "XXX", "XXX"),  # not stated
    ({}, "XXX", "XXX"),  # no citizenship given is not stateless
])
def test_stateless_refugee_document_and_not_stated_are_kept_apart(
        given: dict[str, object], stored: str | None, shown: str | None) -> None:
    from legalaid.exchange.client_json import client_to_json, parse_clients

    record = parse_clients({"names": [{"family": "Karimov", "given": "Ali", "script": "latn"}],
                            **given})[0]
    assert record.citizenship == stored
    assert client_to_json(record)["citizenship"] == shown
