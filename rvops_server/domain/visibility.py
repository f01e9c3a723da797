"""Who may see which conversation, applied to rows (single rule: rvops_contract.permissions)."""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rvops_contract.permissions import Permission, can_see_conversation, has_permission
from rvops_contract.wire import ConversationStatus
from rvops_server.store import schema as t


class Viewer:
    """The agent on whose behalf we read: their user record and teams, loaded once."""

    def __init__(self, user: dict[str, Any], team_ids: list[str]) -> None:
        self.user = user
        self.id = user["id"]
        self.team_ids = frozenset(team_ids)
        self.sees_all = has_permission(user, Permission.SEE_ALL_CONVERSATIONS)

    def can_see(self, conversation: dict[str, Any]) -> bool:
        return can_see_conversation(self.user, conversation, self.team_ids, sees_all=self.sees_all)

    def conversation_filter(self) -> sa.ColumnElement[bool]:
        """The same rule as `can_see`, as a SQL condition for bulk reads."""
        c = t.conversations.c
        if self.sees_all:
            return sa.true()
        queue = sa.and_(c.assignee_id.is_(None), c.status == ConversationStatus.OPEN.value,
                        sa.or_(c.team_id.is_(None), c.team_id.in_(list(self.team_ids))))
        return sa.or_(c.assignee_id == self.id, queue)


# built once: every signed-in request loads its viewer (issue 14: statements built per call cost
# more than SQLite running them)
_USER = sa.select(t.users).where(t.users.c.id == sa.bindparam("user_id"))
_TEAMS = sa.select(t.team_members.c.team_id).where(t.team_members.c.user_id == sa.bindparam("user_id"))


def load_viewer(conn: Connection, user_id: str) -> Viewer | None:
    row = conn.execute(_USER, {"user_id": user_id}).first()
    return None if row is None else viewer_of(conn, dict(row._mapping))


def viewer_of(conn: Connection, user: dict[str, Any]) -> Viewer:
    """The agent whose user row is `user`, with their teams (read here)."""
    return Viewer(user, [r[0] for r in conn.execute(_TEAMS, {"user_id": user["id"]})])
