"""What a message bubble shows, as plain text blocks (no painting): one place that knows every
message kind — text, media, location, contacts, reactions, replies, templates, notes, system."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from rvops_contract.clock import from_iso
from rvops_contract.referrals import ad_headline
from rvops_contract.wire import Direction, MessageKind, MessageStatus

from ..channel_errors import explain
from ..local_time import clock_time


@dataclass
class Content:
    style: str  # inbound | outbound | note | system
    header: str = ""  # e.g. "Template: name", "Hidden note — only agents see this"
    quote: str = ""  # the message replied to
    body: str = ""
    chips: list[tuple[str, str, dict]] = field(default_factory=list)  # (kind, label, attachment)
    footer: str = ""  # time (and delivery state, drawn as ticks)
    failed: str = ""  # the failure reason, with a retry link
    day: str = ""  # set on a day's first message: the date drawn above it ("Today", "Monday, 30 November")


def _size(size) -> str:
    if not size:
        return ""
    size = int(size)
    return f"{size / 1048576:.1f} MB" if size >= 1048576 else f"{max(1, size // 1024)} KB"


def _duration(seconds) -> str:
    seconds = int(seconds or 0)
    return f"{seconds // 60}:{seconds % 60:02d}"


def _with_download_state(label: str, attachment: dict) -> str:
    """A customer's file still being fetched from Meta, or whose download failed (with the reason)."""
    state = attachment.get("state")
    if state == "downloading":
        return label + " — " + QCoreApplication.translate("MessageContent", "downloading…")
    if state == "failed":
        reason = explain(attachment.get("error"), attachment.get("error_text"))
        return label + " — " + QCoreApplication.translate("MessageContent", "download failed: %1 (click to retry)").replace("%1", reason)
    return label


def day_of(iso: str | None):
    """The local calendar day of a message (None without a time)."""
    moment = from_iso(iso)
    return moment.astimezone().date() if moment else None


def day_label(day, today=None) -> str:
    """A thread's date separator: Today, Yesterday, else the date in the agent's language."""
    from datetime import date as _date
    from datetime import timedelta
    today = today or _date.today()
    if day == today:
        return QCoreApplication.translate("MessageContent", "Today")
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("MessageContent", "Yesterday")
    from PySide6.QtCore import QDate
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def time_label(iso: str | None) -> str:
    return clock_time(iso)


CURRENCY_SYMBOLS = {"BRL": "R$", "USD": "US$", "EUR": "€", "GBP": "£"}  # Meta sends ISO 4217 codes


def _money(price, currency) -> str:
    """A price in the agent's locale (R$ 79,90 in pt-BR), its currency's symbol or ISO code."""
    if price is None:
        return ""
    return QLocale().toCurrencyString(float(price), CURRENCY_SYMBOLS.get(currency or "", currency or ""), 2)


def _order_lines(order: dict) -> list[str]:
    """One line per item, then the total when every item has a price in one currency."""
    items = [i for i in order.get("items") or [] if isinstance(i, dict)]
    lines = ["▤ " + QCoreApplication.translate("MessageContent", "Order")]
    for item in items:
        price = _money(item.get("item_price"), item.get("currency"))
        lines.append(f"{item.get('quantity', 1)} × {item.get('product_retailer_id', '?')}"
                     + (f" — {price}" if price else ""))
    currencies = {i.get("currency") for i in items}
    if items and len(currencies) == 1 and all(i.get("item_price") is not None for i in items):
        total = sum(float(i["item_price"]) * int(i.get("quantity") or 1) for i in items)
        lines.append(QCoreApplication.translate("MessageContent", "Total: %1").replace(
            "%1", _money(total, currencies.pop())))
    if order.get("text"):
        lines.append(str(order["text"]))
    return lines


