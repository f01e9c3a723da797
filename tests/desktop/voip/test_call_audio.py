"""Two-way call audio through real OS audio devices (issue 13, item 1).

A private PulseAudio (tests/support/pulse.py) gives the agent a microphone hearing a 440 Hz tone
and a `headset` null sink. The softphone runs in its own process (one pjsua2 endpoint per
process) with the QtMultimedia bridge (ui/services/call_audio.py ↔ voip/audio_port.py) and calls
carol, a second baresip that sends a 1 kHz tone and writes what she hears to a WAV file
(audio_rig.py). We record the headset's monitor and check, with numpy, that the far end's tone
is heard there and that the microphone's tone reached the far end — at the right frequency
(±5 Hz) and level (±3 dB), without dropouts — and that mute still silences the microphone.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from audio_rig import FAR_END_HZ, start_carol

from tests.support.pulse import PulseAudio
from tests.support.waiting import wait_until

pytestmark = [pytest.mark.sip, pytest.mark.timeout(120)]
AGENT = Path(__file__).with_name("call_audio_agent.py")
MIC_HZ = 440
TONE_DBFS = 20 * np.log10(8000 / np.sqrt(2) / 32768)   # both tones: amplitude 8000 → −15.3 dBFS RMS
TALK_FRAMES = 150             # 3 s of the call played on the headset, and 3 s of the mic sent
RECORD_RATE = 16_000
WINDOW_S = 0.010              # dropout analysis resolution
DROPOUT_S = 0.040             # a gap longer than this is a dropout (issue 13's benchmark)


@pytest.fixture
def pulse(tmp_path):
    if PulseAudio.missing():
        (pytest.fail if os.environ.get("CI") else pytest.skip)("PulseAudio is needed (scripts/setup installs it)")
    with PulseAudio(tmp_path / "pulse", mic_hz=MIC_HZ) as pulse:
        yield pulse


@pytest.fixture
def carol(kamailio, rig_dir, tmp_path):
    helper, heard = start_carol(tmp_path)
    yield heard
    helper.stop()


def _dbfs(x: np.ndarray) -> float:
    return float(20 * np.log10(np.sqrt(np.mean(x.astype(float) ** 2)) / 32768 + 1e-12))


def _peak_hz(x: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(x.astype(float) * np.hanning(len(x))))
    return float(np.fft.rfftfreq(len(x), 1 / rate)[int(np.argmax(spectrum))])


def _tone_windows(x: np.ndarray, rate: int) -> np.ndarray:
    """Per 10 ms window: is the tone there (louder than −30 dBFS)?"""
    w = int(rate * WINDOW_S)
    n = len(x) // w
    rms = np.sqrt(np.mean(x[:n * w].astype(float).reshape(n, w) ** 2, axis=1))
    return rms > 32768 * 10 ** (-30 / 20)


def _gaps(on: np.ndarray) -> list[float]:
    """Lengths (s) of the silent runs between the first and the last tone window."""
    gaps, run = [], 0
    for present in on[np.argmax(on):len(on) - int(np.argmax(on[::-1]))]:
        if present:
            if run:
                gaps.append(run * WINDOW_S)
            run = 0
        else:
            run += 1
    return gaps


def _record(pulse: PulseAudio, sink: str, raw: Path) -> subprocess.Popen:
    """Record what a sink plays (its monitor) into a raw s16le 16 kHz mono file."""
    return pulse.record(sink, raw, RECORD_RATE)


def _stop(recorder: subprocess.Popen) -> None:
    recorder.terminate()
    recorder.wait(10)


def _agent(pulse: PulseAudio, tmp_path: Path, talk_frames: int, *extra: str) -> subprocess.Popen:
    env = {**pulse.env, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-X", "faulthandler",   # a crash shows every thread's stack
                             str(AGENT), str(talk_frames), str(tmp_path / "pjsua.log"), *extra],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=AGENT.parent)


def _result(agent: subprocess.Popen) -> dict:
    out, err = agent.communicate(timeout=90)
    assert agent.returncode == 0, f"agent exited {agent.returncode}\nstdout: {out[-1000:]}\nstderr: {err[-4000:]}"
    return json.loads(out.strip().splitlines()[-1])


def _samples(raw: Path) -> np.ndarray:
    return np.frombuffer(raw.read_bytes()[:raw.stat().st_size // 2 * 2], dtype="<i2")


def _run_agent(pulse: PulseAudio, tmp_path: Path, *extra: str) -> tuple[dict, np.ndarray]:
    """Record the headset while the agent calls carol; the agent's JSON and the recording."""
    raw = tmp_path / "headset.raw"
    recorder = _record(pulse, "headset", raw)
    try:
        result = _result(_agent(pulse, tmp_path, TALK_FRAMES, *extra))
    finally:
        _stop(recorder)
    return result, _samples(raw)


