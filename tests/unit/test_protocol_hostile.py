"""Hostile bytes from a peer: decode bounds them, the message log stays small, and the checker's
host, apostrophe and shape rules say what a hostile file would have done."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nbwss_gui.domain.checker import check_bytes, check_text
from nbwss_gui.domain.fields import check_host_name, check_url
from nbwss_gui.domain.hosts import host_port, whatwg_ipv4
from nbwss_gui.domain.message_log import (
    PAYLOAD_LIMIT,
    TRUNCATED_MARK,
    Direction,
    MessageLog,
)
from nbwss_gui.domain.problems import Code
from nbwss_gui.domain.protocol import (
    MAX_DEPTH,
    MAX_TEXT,
    MessageType,
    ProtocolError,
    SubType,
    decode,
    message,
)

ENVELOPE = '{"version": "1.0", "id": "A", "type": "COMMAND", "subType": "REQUEST", "timeStamp": 1'


def with_payload(payload: str) -> str:
    return f'{ENVELOPE}, "payload": {payload}}}'


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 1_000, 100_000])
def test_deep_nesting_is_a_protocol_error(depth: int) -> None:
    with pytest.raises(ProtocolError, match="nested more than"):
        decode(with_payload("[" * depth + "]" * depth))


def test_deep_nesting_that_never_closes_is_a_protocol_error() -> None:
    with pytest.raises(ProtocolError):
        decode("[" * 100_000)


def test_nesting_up_to_the_limit_is_a_message() -> None:
    depth = MAX_DEPTH - 2
    decoded = decode(with_payload('{"a":' * depth + "1" + "}" * depth))
    assert decoded.type is MessageType.COMMAND


def test_a_message_over_the_size_limit_is_refused_before_it_is_parsed() -> None:
    with pytest.raises(ProtocolError, match="at most"):
        decode(with_payload('"' + "x" * MAX_TEXT + '"'))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('"just a string"', "not a JSON object but a string"),
        ("[1, 2]", "not a JSON object but an array"),
        (
            '{"version": ["1.0"], "id": "A", "type": "CONNECT", "subType": "REQUEST", '
            '"timeStamp": 1}',
            "unsupported message version an array",
        ),
        (
            '{"version": "1.0", "id": "A", "type": ["CONNECT"], "subType": "REQUEST", '
            '"timeStamp": 1}',
            "unknown message type an array",
        ),
        (
            '{"version": "1.0", "id": "A", "type": {"x": 1}, "subType": "REQUEST", "timeStamp": 1}',
            "unknown message type an object",
        ),
        (with_payload('"text"'), "payload of a COMMAND REQUEST must be a JSON object, not a"),
        (with_payload("[1]"), "must be a JSON object, not an array"),
        (with_payload("null"), "must be a JSON object, not null"),
        (
            '{"version": "1.0", "id": "' + "I" * 5000 + '", "type": "CONNECT", '
            '"subType": "RESPONSE", "timeStamp": 1, "payload": {"valid": true}}',
            "at most 200",
        ),
        (b'{"version": "1.0", "id": "\xff"}', "not valid UTF-8"),
    ],
)
def test_wrong_shapes_say_what_is_wrong_briefly(text: str | bytes, words: str) -> None:
    with pytest.raises(ProtocolError) as caught:
        decode(text)
    assert words in str(caught.value)
    assert len(str(caught.value)) < 200


def test_a_huge_version_value_is_not_repeated_in_the_reason() -> None:
    text = (
        '{"version": "' + "9" * 100_000 + '", "id": "A", "type": "CONNECT", '
        '"subType": "REQUEST", "timeStamp": 1}'
    )
    with pytest.raises(ProtocolError) as caught:
        decode(text)
    assert len(str(caught.value)) < 100


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=20,
)


@st.composite
def hostile_texts(draw: st.DrawFn) -> str | bytes:
    kind = draw(st.sampled_from(["value", "nested", "envelope", "bytes", "text"]))
    if kind == "value":
        return json.dumps(draw(json_values))
    if kind == "nested":
        depth = draw(st.integers(min_value=1, max_value=5_000))
        opener = draw(st.sampled_from(["[", '{"a":']))
        return with_payload(opener * depth)
    if kind == "envelope":
        fields = {
            "version": draw(st.one_of(st.just("1.0"), json_values)),
            "id": draw(st.one_of(st.just("A"), json_values)),
            "type": draw(st.one_of(st.sampled_from([t.value for t in MessageType]), json_values)),
            "subType": draw(st.one_of(st.sampled_from(["REQUEST", "RESPONSE"]), json_values)),
            "timeStamp": draw(st.one_of(st.just(1), json_values)),
            "payload": draw(json_values),
        }
        return json.dumps(fields)
    if kind == "bytes":
        return draw(st.binary(max_size=300))
    return draw(st.text(max_size=300))


@given(hostile_texts())
def test_decode_raises_nothing_but_protocol_error(text: str | bytes) -> None:
    with contextlib.suppress(ProtocolError):
        decoded = decode(text)
        # Whatever decodes can be logged and shown.
        MessageLog().message(Direction.IN, decoded)


# The message log


def big_command(size: int) -> object:
    return message(MessageType.COMMAND, SubType.REQUEST, {"uri": "/x", "body": "b" * size})


def test_a_large_payload_is_kept_short_with_a_marker_and_its_envelope() -> None:
    log = MessageLog()
    incoming = big_command(900 * 1024)
    entry = log.message(Direction.IN, incoming)  # type: ignore[arg-type]
    assert entry.data is not None
    assert entry.data["id"] == incoming.id  # type: ignore[attr-defined]
    assert entry.data["type"] == "COMMAND"
    payload = entry.data["payload"]
    assert isinstance(payload, str)
    assert TRUNCATED_MARK in payload
    assert len(payload) < PAYLOAD_LIMIT + 100
    assert entry.size < PAYLOAD_LIMIT + 1024


def test_the_log_is_bounded_in_bytes_under_a_flood() -> None:
    log = MessageLog(max_bytes=64 * 1024)
    for _ in range(500):
        log.message(Direction.IN, big_command(900 * 1024))  # type: ignore[arg-type]
        assert log.size_bytes <= log.max_bytes
    assert 0 < len(log) < 500
    assert log.size_bytes == sum(e.size for e in log)


def test_small_messages_are_kept_whole() -> None:
    log = MessageLog()
    entry = log.message(Direction.IN, big_command(10))  # type: ignore[arg-type]
    assert entry.data is not None
    assert entry.data["payload"] == {"uri": "/x", "body": "b" * 10}


# Hosts as the WHATWG URL parser reads them


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("0x7f.1", "127.0.0.1"),
        ("0xffffffff", "255.255.255.255"),
        ("192.0x00A80001", "192.168.0.1"),
        ("127.1", "127.0.0.1"),
        ("2130706433", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("1.2.3.4.", "1.2.3.4"),
    ],
)
def test_a_host_in_another_ipv4_notation_is_refused_with_its_address(
    host: str, address: str
) -> None:
    assert str(whatwg_ipv4(host)) == address
    (finding,) = check_host_name(host)
    assert finding[0] is Code.HOSTNAME_INVALID
    assert f"would be read as the IPv4 address {address}" in finding[1]
    (url_finding,) = check_url(f"wss://{host}:8443/x")
    assert url_finding[0] is Code.URL_HOST_INVALID
    assert address in url_finding[1]


@pytest.mark.parametrize("host", ["foo.09", "example.123", "a.0x", "foo.0x1", "x.1.2.3.4"])
def test_a_host_ending_in_a_number_that_is_no_address_is_refused(host: str) -> None:
    assert whatwg_ipv4(host) is None
    (finding,) = check_host_name(host)
    assert finding[0] is Code.HOSTNAME_INVALID
    assert "ends in a number" in finding[1]


@pytest.mark.parametrize("host", ["example.com", "0x7f.com", "abc.0xg", "1.2.3.com", "a-1.b2"])
def test_domains_with_numbers_inside_stay_valid(host: str) -> None:
    assert check_host_name(host) == ()
    assert check_url(f"wss://{host}/") == ()


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("wss://[v1.x]/", "IPvFuture"),
        ("wss://[v7.abc]:443/", "IPvFuture"),
    ],
)
def test_brackets_hold_only_an_ipv6_address(url: str, words: str) -> None:
    (finding,) = check_url(url)
    assert finding[0] is Code.URL_HOST_INVALID
    assert words in finding[1]


@pytest.mark.parametrize("url", ["wss://[example.com]/", "wss://[V7.abc]/", "wss://[1.2.3.4]/"])
def test_anything_else_in_brackets_is_refused(url: str) -> None:
    (finding,) = check_url(url)
    assert finding[0] in (Code.URL_HOST_INVALID, Code.URL_INVALID)


def test_ipv6_hosts_are_written_in_brackets_before_a_port() -> None:
    assert host_port("::1", 35567) == "[::1]:35567"
    assert host_port("127.0.0.1", 443) == "127.0.0.1:443"
    assert host_port("[::1]", 443) == "[::1]:443"


# Apostrophes and shapes

GOOD = {
    "token": "tok",
    "priority": 1,
    "groupId": "G",
    "hostName": "a.example.com",
    "url": "wss://a.example.com/x",
}


@pytest.mark.parametrize("key", ["token", "groupId", "hostName", "url"])
def test_an_apostrophe_in_a_value_is_reported_against_its_field(key: str) -> None:
    details = dict(GOOD)
    details[key] = "ab'cd"
    text = json.dumps(details, indent=2)
    result = check_text(text)
    (problem,) = (p for p in result.problems if p.code is Code.APOSTROPHE)
    assert problem.field == key
    line_text = text.splitlines()[problem.line - 1]  # type: ignore[operator]
    assert line_text[problem.column - 1] == "'"  # type: ignore[operator]


def test_an_apostrophe_between_members_has_no_field() -> None:
    text = json.dumps(GOOD, indent=2).replace('"priority"', '\' "priority"')
    problem = next(p for p in check_text(text).problems if p.code is Code.APOSTROPHE)
    assert problem.field is None


def test_an_apostrophe_in_the_group_id_alias_key_is_reported_against_group_id() -> None:
    text = json.dumps(GOOD).replace('"groupId": "G"', '"groupID": "G\'"')
    problem = next(p for p in check_text(text).problems if p.code is Code.APOSTROPHE)
    assert problem.field == "groupId"


@pytest.mark.parametrize(("text", "words"), [("[]", "an empty array"), ("[1, []]", "no endpoint")])
def test_an_array_without_endpoints_says_the_file_holds_none(text: str, words: str) -> None:
    (problem,) = check_text(text).problems
    assert "holds no endpoint" in problem.message
    assert words in problem.message
    assert "0 endpoint" not in problem.message


@pytest.mark.parametrize(
    "data",
    [b'{"\\udfaa": 1}', b'{"\\ud800x": "\\udfff"}', b'{"a": 1, "a\\ud800": 2, "a\\ud800": 3}'],
)
def test_a_key_of_half_a_surrogate_pair_gives_messages_that_encode(data: bytes) -> None:
    result = check_bytes(data)
    assert not result.ok
    for problem in result.problems:
        problem.message.encode("utf-8")
        json.dumps(problem.to_json(), ensure_ascii=False).encode("utf-8")
