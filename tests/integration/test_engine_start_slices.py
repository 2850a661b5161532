"""Hundreds of groups start a slice per loop turn (services.engine.START_SLICE): creating every
group's task in one turn held the window's loop for over 100 ms at a thousand groups."""

from __future__ import annotations

import asyncio
import itertools

from nbwss_gui.domain.settings import Settings
from nbwss_gui.services.engine import START_SLICE, Engine

from .cloud_servers import make_endpoint


async def token_for(_endpoint_id: str) -> str:
    return "tok-slices"


def test_groups_start_a_slice_per_loop_turn() -> None:
    async def scenario() -> list[int]:
        engine = Engine(Settings(connect_timeout=0.5), token_for)
        groups = 3 * START_SLICE + 5
        # Nothing listens on port 9: the attempts fail, which is beside the point here.
        engine.update(
            [make_endpoint(f"wss://127.0.0.1:9/g/{n}", group=f"g{n}") for n in range(groups)]
        )
        started = [len(engine._tasks)]
        for _ in range(5):
            await asyncio.sleep(0)
            started.append(len(engine._tasks))
        await engine.close()
        return started

    started = asyncio.run(scenario())
    assert started[0] == 0, "update() itself starts no task"
    assert all(b - a <= START_SLICE for a, b in itertools.pairwise(started))
    assert started[-1] == 3 * START_SLICE + 5, started
