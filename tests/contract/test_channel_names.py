"""One place names the channels, the same in every language: the inbox filter, the header, the
contacts directory, supervision, forwarding and the server's refusals all read it."""
from __future__ import annotations

from rvops_contract.wire import Channel, channel_name


def test_each_channel_has_its_brand_name_and_anything_else_passes_through():
    assert [channel_name(c) for c in Channel] == ["WhatsApp", "Instagram", "Webchat"]
    assert channel_name("whatsapp") == "WhatsApp"  # as the replica stores it
    assert channel_name("telegram") == "telegram"  # a channel a newer server added: as it came
    assert channel_name(None) == "" and channel_name("") == ""
