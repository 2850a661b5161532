"""Connection settings (SPEC §4.5): the vendor's `nbwss.properties` keys and this application's own.

Each key's type, bounds and meaning, and the checks of its values; the file itself is read and
written in properties.py. The config file stores settings as a mapping of property keys to text,
exactly as they would appear in `nbwss.properties`, so one set of rules serves the file, the
config and the dialog. Those rules are strict (whole seconds, as the vendor's service reads
them); the `Settings` value itself takes any float, so tests can run the engine with short
intervals.

A bad value is refused, never clamped or half-applied: whoever imports checks `ok` first.
"""

from __future__ import annotations

import dataclasses
import difflib
import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath

from nbwss_gui.domain.problems import Severity
from nbwss_gui.domain.proxy import NoProxyRules, ProxyMode, normal_list, parse_proxy_address
from nbwss_gui.domain.words import Words, translate

_WHOLE = re.compile(r"\+?[0-9]{1,12}")
_SHOWN_CHARS = 40


@dataclass(frozen=True, slots=True)
class Settings:
    # connectionInfo.period: seconds; the cap of the retry backoff (§4.4).
    connection_period: float = 60.0
    # keepAlive.scheduledRate: seconds between WebSocket pings.
    keepalive_rate: float = 30.0
    # keepAlive.maxPongMissAllowed: missed pongs before the connection is declared dead.
    max_pong_miss: int = 3
    # exception.ignoreDecoder: keep the connection when a message cannot be decoded.
    ignore_decoder: bool = False
    # notification.sendTimeout: milliseconds.
    notification_send_timeout_ms: int = 2000
    # notification.scheduledRate: seconds.
    notification_rate: float = 5.0
    # This application's own (nbwssgui.* keys):
    connect_timeout: float = 10.0
    connect_response_timeout: float = 10.0
    fail_back: bool = False
    ca_file: str | None = None
    # nbwssgui.proxy*: which HTTP proxy connections go through (§4.6; the password is in the
    # keyring, never here).
    proxy_mode: ProxyMode = ProxyMode.SYSTEM
    proxy_url: str | None = None
    proxy_user: str | None = None
    no_proxy: str = ""
    # Desktop notifications of group failovers, outages and recoveries (the window's).
    notifications: bool = True
    # Keys neither the vendor's list nor this application knows, kept in order as they came.
    unknown: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, str]) -> tuple[Settings, list[SettingsProblem]]:
        """Settings from the config file's mapping, and what was wrong with it.

        A refused value leaves that setting at its default; the problems say which.
        """
        settings, problems, _found = apply_pairs(
            (Pair(key, value) for key, value in mapping.items()), cls()
        )
        return settings, problems

    def to_mapping(self) -> dict[str, str]:
        """Every known key with its value as text, then the unknown keys.

        Raises ValueError for a value no file could hold (a fraction of a second, set in code).
        """
        refused = self.problems()
        if refused:
            raise ValueError("; ".join(p.message for p in refused))
        mapping = {spec.key: spec.text(getattr(self, spec.attribute)) for spec in SPECS}
        mapping.update(self.unknown)
        return mapping

    def problems(self) -> list[SettingsProblem]:
        """The values that break the file's rules (only possible for values set in code)."""
        found: list[SettingsProblem] = []
        for spec in SPECS:
            text = spec.text(getattr(self, spec.attribute))
            if isinstance(spec.parse(text), Refused):
                found.append(_refused(spec, text, None))
        return found

    def unknown_mapping(self) -> dict[str, str]:
        return dict(self.unknown)

    def with_unknown(self, unknown: Mapping[str, str]) -> Settings:
        return dataclasses.replace(self, unknown=tuple(unknown.items()))

    def with_(self, **changes: object) -> Settings:
        """A copy with some attributes changed, as `dataclasses.replace` (which works too)."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


DEFAULTS = Settings()


def effective_settings(
    mapping: Mapping[str, str], ca_file: str | None = None
) -> tuple[Settings, list[SettingsProblem]]:
    """The settings connections and certificate checks use: the saved ones (a refused value
    at its default; the problems say which), with `ca_file` — the command line's extra CA
    file — where the saved ones name none."""
    settings, problems = Settings.from_mapping(mapping)
    return in_force(settings, ca_file), problems


def in_force(saved: Settings, ca_file: str | None = None) -> Settings:
    """The saved settings with `ca_file` (the command line's) where they name none."""
    if ca_file and not saved.ca_file:
        return saved.with_(ca_file=ca_file)
    return saved


class Kind(enum.Enum):
    SECONDS = "seconds"
    MILLISECONDS = "milliseconds"
    COUNT = "count"
    BOOLEAN = "boolean"
    PATH = "path"
    PROXY_MODE = "proxy-mode"
    PROXY = "proxy"
    NAME = "name"
    HOST_LIST = "host-list"


@dataclass(frozen=True, slots=True)
class Refused:
    """Why a text is not a valid value (the rule it breaks)."""

    rule: str


Value = float | int | bool | str | None


@dataclass(frozen=True, slots=True)
class SettingSpec:
    """One property key: where it goes in `Settings`, its type, bounds and meaning."""

    key: str
    attribute: str
    kind: Kind
    # One line, no final full stop: `describe` adds the bounds after it.
    description: str
    minimum: int = 0
    maximum: int = 0

    @property
    def vendor(self) -> bool:
        return not self.key.startswith(APP_PREFIX)

    @property
    def default(self) -> Value:
        value: Value = getattr(DEFAULTS, self.attribute)
        return value

    def rule(self) -> Words:
        match self.kind:
            case Kind.SECONDS:
                words = translate(
                    "Settings", "a whole number of seconds from {minimum} to {maximum}"
                )
            case Kind.MILLISECONDS:
                words = translate(
                    "Settings", "a whole number of milliseconds from {minimum} to {maximum}"
                )
            case Kind.COUNT:
                words = translate("Settings", "a whole number from {minimum} to {maximum}")
            case Kind.BOOLEAN:
                words = translate("Settings", "true or false")
            case Kind.PATH:
                words = translate(
                    "Settings",
                    "the absolute path of a PEM file of CA certificates, or empty for none",
                )
            case Kind.PROXY_MODE:
                words = translate("Settings", "none, system or manual")
            case Kind.PROXY:
                words = translate("Settings", "a proxy address http://host:port, or empty for none")
            case Kind.NAME:
                words = translate(
                    "Settings",
                    "a user name without a colon or control characters, or empty for none",
                )
            case Kind.HOST_LIST:
                words = translate(
                    "Settings",
                    "host names, domain suffixes (.example.com) or CIDR ranges, comma-separated",
                )
        return words.fill(minimum=self.minimum, maximum=self.maximum)

    def parse(self, text: str) -> Value | Refused:
        """The value a text stands for, or why it is refused. Surrounding white space is ignored."""
        text = text.strip()
        if self.kind is Kind.BOOLEAN:
            lowered = text.lower()
            if lowered in ("true", "false"):
                return lowered == "true"
            return Refused(self.rule())
        if self.kind is Kind.PATH:
            if not text:
                return None
            if any(not char.isprintable() for char in text) or not _is_absolute(text):
                return Refused(self.rule())
            return text
        if self.kind in _TEXT_KINDS:
            return _parse_text(self.kind, text, self.rule())
        if not _WHOLE.fullmatch(text) or not self.minimum <= int(text) <= self.maximum:
            return Refused(self.rule())
        number = int(text)
        return float(number) if self.kind is Kind.SECONDS else number

    def text(self, value: Value) -> str:
        """The value as the file writes it."""
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    def describe(self) -> Words:
        """One line for tooltips and file comments: what it does, its unit, bounds and default."""
        default = self.text(self.default)
        match self.kind:
            case Kind.SECONDS:
                extent = translate("Settings", "{minimum}-{maximum} s; default {default} s")
            case Kind.MILLISECONDS:
                extent = translate("Settings", "{minimum}-{maximum} ms; default {default} ms")
            case Kind.COUNT:
                extent = translate("Settings", "{minimum}-{maximum}; default {default}")
            case Kind.BOOLEAN:
                extent = translate("Settings", "true or false; default {default}")
            case Kind.PATH:
                extent = translate("Settings", "an absolute path; empty for none")
            case Kind.PROXY_MODE:
                extent = translate("Settings", "none, system or manual; default {default}")
            case Kind.PROXY | Kind.NAME | Kind.HOST_LIST:
                extent = translate("Settings", "empty for none")
        return translate("Settings", "{description} ({extent}).").fill(
            description=self.description,
            extent=extent.fill(minimum=self.minimum, maximum=self.maximum, default=default),
        )


def _is_absolute(path: str) -> bool:
    # Either system's form: an exported file may be read on the other one.
    return PurePosixPath(path).is_absolute() or PureWindowsPath(path).is_absolute()


_TEXT_KINDS = frozenset({Kind.PROXY_MODE, Kind.PROXY, Kind.NAME, Kind.HOST_LIST})


def _parse_text(kind: Kind, text: str, rule: str) -> Value | Refused:
    """The proxy settings' values: a mode, an address, a user name, a list of hosts."""
    if kind is Kind.PROXY_MODE:
        try:
            return ProxyMode(text.lower())
        except ValueError:
            return Refused(rule)
    if kind is Kind.HOST_LIST:
        _rules, problems = NoProxyRules.parse(text)
        if problems:
            return Refused(
                translate("Settings", "{rule} ({problem})").fill(rule=rule, problem=problems[0])
            )
        return normal_list(text)
    if not text:
        return None
    if kind is Kind.NAME:
        usable = ":" not in text and all(char.isprintable() for char in text)
        return text if usable else Refused(rule)
    try:
        parse_proxy_address(text)
    except ValueError as exc:
        return Refused(translate("Settings", "{rule} ({problem})").fill(rule=rule, problem=exc))
    return text


APP_PREFIX = "nbwssgui."
SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "connectionInfo.period",
        "connection_period",
        Kind.SECONDS,
        translate(
            "Settings",
            "Longest wait between two rounds of connection attempts when every endpoint failed",
        ),
        1,
        3600,
    ),
    SettingSpec(
        "keepAlive.scheduledRate",
        "keepalive_rate",
        Kind.SECONDS,
        translate("Settings", "How often a WebSocket ping checks that a connection is still alive"),
        1,
        3600,
    ),
    SettingSpec(
        "keepAlive.maxPongMissAllowed",
        "max_pong_miss",
        Kind.COUNT,
        translate(
            "Settings", "Pings in a row without an answer before the connection is declared dead"
        ),
        1,
        100,
    ),
    SettingSpec(
        "exception.ignoreDecoder",
        "ignore_decoder",
        Kind.BOOLEAN,
        translate(
            "Settings",
            "Keep the connection open when a message cannot be decoded, instead of closing it",
        ),
    ),
    SettingSpec(
        "notification.sendTimeout",
        "notification_send_timeout_ms",
        Kind.MILLISECONDS,
        translate("Settings", "How long sending one notification may take before it is given up"),
        100,
        600_000,
    ),
    SettingSpec(
        "notification.scheduledRate",
        "notification_rate",
        Kind.SECONDS,
        translate("Settings", "How often waiting notifications are sent"),
        1,
        3600,
    ),
    SettingSpec(
        f"{APP_PREFIX}connectTimeout",
        "connect_timeout",
        Kind.SECONDS,
        translate(
            "Settings",
            "How long opening a connection may take: TCP, TLS and the WebSocket handshake",
        ),
        1,
        300,
    ),
    SettingSpec(
        f"{APP_PREFIX}connectResponseTimeout",
        "connect_response_timeout",
        Kind.SECONDS,
        translate("Settings", "How long to wait for the answer to CONNECT, the token check"),
        1,
        300,
    ),
    SettingSpec(
        f"{APP_PREFIX}failBack",
        "fail_back",
        Kind.BOOLEAN,
        translate(
            "Settings", "Move a group back to a higher-priority endpoint once it answers again"
        ),
    ),
    SettingSpec(
        f"{APP_PREFIX}caFile",
        "ca_file",
        Kind.PATH,
        translate(
            "Settings",
            "A PEM file of extra CA certificates to trust besides the operating system's",
        ),
    ),
    SettingSpec(
        f"{APP_PREFIX}proxyMode",
        "proxy_mode",
        Kind.PROXY_MODE,
        translate(
            "Settings",
            "How connections reach the internet: no proxy, the system's proxy settings, or manual",
        ),
    ),
    SettingSpec(
        f"{APP_PREFIX}proxyUrl",
        "proxy_url",
        Kind.PROXY,
        translate(
            "Settings",
            "The manual HTTP proxy, http://host:port (its password is kept in the keyring)",
        ),
    ),
    SettingSpec(
        f"{APP_PREFIX}proxyUser",
        "proxy_user",
        Kind.NAME,
        translate("Settings", "The user name for the manual proxy's Basic authentication"),
    ),
    SettingSpec(
        f"{APP_PREFIX}noProxyFor",
        "no_proxy",
        Kind.HOST_LIST,
        translate(
            "Settings",
            "Hosts reached directly: names, domain suffixes, CIDR ranges (loopback always is)",
        ),
    ),
    SettingSpec(
        f"{APP_PREFIX}notifications",
        "notifications",
        Kind.BOOLEAN,
        translate(
            "Settings",
            "Desktop notifications when a group fails over, loses its last connection or recovers",
        ),
    ),
)
SPEC_BY_KEY = {spec.key: spec for spec in SPECS}
SPEC_BY_ATTRIBUTE = {spec.attribute: spec for spec in SPECS}


