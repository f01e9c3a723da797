"""The structured parts of a customer's message that the server keeps with it (`payload_of`).

Kept free of the store on purpose: it returns a plain, JSON-safe dict. Sending and template sync
live in `rvops_server.gateways` (senders.py, templates.py).
"""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from .events import InboundMessage


def payload_of(event: InboundMessage) -> dict[str, Any]:
    """The structured parts worth keeping with the message, JSON-safe (no datetimes, no enums)."""
    payload: dict[str, Any] = {}
    if event.location is not None:
        payload["location"] = asdict(event.location)
    if event.contacts:
        payload["contacts"] = [{k: list(v) if isinstance(v, tuple) else v for k, v in asdict(c).items() if k != "raw"}
                               for c in event.contacts]
    if event.interactive is not None:
        payload["interactive"] = asdict(event.interactive)
    if event.reaction is not None:
        payload["reaction"] = asdict(event.reaction)
    if event.forwarded:
        payload["forwarded"] = True
        payload["frequently_forwarded"] = event.frequently_forwarded
    if event.unsupported_reason:
        payload["unsupported_reason"] = event.unsupported_reason
    if event.referral:
        payload["referral"] = event.referral
    if event.order is not None:
        payload["order"] = {"catalog_id": event.order.catalog_id, "text": event.order.text,
                            "items": [asdict(item) for item in event.order.items]}
    if event.story:
        payload["story"] = event.story
    if event.standby:
        payload["standby"] = True
    return payload
