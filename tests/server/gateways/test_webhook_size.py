"""Meta documents webhook payloads of up to 3 MB: such a delivery is read and every message in it is
stored; the other endpoints keep their smaller cap, and past the webhook cap it is still 413."""
from __future__ import annotations

import json
import time
from datetime import UTC, datetime

import httpx
import sqlalchemy as sa

from rvops_meta_standin import payloads as P
from rvops_server.api.limits import WEBHOOK_MAX_BYTES
from rvops_contract import demo_credentials as demo
from rvops_server.store import schema as t
from tests.server.gateways.conftest import message_by_provider_id, rows

CUSTOMER = "5511955552222"
WHEN = datetime(2026, 1, 5, 11, 59, tzinfo=UTC)
MESSAGES = 1000


def signed_post(server, body: bytes, path: str = "/webhooks/whatsapp") -> httpx.Response:
    headers = {"Content-Type": "application/json", P.SIGNATURE_HEADER: P.signature(demo.APP_SECRET, body)}
    return httpx.post(f"{server.url}{path}", content=body, headers=headers, timeout=120)


def delivery(count: int, text_size: int, prefix: str = "wamid.BULK") -> bytes:
    messages = [P.wa_message(CUSTOMER, "text", P.text_body(f"{i:04d} " + "x" * text_size),
                             message_id=f"{prefix}{i}", timestamp=WHEN) for i in range(count)]
    payload = P.whatsapp_inbound(wa_id=CUSTOMER, profile_name="Lote", message=messages[0],
                                 waba_id=demo.WHATSAPP_WABA_ID, phone_number_id=demo.WHATSAPP_PHONE_NUMBER_ID,
                                 display_phone_number=demo.WHATSAPP_DISPLAY_PHONE_NUMBER)
    payload["entry"][0]["changes"][0]["value"]["messages"] = messages
    return json.dumps(payload).encode()


def test_a_signed_3_mb_delivery_with_a_thousand_messages_is_stored_whole(server):
    body = delivery(MESSAGES, 2700)
    assert 2_500_000 < len(body) < 3_000_000 and len(body) > server.settings.max_body_bytes
    started = time.monotonic()
    answer = signed_post(server, body)
    assert answer.status_code == 200, answer.text[:300]
    assert answer.json() == {"ok": True, "events": MESSAGES, "skipped": 0}
    stored = rows(server, sa.select(sa.func.count().label("n")).select_from(t.messages)
                  .where(t.messages.c.provider_id.like("wamid.BULK%")))[0]["n"]
    assert stored == MESSAGES, f"{stored} of {MESSAGES} stored in {time.monotonic() - started:.1f}s"


def test_past_the_webhook_cap_it_is_413_and_other_endpoints_keep_their_own_cap(server):
    too_big = delivery(1, WEBHOOK_MAX_BYTES, prefix="wamid.HUGE")
    answer = signed_post(server, too_big)
    assert answer.status_code == 413 and answer.json()["error"] == "too_large"
    assert message_by_provider_id(server, "whatsapp", "wamid.HUGE0") is None
    three_mb = json.dumps({"email": "ana@demo.rvops", "password": "x" * 3_000_000}).encode()
    login = httpx.post(f"{server.url}/api/v1/auth/login", content=three_mb,
                       headers={"Content-Type": "application/json"}, timeout=30)
    assert login.status_code == 413
