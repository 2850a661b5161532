"""The type and value rules of the five fields, and the hostName-vs-url warning (SPEC §2.1)."""

from __future__ import annotations

import ipaddress
import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from nbwss_gui.domain.checker import CheckResult, check_bytes
from nbwss_gui.domain.hosts import host_problem
from nbwss_gui.domain.problems import Code, Problem, Severity

LABEL63 = "a" * 63
NAME253 = ".".join([LABEL63] * 3 + ["b" * 61])
NAME254 = ".".join([LABEL63] * 3 + ["b" * 62])


def one_error(result: CheckResult, code: Code, field: str) -> Problem:
    assert not result.ok
    assert result.endpoint is None
    assert [(p.code, p.field) for p in result.errors] == [(code, field)], result.problems
    return result.errors[0]


def check_field(endpoint_file, field: str, code: Code, *, raw: str | None = None, **values):
    """Check a file with one field changed; return its only error, placed at that value."""
    if raw is not None:
        layout = endpoint_file(raw_values={field: raw}, **values)
    else:
        layout = endpoint_file(**values)
    problem = one_error(check_bytes(layout.data), code, field)
    assert problem.severity is Severity.ERROR
    assert (problem.line, problem.column) == layout.value_at(field)
    return problem


def clean(endpoint_file, **values) -> CheckResult:
    result = check_bytes(endpoint_file(**values).data)
    assert result.ok, result.problems
    assert result.problems == (), result.problems
    return result


# token


def test_token_must_be_a_string(endpoint_file) -> None:
    problem = check_field(endpoint_file, "token", Code.WRONG_TYPE, token=12345)
    assert "string" in problem.message
    assert "number" in problem.message


def test_token_must_not_be_empty(endpoint_file) -> None:
    problem = check_field(endpoint_file, "token", Code.EMPTY_VALUE, token="")
    assert "empty" in problem.message


def test_token_with_surrounding_white_space_is_a_warning(endpoint_file) -> None:
    layout = endpoint_file(token=" secret-token-value ")
    result = check_bytes(layout.data)
    assert result.ok
    (problem,) = result.problems
    assert problem.code is Code.TOKEN_WHITESPACE
    assert problem.severity is Severity.WARNING
    assert (problem.line, problem.column) == layout.value_at("token")
    assert "secret-token-value" not in problem.message


def test_token_keeps_its_exact_value(endpoint_file) -> None:
    token = "A" * 1500 + "/+=é"
    result = clean(endpoint_file, token=token)
    assert result.endpoint is not None
    assert result.endpoint.token == token


def test_lone_surrogate_escape_is_not_a_character(endpoint_file) -> None:
    problem = check_field(endpoint_file, "token", Code.INVALID_UNICODE, raw='"ab\\ud800cd"')
    assert "surrogate" in problem.message


# priority


@pytest.mark.parametrize("value", ["0", "1", "2147483647", "-0"])
def test_priority_in_range_is_accepted(endpoint_file, value: str) -> None:
    result = check_bytes(endpoint_file(raw_values={"priority": value}).data)
    assert result.ok, result.problems
    assert result.endpoint is not None
    assert result.endpoint.priority == int(value)
    assert type(result.endpoint.priority) is int


def test_quoted_priority_is_an_error_that_says_remove_the_quotes(endpoint_file) -> None:
    problem = check_field(endpoint_file, "priority", Code.WRONG_TYPE, raw='"1"')
    assert "not a string" in problem.message
    assert "quotes" in problem.message


@pytest.mark.parametrize("raw", ["1.0", "1.5", "1e3", "0.0"])
def test_priority_must_be_a_whole_number(endpoint_file, raw: str) -> None:
    problem = check_field(endpoint_file, "priority", Code.PRIORITY_NOT_WHOLE, raw=raw)
    assert "must be a whole number" in problem.message


@pytest.mark.parametrize(("raw", "kind"), [("true", "true"), ("null", "null"), ("[1]", "array")])
def test_priority_of_another_type_is_an_error(endpoint_file, raw: str, kind: str) -> None:
    problem = check_field(endpoint_file, "priority", Code.WRONG_TYPE, raw=raw)
    assert "whole number" in problem.message
    assert kind in problem.message


