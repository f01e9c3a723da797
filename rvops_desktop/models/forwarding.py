"""Forwarding a message to another conversation: where it may go (Qt-free, one rule).

    targets = forward_targets(store, me, now, exclude="cv_maria")

A forward is a new message the agent sends, so it may go only where the agent may write now: an
open conversation assigned to them whose channel window is open (WhatsApp/Instagram: the contact
wrote in the last 24 h; webchat: always). Newest activity first, as the inbox lists them.
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from rvops_contract.clock import from_iso
from rvops_contract.window import window_state
from rvops_contract.wire import ConversationStatus

from .summaries import ConversationSummary, View

if TYPE_CHECKING:
    from .inbox_reads import InboxReads

FORWARDED_KINDS = frozenset({"text"})  # what can be forwarded: the text of a message (files: not yet)


def can_forward(kind: str | None, text: str | None, payload: dict[str, Any] | None) -> bool:
    """A text message with text, not deleted."""
    return kind in FORWARDED_KINDS and bool(text) and not (payload or {}).get("deleted")


def forward_targets(store: InboxReads, user_id: str, now: datetime, *, exclude: str | None = None
                    ) -> list[ConversationSummary]:
    return [s for s in store.conversations_for_view(View.mine(), user_id)
            if s.id != exclude and s.status == ConversationStatus.OPEN and s.assignee_id == user_id
            and window_state(s.channel or "webchat", from_iso(s.last_inbound_at), now,
                             closed_by_provider=bool(s.window_closed_by_provider)).is_open]
