"""The rules about the bytes and the JSON text of an endpoint file (SPEC §2.2)."""

from __future__ import annotations

import json

import pytest

from nbwss_gui.domain.checker import CheckResult, check_bytes
from nbwss_gui.domain.problems import Code, Problem, Severity

GOOD = {
    "token": "tok-0123456789abcdef",
    "priority": 1,
    "groupId": "group-a",
    "hostName": "example.com",
    "url": "wss://example.com/ws",
}
GOOD_TEXT = json.dumps(GOOD, indent=2)


def only(result: CheckResult, code: Code) -> Problem:
    """The single problem of `code`, after checking it is the only kind of error found."""
    assert not result.ok
    assert {p.code for p in result.errors} == {code}, result.problems
    matching = [p for p in result.problems if p.code is code]
    assert len(matching) == 1, result.problems
    return matching[0]


def test_plain_utf8_is_accepted() -> None:
    result = check_bytes(GOOD_TEXT.encode("utf-8"))
    assert result.ok
    assert result.problems == ()
    assert result.endpoint is not None
    assert result.endpoint.host_name == "example.com"


def test_utf8_with_byte_order_mark_is_accepted() -> None:
    result = check_bytes(b"\xef\xbb\xbf" + GOOD_TEXT.encode("utf-8"))
    assert result.ok, result.problems
    assert result.problems == ()


