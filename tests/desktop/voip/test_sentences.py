"""The voip layer's sentences: English as plain strings, with what the UI needs to translate them
(the Sentence itself: tests/contract/test_sentences.py)."""
import pytest

from rvops_desktop.voip import NumberError, dial_target
from rvops_desktop.voip.audio import DeviceRole, fallback_message
from rvops_desktop.voip.sentences import Sentence, sentence_of

def test_errors_carry_their_sentence():
    with pytest.raises(NumberError) as caught:
        dial_target("abc", "pbx.example")
    carried = sentence_of(caught.value)
    assert isinstance(carried, Sentence) and carried.fields == {"raw": "abc"}
    assert str(caught.value) == "“abc” is neither a phone number nor a SIP address."
    assert sentence_of(ValueError("plain")) == "plain"


def test_each_missing_device_is_named_by_its_role():
    assert fallback_message(DeviceRole.INPUT, "USB Headset").startswith("The microphone “USB Headset”")
    assert fallback_message(DeviceRole.RING, "HDMI").startswith("The ring device “HDMI”")
