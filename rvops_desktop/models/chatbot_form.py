"""What the chatbot's settings page (issue 18 #3) sends: the form's values as a ChatbotConfig,
checked by the contract's one rule (Meta's limits, hours) before anything goes to the server, and
a sentence for the first problem. No Qt."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from rvops_contract.chatbot import DAYS, ChatbotConfig, check_config, fold, menu_style
from rvops_contract.sentences import is_english

WEEKDAYS = DAYS[:5]


@dataclass
class OptionRow:
    title: str
    team_id: str | None = None
    ask_property: str | None = None   # "email", "name" or a custom property's key
    ask_prompt: str = ""
    id: str = ""                      # kept when the option existed: a customer may still tap an old menu


@dataclass
class ChatbotForm:
    enabled: bool = True
    greeting: str = ""
    prompt: str = ""
    options: list[OptionRow] = field(default_factory=list)
    fallback_team_id: str | None = None
    after_invalid_answers: int = 3
    after_minutes: int = 10
    hours_on: bool = False
    weekday_hours: tuple[str, str] = ("08:00", "18:00")
    saturday_hours: tuple[str, str] | None = None
    out_of_hours_message: str = ""

    @classmethod
    def of(cls, config: dict[str, Any] | None) -> ChatbotForm:
        """The form for a configuration as the server keeps it (None: a new, empty bot)."""
        if not config:
            return cls(enabled=False)
        parsed = ChatbotConfig.model_validate(config)
        options = [OptionRow(o.title, o.team_id, o.ask.property if o.ask else None, o.ask.prompt if o.ask else "",
                             o.id) for o in parsed.menu.options]
        form = cls(parsed.enabled, parsed.greeting, parsed.menu.prompt, options, parsed.fallback.team_id,
                   parsed.fallback.after_invalid_answers, parsed.fallback.after_minutes)
        if parsed.hours is not None:
            form.hours_on = True
            form.out_of_hours_message = parsed.hours.out_of_hours_message
            monday = parsed.hours.days.get("mon") or []
            if monday:
                form.weekday_hours = tuple(monday[0])  # type: ignore[assignment]
            saturday = parsed.hours.days.get("sat") or []
            form.saturday_hours = tuple(saturday[0]) if saturday else None  # type: ignore[assignment]
        return form


def option_id(title: str, taken: set[str]) -> str:
    """A stable id for a new option, from its title (ASCII, short), unique in the menu."""
    base = re.sub(r"[^a-z0-9]+", "_", fold(title)).strip("_")[:40] or "opcao"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}_{n}", n + 1
    return candidate


def build(form: ChatbotForm, channel: str, lang: str = "pt-BR") -> tuple[dict[str, Any] | None, str]:
    """(the configuration to send, "") or (None, the first problem as a sentence)."""
    taken: set[str] = {row.id for row in form.options if row.id}
    options = []
    for row in form.options:
        oid = row.id or option_id(row.title, taken)
        taken.add(oid)
        option: dict[str, Any] = {"id": oid, "title": row.title.strip(), "team_id": row.team_id}
        if row.ask_property:
            option["ask"] = {"property": row.ask_property, "prompt": row.ask_prompt.strip()}
        options.append(option)
    raw: dict[str, Any] = {
        "enabled": form.enabled, "greeting": form.greeting.strip(),
        "menu": {"prompt": form.prompt.strip(), "options": options},
        "fallback": {"team_id": form.fallback_team_id, "after_invalid_answers": form.after_invalid_answers,
                     "after_minutes": form.after_minutes}}
    if form.hours_on:
        days: dict[str, list[list[str]]] = {day: [list(form.weekday_hours)] for day in WEEKDAYS}
        if form.saturday_hours:
            days["sat"] = [list(form.saturday_hours)]
        raw["hours"] = {"days": days, "out_of_hours_message": form.out_of_hours_message.strip()}
    try:
        config = ChatbotConfig.model_validate(raw)
    except ValidationError as exc:
        return None, _field_sentence(exc, lang)
    problem = check_config(channel, config)
    if problem is not None:
        return None, problem.message(lang)
    return config.model_dump(mode="json"), ""


_FIELDS = {"greeting": ("a saudação", "the greeting"), "prompt": ("a pergunta do menu", "the menu's question"),
           "options": ("as opções do menu", "the menu's options"), "title": ("o título de uma opção", "an option's title"),
           "out_of_hours_message": ("a mensagem fora do horário", "the out-of-hours message"),
           "ask": ("a pergunta de uma opção", "an option's question")}


def _field_sentence(exc: ValidationError, lang: str) -> str:
    english = is_english(lang)
    loc = [str(part) for part in exc.errors()[0].get("loc", ())]
    where = "ask" if "ask" in loc else next((part for part in reversed(loc) if part in _FIELDS), "")
    name = _FIELDS.get(where, ("um campo", "a field"))[1 if english else 0]
    return f"Fill in {name}." if english else f"Preencha {name}."


def how_shown(channel: str, count: int) -> str:
    """How the menu reaches the customer (menu_style's value: button, list, quick_replies, …)."""
    return str(menu_style(channel, count))
