"""The built-in SIP softphone (SPEC S9): plain Python around pjsua2, no Qt.

The UI binds to `Softphone`'s observer lists and calls its methods from one thread,
polling it with a timer; see docs/voip.md ("UI binding guide").
"""
from .audio import AudioDevice, DeviceRole
from .availability import Availability, availability
from .call import CallError, CallQuality, CallSession, CallState
from .events import Signal
from .numbers import DialTarget, NumberError, caller_number, dial_target, to_e164
from .records import CallOutcome, CallRecord
from .settings import (
                       PasswordStore,
                       SoftphoneSettings,
                       Transport,
                       default_settings_path,
                       load_settings,
                       save_settings,
)
from .snapshot import CallSnapshot
from .softphone import ContactMatcher, RegistrationState, RegistrationStatus, Softphone, SoftphoneUnavailable

__all__ = [
    "AudioDevice", "Availability", "CallError", "CallOutcome", "CallQuality", "CallRecord",
    "CallSession", "CallSnapshot", "CallState", "ContactMatcher", "DeviceRole", "DialTarget", "NumberError",
    "PasswordStore", "RegistrationState", "RegistrationStatus", "Signal", "Softphone",
    "SoftphoneSettings", "SoftphoneUnavailable", "Transport", "availability", "caller_number",
    "default_settings_path", "dial_target", "load_settings", "save_settings", "to_e164",
]
