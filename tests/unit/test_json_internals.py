"""What nbwss_gui.domain.jsontext takes from the json module beyond json.loads, pinned.

The walker reads a top-level object member by member, with the position of each key and
value, through `json.decoder.scanstring` and a decoder's `scan_once`: importable and stable
since Python 3.1, but not documented. These tests state every behaviour the walker relies
on, so that a Python version that changes one fails here, by name, rather than as a wrong
line and column somewhere in the checker's tests. They run on each Python `.ci/run` tests.
"""

from __future__ import annotations

import json
import json.decoder
import json.scanner

import pytest

from nbwss_gui.domain import jsontext
from nbwss_gui.domain.fields import HugeInteger, JsonObject, NonFinite


def test_scanstring_is_importable_and_is_the_c_one() -> None:
    from json.decoder import scanstring  # type: ignore[attr-defined]

    assert scanstring is jsontext.scanstring
    # The checker's speed (tests/benchmarks/bench_checker.py) assumes the C accelerator.
    assert json.decoder.c_scanstring is not None  # type: ignore[attr-defined]
    assert scanstring is json.decoder.c_scanstring  # type: ignore[attr-defined]


def test_scanstring_starts_after_the_opening_quote_and_ends_after_the_closing_one() -> None:
    text = '{"key" : 1}'
    value, end = jsontext.scanstring(text, 2, True)
    assert (value, end) == ("key", 6)
    assert text[end - 1] == '"'
    escaped = r'"a\"b\u00e9\\"'
    assert jsontext.scanstring(escaped, 1, True) == ('a"bé\\', len(escaped))


@pytest.mark.parametrize(
    ("text", "message", "pos"),
    [
        # The checker turns this message into its own words (checker._syntax_message).
        ('"a\tb"', "Invalid control character at", 2),
        ('"a\nb"', "Invalid control character at", 2),
        ('"abc', "Unterminated string starting at", 0),
        ('"a\\qb"', "Invalid \\escape", 2),
    ],
)
def test_scanstring_raises_a_json_decode_error_with_message_and_position(
    text: str, message: str, pos: int
) -> None:
    with pytest.raises(json.JSONDecodeError) as raised:
        jsontext.scanstring(text, 1, True)
    assert raised.value.msg.startswith(message)
    assert raised.value.pos == pos


def test_scan_once_is_the_c_scanner_of_each_decoder() -> None:
    assert json.scanner.c_make_scanner is not None  # type: ignore[attr-defined]
    scanner_type = json.scanner.c_make_scanner  # type: ignore[attr-defined]
    assert isinstance(jsontext.DECODER.scan_once, scanner_type)  # type: ignore[attr-defined]
    assert callable(jsontext._SCAN)
    assert callable(jsontext._PLAIN_SCAN)


def test_scan_once_reads_one_value_and_says_where_it_ends() -> None:
    text = '{"a": [1, {"b": null}], "c": 2}'
    value, end = jsontext._SCAN(text, 6)
    assert value == [1, JsonObject([("b", None)])]
    assert text[end:] == ', "c": 2}'
    assert jsontext._SCAN('  "x" ', 2) == ("x", 5)
    assert jsontext._SCAN("true,", 0) == (True, 4)


def test_scan_once_raises_stop_iteration_with_the_position_when_no_value_starts() -> None:
    for text, at in (('{"a": }', 6), ("", 0), ("xyz", 0), ("[1, 2]   ", 9)):
        with pytest.raises(StopIteration) as raised:
            jsontext._SCAN(text, at)
        assert raised.value.value == at


def test_scan_once_calls_the_decoders_hooks() -> None:
    value, _ = jsontext._SCAN('{"b": 1, "a": NaN, "b": 2}', 0)
    # object_pairs_hook sees every pair, repeated keys included, in order.
    assert type(value) is JsonObject
    assert list(value) == [("b", 1), ("a", value[1][1]), ("b", 2)]
    assert type(value[1][1]) is NonFinite
    huge, _ = jsontext._SCAN("1" * 101, 0)
    assert type(huge) is HugeInteger
    number, _ = jsontext._SCAN("1" * 100, 0)
    assert type(number) is int


def test_the_plain_scanner_reads_numbers_itself() -> None:
    value, _ = jsontext._PLAIN_SCAN('{"p": 1, "n": NaN, "x": 1.5}', 0)
    assert type(value) is JsonObject
    assert [type(v) for _, v in value] == [int, float, float]


def test_scan_once_reports_inner_syntax_errors_as_json_decode_errors() -> None:
    with pytest.raises(json.JSONDecodeError) as raised:
        jsontext._SCAN("[1 2]", 0)
    assert raised.value.pos == 3
    with pytest.raises(json.JSONDecodeError) as raised:
        jsontext._SCAN('{"a" 1}', 0)
    assert raised.value.msg == "Expecting ':' delimiter"


def test_scan_once_raises_recursion_error_on_deep_nesting() -> None:
    with pytest.raises(RecursionError):
        jsontext._SCAN("[" * 200_000 + "]" * 200_000, 0)


def test_scan_once_strict_refuses_control_characters_in_strings() -> None:
    with pytest.raises(json.JSONDecodeError) as raised:
        jsontext._SCAN('"a\tb"', 0)
    assert raised.value.msg.startswith("Invalid control character at")


def test_the_walker_agrees_with_json_loads_on_a_sample() -> None:
    """End to end: the members the walker reads are what json.loads reads."""
    text = '{\n  "token": "t\\u00e9",\n  "priority": 1,\n  "nested": {"a": [1, 2.5, null]}\n}'
    walked = jsontext.walk(text)
    assert walked.members is not None
    expected = json.loads(text, object_pairs_hook=list)
    assert [(m.key, m.value) for m in walked.members][:2] == expected[:2]
    for member in walked.members:
        assert text[member.key_at] == '"'
        assert text[member.key_end - 1] == '"'
        assert jsontext._SCAN(text, member.value_at)[1] == member.value_end
