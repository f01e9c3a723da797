"""Who may see a contact and a call, applied to rows (the rules: rvops_contract.permissions).

A contact is visible to see-all, to its owner, and to an agent who may see one of its
conversations; a call to its agent, to see-all, and to an agent who may see its conversation; a
deal, company or task to see-all, to its owner or assignee, and with its contact.
`contact_filter`, `call_filter` and `linked_filter` are the same rules as SQL conditions for bulk reads.
"""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rvops_contract.permissions import LINKED_OWNER_FIELDS, can_see_call, can_see_contact
from rvops_server.domain.visibility import Viewer
from rvops_server.store import schema as t


def conversations_of_contact(conn: Connection, contact_id: str) -> list[dict[str, Any]]:
    c = t.conversations.c
    return [dict(r._mapping) for r in conn.execute(
        sa.select(c.id, c.contact_id, c.assignee_id, c.status, c.team_id).where(c.contact_id == contact_id))]


def may_see_contact(conn: Connection, viewer: Viewer, contact: dict[str, Any]) -> bool:
    if viewer.sees_all:
        return True
    return can_see_contact(viewer.user, contact, conversations_of_contact(conn, contact["id"]), viewer.team_ids,
                           sees_all=False)


def may_see_call(conn: Connection, viewer: Viewer, call: dict[str, Any]) -> bool:
    conversation = None
    if call.get("conversation_id") and not viewer.sees_all:
        row = conn.execute(sa.select(t.conversations).where(t.conversations.c.id == call["conversation_id"])).first()
        conversation = dict(row._mapping) if row is not None else None
    return can_see_call(viewer.user, call, conversation, viewer.team_ids, sees_all=viewer.sees_all)


def contact_filter(viewer: Viewer) -> sa.ColumnElement[bool]:
    if viewer.sees_all:
        return sa.true()
    seen = sa.select(t.conversations.c.contact_id).where(viewer.conversation_filter())
    return sa.or_(t.contacts.c.owner_id == viewer.id, t.contacts.c.id.in_(seen))


def call_filter(viewer: Viewer) -> sa.ColumnElement[bool]:
    if viewer.sees_all:
        return sa.true()
    seen = sa.select(t.conversations.c.id).where(viewer.conversation_filter())
    return sa.or_(t.calls.c.agent_id == viewer.id, t.calls.c.conversation_id.in_(seen))


def linked_filter(viewer: Viewer, collection: str, table: sa.Table) -> sa.ColumnElement[bool]:
    """Deals, companies and tasks the agent may see (rvops_contract.permissions.can_see_linked)."""
    if viewer.sees_all:
        return sa.true()
    seen = sa.select(t.contacts.c.id).where(contact_filter(viewer))
    conditions = [table.c.contact_id.is_(None), table.c.contact_id.in_(seen)]
    owner_field = LINKED_OWNER_FIELDS.get(collection)
    if owner_field:
        conditions.append(table.c[owner_field] == viewer.id)
    return sa.or_(*conditions)
