"""The 24-hour customer-service window (SPEC S11), decided in one place for server and client.

`window_state` answers for a channel, the contact's last inbound message and a moment;
`window_for` answers the same for a conversation record (the server's row as a mapping, or the
client's replica record with ISO-8601 strings), so both sides ask the very same question.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from .clock import from_iso
from .wire import Channel

WINDOW_LENGTH = timedelta(hours=24)
WINDOWED_CHANNELS = frozenset({Channel.WHATSAPP, Channel.INSTAGRAM})
RESUMABLE_CHANNELS = frozenset({Channel.WHATSAPP})


@dataclass(frozen=True)
class WindowState:
    is_open: bool
    closes_at: datetime | None  # None: the channel has no window (webchat) or the contact never wrote
    can_resume: bool  # a template may be sent to reopen the conversation

    def time_left(self, now: datetime) -> timedelta | None:
        if self.closes_at is None or not self.is_open:
            return None
        return self.closes_at - _aware(now)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def window_state(channel: Channel | str, last_inbound_at: datetime | None, now: datetime,
                 *, closed_by_provider: bool = False) -> WindowState:
    """Whether free-form messages may be sent on `channel` at `now`, and until when.

    WhatsApp and Instagram: open until 24 h after the contact's last inbound message (our own
    outbound messages do not extend it; the window is open at 23:59:59 and closed from 24:00:00
    on). Webchat: always open. `closed_by_provider` is set when Meta answered 131047 for this
    conversation after its last inbound message. Only WhatsApp may be resumed (by template).
    """
    channel = Channel(channel)
    if channel not in WINDOWED_CHANNELS:
        return WindowState(is_open=True, closes_at=None, can_resume=False)
    resumable = channel in RESUMABLE_CHANNELS
    if last_inbound_at is None:
        return WindowState(is_open=False, closes_at=None, can_resume=resumable)
    closes_at = _aware(last_inbound_at) + WINDOW_LENGTH
    is_open = _aware(now) < closes_at and not closed_by_provider
    return WindowState(is_open=is_open, closes_at=closes_at, can_resume=resumable and not is_open)


def window_for(conversation: Mapping[str, Any], now: datetime) -> WindowState:
    """`window_state` for a conversation record (datetimes or ISO-8601 strings both accepted)."""
    last = conversation.get("last_inbound_at")
    if isinstance(last, str):
        last = from_iso(last)
    return window_state(conversation["channel"], last, now,
                        closed_by_provider=bool(conversation.get("window_closed_by_provider")))
