"""pt-BR first with English; light and dark themes."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from rvops_desktop.ui import i18n, theme

pytestmark = pytest.mark.gui


def test_portuguese_is_the_default_and_english_the_second(qapp, monkeypatch):
    monkeypatch.delenv("RVOPS_LANG", raising=False)
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: i18n.QLocale("pt_BR")))
    try:
        assert i18n.install(qapp) == "pt_BR"
        assert QCoreApplication.translate("ViewsModel", "Mine") == "Minhas"
        assert QCoreApplication.translate("ConversationHeader", "Claim") == "Assumir"
        assert i18n.language() == "pt-BR"
        from rvops_desktop.ui.widgets.composer import Composer
        composer = Composer()
        assert composer.note_toggle.text() == "Nota oculta"
        assert i18n.QLocale().toCurrencyString(1234.5, "R$").replace("\xa0", " ") == "R$ 1.234,50"
        monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: i18n.QLocale("C")))
        assert i18n.install(qapp, "en") == "en"
        assert QCoreApplication.translate("ViewsModel", "Mine") == "Mine"
        assert i18n.QLocale().toCurrencyString(1234.5, "R$") == "R$1,234.50"  # numbers follow the words
        assert i18n.language() == "en"
    finally:
        i18n.install(qapp, "en")


def test_every_string_has_a_portuguese_translation():
    import xml.etree.ElementTree as ET

    from rvops_desktop.ui.resources import TRANSLATIONS
    tree = ET.parse(TRANSLATIONS / "rvops_pt_BR.ts")
    unfinished = [m.find("source").text for m in tree.iter("message")
                  if m.find("translation").get("type") == "unfinished" or not m.find("translation").text]
    assert unfinished == []


def test_dark_and_light_palettes(qapp):
    from PySide6.QtGui import QPalette
    watcher = theme.ThemeWatcher(forced="dark")
    assert theme.colors().dark and qapp.palette().color(QPalette.ColorRole.Base) == theme.DARK.surface
    watcher._forced = "light"
    watcher.apply()
    assert not theme.colors().dark and qapp.palette().color(QPalette.ColorRole.Base) == theme.LIGHT.surface


def test_none_survives_a_long_painting_session(qapp):
    """PySide6 6.12 on CPython 3.11 drops a None reference per void call; the UI package guards it."""
    import sys

    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter

    import rvops_desktop.ui  # noqa: F401  (applies the guard)
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(100_000):  # 300,000 void calls: more than None's natural reference count
        painter.fillRect(QRect(0, 0, 1, 1), 0)
        painter.save()
        painter.restore()
    painter.end()
    assert 0 < before - sys.getrefcount(None) <= 300_000 or sys.version_info >= (3, 12)


def test_the_softphones_sentences_reach_the_agent_in_portuguese(qapp, monkeypatch):
    """The voip layer has no Qt: its errors carry sentences the service translates before showing them."""
    from rvops_desktop.ui.sentences import say
    from rvops_desktop.ui.services.softphone import SoftphoneService
    from rvops_desktop.voip import Softphone, SoftphoneSettings, dial_target
    from rvops_desktop.voip.call import CallError
    from rvops_desktop.voip.numbers import NumberError
    from rvops_desktop.voip.sentences import Sentence

    phone = Softphone(SoftphoneSettings(registrar="pbx.example", user="ana"), null_audio=True)  # not started
    monkeypatch.setattr(phone, "call", lambda target, **_kwargs: dial_target(target, "pbx.example"))
    monkeypatch.setattr(SoftphoneService, "available", property(lambda self: True))  # as if registered
    service = SoftphoneService(phone)
    said = []
    service.callFailed.connect(said.append)
    try:
        i18n.install(qapp, "pt_BR")
        service.call("abc")
        assert said == ["“abc” não é um número de telefone nem um endereço SIP."]
        error = CallError(Sentence("Could not {action} ({reason}).", action=Sentence("put the call on hold"),
                                   reason="Request Timeout"))
        assert say(error.args[0]) == "Não foi possível colocar a ligação em espera (Request Timeout)."
        assert say(NumberError(Sentence("Type a number to call.")).args[0]) == "Digite um número para ligar."
        i18n.install(qapp, "en")
        service.call("abc")
        assert said[-1] == "“abc” is neither a phone number nor a SIP address."
    finally:
        service.close()
        i18n.install(qapp, "en")


def test_why_calls_are_off_reads_in_portuguese_wherever_it_is_said(qapp):
    """One sentence per reason (ui/services/calls_off.py) for the call buttons, the status bar and the
    softphone service: each is translated, and the service says the same words as the window."""
    from rvops_desktop.ui.services import calls_off
    from rvops_desktop.ui.services.softphone import SoftphoneService
    from rvops_desktop.voip import Softphone, SoftphoneSettings

    service = SoftphoneService(Softphone(SoftphoneSettings(registrar="pbx.example", user="ana"), null_audio=True))
    try:
        i18n.install(qapp, "pt_BR")
        assert calls_off.not_started() == "O softphone não está iniciado."
        assert calls_off.turned_off().startswith("O softphone está desligado nas configurações")
        assert calls_off.no_account().startswith("Nenhuma conta SIP configurada")
        assert calls_off.engine_missing().startswith("As ligações estão desativadas")
        assert service.unavailable_reason in (calls_off.not_started(), calls_off.engine_missing())
        i18n.install(qapp, "en")
        assert service.unavailable_reason in ("The softphone is not started.", calls_off.engine_missing())
    finally:
        service.close()
        i18n.install(qapp, "en")
