"""What a process built to start — its modules, classes, the window, the registry — lives as
long as the process does: before the connections start, the garbage collector is told to
leave those objects alone (`gc.freeze`), and to walk everything (a full collection) ten times
less often.

Why: CPython's full collection walks every object it tracks, and stops the event loop — and so
the window — while it does. While a thousand groups connect, the full collections were the
longest stalls: 90 to 220 ms each, growing with the heap (measured at 1000 groups with gc
callbacks). Frozen, the start-up objects are never walked again; and a full collection comes
after every FULL_EVERY collections of the middle generation instead of every 10 (Python's
default), so the hundred thousand objects the connections create are not walked again and
again while they are made. Young garbage is collected as before; cyclic garbage that reached
the oldest generation waits longer for its collection. Objects frozen here that later become
cyclic garbage are not collected: at start-up nearly everything is there for good, and it
happens once per process.
"""

from __future__ import annotations

import gc

# Python's default is 10.
FULL_EVERY = 100
_frozen: list[int] = []


def freeze_start_up() -> int:
    """Once per process: move every object the collector tracks now into its permanent
    generation, and make full collections rarer. Returns how many are frozen (0 when it was
    done before)."""
    if _frozen:
        return 0
    gc.freeze()
    young, middle, _full = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_EVERY)
    _frozen.append(gc.get_freeze_count())
    return _frozen[0]
