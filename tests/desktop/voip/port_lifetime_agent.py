"""Run by test_audio_port_lifetime.py in its own process: puts call-audio ports on the conference
bridge of a running endpoint and takes them off again while the main thread holds the GIL (as a
busy GUI thread does), the way the softphone does at each shutdown — with `retire_port`, or by
deleting them (`--delete`, pjsua2's own way, which crashes: the test shows the difference).

    port_lifetime_agent.py ROUNDS [--delete]

Prints "ROUNDS DONE" and "DESTROYED"; exits 0 when nothing crashed."""
from __future__ import annotations

import sys
import time

import pjsua2 as pj

from rvops_desktop.voip.audio_port import JitterBuffer, create_port, retire_port

HOLD_GIL_S = 0.03   # a tick and a half of pjmedia's 20 ms clock: its callbacks wait for the GIL


class Bridge:   # only the two buffers a port touches
    def __init__(self) -> None:
        self.to_call, self.from_call = JitterBuffer(), JitterBuffer()


def main(rounds: int, delete: bool) -> None:
    ep = pj.Endpoint()
    ep.libCreate()
    config = pj.EpConfig()
    config.logConfig.level = config.logConfig.consoleLevel = 0
    ep.libInit(config)
    ep.libStart()
    devices = ep.audDevManager()
    devices.setNullDev()   # the clock thread the softphone's bridge runs on
    for _ in range(rounds):
        port = create_port(Bridge())
        port.startTransmit(devices.getPlaybackDevMedia())
        devices.getCaptureDevMedia().startTransmit(port)
        end = time.perf_counter() + HOLD_GIL_S
        while time.perf_counter() < end:
            sum(i * i for i in range(200))
        if not delete:
            retire_port(port)
        del port
        junk = [bytearray(b"\xff" * 1056) for _ in range(200)]   # reuse freed memory, as an app does
        time.sleep(0.02)
        del junk
    print(rounds, "DONE", flush=True)
    ep.libDestroy()
    print("DESTROYED", flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]), "--delete" in sys.argv[2:])
