"""From bytes to JSON values with positions: encodings, the apostrophe ban, and a walker
over the top-level object that records where each key and value stands (SPEC §2.2).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from json.decoder import scanstring  # type: ignore[attr-defined]  # public, but not in typeshed
from typing import NamedTuple

from nbwss_gui.domain.fields import HugeInteger, JsonObject, NonFinite
from nbwss_gui.domain.problems import Code, Problem
from nbwss_gui.domain.words import Words, translate

MAX_BYTES = 64 * 1024
_LONGEST_INT = 100

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_UTF16_BOMS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}
_WS = re.compile(r"[ \t\n\r]*")
_COLON = re.compile(r"[ \t\n\r]*:[ \t\n\r]*")
_NEXT_KEY = re.compile(r'[ \t\n\r]*,[ \t\n\r]*"')
# A JSON string, or one of the non-standard literals Python's decoder lets through.
_NON_FINITE = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)', re.DOTALL)
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
# One escape inside a string, taken whole so that an escaped backslash is not read as a start.
_ESCAPE = re.compile(r"\\(?:(u0027)|.)", re.DOTALL)
APOSTROPHE_ESCAPE = "\\u0027"


def _parse_int(digits: str) -> int | HugeInteger:
    return int(digits) if len(digits) <= _LONGEST_INT else HugeInteger(digits)


DECODER = json.JSONDecoder(
    object_pairs_hook=JsonObject,
    parse_constant=NonFinite,
    parse_int=_parse_int,
    strict=True,
)
_Scanner = Callable[[str, int], tuple[object, int]]
_SCAN: _Scanner = DECODER.scan_once  # type: ignore[attr-defined]  # set by __init__
# For details that are probably valid: no Python call per number or literal. What it reads
# differently (NaN as a float, a long number as int or a ValueError) is never valid details,
# so those go to the walker, which reads with DECODER.
_PLAIN_SCAN: _Scanner = json.JSONDecoder(  # type: ignore[attr-defined]
    object_pairs_hook=JsonObject, strict=True
).scan_once


def decode_plain(text: str) -> object:
    """The JSON value of `text`, read at C speed; ValueError (or RecursionError) if it is none."""
    pos = _WS.match(text).end()  # type: ignore[union-attr]
    try:
        value, end = _PLAIN_SCAN(text, pos)
    except StopIteration as stop:
        raise ValueError(f"no JSON value at {stop.value}") from None
    if end != len(text) and _WS.match(text, end).end() != len(text):  # type: ignore[union-attr]
        raise ValueError(f"extra data at {end}")
    return value


def decode_bytes(data: bytes) -> tuple[str | None, Problem | None]:
    """The text of `data`, or the problem that stops it being read as text."""
    if len(data) > MAX_BYTES:
        return None, _problem(
            Code.TOO_LARGE,
            translate(
                "Problems",
                "the details are {size} bytes; at most {most} bytes (64 KiB) are allowed",
            ).fill(size=f"{len(data):,}", most=f"{MAX_BYTES:,}"),
        )
    encoding, start = "utf-8", 0
    if data.startswith(_UTF8_BOM):
        start = 3
    elif data[:4] in _UTF32_BOMS:
        return None, _problem(
            Code.ENCODING,
            translate("Problems", "the file is UTF-32, which is not supported; save it as UTF-8"),
            offset=0,
        )
    elif data[:2] in _UTF16_BOMS:
        encoding, start = _UTF16_BOMS[data[:2]], 2
    try:
        text = data[start:].decode(encoding)
    except UnicodeDecodeError as exc:
        offset = start + exc.start
        name = "UTF-8" if encoding == "utf-8" else "UTF-16"
        return None, _problem(
            Code.ENCODING,
            translate(
                "Problems",
                "byte {offset} ({value}) is not valid {encoding}; save the file as UTF-8",
            ).fill(offset=offset, value=f"0x{data[offset]:02X}", encoding=name),
            offset=offset,
        )
    if encoding == "utf-8" and "\x00" in text:
        offset = data.index(b"\x00")
        return None, _problem(
            Code.ENCODING,
            translate(
                "Problems",
                "byte {offset} is a NUL byte: the file looks like UTF-16 without a byte-order "
                "mark; save it as UTF-8",
            ).fill(offset=offset),
            offset=offset,
        )
    if _WS.fullmatch(text):
        return None, _problem(
            Code.EMPTY_FILE,
            translate("Problems", "there is nothing here: expected one JSON object"),
        )
    return text, None


def _problem(code: Code, words: Words, offset: int | None = None) -> Problem:
    return Problem(code, words, offset=offset)


class Positions:
    """Turns character indexes of one text into 1-based (line, column) pairs."""

    __slots__ = ("_index", "_line", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._index, self._line = 0, 1

    def at(self, index: int) -> tuple[int, int]:
        text = self._text
        # Problems mostly come in text order: count lines on from the last index asked for.
        if index >= self._index:
            line = self._line + text.count("\n", self._index, index)
        else:
            line = text.count("\n", 0, index) + 1
        self._index, self._line = index, line
        column = index - (text.rfind("\n", 0, index) + 1) + 1
        return line, column


def apostrophes(text: str) -> Iterator[int]:
    pos = text.find("'")
    while pos != -1:
        yield pos
        pos = text.find("'", pos + 1)


def escaped_apostrophes(text: str) -> list[int]:
    """Where a \\u0027 escape (an apostrophe once decoded) starts inside a string, in order."""
    found: list[int] = []
    if APOSTROPHE_ESCAPE not in text:
        return found
    for string in _STRING.finditer(text):
        if APOSTROPHE_ESCAPE in string.group():
            start = string.start()
            found.extend(
                start + escape.start()
                for escape in _ESCAPE.finditer(string.group())
                if escape.group(1)
            )
    return found


def non_finite_literals(text: str, limit: int) -> tuple[list[tuple[int, str]], int]:
    """The first `limit` NaN/Infinity literals outside strings (position, literal), and how
    many there are in all."""
    first: list[tuple[int, str]] = []
    if "NaN" not in text and "Infinity" not in text:
        return first, 0
    matches = _NON_FINITE.finditer(text)
    for match in matches:
        literal = match.group(1)
        if literal:
            first.append((match.start(1), literal))
            if len(first) == limit:
                break
    rest = sum(1 for match in matches if match.group(1))
    return first, len(first) + rest


class Member(NamedTuple):
    key: str
    key_at: int
    value: object
    value_at: int
    # Where the key's closing quote and the value end (one past their last character).
    key_end: int = 0
    value_end: int = 0


# A NamedTuple's own constructor runs Python code; tuple's does not. Files with thousands of
# keys make a member for each.
_new_member = tuple.__new__


@dataclass(frozen=True, slots=True)
class Walk:
    """The top level of a JSON text: an object's members, or another value, or an error."""

    members: tuple[Member, ...] | None
    other: object = None
    error: str | None = None
    error_at: int = 0
    too_deep: bool = False


