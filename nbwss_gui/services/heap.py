"""What a process built to start — its modules, classes, the window, the registry — lives as
long as the process does: before the connections start, the garbage collector is told to
leave those objects alone (`gc.freeze`).

Why: CPython's full collection walks every object it tracks. While a thousand groups connect,
each full collection walked the start-up objects again and stopped the event loop — and so the
window — for 90 to 220 ms (measured at 1000 groups, growing with the heap; they were the
longest stalls of the ramp-up). Frozen, they are never walked again; what comes later is
collected as before. Objects frozen here that later become cyclic garbage are not collected:
at start-up nearly everything is there for good, and it happens once per process.
"""

from __future__ import annotations

import gc

_frozen: list[int] = []


def freeze_start_up() -> int:
    """Once per process: move every object the collector tracks now into its permanent
    generation. Returns how many are frozen (0 when it was done before)."""
    if _frozen:
        return 0
    gc.freeze()
    _frozen.append(gc.get_freeze_count())
    return _frozen[0]
