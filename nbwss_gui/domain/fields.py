"""The rules for each of the five fields (SPEC §2.1) and the cross-field warning.

Each rule takes a value as JSON decoding produced it and returns the findings about it:
an empty tuple when the value is fine. Positions are added by the caller, which knows them.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urlsplit

from nbwss_gui.domain.endpoint import GROUP_ID_MAX, PRIORITY_MAX
from nbwss_gui.domain.hosts import host_problem, is_ipv6, normal_host
from nbwss_gui.domain.problems import Code, Severity
from nbwss_gui.domain.words import Words, translate

Finding = tuple[Code, Words, Severity]
NONE: tuple[Finding, ...] = ()

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_URL_SPACE = re.compile(r"[\s\x00-\x1f\x7f]")
# A wss URL in the plainest form: a host of letters, digits, dots and hyphens, a port of digits,
# and a path/query of RFC 3986 characters. Such a URL needs no urlsplit to be judged.
_PLAIN_WSS = re.compile(
    r"[Ww][Ss][Ss]://(?:([A-Za-z0-9.-]{1,253})|\[([0-9A-Fa-f:.]{2,45})\])(?::([0-9]{1,5}))?"
    r"(?:[/?][A-Za-z0-9._~!$&()*+,;=:@/?%-]*)?"
)


class NonFinite:
    """What JSON decoding gives for the non-standard literals NaN, Infinity and -Infinity."""

    __slots__ = ("literal",)

    def __init__(self, literal: str) -> None:
        self.literal = literal


class HugeInteger:
    """An integer literal too long to be worth converting (Python refuses past 4,300 digits)."""

    __slots__ = ("digits",)

    def __init__(self, digits: str) -> None:
        self.digits = digits


class JsonObject(list[tuple[str, object]]):
    """A decoded JSON object, kept as its (key, value) pairs so that repeated keys are seen."""

    __slots__ = ()


def json_type(value: object) -> Words:
    """The JSON name of a decoded value's type, for messages."""
    if value is None:
        return translate("Problems", "null")
    if isinstance(value, bool):
        return translate("Problems", "true") if value else translate("Problems", "false")
    if isinstance(value, str):
        return translate("Problems", "a string")
    if isinstance(value, int | float | HugeInteger | NonFinite):
        return translate("Problems", "a number")
    if isinstance(value, JsonObject):
        return translate("Problems", "an object")
    return translate("Problems", "an array")


def _error(code: Code, message: Words) -> tuple[Finding, ...]:
    return ((code, message, Severity.ERROR),)


def _string_problems(name: str, value: object) -> tuple[Finding, ...] | None:
    """Findings that make any string field unusable, or None when the value is a usable string."""
    if not isinstance(value, str):
        return _error(
            Code.WRONG_TYPE,
            translate("Problems", "{name} must be a string, not {type}").fill(
                name=name, type=json_type(value)
            ),
        )
    if not value:
        return _error(
            Code.EMPTY_VALUE, translate("Problems", "{name} must not be empty").fill(name=name)
        )
    if _has_lone_surrogate(value):
        return _error(
            Code.INVALID_UNICODE,
            translate(
                "Problems",
                "{name} contains a \\u escape for half of a surrogate pair, "
                "which is not a character",
            ).fill(name=name),
        )
    return None


def _has_lone_surrogate(value: str) -> bool:
    # Encoding fails exactly on surrogates, and at C speed even for a 64 KiB token.
    if value.isascii():
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def check_token(value: object) -> tuple[Finding, ...]:
    bad = _string_problems("token", value)
    if bad is not None:
        return bad
    assert isinstance(value, str)
    if value != value.strip():
        return (
            (
                Code.TOKEN_WHITESPACE,
                translate(
                    "Problems",
                    "token begins or ends with white space; it is sent exactly as written",
                ),
                Severity.WARNING,
            ),
        )
    return NONE


def check_priority(value: object) -> tuple[Finding, ...]:
    if type(value) is int:
        if 0 <= value <= PRIORITY_MAX:
            return NONE
        return _error(
            Code.PRIORITY_RANGE,
            translate("Problems", "priority must be between 0 and {most}, not {value}").fill(
                most=PRIORITY_MAX, value=value
            ),
        )
    if isinstance(value, HugeInteger):
        return _error(
            Code.NUMBER_TOO_LONG,
            translate(
                "Problems", "priority must be between 0 and {most}; this number has {count} digits"
            ).fill(most=PRIORITY_MAX, count=len(value.digits.lstrip("-"))),
        )
    if isinstance(value, NonFinite):
        return NONE  # reported where the literal stands, once
    if isinstance(value, float):
        if value.is_integer():
            message = translate(
                "Problems", "priority must be a whole number (write {whole}, not {written})"
            ).fill(whole=int(value), written=repr(value))
        else:
            message = translate("Problems", "priority must be a whole number")
        return _error(Code.PRIORITY_NOT_WHOLE, message)
    if isinstance(value, str):
        if value.strip().lstrip("-").isdigit():
            message = translate(
                "Problems", "priority must be a number, not a string (remove the quotes)"
            )
        else:
            message = translate("Problems", "priority must be a number, not a string")
        return _error(Code.WRONG_TYPE, message)
    return _error(
        Code.WRONG_TYPE,
        translate("Problems", "priority must be a whole number, not {type}").fill(
            type=json_type(value)
        ),
    )


