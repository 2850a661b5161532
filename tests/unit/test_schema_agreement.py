"""resources/endpoint.schema.json says what the checker says, wherever a schema can say it.

Every corpus file (and bundled example) that parses as JSON is run through both the schema
(Draft 2020-12, formats asserted) and the checker; their verdicts must agree, except for the
files listed in SCHEMA_CANNOT_TELL, which must really disagree so that the list stays honest.
"""

from __future__ import annotations

import importlib.resources
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from nbwss_gui.domain.checker import check_bytes

CORPUS = Path(__file__).resolve().parents[1] / "data" / "endpoints"
# Read the way an installed copy is read, so the schema is known to ship in the wheel.
SCHEMA_RESOURCE = importlib.resources.files("nbwss_gui.resources").joinpath("endpoint.schema.json")
EXAMPLES_PACKAGE = "nbwss_gui.resources.examples"

# Files the schema judges differently from the checker, each for a rule no schema can express.
SCHEMA_CANNOT_TELL = {
    "too-large.json": "too-large: size is a property of the bytes, not of the JSON value",
    "duplicate-priority.json": "duplicate-key: a JSON parser keeps only the last value",
    "duplicate-url-second-valid.json": "duplicate-key: the bad first url is dropped by parsing",
    "priority-1.0.json": "priority-not-whole: JSON Schema's integer type accepts 1.0",
    "priority-exponent.json": "priority-not-whole: 1e2 is the integer 100 to JSON Schema",
    "token-lone-surrogate.json": "invalid-unicode: a schema sees a string, not its code points",
}


def _bytes(name: str) -> bytes:
    if name.startswith("example:"):
        package = importlib.resources.files(EXAMPLES_PACKAGE)
        return package.joinpath(name.removeprefix("example:")).read_bytes()
    return (CORPUS / name).read_bytes()


def _parsed(data: bytes) -> tuple[bool, Any]:
    """(True, value) when the bytes are JSON text in an encoding the SPEC accepts."""
    if data.startswith(b"\xef\xbb\xbf"):
        encoding, data = "utf-8", data[3:]
    elif data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
    try:
        return True, json.loads(data.decode(encoding))
    except (ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError included
        return False, None


def _names() -> list[str]:
    corpus = sorted(p.name for p in CORPUS.iterdir() if p.name != "manifest.json")
    package = importlib.resources.files(EXAMPLES_PACKAGE)
    examples = sorted(f"example:{p.name}" for p in package.iterdir() if p.name.endswith(".json"))
    return [n for n in corpus + examples if _parsed(_bytes(n))[0]]


PARSEABLE = _names()


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_RESOURCE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _verdicts(validator: jsonschema.Draft202012Validator, name: str) -> tuple[bool, bool]:
    data = _bytes(name)
    _, value = _parsed(data)
    return validator.is_valid(value), check_bytes(data).ok


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = json.loads(SCHEMA_RESOURCE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] and schema["title"] and schema["description"]
    assert schema["additionalProperties"] is False
    assert set(schema["properties"]) == {
        "token",
        "priority",
        "groupId",
        "groupID",
        "hostName",
        "url",
    }


def test_enough_of_the_corpus_parses_to_compare() -> None:
    assert len(PARSEABLE) >= 60


@pytest.mark.parametrize("name", [n for n in PARSEABLE if n not in SCHEMA_CANNOT_TELL])
def test_schema_and_checker_agree(validator: jsonschema.Draft202012Validator, name: str) -> None:
    schema_ok, checker_ok = _verdicts(validator, name)
    errors = [e.message for e in validator.iter_errors(_parsed(_bytes(name))[1])]
    assert schema_ok is checker_ok, errors


@pytest.mark.parametrize("name", sorted(SCHEMA_CANNOT_TELL))
def test_the_listed_exceptions_really_disagree(
    validator: jsonschema.Draft202012Validator, name: str
) -> None:
    assert name in PARSEABLE, "an exception must be a corpus file that parses as JSON"
    schema_ok, checker_ok = _verdicts(validator, name)
    assert (schema_ok, checker_ok) == (True, False)


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2001:db8::10", True),
        ("2001:db8:::10", False),
        ("::ffff:192.0.2.300", False),
    ],
)
def test_ipv6_host_names_are_asserted_by_the_format_checker(
    validator: jsonschema.Draft202012Validator, value: str, ok: bool
) -> None:
    endpoint = {
        "token": "t",
        "priority": 1,
        "groupId": "g",
        "hostName": value,
        "url": "wss://[2001:db8::10]/",
    }
    assert validator.is_valid(endpoint) is ok
    # Without a format checker only the loose hex-and-colons pattern applies.
    without_formats = jsonschema.Draft202012Validator(validator.schema)
    assert without_formats.is_valid(endpoint)
