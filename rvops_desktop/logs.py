"""The app's log: stderr and a rotating file in the platform's log folder, secrets redacted.

    path = logs.configure("info")       # ~/.local/state/rvops-desktop/log/rvops-desktop.log on Linux
    logs.folder()                       # what Help ▸ Open log folder opens

Nothing secret reaches a handler: a filter on every handler masks bearer tokens, `token=` and
`password=` values and JSON `"token"`/`"password"` fields, whatever logged them.
"""
from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

APP = "rvops-desktop"
FILE_NAME = f"{APP}.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MASK = "«redacted»"

_SECRETS = (
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+"),
    re.compile(r"(?i)((?:access_|refresh_|visitor_)?token=|password=|passwd=|secret=)[^&\s'\"]+"),
    re.compile(r"(?i)((?:\"|')(?:access_|refresh_|visitor_)?(?:token|password|secret)(?:\"|')\s*:\s*(?:\"|'))[^\"']*"),
)


def redact(text: str) -> str:
    """The text with every secret we know the shape of masked."""
    for pattern in _SECRETS:
        text = pattern.sub(lambda m: m.group(1) + MASK, text)
    return text


class RedactingFilter(logging.Filter):
    """Formats the record's message once and masks its secrets (the args are dropped)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:  # tracebacks can quote a URL with a token
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def folder() -> Path:
    """The platform's log folder for the app (RVOPS_LOG_DIR overrides it)."""
    override = os.environ.get("RVOPS_LOG_DIR")
    if override:
        return Path(override)
    import platformdirs
    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def configure(level: str = "info", *, to_file: bool = True) -> Path | None:
    """Log to stderr and, unless told not to, to a rotating file; returns the file's path."""
    root = logging.getLogger()
    root.setLevel(level.upper())
    for handler in list(root.handlers):
        if getattr(handler, "_rvops", False):
            root.removeHandler(handler)
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    path = None
    if to_file:
        try:
            directory = folder()
            directory.mkdir(parents=True, exist_ok=True)
            path = directory / FILE_NAME
            handlers.append(logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                                 encoding="utf-8"))
        except OSError as exc:  # a read-only home: stderr only, and say so there
            logging.getLogger(__name__).warning("no log file (%s)", exc)
            path = None
    for handler in handlers:
        handler._rvops = True
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    return path
