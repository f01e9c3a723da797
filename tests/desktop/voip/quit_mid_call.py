"""Run as a script by test_sip_quit.py: start a softphone in this process, get into a
call with baresip, then quit mid-call — with `shutdown()` or by just exiting (atexit)."""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import siprig
from voip_helpers import pump, rig_passwords

from rvops_desktop.voip import CallState, RegistrationState, Softphone, SoftphoneSettings


def main(mode: str) -> None:
    settings = SoftphoneSettings(registrar=f"{siprig.HOST}:{siprig.KAMAILIO_PORT}", user="quitter",
                                 local_port=0)
    phone = Softphone(settings, passwords=rig_passwords(), null_audio=True,
                      bind_address=siprig.HOST, rtp_port=40100)
    assert phone.start()
    pump(phone, lambda: phone.registration.state is RegistrationState.REGISTERED)  # digest auth
    call = phone.call(f"sip:bob@{siprig.HOST}:{siprig.BARESIP_PORT}")
    pump(phone, lambda: call.state is CallState.CONNECTED)
    print("IN CALL", flush=True)
    t0 = time.monotonic()
    if mode == "shutdown":
        phone.shutdown()
        assert not phone.running and not phone.calls
        print(f"SHUTDOWN OK {time.monotonic() - t0:.2f}s", flush=True)
    # mode "exit": leave with the call up; the softphone's atexit hook must clean up


if __name__ == "__main__":
    main(sys.argv[1])
