"""A link clicked on macOS reaches the running app as a QFileOpenEvent: it dials like an argument."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent

from rvops_desktop.ui.services.url_open import UrlOpenFilter

pytestmark = pytest.mark.gui


def test_a_file_open_event_with_a_link_is_handed_over_and_a_plain_file_is_not(qapp):
    handed = []
    opened = UrlOpenFilter(handed.extend)
    qapp.installEventFilter(opened)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(QUrl("tel:+5511987654321")))
        assert handed == ["tel:+5511987654321"]
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(QUrl("sip:bob@pbx.example")))
        assert handed == ["tel:+5511987654321", "sip:bob@pbx.example"]
        assert opened.eventFilter(qapp, QFileOpenEvent("/tmp/report.pdf")) is False  # a file: not ours
        assert len(handed) == 2
    finally:
        qapp.removeEventFilter(opened)
