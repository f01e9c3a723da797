"""A bot menu in each channel's own format: Meta's Cloud API `interactive` (reply buttons or a
list) for WhatsApp, Instagram's quick replies, the widget's buttons for webchat."""
from __future__ import annotations

from typing import Any

from rvops_contract.chatbot import WHATSAPP_BODY_LENGTH, MenuStyle


def whatsapp_interactive(body: str, menu: dict[str, Any]) -> dict[str, Any]:
    """The `interactive` object of a Cloud API send (type "button" or "list")."""
    options = menu.get("options") or []
    text = {"text": body[:WHATSAPP_BODY_LENGTH]}
    if menu.get("style") == MenuStyle.LIST.value:
        rows = []
        for option in options:
            row = {"id": option["id"], "title": option["title"]}
            if option.get("description"):
                row["description"] = option["description"]
            rows.append(row)
        return {"type": "list", "body": text,
                "action": {"button": menu.get("list_button") or "Ver opções", "sections": [{"rows": rows}]}}
    return {"type": "button", "body": text,
            "action": {"buttons": [{"type": "reply", "reply": {"id": o["id"], "title": o["title"]}}
                                   for o in options]}}


def instagram_quick_replies(menu: dict[str, Any]) -> list[dict[str, str]]:
    return [{"content_type": "text", "title": o["title"], "payload": o["id"]} for o in menu.get("options") or []]


def webchat_buttons(menu: dict[str, Any]) -> list[dict[str, str]]:
    return [{"id": o["id"], "title": o["title"]} for o in menu.get("options") or []]
