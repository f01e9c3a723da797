"""The media cache keeps the most recently used files under its size cap."""
from __future__ import annotations

import pytest

from rvops_desktop.models.media import MediaCache


class Ticks:
    def __init__(self) -> None:
        self.value = 0.0

    def __call__(self) -> float:
        self.value += 1
        return self.value


@pytest.fixture
def cache(tmp_path):
    opened = MediaCache(tmp_path / "media", max_bytes=300, clock=Ticks())
    yield opened
    opened.close()


def test_put_then_get_returns_the_bytes(cache):
    path = cache.put("att-1", b"x" * 10, suffix=".jpg")
    assert path.suffix == ".jpg" and cache.get("att-1").read_bytes() == b"x" * 10
    assert cache.get("missing") is None


def test_least_recently_used_is_evicted_over_the_cap(cache):
    for name in ("a", "b", "c"):
        cache.put(name, b"." * 100)
    assert cache.get("a") is not None  # "a" is now the most recently used
    cache.put("d", b"." * 100)  # 400 > 300: the least recently used ("b") goes
    assert "b" not in cache and cache.get("b") is None
    assert all(name in cache for name in ("a", "c", "d"))
    assert cache.total_bytes() == 300
    cache.put("e", b"." * 250)  # needs room for 250: "c", "a" and "d" go, in that order
    assert [name for name in "acde" if name in cache] == ["e"]


def test_an_evicted_file_is_fetched_again_on_demand(cache):
    cache.put("a", b"1" * 200)
    cache.put("b", b"2" * 200)
    assert cache.get("a") is None  # evicted: the caller fetches and puts it again
    assert cache.put("a", b"1" * 200).read_bytes() == b"1" * 200


def test_a_file_bigger_than_the_cap_is_kept_alone(cache):
    cache.put("small", b"s")
    cache.put("huge", b"h" * 1000)
    assert "huge" in cache and "small" not in cache


def test_index_survives_reopening_and_deleted_files_are_misses(tmp_path):
    first = MediaCache(tmp_path, max_bytes=1000, clock=Ticks())
    path = first.put("a", b"abc")
    first.close()
    again = MediaCache(tmp_path, max_bytes=1000, clock=Ticks())
    assert again.get("a") == path
    path.unlink()
    assert again.get("a") is None and "a" not in again
    again.close()
