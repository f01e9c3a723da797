"""Is the SIP stack (the `pjsua2-python` wheel) usable here, and if not, why."""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType


@dataclass(frozen=True)
class Availability:
    available: bool
    reason: str = ""  # a sentence for people when not available
    version: str = ""


def load_pjsua2() -> ModuleType:
    """Import and return the pjsua2 module (raises ImportError/OSError when unusable)."""
    return importlib.import_module("pjsua2")


def availability() -> Availability:
    """Report whether calls can work on this machine; never raises."""
    try:
        pj = load_pjsua2()
        _ = pj.Endpoint  # the SWIG extension is really loaded, not a stub package
    except (ImportError, OSError, AttributeError) as exc:
        return Availability(
            False,
            "Calls are disabled: the SIP engine (the pjsua2-python package) could not be "
            f"loaded ({type(exc).__name__}: {exc}). Install pjsua2-python for this Python "
            "(Linux x86-64 wheels exist) and restart the app; everything else works without it.",
        )
    return Availability(True, "", getattr(pj, "__version__", "") or "pjsua2")
