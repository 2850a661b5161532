"""Which HTTP proxy a connection goes through (SPEC §4.6): the rules, without any network.

Three modes: no proxy; the system's settings (what the platform says, handed in by the caller
as `urllib.request.getproxies()` reads it, so that this module stays pure); or a manual proxy
address with an optional user name and a *No proxy for* list of host names, domain suffixes
and CIDR ranges. Loopback never goes through a proxy, whatever the mode: the sandbox and local
tunnels live there, and a proxy on another machine could not reach them anyway.

The password is no part of the settings: it lives in the keyring and is joined to an address
only when a connection is about to be made (services.proxy).
"""

from __future__ import annotations

import enum
import ipaddress
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from urllib.parse import unquote, urlsplit

from nbwss_gui.domain.hosts import host_port, host_problem
from nbwss_gui.domain.words import translate

__all__ = [
    "DEFAULT_PROXY_PORT",
    "MODE_WORDS",
    "NoProxyRules",
    "ProxyAddress",
    "ProxyMode",
    "SystemProxy",
    "is_loopback",
    "parse_proxy_address",
]

DEFAULT_PROXY_PORT = 3128
_SPLIT = re.compile(r"[\s,;]+")
_IPV4_WILDCARD = re.compile(r"(?:\d{1,3}\.){1,3}\*")


class ProxyMode(enum.StrEnum):
    NONE = "none"
    SYSTEM = "system"
    MANUAL = "manual"


MODE_WORDS = {
    ProxyMode.NONE: "no proxy",
    ProxyMode.SYSTEM: "the system's proxy settings",
    ProxyMode.MANUAL: "a manual proxy",
}


@dataclass(frozen=True, slots=True)
class ProxyAddress:
    """An HTTP proxy, `http://host:port`, and the user name to prove ourselves with, if any.

    `password` is set only on an address about to be dialled (from the keyring, or from a
    system setting that carries one); `repr` and every text for people leave it out.
    """

    host: str
    port: int
    username: str | None = None
    password: str | None = None
    # Where it came from, for people: "Settings", "HTTPS_PROXY", "the command line".
    source: str = "Settings"

    @property
    def where(self) -> str:
        return host_port(self.host, self.port)

    @property
    def url(self) -> str:
        """http://host:port, never with credentials."""
        return f"http://{self.where}"

    def __repr__(self) -> str:
        user = f", user {self.username!r}" if self.username else ""
        return f"ProxyAddress({self.url}{user}, from {self.source})"

    def describe(self) -> str:
        """`http://proxy:3128 as alice (Settings)`: for the status line, self-test, diagnostics."""
        user = f" as {self.username}" if self.username else ""
        return f"{self.url}{user} ({self.source})"

    def with_password(self, password: str | None) -> ProxyAddress:
        return replace(self, password=password)


def parse_proxy_address(
    text: str, *, source: str = "Settings", allow_password: bool = False
) -> ProxyAddress:
    """`http://host:port` (or `host:port`) as a ProxyAddress; ValueError says what is wrong.

    A password in the address is refused unless `allow_password` (a system setting may carry
    one; ours lives in the keyring, and on a command line every user of the machine sees it).
    """
    given = text.strip()
    if not given:
        raise ValueError(
            translate("Proxy", "the proxy address is empty; give it as http://host:port")
        )
    if any(char.isspace() or not char.isprintable() for char in given):
        raise ValueError(
            translate("Proxy", "the proxy address must not contain spaces or control characters")
        )
    candidate = given if "://" in given else f"http://{given}"
    try:
        parts = urlsplit(candidate)
        port = parts.port
    except ValueError:
        raise ValueError(
            translate("Proxy", "{given} is not a valid proxy address (check host and port)").fill(
                given=given
            )
        ) from None
    scheme = parts.scheme.lower()
    if scheme != "http":
        raise ValueError(
            translate(
                "Proxy",
                "only http:// proxies (HTTP CONNECT) are supported, not {scheme}://; the "
                "connection to the endpoint is encrypted end to end through the tunnel "
                "anyway",
            ).fill(scheme=scheme)
        )
    host = parts.hostname or ""
    if not host:
        raise ValueError(
            translate("Proxy", "{given} names no proxy host; give it as http://host:port").fill(
                given=given
            )
        )
    problem = host_problem(host)
    if problem:
        raise ValueError(translate("Proxy", "the proxy host: {problem}").fill(problem=problem))
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError(
            translate("Proxy", "a proxy address is only http://host:port, without a path or query")
        )
    if parts.password is not None and not allow_password:
        raise ValueError(
            translate(
                "Proxy",
                "do not put the proxy password in the address: enter it in Settings > "
                "Proxy, which keeps it in the system keyring",
            )
        )
    if port is not None and not 1 <= port <= 65535:
        raise ValueError(translate("Proxy", "the proxy port must be 1 to 65535"))
    username = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password is not None else None
    return ProxyAddress(host.lower(), port or DEFAULT_PROXY_PORT, username, password, source)


