"""The contact panel asks for the property definitions on every switch of conversation: the store
reads them once per change to them (Replica.version_of), and a change is seen at once."""
from __future__ import annotations

from sqlalchemy import event


def definition(key: str, position: int, **extra) -> dict:
    return {"id": f"pd_{key}", "key": key, "label": key.title(), "type": "text", "position": position,
            "visible": extra.pop("visible", True), "extra": extra}


def statements_of(replica) -> list[str]:
    seen: list[str] = []
    event.listen(replica.engine, "before_cursor_execute", lambda *args: seen.append(args[2]))
    return seen


def reads(statements: list[str]) -> int:
    return sum("FROM property_definitions" in sql for sql in statements)


def test_the_definitions_are_read_once_per_change_to_them(replica):
    replica.apply_bootstrap({"cursor": 1, "property_definitions": [
        definition("cidade", 1), definition("plano", 2, required=True), definition("interno", 3, visible=False)]})
    seen = statements_of(replica)
    assert [s.key for s in replica.store.property_definitions()] == ["cidade", "plano"]
    assert [s.key for s in replica.store.property_definitions(hidden=True)] == ["cidade", "plano", "interno"]
    assert reads(seen) == 2
    shown = replica.store.property_definitions()
    assert replica.store.property_definitions(hidden=True)[2].key == "interno"
    assert reads(seen) == 2  # kept
    shown.clear()  # the caller's own list
    assert len(replica.store.property_definitions()) == 2

    replica.apply_changes([{"cursor": 2, "collection": "contacts", "op": "upsert", "id": "k1",
                            "record": {"id": "k1", "name": "Ana"}}])
    replica.store.property_definitions()
    assert reads(seen) == 2  # another collection's change

    replica.apply_changes([{"cursor": 3, "collection": "property_definitions", "op": "upsert", "id": "pd_segmento",
                            "record": definition("segmento", 0)}])
    assert [s.key for s in replica.store.property_definitions()] == ["segmento", "cidade", "plano"]
    replica.apply_changes([{"cursor": 4, "collection": "property_definitions", "op": "delete", "id": "pd_plano"}])
    assert [s.key for s in replica.store.property_definitions(hidden=True)] == ["segmento", "cidade", "interno"]


def test_a_new_bootstrap_replaces_what_was_kept(replica):
    replica.apply_bootstrap({"cursor": 1, "property_definitions": [definition("cidade", 1)]})
    assert [s.key for s in replica.store.property_definitions()] == ["cidade"]
    replica.apply_bootstrap({"cursor": 9, "property_definitions": [definition("plano", 1)]})
    assert [s.key for s in replica.store.property_definitions()] == ["plano"]
