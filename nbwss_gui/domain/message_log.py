"""An endpoint's message log (SPEC §6.3): the last messages in and out, and how connections ended.

Bounded twice: only the newest `capacity` entries are kept, and together they hold at most
`max_bytes` of text. A peer decides how big its messages are, so a large payload is kept only
as its first PAYLOAD_LIMIT characters with a marker (the envelope — type, id, time — stays
whole), and the oldest entries leave when the byte budget is spent. The token never enters the
log: messages are stored in their redacted form, and raw text that could not be decoded is
scrubbed of any secret the caller names before it is stored.
"""

from __future__ import annotations

import json
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from nbwss_gui.domain.protocol import REDACTED, Message

DEFAULT_CAPACITY = 200
# Per endpoint: 200 entries of small messages fit many times over; a flood of large ones
# cannot take more than this.
DEFAULT_MAX_BYTES = 256 * 1024
# A payload whose JSON text is longer is kept as its beginning and a marker.
PAYLOAD_LIMIT = 2048
# Undecodable text is kept only this long: enough to see what it was.
RAW_TEXT_LIMIT = 500
# What an entry costs besides its text (the object, its time, its fields), for the budget.
ENTRY_OVERHEAD = 256
TRUNCATED_MARK = "… [payload truncated:"


class Direction(StrEnum):
    IN = "in"
    OUT = "out"
    # Not a message: the connection opened or closed, or a message was refused.
    EVENT = "event"


@dataclass(frozen=True, slots=True)
class LogEntry:
    time: float
    direction: Direction
    summary: str
    # The redacted message as JSON, or None for events and undecodable text.
    data: dict[str, Any] | None = None
    # Undecodable text as received (shortened, secrets scrubbed).
    raw: str | None = None
    close_code: int | None = None
    close_reason: str | None = None
    # What the entry counts against the log's byte budget.
    size: int = ENTRY_OVERHEAD

    def to_json(self) -> dict[str, Any]:
        return {
            "time": self.time,
            "direction": self.direction.value,
            "summary": self.summary,
            "message": self.data,
            "raw": self.raw,
            "closeCode": self.close_code,
            "closeReason": self.close_reason,
        }

    def text(self) -> str:
        """The entry as one line: what a person reads in the log view."""
        body = ""
        if self.data is not None:
            body = " " + json.dumps(self.data, separators=(",", ":"), ensure_ascii=False)
        elif self.raw is not None:
            body = f" {self.raw!r}"
        return f"{self.direction.value:>5} {self.summary}{body}"


class MessageLog:
    """The newest entries of one endpoint, oldest first."""

    def __init__(
        self,
        capacity: int = DEFAULT_CAPACITY,
        clock: Callable[[], float] = time.time,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        if capacity < 1:
            raise ValueError("a message log holds at least one entry")
        if max_bytes < ENTRY_OVERHEAD + PAYLOAD_LIMIT:
            raise ValueError(f"a message log holds at least {ENTRY_OVERHEAD + PAYLOAD_LIMIT} bytes")
        self._entries: deque[LogEntry] = deque()
        self._capacity = capacity
        self._max_bytes = max_bytes
        self._bytes = 0
        self._clock = clock

    @property
    def capacity(self) -> int:
        return self._capacity

    @property
    def max_bytes(self) -> int:
        return self._max_bytes

    @property
    def size_bytes(self) -> int:
        """What the entries held now count against `max_bytes`."""
        return self._bytes

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[LogEntry]:
        return iter(list(self._entries))

    def entries(self) -> list[LogEntry]:
        return list(self._entries)

    def clear(self) -> None:
        self._entries.clear()
        self._bytes = 0

    def message(self, direction: Direction, message: Message, note: str = "") -> LogEntry:
        """Record a message, redacted (a CONNECT request's token never reaches the log), its
        payload cut short when it is large."""
        summary = message.summary() + (f": {note}" if note else "")
        data, size = _bounded(message.redacted())
        size += len(summary) + ENTRY_OVERHEAD
        return self._add(LogEntry(self._clock(), direction, summary, data=data, size=size))

    def undecodable(self, text: str | bytes, problem: str, secrets: Iterable[str] = ()) -> LogEntry:
        """Record incoming text that is not an NBWSS message."""
        if isinstance(text, bytes):
            shown = text[:RAW_TEXT_LIMIT].decode("utf-8", errors="replace")
        else:
            shown = text[:RAW_TEXT_LIMIT]
        shown = scrub(shown, secrets)
        if len(text) > RAW_TEXT_LIMIT:
            shown += f"… ({len(text)} in all)"
        summary = f"undecodable message: {problem}"
        size = len(summary) + len(shown) + ENTRY_OVERHEAD
        return self._add(LogEntry(self._clock(), Direction.IN, summary, raw=shown, size=size))

    def event(
        self,
        summary: str,
        *,
        close_code: int | None = None,
        close_reason: str | None = None,
        secrets: Iterable[str] = (),
    ) -> LogEntry:
        """Record something that is not a message: opened, closed (with code), refused."""
        reason = scrub(close_reason, secrets) if close_reason is not None else None
        summary = scrub(summary, secrets)
        size = len(summary) + len(reason or "") + ENTRY_OVERHEAD
        return self._add(
            LogEntry(
                self._clock(),
                Direction.EVENT,
                summary,
                close_code=close_code,
                close_reason=reason,
                size=size,
            )
        )

    def _add(self, entry: LogEntry) -> LogEntry:
        entries = self._entries
        entries.append(entry)
        self._bytes += entry.size
        while len(entries) > 1 and (len(entries) > self._capacity or self._bytes > self._max_bytes):
            self._bytes -= entries.popleft().size
        return entry


def _bounded(data: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """The message with a long payload cut to its first PAYLOAD_LIMIT characters and a marker,
    and the size of its JSON text."""
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False, default=repr)
    if len(text) <= PAYLOAD_LIMIT + ENTRY_OVERHEAD:
        return data, len(text)
    payload = json.dumps(
        data.get("payload"), separators=(",", ":"), ensure_ascii=False, default=repr
    )
    if len(payload) <= PAYLOAD_LIMIT:
        # A long envelope, not a long payload: decode() bounds those fields already.
        return data, len(text)
    marked = f"{payload[:PAYLOAD_LIMIT]}{TRUNCATED_MARK} {len(payload):,} characters in all]"
    kept = {**data, "payload": marked}
    return kept, len(text) - len(payload) + len(marked)


def scrub(text: str, secrets: Iterable[str]) -> str:
    """`text` with every non-empty secret replaced by the redaction mark. Text without a secret
    is returned as it is (the same object: `Words` stay translatable)."""
    for secret in secrets:
        if secret and secret in text:
            text = text.replace(secret, REDACTED)
    return text