@pytest.mark.parametrize("gui_thread", ["idle", "busy"])
def test_the_far_end_is_heard_on_the_headset_and_the_microphone_reaches_the_far_end(
        gui_thread, pulse, carol, tmp_path):
    result, headset = _run_agent(pulse, tmp_path, *(["--busy"] if gui_thread == "busy" else []))

    assert result["bridge_running"] and not result["bridge_running_after"]   # devices open only in a call
    assert {"Microphone", "Headset"} <= set(result["devices"])               # the OS's devices, by name
    # mute and hold/resume still work with the bridge
    assert result["sent_while_muted"] == 0
    assert result["held"] and result["heard_after_resume"] >= 25 and result["sending_after_resume"]

    # far end → headset: carol's 1 kHz tone, at its level, no dropout while talking
    on = _tone_windows(headset, RECORD_RATE)
    assert on.any(), f"nothing heard on the headset; agent said {result}"
    start = int(np.argmax(on)) * int(RECORD_RATE * WINDOW_S)
    talk = headset[start:start + int((TALK_FRAMES * 0.02 - 0.2) * RECORD_RATE)]
    assert abs(_peak_hz(talk, RECORD_RATE) - FAR_END_HZ) <= 5
    assert abs(_dbfs(talk) - TONE_DBFS) <= 3, _dbfs(talk)
    dropouts = [g for g in _gaps(_tone_windows(talk, RECORD_RATE)) if g > DROPOUT_S]
    assert dropouts == [], (dropouts, result["stats"])

    # microphone → far end: what carol heard (her sndfile dump) is the 440 Hz tone, then the mute
    dumps = sorted(carol.glob("dump-*-dec.wav"))
    assert dumps, list(carol.iterdir())
    heard, rate = sf.read(dumps[-1], dtype="int16")
    on = _tone_windows(heard, rate)
    assert on.any(), f"carol heard nothing; agent said {result}"
    start = int(np.argmax(on)) * int(rate * WINDOW_S)
    spoken = heard[start:start + int((TALK_FRAMES * 0.02 - 0.2) * rate)]
    assert abs(_peak_hz(spoken, rate) - MIC_HZ) <= 5
    assert abs(_dbfs(spoken) - TONE_DBFS) <= 3, _dbfs(spoken)
    assert [g for g in _gaps(_tone_windows(spoken, rate)) if g > DROPOUT_S] == []
    assert max(_gaps(on), default=0) >= 0.3   # the half second muted is silence at the far end
    print(f"[{gui_thread}] headset {_peak_hz(talk, RECORD_RATE):.1f} Hz {_dbfs(talk):.1f} dBFS; far end "
          f"{_peak_hz(spoken, rate):.1f} Hz {_dbfs(spoken):.1f} dBFS; first played {result['first_played_ms']} ms "
          f"after connect; buffers {result['stats']}")


# ---- the jitter buffer between pjmedia's clock and the sound card's (no devices needed) --------
def test_the_jitter_buffer_cuts_any_writes_into_frames_and_primes_before_playing():
    from rvops_desktop.voip.audio_port import BYTES_PER_FRAME, JitterBuffer

    buf = JitterBuffer(target_frames=2, max_frames=4)
    buf.write(b"\x01" * (BYTES_PER_FRAME + 100))       # a device hands over what it has
    assert buf.read() is None and buf.depth == 1         # not primed: silence, nothing consumed
    buf.write(b"\x02" * (BYTES_PER_FRAME - 100))         # the remainder completes the second frame
    assert buf.read() == b"\x01" * BYTES_PER_FRAME
    assert buf.read() == b"\x01" * 100 + b"\x02" * (BYTES_PER_FRAME - 100)
    assert buf.read() is None and buf.underruns == 1     # ran dry while playing: one underrun
    assert buf.read() is None and buf.underruns == 1     # refilling is not another one


