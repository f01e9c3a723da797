"""Template text, one rule for server and client: the values a send takes (the header's, the body's
`{{n}}`, a link button's URL ending — each part numbered on its own, as Meta does), counted,
checked and filled alike."""
from rvops_contract.templates import Slot, check_variables, placeholder_count, render, variable_slots

COMPONENTS = [{"type": "HEADER", "format": "TEXT", "text": "Pedido {{1}}"},
              {"type": "BODY", "text": "Olá {{ 2 }}, seu pedido {{1}} saiu."},
              {"type": "FOOTER", "text": "Rvops"},
              {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Ok"},
                                              {"type": "URL", "text": "Rastrear", "url": "https://r.example/{{1}}"},
                                              {"type": "URL", "text": "Loja", "url": "https://loja.example"}]}]


def test_the_slots_are_the_header_s_then_the_body_s_then_each_dynamic_link_s():
    assert variable_slots(COMPONENTS) == [Slot("header", 1), Slot("body", 1), Slot("body", 2),
                                          Slot("button", button=1)]
    assert placeholder_count(COMPONENTS) == 4 and placeholder_count([]) == 0 and placeholder_count(None) == 0


def test_a_media_header_takes_the_file_s_link():
    image = [{"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1h"]}},
             {"type": "BODY", "text": "Oi {{1}}"}]
    assert variable_slots(image) == [Slot("header", media="IMAGE"), Slot("body", 1)]
    assert check_variables(image, ["https://cdn.example/promo.jpg", "Rita"]) is None
    assert check_variables(image, ["promo.jpg", "Rita"]) == "media_link"
    assert check_variables(image, ["https://cdn.example/promo.jpg"]) == "count"
    assert check_variables(image, ["https://cdn.example/promo.jpg", " "]) == "count"
    assert render(image, ["https://cdn.example/promo.jpg", "Rita"]) == "Oi Rita"


def test_a_template_without_variables_takes_none_whatever_its_buttons():
    plain = [{"type": "HEADER", "format": "TEXT", "text": "Aviso"}, {"type": "BODY", "text": "Tudo certo."},
             {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Site", "url": "https://x.example"},
                                             {"type": "PHONE_NUMBER", "text": "Ligar", "phone_number": "+5511987654321"}]}]
    assert variable_slots(plain) == [] and check_variables(plain, []) is None


def test_fills_each_part_s_variables_and_marks_what_is_missing_only_when_asked():
    assert render(COMPONENTS, ["123", "Rita", "ABC", "ABC"]) == "Pedido 123\nOlá ABC, seu pedido Rita saiu.\nRvops"
    assert render(COMPONENTS, ["123", "Rita"]) == "Pedido 123\nOlá {{ 2 }}, seu pedido Rita saiu.\nRvops"
    assert render(COMPONENTS, ["", "Rita", ""], missing="[{n}]") == "Pedido [1]\nOlá [2], seu pedido Rita saiu.\nRvops"
