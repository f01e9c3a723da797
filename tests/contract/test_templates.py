"""Template text, one rule for server and client: placeholders counted and filled alike."""
from rvops_contract.templates import placeholder_count, render

COMPONENTS = [{"type": "HEADER", "text": "Pedido {{1}}"}, {"type": "BODY", "text": "Olá {{ 2 }}, seu pedido {{1}} saiu."},
              {"type": "BUTTONS"}]


def test_counts_the_highest_placeholder_spaces_allowed():
    assert placeholder_count(COMPONENTS) == 2 and placeholder_count([]) == 0 and placeholder_count(None) == 0


def test_fills_variables_and_marks_what_is_missing_only_when_asked():
    assert render(COMPONENTS, ["123", "Rita"]) == "Pedido 123\nOlá Rita, seu pedido 123 saiu."
    assert render(COMPONENTS, ["123"]) == "Pedido 123\nOlá {{ 2 }}, seu pedido 123 saiu."
    assert render(COMPONENTS, ["123", ""], missing="[{n}]") == "Pedido 123\nOlá [2], seu pedido 123 saiu."
