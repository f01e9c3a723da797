"""Property: whatever a correctly signed delivery holds, the server answers 200 — never 5xx.

Hypothesis builds deliveries from Meta's own vocabulary (entries, changes, messages, statuses,
messaging items…) with any JSON in any slot and edge values on purpose (lone surrogates, NUL,
NaN/infinite/huge/negative numbers, deep nesting, wrong types), signs them with the app secret and
posts them to one live server per database over real HTTP.
"""
from __future__ import annotations

import json

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rvops_meta_standin import payloads as P
from rvops_contract import demo_credentials as demo

EXAMPLES = 150
KEYS = ["object", "entry", "id", "time", "changes", "field", "value", "messaging_product", "metadata",
        "phone_number_id", "contacts", "wa_id", "profile", "name", "messages", "statuses", "errors", "from",
        "type", "timestamp", "text", "body", "image", "document", "location", "latitude", "longitude",
        "interactive", "button_reply", "reaction", "message_id", "emoji", "context", "referral", "status",
        "recipient_id", "code", "title", "error_data", "details", "messaging", "standby", "sender", "recipient",
        "message", "mid", "is_echo", "is_deleted", "attachments", "payload", "url", "read", "postback",
        "quick_reply", "reply_to", "event", "message_template_name"]
EDGE_STRINGS = ["", "\ud800", "\udfff", "a\ud83d", "\x00", "text", "image", "messages", "calls", "sent",
                "read", "failed", "mystery", "1e20", "nan", "-1", "99999999999999999999", "wamid.X",
                "5511999990000", "whatsapp_business_account", "instagram", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "<h1>x</h1>"]
EDGE_NUMBERS = [0, -1, 1e20, -1e20, float("nan"), float("inf"), float("-inf"), 2**63, -(2**63) - 1, 10**40,
                1.5, 1767614340, 1767614340000]

leaves = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.sampled_from(EDGE_NUMBERS),
                   st.text(max_size=12), st.sampled_from(EDGE_STRINGS))
anything = st.recursive(leaves, lambda inner: st.lists(inner, max_size=4)
                        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=6), inner, max_size=5),
                        max_leaves=25)


def _shaped(keys: dict, **extra):
    """A dict with Meta's keys, each holding a plausible value or anything at all (sometimes absent)."""
    fields = {k: st.one_of(v, anything) for k, v in keys.items()}
    return st.fixed_dictionaries({}, optional={**fields, **extra})


wa_message = _shaped({"id": st.sampled_from(["wamid.P1", "wamid.P2"]), "from": st.just("5511999990000"),
                      "type": st.sampled_from(["text", "image", "location", "reaction", "interactive",
                                               "contacts", "order", "system", "unsupported", "brand_new"]),
                      "timestamp": st.sampled_from(["1767614340", "1e20", "nan", "-5", "x"]),
                      "text": _shaped({"body": st.text(max_size=20)}),
                      "image": _shaped({"id": st.just("m1"), "mime_type": st.just("image/jpeg")}),
                      "location": _shaped({"latitude": st.floats(), "longitude": st.floats()}),
                      "reaction": _shaped({"message_id": st.just("wamid.P1"), "emoji": st.text(max_size=2)}),
                      "context": _shaped({"id": st.just("wamid.P1"), "forwarded": st.booleans()})})
wa_status = _shaped({"id": st.just("wamid.OURS"), "status": st.sampled_from(["sent", "read", "failed", "deleted"]),
                     "timestamp": st.sampled_from(["1767614340", "1e20"]), "errors": st.lists(
                         _shaped({"code": st.integers(), "title": st.text(max_size=8)}), max_size=2)})
wa_value = _shaped({"messaging_product": st.just("whatsapp"),
                    "metadata": _shaped({"phone_number_id": st.just(demo.WHATSAPP_PHONE_NUMBER_ID)}),
                    "contacts": st.lists(_shaped({"wa_id": st.just("5511999990000"),
                                                  "profile": _shaped({"name": st.text(max_size=8)})}), max_size=2),
                    "messages": st.lists(wa_message, max_size=3), "statuses": st.lists(wa_status, max_size=2),
                    "errors": st.lists(anything, max_size=2)})
wa_change = _shaped({"field": st.sampled_from(["messages", "calls", "message_template_status_update", "flows"]),
                     "value": wa_value})
whatsapp = _shaped({"object": st.just("whatsapp_business_account"),
                    "entry": st.lists(_shaped({"id": st.just(demo.WHATSAPP_WABA_ID),
                                               "changes": st.lists(wa_change, max_size=3)}), max_size=2)})
ig_item = _shaped({"sender": _shaped({"id": st.just("1234567")}), "recipient": _shaped({"id": st.just("1")}),
                   "timestamp": st.sampled_from([1767614340000, 1e20, -1]),
                   "message": _shaped({"mid": st.just("m_P1"), "text": st.text(max_size=12),
                                       "is_echo": st.booleans(), "is_deleted": st.booleans(),
                                       "attachments": st.lists(_shaped({"type": st.sampled_from(
                                           ["image", "file", "share", "mystery"]),
                                           "payload": _shaped({"url": st.just("http://127.0.0.1:9/x")})}),
                                           max_size=2)}),
                   "reaction": _shaped({"mid": st.just("m_P1"), "action": st.sampled_from(["react", "unreact"])}),
                   "read": _shaped({"mid": st.just("m_P1")}), "postback": _shaped({"title": st.text(max_size=5)}),
                   "mystery_event": anything})
instagram = _shaped({"object": st.just("instagram"),
                     "entry": st.lists(_shaped({"id": st.just("1"), "time": st.integers(),
                                                "messaging": st.lists(ig_item, max_size=3),
                                                "standby": st.lists(ig_item, max_size=2)}), max_size=2)})
deep = st.integers(min_value=1, max_value=50_000).map(lambda n: ("[" * n + "]" * n).encode())


def _encoded(value) -> bytes:
    return json.dumps(value).encode()  # NaN/Infinity as Python writes them; surrogates as \\u escapes


deliveries = st.one_of(
    st.tuples(st.just("whatsapp"), whatsapp.map(_encoded)),
    st.tuples(st.just("instagram"), instagram.map(_encoded)),
    st.tuples(st.sampled_from(["whatsapp", "instagram"]), anything.map(_encoded)),
    st.tuples(st.sampled_from(["whatsapp", "instagram"]), deep | st.binary(max_size=40)),
)


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(delivery=deliveries)
def test_a_signed_delivery_is_never_answered_5xx(server, delivery):
    channel, body = delivery
    headers = {"Content-Type": "application/json", P.SIGNATURE_HEADER: P.signature(demo.APP_SECRET, body)}
    answer = httpx.post(f"{server.url}/webhooks/{channel}", content=body, headers=headers, timeout=30)
    assert answer.status_code == 200, (answer.status_code, answer.text[:300])
    assert answer.json()["ok"] is True
