"""`CallHost`: what a `CallSession` needs from the phone that owns it, and nothing more.

`Softphone` implements it; a call reaches its phone only through these public members
(the pjsua2 module, the clocks, the audio routing, dialling rules and the event queue).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

from .numbers import DialTarget
from .settings import SoftphoneSettings

if TYPE_CHECKING:
    from .call import CallSession


class CallHost(Protocol):
    @property
    def settings(self) -> SoftphoneSettings: ...

    @property
    def pj(self) -> ModuleType | Any:
        """The pjsua2 module (loaded once the endpoint started)."""

    def clock(self) -> float:
        """Monotonic seconds, for call durations."""

    def now(self) -> datetime:
        """Wall-clock time, for when a call started."""

    def capture_media(self) -> Any:
        """What the calls hear from us (an AudioMedia)."""

    def playback_media(self) -> Any:
        """Where the calls are played (an AudioMedia)."""

    def dial_target(self, target: str) -> DialTarget:
        """A number or SIP URI as this account dials it; raises NumberError."""

    def emit_call_state(self, session: CallSession) -> None:
        """Tell the observers (later, from `poll()`) that the call changed."""

    def later(self, fn: Callable[..., Any], *args: Any) -> None:
        """Run `fn(*args)` from `poll()`, outside any pjsua2 callback."""
