"""Normalised channel events: what a webhook delivery means for the inbox, provider-neutral.

The parsers (`whatsapp_webhook`, `instagram_webhook`) turn Meta's payloads into a list of these;
the server stores them. Plain frozen dataclasses, no I/O.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from rvops_contract.wire import Channel, MessageKind, MessageStatus


class WebhookError(ValueError):
    """The delivery is not JSON or not a shape we know: answer 400 with `str(error)`, store nothing."""


@dataclass(frozen=True)
class Media:
    media_type: str  # image | video | audio | document | sticker | file (Instagram)
    id: str | None = None  # WhatsApp media id (download with GraphClient.download_media)
    url: str | None = None  # Instagram gives a CDN url instead of an id
    mime_type: str | None = None
    sha256: str | None = None
    filename: str | None = None
    caption: str | None = None
    voice: bool = False  # a recorded voice note (WhatsApp audio.voice)
    animated: bool = False  # animated sticker


@dataclass(frozen=True)
class Location:
    """A pin the customer shared (WhatsApp `location`): where, and the place's name and address if any."""

    latitude: float
    longitude: float
    name: str | None = None
    address: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class SharedContact:
    name: str
    phones: tuple[str, ...] = ()
    wa_ids: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    organization: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Interactive:
    """A customer's tap: interactive button_reply / list_reply, a template quick-reply `button`,
    an Instagram quick reply or postback."""

    type: str  # button_reply | list_reply | button | quick_reply | postback
    id: str | None  # the reply id / payload we set when sending
    title: str | None
    description: str | None = None


@dataclass(frozen=True)
class OrderItem:
    product_retailer_id: str
    quantity: int
    item_price: float | None = None
    currency: str | None = None


@dataclass(frozen=True)
class Order:
    """A cart sent from the business's WhatsApp catalog (`type: order`)."""

    catalog_id: str | None
    items: tuple[OrderItem, ...]
    text: str | None = None  # the customer's note with the order


@dataclass(frozen=True)
class Reaction:
    target_id: str  # provider id of the message reacted to
    emoji: str | None  # None (or empty from Meta) means the reaction was removed


@dataclass(frozen=True)
class InboundMessage:
    channel: Channel
    provider_message_id: str  # wamid.… / Instagram mid; the idempotency key for storing
    from_id: str  # the customer (wa_id / IGSID); for echoes, our own account id
    kind: MessageKind
    timestamp: datetime
    to_id: str | None = None  # our phone_number_id / IG account id; the customer for echoes
    profile_name: str | None = None
    text: str | None = None  # body, caption, tapped title, emoji… what the bubble shows as text
    media: Media | None = None
    location: Location | None = None
    contacts: tuple[SharedContact, ...] = ()
    interactive: Interactive | None = None
    reaction: Reaction | None = None
    reply_to_provider_id: str | None = None
    forwarded: bool = False
    frequently_forwarded: bool = False
    is_echo: bool = False  # Instagram: a message our account sent (from any app)
    unsupported_reason: str | None = None  # why Meta could not show it (kind UNSUPPORTED)
    referral: dict[str, Any] | None = None  # click-to-WhatsApp ad / Instagram referral, verbatim
    order: Order | None = None
    story: dict[str, Any] | None = None  # Instagram: {"kind": "reply" | "mention", "url", "id"}
    standby: bool = False  # Instagram: received while another app held the thread (handover)

    @property
    def customer_id(self) -> str:
        return (self.to_id or "") if self.is_echo else self.from_id

    @property
    def opens_window(self) -> bool:
        """Whether this message (re)starts the 24-hour window: what the customer wrote, but not a
        bare reaction (conservative: the stand-in does the same, so no send fails by surprise)."""
        return not self.is_echo and self.kind is not MessageKind.REACTION


@dataclass(frozen=True)
class StatusUpdate:
    channel: Channel
    provider_message_id: str
    status: MessageStatus  # sent | delivered | read | failed
    timestamp: datetime
    recipient_id: str | None = None
    error_code: int | None = None
    error_title: str | None = None
    error_detail: str | None = None
    callback_data: str | None = None  # our `biz_opaque_callback_data` (the send's idempotency key)

    @property
    def closes_window(self) -> bool:
        """Meta refused the message because the 24-hour window is closed (131047)."""
        from .errors import WINDOW_CLOSED_CODES  # local: errors imports nothing from here
        return self.status is MessageStatus.FAILED and self.error_code in WINDOW_CLOSED_CODES


@dataclass(frozen=True)
class MessageDeleted:
    """The customer unsent a message (Instagram `is_deleted`)."""

    channel: Channel
    provider_message_id: str
    from_id: str
    timestamp: datetime


@dataclass(frozen=True)
class MessageEdited:
    """The customer edited a message they sent (WhatsApp `edit`, Instagram `message_edit`)."""

    channel: Channel
    provider_message_id: str  # the message edited
    from_id: str
    timestamp: datetime
    text: str | None  # the new text (or caption)


@dataclass(frozen=True)
class NumberChanged:
    """A WhatsApp customer moved to a new phone number (system `user_changed_number`): the same
    person, so the same contact, now reached at `new_id`."""

    channel: Channel
    old_id: str  # wa_id the messages came from until now
    new_id: str
    timestamp: datetime
    provider_message_id: str
    text: str | None = None  # Meta's own sentence ("User A changed from … to …")


@dataclass(frozen=True)
class AdReferral:
    """Instagram: the customer opened the thread from an ad or an ig.me link, before writing
    (a `referral` messaging event without a message)."""

    channel: Channel
    from_id: str
    timestamp: datetime
    referral: dict[str, Any]


@dataclass(frozen=True)
class TemplateStatusUpdate:
    """`message_template_status_update`: APPROVED, REJECTED, PAUSED, DISABLED, …"""

    waba_id: str
    template_id: str
    name: str
    language: str
    status: str  # Meta's `event`, upper case
    reason: str | None
    category: str | None
    timestamp: datetime


@dataclass(frozen=True)
class ProviderError:
    """A system-, app- or account-level error Meta reports outside any message (value.errors)."""

    channel: Channel
    code: int | None
    title: str | None
    detail: str | None


Event = (InboundMessage | StatusUpdate | MessageDeleted | MessageEdited | NumberChanged | AdReferral
         | TemplateStatusUpdate | ProviderError)


def from_unix(value: Any, *, milliseconds: bool = False) -> datetime:
    """Meta's timestamps: WhatsApp sends seconds as a string, Instagram milliseconds as a number."""
    try:
        number = float(value)
    except (TypeError, ValueError) as exc:
        raise WebhookError(f"invalid timestamp: {value!r}") from exc
    if milliseconds:
        number /= 1000
    return datetime.fromtimestamp(number, tz=UTC)
