"""Record factories for the replica tests (server-shaped dicts)."""
from __future__ import annotations


def conversation(id, *, contact_id="k1", assignee_id="u1", status="open", team_id=None,
                 last_message_at="2026-01-05T10:00:00Z", **more):
    return {"id": id, "contact_id": contact_id, "channel": "whatsapp", "status": status,
            "assignee_id": assignee_id, "team_id": team_id, "opened_at": "2026-01-01T00:00:00Z",
            "last_message_at": last_message_at, "unread": 0, **more}


def message(id, conversation_id="c1", *, text="hello", created_at="2026-01-05T10:00:00Z", **more):
    return {"id": id, "conversation_id": conversation_id, "direction": "inbound", "kind": "text",
            "text": text, "status": "received", "created_at": created_at, "attachments": [], **more}


def contact(id, name="João Silva", phone="+55 (11) 98765-4321", **more):
    return {"id": id, "name": name, "phone": phone, "email": f"{id}@example.com", "tags": [],
            "properties": {}, **more}


def snapshot(cursor=10, **collections):
    base = {"cursor": cursor, "contacts": [contact("k1")],
            "conversations": [conversation("c1")], "messages": [message("m1")]}
    base.update(collections)
    return base
