"""Exponential back-off with jitter and a cap; the random source is injected."""
from __future__ import annotations

from rvops_desktop.sync import BACKOFF_BASE_SECONDS, BACKOFF_CAP_SECONDS, BACKOFF_FACTOR, Backoff


def test_delays_grow_exponentially_up_to_the_cap():
    backoff = Backoff(random=lambda: 0.0)  # no jitter drawn: the full delay
    delays = [backoff.next_delay() for _ in range(12)]
    assert delays[:3] == [BACKOFF_BASE_SECONDS, BACKOFF_BASE_SECONDS * BACKOFF_FACTOR,
                          BACKOFF_BASE_SECONDS * BACKOFF_FACTOR ** 2]
    assert max(delays) == BACKOFF_CAP_SECONDS and delays[-1] == BACKOFF_CAP_SECONDS
    backoff.reset()
    assert backoff.next_delay() == BACKOFF_BASE_SECONDS


def test_jitter_spreads_clients_within_half_the_delay():
    low = Backoff(random=lambda: 0.999)
    high = Backoff(random=lambda: 0.0)
    for _ in range(8):
        a, b = low.next_delay(), high.next_delay()
        assert b / 2 <= a < b