@pytest.mark.parametrize("raw", ["-1", "2147483648", "-2147483649"])
def test_priority_out_of_range_is_an_error(endpoint_file, raw: str) -> None:
    problem = check_field(endpoint_file, "priority", Code.PRIORITY_RANGE, raw=raw)
    assert "2147483647" in problem.message
    assert raw in problem.message


def test_priority_with_thousands_of_digits_is_out_of_range(endpoint_file) -> None:
    layout = endpoint_file(raw_values={"priority": "1" + "0" * 5000})
    result = check_bytes(layout.data)
    assert not result.ok
    (problem,) = result.errors
    assert problem.code in {Code.PRIORITY_RANGE, Code.NUMBER_TOO_LONG}
    assert problem.field == "priority"
    assert (problem.line, problem.column) == layout.value_at("priority")
    assert "2147483647" in problem.message
    assert len(problem.message) < 200


# groupId


@pytest.mark.parametrize("value", ["g", "g" * 255, "Gruppe Süd ☃", "group with spaces"])
def test_group_id_accepted(endpoint_file, value: str) -> None:
    result = clean(endpoint_file, groupId=value)
    assert result.endpoint is not None
    assert result.endpoint.group_id == value


def test_group_id_over_255_characters_is_an_error(endpoint_file) -> None:
    problem = check_field(endpoint_file, "groupId", Code.TOO_LONG, groupId="g" * 256)
    assert "255" in problem.message
    assert "256" in problem.message


def test_group_id_length_counts_characters_not_bytes(endpoint_file) -> None:
    clean(endpoint_file, groupId="☃" * 255)


def test_group_id_must_not_be_empty(endpoint_file) -> None:
    problem = check_field(endpoint_file, "groupId", Code.EMPTY_VALUE, groupId="")
    assert "empty" in problem.message


@pytest.mark.parametrize(
    ("value", "shown"), [("a\tb", "U+0009"), ("a\nb", "U+000A"), ("ab\x7f", "U+007F")]
)
def test_group_id_with_a_control_character_is_an_error(endpoint_file, value, shown) -> None:
    problem = check_field(endpoint_file, "groupId", Code.CONTROL_CHARACTER, groupId=value)
    assert shown in problem.message


@pytest.mark.parametrize("raw", ["7", "null", "true", '{"id": "a"}', '["a"]'])
def test_group_id_must_be_a_string(endpoint_file, raw: str) -> None:
    problem = check_field(endpoint_file, "groupId", Code.WRONG_TYPE, raw=raw)
    assert "must be a string" in problem.message


# hostName


@pytest.mark.parametrize(
    "host",
    [
        "localhost",
        "example.com",
        "Example.COM",
        "example.com.",
        "a-b.example.com",
        "xn--bcher-kva.de",
        "123.example.com",
        f"{LABEL63}.com",
        NAME253,
        "10.0.0.1",
        "255.255.255.255",
    ],
)
def test_host_name_accepted(endpoint_file, host: str) -> None:
    clean(endpoint_file, hostName=host, url=f"wss://{host}/ws")


@pytest.mark.parametrize("host", ["::1", "2001:db8::1", "fe80::1:2:3:4"])
def test_host_name_ipv6_accepted(endpoint_file, host: str) -> None:
    clean(endpoint_file, hostName=host, url=f"wss://[{host}]:8443/ws")


@pytest.mark.parametrize(
    ("host", "words"),
    [
        (f"{'a' * 64}.com", ["64", "63"]),
        (NAME254, ["253", "254"]),
        ("-edge.example.com", ["hyphen"]),
        ("edge-.example.com", ["hyphen"]),
        ("under_score.example.com", ['"_"']),
        ("256.1.1.1", ["IPv4"]),
        ("1.2.3", ["IPv4"]),
        ("[::1]", ["brackets"]),
        ("2001:db8::g", ["IPv6"]),
        ("bücher.de", ["ASCII", "xn--"]),
        ("a..b", ["empty label"]),
        ("host name", ['" "']),
    ],
)
def test_host_name_rejected_with_its_reason(endpoint_file, host: str, words: list[str]) -> None:
    layout = endpoint_file(hostName=host)
    result = check_bytes(layout.data)
    problem = one_error(result, Code.HOSTNAME_INVALID, "hostName")
    assert (problem.line, problem.column) == layout.value_at("hostName")
    for word in words:
        assert word in problem.message


