"""`CallSnapshot`: what a call looks like at one moment, for widgets.

Widgets never hold the live `CallSession` (its pjsua2 objects belong to the softphone's
thread and are released when the call ends); they get a frozen copy and act on the call
by its `id` through the UI's softphone service.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rvops_contract.wire import Direction

if TYPE_CHECKING:
    from .call import CallState


@dataclass(frozen=True)
class CallSnapshot:
    id: str
    direction: Direction
    number: str
    state: CallState
    contact_id: str | None = None
    contact_name: str | None = None
    conversation_id: str | None = None
    muted: bool = False
    on_hold: bool = False
    remote_ringing: bool = False     # outgoing: the far end sent 180/183
    sending_audio: bool = False      # the microphone reaches the call (not muted, not held)
    duration: float = 0.0            # seconds since answered, when the snapshot was taken

    @property
    def is_active(self) -> bool:
        return self.state.value != "ended"
