"""The start-up objects are frozen once per process, before the connections start (see
services/heap.py for the stalls this removes)."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from nbwss_gui.services import heap

ROOT = Path(__file__).resolve().parents[2]


def test_the_start_up_objects_are_frozen_once() -> None:
    # In a process of its own: freezing the test run's objects would keep its garbage.
    code = (
        "import gc\n"
        "from nbwss_gui.services.heap import freeze_start_up\n"
        "before = gc.get_freeze_count()\n"
        "frozen = freeze_start_up()\n"
        "print(before, frozen, gc.get_freeze_count(), freeze_start_up(), gc.get_threshold()[2])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    before, frozen, count, again, full_every = map(int, done.stdout.split())
    # Python 3.12 starts with a few hundred objects of its own frozen.
    assert frozen == count > before + 1000  # the modules, their functions, classes at least
    assert again == 0
    assert full_every == heap.FULL_EVERY == 100


def test_this_test_process_is_not_frozen() -> None:
    """Nothing the tests import freezes by itself (only the window's and monitor's start)."""
    assert not heap._frozen
    assert gc.get_threshold()[2] == 10
    fresh = subprocess.run(
        [sys.executable, "-c", "import gc; print(gc.get_freeze_count())"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert gc.get_freeze_count() == int(fresh.stdout)
