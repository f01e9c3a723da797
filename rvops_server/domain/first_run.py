"""`rvops-server init`: a new installation's workspace and its first administrator.

Without `--demo` the server starts on an empty database that nobody can sign in to. `init` writes
the workspace (its name, and the Meta channel ids when they are known) and an administrator
invited by a code (domain/invites.py): the administrator signs in from Rvops Desktop with the code
and chooses a password, then adds everyone else from Settings ▸ Users. It refuses a database that
already has users, so it never touches a workspace in use.
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from rvops_contract.wire import PresenceStatus, Role
from rvops_server.domain import invites, passwords
from rvops_server.domain.audit import record_admin_change
from rvops_server.store import schema as t
from rvops_server.store.db import Store, naive_utc

log = logging.getLogger(__name__)
WORKSPACE_ID = "default"   # one workspace per database, as the demo's


@dataclass(frozen=True)
class FirstRun:
    admin_id: str
    invite_code: str
    invite_expires_at: datetime


class AlreadyInUse(Exception):
    """The database has a workspace with people in it: `init` changes nothing."""

    def __init__(self, workspace: str, users: int) -> None:
        super().__init__(f"this database already has a workspace (“{workspace}”, {users} "
                         f"user{'s' if users != 1 else ''}): nothing changed. Add people from Rvops Desktop, "
                         "Settings ▸ Users.")


def say_if_nobody_can_sign_in(store: Store) -> bool:
    """At start: a database without users gets a line that says what to do (True if it had none)."""
    with store.read() as conn:
        if conn.execute(sa.select(t.users.c.id).limit(1)).first() is not None:
            return False
    log.warning("this database has no workspace yet, so nobody can sign in: create it and its administrator "
                "with `rvops-server init --workspace NAME --admin-name NAME --admin-email E-MAIL` "
                "(or start with --demo for the demo workspace)")
    return True


def channel_settings(*, whatsapp_phone_number_id: str = "", whatsapp_waba_id: str = "",
                     instagram_account_id: str = "") -> dict[str, Any]:
    """The workspace's `settings` for the channel ids given (domain/workspace_channels.py reads them)."""
    settings: dict[str, Any] = {}
    whatsapp = {k: v for k, v in (("phone_number_id", whatsapp_phone_number_id), ("waba_id", whatsapp_waba_id)) if v}
    if whatsapp:
        settings["whatsapp"] = whatsapp
    if instagram_account_id:
        settings["instagram"] = {"account_id": instagram_account_id}
    return settings


def create_workspace(store: Store, *, name: str, admin_name: str, admin_email: str,
                     settings: dict[str, Any] | None = None) -> FirstRun:
    """The workspace and its administrator, invited; AlreadyInUse when the database has users."""
    now = store.clock.now()
    with store.write() as uow:
        conn = uow.conn
        users = conn.execute(sa.select(sa.func.count()).select_from(t.users)).scalar() or 0
        if users:
            existing = conn.execute(sa.select(t.workspace.c.name).limit(1)).scalar() or "?"
            raise AlreadyInUse(existing, users)
        if conn.execute(sa.select(t.workspace.c.id).limit(1)).first() is None:
            conn.execute(t.workspace.insert().values(id=WORKSPACE_ID, name=name, distribution_method="manual",
                                                     settings=settings or {}))
        else:   # an earlier, empty start of the server: the workspace takes what was given now
            conn.execute(t.workspace.update().values(name=name, settings=settings or {}))
        uow.changed("workspace", WORKSPACE_ID)
        admin_id = uuid.uuid4().hex
        email = admin_email.strip().lower()
        conn.execute(t.users.insert().values(
            id=admin_id, name=admin_name.strip(), email=email, password_hash=passwords.UNUSABLE,
            role=Role.ADMIN.value, permissions={}, status=PresenceStatus.ONLINE.value, active=True,
            created_at=naive_utc(now)))
        uow.changed("users", admin_id)
        uow.changed("presence", admin_id)
        code, expires_at = invites.issue(uow, admin_id, admin_id, now)
        record_admin_change(uow, now, admin_id, "workspace_created", "workspace", WORKSPACE_ID, name=name,
                            admin_email=email)
    return FirstRun(admin_id, code, expires_at)
