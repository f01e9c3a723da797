"""Where the calls' sound goes: the audio devices, the bridge, the calls' media, the ringer.

With an `AudioBridge` (see `audio_port.py`) pjsua2 runs on its null device and the calls'
audio goes through a `CallAudioPort` to the bridge's devices; without one, through
pjsua2's own sound device (the null device in tests).
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from types import ModuleType
from typing import Any

from .audio import AudioDevice, DeviceRole, choose_device, fallback_message
from .audio_port import AudioBridge, create_port, retire_port
from .sentences import QT_TRANSLATE_NOOP, Sentence
from .settings import SoftphoneSettings

log = logging.getLogger(__name__)

AUDIO_FIELDS = ("input_device", "output_device", "ring_device")


def devices_changed(old: SoftphoneSettings, new: SoftphoneSettings) -> bool:
    """Whether new settings choose other audio devices."""
    return any(getattr(old, f) != getattr(new, f) for f in AUDIO_FIELDS)


class AudioRouting:
    """The devices, capture/playback media and ringing of one endpoint; `announce` gets the
    sentences about devices that could not be used."""

    def __init__(self, *, bridge: AudioBridge | None, null_audio: bool,
                 announce: Callable[[str], None]) -> None:
        self.bridge, self._null_audio, self._announce = bridge, null_audio, announce
        self._ep: Any = None
        self._pj: ModuleType | Any = None
        self._engine: ModuleType | Any = None
        self._bridge_port: Any = None         # the CallAudioPort, while the endpoint runs
        self._bridge_active = False
        self._bridge_ringing = False
        self._ringer: Any = None
        self._ring_port: Any = None
        self._fallbacks: set[tuple[DeviceRole, str]] = set()

    def open(self, ep: Any, pj: ModuleType | Any, engine: ModuleType | Any) -> None:
        """The endpoint started: route its sound (call `apply_devices` next)."""
        self._ep, self._pj, self._engine = ep, pj, engine
        if self._null_audio or self.bridge is not None:
            ep.audDevManager().setNullDev()     # with a bridge, its clock drives the conference
        if self.bridge is not None:
            self._bridge_port = create_port(self.bridge)

    def close(self) -> None:
        """Before the endpoint is destroyed: drop the pjsua2 objects, close the bridge's devices."""
        self._ringer, self._ring_port = None, None
        bridge = self.bridge
        if self._bridge_ringing and bridge is not None:
            self._bridge_ringing = False
            bridge.stop_ring()
        if self._bridge_active and bridge is not None:
            self._bridge_active = False
            bridge.stop()
        if self._bridge_port is not None:
            retire_port(self._bridge_port)   # never deleted: see retire_port
        self._bridge_port = None
        self._ep = None

    # ---- devices ----------------------------------------------------------------------------
    def devices(self) -> list[AudioDevice]:
        if self._ep is None:
            return []
        if self.bridge is not None:
            return self.bridge.devices()
        infos = self._ep.audDevManager().enumDev2()
        return [AudioDevice(i, d.name, d.driver, d.inputCount, d.outputCount)
                for i, d in enumerate(infos)]

    def recheck(self, settings: SoftphoneSettings) -> None:
        """Re-read the device list and open the chosen devices again."""
        self._ep.audDevManager().refreshDevs()
        self.apply_devices(settings, force=True)

    def apply_devices(self, settings: SoftphoneSettings, force: bool = False) -> None:
        devices = self.devices()
        choice = {role: choose_device(getattr(settings, f"{role.value}_device"), devices, role)
                  for role in DeviceRole}
        for role, ch in choice.items():
            key = (role, ch.fallback_from)
            if ch.fallback_from and key not in self._fallbacks:
                self._fallbacks.add(key)
                msg = fallback_message(role, ch.fallback_from)
                log.warning("%s", msg)
                self._announce(msg)
            elif not ch.fallback_from:
                self._fallbacks = {k for k in self._fallbacks if k[0] is not role}
        if self.bridge is not None:
            self.bridge.use_devices(choice[DeviceRole.INPUT].name, choice[DeviceRole.OUTPUT].name)
            return
        if self._null_audio:
            return
        mgr = self._ep.audDevManager()
        try:
            if force or mgr.getCaptureDev() != choice[DeviceRole.INPUT].index:
                mgr.setCaptureDev(choice[DeviceRole.INPUT].index)
            if force or mgr.getPlaybackDev() != choice[DeviceRole.OUTPUT].index:
                mgr.setPlaybackDev(choice[DeviceRole.OUTPUT].index)
        except self._pj.Error as exc:
            log.warning("could not open the audio device (%s); calls go on without sound", exc.reason)
            self._announce(Sentence(QT_TRANSLATE_NOOP(
                "voip", "The sound device could not be opened ({reason}); the call goes on without sound. "
                        "Choose another device in the softphone settings."), reason=exc.reason))
            mgr.setNullDev()

    # ---- the calls' media -------------------------------------------------------------------
    def capture_media(self) -> Any:
        """What the calls hear from us: the bridge's port, or pjsua2's sound device."""
        if self._bridge_port is not None:
            return self._bridge_port
        return self._ep.audDevManager().getCaptureDevMedia()

    def playback_media(self) -> Any:
        """Where the calls (and the ring tone) are played."""
        if self._bridge_port is not None:
            return self._bridge_port
        return self._ep.audDevManager().getPlaybackDevMedia()

    def sync_bridge(self, wanted: bool) -> None:
        """The bridge's devices are open while a call exists (ringing, calling or talking)."""
        if self.bridge is None or wanted == self._bridge_active:
            return
        self._bridge_active = wanted
        if wanted:
            self.bridge.from_call.clear()
            self.bridge.to_call.clear()
            self.bridge.start()
        else:
            self.bridge.stop()

    # ---- ringing ----------------------------------------------------------------------------
    @property
    def ringing(self) -> bool:
        return self._bridge_ringing or (self._ringer is not None and self._ringer.ringing)

    def ring(self, ringing: bool, s: SoftphoneSettings) -> None:
        """Ring while a call rings (`ringing`), stop otherwise."""
        if self.bridge is not None:
            # the bridge owns the OS's devices: it rings on the ring device by itself (pjsua's
            # own tone would only reach the call's port, that is the headset)
            if ringing:
                self.bridge.ring(s.ring_device or s.output_device)
            elif self._bridge_ringing:
                self.bridge.stop_ring()
            self._bridge_ringing = ringing
            return
        if ringing:
            if self._ringer is None:
                self._ringer = self._engine.Ringer(self._ring_sink(s))
            self._ringer.start()
        else:
            self.stop_ringer()

    def stop_ringer(self) -> None:
        if self._ringer is not None:
            self._ringer.stop()
        self._ringer = None
        if self._ring_port is not None:
            self._ring_port.close()
            self._ring_port = None

    def _ring_sink(self, s: SoftphoneSettings) -> Any:
        if (self._null_audio or self._bridge_port is not None or not s.ring_device
                or s.ring_device == s.output_device):
            return self.playback_media()
        ch = choose_device(s.ring_device, self.devices(), DeviceRole.RING)
        if ch.fallback_from:
            return self.playback_media()
        try:
            port = self._pj.ExtraAudioDevice(ch.index, -1)
            port.open()
        except self._pj.Error as exc:
            log.warning("ring device %s unusable (%s); ringing on the output device", ch.name, exc.reason)
            return self.playback_media()
        self._ring_port = port
        return port
