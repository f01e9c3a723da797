"""A refusal: a machine-readable reason and a sentence for the person who asked."""
from __future__ import annotations

from typing import Any

from rvops_contract.wire import Reason


class Refused(Exception):
    def __init__(self, reason: Reason, message: str, **details: Any) -> None:
        super().__init__(message)
        self.reason = Reason(reason)
        self.message = message
        self.details = details
