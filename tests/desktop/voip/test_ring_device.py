"""An incoming call rings on the ring device the agent chose, through the OS's audio (issue 13,
item 2: "the ring can go to the PC speaker while the call goes to the headset").

A private PulseAudio has two null sinks, Headset and Speaker. The softphone (its own process,
ring_agent.py) takes Headset for calls and Speaker for the ring; SIPp calls it through kamailio.
While it rings we record both sinks' monitors: the 425 Hz cadence is on Speaker, at its level,
and the headset stays silent; rejecting the call stops the ring."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import siprig
from tests.support.pulse import PulseAudio
from tests.support.waiting import wait_until

pytestmark = [pytest.mark.sip, pytest.mark.timeout(120)]
AGENT = Path(__file__).with_name("ring_agent.py")
RATE = 16_000
RING_HZ = 425
RING_DBFS = 20 * np.log10(8000 / np.sqrt(2) / 32768)   # amplitude 8000 → −15.3 dBFS RMS


@pytest.fixture
def pulse(tmp_path):
    if PulseAudio.missing():
        (pytest.fail if os.environ.get("CI") else pytest.skip)("PulseAudio is needed (scripts/setup installs it)")
    with PulseAudio(tmp_path / "pulse") as pulse:
        pulse.pactl("load-module", "module-null-sink", "sink_name=speaker",
                    "sink_properties=device.description=Speaker")
        yield pulse


def _record(pulse: PulseAudio, sink: str, raw: Path) -> subprocess.Popen:
    return pulse.record(sink, raw, RATE)


def _samples(raw: Path) -> np.ndarray:
    return np.frombuffer(raw.read_bytes()[:raw.stat().st_size // 2 * 2], dtype="<i2")


def _loudest_second(x: np.ndarray) -> np.ndarray:
    """The 0.8 s around the loudest part (the ring's 1 s burst, if any)."""
    w = RATE // 10
    n = len(x) // w
    rms = np.sqrt(np.mean(x[:n * w].astype(float).reshape(n, w) ** 2, axis=1))
    start = max(0, int(np.argmax(rms)) - 3) * w
    return x[start:start + 8 * w]


def _dbfs(x: np.ndarray) -> float:
    return float(20 * np.log10(np.sqrt(np.mean(x.astype(float) ** 2)) / 32768 + 1e-12))


def _peak_hz(x: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(x.astype(float) * np.hanning(len(x))))
    return float(np.fft.rfftfreq(len(x), 1 / RATE)[int(np.argmax(spectrum))])


def _said(agent: subprocess.Popen, word: str) -> None:
    """Read the agent's output (pjsip logs there too) until it prints `word` on a line."""
    lines = []
    for line in agent.stdout:
        if line.strip() == word:
            return
        lines.append(line)
    raise AssertionError(f"the agent ended before {word}: {''.join(lines)[-2000:]}{agent.stderr.read()[-3000:]}")


def test_the_call_rings_on_the_chosen_ring_device_and_not_in_the_headset(pulse, kamailio, rig_dir, tmp_path):
    stop = tmp_path / "stop"
    agent = subprocess.Popen([sys.executable, str(AGENT), str(tmp_path / "pjsua.log"), str(stop), "Headset",
                              "Speaker"], env={**pulse.env, "QT_QPA_PLATFORM": "offscreen"},
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=AGENT.parent)
    caller = None
    try:
        _said(agent, "READY")
        speaker_raw, headset_raw = tmp_path / "speaker.raw", tmp_path / "headset.raw"
        recorders = [_record(pulse, "speaker", speaker_raw), _record(pulse, "headset", headset_raw)]
        caller = siprig.start_sipp_caller(rig_dir, callee="quitter", caller="11987654321")
        _said(agent, "RINGING")
        rung = speaker_raw.stat().st_size
        # the first burst of the cadence is 1 s: record 1.5 s of ringing
        wait_until(lambda: speaker_raw.stat().st_size >= rung + int(1.5 * RATE * 2), 15, "1.5 s of ringing")
        stop.touch()
        out, err = agent.communicate(timeout=30)
        assert agent.returncode == 0, err[-3000:]
        result = json.loads(out.strip().splitlines()[-1])
        for recorder in recorders:
            recorder.terminate()
            recorder.wait(10)
    finally:
        stop.touch()
        if agent.poll() is None:
            agent.kill()
        if caller is not None:
            caller.stop()
    assert result == {"ringing_before_reject": True, "ringing_after_reject": False}
    ring = _loudest_second(_samples(speaker_raw))
    assert abs(_peak_hz(ring) - RING_HZ) <= 5, _peak_hz(ring)
    assert abs(_dbfs(ring) - RING_DBFS) <= 3, _dbfs(ring)
    headset = _samples(headset_raw)
    assert _dbfs(headset) < -50, f"the ring leaked into the headset ({_dbfs(headset):.1f} dBFS)"
