"""Why calls are off, as sentences for the agent: one place for the call buttons, the status bar's
softphone indicator and `SoftphoneService.unavailable_reason`. Qt Core only, no SIP engine: the window
says "not started" before the engine has loaded (ui/controllers/calls.py)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def engine_missing() -> str:
    return translate("CallsOff", "Calls are disabled: the SIP engine (the pjsua2-python package) is not "
                                 "available on this computer. Install it and restart the app; everything "
                                 "else works without it.")


def not_started() -> str:
    return translate("CallsOff", "The softphone is not started.")


def turned_off() -> str:
    return translate("CallsOff", "The softphone is turned off in its settings (Tools ▸ Softphone settings…).")


def no_account() -> str:
    return translate("CallsOff", "No SIP account is set up: fill in Tools ▸ Softphone settings….")