def is_loopback(host: str) -> bool:
    """localhost, *.localhost, 127.0.0.0/8 and ::1: never proxied."""
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True, slots=True)
class NoProxyRules:
    """The *No proxy for* list: exact host names, domain suffixes, CIDR ranges (and `*`).

    `example.com` matches that host and its subdomains (as curl and most tools read NO_PROXY);
    `.example.com` and `*.example.com` only the subdomains; `10.0.0.0/8` every address in the
    range; `10.1.*` the old wildcard form of a range; `*` every host. A port after a name
    (`host:8443`) is ignored: the list says which hosts, not which services.
    """

    names: frozenset[str] = frozenset()
    suffixes: tuple[str, ...] = ()
    networks: tuple[Network, ...] = ()
    everything: bool = False

    @classmethod
    def parse(cls, text: str) -> tuple[NoProxyRules, list[str]]:
        """The rules of a list, and what in it is not a host, suffix or range (in words)."""
        names: set[str] = set()
        suffixes: list[str] = []
        networks: list[Network] = []
        everything = False
        problems: list[str] = []
        for given in entries(text):
            item = given
            if item == "*":
                everything = True
                continue
            if _IPV4_WILDCARD.fullmatch(item):
                octets = item.split(".")[:-1]
                bits = 8 * len(octets)
                item = ".".join(octets + ["0"] * (4 - len(octets))) + f"/{bits}"
            if "/" in item:
                try:
                    networks.append(ipaddress.ip_network(item, strict=False))
                except ValueError:
                    problems.append(f'"{item}" is not a CIDR range such as 10.0.0.0/8')
                continue
            name = _without_port(item).lower().rstrip(".")
            subdomains_only = name.startswith(("*.", "."))
            name = name.lstrip("*").lstrip(".")
            if not name or host_problem(name):
                problems.append(f'"{item}" is not a host name, domain suffix or CIDR range')
                continue
            try:
                networks.append(ipaddress.ip_network(name))
                continue
            except ValueError:
                pass
            if subdomains_only:
                suffixes.append("." + name)
            else:
                names.add(name)
                suffixes.append("." + name)
        return cls(frozenset(names), tuple(suffixes), tuple(networks), everything), problems

    def matches(self, host: str) -> bool:
        name = host.strip("[]").rstrip(".").lower()
        if self.everything or name in self.names or name.endswith(self.suffixes):
            return True
        if not self.networks:
            return False
        try:
            address = ipaddress.ip_address(name)
        except ValueError:
            return False
        return any(address in network for network in self.networks)


def entries(text: str) -> list[str]:
    """The items of a *No proxy for* list, separated by commas, semicolons or white space."""
    return [item for item in _SPLIT.split(text.strip()) if item]


def normal_list(text: str) -> str:
    """The list as it is saved: its items, comma-separated, without repeats."""
    return ", ".join(dict.fromkeys(entries(text)))


