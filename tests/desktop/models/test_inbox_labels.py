"""Labels in the replica (issue 15 #16): each row carries its labels, the filter keeps only a
label's conversations and follows changes, the labels in use are the filter's choices, and a v5
replica's labels move out of `extra`."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from rvops_desktop.models import InboxFilters, InboxModel, Replica, View

from .replica_factories import contact

V2 = Path(__file__).parent / "fixtures" / "replica_v2.sql"


def _mine(id, labels=None):
    return {"id": id, "contact_id": f"k_{id}", "channel": "whatsapp", "status": "open", "assignee_id": "u1",
            "opened_at": "2026-01-05T09:00:00Z", "last_message_at": f"2026-01-05T11:0{id[-1]}:00Z", "unread": 0,
            **({"labels": labels} if labels is not None else {})}


def test_the_label_filter_keeps_a_labels_conversations_and_follows_changes(replica):
    rows = [_mine("c1", ["vip", "boleto"]), _mine("c2", ["boleto"]), _mine("c3")]
    replica.apply_bootstrap({"cursor": 1, "contacts": [contact(r["contact_id"], name=r["id"]) for r in rows],
                             "conversations": rows})
    assert replica.store.labels_in_use() == ["boleto", "vip"]
    filters = InboxFilters()
    mine = InboxModel(replica, View.mine(), "u1", filters=filters)
    assert {s.id: s.labels for s in mine} == {"c1": ("vip", "boleto"), "c2": ("boleto",), "c3": ()}
    filters.set_label("vip")
    assert [s.id for s in mine] == ["c1"]
    replica.apply_changes([{"cursor": 2, "collection": "conversations", "op": "upsert", "id": "c3",
                            "record": _mine("c3", ["vip"])}])
    assert [s.id for s in mine] == ["c3", "c1"]
    filters.set_label(None)
    assert len(mine) == 3
    mine.close()


def test_labels_move_out_of_extra_into_their_column(tmp_path):
    path = tmp_path / "v2.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(V2.read_text(encoding="utf-8"))
        conn.execute("INSERT INTO conversations (id, status, opened_at, extra) VALUES "
                     "('cl', 'open', '2026-01-05T11:00:00Z', '{\"labels\":[\"vip\"],\"address\":\"5511\"}')")
    replica = Replica.open(path)
    try:
        (summary,) = replica.store.conversation_summaries(["cl"])
        assert summary.labels == ("vip",) and replica.store.conversation("cl").extra == {"address": "5511"}
    finally:
        replica.close()
