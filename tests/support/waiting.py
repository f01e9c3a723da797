"""Waiting for a condition in integration tests: poll until true or fail, never a fixed sleep."""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

POLL_SECONDS = 0.02


def wait_until(condition: Callable[[], Any], timeout: float = 10.0, what: str = "condition") -> Any:
    """Poll `condition` until it returns something truthy, and return that; AssertionError on timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(POLL_SECONDS)
    raise AssertionError(f"{what} not met within {timeout}s")