def _without_port(item: str) -> str:
    if item.count(":") == 1:
        name, _, port = item.partition(":")
        if port.isdigit():
            return name
    return item


@dataclass(frozen=True, slots=True)
class SystemProxy:
    """What the platform says, as `urllib.request.getproxies()` returns it: scheme → address.

    Keys are lower-case schemes (`https`, `http`, `all`, `no`, and on some systems `socks`);
    the `no` entry is the NO_PROXY list.
    """

    proxies: Mapping[str, str]

    def address_for(self, secure: bool) -> tuple[str, str] | None:
        """The address text for a wss:// (secure) or ws:// URL, and the variable it came from."""
        order = ("https", "all") if secure else ("http", "https", "all")
        for scheme in order:
            value = (self.proxies.get(scheme) or "").strip()
            if value:
                return value, f"{scheme.upper()}_PROXY"
        return None

    def bypass(self) -> tuple[NoProxyRules, list[str]]:
        return NoProxyRules.parse(self.proxies.get("no", ""))


@dataclass(frozen=True, slots=True)
class ProxyPlan:
    """The proxy settings in force: for each host, whether to go through a proxy, and which.

    `route` returns the address without a password; services.proxy joins the one from the
    keyring (or from the system setting's own address) before dialling.
    """

    mode: ProxyMode = ProxyMode.SYSTEM
    manual: str | None = None
    username: str | None = None
    no_proxy: NoProxyRules = NoProxyRules()
    system: SystemProxy = SystemProxy({})
    # Set by the command line's --proxy: it replaces the saved address for that one command.
    source: str = "Settings"

    def route(self, host: str, *, secure: bool = True) -> ProxyAddress | None:
        """The proxy to reach `host` through, or None to dial it directly.

        ValueError says why the settings cannot be used (a manual mode without an address, a
        system setting naming a SOCKS proxy): the connection fails with those words rather
        than going out directly, around the proxy a company requires.
        """
        if self.mode is ProxyMode.NONE or is_loopback(host) or self.no_proxy.matches(host):
            return None
        if self.mode is ProxyMode.MANUAL:
            if not self.manual:
                raise ValueError(
                    translate(
                        "Proxy",
                        "the proxy is set to Manual but no proxy address is given (Settings > "
                        "Proxy, or --proxy URL)",
                    )
                )
            address = parse_proxy_address(self.manual, source=self.source)
            return ProxyAddress(address.host, address.port, self.username, None, self.source)
        found = self.system.address_for(secure)
        if found is None:
            return None
        rules, _problems = self.system.bypass()
        if rules.matches(host):
            return None
        text, variable = found
        try:
            return parse_proxy_address(text, source=variable, allow_password=True)
        except ValueError as exc:
            setting = f"{variable}={_safe(text)}"
            raise ValueError(
                translate("Proxy", "the system's proxy setting {setting}: {problem}").fill(
                    setting=setting, problem=exc
                )
            ) from None

    def describe(self, host: str | None = None) -> str:
        """In words, for people: what is in force (and for `host`, the route taken)."""
        if host is not None:
            try:
                address = self.route(host)
            except ValueError as exc:
                return f"unusable proxy settings: {exc}"
            return f"via the proxy {address.describe()}" if address else "directly, without a proxy"
        if self.mode is ProxyMode.MANUAL:
            user = f" as {self.username}" if self.username else ""
            return f"manual proxy {self.manual or '(no address)'}{user} ({self.source})"
        if self.mode is ProxyMode.NONE:
            return f"no proxy ({self.source})"
        found = self.system.address_for(True)
        if found is None:
            return "the system's proxy settings: none set, connections go directly"
        text, variable = found
        return f"the system's proxy settings: {variable}={_safe(text)}"


def _safe(text: str) -> str:
    """A proxy address as people may see it: user name kept, password replaced."""
    try:
        parts = urlsplit(text if "://" in text else f"http://{text}")
        if parts.password is None:
            return text
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
        return parts._replace(netloc=netloc).geturl()
    except ValueError:
        return "(an address that cannot be read)"