class _Stop(Exception):
    def __init__(self, message: str, at: int) -> None:
        self.message, self.at = message, at


def walk(text: str) -> Walk:
    """Read `text` as JSON, keeping the position of each member of a top-level object."""
    try:
        return _walk(text)
    except _Stop as stop:
        return Walk(None, error=stop.message, error_at=stop.at)
    except json.JSONDecodeError as exc:
        return Walk(None, error=exc.msg, error_at=exc.pos)
    except RecursionError:
        return Walk(None, too_deep=True)


def _walk(text: str) -> Walk:
    pos = _WS.match(text, 0).end()  # type: ignore[union-attr]
    if not text.startswith("{", pos):
        value, end = _value(text, pos)
        _expect_end(text, end)
        return Walk(None, other=value)
    members: list[Member] = []
    pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
    if text.startswith("}", pos):
        _expect_end(text, pos + 1)
        return Walk(())
    if not text.startswith('"', pos):
        raise _Stop("Expecting property name enclosed in double quotes", pos)
    # One regular expression for the white space and punctuation between two members keeps
    # the loop short for files with thousands of keys; when it does not match, the text is
    # read again one step at a time to say exactly what is wrong.
    while True:
        key, end = scanstring(text, pos + 1, True)
        key_end = end
        colon = _COLON.match(text, end)
        if colon is None:
            raise _Stop("Expecting ':' delimiter", _WS.match(text, end).end())  # type: ignore[union-attr]
        value_at = colon.end()
        try:
            value, end = _SCAN(text, value_at)
        except StopIteration as stop:
            raise _Stop("Expecting value", stop.value) from None
        members.append(_new_member(Member, (key, pos, value, value_at, key_end, end)))
        following = _NEXT_KEY.match(text, end)
        if following is not None:
            pos = following.end() - 1
            continue
        pos = _WS.match(text, end).end()  # type: ignore[union-attr]
        if text.startswith("}", pos):
            _expect_end(text, pos + 1)
            return Walk(tuple(members))
        if not text.startswith(",", pos):
            raise _Stop("Expecting ',' delimiter", pos)
        raise _Stop(
            "Expecting property name enclosed in double quotes",
            _WS.match(text, pos + 1).end(),  # type: ignore[union-attr]
        )


def _value(text: str, at: int) -> tuple[object, int]:
    try:
        return _SCAN(text, at)
    except StopIteration as stop:
        raise _Stop("Expecting value", stop.value) from None


def _expect_end(text: str, end: int) -> None:
    end = _WS.match(text, end).end()  # type: ignore[union-attr]
    if end != len(text):
        raise _Stop("Extra data after the JSON value", end)