def test_host_name_must_not_be_empty(endpoint_file) -> None:
    check_field(endpoint_file, "hostName", Code.EMPTY_VALUE, hostName="")


def test_host_name_must_be_a_string(endpoint_file) -> None:
    check_field(endpoint_file, "hostName", Code.WRONG_TYPE, raw="42")


# url


@pytest.mark.parametrize(
    "url",
    [
        "wss://example.com/ws",
        "WSS://example.com/ws",
        "Wss://example.com",
        "wss://example.com:1/ws",
        "wss://example.com:65535/ws",
        "wss://example.com:443/a/b?x=1&y=2",
    ],
)
def test_url_accepted(endpoint_file, url: str) -> None:
    result = clean(endpoint_file, url=url)
    assert result.endpoint is not None
    assert result.endpoint.url == url


def test_ws_url_has_its_own_message(endpoint_file) -> None:
    problem = check_field(endpoint_file, "url", Code.URL_WS, url="ws://example.com/ws")
    assert problem.message == "ws:// is not supported; the URL must begin with wss://"


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://example.com/ws", "http://"),
        ("https://example.com/ws", "https://"),
        ("ftp://example.com/ws", "ftp://"),
        ("example.com/ws", "no scheme"),
    ],
)
def test_url_with_another_scheme_is_an_error(endpoint_file, url: str, shown: str) -> None:
    problem = check_field(endpoint_file, "url", Code.URL_SCHEME, url=url)
    assert "wss://" in problem.message
    assert shown in problem.message


@pytest.mark.parametrize("url", ["wss://", "wss:///ws", "wss://:443/ws"])
def test_url_without_a_host_is_an_error(endpoint_file, url: str) -> None:
    problem = check_field(endpoint_file, "url", Code.URL_NO_HOST, url=url)
    assert "no host" in problem.message


@pytest.mark.parametrize(("port", "shown"), [("0", "0"), ("65536", "65536"), ("abc", "abc")])
def test_url_port_out_of_range_is_an_error(endpoint_file, port: str, shown: str) -> None:
    url = f"wss://example.com:{port}/ws"
    problem = check_field(endpoint_file, "url", Code.URL_PORT, url=url)
    assert "1 to 65535" in problem.message
    assert shown in problem.message


@pytest.mark.parametrize("userinfo", ["alice:s3cr3t-pw@", "alice@", ":s3cr3t-pw@"])
def test_url_with_user_info_is_an_error(endpoint_file, userinfo: str) -> None:
    url = f"wss://{userinfo}example.com/ws"
    problem = check_field(endpoint_file, "url", Code.URL_USERINFO, url=url)
    assert "user" in problem.message
    assert "s3cr3t-pw" not in problem.message


@pytest.mark.parametrize(
    ("url", "where"),
    [
        ("wss://example.com/a b", 20),
        (" wss://example.com/ws", 1),
        ("wss://example.com/ws ", 21),
        ("wss://example.com/\tws", 19),
        ("wss://exa mple.com/ws", 10),
    ],
    ids=["inner", "leading", "trailing", "tab", "in-host"],
)
def test_url_with_white_space_is_an_error(endpoint_file, url: str, where: int) -> None:
    problem = check_field(endpoint_file, "url", Code.URL_WHITESPACE, url=url)
    assert "white space" in problem.message
    assert f"character {where}" in problem.message


def test_url_with_a_fragment_is_an_error(endpoint_file) -> None:
    problem = check_field(endpoint_file, "url", Code.URL_FRAGMENT, url="wss://example.com/ws#x")
    assert "fragment" in problem.message


