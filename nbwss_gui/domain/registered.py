"""A registered endpoint: the details the user added, minus the token, plus what we keep about it.

The token lives in the keyring under `id` (SPEC §5); nothing in this module ever holds it.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from nbwss_gui.domain.endpoint import EndpointDetails
from nbwss_gui.domain.words import Words, translate


class EndpointState(enum.StrEnum):
    """The State column (SPEC §3.1): the user's choice, not the connection's."""

    ACTIVATED = "ACTIVATED"
    DEACTIVATED = "DEACTIVATED"

    @classmethod
    def of(cls, activated: bool) -> EndpointState:
        return cls.ACTIVATED if activated else cls.DEACTIVATED

    @property
    def words(self) -> Words:
        """The state as the window shows it."""
        return _ENDPOINT_STATE_WORDS[self]


_ENDPOINT_STATE_WORDS = {
    EndpointState.ACTIVATED: translate("EndpointState", "ACTIVATED"),
    EndpointState.DEACTIVATED: translate("EndpointState", "DEACTIVATED"),
}


_ID = re.compile(r"[0-9a-f]{32}")
_FINGERPRINT = re.compile(r"(?:[0-9A-F]{2}:){31}[0-9A-F]{2}")
_DEFAULT_PORTS = {"wss": 443, "https": 443, "ws": 80, "http": 80}

# The JSON keys of a registered endpoint in the config file and in `list --json`. Stable.
JSON_KEYS: tuple[str, ...] = (
    "id",
    "priority",
    "groupId",
    "hostName",
    "url",
    "activated",
    "pinnedSha256",
    "addedAt",
    "changedAt",
)


def new_id() -> str:
    import uuid  # with the platform module behind it: not needed to list endpoints

    return uuid.uuid4().hex


def utc_now() -> str:
    """ISO 8601 UTC to the second, e.g. 2026-11-28T05:04:10Z."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def normalize_fingerprint(value: str) -> str:
    """A SHA-256 fingerprint as upper-case hex pairs joined by ':'; ValueError if it is not one.

    Accepts the forms people paste: lower case, with or without colons, spaces or dashes.
    """
    digits = re.sub(r"[\s:\-]", "", value).upper()
    if len(digits) != 64 or any(c not in "0123456789ABCDEF" for c in digits):
        raise ValueError(
            translate(
                "Registry", "a SHA-256 fingerprint is 32 bytes written as 64 hexadecimal digits"
            )
        )
    return ":".join(digits[i : i + 2] for i in range(0, 64, 2))


def url_key(url: str) -> str:
    """The URL as compared for "same endpoint": scheme and host ignore case, default port dropped.

    The path and query keep their case: servers may treat them as case-sensitive.
    """
    try:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return url.strip()
    if port is not None and port == _DEFAULT_PORTS.get(scheme):
        port = None
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port is None else f"{host}:{port}"
    path = parts.path or "/"
    query = f"?{parts.query}" if parts.query else ""
    return f"{scheme}://{netloc}{path}{query}"


