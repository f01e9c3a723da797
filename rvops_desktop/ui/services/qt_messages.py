"""Qt's own messages go to the app's log, not straight to the terminal.

Qt writes its warnings to stderr by itself, unformatted and outside the log file: at start-up
Qt Multimedia said "Couldn't load pipewire-0.3 library" twice (it probes PipeWire, then uses
PulseAudio) and "Using Qt multimedia with FFmpeg version …". Routed here, each message is a log
record named after its Qt category ("qt.multimedia.ffmpeg"; "qt" for the default one), so it
lands in the log file with a time and a level like the rest, secrets redacted:

- warnings stay warnings, critical messages are errors, fatal ones critical;
- Qt's debug and info messages are library chatter: DEBUG;
- a category whose warnings only say Qt fell back to another backend (`QUIET_CATEGORIES`): DEBUG.
"""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

QUIET_CATEGORIES = frozenset({
    "qt.multimedia.symbolsresolver",  # an optional backend library (PipeWire) not found: another is used
})

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.DEBUG,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def level_of(kind: QtMsgType, category: str) -> int:
    """The log level a Qt message of this type and category is written at."""
    level = _LEVELS.get(kind, logging.WARNING)
    if category in QUIET_CATEGORIES and level < logging.ERROR:
        return logging.DEBUG
    return level


def logger_of(category: str) -> logging.Logger:
    return logging.getLogger("qt" if not category or category == "default" else category)


def write(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """The message handler: called by Qt on whichever thread spoke (logging is thread-safe)."""
    try:
        category = context.category or "default"
        logger_of(category).log(level_of(kind, category), "%s", message)
        if kind == QtMsgType.QtFatalMsg:  # Qt aborts when this returns: the record must be on disk
            logging.shutdown()
    except Exception:  # noqa: BLE001 - raising into Qt would lose the message: write it as Qt would have
        sys.stderr.write(f"{message}\n")


def route_to_log() -> None:
    """From now on Qt's messages are log records (call before the QApplication is made)."""
    qInstallMessageHandler(write)