@pytest.mark.parametrize(
    ("bom", "codec"), [(b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")], ids=["le", "be"]
)
def test_utf16_with_byte_order_mark_is_accepted(bom: bytes, codec: str) -> None:
    details = {**GOOD, "groupId": "Gruppe-Süd-☃"}
    result = check_bytes(bom + json.dumps(details, ensure_ascii=False).encode(codec))
    assert result.ok, result.problems
    assert result.endpoint is not None
    assert result.endpoint.group_id == "Gruppe-Süd-☃"


def test_utf16_without_byte_order_mark_is_refused_with_the_offset_of_the_nul() -> None:
    problem = only(check_bytes(GOOD_TEXT.encode("utf-16-le")), Code.ENCODING)
    assert problem.severity is Severity.ERROR
    assert problem.offset == 1
    assert "byte 1" in problem.message
    assert "UTF-8" in problem.message


@pytest.mark.parametrize(("bom", "shift"), [(b"", 0), (b"\xef\xbb\xbf", 3)], ids=["no-bom", "bom"])
def test_invalid_utf8_byte_is_reported_at_its_offset(bom: bytes, shift: int) -> None:
    data = bom + b'{\n  "token": "ab\xffcd"\n}'
    problem = only(check_bytes(data), Code.ENCODING)
    assert problem.offset == 16 + shift
    assert data[problem.offset] == 0xFF
    assert f"byte {16 + shift}" in problem.message
    assert problem.field is None
    assert problem.line is None


def test_truncated_utf8_sequence_is_reported_at_its_first_byte() -> None:
    data = b'{"token": "\xe2\x98'
    problem = only(check_bytes(data), Code.ENCODING)
    assert problem.offset == 11


def test_invalid_utf16_is_reported_at_its_offset() -> None:
    # A low surrogate with no high surrogate before it cannot be decoded.
    data = b"\xff\xfe" + '{"a": "'.encode("utf-16-le") + b"\x00\xdc" + '"}'.encode("utf-16-le")
    problem = only(check_bytes(data), Code.ENCODING)
    assert problem.offset == 16
    assert "byte 16" in problem.message


@pytest.mark.parametrize(
    ("bom", "codec"), [(b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be")]
)
def test_utf32_is_refused(bom: bytes, codec: str) -> None:
    problem = only(check_bytes(bom + GOOD_TEXT.encode(codec)), Code.ENCODING)
    assert problem.offset == 0
    assert "UTF-32" in problem.message


def test_nul_byte_inside_utf8_is_refused_at_its_offset() -> None:
    data = GOOD_TEXT.encode("utf-8")
    data = data[:20] + b"\x00" + data[20:]
    problem = only(check_bytes(data), Code.ENCODING)
    assert problem.offset == 20
    assert "NUL" in problem.message


def _padded(size: int) -> bytes:
    """A valid endpoint file of exactly `size` bytes, made long by its token."""
    skeleton = json.dumps({**GOOD, "token": ""}).encode("utf-8")
    details = {**GOOD, "token": "t" * (size - len(skeleton))}
    data = json.dumps(details).encode("utf-8")
    assert len(data) == size
    return data


def test_64_kib_exactly_is_accepted() -> None:
    result = check_bytes(_padded(65536))
    assert result.ok, result.problems
    assert result.endpoint is not None
    assert len(result.endpoint.token) > 65000


def test_one_byte_over_64_kib_is_refused() -> None:
    problem = only(check_bytes(_padded(65537)), Code.TOO_LARGE)
    assert problem.severity is Severity.ERROR
    assert "65,537" in problem.message or "65537" in problem.message
    assert "64 KiB" in problem.message


def test_size_cap_counts_bytes_not_characters() -> None:
    # 21,846 three-byte characters are fewer than 64 Ki characters but more than 64 KiB.
    details = {**GOOD, "groupId": "☃" * 21846}
    data = json.dumps(details, ensure_ascii=False).encode("utf-8")
    assert len(data) > 65536
    only(check_bytes(data), Code.TOO_LARGE)


@pytest.mark.parametrize("data", [b"", b"   ", b" \t\r\n\n ", b"\xef\xbb\xbf\n"])
def test_empty_or_white_space_only_is_its_own_problem(data: bytes) -> None:
    problem = only(check_bytes(data), Code.EMPTY_FILE)
    assert problem.severity is Severity.ERROR
    assert "nothing" in problem.message


def test_apostrophe_inside_a_value_is_reported_where_it_stands() -> None:
    text = GOOD_TEXT.replace('"group-a"', '"group\'s-a"')
    problem = only(check_bytes(text.encode()), Code.APOSTROPHE)
    assert (problem.line, problem.column) == (4, 20)
    assert problem.severity is Severity.ERROR
    assert "apostrophe" in problem.message


def test_apostrophes_around_a_key_are_each_reported() -> None:
    data = b"{\n  'token': \"x\"\n}"
    result = check_bytes(data)
    assert not result.ok
    found = [(p.line, p.column) for p in result.problems if p.code is Code.APOSTROPHE]
    assert found == [(2, 3), (2, 9)]


def test_apostrophe_in_white_space_is_reported() -> None:
    text = GOOD_TEXT.replace('"priority": 1,', '"priority": 1, \'')
    problem = only(check_bytes(text.encode()), Code.APOSTROPHE)
    assert (problem.line, problem.column) == (3, 18)


def test_apostrophe_position_counts_characters_after_non_ascii() -> None:
    data = '{"groupId": "Süd☃\'"}'.encode()
    result = check_bytes(data)
    problem = next(p for p in result.problems if p.code is Code.APOSTROPHE)
    assert (problem.line, problem.column) == (1, 18)


def test_apostrophe_in_utf16_file_is_reported_in_characters() -> None:
    text = GOOD_TEXT.replace('"group-a"', '"grüppe\'s"')
    problem = only(check_bytes(b"\xff\xfe" + text.encode("utf-16-le")), Code.APOSTROPHE)
    assert (problem.line, problem.column) == (4, 21)


def test_escaped_apostrophe_in_a_value_is_reported_where_the_escape_stands() -> None:
    # \u0027 decodes to an apostrophe: banned in a value as much as the character itself.
    text = GOOD_TEXT.replace('"group-a"', '"group\\u0027s-a"')
    problem = only(check_bytes(text.encode()), Code.APOSTROPHE)
    assert (problem.line, problem.column) == (4, 20)
    assert "\\u0027" in problem.message
    assert "escape" in problem.message
    assert "apostrophe" in problem.message


def test_escaped_apostrophe_in_a_key_is_reported() -> None:
    data = b'{\n  "to\\u0027ken": "x"\n}'
    result = check_bytes(data)
    assert not result.ok
    found = [(p.line, p.column) for p in result.problems if p.code is Code.APOSTROPHE]
    assert found == [(2, 6)]


def test_escaped_backslash_before_u0027_is_no_apostrophe() -> None:
    # "\\u0027" is a backslash followed by the letters u0027.
    details = {**GOOD, "groupId": "group\\u0027"}
    text = json.dumps(details)
    assert "\\\\u0027" in text
    result = check_bytes(text.encode())
    assert result.ok, result.problems
    assert result.endpoint is not None
    assert result.endpoint.group_id == "group\\u0027"


def test_escaped_apostrophe_after_an_escaped_backslash_is_reported() -> None:
    text = GOOD_TEXT.replace('"group-a"', '"group\\\\\\u0027s"')
    problem = only(check_bytes(text.encode()), Code.APOSTROPHE)
    assert (problem.line, problem.column) == (4, 22)


def test_written_and_escaped_apostrophes_share_one_cap_in_text_order() -> None:
    value = "'\\u0027" * 40
    data = ('{"token": "' + value + '"}').encode()
    result = check_bytes(data)
    placed = [p for p in result.problems if p.code is Code.APOSTROPHE]
    assert len(placed) == 50
    assert [p.column for p in placed] == sorted(p.column or 0 for p in placed)
    assert sum("escape" in p.message for p in placed) == 25
    (more,) = [p for p in result.problems if p.code is Code.TOO_MANY_PROBLEMS]
    assert "30 more apostrophe" in more.message


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ('{\n  "token": "a",\n  "priority" 1\n}', 3, 14),
        ('{\n  "token": "a",\n}', 3, 1),
        ('{\n  "token": "a"\n  "priority": 1\n}', 3, 3),
        ('{"token": "a"} {}', 1, 16),
        ('{"token": tru}', 1, 11),
        ('{\n  "token": "a', 2, 12),
    ],
    ids=["missing-colon", "trailing-comma", "missing-comma", "extra-data", "bad-literal", "eof"],
)
def test_json_syntax_error_has_line_and_column(text: str, line: int, column: int) -> None:
    problem = only(check_bytes(text.encode()), Code.JSON_SYNTAX)
    assert problem.severity is Severity.ERROR
    assert (problem.line, problem.column) == (line, column)
    assert "JSON" in problem.message


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_literal_is_reported_on_priority(literal: str) -> None:
    text = GOOD_TEXT.replace('"priority": 1', f'"priority": {literal}')
    problem = only(check_bytes(text.encode()), Code.NON_FINITE_NUMBER)
    assert (problem.line, problem.column) == (3, 15)
    assert literal in problem.message
    assert problem.field == "priority"


def test_non_finite_text_inside_a_string_is_not_a_number() -> None:
    details = {**GOOD, "groupId": "NaN-Infinity"}
    assert check_bytes(json.dumps(details).encode()).ok


@pytest.mark.parametrize("opener", [b"[", b'{"a":'])
def test_deep_nesting_is_a_problem_not_an_exception(opener: bytes) -> None:
    data = opener * (65536 // len(opener))
    problem = only(check_bytes(data), Code.NESTING_TOO_DEEP)
    assert problem.severity is Severity.ERROR
    assert "nested" in problem.message


def test_60000_brackets_give_a_problem() -> None:
    result = check_bytes(b"[" * 60000)
    assert not result.ok
    assert result.errors[0].code is Code.NESTING_TOO_DEEP


def test_deep_but_closed_nesting_inside_a_value_is_a_problem() -> None:
    depth = 20000
    text = GOOD_TEXT.replace('"group-a"', "[" * depth + "]" * depth)
    result = check_bytes(text.encode())
    assert not result.ok
    assert {p.code for p in result.errors} <= {Code.NESTING_TOO_DEEP, Code.WRONG_TYPE}
