"""The inbox row's time says the day the way the thread's separators do: the time today,
"Yesterday" for yesterday (it said "05/12" over a thread headed "Ontem"), else day and month."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication

from rvops_desktop.ui import i18n
from rvops_desktop.ui.delegates.conversation_delegate import short_time
from rvops_desktop.ui.delegates.message_content import day_label
from rvops_desktop.ui.local_time import clock_time, day_and_month, local

pytestmark = pytest.mark.gui


def test_today_yesterday_and_before(qapp):
    now = local("2026-12-06T15:00:00+00:00").replace(hour=12, minute=0)  # local noon: far from either midnight
    this_morning, yesterday, before = now.replace(hour=9, minute=5), now - timedelta(days=1), now - timedelta(days=2)
    assert short_time(this_morning.isoformat(), now) == clock_time(this_morning)
    assert short_time(yesterday.isoformat(), now) == "Yesterday" == day_label(yesterday.date(), now.date())
    assert short_time(before.isoformat(), now) == day_and_month(before)
    assert short_time(None, now) == ""


def test_in_portuguese_yesterday_is_ontem(qapp):
    now = local("2026-12-06T15:00:00+00:00").replace(hour=12, minute=0)
    try:
        i18n.install(qapp, "pt_BR")
        assert short_time((now - timedelta(days=1)).isoformat(), now) == "Ontem"
        assert QCoreApplication.translate("MessageContent", "Yesterday") == "Ontem"  # the thread's separator
    finally:
        i18n.install(qapp, "en")
