"""Partial deliveries over real HTTP: every valid element of a signed delivery is stored, the ones we
cannot read are kept in the dead-letter table (listed by `rvops-server dead-letters`), and the
delivery is answered 200 — never 400 (Meta would retry it for days) and never 5xx."""
from __future__ import annotations

import json
from datetime import UTC, datetime

import httpx
import pytest
import sqlalchemy as sa

from rvops_meta_standin import payloads as P
from rvops_contract import demo_credentials as demo
from rvops_server.store import schema as t
from tests.server.gateways.conftest import message_by_provider_id, rows

CUSTOMER = "5511955553333"
IGSID = "998877665544"
WHEN = datetime(2026, 1, 5, 11, 59, tzinfo=UTC)
WA = {"waba_id": demo.WHATSAPP_WABA_ID, "phone_number_id": demo.WHATSAPP_PHONE_NUMBER_ID,
      "display_phone_number": demo.WHATSAPP_DISPLAY_PHONE_NUMBER}


def post_raw(server, body: bytes, channel: str = "whatsapp") -> httpx.Response:
    headers = {"Content-Type": "application/json", P.SIGNATURE_HEADER: P.signature(demo.APP_SECRET, body)}
    return httpx.post(f"{server.url}/webhooks/{channel}", content=body, headers=headers, timeout=30)


def post(server, payload, channel: str = "whatsapp") -> httpx.Response:
    return post_raw(server, json.dumps(payload).encode(), channel)


def text(message_id: str, body="Olá", **overrides) -> dict:
    return {**P.wa_message(CUSTOMER, "text", P.text_body(body), message_id=message_id, timestamp=WHEN), **overrides}


def whatsapp_delivery(*messages, statuses=(), extra_changes=()) -> dict:
    payload = P.whatsapp_inbound(wa_id=CUSTOMER, profile_name="Rita", message=messages[0], **WA)
    value = payload["entry"][0]["changes"][0]["value"]
    value["messages"] = list(messages)
    if statuses:
        value["statuses"] = list(statuses)
    payload["entry"][0]["changes"].extend(extra_changes)
    return payload


def dead_letters(server) -> list[dict]:
    return rows(server, sa.select(t.dead_letters).order_by(t.dead_letters.c.id))


def test_valid_whatsapp_events_beside_unknown_ones_are_all_stored(server):
    payload = whatsapp_delivery(
        text("wamid.PART1", "primeira"),
        text("wamid.PART2", "quando?", timestamp="1e20"),  # a time no calendar holds
        text("wamid.PART3", "terceira"),
        statuses=[{"id": "wamid.OURS", "status": "mystery", "timestamp": "1767614340", "recipient_id": CUSTOMER}],
        extra_changes=[{"field": "calls", "value": {"calls": [{"id": "wacid.1", "event": "connect"}]}}])
    answer = post(server, payload)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"ok": True, "events": 2, "skipped": 3}
    assert message_by_provider_id(server, "whatsapp", "wamid.PART1")["text"] == "primeira"
    assert message_by_provider_id(server, "whatsapp", "wamid.PART3")["text"] == "terceira"
    assert message_by_provider_id(server, "whatsapp", "wamid.PART2") is None
    letters = dead_letters(server)
    assert [(d["channel"], d["location"]) for d in letters] == [
        ("whatsapp", "entry[0].changes[0].value.messages[1]"),
        ("whatsapp", "entry[0].changes[0].value.statuses[0]"),
        ("whatsapp", "entry[0].changes[1]")]
    assert json.loads(letters[0]["element"])["id"] == "wamid.PART2"
    assert "mystery" in letters[1]["reason"] and "calls" in letters[2]["reason"]


def test_valid_instagram_events_beside_standby_and_unknown_keys_are_all_stored(server):
    ig = demo.INSTAGRAM_ACCOUNT_ID
    good = P.instagram_message(ig_account_id=ig, sender_id=IGSID, recipient_id=ig, mid="m_PART1", timestamp=WHEN,
                               text="oi")["entry"][0]["messaging"][0]
    payload = {"object": "instagram", "entry": [{
        "id": ig, "time": P.unix_ms(WHEN),
        "messaging": [good, {"sender": {"id": IGSID}, "recipient": {"id": ig}, "timestamp": P.unix_ms(WHEN),
                             "mystery_event": {"x": 1}}],
        "standby": [{"sender": {"id": IGSID}, "recipient": {"id": ig}, "timestamp": P.unix_ms(WHEN),
                     "message": {"mid": "m_STANDBY", "text": "outro app"}}]}]}
    answer = post(server, payload, "instagram")
    assert answer.status_code == 200, answer.text
    assert message_by_provider_id(server, "instagram", "m_PART1")["text"] == "oi"
    standby = message_by_provider_id(server, "instagram", "m_STANDBY")  # another app held the thread
    assert standby["text"] == "outro app" and standby["payload"]["standby"] is True
    letters = dead_letters(server)
    assert [d["location"] for d in letters if d["channel"] == "instagram"] == ["entry[0].messaging[1]"]


