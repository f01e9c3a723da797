"""One kind of sentence: a key and fields, rendered in the reader's language by whoever shows it."""
from __future__ import annotations

import pytest

from rvops_contract.sentences import Catalogue, Sentence, in_language, is_english, sentence_of

PT = {"Could not {action} ({reason}).": "Não foi possível {action} ({reason}).",
      "hang up the call": "desligar a ligação"}


def test_a_sentence_is_its_key_with_its_fields():
    hang_up = Sentence("hang up the call")
    sentence = Sentence("Could not {action} ({reason}).", action=hang_up, reason="Invalid URI")
    assert sentence == "Could not hang up the call (Invalid URI)." and isinstance(sentence, str)
    assert sentence.key == sentence.template == "Could not {action} ({reason})."
    assert sentence.fields == {"action": hang_up, "reason": "Invalid URI"}


def test_it_renders_itself_and_its_fields_through_a_translator():
    sentence = Sentence("Could not {action} ({reason}).", action=Sentence("hang up the call"), reason="Timeout")
    assert sentence.render(PT.get) == "Não foi possível desligar a ligação (Timeout)."
    assert sentence.render(lambda key: key) == str(sentence)  # English: the same as the plain text
    assert Sentence("not in the catalogue").render(PT.get) == "not in the catalogue"


def test_a_translation_with_broken_fields_falls_back_to_the_keys_own_words():
    sentence = Sentence("Could not call {number} ({reason}).", number="+5511", reason="x")
    assert sentence.render(lambda key: "Não foi possível ligar para {numero}.") == "Could not call +5511 (x)."


CATALOGUE = Catalogue({"claim_conflict": ("{name} assumiu esta conversa primeiro.", "{name} claimed this conversation first."),
                       "closed": ("A conversa está encerrada.", "The conversation is closed.")})


@pytest.mark.parametrize(("language", "expected"), [
    ("pt-BR", "Bruno assumiu esta conversa primeiro."), (None, "Bruno assumiu esta conversa primeiro."),
    ("en", "Bruno claimed this conversation first."), ("en-US,en;q=0.9", "Bruno claimed this conversation first."),
    ("fr-FR", "Bruno assumiu esta conversa primeiro."),  # not English: the workspace's language, pt-BR
])
def test_the_catalogue_says_a_key_in_the_readers_language(language, expected):
    assert CATALOGUE.say("claim_conflict", language, name="Bruno") == expected
    assert CATALOGUE.render(Sentence("claim_conflict", name="Bruno"), language) == expected


def test_a_key_the_catalogue_lacks_is_a_programming_error():
    assert "closed" in CATALOGUE and "opened" not in CATALOGUE
    with pytest.raises(KeyError):
        CATALOGUE.say("opened", "en")


def test_fields_named_like_the_parameters_are_still_fields():
    catalogue = Catalogue({"template_unknown": ("O template \"{name}\" ({language}) não existe.",
                                                "The template \"{name}\" ({language}) does not exist.")})
    assert catalogue.say("template_unknown", "en", name="boas_vindas", language="pt_BR") == (
        "The template \"boas_vindas\" (pt_BR) does not exist.")


def test_english_is_asked_by_any_english_tag():
    assert is_english("en") and is_english(" EN-gb") and not is_english("pt-BR") and not is_english(None)
    assert in_language("en-US", "sim", "yes") == "yes" and in_language("", "sim", "yes") == "sim"


def test_errors_carry_their_sentence():
    sentence = Sentence("Could not {action} ({reason}).", action="dial", reason="busy")
    assert sentence_of(RuntimeError(sentence)) is sentence
    assert sentence_of(ValueError("plain")) == "plain" and sentence_of(ValueError()) == ""
