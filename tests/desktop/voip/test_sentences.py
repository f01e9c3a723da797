"""The voip layer's sentences: English as plain strings, with what the UI needs to translate them."""
import pytest

from rvops_desktop.voip import NumberError, dial_target
from rvops_desktop.voip.audio import DeviceRole, fallback_message
from rvops_desktop.voip.sentences import Sentence, sentence_of

PT = {"Could not {action} ({reason}).": "Não foi possível {action} ({reason}).",
      "hang up the call": "desligar a ligação"}


def test_a_sentence_is_its_english_text():
    hang_up = Sentence("hang up the call")
    sentence = Sentence("Could not {action} ({reason}).", action=hang_up, reason="Invalid URI")
    assert sentence == "Could not hang up the call (Invalid URI)." and isinstance(sentence, str)
    assert "hang up" in sentence and sentence.template == "Could not {action} ({reason})."


def test_the_ui_renders_it_and_its_fields_in_its_language():
    sentence = Sentence("Could not {action} ({reason}).", action=Sentence("hang up the call"), reason="Timeout")
    assert sentence.render(lambda text: PT.get(text, "")) == "Não foi possível desligar a ligação (Timeout)."
    assert sentence.render(lambda text: text) == str(sentence)  # English: the same as the plain text


def test_a_translation_with_broken_fields_falls_back_to_english():
    sentence = Sentence("Could not call {number} ({reason}).", number="+5511", reason="x")
    assert sentence.render(lambda text: "Não foi possível ligar para {numero}.") == "Could not call +5511 (x)."


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
