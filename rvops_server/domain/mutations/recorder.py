"""Precheck refusals recorded in batches: one write transaction for all that are waiting.

A burst of claims of one held conversation is a burst of refusals, each of which must be kept
(a replay of its mutation id gets the same answer). One transaction each would queue them all on
SQLite's write lock, one commit at a time; instead each caller adds its row to a list and the
first to get the writer's turn writes the whole list in one transaction (the others find theirs
written when their turn comes). Every caller returns only once its row is committed.
"""
from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import IntegrityError

from rvops_server.store import schema as t
from rvops_server.store.db import Store

_RECORD = t.applied_mutations.insert()


@dataclass
class _Slot:
    row: dict[str, Any]
    done: bool = False
    recorded: bool = False  # False once done: the key was taken (a concurrent replay recorded first)
    error: BaseException | None = None


class RefusalRecorder:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._guard = threading.Lock()   # the waiting list
        self._writer = threading.Lock()  # one batch transaction at a time
        self._pending: list[_Slot] = []
        self.transactions = 0  # how many batch transactions ran (the tests count them)

    def record(self, row: dict[str, Any]) -> bool:
        """Inserts `row` into applied_mutations; False if its (user, mutation id) was already there."""
        slot = _Slot(row)
        with self._guard:
            self._pending.append(slot)
        with self._writer:
            if not slot.done:
                with self._guard:
                    batch = self._pending[:]
                    self._pending.clear()
                self._write(batch)
        if slot.error is not None:
            raise slot.error
        return slot.recorded

    def _write(self, batch: list[_Slot]) -> None:
        try:
            self.transactions += 1
            with self._store.write() as uow:
                savepoint = uow.conn.begin_nested()
                try:
                    uow.conn.execute(_RECORD, [slot.row for slot in batch])
                    savepoint.commit()
                    for slot in batch:
                        slot.recorded = True
                except IntegrityError:  # some key was taken: one by one, each in its own savepoint
                    savepoint.rollback()
                    for slot in batch:
                        one = uow.conn.begin_nested()
                        try:
                            uow.conn.execute(_RECORD, slot.row)
                            one.commit()
                            slot.recorded = True
                        except IntegrityError:
                            one.rollback()
        except BaseException as exc:  # every waiter in the batch learns of it, not only this thread
            for slot in batch:
                slot.recorded, slot.error = False, exc
            raise
        finally:
            for slot in batch:
                slot.done = True


_RECORDERS: weakref.WeakKeyDictionary[Store, RefusalRecorder] = weakref.WeakKeyDictionary()
_RECORDERS_LOCK = threading.Lock()


def recorder_for(store: Store) -> RefusalRecorder:
    """The store's recorder (one per Store, made on first use)."""
    with _RECORDERS_LOCK:
        found = _RECORDERS.get(store)
        if found is None:
            found = _RECORDERS[store] = RefusalRecorder(store)
        return found
