"""Issue 15 #10: dates and times in the agent's time zone and language; the history's calls in words."""
from __future__ import annotations

import time
from types import SimpleNamespace

import pytest

from rvops_desktop.ui import i18n
from rvops_desktop.ui.local_time import clock_time, day_and_month, short_date

pytestmark = pytest.mark.gui

AT = "2026-12-03T01:25:00+00:00"  # 22:25 of 2 December in São Paulo


@pytest.fixture
def sao_paulo(monkeypatch):
    monkeypatch.setenv("TZ", "America/Sao_Paulo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def language(qapp):
    def install(lang: str) -> None:
        i18n.install(qapp, lang)
    yield install
    i18n.install(qapp, "en")


def test_dates_are_local_and_in_the_languages_order(sao_paulo, language):
    language("pt_BR")
    assert (short_date(AT), day_and_month(AT), clock_time(AT)) == ("02/12/2026", "02/12", "22:25")
    language("en")
    assert (short_date(AT), day_and_month(AT), clock_time(AT)) == ("12/2/2026", "12/2", "22:25")


def test_the_history_says_a_call_in_words(sao_paulo, language):
    from rvops_desktop.ui.dialogs.history import call_line
    call = SimpleNamespace(started_at=AT, direction="inbound", outcome="missed", duration_seconds=0)
    language("pt_BR")
    assert call_line(call) == "02/12/2026 22:25  ·  Recebida, perdida  ·  0:00"
    language("en")
    answered = SimpleNamespace(started_at=AT, direction="outbound", outcome="answered", duration_seconds=95)
    assert call_line(answered) == "12/2/2026 22:25  ·  Outgoing, answered  ·  1:35"
