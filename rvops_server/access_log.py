"""Credentials never reach the logs: query-string tokens are redacted from uvicorn's log lines.

Agents' streams take their bearer token in the `Authorization` header (the desktop client sends it
there), but older clients put it in the URL (`?token=`), as do webchat visitors' browsers (a browser
WebSocket cannot set headers) and signed media links (`?sig=`). Uvicorn logs each request's path
with its query string — HTTP requests on `uvicorn.access`, accepted WebSockets on `uvicorn.error` —
so a filter on both loggers rewrites those values to `[redacted]` before any handler sees them.
"""
from __future__ import annotations

import logging
import re

SECRET_PARAMETERS = ("token", "access_token", "sig")
LOGGERS = ("uvicorn.access", "uvicorn.error")
_SECRET_VALUE = re.compile(r"([?&](?:" + "|".join(SECRET_PARAMETERS) + r")=)[^&\s\"']*", re.IGNORECASE)
REDACTED = "[redacted]"


def redact(text: str) -> str:
    return _SECRET_VALUE.sub(r"\1" + REDACTED, text) if "=" in text else text


class RedactQueryTokens(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and record.args:
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True


def install() -> None:
    """Attach the filter to uvicorn's loggers (once; it survives uvicorn's own logging set-up)."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactQueryTokens) for f in logger.filters):
            logger.addFilter(RedactQueryTokens())
