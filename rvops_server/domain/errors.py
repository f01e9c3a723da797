"""A refusal: a machine-readable reason and a sentence for the person who asked."""
from __future__ import annotations

from rvops_contract.wire import Reason


class Refused(Exception):
    def __init__(self, reason: Reason, message: str, **details) -> None:
        super().__init__(message)
        self.reason = Reason(reason)
        self.message = message
        self.details = details
