"""Plain-Python evented lists for the UI (napari/mirage style, no Qt).

A `SortedEventedList` is one keyed, always-sorted collection. Every mutation goes through its
private methods, which emit a "before" event (`Inserting`, `Removing`, `Moving`, `Resetting`)
and an "after" event (`Inserted`, `Removed`, `Moved`, `Reset`, `Changed`), with the indices a
`QAbstractListModel` needs for begin…Rows/end…Rows and dataChanged, so the view never resets.
Removals come as one event per contiguous run (highest run first, so indices stay valid).
"""
from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Inserting:
    index: int
    count: int


@dataclass(frozen=True, slots=True)
class Inserted:
    index: int
    items: tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Removing:
    index: int
    count: int


@dataclass(frozen=True, slots=True)
class Removed:
    index: int
    items: tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Moving:
    source: int
    destination: int  # the item's index after the move


@dataclass(frozen=True, slots=True)
class Moved:
    source: int
    destination: int  # the item's index after the move
    item: Any


@dataclass(frozen=True, slots=True)
class Changed:
    index: int
    item: Any
    fields: frozenset[str]


@dataclass(frozen=True, slots=True)
class Resetting:
    pass


@dataclass(frozen=True, slots=True)
class Reset:
    pass


def qt_move_destination(source: int, destination: int) -> int:
    """`beginMoveRows`' destinationChild for a one-row move to final index `destination`."""
    return destination + 1 if destination > source else destination


class EventEmitter:
    def __init__(self) -> None:
        self._callbacks: list[Callable[[Any], None]] = []

    def connect(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callable[[Any], None]) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, event: Any) -> None:
        for callback in list(self._callbacks):
            callback(event)


def changed_fields(old: Any, new: Any) -> frozenset[str]:
    names: Iterable[str]
    if hasattr(type(old), "FIELDS"):   # a value class that lists its fields (ConversationSummary)
        names = type(old).FIELDS
    elif dataclasses.is_dataclass(old):
        names = [f.name for f in dataclasses.fields(old)]
    else:
        names = list(type(old).model_fields)
    return frozenset(n for n in names if getattr(old, n) != getattr(new, n))


class SortedEventedList(Generic[T]):
    """Keyed (by `item_id`), always sorted (by `sort_key`, which must be unique per item).

    Only the items are stored (and an id -> item map): no list of keys. A key is recomputed for
    the ~log2(n) items a binary search probes (`bisect(..., key=sort_key)`), which keeps a
    100,000-row inbox from holding 100,000 key tuples (≈ 20 MB) for a few µs per lookup."""

    def __init__(self) -> None:
        self.events = EventEmitter()
        self._items: list[T] = []
        self._by_id: dict[str, T] = {}

    # subclasses define these two
    @staticmethod
    def item_id(item: T) -> str:
        return str(item.id)  # type: ignore[attr-defined]  # items with an `id` unless overridden

    # a function of one item, set by each subclass (a staticmethod, or per instance where the
    # order can change, as InboxModel's sort)
    sort_key: Callable[[T], Any]

    # ---- reading -------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: int) -> T:
        return self._items[index]

    def __iter__(self) -> Iterator[T]:
        return iter(list(self._items))

    def __contains__(self, item_id: str) -> bool:
        return item_id in self._by_id

    def _bisect(self, key: Any) -> int:
        return bisect_left(self._items, key, key=self.sort_key)

    def index_of(self, item_id: str) -> int:
        """The row of `item_id` (ValueError if absent), O(log n)."""
        item = self._by_id.get(item_id)
        if item is None:
            raise ValueError(item_id)
        return self._bisect(self.sort_key(item))

    def get(self, item_id: str) -> T | None:
        return self._by_id.get(item_id)

    # ---- the only ways to change the list -------------------------------------------------------
    def _reset(self, items: Iterable[T], keys: list[Any] | None = None, *,
               in_order: bool = False) -> None:
        """Replace everything. `keys`, when given, are the items' `sort_key`s in the same order
        (a caller that already computed them passes them so they are not computed twice).
        `in_order=True`: the caller already sorted `items` by `sort_key` (the store sorts an
        inbox view), so they are taken as they are."""
        self.events.emit(Resetting())
        items = list(items)
        if not in_order:
            if keys is None:
                keys = [self.sort_key(i) for i in items]
            elif len(keys) != len(items):
                raise ValueError("one key per item")
            order = sorted(range(len(items)), key=keys.__getitem__)
            del keys
            items = [items[n] for n in order]
        self._items = items
        item_id = self.item_id
        self._by_id = {item_id(i): i for i in self._items}
        self.events.emit(Reset())

    def _insert_block(self, items: list[T]) -> None:
        """Insert items that all land at one index (e.g. a page of older messages)."""
        if not items:
            return
        items = sorted(items, key=self.sort_key)
        index = self._bisect(self.sort_key(items[0]))
        if index != self._bisect(self.sort_key(items[-1])):
            for item in items:
                self._upsert(item)
            return
        self._insert_at(index, items)

    def _insert_sorted(self, items: list[T]) -> None:
        """Insert `items`, already sorted by `sort_key` and none of them present, in as many
        insert events as there are places they land (one, when they all go after the last row:
        the next chunk of a view read in order). O(places × log n) keys computed, not one a row."""
        key, start = self.sort_key, 0
        while start < len(items):
            index = self._bisect(key(items[start]))
            if index == len(self._items):
                stop = len(items)
            else:   # the run that lands before the row at `index`
                stop = bisect_left(items, key(self._items[index]), lo=start, key=key)
            self._insert_at(index, items[start:stop])
            start = stop

    def _insert_at(self, index: int, run: list[T]) -> None:
        """Insert `run` (sorted, none present) at `index`, where all of it belongs: one event."""
        self.events.emit(Inserting(index, len(run)))
        self._items[index:index] = run
        item_id = self.item_id
        for item in run:
            self._by_id[item_id(item)] = item
        self.events.emit(Inserted(index, tuple(run)))

    def _upsert(self, item: T) -> None:
        item_id = self.item_id(item)
        key = self.sort_key(item)
        old = self._by_id.get(item_id)
        if old is None:
            index = self._bisect(key)
            self.events.emit(Inserting(index, 1))
            self._items.insert(index, item)
            self._by_id[item_id] = item
            self.events.emit(Inserted(index, (item,)))
            return
        old_key = self.sort_key(old)
        source = self._bisect(old_key)
        fields = changed_fields(old, item)
        if key != old_key:
            del self._items[source]
            destination = self._bisect(key)
            self._items.insert(source, old)  # restore until the move happens
            if destination != source:
                self.events.emit(Moving(source, destination))
                del self._items[source]
                self._items.insert(destination, item)
                self._by_id[item_id] = item
                self.events.emit(Moved(source, destination, item))
                if fields:
                    self.events.emit(Changed(destination, item, fields))
                return
        self._items[source] = item
        self._by_id[item_id] = item
        if fields:
            self.events.emit(Changed(source, item, fields))

    def _remove_ids(self, ids: Iterable[str]) -> None:
        indices = sorted({self.index_of(i) for i in ids if i in self._by_id})
        runs: list[list[int]] = []
        for index in indices:
            if runs and runs[-1][-1] == index - 1:
                runs[-1].append(index)
            else:
                runs.append([index])
        for run in reversed(runs):
            start, stop = run[0], run[-1] + 1
            self.events.emit(Removing(start, stop - start))
            removed = tuple(self._items[start:stop])
            del self._items[start:stop]
            item_id = self.item_id
            for item in removed:
                del self._by_id[item_id(item)]
            self.events.emit(Removed(start, removed))
