"""The chatbot (issue 18 #3): its configuration per channel, and the one rule that checks it
against Meta's limits for interactive messages, for server and client alike.

A channel's bot greets a new conversation, shows a menu and routes by the answer: each option
sends the conversation to a team (whose distribution method then applies) and may first ask for
a contact property (an e-mail…). Business hours, when set, make it say so out of hours (the
conversation still queues). After `after_invalid_answers` unrecognised answers, or
`after_minutes` without an answer, the conversation goes to the fallback team.

How the menu is shown follows the channel (`menu_style`): WhatsApp reply buttons up to 3
options, a list up to 10; Instagram quick replies; webchat buttons. `check_config` names the
first limit a configuration breaks, as a sentence (`ConfigProblem.message`).
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from rvops_contract.business_hours import DAYS, WeeklyHours, check_hours, is_open
from rvops_contract.sentences import is_english

# ---- Meta's limits for interactive messages (Cloud API and Instagram Messaging) ----------------
WHATSAPP_MAX_BUTTONS = 3
WHATSAPP_BUTTON_TITLE_LENGTH = 20
WHATSAPP_MAX_ROWS = 10
WHATSAPP_ROW_TITLE_LENGTH = 24
WHATSAPP_ROW_DESCRIPTION_LENGTH = 72
WHATSAPP_BODY_LENGTH = 1024
WHATSAPP_LIST_BUTTON_LENGTH = 20
INSTAGRAM_MAX_QUICK_REPLIES = 13
INSTAGRAM_QUICK_REPLY_TITLE_LENGTH = 20
WEBCHAT_MAX_BUTTONS = 13  # ours: as many as Instagram's quick replies
WEBCHAT_BUTTON_TITLE_LENGTH = 200  # ours: an option's title
OPTION_ID_LENGTH = 200  # Meta's reply id / payload limit is larger; ours keeps ids short
MAX_TEXT = 1024  # greeting, prompts and messages: WhatsApp's interactive body limit
MAX_INVALID_ANSWERS = 10
MAX_MINUTES = 24 * 60  # no longer than the 24-hour window
CAPTURABLE_CORE_FIELDS = ("email", "name")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class MenuStyle(StrEnum):
    BUTTONS = "button"  # WhatsApp reply buttons
    LIST = "list"  # WhatsApp list message
    QUICK_REPLIES = "quick_replies"  # Instagram
    WEBCHAT_BUTTONS = "webchat_buttons"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PropertyQuestion(_Strict):
    """Ask the customer for a contact property before routing: `email`, `name`, or the key of a
    custom property the workspace defines."""

    property: str = Field(min_length=1, max_length=64)
    prompt: str = Field(min_length=1, max_length=MAX_TEXT)


class MenuOption(_Strict):
    id: str = Field(min_length=1, max_length=OPTION_ID_LENGTH, pattern=r"^[A-Za-z0-9_.:-]+$")
    title: str = Field(min_length=1, max_length=WEBCHAT_BUTTON_TITLE_LENGTH)
    description: str | None = Field(default=None, max_length=200)
    team_id: str | None = None  # None: the workspace's queue (after the question, if any)
    ask: PropertyQuestion | None = None


class Menu(_Strict):
    prompt: str = Field(min_length=1, max_length=MAX_TEXT)
    list_button: str = Field(default="Ver opções", min_length=1, max_length=200)  # opens a WhatsApp list
    options: list[MenuOption] = Field(min_length=1, max_length=50)


class BusinessHours(WeeklyHours):
    """The bot's hours (rvops_contract/business_hours.py; `time_zone` None: the workspace's) and
    what it says out of them."""

    out_of_hours_message: str = Field(min_length=1, max_length=MAX_TEXT)


class Fallback(_Strict):
    team_id: str | None = None  # None: the workspace's queue
    after_invalid_answers: int = Field(default=3, ge=1, le=MAX_INVALID_ANSWERS)
    after_minutes: int = Field(default=10, ge=1, le=MAX_MINUTES)


class ChatbotConfig(_Strict):
    enabled: bool = True
    greeting: str = Field(min_length=1, max_length=MAX_TEXT)
    menu: Menu
    invalid_answer: str = Field(default="Não entendi. Escolha uma das opções.", min_length=1, max_length=MAX_TEXT)
    invalid_property: str = Field(default="Não parece válido; tente de novo.", min_length=1, max_length=MAX_TEXT)
    hours: BusinessHours | None = None
    fallback: Fallback = Field(default_factory=Fallback)


# ---- the rule ---------------------------------------------------------------------------------
SENTENCES: dict[str, tuple[str, str]] = {
    "too_many_options": ("O {channel} mostra no máximo {limit} opções; o menu tem {count}.",
                         "{channel} shows at most {limit} options; the menu has {count}."),
    "title_too_long": ("O título \"{title}\" passa de {limit} caracteres, o limite do {channel} para {what}.",
                       "The title \"{title}\" is longer than {limit} characters, {channel}'s limit for {what}."),
    "description_too_long": ("A descrição da opção \"{title}\" passa de {limit} caracteres.",
                             "The description of option \"{title}\" is longer than {limit} characters."),
    "list_button_too_long": ("O texto do botão da lista passa de {limit} caracteres.",
                             "The list button's text is longer than {limit} characters."),
    "duplicate_option": ("Duas opções têm o mesmo {what} \"{value}\"; cada opção precisa ser única.",
                         "Two options share the {what} \"{value}\"; each option must be unique."),
    "body_too_long": (("A saudação e a pergunta do menu juntas passam de {limit} caracteres, o limite de uma "
                      "mensagem interativa."),
                      ("The greeting and the menu's prompt together are longer than {limit} characters, the limit "
                      "of an interactive message.")),
    "bad_time_zone": ("O fuso horário \"{zone}\" não existe (use um nome como America/Sao_Paulo).",
                      "The time zone \"{zone}\" does not exist (use a name like America/Sao_Paulo)."),
    "bad_hours": ("O horário \"{start}–{end}\" de {day} não é válido: use HH:MM e início antes do fim.",
                  "The hours \"{start}–{end}\" on {day} are not valid: use HH:MM and a start before the end."),
    "hours_overlap": ("Os horários \"{other_start}–{other_end}\" e \"{start}–{end}\" de {day} se sobrepõem.",
                      "The hours \"{other_start}–{other_end}\" and \"{start}–{end}\" on {day} overlap."),
}
_WHAT = {"button": ("botões", "buttons"), "row": ("itens de lista", "list rows"),
         "quick_reply": ("respostas rápidas", "quick replies"), "title": ("título", "title"), "id": ("id", "id")}
_CHANNEL_NAMES = {"whatsapp": "WhatsApp", "instagram": "Instagram", "webchat": "Webchat"}


@dataclass(frozen=True)
class ConfigProblem:
    code: str
    field: str
    values: dict[str, str | int] = dataclasses.field(default_factory=dict)

    def message(self, lang: str = "pt-BR") -> str:
        pt, en = SENTENCES[self.code]
        english = is_english(lang)
        values = dict(self.values)
        if "what" in values and str(values["what"]) in _WHAT:
            values["what"] = _WHAT[str(values["what"])][1 if english else 0]
        return (en if english else pt).format(**values)


def menu_style(channel: str, option_count: int) -> MenuStyle:
    """Buttons vs list is chosen by the option count on WhatsApp; one style elsewhere."""
    if channel == "whatsapp":
        return MenuStyle.BUTTONS if option_count <= WHATSAPP_MAX_BUTTONS else MenuStyle.LIST
    if channel == "instagram":
        return MenuStyle.QUICK_REPLIES
    return MenuStyle.WEBCHAT_BUTTONS


def check_config(channel: str, config: ChatbotConfig) -> ConfigProblem | None:
    """None when `config` fits the channel's limits; else the first problem found."""
    options = config.menu.options
    name = _CHANNEL_NAMES.get(channel, channel)
    problem = _check_unique(options) or _check_hours(config.hours)
    if problem:
        return problem
    lead = max(len(config.greeting), len(config.invalid_answer))
    if lead + 2 + len(config.menu.prompt) > WHATSAPP_BODY_LENGTH:  # the menu's message: lead, blank line, prompt
        return ConfigProblem("body_too_long", "greeting", {"limit": WHATSAPP_BODY_LENGTH})
    style = menu_style(channel, len(options))
    limit, title_limit, what = {
        MenuStyle.BUTTONS: (WHATSAPP_MAX_BUTTONS, WHATSAPP_BUTTON_TITLE_LENGTH, "button"),
        MenuStyle.LIST: (WHATSAPP_MAX_ROWS, WHATSAPP_ROW_TITLE_LENGTH, "row"),
        MenuStyle.QUICK_REPLIES: (INSTAGRAM_MAX_QUICK_REPLIES, INSTAGRAM_QUICK_REPLY_TITLE_LENGTH, "quick_reply"),
        MenuStyle.WEBCHAT_BUTTONS: (WEBCHAT_MAX_BUTTONS, WEBCHAT_BUTTON_TITLE_LENGTH, "button"),
    }[style]
    if len(options) > limit:
        return ConfigProblem("too_many_options", "menu.options", {"channel": name, "limit": limit,
                                                                   "count": len(options)})
    for index, option in enumerate(options):
        if len(option.title) > title_limit:
            return ConfigProblem("title_too_long", f"menu.options.{index}.title",
                                 {"title": option.title, "limit": title_limit, "channel": name, "what": what})
        if (style is MenuStyle.LIST and option.description
                and len(option.description) > WHATSAPP_ROW_DESCRIPTION_LENGTH):
            return ConfigProblem("description_too_long", f"menu.options.{index}.description",
                                 {"title": option.title, "limit": WHATSAPP_ROW_DESCRIPTION_LENGTH})
    if style is MenuStyle.LIST and len(config.menu.list_button) > WHATSAPP_LIST_BUTTON_LENGTH:
        return ConfigProblem("list_button_too_long", "menu.list_button", {"limit": WHATSAPP_LIST_BUTTON_LENGTH})
    return None


