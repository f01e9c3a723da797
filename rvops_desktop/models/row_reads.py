"""Model instances read through SQLAlchemy Core (issue 14: a switch reads a conversation, its
contact and a page of its thread on the GUI thread).

The rows come typed by the columns' own types (JSON decoded, booleans as bool) and become
detached model instances with `model_construct`, skipping the ORM's session, identity map and
loading events: ≈ 0.1 ms for one conversation instead of ≈ 0.3 ms (0.7 ms in the window), the
same values. Read-only instances: every write to the replica goes through `apply`/`WriteTx`.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import Connection, Select, Table, bindparam, select
from sqlalchemy.orm import configure_mappers
from sqlmodel import SQLModel

_M = TypeVar("_M", bound=SQLModel)
_BY_ID: dict[type[SQLModel], Select[Any]] = {}
_MAPPERS_READY = False


def table_of(model: type[SQLModel]) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]  # a table=True model's
    return table


def _configured() -> None:
    """The mappers set up (what the ORM's first query does): a constructed instance's attributes
    need them, and this may be the process's first read."""
    global _MAPPERS_READY
    if not _MAPPERS_READY:
        configure_mappers()
        _MAPPERS_READY = True


def constructed(model: type[_M], rows: Iterable[Any]) -> list[_M]:
    """Core rows of `select(table_of(model))` as `model` instances, in order."""
    _configured()
    make = model.model_construct
    return [make(**row._mapping) for row in rows]


def one_by_id(conn: Connection, model: type[_M], row_id: str) -> _M | None:
    """The row `row_id` of `model`'s table (by its `id` column), or None."""
    statement = _BY_ID.get(model)
    if statement is None:
        table = table_of(model)
        statement = _BY_ID.setdefault(model, select(table).where(table.c.id == bindparam("row_id")))
    row = conn.execute(statement, {"row_id": row_id}).first()
    _configured()
    return None if row is None else model.model_construct(**row._mapping)
