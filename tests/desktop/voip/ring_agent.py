"""Run by test_ring_device.py in its own process (one pjsua2 endpoint per process): the softphone
with the QtMultimedia bridge, registered as `quitter`, headset as the call's output and another
device as the ring device. Prints READY once registered and RINGING when a call rings; rejects
the call once the file named by STOP exists; prints what it saw as one JSON line.

    ring_agent.py PJSUA_LOG STOP_FILE OUTPUT_DEVICE RING_DEVICE
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import siprig
from PySide6.QtCore import QCoreApplication
from voip_helpers import rig_passwords

from rvops_desktop.ui.services.call_audio import QtCallAudio
from rvops_desktop.voip import CallState, RegistrationState, Softphone, SoftphoneSettings

AGENT_RTP_PORT = 40300


def pump(phone: Softphone, until, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError(f"condition not met within {timeout} s")
        phone.poll(10)


def main(log_file: str, stop: Path, output: str, ring: str) -> dict:
    app = QCoreApplication([])  # noqa: F841 - QtMultimedia needs an application object
    bridge = QtCallAudio()
    settings = SoftphoneSettings(registrar=f"{siprig.HOST}:{siprig.KAMAILIO_PORT}", user="quitter",
                                 local_port=0, output_device=output, ring_device=ring)
    phone = Softphone(settings, passwords=rig_passwords(), audio_bridge=bridge, bind_address=siprig.HOST,
                      rtp_port=AGENT_RTP_PORT, log_file=log_file, log_level=4)
    assert phone.start(), phone.availability
    out: dict = {}
    rang = []
    phone.on_incoming_call.connect(rang.append)
    try:
        pump(phone, lambda: phone.registration.state is RegistrationState.REGISTERED, 5)
        print("READY", flush=True)
        pump(phone, lambda: rang and rang[0].state is CallState.RINGING and phone.ringing, 20)
        print("RINGING", flush=True)
        pump(phone, stop.exists, 20)
        out["ringing_before_reject"] = phone.ringing
        rang[0].reject()
        pump(phone, lambda: not phone.calls, 5)
        out["ringing_after_reject"] = phone.ringing
    finally:
        phone.shutdown()
        bridge.close()
    return out


if __name__ == "__main__":
    from rvops_desktop.app import end_process  # the app's own ending: no native teardown after the work
    print(json.dumps(main(sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4])), flush=True)
    end_process(0)
