"""What the engine says about each endpoint and each group (SPEC §3.1 Connection State).

Plain values: the window's model, the `monitor` command and the tests all read these, whatever
runs the engine.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from nbwss_gui.domain.words import Words, translate


class ConnectionState(StrEnum):
    # The group's active connection.
    CONNECTED = "CONNECTED"
    CONNECTING = "CONNECTING"
    # Activated, not in use: another endpoint of the group carries it, or its turn has not come.
    STANDBY = "STANDBY"
    # Waiting for the next try; `retry_at` says when.
    RETRYING = "RETRYING"
    # The last try failed or the connection ended; `reason` says why.
    FAILED = "FAILED"
    # Deactivated by the user.
    NOT_CONNECTED = "NOT CONNECTED"

    @property
    def words(self) -> Words:
        """The state as the window shows it (the value itself in English; `monitor --json` and
        the log keep the value)."""
        return _STATE_WORDS[self]


_STATE_WORDS = {
    ConnectionState.CONNECTED: translate("ConnectionState", "CONNECTED"),
    ConnectionState.CONNECTING: translate("ConnectionState", "CONNECTING"),
    ConnectionState.STANDBY: translate("ConnectionState", "STANDBY"),
    ConnectionState.RETRYING: translate("ConnectionState", "RETRYING"),
    ConnectionState.FAILED: translate("ConnectionState", "FAILED"),
    ConnectionState.NOT_CONNECTED: translate("ConnectionState", "NOT CONNECTED"),
}


@dataclass(frozen=True, slots=True)
class EndpointStatus:
    endpoint_id: str
    group_id: str
    state: ConnectionState
    # In words, for a person; for FAILED and RETRYING the last failure.
    reason: str | None = None
    # The stable kind of the last failure (services.failure.FailureKind values), else None.
    reason_kind: str | None = None
    # Wall-clock time (Unix seconds) the endpoint entered this state.
    since: float = 0.0
    # Wall-clock time of the next try, for RETRYING.
    retry_at: float | None = None
    # Round-trip time of the last keep-alive ping, in milliseconds, while CONNECTED.
    rtt_ms: float | None = None
    # When the certificate the endpoint presented expires (Unix seconds), while CONNECTED.
    certificate_expires: float | None = None

    @property
    def last_error(self) -> str | None:
        """The reason, when it tells of a failure (a `reason_kind`): what the window's Last
        error column keeps. "Waiting for the next try" or "standing by" are not errors."""
        return self.reason if self.reason_kind is not None and self.reason else None

    def round_trip_alone(self, before: EndpointStatus) -> bool:
        """Whether this status is `before` with a new keep-alive round-trip time and nothing
        else (a keep-alive round: news to the Round trip cell alone)."""
        return self.rtt_ms != before.rtt_ms and before == dataclasses.replace(
            self, rtt_ms=before.rtt_ms
        )

    def retry_in(self, now: float | None = None) -> float | None:
        """Seconds until the next try (never negative), or None."""
        if self.retry_at is None:
            return None
        return max(0.0, self.retry_at - (time.time() if now is None else now))

    def to_json(self) -> dict[str, Any]:
        return {
            "endpointId": self.endpoint_id,
            "groupId": self.group_id,
            "state": self.state.value,
            "reason": self.reason,
            "reasonKind": self.reason_kind,
            "since": self.since,
            "retryAt": self.retry_at,
            "rttMs": self.rtt_ms,
            "certificateExpiresAt": self.certificate_expires,
        }


@dataclass(frozen=True, slots=True)
class GroupStatus:
    """The roll-up on a group row: which endpoint carries the group, or why none does."""

    group_id: str
    # CONNECTED, CONNECTING, RETRYING, FAILED or NOT CONNECTED (no activated endpoint).
    state: ConnectionState
    active_endpoint_id: str | None
    summary: str
    since: float = 0.0
    retry_at: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "groupId": self.group_id,
            "state": self.state.value,
            "activeEndpointId": self.active_endpoint_id,
            "summary": self.summary,
            "since": self.since,
            "retryAt": self.retry_at,
        }
