"""Server records <-> replica rows, for the bulk paths (plain tuples, one executemany each).

A record is the server's snake_case dict. Known fields go to their columns (JSON columns are
encoded once here), unknown fields are kept in `extra`, derived columns are computed.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Table

from .schema import dumps, phone_search_text
from .tables import TABLES, table_of

_loads = json.loads


@dataclass(frozen=True)
class TableSpec:
    collection: str
    table: Table
    columns: tuple[str, ...]  # every column but pk, in insert order; "id" first
    json_columns: frozenset[str]
    derived: frozenset[str]
    upsert_sql: str
    delete_sql: str
    select_sql: str  # the row by id, in `columns` order

    @property
    def name(self) -> str:
        return self.table.name

    def to_row(self, record: Mapping[str, Any]) -> tuple[Any, ...]:
        """The record as a tuple in `columns` order; unknown fields go to `extra`."""
        known = self._known
        extra = None
        for key in record:
            if key not in known:
                if extra is None:
                    extra = {}
                extra[key] = record[key]
        get = record.get
        values = []
        for column in self.columns:
            if column == "extra":
                values.append(dumps(extra))
            elif column in self.json_columns:
                value = get(column)
                values.append(None if value is None else dumps(value))
            elif column == "phone_search":
                values.append(phone_search_text(get("phone")))
            else:
                values.append(get(column))
        return tuple(values)

    def from_row(self, values: Iterable[Any]) -> dict[str, Any]:
        """A stored row back to a record (extra fields merged back in)."""
        record: dict[str, Any] = {}
        extra = None
        for column, value in zip(self.columns, values):
            if column == "extra":
                extra = _loads(value) if value else None
            elif column in self.derived:
                continue
            elif column in self.json_columns and value is not None:
                record[column] = _loads(value)
            else:
                record[column] = value
        if extra:
            for key, value in extra.items():
                record.setdefault(key, value)
        return record

    @property
    def _known(self) -> frozenset[str]:
        return _KNOWN[self.collection]


def _spec(collection: str, table: Table) -> TableSpec:
    columns = tuple(["id"] + [c.name for c in table.columns if c.name not in ("pk", "id")])
    json_columns = frozenset(c.name for c in table.columns
                             if isinstance(c.type, JSON) and c.name != "extra")
    derived = frozenset({"phone_search"} & set(columns))
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
    return TableSpec(
        collection=collection,
        table=table,
        columns=columns,
        json_columns=json_columns,
        derived=derived,
        upsert_sql=(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks}) '
                    f'ON CONFLICT(id) DO UPDATE SET {updates}'),
        delete_sql=f'DELETE FROM "{table.name}" WHERE id = ?',
        select_sql=f'SELECT {names} FROM "{table.name}" WHERE id = ?',
    )


SPECS: dict[str, TableSpec] = {name: _spec(name, table_of(cls)) for name, cls in TABLES.items()}
_KNOWN: dict[str, frozenset[str]] = {
    name: frozenset(spec.columns) - {"extra"} - spec.derived for name, spec in SPECS.items()}


def spec_for(collection: str) -> TableSpec | None:
    return SPECS.get(collection)
