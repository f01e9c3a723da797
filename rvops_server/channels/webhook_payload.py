"""What Meta's webhooks share whatever the channel (WhatsApp, Instagram): the JSON body, the
envelope `{"object": …, "entry": [...]}`, and the shape checks that turn a malformed payload into a
`WebhookError` (the route answers 400 with its message)."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .events import WebhookError


def load_json(raw_body: bytes) -> Any:
    try:
        return json.loads(raw_body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WebhookError(f"body is not valid JSON: {exc}") from exc


def webhook_entries(payload: Any, expected_object: str) -> Iterator[dict[str, Any]]:
    """The entries of one delivery for `expected_object` ("whatsapp_business_account", "instagram"),
    each checked to be an object as it is reached."""
    if not isinstance(payload, dict) or payload.get("object") != expected_object:
        raise WebhookError(f"expected object {expected_object!r}")
    for entry in expect_list(payload, "entry", required=True):
        yield expect_dict(entry, "entry")


def expect_list(container: Any, key: str, *, required: bool = False) -> list[Any]:
    """`container[key]` as a list; missing is [] unless `required`."""
    value = container.get(key) if isinstance(container, dict) else None
    if value is None and not required:
        return []
    return as_list(value, key)


def as_list(value: Any, key: str) -> list[Any]:
    if not isinstance(value, list):
        raise WebhookError(f"expected a list at {key!r}")
    return value


def expect_dict(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise WebhookError(f"expected an object for {what}")
    return value