def _check_unique(options: list[MenuOption]) -> ConfigProblem | None:
    for what, key in (("id", lambda o: o.id), ("title", lambda o: fold(o.title))):
        seen: set[str] = set()
        for index, option in enumerate(options):
            value = key(option)
            if value in seen:
                return ConfigProblem("duplicate_option", f"menu.options.{index}", {"what": what, "value": value})
            seen.add(value)
    return None


def _check_hours(hours: BusinessHours | None) -> ConfigProblem | None:
    problem = check_hours(hours)
    if problem is None:
        return None
    code = {"bad_time_zone": "bad_time_zone", "overlap": "hours_overlap"}.get(problem.code, "bad_hours")
    return ConfigProblem(code, f"hours.{problem.field}", dict(problem.values))


def fold(text: str) -> str:
    """Lower case, accents and surrounding punctuation dropped, inner spaces collapsed."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return " ".join(plain.casefold().strip(" .!?;:,)(-").split())


def match_option(options: list[MenuOption], answer: str, reply_id: str | None = None) -> MenuOption | None:
    """The option the customer chose: a tapped reply's id, or what they typed — the option's
    number (1, 2…) or its title, accents and case ignored."""
    if reply_id:
        for option in options:
            if option.id == reply_id:
                return option
    typed = fold(answer or "")
    if not typed:
        return None
    if typed.isdigit() and 1 <= int(typed) <= len(options):
        return options[int(typed) - 1]
    return next((o for o in options if fold(o.title) == typed), None)


def read_email(text: str) -> str | None:
    candidate = (text or "").strip()
    return candidate if EMAIL.match(candidate) and len(candidate) <= 320 else None


__all__ = ["DAYS", "BusinessHours", "ChatbotConfig", "ConfigProblem", "Fallback", "Menu", "MenuOption",
           "MenuStyle", "PropertyQuestion", "check_config", "fold", "is_open", "match_option", "menu_style",
           "read_email"]