def check_group_id(value: object) -> tuple[Finding, ...]:
    bad = _string_problems("groupId", value)
    if bad is not None:
        return bad
    assert isinstance(value, str)
    found: list[Finding] = []
    if len(value) > GROUP_ID_MAX:
        found.append(
            (
                Code.TOO_LONG,
                translate(
                    "Problems", "groupId must be at most {most} characters, not {count}"
                ).fill(most=GROUP_ID_MAX, count=len(value)),
                Severity.ERROR,
            )
        )
    control = _CONTROL.search(value)
    if control:
        found.append(
            (
                Code.CONTROL_CHARACTER,
                translate(
                    "Problems",
                    "groupId contains the control character {character} at character {at}",
                ).fill(character=f"U+{ord(control.group()):04X}", at=control.start() + 1),
                Severity.ERROR,
            )
        )
    return tuple(found)


def check_host_name(value: object) -> tuple[Finding, ...]:
    bad = _string_problems("hostName", value)
    if bad is not None:
        return bad
    assert isinstance(value, str)
    reason = host_problem(value)
    if reason is None:
        return NONE
    return _error(
        Code.HOSTNAME_INVALID, translate("Problems", "hostName: {reason}").fill(reason=reason)
    )


def check_url(value: object) -> tuple[Finding, ...]:
    return check_url_and_host(value)[0]


def check_url_and_host(value: object) -> tuple[tuple[Finding, ...], str]:
    """The url rule's findings, and the host the URL dials ("" when it names none).

    The host is given as urlsplit gives it (lowercase, without IPv6 brackets), so that the
    hostName-vs-url warning needs no second parse.
    """
    bad = _string_problems("url", value)
    if bad is not None:
        return bad, ""
    assert isinstance(value, str)
    plain = _PLAIN_WSS.fullmatch(value)
    if plain:
        host = plain[1] or plain[2]
        if (
            host_problem(host) is None
            and (plain[2] is None or ":" in plain[2])
            and 0 < int(plain[3] or 443) <= 65535
        ):
            return NONE, host.lower()
    space = _URL_SPACE.search(value)
    if space:
        if space.group().isspace():
            message = translate("Problems", "url contains white space at character {at}").fill(
                at=space.start() + 1
            )
        else:
            message = translate(
                "Problems", "url contains a control character at character {at}"
            ).fill(at=space.start() + 1)
        return _error(Code.URL_WHITESPACE, message), ""
    try:
        parts = urlsplit(value)
    except ValueError as exc:
        return _error(
            Code.URL_INVALID,
            translate("Problems", "url is not a valid URL ({reason})").fill(reason=exc),
        ), ""
    found: list[Finding] = []
    scheme = parts.scheme.lower()
    if scheme == "ws":
        found.append(
            (
                Code.URL_WS,
                translate("Problems", "ws:// is not supported; the URL must begin with wss://"),
                Severity.ERROR,
            )
        )
    elif scheme != "wss":
        if parts.scheme:
            message = translate("Problems", "url must begin with wss:// (found {found})").fill(
                found=f"{parts.scheme}://"
            )
        else:
            message = translate("Problems", "url must begin with wss:// (found no scheme)")
        found.append(
            (
                Code.URL_SCHEME,
                message,
                Severity.ERROR,
            )
        )
        return tuple(found), ""
    found.extend(_authority_findings(value, parts))
    if "#" in value:
        found.append(
            (
                Code.URL_FRAGMENT,
                translate("Problems", "url must not have a #fragment (RFC 6455)"),
                Severity.ERROR,
            )
        )
    return tuple(found), parts.hostname or ""


