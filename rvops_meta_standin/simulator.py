"""A customer simulator: customers write in on WhatsApp and Instagram, and answer the agents.

It drives the stand-in's control routes over HTTP, so every customer message reaches the server
as a real signed webhook (`/webhooks/whatsapp`, `/webhooks/instagram`). It learns of agent
replies from the messages the server sent through the stand-in (`/_standin/sent`), and answers
each after `reply_after`. Deterministic for a seed, driven by an injected clock, and bounded
(`max_customers`, `max_messages`). Webchat customers are simulated by the webchat work.
"""
from __future__ import annotations

import asyncio
import base64
import logging
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import httpx

from rvops_contract.clock import Clock, SystemClock

DEFAULT_MAX_CUSTOMERS = 6
DEFAULT_MAX_MESSAGES = 40
DEFAULT_MAX_REPLIES_PER_CUSTOMER = 3
DEFAULT_REPLY_AFTER = timedelta(seconds=20)
DEFAULT_NEW_CUSTOMER_EVERY = timedelta(seconds=45)
DEFAULT_TICK_SECONDS = 1.0
INSTAGRAM_SHARE = 0.35  # the part of new customers who write on Instagram

# A 1×1 PNG and a few bytes of an Ogg/Opus header: enough for the inbox to show and download.
TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
TINY_OGG = b"OggS\x00\x02" + bytes(26) + b"OpusHead\x01\x01\x38\x01\x80\xbb\x00\x00\x00\x00\x00"

FIRST_NAMES = ["Maria", "João", "Ana", "Pedro", "Juliana", "Carlos", "Fernanda", "Lucas", "Beatriz", "Rafael",
               "Camila", "Gustavo", "Larissa", "Thiago", "Patrícia", "Bruno"]
LAST_NAMES = ["Silva", "Souza", "Oliveira", "Santos", "Lima", "Pereira", "Costa", "Rodrigues", "Almeida", "Ferreira"]
OPENINGS = [
    "Olá! Gostaria de saber o status do meu pedido.",
    "Oi, boa tarde. Vocês entregam em Campinas?",
    "Bom dia! Quero um orçamento para 50 unidades.",
    "Oi, meu boleto venceu, consigo pagar ainda?",
    "Olá, preciso trocar um produto que veio com defeito.",
    "Oi! Vi o anúncio no Instagram, ainda tem desconto?",
]
IMAGE_CAPTIONS = ["Segue a foto do produto", "Olha como chegou", "Esse aqui"]
PLACES = [(-23.5614, -46.6559, "Loja Paulista", "Av. Paulista, 1000 - São Paulo"),
          (-22.9068, -43.1729, "Escritório Centro", "Rua da Assembleia, 10 - Rio de Janeiro"),
          (-19.9167, -43.9345, None, "Praça da Liberdade - Belo Horizonte")]
REPLIES = ["Obrigado!", "Perfeito, pode ser.", "Entendi. E qual o prazo?", "Certo, vou aguardar.",
           "Ótimo, muito obrigada!", "Pode me mandar por aqui mesmo?", "Combinado 👍"]


@dataclass
class SimulatedCustomer:
    channel: str  # whatsapp | instagram
    customer_id: str  # wa_id / IGSID
    name: str
    messages: int = 0
    replies: int = 0
    reply_due: datetime | None = None  # when the customer answers the agent's last message
    menu: list[dict[str, str]] | None = None  # a chatbot's options last shown: the reply taps one


@dataclass(frozen=True)
class SimAction:
    channel: str
    customer_id: str
    what: str  # text | image | voice | location | reply
    message_id: str | None
    webhook_status: int | None


SENT_PATH = "/_standin/sent"


