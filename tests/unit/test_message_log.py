"""The endpoint message log (SPEC §6.3): bounded, redacted."""

from __future__ import annotations

import itertools
import json

import pytest

from nbwss_gui.domain.message_log import RAW_TEXT_LIMIT, Direction, MessageLog, scrub
from nbwss_gui.domain.protocol import REDACTED, command_request, connect_request

TOKEN = "tok-LOG-1234567890"


def clock() -> itertools.count[float]:
    return itertools.count(1000.0)


def test_a_connect_request_is_stored_without_its_token() -> None:
    times = clock()
    log = MessageLog(clock=lambda: next(times))
    request = connect_request(TOKEN)
    entry = log.message(Direction.OUT, request)
    assert entry.time == 1000.0
    assert entry.direction is Direction.OUT
    assert entry.summary == f"CONNECT REQUEST {request.id}"
    assert entry.data is not None
    assert entry.data["payload"] == {"token": REDACTED}
    assert TOKEN not in entry.text()
    assert TOKEN not in json.dumps(entry.to_json())


def test_only_the_newest_entries_are_kept() -> None:
    log = MessageLog(capacity=3)
    for index in range(5):
        log.event(f"event {index}")
    assert [e.summary for e in log] == ["event 2", "event 3", "event 4"]
    assert len(log) == 3
    assert log.capacity == 3
    log.clear()
    assert log.entries() == []


def test_capacity_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least one entry"):
        MessageLog(capacity=0)


def test_close_codes_and_reasons_are_kept() -> None:
    log = MessageLog()
    entry = log.event("closed by the server", close_code=1001, close_reason="going away")
    assert (entry.close_code, entry.close_reason) == (1001, "going away")
    assert entry.to_json()["closeCode"] == 1001


def test_secrets_are_scrubbed_from_events_and_undecodable_text() -> None:
    log = MessageLog()
    event = log.event(f"bad token {TOKEN}", close_reason=f"got {TOKEN}", secrets=[TOKEN])
    raw = log.undecodable(f"echo {TOKEN} not json", "the message is not JSON", [TOKEN])
    for entry in (event, raw):
        assert TOKEN not in entry.text()
        assert TOKEN not in json.dumps(entry.to_json())
    assert raw.raw == f"echo {REDACTED} not json"
    assert raw.summary == "undecodable message: the message is not JSON"


def test_long_undecodable_text_is_shortened() -> None:
    log = MessageLog()
    entry = log.undecodable(b"x" * (RAW_TEXT_LIMIT * 3), "not JSON")
    assert entry.raw is not None
    assert entry.raw.startswith("x" * RAW_TEXT_LIMIT)
    assert entry.raw.endswith(f"({RAW_TEXT_LIMIT * 3} in all)")


def test_text_is_one_line_per_entry() -> None:
    log = MessageLog()
    request = command_request("/jobs")
    entry = log.message(Direction.IN, request, "not available, answered 501")
    assert entry.text().startswith("   in COMMAND REQUEST")
    assert "answered 501" in entry.text()
    assert "\n" not in entry.text()


def test_scrub_ignores_empty_secrets() -> None:
    assert scrub("abc", ["", "b"]) == f"a{REDACTED}c"
