"""Webhooks the stand-in posts to our server, signed with the app secret as Meta signs them: the
status sequence after a send (sent → delivered → read, or failed), echoes, template reviews."""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from . import payloads as P
from .state import StandinConfig, StandinState, WebhookDelivery

WEBHOOK_TIMEOUT_SECONDS = 10.0
Sleep = Callable[[float], Awaitable[None]]


class WebhookSender:
    def __init__(self, config: StandinConfig, state: StandinState, sleep: Sleep,
                 http: httpx.AsyncClient | None = None) -> None:
        self.config, self.state, self._sleep = config, state, sleep
        self.http = http  # None: a client per delivery, unless the app's lifespan opened one
        self._tasks: set[asyncio.Task[Any]] = set()

    async def deliver(self, url: str | None, payload: dict[str, Any]) -> int | None:
        """POST `payload` signed with the app secret; returns the receiver's status code."""
        if not url:
            return None
        body, headers = P.signed_request(payload, self.config.app_secret)
        http = self.http or httpx.AsyncClient(timeout=WEBHOOK_TIMEOUT_SECONDS)
        try:
            response = await http.post(url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            self.state.deliveries.append(WebhookDelivery(url, payload, None, f"{exc.__class__.__name__}: {exc}"))
            return None
        finally:
            if http is not self.http:
                await http.aclose()
        self.state.deliveries.append(WebhookDelivery(url, payload, response.status_code))
        return response.status_code

    def schedule(self, coro: Awaitable[Any]) -> None:
        """Deliver later (after the answer to the request that caused it); `drain` waits for it."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def drain(self) -> None:
        """Wait until every scheduled webhook was delivered (tests call this instead of sleeping)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def status_sequence(self, message_id: str, recipient: str, error: dict[str, Any] | None,
                              callback_data: str | None = None) -> None:
        steps = ["failed"] if error else ["sent", "delivered", "read"]
        for delay, status in zip(self.config.status_delays, steps, strict=False):
            if delay:
                await self._sleep(delay)
            payload = P.whatsapp_status(
                waba_id=self.config.waba_id, phone_number_id=self.config.phone_number_id,
                display_phone_number=self.config.display_phone_number, message_id=message_id,
                recipient_id=recipient, status=status, timestamp=self.state.clock.now(), error=error,
                callback_data=callback_data)
            answer = await self.deliver(self.config.whatsapp_webhook_url, payload)
            for pause in self.config.status_webhook_retries:  # as Meta, until the receiver takes it
                if answer == 200 or not self.config.whatsapp_webhook_url:
                    break
                await self._sleep(pause)
                answer = await self.deliver(self.config.whatsapp_webhook_url, payload)
