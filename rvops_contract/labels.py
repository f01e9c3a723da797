"""Labels on conversations (issue 15 #16): short words an agent puts on a conversation ("vip",
"boleto", "2ª via") to find it again; shown in the list and filterable. One rule for server and
client: a label is trimmed, its inner spaces collapsed and lower-cased (so "VIP" and "vip " are
one label), 1 to MAX_LABEL_LENGTH characters, at most MAX_LABELS per conversation."""
from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

MAX_LABELS = 10
MAX_LABEL_LENGTH = 30
# the workspace's catalogue of labels (issue 16): each a name (this rule) and a colour
COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class LabelRefusal(StrEnum):
    TOO_LONG = "too_long"
    TOO_MANY = "too_many"
    EMPTY = "empty"
    BAD_COLOUR = "bad_colour"


def normalise_label(text: str) -> str:
    return " ".join(text.split()).lower()


def normalise_labels(labels: Iterable[str]) -> list[str]:
    """Each label normalised, empty ones dropped, duplicates removed (first kept), order kept."""
    seen: dict[str, None] = {}
    for label in labels:
        if (clean := normalise_label(label)) and clean not in seen:
            seen[clean] = None
    return list(seen)


def check_labels(labels: list[str]) -> LabelRefusal | None:
    """None when the (normalised) labels may be set on a conversation; else why not."""
    if any(len(label) > MAX_LABEL_LENGTH for label in labels):
        return LabelRefusal.TOO_LONG
    if len(labels) > MAX_LABELS:
        return LabelRefusal.TOO_MANY
    return None


def normalise_colour(colour: str) -> str:
    """`#rrggbb` as stored: upper-case hex."""
    return colour.strip().upper()


def check_catalogue_label(name: str, colour: str) -> LabelRefusal | None:
    """None when a (normalised) name and colour may be a label of the catalogue; else why not."""
    if not name:
        return LabelRefusal.EMPTY
    if len(name) > MAX_LABEL_LENGTH:
        return LabelRefusal.TOO_LONG
    if not COLOUR.match(colour):
        return LabelRefusal.BAD_COLOUR
    return None
