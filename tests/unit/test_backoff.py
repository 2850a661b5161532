"""Full-jitter exponential backoff (SPEC §4.4)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nbwss_gui.domain.backoff import Backoff


def test_doubles_from_one_second_up_to_the_cap() -> None:
    backoff = Backoff(cap=60.0, rng=lambda: 1.0)
    delays = [backoff.next_delay() for _ in range(9)]
    assert delays == [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 60.0, 60.0, 60.0]


def test_full_jitter_scales_the_ceiling() -> None:
    backoff = Backoff(cap=60.0, rng=lambda: 0.25)
    assert [backoff.next_delay() for _ in range(4)] == [0.25, 0.5, 1.0, 2.0]
    zero = Backoff(rng=lambda: 0.0)
    assert zero.next_delay() == 0.0


def test_random_values_outside_zero_one_are_clamped() -> None:
    assert Backoff(rng=lambda: 7.0).next_delay() == 1.0
    assert Backoff(rng=lambda: -1.0).next_delay() == 0.0


def test_cap_below_the_first_step() -> None:
    backoff = Backoff(cap=0.2, rng=lambda: 1.0)
    assert backoff.next_delay() == 0.2
    assert backoff.next_delay() == 0.2


def test_reset_after_a_stable_connection_only() -> None:
    backoff = Backoff(cap=60.0, rng=lambda: 1.0)
    for _ in range(4):
        backoff.next_delay()
    backoff.connection_lasted(29.9)
    assert backoff.next_delay() == 16.0
    backoff.connection_lasted(30.0)
    assert backoff.next_delay() == 1.0


def test_many_attempts_do_not_overflow() -> None:
    backoff = Backoff(cap=60.0, rng=lambda: 1.0, attempts=10_000)
    assert backoff.next_delay() == 60.0


@pytest.mark.parametrize("bad", [{"base": 0.0}, {"cap": 0.0}, {"cap": -1.0}])
def test_refuses_non_positive_values(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="must be positive"):
        Backoff(**bad)


@given(st.integers(min_value=0, max_value=200), st.floats(min_value=0.001, max_value=3600))
def test_delay_never_exceeds_the_cap(steps: int, cap: float) -> None:
    backoff = Backoff(cap=cap, rng=random.Random(steps).random)
    for _ in range(steps % 20 + 1):
        delay = backoff.next_delay()
        assert 0.0 <= delay <= cap


def test_jitter_spreads_the_delays() -> None:
    rng = random.Random(1)
    delays = [Backoff(cap=60.0, rng=rng.random, attempts=5).next_delay() for _ in range(200)]
    assert min(delays) < 8.0 < max(delays)
    assert len(set(delays)) == 200
