"""Host names and IP addresses (SPEC §2.1 hostName, and the host of the url).

Pure text rules: RFC 1123 host names of at most 253 characters, IPv4 dotted quads and IPv6
text forms, each refusal explained in words.

They agree with the WHATWG URL standard's host parser (what browsers, websockets' peers and
most URL libraries follow) on what is a domain and what is an address: a host whose last
label is a number (`foo.09`, `0x7f.1`, `2130706433`) is read there as an IPv4 address in
another notation — and the system resolver dials it so (0x7f.1 is 127.0.0.1). Such a host is
refused with the address it would be read as, so that the address a person reads is the one
dialled.
"""

from __future__ import annotations

import functools
import ipaddress
import re

from nbwss_gui.domain.words import Words, translate

HOSTNAME_MAX = 253
_LABEL = r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)"
_HOSTNAME = re.compile(rf"(?:{_LABEL}\.)*{_LABEL}\.?")
_DOTTED_DIGITS = re.compile(r"[0-9.]+")
# A label WHATWG reads as a number: decimal digits, or 0x and hex digits (possibly none).
_NUMBER_LABEL = re.compile(r"[0-9]+|0[xX][0-9A-Fa-f]*")
# One part of an IPv4 address in any of its notations: 0x hex, 0-prefixed octal, decimal.
_IPV4_NUMBER = re.compile(r"0[xX]([0-9A-Fa-f]*)|0([0-7]+)|([1-9][0-9]*|0)")
_DIGITS_OR_DOT = frozenset("0123456789.")
# Exactly the dotted quads ipaddress.IPv4Address accepts (no leading zeros), without its cost.
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
_IPV4 = re.compile(rf"(?:{_OCTET}\.){{3}}{_OCTET}")
# The RFC 4291 text forms without an embedded IPv4 part: each is an address ipaddress accepts,
# so a match needs no ipaddress call; anything else is left to ipaddress to judge and explain.
_H = "[0-9A-Fa-f]{1,4}"
_IPV6 = re.compile(
    rf"(?:{_H}:){{7}}{_H}|(?:{_H}:){{1,7}}:|(?:{_H}:){{1,6}}:{_H}|(?:{_H}:){{1,5}}(?::{_H}){{1,2}}"
    rf"|(?:{_H}:){{1,4}}(?::{_H}){{1,3}}|(?:{_H}:){{1,3}}(?::{_H}){{1,4}}"
    rf"|(?:{_H}:){{1,2}}(?::{_H}){{1,5}}|{_H}:(?::{_H}){{1,6}}|:(?:(?::{_H}){{1,7}}|:)"
)


@functools.lru_cache(maxsize=128)
def host_problem(host: str) -> Words | None:
    """Why `host` is not a DNS host name (RFC 1123) or an IP address, or None if it is one.

    Cached: a file names its host twice (hostName and the url), and a dialog checks the same
    details again on every edit.
    """
    if ":" in host:  # never a host name: an IPv6 address, or a mistake to explain
        if _IPV6.fullmatch(host):
            return None
        name, _, port = host.rpartition(":")
        if port.isdigit() and ":" not in name and _HOSTNAME.fullmatch(name):
            return translate(
                "Problems", '"{host}" includes a port; give the host alone ({name})'
            ).fill(host=host, name=name)
        if host.startswith("[") and host.endswith("]"):
            return translate("Problems", "write the IPv6 address without brackets: {address}").fill(
                address=host[1:-1]
            )
        if "%" in host:  # a zone names one machine's interface: meaningless to other machines
            return translate(
                "Problems", '"{host}" has an IPv6 zone (%…); write the address without it'
            ).fill(host=host)
        if is_ipv6(host):
            return None
        return translate("Problems", '"{host}" is not a valid IPv6 address').fill(host=host)
    # Only a host ending in a digit or a dot can be (or be mistaken for) an IPv4 address.
    numeric = host[-1:] in _DIGITS_OR_DOT
    if numeric and _IPV4.fullmatch(host):
        return None
    if not _HOSTNAME.fullmatch(host):
        return _hostname_reason(host)
    if _ends_in_number(host):
        return _numeric_host_reason(host)
    if len(host.rstrip(".")) > HOSTNAME_MAX:
        return translate(
            "Problems", "a host name must be at most {most} characters, not {count}"
        ).fill(most=HOSTNAME_MAX, count=len(host))
    return None