def test_url_ipv6_host_in_brackets_is_accepted(endpoint_file) -> None:
    result = clean(endpoint_file, hostName="2001:db8::7", url="wss://[2001:db8::7]:8443/ws")
    assert result.endpoint is not None


def test_url_with_an_unclosed_ipv6_bracket_is_an_error(endpoint_file) -> None:
    problem = check_field(endpoint_file, "url", Code.URL_INVALID, url="wss://[::1/ws")
    assert "not a valid URL" in problem.message


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("wss://256.1.1.1/ws", ["IPv4"]),
        ("wss://bad_host.example.com/ws", ['"_"']),
        (f"wss://{'a' * 64}.com/ws", ["63"]),
    ],
)
def test_url_host_follows_the_host_name_rules(endpoint_file, url: str, words) -> None:
    problem = check_field(endpoint_file, "url", Code.URL_HOST_INVALID, url=url)
    for word in words:
        assert word in problem.message


def test_url_must_not_be_empty(endpoint_file) -> None:
    check_field(endpoint_file, "url", Code.EMPTY_VALUE, url="")


def test_url_must_be_a_string(endpoint_file) -> None:
    check_field(endpoint_file, "url", Code.WRONG_TYPE, raw='["wss://example.com/"]')


def test_every_field_wrong_at_once_gives_one_error_each(endpoint_file) -> None:
    layout = endpoint_file(
        token="", raw_values={"priority": "1.5"}, groupId="", hostName="-x", url="ws://x/"
    )
    result = check_bytes(layout.data)
    assert [p.field for p in result.errors] == ["token", "priority", "groupId", "hostName", "url"]
    for problem in result.errors:
        assert (problem.line, problem.column) == layout.value_at(problem.field)


# hostName against url


def test_host_name_differing_from_the_url_host_is_a_warning(endpoint_file) -> None:
    layout = endpoint_file(hostName="other.example.com")
    result = check_bytes(layout.data)
    assert result.ok
    assert result.endpoint is not None
    (problem,) = result.problems
    assert problem.code is Code.HOSTNAME_MISMATCH
    assert problem.severity is Severity.WARNING
    assert problem.field == "hostName"
    assert problem.line == layout.value_at("hostName")[0]
    assert problem.column in {layout.key_at("hostName")[1], layout.value_at("hostName")[1]}
    assert "other.example.com" in problem.message
    assert "example.com" in problem.message


@pytest.mark.parametrize(
    ("host", "url"),
    [
        ("EXAMPLE.com", "wss://example.com/ws"),
        ("example.com", "wss://Example.COM/ws"),
        ("example.com.", "wss://example.com/ws"),
        ("example.com", "wss://example.com./ws"),
        ("2001:db8::1", "wss://[2001:0db8:0000::1]/ws"),
        ("2001:0DB8::0:1", "wss://[2001:db8::1]:8443/ws"),
    ],
)
def test_same_host_written_differently_is_no_warning(endpoint_file, host: str, url: str) -> None:
    clean(endpoint_file, hostName=host, url=url)


def test_warnings_alone_keep_the_details_valid(endpoint_file, members_file) -> None:
    layout = endpoint_file(token=" padded-token ", hostName="other.example.com")
    result = check_bytes(layout.data)
    assert {p.code for p in result.problems} == {Code.TOKEN_WHITESPACE, Code.HOSTNAME_MISMATCH}
    assert result.errors == ()
    assert len(result.warnings) == 2
    assert result.ok
    assert result.endpoint is not None
    assert result.endpoint.token == " padded-token "


def test_url_with_a_control_character_is_an_error(endpoint_file) -> None:
    problem = check_field(endpoint_file, "url", Code.URL_WHITESPACE, url="wss://example.com/\x01")
    assert "control character" in problem.message
    assert "character 19" in problem.message


def test_host_name_with_a_control_character_is_an_error(endpoint_file) -> None:
    check_field(endpoint_file, "hostName", Code.HOSTNAME_INVALID, hostName="exa\x01mple.com")


