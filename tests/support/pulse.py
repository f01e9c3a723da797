"""A private PulseAudio server for audio tests: null sinks as headsets/speakers, a sine source as a
microphone. Programs see it through the environment this returns (XDG_RUNTIME_DIR / PULSE_SERVER)."""
from __future__ import annotations

import array
import math
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Self

from tests.support.waiting import wait_until


def samples(raw: Path) -> array.array:
    """A raw s16le recording's samples (what is written so far: whole samples only)."""
    data = raw.read_bytes() if raw.exists() else b""
    out = array.array("h", data[:len(data) // 2 * 2])
    if sys.byteorder == "big":
        out.byteswap()
    return out


class PulseAudio:
    def __init__(self, folder: Path, *, mic_hz: int = 440) -> None:
        self.folder = folder
        self.mic_hz = mic_hz
        self.process: subprocess.Popen | None = None
        self.fifo = folder / "mic.fifo"
        self._feeding = threading.Event()
        self._feeder: threading.Thread | None = None
        runtime = folder / "run"
        runtime.mkdir(parents=True, exist_ok=True)
        runtime.chmod(0o700)
        self.env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(folder),
                    "PULSE_SERVER": f"unix:{runtime}/pulse/native"}

    @staticmethod
    def missing() -> list[str]:
        return [tool for tool in ("pulseaudio", "pactl") if shutil.which(tool) is None]

    def __enter__(self) -> Self:
        self.process = subprocess.Popen(
            ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "--system=false", "-n",
             "--load=module-native-protocol-unix auth-anonymous=1",  # any client given PULSE_SERVER (a journey's app has its own HOME)
             # the microphone: a pipe source fed with a tone at the pace of a sound card (below)
             (f"--load=module-pipe-source source_name=mic file={self.fifo} format=s16le rate=48000 channels=1 "
              "source_properties=device.description=Microphone"),
             "--load=module-null-sink sink_name=headset sink_properties=device.description=Headset"],
            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_until(lambda: self.pactl("info", check=False).returncode == 0, 15, "PulseAudio")
        self.pactl("set-default-source", "mic")
        self.pactl("set-default-sink", "headset")
        self._feeding.set()
        self._feeder = self._start_feeding(self.fifo, self.mic_hz)
        return self

    def add_microphone(self, name: str, description: str, hz: int) -> None:
        """Another microphone (a headset's, a webcam's) hearing its own steady tone."""
        fifo = self.folder / f"{name}.fifo"
        self.pactl("load-module", "module-pipe-source", f"source_name={name}", f"file={fifo}", "format=s16le",
                   "rate=48000", "channels=1", f"source_properties=\"device.description='{description}'\"")
        self._start_feeding(fifo, hz)

    def add_speaker(self, name: str, description: str) -> None:
        """Another output (a null sink): the desk's speakers beside the headset."""
        self.pactl("load-module", "module-null-sink", f"sink_name={name}",
                   f"sink_properties=\"device.description='{description}'\"")

    def _start_feeding(self, fifo: Path, hz: int) -> threading.Thread:
        feeder = threading.Thread(target=self._feed, args=(fifo, hz), name=f"pulse-{fifo.stem}", daemon=True)
        feeder.start()
        return feeder

    def _feed(self, fifo: Path, hz: int) -> None:
        """The microphone hears a steady tone: 20 ms of it every 20 ms, as a sound card delivers."""
        rate, frame = 48_000, 960
        period = array.array("h", (int(8000 * math.sin(2 * math.pi * hz * i / rate))
                                   for i in range(rate))).tobytes()  # 1 s: whole periods
        fd = os.open(fifo, os.O_WRONLY)
        try:
            n, started = 0, time.monotonic()
            while self._feeding.is_set():
                offset = (n * frame * 2) % len(period)
                os.write(fd, period[offset:offset + frame * 2])
                n += 1
                ahead = started + n * frame / rate - time.monotonic()
                if ahead > 0:
                    time.sleep(ahead)
        except OSError:
            pass  # the server went away
        finally:
            os.close(fd)

    def record(self, sink: str, raw: Path, rate: int = 16_000) -> subprocess.Popen:
        """Record what a sink plays (its monitor) into a raw s16le mono file; returns once recording."""
        before = self.pactl("list", "short", "source-outputs").stdout.count("\n")
        recorder = subprocess.Popen(["pacat", "--record", f"--device={sink}.monitor", "--raw", "--format=s16le",
                                     f"--rate={rate}", "--channels=1", str(raw)], env=self.env)
        wait_until(lambda: self.pactl("list", "short", "source-outputs").stdout.count("\n") > before, 10,
                   f"recording {sink}")
        return recorder

    def pactl(self, *arguments: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(["pactl", *arguments], env=self.env, capture_output=True, text=True, timeout=15,
                              check=check)

    def __exit__(self, *exc) -> None:
        self._feeding.clear()
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
