"""Where a reply goes: the customer's address captured when the conversation opened.

A conversation keeps the number (WhatsApp), account (Instagram) or visitor (webchat) it opened
with, so changing a contact's record never redirects the replies of a conversation in progress.
Conversations stored before the address was kept fall back to the contact's record.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.engine import RowMapping

CONTACT_KEYS = {"whatsapp": "phone", "instagram": "instagram_id", "webchat": "webchat_visitor_id"}


def address_at_opening(channel: str, contact: Mapping[str, Any] | RowMapping) -> str | None:
    """The address to capture on a new conversation of `channel` with `contact`."""
    key = CONTACT_KEYS.get(channel)
    return contact.get(key) if key else None


def reply_address(conversation: Mapping[str, Any], contact: Mapping[str, Any]) -> str | None:
    """The address a message of `conversation` is sent to."""
    return conversation.get("address") or address_at_opening(conversation.get("channel") or "", contact)