class _UnloggedPolls(logging.Filter):
    """httpx logs every request at INFO: the simulator's poll of what the agents sent, once a tick,
    would fill the demo's console and its log file with one line a second for as long as it runs.
    What the customers write (their webhooks) is still logged."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.args and any(SENT_PATH in str(arg) for arg in record.args))


def _quiet_polls() -> None:
    httpx_log = logging.getLogger("httpx")
    if not any(isinstance(f, _UnloggedPolls) for f in httpx_log.filters):
        httpx_log.addFilter(_UnloggedPolls())


@dataclass
class CustomerSimulator:
    standin_url: str
    seed: int = 0
    clock: Clock = field(default_factory=SystemClock)
    max_customers: int = DEFAULT_MAX_CUSTOMERS
    max_messages: int = DEFAULT_MAX_MESSAGES
    max_replies_per_customer: int = DEFAULT_MAX_REPLIES_PER_CUSTOMER
    reply_after: timedelta = DEFAULT_REPLY_AFTER
    new_customer_every: timedelta = DEFAULT_NEW_CUSTOMER_EVERY
    http: httpx.AsyncClient | None = None

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.customers: list[SimulatedCustomer] = []
        self.messages_sent = 0
        self._sent_cursor = 0
        self._next_customer_at: datetime | None = None
        self._owns_http = self.http is None
        self._client = self.http or httpx.AsyncClient(base_url=self.standin_url.rstrip("/"), timeout=30)
        self.http = self._client
        _quiet_polls()

    async def aclose(self) -> None:
        if self._owns_http and self.http is not None:
            await self.http.aclose()

    @property
    def exhausted(self) -> bool:
        return self.messages_sent >= self.max_messages

    async def step(self) -> list[SimAction]:
        """One tick: learn of agent replies, let due customers answer, maybe bring a new one."""
        if self.exhausted:
            return []
        now = self.clock.now()
        await self._learn_agent_replies(now)
        actions: list[SimAction] = []
        for customer in self.customers:
            if customer.reply_due is not None and customer.reply_due <= now and not self.exhausted:
                customer.reply_due = None
                customer.replies += 1
                actions.append(await self._write(customer, "reply"))
        if len(self.customers) < self.max_customers and not self.exhausted and (
                self._next_customer_at is None or self._next_customer_at <= now):
            customer = self._new_customer()
            actions.append(await self._write(customer, self._opening_kind(customer)))
            self._next_customer_at = now + self.new_customer_every
        return actions

    async def run(self, stop: asyncio.Event, tick_seconds: float = DEFAULT_TICK_SECONDS) -> None:
        """For the demo: step every `tick_seconds` until `stop` is set or the budget is spent."""
        while not stop.is_set() and not self.exhausted:
            try:
                await self.step()
            except httpx.HTTPError:
                pass  # the server may still be starting; try again next tick
            try:
                await asyncio.wait_for(stop.wait(), tick_seconds)
            except TimeoutError:
                continue

    # ---- internals ----------------------------------------------------------------------------
    async def _learn_agent_replies(self, now: datetime) -> None:
        answer = await self._client.get(SENT_PATH, params={"after": self._sent_cursor})
        answer.raise_for_status()
        body = answer.json()
        self._sent_cursor = body["next"]
        by_key = {(c.channel, c.customer_id): c for c in self.customers}
        for record in body["messages"]:
            customer = by_key.get((record["channel"], record["to"]))
            if customer is None or not record["outcome"].startswith("delivered"):
                continue
            customer.menu = menu_of(record["payload"])
            if customer.replies < self.max_replies_per_customer and customer.reply_due is None:
                customer.reply_due = now + self.reply_after

    def _new_customer(self) -> SimulatedCustomer:
        name = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"
        if self.rng.random() < INSTAGRAM_SHARE:
            customer = SimulatedCustomer("instagram", str(6500000000000000 + self.rng.randrange(10**14)), name)
        else:
            customer = SimulatedCustomer("whatsapp", f"55{self.rng.choice([11, 21, 31, 41, 51, 61, 71, 81])}9"
                                                     f"{self.rng.randrange(10**8):08d}", name)
        self.customers.append(customer)
        return customer

    def _opening_kind(self, customer: SimulatedCustomer) -> str:
        kinds = ["text", "text", "text", "image", "voice"] + (["location"] if customer.channel == "whatsapp" else [])
        return self.rng.choice(kinds)

    async def _write(self, customer: SimulatedCustomer, what: str) -> SimAction:
        if customer.channel == "whatsapp":
            request = self._whatsapp_request(customer, what)
            answer = await self._client.post("/_standin/whatsapp/inbound", json=request)
        else:
            request = self._instagram_request(customer, what)
            answer = await self._client.post("/_standin/instagram/inbound", json=request)
        answer.raise_for_status()
        body = answer.json()
        customer.messages += 1
        self.messages_sent += 1
        return SimAction(customer.channel, customer.customer_id, what, body.get("id"), body.get("webhook_status"))

    def _whatsapp_request(self, customer: SimulatedCustomer, what: str) -> dict[str, Any]:
        request: dict[str, Any] = {"wa_id": customer.customer_id, "profile_name": customer.name}
        if what == "image":
            request.update(type="image", media=_media(TINY_PNG, "image/jpeg", caption=self.rng.choice(IMAGE_CAPTIONS)))
        elif what == "voice":
            request.update(type="audio", media=_media(TINY_OGG, "audio/ogg; codecs=opus", voice=True))
        elif what == "location":
            lat, lon, name, address = self.rng.choice(PLACES)
            body: dict[str, Any] = {"latitude": lat, "longitude": lon, "address": address}
            if name:
                body["name"] = name
            request.update(type="location", body=body)
        elif what == "reply" and customer.menu:  # a tap on a reply button or a list row
            option = self.rng.choice(customer.menu)
            request.update(type="interactive", body={"type": option["reply_type"], option["reply_type"]: {
                "id": option["id"], "title": option["title"]}})
        else:
            text = self.rng.choice(REPLIES if what == "reply" else OPENINGS)
            request.update(type="text", body={"body": text})
        return request

    def _instagram_request(self, customer: SimulatedCustomer, what: str) -> dict[str, Any]:
        request: dict[str, Any] = {"sender_id": customer.customer_id}
        if what == "image":
            request.update(attachment_type="image", media=_media(TINY_PNG, "image/png"))
        elif what == "voice":
            request.update(attachment_type="audio", media=_media(TINY_OGG, "audio/mp4"))
        elif what == "reply" and customer.menu:  # a tap on a quick reply: its title and payload
            option = self.rng.choice(customer.menu)
            request.update(text=option["title"], quick_reply_payload=option["id"])
        else:
            request["text"] = self.rng.choice(REPLIES if what == "reply" else OPENINGS)
        return request


def _media(data: bytes, mime_type: str, **extra: Any) -> dict[str, Any]:
    return {"data_b64": base64.b64encode(data).decode(), "mime_type": mime_type, **extra}


def menu_of(payload: dict[str, Any]) -> list[dict[str, str]] | None:
    """The options of a menu our server sent (WhatsApp reply buttons or list, Instagram quick
    replies), each with the reply type Meta's webhook reports for a tap on it; None otherwise."""
    interactive = payload.get("interactive") if payload.get("type") == "interactive" else None
    if isinstance(interactive, dict):
        action = interactive.get("action") or {}
        if interactive.get("type") == "button":
            return [{**b["reply"], "reply_type": "button_reply"} for b in action.get("buttons") or []]
        if interactive.get("type") == "list":
            return [{"id": r["id"], "title": r["title"], "reply_type": "list_reply"}
                    for section in action.get("sections") or [] for r in section.get("rows") or []]
    quick_replies = (payload.get("message") or {}).get("quick_replies")
    if isinstance(quick_replies, list):
        return [{"id": q["payload"], "title": q["title"], "reply_type": "quick_reply"} for q in quick_replies]
    return None
