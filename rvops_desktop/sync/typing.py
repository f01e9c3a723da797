"""The agent is typing: the webchat visitor sees "… is typing" (WhatsApp and Instagram have no such
signal for businesses). Ephemeral: sent at most once every TYPING_EVERY_SECONDS per conversation,
never queued in the outbox, dropped when offline."""
from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger(__name__)
TYPING_EVERY_SECONDS = 3.0  # the widget shows it for a few seconds: one signal per pause covers it
TYPING_CHANNELS = frozenset({"webchat"})


class TypingSignal:
    def __init__(self, send: Callable[[str], Awaitable[Any]], clock: Callable[[], float]) -> None:
        """`send(conversation_id)`: the transport's call; `clock()`: seconds (tests step it)."""
        self._send = send
        self._clock = clock
        self._last: dict[str, float] = {}

    def keystroke(self, conversation_id: str, channel: str) -> Awaitable[Any] | None:
        """The call to make for this keystroke (await it), or None when the visitor needs no news."""
        if channel not in TYPING_CHANNELS:
            return None
        now = self._clock()
        last = self._last.get(conversation_id)
        if last is not None and now - last < TYPING_EVERY_SECONDS:
            return None
        self._last[conversation_id] = now
        return self._quietly(conversation_id)

    async def _quietly(self, conversation_id: str) -> None:
        try:
            await self._send(conversation_id)
        except Exception as exc:  # noqa: BLE001 - offline or refused: a typing signal is not worth a word
            log.debug("typing signal for %s not sent: %r", conversation_id, exc)
