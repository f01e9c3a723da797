"""The channel ids an administrator configured in the workspace's settings (WhatsApp, Instagram)."""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from rvops_server.store import schema as t
from rvops_server.store.db import Store


def configured_channel_ids(store: Store) -> dict[str, str]:
    """phone_number_id, waba_id and instagram_account_id, those that are set."""
    with store.read() as conn:
        settings: dict[str, Any] = conn.execute(sa.select(t.workspace.c.settings).limit(1)).scalar() or {}
    whatsapp = settings.get("whatsapp") or {}
    instagram = settings.get("instagram") or {}
    found = {"phone_number_id": whatsapp.get("phone_number_id"), "waba_id": whatsapp.get("waba_id"),
             "instagram_account_id": instagram.get("account_id")}
    return {k: str(v) for k, v in found.items() if v}
