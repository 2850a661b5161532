"""Connection settings (SPEC §4.5): the vendor's `nbwss.properties` keys and this application's own.

Reading and writing the properties format, and checking values, live here too (pure Python).
"""

from __future__ import annotations

from dataclasses import dataclass


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
