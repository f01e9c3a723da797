"""The call log record produced when a call ends (later pushed as a `log_call` mutation)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from rvops_contract.wire import Direction

if TYPE_CHECKING:
    from rvops_contract.wire import LogCallArgs


class CallOutcome(StrEnum):
    ANSWERED = "answered"   # the call was connected (either side hung up later)
    MISSED = "missed"       # incoming: the caller gave up before we answered
    REJECTED = "rejected"   # incoming: we declined; outgoing: the far end declined/busy
    FAILED = "failed"       # anything else; `reason` says why (SIP code and phrase)


# Final responses to our INVITE that mean "the person declined", not "it broke".
DECLINE_CODES = frozenset({486, 600, 603})


@dataclass(frozen=True)
class CallRecord:
    id: str
    direction: Direction
    number: str
    remote_uri: str
    contact_id: str | None
    contact_name: str | None
    started_at: datetime            # timezone-aware, when it started ringing/dialling
    duration_seconds: float         # connected time, 0 if never answered
    outcome: CallOutcome
    reason: str | None = None       # e.g. "486 Busy Here", "transferred to +55..."
    conversation_id: str | None = None
    recording_path: str | None = None

    def to_log_call_args(self) -> LogCallArgs:
        from rvops_contract.wire import LogCallArgs  # the argument models load on first use
        return LogCallArgs(
            id=self.id,
            contact_id=self.contact_id,
            conversation_id=self.conversation_id,
            direction=self.direction,
            number=self.number,
            started_at=self.started_at.isoformat(),
            duration_seconds=round(self.duration_seconds, 3),
            outcome=self.outcome.value,
            reason=self.reason,
        )
