"""When to look again at a FAILED endpoint that stands by (SPEC §3.1: states are true).

While its group is carried by another endpoint, nothing dials a FAILED standby endpoint: it
would read "refused" for ever, though its server came back. The group's task therefore checks
it in the background — TCP, TLS and the WebSocket upgrade, no token — first after FIRST_S,
then ever less often up to CAP_S, so one that came back reads STANDBY within a minute. This
module keeps the schedule; services.group_standby does the checking.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

FIRST_S = 5.0
CAP_S = 60.0


class StandbyChecks:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        # Endpoint id -> (when it is due, the wait before that).
        self._due: dict[str, tuple[float, float]] = {}

    def follow(self, failed_ids: Iterable[str]) -> None:
        """The FAILED standby endpoints now: new ones are scheduled, the others forgotten."""
        wanted = set(failed_ids)
        for endpoint_id in [i for i in self._due if i not in wanted]:
            del self._due[endpoint_id]
        now = self.clock()
        for endpoint_id in wanted:
            self._due.setdefault(endpoint_id, (now + FIRST_S, FIRST_S))

    def still_failing(self, endpoint_id: str) -> None:
        _due, wait = self._due.get(endpoint_id, (0.0, FIRST_S / 2))
        wait = min(wait * 2, CAP_S)
        self._due[endpoint_id] = (self.clock() + wait, wait)

    def reachable(self, endpoint_id: str) -> None:
        self._due.pop(endpoint_id, None)

    def next_due(self) -> float | None:
        """When the next check is due (the clock's time), or None."""
        return min((due for due, _wait in self._due.values()), default=None)

    def due_now(self) -> list[str]:
        now = self.clock()
        return [endpoint_id for endpoint_id, (due, _w) in self._due.items() if due <= now]
