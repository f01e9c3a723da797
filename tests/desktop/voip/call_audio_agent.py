"""Run by test_call_audio.py in its own process (one pjsua2 endpoint per process; QtMultimedia
meets the test's PulseAudio at its first use): the softphone, with the QtMultimedia audio bridge,
calls carol (audio_rig.py), talks until enough audio went both ways, checks that mute and
hold/resume still work, sends keypad tones (1234#), hangs up and prints what it measured as one JSON line.

    call_audio_agent.py TALK_FRAMES PJSUA_LOG [--busy] [--output=DEVICE]

--busy keeps the main thread (the GUI thread in the app) working between polls, as an inbox
applying changes does, to show that the audio thread is not starved; --output chooses the
output device by name, as the settings do."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import siprig
from audio_rig import CAROL_URI
from PySide6.QtCore import QCoreApplication
from voip_helpers import rig_passwords

from rvops_desktop.ui.services.call_audio import QtCallAudio
from rvops_desktop.voip import CallState, RegistrationState, Softphone, SoftphoneSettings

AGENT_RTP_PORT = 40200
BUSY_SLICE_S = 0.015   # main-thread work between two polls in --busy mode


def pump(phone: Softphone, until, timeout: float, busy: bool = False) -> None:
    deadline = time.monotonic() + timeout
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError(f"condition not met within {timeout} s")
        phone.poll(10)
        QCoreApplication.processEvents()   # the GUI thread's event loop, as in the app (device lists follow it)
        if busy:   # pure-Python work holding the GIL most of the time, like a model update
            end = time.perf_counter() + BUSY_SLICE_S
            while time.perf_counter() < end:
                sum(i * i for i in range(200))


def main(talk_frames: int, busy: bool, log_file: str, output: str = "") -> dict:
    import logging
    logging.basicConfig(filename=str(Path(log_file).with_name("agent.log")), level=logging.INFO,
                        format="%(asctime)s %(name)s %(message)s", force=True)
    app = QCoreApplication([])  # noqa: F841 - QtMultimedia needs an application object
    bridge = QtCallAudio()
    settings = SoftphoneSettings(registrar=f"{siprig.HOST}:{siprig.KAMAILIO_PORT}", user="quitter",
                                 local_port=0, output_device=output)
    phone = Softphone(settings, passwords=rig_passwords(), audio_bridge=bridge, bind_address=siprig.HOST,
                      rtp_port=AGENT_RTP_PORT, log_file=log_file, log_level=4)
    assert phone.start(), phone.availability
    out: dict = {"devices": [d.name for d in phone.audio_devices()]}
    try:
        pump(phone, lambda: phone.registration.state is RegistrationState.REGISTERED, 5)
        call = phone.call(CAROL_URI)
        pump(phone, lambda: call.state is CallState.CONNECTED, 5)
        connected = time.monotonic()
        out["bridge_running"] = bridge.running
        pump(phone, lambda: bridge.from_call.frames_out > 0, 5)
        out["first_played_ms"] = round((time.monotonic() - connected) * 1000)

        def talked(n: int) -> bool:   # n frames of the call played, and n frames of the mic sent
            return bridge.from_call.frames_out >= n and bridge.to_call.frames_out >= n

        cpu, started = time.process_time(), time.monotonic()
        pump(phone, lambda: talked(talk_frames), talk_frames * 0.02 + 10, busy)
        out["talk_seconds"] = time.monotonic() - started
        # for benchmarks/bench_audio.py: the talk on CLOCK_MONOTONIC (one clock for all processes)
        # and the CPU time all of this process's threads spent during it
        out["talk_window"] = [started, started + out["talk_seconds"]]
        out["talk_cpu_seconds"] = time.process_time() - cpu
        out["stats"] = bridge.stats()

        call.set_muted(True)   # the conference bridge applies (dis)connections at its next tick
        pump(phone, lambda: not call.sending_audio, 2)
        sent = bridge.to_call.frames_out
        heard = bridge.from_call.frames_out
        pump(phone, lambda: bridge.from_call.frames_out >= heard + 25, 5)  # 0.5 s muted
        out["sent_while_muted"] = bridge.to_call.frames_out - sent
        call.set_muted(False)
        pump(phone, lambda: call.sending_audio, 2)
        sent = bridge.to_call.frames_out
        pump(phone, lambda: bridge.to_call.frames_out >= sent + 25, 5)

        call.hold()
        pump(phone, lambda: call.on_hold, 5)
        out["held"] = call.on_hold
        call.resume()
        pump(phone, lambda: not call.on_hold, 5)
        heard = bridge.from_call.frames_out
        pump(phone, lambda: bridge.from_call.frames_out >= heard + 25, 5)  # 0.5 s more after resuming
        out["heard_after_resume"] = bridge.from_call.frames_out - heard
        out["sending_after_resume"] = call.sending_audio
        call.send_dtmf("1234#")   # keypad tones go on with the bridge (RFC 2833 events: the test reads carol's log)
        heard = bridge.from_call.frames_out
        pump(phone, lambda: bridge.from_call.frames_out >= heard + 100, 5)   # 2 s: five tones and their gaps

        call.hangup()
        pump(phone, lambda: not phone.calls, 5)
        out["bridge_running_after"] = bridge.running
    finally:
        phone.shutdown()
        bridge.close()
    return out


if __name__ == "__main__":
    options = dict(a.removeprefix("--").partition("=")[::2] for a in sys.argv[3:])
    from rvops_desktop.app import end_process  # the app's own ending: no native teardown after the work
    print(json.dumps(main(int(sys.argv[1]), "busy" in options, sys.argv[2], options.get("output", ""))), flush=True)
    end_process(0)
