"""Fixtures for the replica tests: a fresh replica file per test and a settable clock."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from rvops_desktop.models import Replica


class Clock:
    def __init__(self) -> None:
        self.moment = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def replica(tmp_path, clock):
    opened = Replica.open(tmp_path / "replica.sqlite3", clock=clock)
    yield opened
    opened.close()
