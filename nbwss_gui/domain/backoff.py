"""Retry delays after a full pass over a group without success (SPEC §4.4).

Exponential with full jitter: the n-th delay is drawn uniformly from [0, min(cap, base * 2**n)),
so many clients that lost the same server do not come back in step. The schedule starts over
once a connection has stayed up for `stable_after` seconds.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

BASE_DELAY = 1.0
STABLE_AFTER = 30.0
# 2**64 s is already far beyond any cap; stop the exponent there so it cannot overflow.
_MAX_EXPONENT = 64


@dataclass(slots=True)
class Backoff:
    cap: float = 60.0
    base: float = BASE_DELAY
    stable_after: float = STABLE_AFTER
    rng: Callable[[], float] = field(default=random.random, repr=False)
    attempts: int = 0

    def __post_init__(self) -> None:
        if self.base <= 0:
            raise ValueError("the first backoff delay must be positive")
        if self.cap <= 0:
            raise ValueError("the backoff cap must be positive")

    def ceiling(self) -> float:
        """The upper bound of the next delay, before jitter."""
        return min(self.cap, self.base * 2.0 ** min(self.attempts, _MAX_EXPONENT))

    def next_delay(self) -> float:
        """The delay before the next pass, in seconds; moves the schedule one step on."""
        ceiling = self.ceiling()
        self.attempts += 1
        return ceiling * min(max(self.rng(), 0.0), 1.0)

    def reset(self) -> None:
        self.attempts = 0

    def connection_lasted(self, seconds: float) -> None:
        """Tell the schedule how long a connection stayed up; long enough starts it over."""
        if seconds >= self.stable_after:
            self.reset()
