"""What the stand-in remembers, as Meta does: customers' last inbound time (the 24-hour rule),
uploaded media, templates, the messages our server sent, and the webhooks it delivered."""
from __future__ import annotations

import base64
import hashlib
import itertools
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from rvops_contract import demo_credentials as demo
from rvops_contract.clock import Clock, SystemClock

CUSTOMER_SERVICE_WINDOW = timedelta(hours=24)
MEDIA_URL_PATH = "/whatsapp_business/attachments/"
INSTAGRAM_CDN_PATH = "/ig_messaging_cdn/"


@dataclass
class StandinConfig:
    phone_number_id: str = demo.WHATSAPP_PHONE_NUMBER_ID
    display_phone_number: str = demo.WHATSAPP_DISPLAY_PHONE_NUMBER
    waba_id: str = demo.WHATSAPP_WABA_ID
    ig_account_id: str = demo.INSTAGRAM_ACCOUNT_ID
    app_secret: str = demo.APP_SECRET
    access_tokens: frozenset[str] = frozenset({demo.ACCESS_TOKEN})
    expired_tokens: frozenset[str] = frozenset()
    whatsapp_webhook_url: str | None = None  # e.g. http://127.0.0.1:8000/webhooks/whatsapp
    instagram_webhook_url: str | None = None
    # Pauses before each status webhook (sent, delivered, read), in seconds of real time.
    status_delays: tuple[float, float, float] = (0.0, 0.0, 0.0)
    undeliverable_numbers: frozenset[str] = frozenset()  # → failed 131026
    seed: int = 0
    templates: list[dict[str, Any]] | None = None  # None: the demo templates
    # Meta retries a webhook its receiver did not answer 200 (for days); these are the pauses
    # between the stand-in's retries of status webhooks, in seconds of real time (none by default).
    status_webhook_retries: tuple[float, ...] = ()
    media_url_base: str | None = None  # where media URLs point (None: the stand-in itself); tests of SSRF


@dataclass
class StoredMedia:
    id: str
    data: bytes
    mime_type: str
    sha256: str  # base64 of the SHA-256 digest, as Meta gives it
    filename: str | None = None


@dataclass
class SentRecord:
    """A message our server sent through the stand-in (for tests and the customer simulator)."""

    cursor: int
    channel: str  # whatsapp | instagram
    provider_message_id: str
    to: str
    type: str
    payload: dict[str, Any]
    at: datetime
    outcome: str  # delivered | failed:<code>

    @property
    def key(self) -> str | None:
        """The sender's idempotency key (`biz_opaque_callback_data`), if it gave one."""
        return self.payload.get("biz_opaque_callback_data")


@dataclass
class WebhookDelivery:
    url: str
    payload: dict[str, Any]
    status_code: int | None  # None: connection failed
    error: str | None = None


@dataclass
class InjectedError:
    code: int
    message: str
    subcode: int | None = None
    http_status: int = 400


def demo_templates() -> list[dict[str, Any]]:
    def body(text: str, *examples: str) -> dict[str, Any]:
        component: dict[str, Any] = {"type": "BODY", "text": text}
        if examples:
            component["example"] = {"body_text": [list(examples)]}
        return component

    return [
        {"name": "retomar_atendimento", "language": "pt_BR", "status": "APPROVED", "category": "UTILITY",
         "id": "594425479261596", "parameter_format": "POSITIONAL",
         "components": [body("Olá {{1}}, aqui é {{2}}. Podemos continuar o seu atendimento?", "Maria", "Ana")]},
        {"name": "confirmacao_pedido", "language": "pt_BR", "status": "APPROVED", "category": "UTILITY",
         "id": "594425479261597", "parameter_format": "POSITIONAL",
         "components": [{"type": "HEADER", "format": "TEXT", "text": "Pedido confirmado"},
                        body("Olá {{1}}, o seu pedido {{2}} foi confirmado e chega em {{3}}.",
                             "Maria", "#1234", "2 dias"),
                        {"type": "FOOTER", "text": "Rvops"},
                        {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Obrigado"},
                                                        {"type": "QUICK_REPLY", "text": "Falar com atendente"}]}]},
        {"name": "lembrete_pagamento", "language": "pt_BR", "status": "APPROVED", "category": "UTILITY",
         "id": "594425479261598", "parameter_format": "POSITIONAL",
         "components": [body("Oi {{1}}, o boleto de {{2}} vence amanhã.", "Maria", "R$ 120,00")]},
        {"name": "welcome_back", "language": "en_US", "status": "APPROVED", "category": "UTILITY",
         "id": "594425479261599", "parameter_format": "POSITIONAL",
         "components": [body("Hi {{1}}, shall we pick up where we left off?", "Mary")]},
        {"name": "promocao_relampago", "language": "pt_BR", "status": "REJECTED", "category": "MARKETING",
         "id": "594425479261600", "parameter_format": "POSITIONAL", "rejected_reason": "PROMOTIONAL",
         "components": [body("Só hoje: {{1}}% de desconto!", "30")]},
        {"name": "pesquisa_satisfacao", "language": "pt_BR", "status": "PENDING", "category": "MARKETING",
         "id": "594425479261601", "parameter_format": "POSITIONAL",
         "components": [body("Como foi o seu atendimento, {{1}}?", "Maria")]},
    ]


