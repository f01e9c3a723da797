"""Waiting for a condition in integration tests: poll until true or fail, never a fixed sleep."""
from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from typing import Any

POLL_SECONDS = 0.02


def wait_until(condition: Callable[[], Any], timeout: float = 10.0, what: str = "condition") -> Any:
    """Poll `condition` until it returns something truthy, and return that; AssertionError on timeout."""
    for _ in _until_deadline(timeout):
        if value := condition():
            return value
        time.sleep(POLL_SECONDS)
    raise AssertionError(f"{what} not met within {timeout}s")


async def until(condition: Callable[[], Any], timeout: float = 10.0, what: str = "condition",
                poll: float = POLL_SECONDS) -> Any:
    """`wait_until` inside a coroutine: the event loop (and Qt's, under qasync) runs between polls."""
    for _ in _until_deadline(timeout):
        if value := condition():
            return value
        await asyncio.sleep(poll)
    raise AssertionError(f"{what} not met within {timeout}s")


def _until_deadline(timeout: float) -> Iterator[None]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        yield