# The server's system lines, said in the agent's language: %1 is who acted, %2 whom it went to.
_EVENT_LINES = {
    "claimed": QT_TRANSLATE_NOOP("MessageContent", "%1 claimed the conversation"),
    "assigned": QT_TRANSLATE_NOOP("MessageContent", "Conversation assigned to %2"),
    "transferred": QT_TRANSLATE_NOOP("MessageContent", "%1 transferred the conversation to %2"),
    "closed": QT_TRANSLATE_NOOP("MessageContent", "%1 closed the conversation"),
    "reopened": QT_TRANSLATE_NOOP("MessageContent", "%1 reopened the conversation"),
    "opened": QT_TRANSLATE_NOOP("MessageContent", "New conversation"),
    "requeued": QT_TRANSLATE_NOOP("MessageContent",
                                  "%1 deactivated the agent who held it: the conversation went back to distribution"),
}

# The chatbot's lines (rvops_server/chatbot/): %1 is the option the customer chose, %2 the team.
_BOT_LINES = {
    "bot_routed": QT_TRANSLATE_NOOP("MessageContent", "The bot sent the conversation to %2 (option: %1)"),
    "bot_fallback": QT_TRANSLATE_NOOP("MessageContent", "The bot got no valid answer: the conversation went to %2"),
    "bot_out_of_hours": QT_TRANSLATE_NOOP("MessageContent", "Out of business hours: the conversation waits in the queue"),
}


def _system_line(message, payload: dict, name_of=None) -> str:
    """The server's lines (hand-overs, customers' own changes) in the agent's language; the
    server's own text when a name it mentions is not in this replica."""
    event = payload.get("event")
    if event in _EVENT_LINES:
        name_of = name_of or (lambda _id: "")
        actor = name_of(payload["actor_id"]) if payload.get("actor_id") else \
            QCoreApplication.translate("MessageContent", "System")
        target_id = payload.get("to_user_id") or payload.get("to_team_id")
        target = name_of(target_id) if target_id else ""
        line = QCoreApplication.translate("MessageContent", _EVENT_LINES[event])
        if (not actor and "%1" in line) or (not target and "%2" in line):
            return message.text or line.replace("%1", "?").replace("%2", "?")
        return line.replace("%1", actor).replace("%2", target)
    if event in _BOT_LINES:
        team = (name_of or (lambda _id: ""))(payload["to_team_id"]) if payload.get("to_team_id") else ""
        team = team or QCoreApplication.translate("MessageContent", "the queue")
        return QCoreApplication.translate("MessageContent", _BOT_LINES[event]).replace(
            "%1", str(payload.get("option") or "")).replace("%2", team)
    if event == "number_changed":
        return QCoreApplication.translate("MessageContent", "The customer changed their number: %1 → %2").replace(
            "%1", str(payload.get("old") or "")).replace("%2", str(payload.get("new") or ""))
    if event == "ad_referral":
        return QCoreApplication.translate("MessageContent", "The customer came from the ad: %1").replace(
            "%1", str(payload.get("headline") or ""))
    return message.text or event or ""


def _origin(payload: dict) -> list[str]:
    """Where the message came from: an ad, a story, another app holding the thread."""
    lines = []
    headline = ad_headline(payload.get("referral"))
    if headline:
        lines.append(QCoreApplication.translate("MessageContent", "From the ad: %1").replace("%1", headline))
    story = payload.get("story") if isinstance(payload.get("story"), dict) else {}
    if story.get("kind") == "reply":
        lines.append(QCoreApplication.translate("MessageContent", "Replied to your story"))
    elif story.get("kind") == "mention":
        lines.append(QCoreApplication.translate("MessageContent", "Mentioned you in their story"))
    if payload.get("standby"):
        lines.append(QCoreApplication.translate("MessageContent", "Received while another app handled the chat"))
    return lines


