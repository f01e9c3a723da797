"""What Meta checks on interactive sends, answered with Meta's own error format: WhatsApp reply
buttons and lists (Cloud API), Instagram quick replies. Limits: rvops_contract/chatbot.py."""
from __future__ import annotations

from typing import Any

from rvops_contract.chatbot import (
    INSTAGRAM_MAX_QUICK_REPLIES,
    INSTAGRAM_QUICK_REPLY_TITLE_LENGTH,
    WHATSAPP_BODY_LENGTH,
    WHATSAPP_BUTTON_TITLE_LENGTH,
    WHATSAPP_LIST_BUTTON_LENGTH,
    WHATSAPP_MAX_BUTTONS,
    WHATSAPP_MAX_ROWS,
    WHATSAPP_ROW_DESCRIPTION_LENGTH,
    WHATSAPP_ROW_TITLE_LENGTH,
)

BUTTON_ID_LENGTH = 256  # Meta: a reply button's id
ROW_ID_LENGTH = 200  # Meta: a list row's id
QUICK_REPLY_PAYLOAD_LENGTH = 1000  # Meta: a quick reply's payload


class InvalidInteractive(ValueError):
    """`param` names the field as Meta's error details do."""

    def __init__(self, message: str, param: str) -> None:
        super().__init__(message)
        self.param = param


def _text(value: Any, limit: int, param: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInteractive(f"(#100) The parameter {param} is required.", param)
    if len(value) > limit:
        raise InvalidInteractive(f"(#100) Param {param} must be at most {limit} characters long.", param)


def _unique(ids: list[Any], param: str) -> None:
    if len(set(map(str, ids))) != len(ids):
        raise InvalidInteractive(f"(#100) Param {param} ids must be unique.", param)


def check_whatsapp(content: dict[str, Any]) -> None:
    kind = content.get("type")
    body = content.get("body")
    _text(body.get("text") if isinstance(body, dict) else None, WHATSAPP_BODY_LENGTH, "interactive.body.text")
    action = content.get("action")
    if not isinstance(action, dict):
        raise InvalidInteractive("(#100) The parameter interactive['action'] is required.", "interactive.action")
    if kind == "button":
        buttons = action.get("buttons")
        if not isinstance(buttons, list) or not 1 <= len(buttons) <= WHATSAPP_MAX_BUTTONS:
            raise InvalidInteractive(f"(#100) Param interactive['action']['buttons'] must have between 1 and "
                                     f"{WHATSAPP_MAX_BUTTONS} elements.", "interactive.action.buttons")
        for index, button in enumerate(buttons):
            reply = button.get("reply") if isinstance(button, dict) else None
            if not isinstance(button, dict) or button.get("type") != "reply" or not isinstance(reply, dict):
                raise InvalidInteractive(f"(#100) Param interactive['action']['buttons'][{index}]['type'] must be "
                                         "'reply'.", f"interactive.action.buttons[{index}]")
            _text(reply.get("id"), BUTTON_ID_LENGTH, f"interactive.action.buttons[{index}].reply.id")
            _text(reply.get("title"), WHATSAPP_BUTTON_TITLE_LENGTH, f"interactive.action.buttons[{index}].reply.title")
        _unique([b["reply"]["id"] for b in buttons], "interactive.action.buttons")
    elif kind == "list":
        _text(action.get("button"), WHATSAPP_LIST_BUTTON_LENGTH, "interactive.action.button")
        sections = action.get("sections")
        if not isinstance(sections, list) or not sections or not all(isinstance(s, dict) for s in sections):
            raise InvalidInteractive("(#100) The parameter interactive['action']['sections'] is required.",
                                     "interactive.action.sections")
        rows = [row for section in sections for row in (section.get("rows") or [])]
        if not 1 <= len(rows) <= WHATSAPP_MAX_ROWS:
            raise InvalidInteractive(f"(#100) Param interactive['action']['sections'] must have between 1 and "
                                     f"{WHATSAPP_MAX_ROWS} rows in total.", "interactive.action.sections")
        for index, row in enumerate(rows):
            if not isinstance(row, dict):
                raise InvalidInteractive("(#100) Invalid row.", "interactive.action.sections.rows")
            _text(row.get("id"), ROW_ID_LENGTH, f"interactive.action.sections.rows[{index}].id")
            _text(row.get("title"), WHATSAPP_ROW_TITLE_LENGTH, f"interactive.action.sections.rows[{index}].title")
            if "description" in row:
                _text(row["description"], WHATSAPP_ROW_DESCRIPTION_LENGTH,
                      f"interactive.action.sections.rows[{index}].description")
        _unique([r["id"] for r in rows], "interactive.action.sections.rows")
    else:
        raise InvalidInteractive(f"(#100) Param interactive['type'] must be one of {{button, list, product, "
                                 f"product_list, cta_url, flow}}; got {kind!r}.", "interactive.type")


def check_instagram_quick_replies(quick_replies: Any) -> None:
    if not isinstance(quick_replies, list) or not 1 <= len(quick_replies) <= INSTAGRAM_MAX_QUICK_REPLIES:
        raise InvalidInteractive(f"(#100) Param message[quick_replies] must have between 1 and "
                                 f"{INSTAGRAM_MAX_QUICK_REPLIES} elements.", "message.quick_replies")
    for index, reply in enumerate(quick_replies):
        if not isinstance(reply, dict) or reply.get("content_type") != "text":
            raise InvalidInteractive(f"(#100) Param message[quick_replies][{index}][content_type] must be 'text'.",
                                     f"message.quick_replies[{index}].content_type")
        _text(reply.get("title"), INSTAGRAM_QUICK_REPLY_TITLE_LENGTH, f"message.quick_replies[{index}].title")
        _text(reply.get("payload"), QUICK_REPLY_PAYLOAD_LENGTH, f"message.quick_replies[{index}].payload")
