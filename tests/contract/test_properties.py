"""Contact properties typed by their definitions: what fits, and reading what an agent typed."""
import pytest

from rvops_contract.properties import NotAValue, check_value, from_text, is_empty, missing_required


@pytest.mark.parametrize("kind, choices, value, why", [
    ("number", None, 9, None), ("number", None, 9.5, None), ("number", None, "9", "number"),
    ("number", None, True, "number"), ("bool", None, False, None), ("bool", None, "True", "yes/no"),
    ("date", None, "2023-04-01", None), ("date", None, "01/04/2023", "date"),
    ("choice", ["Pro", "Free"], "Pro", None), ("choice", ["Pro", "Free"], "Gold", "choice"),
    ("text", None, "x" * 2001, "text"), ("text", None, None, None),
])
def test_what_fits_a_definition(kind, choices, value, why):
    assert check_value(kind, choices, value) == why


@pytest.mark.parametrize("kind, typed, value", [
    ("number", "9", 9), ("number", "1.234,50", 1234.5), ("number", "2.5", 2.5), ("number", " ", None),
    ("bool", "Sim", True), ("bool", "não", False), ("bool", "true", True),
    ("date", "01/04/2023", "2023-04-01"), ("date", "2023-04-01", "2023-04-01"), ("text", " oi ", "oi"),
])
def test_reading_what_an_agent_typed(kind, typed, value):
    assert from_text(kind, typed) == value
    assert check_value(kind, None, value) is None


@pytest.mark.parametrize("kind, typed", [("number", "nove"), ("number", "nan"), ("bool", "talvez"),
                                         ("date", "31/02/2023"), ("date", "amanhã")])
def test_what_cannot_be_read_says_the_kind_expected(kind, typed):
    with pytest.raises(NotAValue) as refused:
        from_text(kind, typed)
    assert refused.value.why == {"number": "number", "bool": "yes/no", "date": "date"}[kind]


@pytest.mark.parametrize("value, empty", [(None, True), ("", True), ("  ", True), ("x", False), (0, False),
                                          (False, False), ("2026-03-01", False)])
def test_what_counts_as_empty(value, empty):
    assert is_empty(value) is empty


REQUIRED = ["cpf", "plano", "nps"]  # in the definitions' order


def test_a_new_contact_must_fill_every_required_property():
    assert missing_required(REQUIRED, {}) == REQUIRED
    assert missing_required(REQUIRED, {"plano": "Pro", "cpf": " ", "outro": None}) == ["cpf", "nps"]
    assert missing_required(REQUIRED, {"cpf": "1", "plano": "Pro", "nps": 0}) == []
    assert missing_required([], {}) == []


def test_an_edit_may_not_empty_a_required_property_but_needs_not_fill_one_it_leaves_alone():
    # a contact created before "cpf" became required: editing another field is fine
    assert missing_required(REQUIRED, {"cidade": "Recife"}, edit=True) == []
    assert missing_required(REQUIRED, {"plano": "Free"}, edit=True) == []
    # clearing one (or blanking it) is not
    assert missing_required(REQUIRED, {"plano": None, "cidade": ""}, edit=True) == ["plano"]
    assert missing_required(REQUIRED, {"nps": "", "cpf": None}, edit=True) == ["cpf", "nps"]
