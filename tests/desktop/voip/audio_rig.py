"""A far end for the call-audio tests: a second baresip ("carol", :5082, console :5557) that
answers by itself, sends a 1 kHz tone from a file and, with its sndfile module, writes what it
hears (`dump-<peer>-dec.wav`) and what it sends (`…-enc.wav`) into a folder.
The session rig's baresip (bob, 440 Hz, hears nothing) stays as it is for the other tests."""
from __future__ import annotations

from pathlib import Path

import siprig

CAROL_PORT, CAROL_CONS_PORT = 5082, 5557
CAROL_URI = f"sip:carol@{siprig.HOST}:{CAROL_PORT}"
FAR_END_HZ = 1000

CAROL_CONFIG = """poll_method     epoll
sip_listen      127.0.0.1:5082
net_interface   127.0.0.1
audio_player    aubridge,nul
audio_source    aufile,{tone}
audio_alert     aubridge,nul
rtp_ports       41100-41199
module_path     /usr/lib/baresip/modules
module          g711.so
module          aubridge.so
module          aufile.so
module          sndfile.so
module          cons.so
module_tmp      account.so
module_app      menu.so
cons_listen     127.0.0.1:5557
snd_path        {dumps}
"""
CAROL_ACCOUNTS = "<sip:{user}@127.0.0.1:5082>;regint=0;answermode=auto;audio_codecs=PCMU\n"


def start_carol(folder: Path, source: str = "", user: str = "carol") -> tuple[siprig.Helper, Path]:
    """Start carol; returns the helper and the folder her sndfile dumps go to. `source`
    ("<module>,<device>", e.g. "alsa,farmic") replaces the tone file as what she sends, and loads
    that module (benchmarks/bench_audio.py sends timed markers through a PulseAudio source); `user` is
    who she is when she calls (a phone number: a customer calling, tests/journeys/test_calls.py)."""
    conf, dumps = folder / "carol", folder / "carol_heard"
    conf.mkdir(exist_ok=True)
    dumps.mkdir(exist_ok=True)
    tone = siprig.write_tone(folder / "carol_tone.wav", hz=FAR_END_HZ)
    config = CAROL_CONFIG.replace("{tone}", str(tone)).replace("{dumps}", str(dumps))
    if source:
        config = config.replace(f"aufile,{tone}", source) + f"module          {source.split(',')[0]}.so\n"
    (conf / "config").write_text(config)
    (conf / "accounts").write_text(CAROL_ACCOUNTS.replace("{user}", user))
    helper = siprig.Helper("baresip-carol", ["baresip", "-f", str(conf), "-v"], folder, folder / "carol.log",
                           (CAROL_PORT, CAROL_CONS_PORT))
    return helper, dumps
