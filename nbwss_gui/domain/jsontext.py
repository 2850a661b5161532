"""From bytes to JSON values with positions: encodings, the apostrophe ban, and a walker
over the top-level object that records where each key and value stands (SPEC §2.2).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from json.decoder import scanstring  # type: ignore[attr-defined]  # public, but not in typeshed

from nbwss_gui.domain.fields import HugeInteger, JsonObject, NonFinite
from nbwss_gui.domain.problems import Code, Problem

MAX_BYTES = 64 * 1024
_LONGEST_INT = 100

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_UTF16_BOMS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}
_WS = re.compile(r"[ \t\n\r]*")
# A JSON string, or one of the non-standard literals Python's decoder lets through.
_NON_FINITE = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)', re.DOTALL)


def _parse_int(digits: str) -> int | HugeInteger:
    return int(digits) if len(digits) <= _LONGEST_INT else HugeInteger(digits)


DECODER = json.JSONDecoder(
    object_pairs_hook=JsonObject,
    parse_constant=NonFinite,
    parse_int=_parse_int,
    strict=True,
)


def decode_bytes(data: bytes) -> tuple[str | None, Problem | None]:
    """The text of `data`, or the problem that stops it being read as text."""
    if len(data) > MAX_BYTES:
        return None, Problem(
            Code.TOO_LARGE,
            f"the details are {len(data):,} bytes; "
            f"at most {MAX_BYTES:,} bytes (64 KiB) are allowed",
        )
    encoding, start = "utf-8", 0
    if data.startswith(_UTF8_BOM):
        start = 3
    elif data[:4] in _UTF32_BOMS:
        return None, Problem(
            Code.ENCODING,
            "the file is UTF-32, which is not supported; save it as UTF-8",
            offset=0,
        )
    elif data[:2] in _UTF16_BOMS:
        encoding, start = _UTF16_BOMS[data[:2]], 2
    try:
        text = data[start:].decode(encoding)
    except UnicodeDecodeError as exc:
        offset = start + exc.start
        name = "UTF-8" if encoding == "utf-8" else "UTF-16"
        return None, Problem(
            Code.ENCODING,
            f"byte {offset} (0x{data[offset]:02X}) is not valid {name}; save the file as UTF-8",
            offset=offset,
        )
    if encoding == "utf-8" and "\x00" in text:
        offset = data.index(b"\x00")
        return None, Problem(
            Code.ENCODING,
            f"byte {offset} is a NUL byte: the file looks like UTF-16 without a byte-order "
            "mark; save it as UTF-8",
            offset=offset,
        )
    if not text.strip(" \t\r\n"):
        return None, Problem(Code.EMPTY_FILE, "there is nothing here: expected one JSON object")
    return text, None


class Positions:
    """Turns character indexes of one text into 1-based (line, column) pairs."""

    __slots__ = ("_text",)

    def __init__(self, text: str) -> None:
        self._text = text

    def at(self, index: int) -> tuple[int, int]:
        text = self._text
        line = text.count("\n", 0, index) + 1
        column = index - (text.rfind("\n", 0, index) + 1) + 1
        return line, column


def apostrophes(text: str) -> Iterator[int]:
    pos = text.find("'")
    while pos != -1:
        yield pos
        pos = text.find("'", pos + 1)


def non_finite_literals(text: str) -> Iterator[tuple[int, str]]:
    for match in _NON_FINITE.finditer(text):
        if match.group(1):
            yield match.start(1), match.group(1)


@dataclass(frozen=True, slots=True)
class Member:
    key: str
    key_at: int
    value: object
    value_at: int


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
        value, end = DECODER.raw_decode(text, pos)
        _expect_end(text, end)
        return Walk(None, other=value)
    members: list[Member] = []
    pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
    if text.startswith("}", pos):
        _expect_end(text, pos + 1)
        return Walk(())
    while True:
        if not text.startswith('"', pos):
            raise _Stop("Expecting property name enclosed in double quotes", pos)
        key, end = scanstring(text, pos + 1, True)
        colon = _WS.match(text, end).end()  # type: ignore[union-attr]
        if not text.startswith(":", colon):
            raise _Stop("Expecting ':' delimiter", colon)
        value_at = _WS.match(text, colon + 1).end()  # type: ignore[union-attr]
        value, end = DECODER.raw_decode(text, value_at)
        members.append(Member(key, pos, value, value_at))
        pos = _WS.match(text, end).end()  # type: ignore[union-attr]
        if text.startswith("}", pos):
            _expect_end(text, pos + 1)
            return Walk(tuple(members))
        if not text.startswith(",", pos):
            raise _Stop("Expecting ',' delimiter", pos)
        pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]


def _expect_end(text: str, end: int) -> None:
    end = _WS.match(text, end).end()  # type: ignore[union-attr]
    if end != len(text):
        raise _Stop("Extra data after the JSON value", end)
