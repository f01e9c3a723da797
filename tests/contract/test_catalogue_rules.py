"""The catalogue's rules (issue 16): a property definition's key, type and options; a catalogue
label's name and colour; a new WhatsApp template's shape as Meta reviews it."""
import pytest

from rvops_contract.labels import LabelRefusal, check_catalogue_label, normalise_colour, normalise_label
from rvops_contract.permissions import ROLE_PERMISSIONS, Permission
from rvops_contract.properties import DefinitionRefusal, check_definition, normalise_options
from rvops_contract.templates import TemplateRefusal, check_new_template


@pytest.mark.parametrize("key, kind, options, why", [
    ("plano", "text", [], None),
    ("nivel_2", "choice", ["Ouro", "Prata"], None),
    ("Plano", "text", [], DefinitionRefusal.BAD_KEY),
    ("2plano", "text", [], DefinitionRefusal.BAD_KEY),
    ("meu plano", "text", [], DefinitionRefusal.BAD_KEY),
    ("x" * 65, "text", [], DefinitionRefusal.BAD_KEY),
    ("email", "text", [], DefinitionRefusal.RESERVED_KEY),
    ("plano", "money", [], DefinitionRefusal.UNKNOWN_TYPE),
    ("plano", "choice", [], DefinitionRefusal.OPTIONS_MISSING),
    ("plano", "choice", ["Ouro", "ouro"], DefinitionRefusal.OPTIONS_REPEATED),
    ("plano", "choice", ["Ouro", ""], DefinitionRefusal.BAD_OPTION),
    ("plano", "choice", [f"o{i}" for i in range(51)], DefinitionRefusal.BAD_OPTION),
    ("plano", "bool", ["sim"], DefinitionRefusal.OPTIONS_NOT_ALLOWED),
])
def test_a_definition_is_checked_by_one_rule(key, kind, options, why):
    assert check_definition(key, kind, options) is why


def test_options_are_trimmed_and_keep_their_order():
    assert normalise_options(["  Ouro ", "Prata  Fina"]) == ["Ouro", "Prata Fina"]


def test_a_catalogue_label_has_the_conversation_rule_and_a_colour():
    assert normalise_label("  Cliente   VIP ") == "cliente vip"
    assert normalise_colour(" #1e88e5 ") == "#1E88E5"
    assert check_catalogue_label("vip", "#1E88E5") is None
    assert check_catalogue_label("", "#1E88E5") is LabelRefusal.EMPTY
    assert check_catalogue_label("x" * 31, "#1E88E5") is LabelRefusal.TOO_LONG
    assert check_catalogue_label("vip", "blue") is LabelRefusal.BAD_COLOUR
    assert check_catalogue_label("vip", "#12345") is LabelRefusal.BAD_COLOUR


def test_admins_and_supervisors_manage_the_catalogue_agents_do_not():
    for permission in (Permission.MANAGE_PROPERTIES, Permission.MANAGE_LABELS, Permission.MANAGE_TEMPLATES):
        assert permission in ROLE_PERMISSIONS["admin"] and permission in ROLE_PERMISSIONS["supervisor"]
        assert permission not in ROLE_PERMISSIONS["agent"]


BODY = {"type": "BODY", "text": "Olá {{1}}, seu boleto vence em {{2}}.", "example": {"body_text": [["Maria", "10/03"]]}}


@pytest.mark.parametrize("name, language, category, components, why", [
    ("aviso_boleto", "pt_BR", "UTILITY", [BODY], None),
    ("aviso", "en", "MARKETING", [{"type": "BODY", "text": "Hello"}], None),
    ("Aviso-Boleto", "pt_BR", "UTILITY", [BODY], TemplateRefusal.BAD_NAME),
    ("aviso", "portuguese", "UTILITY", [BODY], TemplateRefusal.BAD_LANGUAGE),
    ("aviso", "pt_BR", "SERVICE", [BODY], TemplateRefusal.BAD_CATEGORY),
    ("aviso", "pt_BR", "UTILITY", [{"type": "FOOTER", "text": "x"}], TemplateRefusal.NO_BODY),
    ("aviso", "pt_BR", "UTILITY", [BODY, BODY], TemplateRefusal.BAD_COMPONENT),
    ("aviso", "pt_BR", "UTILITY", [{"type": "BODY", "text": "Oi {{2}}", "example": {"body_text": [["a", "b"]]}}],
     TemplateRefusal.PLACEHOLDERS_OUT_OF_ORDER),
    ("aviso", "pt_BR", "UTILITY", [{"type": "BODY", "text": "Oi {{1}}"}], TemplateRefusal.EXAMPLE_MISSING),
    ("aviso", "pt_BR", "UTILITY", [{"type": "HEADER", "format": "TEXT", "text": "Pedido {{1}}"}, BODY],
     TemplateRefusal.EXAMPLE_MISSING),
])
def test_a_new_template_is_checked_as_meta_reviews_it(name, language, category, components, why):
    assert check_new_template(name, language, category, components) is why
