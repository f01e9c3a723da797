"""The chatbot's settings form (models/chatbot_form.py): the form becomes the configuration the
server takes, checked first by the contract's rule, with the first problem as a sentence."""
from __future__ import annotations

from rvops_desktop.models.chatbot_form import ChatbotForm, OptionRow, build, option_id


def _form(*titles: str, **more) -> ChatbotForm:
    return ChatbotForm(greeting="Olá! Sou o assistente da Rvops.", prompt="Com o que podemos ajudar?",
                       options=[OptionRow(t, "t_vendas") for t in titles], **more)


def test_a_form_becomes_the_configuration_with_stable_ids_hours_and_a_question():
    form = _form("Comprar", "Suporte técnico", hours_on=True, saturday_hours=("09:00", "13:00"),
                 out_of_hours_message="Voltamos às 8h.")
    form.options[1].ask_property, form.options[1].ask_prompt = "email", "Qual é o seu e-mail?"
    config, problem = build(form, "whatsapp")
    assert problem == ""
    assert [o["id"] for o in config["menu"]["options"]] == ["comprar", "suporte_tecnico"]
    assert config["menu"]["options"][1]["ask"] == {"property": "email", "prompt": "Qual é o seu e-mail?"}
    assert config["hours"]["days"]["mon"] == [["08:00", "18:00"]] and config["hours"]["days"]["sat"] == [["09:00", "13:00"]]
    assert "sun" not in config["hours"]["days"]
    again = ChatbotForm.of(config)   # read back as the server keeps it
    assert [o.id for o in again.options] == ["comprar", "suporte_tecnico"] and again.saturday_hours == ("09:00", "13:00")
    assert build(again, "whatsapp")[0] == config


def test_metas_limits_and_missing_fields_are_said_before_sending():
    config, problem = build(_form(*(f"Opção {n}" for n in range(1, 12))), "whatsapp")
    assert config is None and "no máximo 10 opções" in problem          # a WhatsApp list holds 10 rows
    config, problem = build(_form("Um título longo demais para um botão"), "whatsapp", lang="en")
    assert config is None and "20 characters" in problem
    _, problem = build(ChatbotForm(prompt="?", options=[OptionRow("A")]), "webchat")
    assert problem == "Preencha a saudação."
    form = _form("Comprar")
    form.options[0].ask_property = "email"          # a question with no wording
    assert build(form, "webchat", lang="en")[1] == "Fill in an option's question."


def test_new_option_ids_never_collide():
    assert option_id("Suporte", {"suporte"}) == "suporte_2" and option_id("¿?", set()) == "opcao"