# -- problems --------------------------------------------------------------------------------------


class SettingsCode(enum.StrEnum):
    BAD_VALUE = "bad-value"
    UNKNOWN_KEY = "unknown-key"
    DUPLICATE_KEY = "duplicate-key"
    NO_KEY = "no-key"
    SYNTAX = "syntax"
    ENCODING = "encoding"
    TOO_LARGE = "too-large"
    NO_SETTINGS = "no-settings"


@dataclass(frozen=True, slots=True)
class SettingsProblem:
    code: SettingsCode
    message: str
    severity: Severity = Severity.ERROR
    key: str | None = None
    line: int | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def where(self) -> str:
        return f"line {self.line}" if self.line else ""

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else self.message


def _quoted(text: str) -> str:
    """A value as a person reads it in a message: quoted, short, control characters visible."""
    shown = text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"
    escaped = "".join(
        char if char.isprintable() else repr(char)[1:-1] for char in shown.replace('"', '\\"')
    )
    return f'"{escaped}"'


def _key_shown(key: str) -> str:
    return key if key.isprintable() and not any(c.isspace() for c in key) else _quoted(key)


def _refused(spec: SettingSpec, text: str, line: int | None) -> SettingsProblem:
    given = translate("Settings", "an empty value") if not text.strip() else _quoted(text)
    message = translate("Settings", "{key} must be {rule}, not {given}").fill(
        key=spec.key, rule=spec.rule(), given=given
    )
    return SettingsProblem(SettingsCode.BAD_VALUE, message, key=spec.key, line=line)


