"""When to tell the user about a server group (SPEC §3.1: the tray shows the worst group state;
a notification says when a group loses its last connection, fails over, or recovers).

Fed the engine's group roll-ups as they come; says what is worth a desktop notification. A
group that leaves CONNECTED is given a moment (GRACE_S) before it counts as lost: a failover
passes through CONNECTING on its way to the next endpoint, and that is one "failed over", not
"lost" then "recovered". Notifications are rate-limited per group and overall, so a network
outage over a thousand groups is one message, not a thousand.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from nbwss_gui.domain.connection_state import ConnectionState, GroupStatus
from nbwss_gui.domain.words import joined, translate

# How long a group may be between connections before it counts as lost.
GRACE_S = 5.0
# At most one notification of a kind per group in this long (a flapping endpoint)…
PER_GROUP_S = 60.0
# …and at most this many in all per minute; the rest are summed up in one.
PER_MINUTE = 3

S = ConnectionState
# Worst first: what the tray shows is the first of these that any group is in.
_SEVERITY = (S.FAILED, S.RETRYING, S.CONNECTING, S.STANDBY, S.CONNECTED, S.NOT_CONNECTED)


class AlertKind(enum.StrEnum):
    LOST = "lost"
    FAILED_OVER = "failed-over"
    RECOVERED = "recovered"


@dataclass(frozen=True, slots=True)
class Alert:
    kind: AlertKind
    group_id: str
    title: str
    text: str


def worst_state(groups: Iterable[GroupStatus]) -> ConnectionState | None:
    """The state the tray shows: the worst any group is in; None without groups."""
    states = {g.state for g in groups}
    return next((s for s in _SEVERITY if s in states), None)


def tray_summary(groups: Iterable[GroupStatus]) -> str:
    """ "3 groups: 2 CONNECTED, 1 RETRYING", worst last."""
    counts: dict[ConnectionState, int] = {}
    total = 0
    for group in groups:
        counts[group.state] = counts.get(group.state, 0) + 1
        total += 1
    if not total:
        return translate("Groups", "No endpoints registered")
    parts = [
        translate("Groups", "{count} {state}").fill(count=counts[s], state=s.words)
        for s in reversed(_SEVERITY)
        if s in counts
    ]
    if total == 1:
        words = translate("Groups", "1 group: {states}")
    else:
        words = translate("Groups", "{count} groups: {states}")
    return words.fill(count=total, states=joined(parts, ", "))


@dataclass(slots=True)
class _Track:
    connected_to: str | None = None  # the active endpoint, while CONNECTED
    left_at: float | None = None  # when it left CONNECTED (not yet counted as lost)
    left_from: str | None = None
    lost: bool = False
    last_alert: float | None = None
    last_kind: AlertKind | None = None


class GroupAlerts:
    """Turns group roll-ups into notifications; call `tick` now and then (every second)."""

    def __init__(self, names: dict[str, str] | None = None) -> None:
        self._tracks: dict[str, _Track] = {}
        self._sent: list[float] = []
        self._held: list[Alert] = []
        # Endpoint id -> host name, for the words.
        self.names = names if names is not None else {}

    def update(self, status: GroupStatus, now: float) -> list[Alert]:
        track = self._tracks.setdefault(status.group_id, _Track())
        alerts: list[Alert] = []
        if status.state is S.CONNECTED:
            active = status.active_endpoint_id
            if track.lost:
                alerts.append(self._alert(AlertKind.RECOVERED, status))
            elif track.left_at is not None and active != track.left_from:
                alerts.append(self._alert(AlertKind.FAILED_OVER, status, track.left_from))
            elif track.connected_to is not None and active != track.connected_to:
                alerts.append(self._alert(AlertKind.FAILED_OVER, status, track.connected_to))
            track.connected_to, track.left_at, track.left_from, track.lost = (
                active,
                None,
                None,
                False,
            )
        elif status.state is S.NOT_CONNECTED:
            # Deactivated by the user: nothing to tell.
            self._tracks[status.group_id] = _Track()
        elif track.connected_to is not None:
            track.left_at, track.left_from, track.connected_to = now, track.connected_to, None
        return self._limit(alerts, now)

    def tick(self, now: float) -> list[Alert]:
        """Groups whose moment between connections is over now count as lost."""
        alerts = []
        for group_id, track in self._tracks.items():
            if track.left_at is not None and now - track.left_at >= GRACE_S and not track.lost:
                track.lost, track.left_at = True, None
                alerts.append(
                    Alert(
                        AlertKind.LOST,
                        group_id,
                        translate("Groups", "Group {group} lost its connection").fill(
                            group=group_id
                        ),
                        translate(
                            "Groups",
                            "No endpoint of group {group} is connected; {name} was the last. "
                            "Retrying.",
                        ).fill(group=group_id, name=self._name(track.left_from)),
                    )
                )
        return self._limit(alerts, now)

    def forget(self, group_ids: Iterable[str]) -> None:
        for group_id in group_ids:
            self._tracks.pop(group_id, None)

    def _alert(self, kind: AlertKind, status: GroupStatus, before: str | None = None) -> Alert:
        now_on = self._name(status.active_endpoint_id)
        if kind is AlertKind.RECOVERED:
            return Alert(
                kind,
                status.group_id,
                translate("Groups", "Group {group} is connected again").fill(group=status.group_id),
                translate("Groups", "{name} carries group {group}.").fill(
                    name=now_on, group=status.group_id
                ),
            )
        return Alert(
            kind,
            status.group_id,
            translate("Groups", "Group {group} failed over").fill(group=status.group_id),
            translate("Groups", "{name} now carries group {group} (was {before}).").fill(
                name=now_on, group=status.group_id, before=self._name(before)
            ),
        )

    def _name(self, endpoint_id: str | None) -> str:
        if endpoint_id is None:
            return translate("Groups", "no endpoint")
        return self.names.get(endpoint_id, endpoint_id[:12])

    def _limit(self, alerts: list[Alert], now: float) -> list[Alert]:
        self._sent = [t for t in self._sent if now - t < 60.0]
        allowed: list[Alert] = []
        for alert in alerts:
            track = self._tracks.get(alert.group_id)
            last = track.last_alert if track is not None else None
            same = track is not None and track.last_kind is alert.kind
            if same and last is not None and now - last < PER_GROUP_S:
                continue
            if len(self._sent) >= PER_MINUTE:
                self._held.append(alert)
                continue
            if track is not None:
                track.last_alert, track.last_kind = now, alert.kind
            self._sent.append(now)
            allowed.append(alert)
        if self._held and len(self._sent) < PER_MINUTE:
            held, self._held = self._held, []
            groups = sorted({a.group_id for a in held})
            allowed.append(
                Alert(
                    held[-1].kind,
                    groups[0],
                    translate("Groups", "{count} more group changes").fill(count=len(held)),
                    (
                        translate(
                            "Groups", "Groups {groups} and more changed; the window shows each."
                        )
                        if len(groups) > 5
                        else translate("Groups", "Groups {groups} changed; the window shows each.")
                    ).fill(groups=", ".join(groups[:5])),
                )
            )
            self._sent.append(now)
        return allowed
