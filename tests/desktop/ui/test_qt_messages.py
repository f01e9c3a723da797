"""Qt's own messages become log records (named after their category), not bare stderr lines."""
from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QLoggingCategory, QtMsgType, qCWarning, qInstallMessageHandler, qWarning

from rvops_desktop.ui.services import qt_messages


@pytest.fixture
def routed():
    """Our handler in place for the test; whatever was there (pytest-qt's capture) put back."""
    previous = qInstallMessageHandler(qt_messages.write)
    yield
    qInstallMessageHandler(previous)


def test_a_qt_warning_is_a_warning_record_of_the_qt_logger(routed, caplog):
    caplog.set_level(logging.DEBUG)
    qWarning("PulseAudioService: pa_context_connect() failed")
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        ("qt", logging.WARNING, "PulseAudioService: pa_context_connect() failed")]


def test_a_categorised_warning_is_logged_under_its_category(routed, caplog):
    caplog.set_level(logging.DEBUG)
    category = QLoggingCategory("rvops.test.camera")
    qCWarning(category, "no camera found")
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        ("rvops.test.camera", logging.WARNING, "no camera found")]


def test_qt_multimedia_probing_for_pipewire_is_debug_chatter_and_errors_stay_errors():
    quiet = "qt.multimedia.symbolsresolver"  # "Couldn't load pipewire-0.3 library": PulseAudio is used
    assert qt_messages.level_of(QtMsgType.QtWarningMsg, quiet) == logging.DEBUG
    assert qt_messages.level_of(QtMsgType.QtCriticalMsg, quiet) == logging.ERROR
    assert qt_messages.level_of(QtMsgType.QtInfoMsg, "qt.multimedia.ffmpeg") == logging.DEBUG
    assert qt_messages.level_of(QtMsgType.QtWarningMsg, "qt.qpa.xcb") == logging.WARNING
    assert qt_messages.level_of(QtMsgType.QtCriticalMsg, "default") == logging.ERROR
    assert qt_messages.level_of(QtMsgType.QtFatalMsg, "default") == logging.CRITICAL