@dataclass
class StandinState:
    config: StandinConfig
    clock: Clock = field(default_factory=SystemClock)
    last_inbound: dict[tuple[str, str], datetime] = field(default_factory=dict)
    media: dict[str, StoredMedia] = field(default_factory=dict)
    sent: list[SentRecord] = field(default_factory=list)
    deliveries: list[WebhookDelivery] = field(default_factory=list)
    injected_errors: list[InjectedError] = field(default_factory=list)
    templates: list[dict[str, Any]] = field(default_factory=list)
    # Answers held back (a slow or black-holed Graph API): {"send" | "media": [seconds, …]}, one per request
    holds: dict[str, list[float]] = field(default_factory=dict)
    media_fetches: dict[str, int] = field(default_factory=dict)  # media id → times its bytes were fetched

    def __post_init__(self) -> None:
        self.rng = random.Random(self.config.seed)
        self._media_ids = itertools.count(1037543291543636)
        if not self.templates:
            self.templates = list(self.config.templates if self.config.templates is not None else demo_templates())

    # ---- ids ----------------------------------------------------------------------------------
    def token(self) -> bytes:
        return self.rng.randbytes(18)

    def new_media_id(self) -> str:
        return str(next(self._media_ids))

    def fbtrace_id(self) -> str:
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "A" + "".join(self.rng.choice(alphabet) for _ in range(22))

    # ---- the 24-hour rule ---------------------------------------------------------------------
    def record_inbound(self, channel: str, customer_id: str, at: datetime | None = None) -> None:
        self.last_inbound[(channel, customer_id)] = at or self.clock.now()

    def window_open(self, channel: str, customer_id: str) -> bool:
        last = self.last_inbound.get((channel, customer_id))
        return last is not None and self.clock.now() - last < CUSTOMER_SERVICE_WINDOW

    # ---- media --------------------------------------------------------------------------------
    def store_media(self, data: bytes, mime_type: str, filename: str | None = None) -> StoredMedia:
        digest = base64.b64encode(hashlib.sha256(data).digest()).decode()
        media = StoredMedia(self.new_media_id(), data, mime_type, digest, filename)
        self.media[media.id] = media
        return media

    # ---- templates ----------------------------------------------------------------------------
    def find_template(self, name: str, language: str) -> dict[str, Any] | None:
        return next((t for t in self.templates if t["name"] == name and t["language"] == language), None)

    # ---- what was sent ------------------------------------------------------------------------
    def record_sent(self, channel: str, provider_id: str, to: str, msg_type: str, payload: dict[str, Any],
                    outcome: str) -> SentRecord:
        record = SentRecord(len(self.sent), channel, provider_id, to, msg_type, payload, self.clock.now(), outcome)
        self.sent.append(record)
        return record

    def take_hold(self, what: str) -> float:
        waiting = self.holds.get(what) or []
        return waiting.pop(0) if waiting else 0.0

    def take_injected_error(self) -> InjectedError | None:
        return self.injected_errors.pop(0) if self.injected_errors else None
