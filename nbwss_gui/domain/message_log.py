"""An endpoint's message log (SPEC §6.3): the last messages in and out, and how connections ended.

Bounded: only the newest `capacity` entries are kept. The token never enters the log: messages
are stored in their redacted form, and raw text that could not be decoded is scrubbed of any
secret the caller names before it is stored.
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
# Undecodable text is kept only this long: enough to see what it was.
RAW_TEXT_LIMIT = 500


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
        self, capacity: int = DEFAULT_CAPACITY, clock: Callable[[], float] = time.time
    ) -> None:
        if capacity < 1:
            raise ValueError("a message log holds at least one entry")
        self._entries: deque[LogEntry] = deque(maxlen=capacity)
        self._clock = clock

    @property
    def capacity(self) -> int:
        maxlen = self._entries.maxlen
        assert maxlen is not None
        return maxlen

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[LogEntry]:
        return iter(list(self._entries))

    def entries(self) -> list[LogEntry]:
        return list(self._entries)

    def clear(self) -> None:
        self._entries.clear()

    def message(self, direction: Direction, message: Message, note: str = "") -> LogEntry:
        """Record a message, redacted (a CONNECT request's token never reaches the log)."""
        summary = message.summary() + (f": {note}" if note else "")
        return self._add(LogEntry(self._clock(), direction, summary, data=message.redacted()))

    def undecodable(self, text: str | bytes, problem: str, secrets: Iterable[str] = ()) -> LogEntry:
        """Record incoming text that is not an NBWSS message."""
        if isinstance(text, bytes):
            shown = text[:RAW_TEXT_LIMIT].decode("utf-8", errors="replace")
        else:
            shown = text[:RAW_TEXT_LIMIT]
        shown = scrub(shown, secrets)
        if len(text) > RAW_TEXT_LIMIT:
            shown += f"… ({len(text)} in all)"
        return self._add(
            LogEntry(
                self._clock(),
                Direction.IN,
                f"undecodable message: {problem}",
                raw=shown,
            )
        )

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
        return self._add(
            LogEntry(
                self._clock(),
                Direction.EVENT,
                scrub(summary, secrets),
                close_code=close_code,
                close_reason=reason,
            )
        )

    def _add(self, entry: LogEntry) -> LogEntry:
        self._entries.append(entry)
        return entry


def scrub(text: str, secrets: Iterable[str]) -> str:
    """`text` with every non-empty secret replaced by the redaction mark."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return text
