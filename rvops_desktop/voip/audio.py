"""Audio devices, chosen by name (indices change when devices come and go)."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .sentences import QT_TRANSLATE_NOOP, Sentence

DEFAULT_CAPTURE = -1     # pjmedia's "default capture device"
DEFAULT_PLAYBACK = -2    # pjmedia's "default playback device"


class DeviceRole(StrEnum):
    INPUT = "input"
    OUTPUT = "output"
    RING = "ring"


@dataclass(frozen=True)
class AudioDevice:
    index: int
    name: str
    driver: str
    input_channels: int
    output_channels: int

    def can(self, role: DeviceRole) -> bool:
        return (self.input_channels if role is DeviceRole.INPUT else self.output_channels) > 0


@dataclass(frozen=True)
class DeviceChoice:
    index: int            # what to hand to pjsua (a device index or a default)
    name: str             # "" for the system default
    fallback_from: str    # the remembered name that is missing ("" when none)


def choose_device(wanted: str, devices: list[AudioDevice], role: DeviceRole) -> DeviceChoice:
    """The device to open for `role`: the remembered one if present, else the default."""
    default = DEFAULT_CAPTURE if role is DeviceRole.INPUT else DEFAULT_PLAYBACK
    if not wanted:
        return DeviceChoice(default, "", "")
    for dev in devices:
        if dev.name == wanted and dev.can(role):
            return DeviceChoice(dev.index, dev.name, "")
    return DeviceChoice(default, "", wanted)


_ROLE_NAMES = {  # what the agent calls each device, for the sentence below
    DeviceRole.INPUT: Sentence(QT_TRANSLATE_NOOP("voip", "microphone")),
    DeviceRole.OUTPUT: Sentence(QT_TRANSLATE_NOOP("voip", "speaker")),
    DeviceRole.RING: Sentence(QT_TRANSLATE_NOOP("voip", "ring device")),
}


def fallback_message(role: DeviceRole, missing: str) -> Sentence:
    return Sentence(QT_TRANSLATE_NOOP(
        "voip", "The {role} “{device}” is not available (unplugged?); using the system default instead. "
                "It will be used again once you choose it in the softphone settings."),
        role=_ROLE_NAMES[role], device=missing)