def _authority_findings(url: str, parts: SplitResult) -> list[Finding]:
    found: list[Finding] = []
    if not parts.netloc:
        return [
            (
                Code.URL_NO_HOST,
                translate("Problems", "url has no host (write wss://host/…)"),
                Severity.ERROR,
            )
        ]
    if "@" in parts.netloc:
        found.append(
            (
                Code.URL_USERINFO,
                translate("Problems", "url must not carry a user name or password (user:pass@)"),
                Severity.ERROR,
            )
        )
    host_port = parts.netloc.rpartition("@")[2]
    if "[" not in host_port and "]" not in host_port and host_port.count(":") > 1:
        # urlsplit would read "::1" as the host "" with the port "1": say what was meant.
        return [*found, (Code.URL_HOST_INVALID, _bare_ipv6_message(url, parts), Severity.ERROR)]
    host = parts.hostname
    if not _brackets_fit(host_port):
        return [
            *found,
            (
                Code.URL_HOST_INVALID,
                translate(
                    "Problems",
                    "url host: square brackets go only around a whole IPv6 address, as in "
                    "wss://[2001:db8::1]:443/",
                ),
                Severity.ERROR,
            ),
        ]
    if not host:
        found.append((Code.URL_NO_HOST, translate("Problems", "url has no host"), Severity.ERROR))
    elif host_port.startswith("[") and ":" not in host:
        # WHATWG reads only an IPv6 address inside brackets; urlsplit would dial the rest as
        # a DNS name ([v1.x] as the host v1.x).
        found.append((Code.URL_HOST_INVALID, _bracketed_message(host), Severity.ERROR))
    else:
        # urlsplit lowercases the host and drops IPv6 brackets; check what was written.
        reason = host_problem(host)
        if reason is not None:
            found.append(
                (
                    Code.URL_HOST_INVALID,
                    translate("Problems", "url host: {reason}").fill(reason=reason),
                    Severity.ERROR,
                )
            )
    try:
        port = parts.port
    except ValueError:
        written = parts.netloc.rpartition(":")[2]
        found.append(
            (
                Code.URL_PORT,
                translate("Problems", "url port must be a number from 1 to 65535, not {port}").fill(
                    port=written
                ),
                Severity.ERROR,
            )
        )
    else:
        if port == 0:
            found.append(
                (
                    Code.URL_PORT,
                    translate(
                        "Problems", "url port must be a number from 1 to 65535, not {port}"
                    ).fill(port=0),
                    Severity.ERROR,
                )
            )
    return found


def _bare_ipv6_message(url: str, parts: SplitResult) -> Words:
    """The message for a url host with several colons and no brackets, with the fix if known."""
    host_port = parts.netloc.rpartition("@")[2]
    rest = url.partition("//")[2][len(parts.netloc) :]
    before, _, last = host_port.rpartition(":")
    fixes = []
    address, zone, scope = host_port.partition("%")
    if ":" not in scope and is_ipv6(address):
        # A zone names one machine's interface, meaningless to another: leave it out.
        fixes.append(f"{parts.scheme}://[{address}]{rest}")
    if last.isdigit() and "%" not in before and is_ipv6(before):
        # 2001:db8::1:8443 is an address by itself, or 2001:db8::1 with a port: say both.
        fixes.append(f"{parts.scheme}://[{before}]:{last}{rest}")
    if not fixes:
        return translate(
            "Problems",
            'url host: "{host}" has more than one ":"; write host:port, or put an IPv6 '
            "address in brackets, as in wss://[2001:db8::1]:443/",
        ).fill(host=host_port)
    shown: str | Words = fixes[0]
    if len(fixes) > 1:
        shown = translate("Problems", "{fix} (or, if {last} is the port, {other})").fill(
            fix=fixes[0], last=last, other=fixes[1]
        )
    if zone:
        return translate(
            "Problems",
            "url host: an IPv6 address in a URL must be in brackets, without its zone (%…): {fix}",
        ).fill(fix=shown)
    return translate(
        "Problems", "url host: an IPv6 address in a URL must be in brackets: {fix}"
    ).fill(fix=shown)


def _bracketed_message(host: str) -> Words:
    if host[:1] in "vV":
        return translate(
            "Problems",
            'url host: "[{host}]" is an IPvFuture address, which no URL parser dials; '
            "write an IPv6 address or a host name",
        ).fill(host=host)
    return translate(
        "Problems",
        'url host: "[{host}]" is not an IPv6 address; square brackets go only around an IPv6 '
        "address, as in wss://[2001:db8::1]:443/",
    ).fill(host=host)


def _brackets_fit(host_port: str) -> bool:
    # urlsplit takes whatever stands inside brackets anywhere in the netloc as the host.
    if "[" not in host_port and "]" not in host_port:
        return True
    inside, closed, after = host_port.partition("]")
    return (
        host_port.startswith("[")
        and closed == "]"
        and "[" not in inside[1:]
        and "]" not in after
        and "[" not in after
        and (not after or after.startswith(":"))
    )


def host_mismatch(host_name: str, url_host: str) -> tuple[Finding, ...]:
    """Warn when hostName is not the host the URL dials.

    `url_host` is the host check_url_and_host found; both must already be valid.
    """
    written = host_name.lower()
    if written == url_host:
        return NONE
    # The same host written another way: a trailing dot, brackets, or an IPv6 address spelt
    # with more or fewer zeros. Compare the text first; ipaddress only when the text differs.
    plain_name = written.strip("[]").rstrip(".")
    plain_url = url_host.strip("[]").rstrip(".")
    if plain_name == plain_url or normal_host(plain_name) == normal_host(plain_url):
        return NONE
    return (
        (
            Code.HOSTNAME_MISMATCH,
            translate(
                "Problems",
                'hostName "{host_name}" differs from the host in url "{url_host}"; '
                "the connection goes to the url's host",
            ).fill(host_name=host_name, url_host=url_host),
            Severity.WARNING,
        ),
    )


FIELD_RULES = {
    "token": check_token,
    "priority": check_priority,
    "groupId": check_group_id,
    "hostName": check_host_name,
    "url": check_url,
}
