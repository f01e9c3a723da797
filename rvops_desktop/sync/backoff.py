"""Exponential back-off with jitter; every limit a named constant, randomness injectable."""
from __future__ import annotations

import random as _random
from collections.abc import Callable

BACKOFF_BASE_SECONDS = 0.5  # first retry waits about this long
BACKOFF_FACTOR = 2.0  # each failure doubles the wait
BACKOFF_CAP_SECONDS = 30.0  # never wait longer than this between attempts
BACKOFF_JITTER = 0.5  # the wait is drawn from [delay * (1 - JITTER), delay]


class Backoff:
    """`next_delay()` after each failure, `reset()` after a success.

    Jitter spreads the reconnects of many clients after a server restart ("equal jitter").
    """

    def __init__(self, *, base: float = BACKOFF_BASE_SECONDS, factor: float = BACKOFF_FACTOR,
                 cap: float = BACKOFF_CAP_SECONDS, jitter: float = BACKOFF_JITTER,
                 random: Callable[[], float] | None = None) -> None:
        self.base, self.factor, self.cap, self.jitter = base, factor, cap, jitter
        self._random = random or _random.random
        self.failures = 0

    def next_delay(self) -> float:
        delay = min(self.cap, self.base * self.factor ** self.failures)
        self.failures += 1
        return delay * (1 - self.jitter * self._random())

    def reset(self) -> None:
        self.failures = 0
