"""When a group is worth a desktop notification, and what the tray shows."""

from __future__ import annotations

from nbwss_gui.domain.connection_state import ConnectionState as S
from nbwss_gui.domain.connection_state import GroupStatus
from nbwss_gui.domain.group_alerts import (
    GRACE_S,
    PER_MINUTE,
    AlertKind,
    GroupAlerts,
    tray_summary,
    worst_state,
)


def group(state: S, active: str | None = None, group_id: str = "east") -> GroupStatus:
    return GroupStatus(group_id, state, active, summary="")


def test_a_failover_through_connecting_is_one_failed_over() -> None:
    alerts = GroupAlerts({"a": "east-a.example.com", "b": "east-b.example.com"})
    assert alerts.update(group(S.CONNECTED, "a"), 0.0) == []
    assert alerts.update(group(S.CONNECTING), 1.0) == []
    (told,) = alerts.update(group(S.CONNECTED, "b"), 1.5)
    assert told.kind is AlertKind.FAILED_OVER
    assert "east-b.example.com now carries group east (was east-a.example.com)" in told.text
    assert alerts.tick(10.0) == []


def test_an_outage_is_lost_after_the_grace_then_recovered() -> None:
    alerts = GroupAlerts({"a": "east-a.example.com"})
    alerts.update(group(S.CONNECTED, "a"), 0.0)
    assert alerts.update(group(S.RETRYING), 1.0) == []
    assert alerts.tick(1.0 + GRACE_S / 2) == []
    (lost,) = alerts.tick(1.0 + GRACE_S)
    assert lost.kind is AlertKind.LOST
    assert "east-a.example.com was the last" in lost.text
    assert alerts.tick(30.0) == []  # said once
    (back,) = alerts.update(group(S.CONNECTED, "a"), 40.0)
    assert back.kind is AlertKind.RECOVERED


def test_a_reconnect_to_the_same_endpoint_within_the_grace_says_nothing() -> None:
    alerts = GroupAlerts()
    alerts.update(group(S.CONNECTED, "a"), 0.0)
    alerts.update(group(S.CONNECTING), 1.0)
    assert alerts.update(group(S.CONNECTED, "a"), 2.0) == []
    assert alerts.tick(20.0) == []


def test_deactivating_a_group_is_not_news() -> None:
    alerts = GroupAlerts()
    alerts.update(group(S.CONNECTED, "a"), 0.0)
    assert alerts.update(group(S.NOT_CONNECTED), 1.0) == []
    assert alerts.tick(20.0) == []


def test_an_outage_of_many_groups_is_a_few_messages_then_a_summary() -> None:
    alerts = GroupAlerts()
    for n in range(10):
        alerts.update(group(S.CONNECTED, f"e{n}", f"g{n}"), 0.0)
        alerts.update(group(S.RETRYING, None, f"g{n}"), 1.0)
    told = alerts.tick(1.0 + GRACE_S)
    assert len(told) == PER_MINUTE
    assert all(a.kind is AlertKind.LOST for a in told)
    later = alerts.tick(1.0 + GRACE_S + 61.0)
    assert len(later) == 1 and "7 more group changes" in later[0].title


def test_the_tray_shows_the_worst_group() -> None:
    groups = [group(S.CONNECTED, "a", "g1"), group(S.RETRYING, None, "g2"), group(S.STANDBY)]
    assert worst_state(groups) is S.RETRYING
    assert worst_state([]) is None
    assert worst_state([group(S.NOT_CONNECTED)]) is S.NOT_CONNECTED
    assert tray_summary(groups) == "3 groups: 1 CONNECTED, 1 STANDBY, 1 RETRYING"
    assert tray_summary([]) == "No endpoints registered"


def test_a_flapping_group_is_told_once_a_minute_per_kind() -> None:
    alerts = GroupAlerts()
    told = []
    now = 0.0
    for _ in range(5):
        told += alerts.update(group(S.CONNECTED, "a"), now)
        told += alerts.update(group(S.CONNECTING), now + 1)
        told += alerts.update(group(S.CONNECTED, "b"), now + 2)
        told += alerts.update(group(S.CONNECTING), now + 3)
        now += 10
    assert [a.kind for a in told] == [AlertKind.FAILED_OVER]