@dataclass(frozen=True, slots=True)
class RegisteredEndpoint:
    """One endpoint in the user's list. `id` is stable for life: it names the keyring entry."""

    id: str
    priority: int
    group_id: str
    host_name: str
    url: str
    activated: bool = True
    pinned_sha256: str | None = None
    added_at: str = ""
    changed_at: str = ""

    @classmethod
    def from_details(
        cls,
        details: EndpointDetails,
        *,
        pinned_sha256: str | None = None,
        now: str | None = None,
        endpoint_id: str | None = None,
        activated: bool = True,
    ) -> RegisteredEndpoint:
        stamp = now if now is not None else utc_now()
        return cls(
            id=endpoint_id if endpoint_id is not None else new_id(),
            priority=details.priority,
            group_id=details.group_id,
            host_name=details.host_name,
            url=details.url,
            activated=activated,
            pinned_sha256=normalize_fingerprint(pinned_sha256) if pinned_sha256 else None,
            added_at=stamp,
            changed_at=stamp,
        )

    @property
    def sort_key(self) -> tuple[int, str, str]:
        """The order of endpoints within a group (SPEC §4.3): priority, then host name, then URL."""
        return (self.priority, self.host_name.casefold(), self.url)

    @property
    def url_key(self) -> str:
        return url_key(self.url)

    @property
    def state(self) -> EndpointState:
        """The vendor console's State column."""
        return EndpointState.of(self.activated)

    def with_activated(self, activated: bool, *, now: str | None = None) -> RegisteredEndpoint:
        if activated == self.activated:
            return self
        return dataclasses.replace(
            self, activated=activated, changed_at=now if now is not None else utc_now()
        )

    def with_priority(self, priority: int, *, now: str | None = None) -> RegisteredEndpoint:
        """The same endpoint at another priority; ValueError (the checker's words) when the
        priority breaks the rule a file's would (SPEC §2.1)."""
        from nbwss_gui.domain.fields import check_priority

        findings = check_priority(priority)
        if findings:
            raise ValueError(findings[0][1])
        if priority == self.priority:
            return self
        return dataclasses.replace(
            self, priority=priority, changed_at=now if now is not None else utc_now()
        )

    def with_pin(self, sha256: str | None, *, now: str | None = None) -> RegisteredEndpoint:
        pin = normalize_fingerprint(sha256) if sha256 else None
        if pin == self.pinned_sha256:
            return self
        return dataclasses.replace(
            self, pinned_sha256=pin, changed_at=now if now is not None else utc_now()
        )

    def with_details(
        self,
        details: EndpointDetails,
        *,
        pinned_sha256: str | None,
        activated: bool,
        now: str | None = None,
    ) -> RegisteredEndpoint:
        """The same endpoint (same id, same added_at) carrying new details."""
        return dataclasses.replace(
            self,
            priority=details.priority,
            group_id=details.group_id,
            host_name=details.host_name,
            url=details.url,
            activated=activated,
            pinned_sha256=normalize_fingerprint(pinned_sha256) if pinned_sha256 else None,
            changed_at=now if now is not None else utc_now(),
        )

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "priority": self.priority,
            "groupId": self.group_id,
            "hostName": self.host_name,
            "url": self.url,
            "activated": self.activated,
            "pinnedSha256": self.pinned_sha256,
            "addedAt": self.added_at,
            "changedAt": self.changed_at,
        }

    @classmethod
    def from_json(cls, data: object) -> RegisteredEndpoint:
        """Read one entry of the config file; ValueError names what is wrong with it."""
        if not isinstance(data, Mapping):
            raise ValueError(translate("Registry", "an endpoint entry must be a JSON object"))
        unknown = sorted(set(data) - set(JSON_KEYS))
        if unknown:
            # A token here would mean a plain-text secret on disk: refuse the whole file.
            raise ValueError(
                translate("Registry", "unexpected key {unknown} in an endpoint entry").fill(
                    unknown=f"{unknown[0]!r}"
                )
            )
        endpoint_id = _string(data, "id")
        if not _ID.fullmatch(endpoint_id):
            raise ValueError(
                translate(
                    "Registry", "endpoint id {endpoint_id} is not 32 lower-case hex digits"
                ).fill(endpoint_id=f"{endpoint_id!r}")
            )
        priority = data.get("priority")
        if type(priority) is not int or priority < 0:
            raise ValueError(
                translate(
                    "Registry", "endpoint {endpoint_id}: priority must be a whole number >= 0"
                ).fill(endpoint_id=endpoint_id)
            )
        activated = data.get("activated", True)
        if type(activated) is not bool:
            raise ValueError(
                translate(
                    "Registry", "endpoint {endpoint_id}: activated must be true or false"
                ).fill(endpoint_id=endpoint_id)
            )
        pin = data.get("pinnedSha256")
        if pin is not None and (not isinstance(pin, str) or not _FINGERPRINT.fullmatch(pin)):
            raise ValueError(
                translate(
                    "Registry", "endpoint {endpoint_id}: pinnedSha256 is not a SHA-256 fingerprint"
                ).fill(endpoint_id=endpoint_id)
            )
        return cls(
            id=endpoint_id,
            priority=priority,
            group_id=_string(data, "groupId"),
            host_name=_string(data, "hostName"),
            url=_string(data, "url"),
            activated=activated,
            pinned_sha256=pin,
            added_at=_string(data, "addedAt", required=False),
            changed_at=_string(data, "changedAt", required=False),
        )


def _string(data: Mapping[str, object], key: str, *, required: bool = True) -> str:
    value = data.get(key, None if required else "")
    if not isinstance(value, str) or (required and not value):
        raise ValueError(
            translate("Registry", "endpoint entry: {key} must be a non-empty string").fill(
                key=f"{key!r}"
            )
        )
    return value


def sort_endpoints(endpoints: list[RegisteredEndpoint]) -> list[RegisteredEndpoint]:
    """Grouped by group id, and by priority order within each group."""
    return sorted(endpoints, key=lambda e: (e.group_id, *e.sort_key))


@dataclass(frozen=True, slots=True)
class NewEndpoint:
    """Details to register. With `replace`, an endpoint with the same URL keeps its id;
    `activated` None: a new endpoint starts activated, a replaced one keeps its state."""

    details: EndpointDetails
    pinned_sha256: str | None = None
    replace: bool = False
    activated: bool | None = None


class DuplicateEndpoint(ValueError):
    """An endpoint's URL is registered already, or given twice in one add."""


def plan_adds(
    endpoints: Iterable[RegisteredEndpoint], wanted: Sequence[NewEndpoint]
) -> list[tuple[NewEndpoint, RegisteredEndpoint, RegisteredEndpoint | None]]:
    """The entry each of `wanted` becomes among `endpoints`, and the one it replaces.
    DuplicateEndpoint for a URL registered already (without `replace`) or given twice."""
    by_key = {e.url_key: e for e in endpoints}
    given: dict[str, EndpointDetails] = {}
    planned = []
    for item in wanted:
        details = item.details
        key = url_key(details.url)
        first = given.setdefault(key, details)
        if first is not details:
            raise DuplicateEndpoint(
                translate(
                    "Registry",
                    "The URL {url} is given twice ({host_name} and {host_name2}); give each "
                    "endpoint once.",
                ).fill(url=details.url, host_name=first.host_name, host_name2=details.host_name)
            )
        old = by_key.get(key)
        if old is not None and not item.replace:
            raise DuplicateEndpoint(
                translate(
                    "Registry",
                    "An endpoint with the URL {url} is already registered ({host_name}, group "
                    "{group_id}); replace it or remove it first.",
                ).fill(url=old.url, host_name=old.host_name, group_id=old.group_id)
            )
        activated = item.activated
        if old is None:
            entry = RegisteredEndpoint.from_details(
                details,
                pinned_sha256=item.pinned_sha256,
                activated=True if activated is None else activated,
            )
        else:
            entry = old.with_details(
                details,
                pinned_sha256=item.pinned_sha256,
                activated=old.activated if activated is None else activated,
            )
        planned.append((item, entry, old))
    return planned
