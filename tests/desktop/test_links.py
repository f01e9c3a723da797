"""tel:, callto: and sip: links handed to the app by the desktop."""
import pytest

from rvops_desktop.links import dial_request


@pytest.mark.parametrize(("argument", "target"), [
    ("tel:+5511987654321", "+5511987654321"),
    ("tel:+55-11-98765-4321", "+5511987654321"),
    ("TEL:+55 (11) 98765.4321", "+5511987654321"),
    ("tel:%2B5511987654321", "+5511987654321"),
    ("tel:+5511987654321;ext=12", "+5511987654321"),
    ("callto://+5511987654321", "+5511987654321"),
    ("callto:201", "201"),
    ("sip:ramal.201@pbx.example", "sip:ramal.201@pbx.example"),
    ("sips:bob@pbx.example;transport=tls", "sips:bob@pbx.example;transport=tls"),
])
def test_links_become_what_the_softphone_dials(argument, target):
    assert dial_request(argument) == target


@pytest.mark.parametrize("argument", ["--demo", "+5511987654321", "mailto:ana@x", "tel:", "https://x/tel:1", "sip:"])
def test_anything_else_is_not_a_dial_request(argument):
    assert dial_request(argument) is None
