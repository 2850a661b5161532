"""Endpoint files laid out one member per line, so each test knows where every key and value is."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import pytest

from nbwss_gui.cli import language

GOOD: dict[str, object] = {
    "token": "tok-0123456789abcdef",
    "priority": 1,
    "groupId": "group-a",
    "hostName": "example.com",
    "url": "wss://example.com/ws",
}


@dataclass(frozen=True)
class Layout:
    """The bytes of an endpoint file and the (line, column) of each member, 1-based."""

    data: bytes
    keys: tuple[tuple[str, tuple[int, int]], ...]
    values: tuple[tuple[str, tuple[int, int]], ...]

    def key_at(self, key: str, occurrence: int = 0) -> tuple[int, int]:
        return [at for name, at in self.keys if name == key][occurrence]

    def value_at(self, key: str, occurrence: int = 0) -> tuple[int, int]:
        return [at for name, at in self.values if name == key][occurrence]


def layout(members: Iterable[tuple[str, str]]) -> Layout:
    """Lay out (key, raw JSON value text) pairs as a two-space indented object."""
    lines = ["{"]
    keys: list[tuple[str, tuple[int, int]]] = []
    values: list[tuple[str, tuple[int, int]]] = []
    pairs = list(members)
    for index, (key, raw) in enumerate(pairs):
        quoted = json.dumps(key, ensure_ascii=False)
        line_no = len(lines) + 1
        keys.append((key, (line_no, 3)))
        values.append((key, (line_no, 3 + len(quoted) + 2)))
        comma = "," if index < len(pairs) - 1 else ""
        lines.append(f"  {quoted}: {raw}{comma}")
    lines.append("}")
    return Layout(("\n".join(lines) + "\n").encode("utf-8"), tuple(keys), tuple(values))


def raw(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


EndpointFile = Callable[..., Layout]


@pytest.fixture
def endpoint_file() -> EndpointFile:
    """Build a file from the good endpoint: keyword overrides are Python values, `raw_values`
    are JSON text written as is (for NaN, 1.0 and the like), `drop` removes keys and `extra`
    appends (key, raw JSON) members."""

    def build(
        raw_values: dict[str, str] | None = None,
        drop: Iterable[str] = (),
        extra: Iterable[tuple[str, str]] = (),
        **overrides: object,
    ) -> Layout:
        fields = {**GOOD, **overrides}
        texts = {key: raw(value) for key, value in fields.items()}
        texts.update(raw_values or {})
        dropped = set(drop)
        members = [(key, text) for key, text in texts.items() if key not in dropped]
        return layout([*members, *extra])

    return build


@pytest.fixture
def members_file() -> Callable[[Iterable[tuple[str, str]]], Layout]:
    """Lay out exactly the (key, raw JSON) members given, in order."""
    return layout


@pytest.fixture
def german(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The commands speak German for the test (cli/language.py), English again after it."""
    monkeypatch.delenv("LANGUAGE", raising=False)
    assert language.choose("de") is None
    yield
    monkeypatch.setenv("LANGUAGE", "en")
    language.choose()
