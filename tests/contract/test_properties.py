"""Contact properties typed by their definitions: what fits, and reading what an agent typed."""
import pytest

from rvops_contract.properties import NotAValue, check_value, from_text


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