def _ends_in_number(host: str) -> bool:
    """WHATWG's "ends in a number": the last label (a trailing dot aside) is digits, or a
    number in the 0x notation."""
    last = host[:-1] if host.endswith(".") else host
    last = last.rpartition(".")[2]
    return _NUMBER_LABEL.fullmatch(last) is not None


def whatwg_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """The address the WHATWG IPv4 parser reads `host` as (0x7f.1 → 127.0.0.1), or None when
    it is no address in any notation."""
    parts = host.split(".")
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()
    if len(parts) > 4:
        return None
    numbers: list[int] = []
    for part in parts:
        number = _ipv4_number(part)
        if number is None:
            return None
        numbers.append(number)
    *leading, last = numbers
    if any(n > 255 for n in leading) or last >= 256 ** (5 - len(numbers)):
        return None
    value = last
    for index, number in enumerate(leading):
        value += number * 256 ** (3 - index)
    return ipaddress.IPv4Address(value)


def _ipv4_number(part: str) -> int | None:
    match = _IPV4_NUMBER.fullmatch(part)
    if match is None:
        return None
    hexa, octal, decimal = match.groups()
    if hexa is not None:
        return int(hexa, 16) if hexa else 0
    if octal is not None:
        return int(octal, 8)
    return int(decimal)


def _numeric_host_reason(host: str) -> Words:
    address = whatwg_ipv4(host)
    if address is None and _DOTTED_DIGITS.fullmatch(host):
        return translate("Problems", '"{host}" is not a valid IPv4 address').fill(host=host)
    if address is None:
        return translate(
            "Problems",
            '"{host}" ends in a number, so URL parsers read it as an IPv4 address, and it is '
            "not one; a host name's last label must not be a number",
        ).fill(host=host)
    if str(address) == host:  # pragma: no cover - dotted quads are accepted before
        return translate("Problems", '"{host}" is not a valid IPv4 address').fill(host=host)
    return translate(
        "Problems",
        '"{host}" would be read as the IPv4 address {address}; write the address as '
        "{address} (or give a host name)",
    ).fill(host=host, address=address)


def is_ipv6(text: str) -> bool:
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True


def _hostname_reason(host: str) -> Words:
    if not host.isascii():
        return translate(
            "Problems",
            '"{host}" has characters outside ASCII; write an international name '
            "in its xn-- (IDNA) form",
        ).fill(host=host)
    for label in host.rstrip(".").split("."):
        if not label:
            return translate(
                "Problems", '"{host}" has an empty label (two dots in a row, or a leading dot)'
            ).fill(host=host)
        if len(label) > 63:
            return translate(
                "Problems", 'the label "{label}…" is {count} characters; at most 63 are allowed'
            ).fill(label=label[:20], count=len(label))
        if label.startswith("-") or label.endswith("-"):
            return translate(
                "Problems", 'the label "{label}" must not begin or end with a hyphen'
            ).fill(label=label)
        bad = re.search(r"[^A-Za-z0-9-]", label)
        if bad:
            return translate(
                "Problems",
                '"{host}" contains "{character}"; a host name has only letters, digits, '
                "hyphens and dots",
            ).fill(host=host, character=bad.group())
    return translate("Problems", '"{host}" is not a valid host name').fill(host=host)


def normal_host(host: str) -> str | ipaddress.IPv4Address | ipaddress.IPv6Address:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return host


def host_port(host: str, port: int | None) -> str:
    """`host:port`, an IPv6 address in brackets ([::1]:443) so that the port stands apart."""
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return shown if port is None else f"{shown}:{port}"
