"""The store's reads of a conversation, a contact and a thread page build their instances from
Core rows (models/row_reads.py, issue 14): the same values, types included, as the ORM gives."""
from __future__ import annotations

from sqlmodel import Session, select

from rvops_desktop.models.row_reads import constructed, one_by_id, table_of
from rvops_desktop.models.tables import Contact, Conversation, Message
from tests.desktop.models.replica_factories import contact, conversation, message


def orm(replica, model, **where):
    with replica.read() as conn:
        session = Session(bind=conn)
        query = select(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        rows = session.exec(query).all()
        session.expunge_all()
    return rows


def values(instance) -> dict:
    return {name: getattr(instance, name) for name in type(instance).model_fields}


def seed(replica) -> None:
    replica.apply_bootstrap({
        "cursor": 1,
        "contacts": [contact("k1", "Ana", "+55 11 98765-4321", email="ana@x.br", tags=["vip"])],
        "conversations": [conversation("c1", labels=["urgente"], unread=3, window_closed_by_provider=True)],
        "messages": [message(f"m{n}", "c1", text=f"oi {n}", created_at=f"2026-01-05T10:0{n}:00Z",
                             attachments=[{"kind": "image", "id": f"a{n}"}] if n % 2 else [])
                     for n in range(6)]})


def test_one_by_id_gives_what_the_orm_gives(replica):
    seed(replica)
    with replica.read() as conn:
        got = {m: one_by_id(conn, m, i) for m, i in ((Conversation, "c1"), (Contact, "k1"), (Message, "m3"))}
        assert one_by_id(conn, Conversation, "nope") is None
    for model, instance in got.items():
        (expected,) = orm(replica, model, id=instance.id)
        assert type(instance) is model and values(instance) == values(expected)
    assert got[Conversation].labels == ["urgente"] and got[Conversation].window_closed_by_provider is True
    assert got[Message].attachments == [{"kind": "image", "id": "a3"}]


def test_a_thread_page_gives_what_the_orm_gives_in_order(replica):
    seed(replica)
    page, older = replica.store.older_messages("c1", limit=4)
    assert [m.id for m in page] == ["m2", "m3", "m4", "m5"] and older
    expected = {m.id: m for m in orm(replica, Message, conversation_id="c1")}
    assert all(values(m) == values(expected[m.id]) for m in page)
    before, older = replica.store.older_messages("c1", "m2", limit=4)
    assert [m.id for m in before] == ["m0", "m1"] and not older
    after, newer = replica.store.newer_messages("c1", "m1", limit=2)
    assert [m.id for m in after] == ["m2", "m3"] and newer
    with replica.read() as conn:
        rows = conn.execute(table_of(Message).select().order_by(table_of(Message).c.id)).all()
    assert [m.id for m in constructed(Message, rows)] == [f"m{n}" for n in range(6)]
