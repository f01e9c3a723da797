"""Which channels carry the agent's reactions to the customer (one rule for server and client):
WhatsApp sends any emoji as a reaction; Instagram's Messaging API only a heart through a sender
action, and the web chat has none, so the desktop offers React only where it is sent."""
from __future__ import annotations

from .wire import Channel

QUICK_REACTIONS = ("👍", "❤️", "😂", "😮", "😢", "🙏")  # WhatsApp's own row of quick reactions


def reactions_sent_on(channel: str) -> bool:
    return channel == Channel.WHATSAPP