def describe(message, reply=None, name_of=None) -> Content:
    """`name_of(id)`: a user's or a team's name from the replica ("" when unknown)."""
    kind = message.kind or "text"
    payload = message.payload or {}
    if kind == MessageKind.SYSTEM:
        return Content("system", body=_system_line(message, payload, name_of))
    if kind == MessageKind.CALL:
        duration = payload.get("duration_seconds") or 0
        body = QCoreApplication.translate("MessageContent", "Call — %1").replace("%1", _duration(duration)) if duration else QCoreApplication.translate("MessageContent", "Missed call")
        return Content("system", body=body)
    style = "note" if kind == MessageKind.NOTE else (message.direction or "inbound")
    content = Content(style, footer=time_label(message.created_at))
    if kind == MessageKind.NOTE:
        content.header = QCoreApplication.translate("MessageContent", "Hidden note — only agents see this")
    if reply is not None:
        content.quote = (reply.text or QCoreApplication.translate("MessageContent", "Attachment"))[:140]
    if kind == MessageKind.TEMPLATE:
        template = payload.get("template") or {}
        content.header = QCoreApplication.translate("MessageContent", "Template: %1").replace("%1", template.get("name", ""))
    if payload.get("bot") and message.direction == Direction.OUTBOUND:  # the chatbot's, not an agent's
        content.header = QCoreApplication.translate("MessageContent", "Chatbot")
    elif payload.get("away") and message.direction == Direction.OUTBOUND:  # the team's away message (out of hours)
        content.header = QCoreApplication.translate("MessageContent", "Away message — the team is closed")
    content.header = "\n".join(line for line in (content.header, *_origin(payload)) if line)
    if payload.get("deleted"):
        content.body = "⊘ " + QCoreApplication.translate("MessageContent", "The customer deleted this message")
        return content
    if payload.get("edited"):
        content.footer = QCoreApplication.translate("MessageContent", "edited") + " · " + content.footer
    if kind == MessageKind.ORDER:
        content.body = "\n".join(_order_lines(payload.get("order") or {}))
    elif kind == MessageKind.LOCATION:
        loc = payload.get("location") or payload
        name = " — ".join(p for p in (loc.get("name"), loc.get("address")) if p)
        place = name or QCoreApplication.translate("MessageContent", "Location")
        content.body = f"◉ {place}\n{loc.get('latitude', '')}, {loc.get('longitude', '')}"
    elif kind == MessageKind.CONTACTS:
        cards = payload.get("contacts") or []
        lines = []
        for card in cards:
            name = (card.get("name") or {}).get("formatted_name") if isinstance(card.get("name"), dict) \
                else card.get("name")
            phones = ", ".join(p.get("phone", "") for p in card.get("phones") or [])
            lines.append(f"☎ {name or ''}  {phones}".rstrip())
        content.body = "\n".join(lines) or QCoreApplication.translate("MessageContent", "Contact card")
    elif kind == MessageKind.REACTION:
        emoji = (payload.get("reaction") or payload).get("emoji", "")
        content.body = QCoreApplication.translate("MessageContent", "Reacted %1").replace("%1", emoji)
    elif kind == MessageKind.UNSUPPORTED:
        content.body = QCoreApplication.translate("MessageContent", "This message type is not supported yet.")
    elif isinstance(payload.get("menu"), dict):  # the chatbot's menu: the options the customer saw
        options = [str(o.get("title") or "") for o in payload["menu"].get("options") or [] if isinstance(o, dict)]
        content.body = "\n".join([message.text or "", *(f"{n}. {title}" for n, title in enumerate(options, 1))])
    else:
        content.body = message.text or ""
    for attachment in message.attachments or []:
        mime = attachment.get("mime_type") or ""
        name = attachment.get("filename") or mime
        if mime.startswith("image/"):
            chip = ("image", f"▣ {name}")
        elif mime.startswith("audio/"):
            label = QCoreApplication.translate("MessageContent", "Voice note")
            if attachment.get("duration"):
                label += f" {_duration(attachment['duration'])}"
            chip = ("audio", f"▶ {label}")
        elif mime.startswith("video/"):
            chip = ("video", f"▶ {name}")
        else:
            chip = ("document", f"⎙ {name}  {_size(attachment.get('size'))}".rstrip())
        content.chips.append((chip[0], _with_download_state(chip[1], attachment), attachment))
    if message.status == MessageStatus.FAILED:
        reason = explain(message.error_code, message.error_text) or QCoreApplication.translate("MessageContent", "not sent")
        content.failed = QCoreApplication.translate("MessageContent", "Not sent: %1 — click to retry").replace("%1", reason)
    return content