def test_a_lone_surrogate_or_a_nul_is_replaced_and_the_message_kept(server):
    body = json.dumps(whatsapp_delivery(text("wamid.SURR", "a\ud800b\x00c"))).encode()
    assert b"\\ud800" in body and b"\\u0000" in body
    assert post_raw(server, body).status_code == 200
    assert message_by_provider_id(server, "whatsapp", "wamid.SURR")["text"] == "a\ufffdbc"
    assert dead_letters(server) == []


def _deep(n: int) -> bytes:
    return b'{"object": "whatsapp_business_account", "entry": ' + b"[" * n + b"]" * n + b"}"


EDGE_SHAPES = {
    "a list body": b"[]",
    "a list of deliveries": json.dumps([whatsapp_delivery(text("wamid.E1"))]).encode(),
    "not JSON": b"{not json",
    "not UTF-8": b"\xff\xfe",
    "another object": b'{"object": "page", "entry": []}',
    "entry is a string": b'{"object": "whatsapp_business_account", "entry": "x"}',
    "change is a number": b'{"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [7]}]}',
    "value is a list": b'{"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", '
                       b'"value": []}]}]}',
    "timestamp NaN": json.dumps(whatsapp_delivery(text("wamid.E2", timestamp="nan"))).encode(),
    "timestamp negative": json.dumps(whatsapp_delivery(text("wamid.E3", timestamp="-99999999999999"))).encode(),
    "timestamp an object": json.dumps(whatsapp_delivery(text("wamid.E4", timestamp={"s": 1}))).encode(),
    "text body a number": json.dumps(whatsapp_delivery(text("wamid.E5", body=5))).encode(),
    "from a list": json.dumps(whatsapp_delivery(text("wamid.E6", **{"from": ["5511"]}))).encode(),
    "deep nesting": _deep(100_000),
    "moderately deep nesting": _deep(900),
    "lone surrogate in a key": b'{"object": "whatsapp_business_account", "entry": [{"\\udc00": 1}]}',
}


@pytest.mark.parametrize("body", list(EDGE_SHAPES.values()), ids=list(EDGE_SHAPES))
def test_signed_edge_shapes_are_answered_200_and_kept_as_dead_letters(server, body):
    answer = post_raw(server, body)
    assert answer.status_code == 200, answer.text
    assert answer.json()["skipped"] >= 1
    assert len(dead_letters(server)) == answer.json()["skipped"]


def test_an_unsigned_or_forged_body_is_still_refused_and_kept_nowhere(server):
    body = b'{"object": "page"}'
    assert httpx.post(f"{server.url}/webhooks/whatsapp", content=body).status_code == 401
    forged = {P.SIGNATURE_HEADER: P.signature("not-the-app-secret", body)}
    assert httpx.post(f"{server.url}/webhooks/instagram", content=body, headers=forged).status_code == 403
    assert dead_letters(server) == []


def test_the_operator_lists_dead_letters_from_the_command_line(server, capsys):
    from rvops_server import cli
    post(server, whatsapp_delivery(text("wamid.CLI1"), extra_changes=[{"field": "calls", "value": {}}]))
    url = server.settings.database_url
    assert cli.main(["dead-letters", "--database-url", url]) == 0
    listing = capsys.readouterr().out
    assert "whatsapp entry[0].changes[1]" in listing and "unknown change field: 'calls'" in listing
    assert cli.main(["dead-letters", "--database-url", url, "--json", "--channel", "whatsapp"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(json.loads(line)["element"]) == {"field": "calls", "value": {}}
    assert cli.main(["dead-letters", "--database-url", url, "--channel", "instagram"]) == 0
    assert capsys.readouterr().out.strip() == "no dead letters"