def test_the_jitter_buffer_drops_the_oldest_audio_down_to_its_target_when_it_overflows():
    from rvops_desktop.voip.audio_port import BYTES_PER_FRAME, JitterBuffer

    buf = JitterBuffer(target_frames=2, max_frames=4)
    buf.write(b"".join(bytes([i]) * BYTES_PER_FRAME for i in range(5)))   # a stalled reader
    assert buf.dropped_frames == 3 and buf.depth == 2
    assert buf.read() == bytes([3]) * BYTES_PER_FRAME    # the newest audio is kept: the delay stays short
    buf.clear()
    assert buf.depth == 0 and buf.read() is None
    assert buf.stats() == {"frames_in": 5, "frames_out": 1, "depth": 0, "dropped_frames": 3, "underruns": 0}


def test_the_jitter_buffer_sheds_delay_that_lingers_above_its_target():
    from rvops_desktop.voip.audio_port import BYTES_PER_FRAME, JitterBuffer

    buf = JitterBuffer(target_frames=2, max_frames=10, trim_window=5)
    frame = bytes(BYTES_PER_FRAME)
    buf.write(frame * 6)                     # a late start left 6 frames (120 ms) queued
    for _ in range(5):                       # then writer and reader keep the same pace
        assert buf.read() is not None
        buf.write(frame)
    assert buf.depth == 2 and buf.dropped_frames == 4   # back to the target after one window


def test_a_headset_unplugged_mid_call_leaves_the_call_on_the_default_device_until_it_is_back(
        pulse, carol, tmp_path):
    """The agent chose the headset; the default output is the PC's speaker. Unplugging the headset
    (unloading its sink) mid-call moves the far end's voice to the speaker; plugging it in again
    brings the voice back to it; the call goes on (mute, hold, keypad tones)."""
    pulse.pactl("load-module", "module-null-sink", "sink_name=speaker",
                "sink_properties=device.description=Speaker")
    pulse.pactl("set-default-sink", "speaker")
    headset_module = next(line.split()[0] for line in pulse.pactl("list", "short", "modules").stdout.splitlines()
                          if "sink_name=headset" in line)
    recorders = {sink: _record(pulse, sink, tmp_path / f"{sink}.raw") for sink in ("headset", "speaker")}
    try:
        agent = _agent(pulse, tmp_path, 700, "--output=Headset")   # 14 s of talk
        try:
            wait_until(lambda: _tone_windows(_samples(tmp_path / "headset.raw"), RECORD_RATE).sum() >= 100, 30,
                       "a second of the far end on the headset")
            assert not _tone_windows(_samples(tmp_path / "speaker.raw"), RECORD_RATE).any()   # the chosen device
            pulse.pactl("unload-module", headset_module)                                     # unplugged
            wait_until(lambda: _tone_windows(_samples(tmp_path / "speaker.raw"), RECORD_RATE).sum() >= 100, 30,
                       "a second of the far end on the speaker")
            pulse.pactl("load-module", "module-null-sink", "sink_name=headset",
                        "sink_properties=device.description=Headset")                     # plugged in again
            recorders["headset again"] = _record(pulse, "headset", tmp_path / "headset-again.raw")
            wait_until(lambda: _tone_windows(_samples(tmp_path / "headset-again.raw"), RECORD_RATE).sum() >= 100,
                       30, "a second of the far end on the headset, plugged in again")
            result = _result(agent)
        finally:
            if agent.poll() is None:
                agent.kill()
    finally:
        for recorder in recorders.values():
            _stop(recorder)
    speaker = _samples(tmp_path / "speaker.raw")
    on = _tone_windows(speaker, RECORD_RATE)
    heard = speaker[int(np.argmax(on)) * int(RECORD_RATE * WINDOW_S):][:RECORD_RATE]
    assert abs(_peak_hz(heard, RECORD_RATE) - FAR_END_HZ) <= 5
    assert abs(_dbfs(heard) - TONE_DBFS) <= 3
    # the call was not dropped: the agent talked on, muted, held, resumed and hung up
    assert result["sent_while_muted"] == 0 and result["heard_after_resume"] >= 25
    wait_until(lambda: "received event: '#' (end=1)" in (tmp_path / "carol.log").read_text(errors="replace"), 10,
               "the keypad tones at the far end")
    assert "".join(re.findall(r"received event: '(.)' \(end=1\)",
                              (tmp_path / "carol.log").read_text(errors="replace"))) == "1234#"
    print(f"[unplug] speaker {_peak_hz(heard, RECORD_RATE):.1f} Hz {_dbfs(heard):.1f} dBFS; buffers {result['stats']}")
