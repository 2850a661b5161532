"""The NBWSS envelope (SPEC §4.2): building, reading and refusing messages."""

from __future__ import annotations

import contextlib
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nbwss_gui.domain.protocol import (
    NOT_AVAILABLE_STATUS,
    REDACTED,
    VERSION,
    MessageType,
    ProtocolError,
    SubType,
    command_not_available,
    command_request,
    connect_request,
    connect_response,
    connect_verdict,
    decode,
    message,
    notification_response,
)

UPPER_UUID = re.compile(r"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$")


def test_connect_request_has_every_envelope_field() -> None:
    request = connect_request("secret-token")
    data = json.loads(request.encode())
    assert data["version"] == VERSION == "1.0"
    assert UPPER_UUID.match(data["id"])
    assert data["type"] == "CONNECT"
    assert data["subType"] == "REQUEST"
    assert isinstance(data["timeStamp"], int)
    assert data["payload"] == {"token": "secret-token"}


def test_redacted_hides_the_token_and_nothing_else() -> None:
    request = connect_request("secret-token")
    shown = request.redacted()
    assert shown["payload"] == {"token": REDACTED}
    assert "secret-token" not in json.dumps(shown)
    assert shown["id"] == request.id
    other = command_request("/jobs")
    assert other.redacted() == other.to_json()


def test_summary_names_type_subtype_and_id() -> None:
    request = connect_request("t")
    assert request.summary() == f"CONNECT REQUEST {request.id}"
    assert "t" not in request.summary().replace("CONNECT", "").replace("REQUEST", "")


def test_round_trip() -> None:
    original = command_request("/netbackup/jobs", "POST", {"Accept": "application/json"})
    assert decode(original.encode()) == original
    assert decode(original.encode().encode("utf-8")) == original


def test_connect_verdict() -> None:
    request = connect_request("t")
    assert connect_verdict(decode(connect_response(request, True).encode()), request) is True
    assert connect_verdict(decode(connect_response(request, False).encode()), request) is False


@pytest.mark.parametrize(
    ("payload", "words"),
    [({"valid": "yes"}, '"valid": true or false'), (None, '"valid"'), ([], '"valid"')],
)
def test_connect_verdict_needs_a_boolean(payload: object, words: str) -> None:
    request = connect_request("t")
    response = message(MessageType.CONNECT, SubType.RESPONSE, payload, message_id=request.id)
    with pytest.raises(ProtocolError, match=re.escape(words)):
        connect_verdict(response, request)


def test_connect_verdict_needs_the_request_id() -> None:
    request = connect_request("t")
    response = message(MessageType.CONNECT, SubType.RESPONSE, {"valid": True})
    with pytest.raises(ProtocolError, match="does not repeat the request's id"):
        connect_verdict(response, request)


def test_connect_verdict_needs_a_connect_response() -> None:
    request = connect_request("t")
    response = message(MessageType.COMMAND, SubType.REQUEST, {}, message_id=request.id)
    with pytest.raises(ProtocolError, match="expected a CONNECT response"):
        connect_verdict(response, request)


def test_command_not_available_answers_the_request() -> None:
    request = command_request("/netbackup/admin/jobs")
    answer = command_not_available(request)
    assert answer.type is MessageType.COMMAND
    assert answer.sub_type is SubType.RESPONSE
    assert answer.id == request.id
    assert answer.payload["status"] == NOT_AVAILABLE_STATUS == 501
    assert "not available" in answer.payload["body"]


def test_notification_response_repeats_the_id() -> None:
    request = message(MessageType.NOTIFICATION, SubType.REQUEST, [{"job": 1}])
    assert notification_response(request).id == request.id


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("not json", "not JSON"),
        ("[1, 2]", "not a JSON object"),
        ('{"version": "1.0"}', "has no id, type, subType, timeStamp"),
        (
            '{"version": "2.0", "id": "A", "type": "CONNECT", "subType": "REQUEST", '
            '"timeStamp": 1}',
            "unsupported message version '2.0'",
        ),
        (
            '{"version": "1.0", "id": "", "type": "CONNECT", "subType": "REQUEST", "timeStamp": 1}',
            "id must be a non-empty string",
        ),
        (
            '{"version": "1.0", "id": "A", "type": "HELLO", "subType": "REQUEST", "timeStamp": 1}',
            "unknown message type 'HELLO'",
        ),
        (
            '{"version": "1.0", "id": "A", "type": "CONNECT", "subType": "ASK", "timeStamp": 1}',
            "unknown message subType 'ASK'",
        ),
        (
            '{"version": "1.0", "id": "A", "type": "CONNECT", "subType": "REQUEST", '
            '"timeStamp": 1.5}',
            "timeStamp must be whole Unix seconds",
        ),
        (
            '{"version": "1.0", "id": "A", "type": "CONNECT", "subType": "REQUEST", '
            '"timeStamp": true}',
            "timeStamp must be whole Unix seconds",
        ),
        (b"\xff\xfe", "not JSON"),
    ],
)
def test_decode_says_what_is_wrong(text: str | bytes, words: str) -> None:
    with pytest.raises(ProtocolError, match=re.escape(words)):
        decode(text)


@given(st.one_of(st.text(max_size=200), st.binary(max_size=200)))
def test_decode_raises_only_protocol_error(data: str | bytes) -> None:
    with contextlib.suppress(ProtocolError):
        decode(data)


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(st.text(max_size=8), children, max_size=4)
        ),
        max_leaves=10,
    )
)
def test_any_payload_round_trips(payload: object) -> None:
    original = message(MessageType.NOTIFICATION, SubType.REQUEST, payload)
    assert decode(original.encode()) == original