def _unknown(key: str, line: int | None) -> SettingsProblem:
    message = translate("Settings", "{key}: unknown key, kept as is").fill(key=_key_shown(key))
    near = _near_miss(key)
    if near:
        message = translate(
            "Settings", "{key}: unknown key, kept as is (did you mean {near}?)"
        ).fill(key=_key_shown(key), near=near)
    return SettingsProblem(SettingsCode.UNKNOWN_KEY, message, Severity.WARNING, key=key, line=line)


def _near_miss(key: str) -> str | None:
    for known in SPEC_BY_KEY:
        if known.lower() == key.lower():
            return known
    close = difflib.get_close_matches(key, SPEC_BY_KEY, n=1, cutoff=0.85)
    return close[0] if close else None


@dataclass(frozen=True, slots=True)
class Pair:
    """A key and its text, from a file line (1-based) or from the config mapping (line None)."""

    key: str
    value: str
    line: int | None = None


def apply_pairs(
    pairs: Iterable[Pair], base: Settings = DEFAULTS
) -> tuple[Settings, list[SettingsProblem], tuple[str, ...]]:
    """`base` with the pairs' values; what was wrong; the known keys that were set, in order.

    The last occurrence of a key counts, as in `java.util.Properties`. A refused value
    leaves the base value in place and is reported.
    """
    problems: list[SettingsProblem] = []
    last: dict[str, Pair] = {}
    for entry in pairs:
        if entry.key == "":
            problems.append(
                SettingsProblem(
                    SettingsCode.NO_KEY,
                    translate(
                        "Settings", "there is no key before the value {value}; it is ignored"
                    ).fill(value=_quoted(entry.value)),
                    Severity.WARNING,
                    line=entry.line,
                )
            )
            continue
        earlier = last.pop(entry.key, None)
        if earlier is not None:
            if earlier.line:
                again = translate(
                    "Settings",
                    "{key} is given again (first on line {line}); this last value counts",
                )
            else:
                again = translate("Settings", "{key} is given again; this last value counts")
            problems.append(
                SettingsProblem(
                    SettingsCode.DUPLICATE_KEY,
                    again.fill(key=_key_shown(entry.key), line=earlier.line),
                    Severity.WARNING,
                    key=entry.key,
                    line=entry.line,
                )
            )
        last[entry.key] = entry
    changes: dict[str, Value] = {}
    unknown = dict(base.unknown)
    found: list[str] = []
    for key, entry in sorted(last.items(), key=lambda item: item[1].line or 0):
        spec = SPEC_BY_KEY.get(key)
        line = entry.line
        if spec is None:
            unknown[key] = entry.value
            problems.append(_unknown(key, line))
            continue
        found.append(key)
        value = spec.parse(entry.value)
        if isinstance(value, Refused):
            problems.append(_refused(spec, entry.value, line))
        else:
            changes[spec.attribute] = value
    settings = dataclasses.replace(base, unknown=tuple(unknown.items()), **changes)  # type: ignore[arg-type]
    return settings, problems, tuple(found)
