"""What `nbwss-gui monitor` prints: one line per state change, or one JSON object per line
(`--json`, format version 1, documented in `nbwss-gui monitor --help`)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from nbwss_gui.cli.language import say
from nbwss_gui.domain.words import translate

if TYPE_CHECKING:
    from nbwss_gui.domain.connection_state import EndpointStatus, GroupStatus
    from nbwss_gui.domain.registered import RegisteredEndpoint

JSON_FORMAT_VERSION = 1


class Printer:
    """Turns engine events into lines; keep-alive round-trip updates alone print nothing."""

    def __init__(self, out: TextIO, *, as_json: bool) -> None:
        self.out = out
        self.as_json = as_json
        self.endpoints: dict[str, RegisteredEndpoint] = {}
        self._last: dict[str, tuple[object, ...]] = {}

    def set_endpoints(
        self, endpoints: Iterable[RegisteredEndpoint], *, announce_removed: bool = True
    ) -> None:
        """The endpoints now registered; one that left the list (removed here or by another
        process) gets a last line, REMOVED, so that its last CONNECTED is not left standing."""
        current = {e.id: e for e in endpoints}
        if announce_removed:
            for gone in [e for i, e in self.endpoints.items() if i not in current]:
                self._last.pop(gone.id, None)
                self.removed(gone)
        self.endpoints = current

    def removed(self, entry: RegisteredEndpoint) -> None:
        if self.as_json:
            self._json(
                {
                    "formatVersion": JSON_FORMAT_VERSION,
                    "event": "removed",
                    "time": _iso(None),
                    "groupId": entry.group_id,
                    "endpointId": entry.id,
                    "hostName": entry.host_name,
                    "url": entry.url,
                }
            )
            return
        gone = say(translate("MonitorCommand", "from the list"))
        self._line(f"{_iso(None)} {entry.group_id} {entry.host_name} REMOVED {gone}")

    def endpoint(self, status: EndpointStatus) -> None:
        key = (status.state, status.reason, status.retry_at)
        last = self._last.get(status.endpoint_id)
        # A keep-alive round trip alone is news only to the JSON reader (rttMs).
        if last is not None and last[:3] == key and (not self.as_json or last[3] == status.rtt_ms):
            return
        self._last[status.endpoint_id] = (*key, status.rtt_ms)
        entry = self.endpoints.get(status.endpoint_id)
        host = entry.host_name if entry is not None else status.endpoint_id[:12]
        if self.as_json:
            self._json(
                {
                    "formatVersion": JSON_FORMAT_VERSION,
                    "event": "endpoint",
                    "time": _iso(None),
                    "groupId": status.group_id,
                    "endpointId": status.endpoint_id,
                    "hostName": host,
                    "url": entry.url if entry is not None else None,
                    "state": status.state.value,
                    "reason": status.reason,
                    "reasonKind": status.reason_kind,
                    "since": _iso(status.since),
                    "retryAt": _iso(status.retry_at) if status.retry_at else None,
                    "rttMs": status.rtt_ms,
                }
            )
            return
        words = say(_words(status))
        self._line(f"{_iso(None)} {status.group_id} {host} {status.state.value} {words}")

    def group(self, status: GroupStatus) -> None:
        if not self.as_json:
            return
        self._json(
            {
                "formatVersion": JSON_FORMAT_VERSION,
                "event": "group",
                "time": _iso(None),
                "groupId": status.group_id,
                "state": status.state.value,
                "activeEndpointId": status.active_endpoint_id,
                "summary": status.summary,
                "retryAt": _iso(status.retry_at) if status.retry_at else None,
            }
        )

    def _json(self, document: dict[str, object]) -> None:
        self._line(json.dumps(document, ensure_ascii=False))

    def _line(self, text: str) -> None:
        # `monitor | head`: once the reader has left there is nothing more to say.
        with contextlib.suppress(BrokenPipeError):
            print(text, file=self.out, flush=True)


def _words(status: EndpointStatus) -> str:
    from nbwss_gui.domain.connection_state import ConnectionState as S

    if status.state is S.RETRYING:
        wait = f"{status.retry_in() or 0.0:.1f}"
        if status.reason:
            return translate("MonitorCommand", "next try in {seconds} s: {reason}").fill(
                seconds=wait, reason=status.reason
            )
        return translate("MonitorCommand", "next try in {seconds} s").fill(seconds=wait)
    if status.state is S.STANDBY:
        return status.reason or translate("MonitorCommand", "standing by")
    if status.state is S.CONNECTED:
        return status.reason or translate("MonitorCommand", "active connection of the group")
    return status.reason or ""


def _iso(moment: float | None) -> str:
    when = dt.datetime.now(dt.UTC) if moment is None else dt.datetime.fromtimestamp(moment, dt.UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"
