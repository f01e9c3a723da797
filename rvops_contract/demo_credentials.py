"""The fixed demo credentials shared by the Meta stand-in, the customer simulator and the demo seed.

They only ever talk to the local stand-in (never to graph.facebook.com); they are documented in
docs/channels.md so a developer can poke the stand-in by hand.
"""
from __future__ import annotations

WHATSAPP_PHONE_NUMBER_ID = "15550001111"
WHATSAPP_DISPLAY_PHONE_NUMBER = "15550001111"
WHATSAPP_WABA_ID = "15550009999"
INSTAGRAM_ACCOUNT_ID = "17841400000000001"
APP_SECRET = "demo-app-secret"
VERIFY_TOKEN = "demo-verify-token"
ACCESS_TOKEN = "demo-access-token"  # the bearer token the stand-in accepts
