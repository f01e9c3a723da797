"""Snooze (issue 15 #16): a conversation the agent holds leaves their inbox until a time, and
comes back then, or as soon as the customer writes. One rule for the server (which accepts the
time and wakes it on a customer's message) and the client (which hides it until then).

The choices the agent is offered are moments in the agent's own time zone ("tomorrow at 9"),
computed from a clock, so tests step time instead of waiting."""
from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, tzinfo
from enum import StrEnum

from .clock import from_iso

MAX_SNOOZE = timedelta(days=30)
# "Pending": away until the customer replies, however long that takes (Zendesk's pending, Chatwoot's
# "until next reply"). Stored as this far moment; the customer's message wakes it, as any snooze.
UNTIL_REPLY = datetime(9999, 12, 31, tzinfo=UTC)
UNTIL_REPLY_ISO = "9999-12-31T00:00:00Z"
MORNING = time(9, 0)   # "tomorrow" and "next week" mean the start of a working day


class SnoozeRefusal(StrEnum):
    IN_THE_PAST = "in_the_past"
    TOO_FAR = "too_far"


def is_snoozed(snoozed_until: str | None, now: datetime) -> bool:
    """Whether a conversation snoozed until `snoozed_until` (ISO-8601 UTC or None) is still asleep."""
    until = from_iso(snoozed_until)
    return until is not None and until > now


def check_snooze(until: datetime, now: datetime) -> SnoozeRefusal | None:
    """None when `until` is an acceptable end of a snooze starting `now`; else why not."""
    if until == UNTIL_REPLY:
        return None
    if until <= now:
        return SnoozeRefusal.IN_THE_PAST
    if until - now > MAX_SNOOZE:
        return SnoozeRefusal.TOO_FAR
    return None


class SnoozeChoice(StrEnum):
    ONE_HOUR = "one_hour"
    THREE_HOURS = "three_hours"
    TOMORROW = "tomorrow"          # 09:00 tomorrow
    NEXT_WEEK = "next_week"        # 09:00 next Monday
    UNTIL_REPLY = "until_reply"    # pending: until the customer writes


def awaits_reply(snoozed_until: str | None) -> bool:
    """Snoozed until the customer replies (pending), not until a time."""
    return from_iso(snoozed_until) == UNTIL_REPLY


def snooze_until(choice: SnoozeChoice, now: datetime, zone: tzinfo | None = None) -> datetime:
    """The moment a choice means, `now` seen in the agent's time zone `zone` (the system's by default)."""
    if choice is SnoozeChoice.UNTIL_REPLY:
        return UNTIL_REPLY
    local = now.astimezone(zone)
    if choice is SnoozeChoice.ONE_HOUR:
        return local + timedelta(hours=1)
    if choice is SnoozeChoice.THREE_HOURS:
        return local + timedelta(hours=3)
    days = 1 if choice is SnoozeChoice.TOMORROW else 7 - local.weekday()
    day = local.date() + timedelta(days=days)
    return datetime.combine(day, MORNING, tzinfo=local.tzinfo)