@pytest.mark.parametrize("port", ["+80", "-1", "٣", "1_0", "99999999999999999999"])
def test_url_port_that_is_not_plain_digits_is_an_error(endpoint_file, port: str) -> None:
    url = f"wss://example.com:{port}/ws"
    problem = check_field(endpoint_file, "url", Code.URL_PORT, url=url)
    assert port in problem.message


def test_url_ipv6_zone_is_an_error(endpoint_file) -> None:
    url = "wss://[fe80::1%25eth0]/ws"
    layout = endpoint_file(hostName="fe80::1", url=url)
    problem = one_error(check_bytes(layout.data), Code.URL_HOST_INVALID, "url")
    assert "zone" in problem.message


def test_url_ipv4_in_brackets_is_an_error(endpoint_file) -> None:
    layout = endpoint_file(hostName="10.0.0.1", url="wss://[10.0.0.1]/ws")
    result = check_bytes(layout.data)
    assert not result.ok
    assert [p.field for p in result.errors] == ["url"]


@pytest.mark.parametrize(
    ("url", "fix"),
    [
        ("wss://::1/", "wss://[::1]/"),
        ("wss://::1", "wss://[::1]"),
        ("WSS://2001:db8::7/ws", "wss://[2001:db8::7]/ws"),
        ("wss://::ffff:10.0.0.1:8443/ws", "wss://[::ffff:10.0.0.1]:8443/ws"),
        ("wss://fe80::1%eth0/ws", "wss://[fe80::1]/ws"),
    ],
)
def test_url_ipv6_host_without_brackets_gives_one_message_with_the_fix(
    endpoint_file, url: str, fix: str
) -> None:
    layout = endpoint_file(hostName="::1", url=url)
    problem = one_error(check_bytes(layout.data), Code.URL_HOST_INVALID, "url")
    assert "must be in brackets" in problem.message
    assert problem.message.endswith(fix), problem.message
    assert (problem.line, problem.column) == layout.value_at("url")


def test_url_ipv6_host_without_brackets_and_a_port_shows_both_readings(endpoint_file) -> None:
    layout = endpoint_file(hostName="2001:db8::1", url="wss://2001:db8::1:8443/ws")
    problem = one_error(check_bytes(layout.data), Code.URL_HOST_INVALID, "url")
    assert "wss://[2001:db8::1:8443]/ws" in problem.message
    assert "if 8443 is the port, wss://[2001:db8::1]:8443/ws" in problem.message


def test_url_host_with_two_ports_says_so(endpoint_file) -> None:
    problem = check_field(endpoint_file, "url", Code.URL_HOST_INVALID, url="wss://host:80:443/")
    assert "more than one" in problem.message
    assert "brackets" in problem.message


# Host names and addresses are judged by fast patterns first; whatever they accept, the
# standard library must accept too.

HEXTETS = ["", "0", "1", "ff", "FFFF", "0db8", "12345", "g", "1.2.3.4", "01.2.3.4", "1.2.3"]


def _ip_address_accepts(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


@given(st.lists(st.sampled_from(HEXTETS), min_size=1, max_size=10), st.sampled_from(["", ":"]))
@settings(max_examples=2000, deadline=None, database=None)
def test_an_address_with_colons_is_valid_exactly_when_ipaddress_says_so(
    hextets: list[str], edge: str
) -> None:
    host = edge + ":".join(hextets)
    assume(":" in host and not re.fullmatch(r"[A-Za-z0-9-]+:[0-9]+", host))
    assert (host_problem(host) is None) == _ip_address_accepts(host), host


@given(
    st.lists(
        st.sampled_from(
            [
                "0",
                "00",
                "01",
                "9",
                "10",
                "99",
                "100",
                "199",
                "249",
                "250",
                "255",
                "256",
                "999",
                "1000",
                "",
            ]
        ),
        min_size=1,
        max_size=6,
    )
)
@settings(max_examples=1000, deadline=None, database=None)
def test_dotted_digits_are_valid_exactly_when_ipaddress_says_so(octets: list[str]) -> None:
    host = ".".join(octets)
    assume(re.fullmatch(r"[0-9.]+", host) and not host.endswith("."))
    assert (host_problem(host) is None) == _ip_address_accepts(host), host
