"""The chatbot's one rule: Meta's interactive limits per channel, the menu's style, the typed
answer read as an option, business hours in the workspace's zone."""
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from rvops_contract.chatbot import (
    BusinessHours,
    ChatbotConfig,
    MenuStyle,
    check_config,
    fold,
    is_open,
    match_option,
    menu_style,
    read_email,
)
from rvops_contract.wire import SetChatbotArgs


def config(*titles: str, **extra) -> ChatbotConfig:
    options = [{"id": f"o{i}", "title": title, "team_id": "t_vendas"} for i, title in enumerate(titles, 1)]
    return ChatbotConfig.model_validate({"greeting": "Olá!", "menu": {"prompt": "Escolha:", "options": options},
                                         **extra})


def test_whatsapp_uses_buttons_up_to_three_options_then_a_list():
    assert menu_style("whatsapp", 1) is MenuStyle.BUTTONS
    assert menu_style("whatsapp", 3) is MenuStyle.BUTTONS
    assert menu_style("whatsapp", 4) is MenuStyle.LIST
    assert menu_style("instagram", 4) is MenuStyle.QUICK_REPLIES
    assert menu_style("webchat", 4) is MenuStyle.WEBCHAT_BUTTONS


def test_whatsapp_list_holds_at_most_ten_rows():
    assert check_config("whatsapp", config(*[f"Opção {i}" for i in range(10)])) is None
    problem = check_config("whatsapp", config(*[f"Opção {i}" for i in range(11)]))
    assert problem is not None and problem.code == "too_many_options"
    assert problem.message() == "O WhatsApp mostra no máximo 10 opções; o menu tem 11."
    assert problem.message("en") == "WhatsApp shows at most 10 options; the menu has 11."


def test_button_titles_are_at_most_20_characters_and_row_titles_24():
    assert check_config("whatsapp", config("Vendas", "x" * 20)) is None
    problem = check_config("whatsapp", config("Vendas", "x" * 21))
    assert problem is not None and problem.code == "title_too_long" and problem.field == "menu.options.1.title"
    assert "20 caracteres" in problem.message() and "botões" in problem.message()
    four = ["a", "b", "c", "y" * 24]
    assert check_config("whatsapp", config(*four)) is None  # a list: rows take 24
    problem = check_config("whatsapp", config(*four[:3], "y" * 25))
    assert problem is not None and "24" in problem.message("en") and "list rows" in problem.message("en")


def test_instagram_quick_replies_at_most_13_of_20_characters():
    assert check_config("instagram", config(*[f"Op {i}" for i in range(13)])) is None
    assert check_config("instagram", config(*[f"Op {i}" for i in range(14)])).code == "too_many_options"
    problem = check_config("instagram", config("z" * 21))
    assert problem.code == "title_too_long" and "respostas rápidas" in problem.message()


def test_options_are_unique_by_id_and_by_title_ignoring_accents():
    problem = check_config("webchat", config("Cobrança", "cobranca"))
    assert problem.code == "duplicate_option" and "cobranca" in problem.message()


def test_hours_must_be_valid_times_in_a_real_zone():
    bad_zone = config("A", hours={"time_zone": "Mars/Olympus", "out_of_hours_message": "Fechado"})
    assert check_config("whatsapp", bad_zone).code == "bad_time_zone"
    bad_span = config("A", hours={"days": {"mon": [["18:00", "08:00"]]}, "out_of_hours_message": "Fechado"})
    assert check_config("whatsapp", bad_span).code == "bad_hours"
    overlapping = config("A", hours={"days": {"tue": [["08:00", "12:00"], ["11:00", "18:00"]]},
                                     "out_of_hours_message": "Fechado"})
    problem = check_config("whatsapp", overlapping)   # the rule of rvops_contract/business_hours.py
    assert (problem.code, problem.field) == ("hours_overlap", "hours.days.tue")
    assert problem.message("en") == 'The hours "08:00–12:00" and "11:00–18:00" on tue overlap.'
    with pytest.raises(ValidationError):
        config("A", hours={"days": {"someday": [["08:00", "18:00"]]}, "out_of_hours_message": "Fechado"})


def test_business_hours_are_read_in_the_workspace_time_zone():
    hours = BusinessHours(days={"mon": [("08:00", "18:00")]}, out_of_hours_message="Fechado")
    monday_noon_sp = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)  # 12:00 in São Paulo
    monday_night_sp = datetime(2026, 1, 5, 22, 0, tzinfo=UTC)  # 19:00 in São Paulo
    assert is_open(hours, monday_noon_sp) and not is_open(hours, monday_night_sp)
    assert is_open(hours, monday_night_sp, "Asia/Tokyo") is False  # Tuesday morning in Tokyo: closed
    assert is_open(None, monday_night_sp)


def test_typed_answers_match_by_number_or_title_without_accents():
    options = config("Cobrança", "Suporte técnico").menu.options
    assert match_option(options, "1") is options[0]
    assert match_option(options, " cobranca! ") is options[0]
    assert match_option(options, "SUPORTE TECNICO") is options[1]
    assert match_option(options, "", reply_id="o2") is options[1]
    assert match_option(options, "3") is None and match_option(options, "talvez") is None
    assert fold("  Olá,  Mundo ") == "ola, mundo"


def test_email_answers():
    assert read_email(" rita@example.com ") == "rita@example.com"
    assert read_email("rita at example") is None


def test_the_mutation_carries_a_channel_and_a_whole_config():
    args = SetChatbotArgs.model_validate({"channel": "whatsapp", "config": config("A").model_dump()})
    assert args.config.menu.options[0].team_id == "t_vendas"
    with pytest.raises(ValidationError):
        SetChatbotArgs.model_validate({"channel": "telegram", "config": config("A").model_dump()})


def test_greeting_and_prompt_share_one_interactive_body():
    long = config("A")
    long.greeting = "x" * 1020
    problem = check_config("whatsapp", long)
    assert problem is not None and problem.code == "body_too_long" and "1024" in problem.message()
