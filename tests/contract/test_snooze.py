"""The snooze rule (issue 15 #16): asleep until its time; the offered times in the agent's zone."""
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from rvops_contract.clock import to_iso
from rvops_contract.snooze import (
    MAX_SNOOZE,
    SnoozeChoice,
    SnoozeRefusal,
    check_snooze,
    is_snoozed,
    snooze_until,
)

NOW = datetime(2026, 12, 4, 14, 30, tzinfo=UTC)   # a Friday; 11:30 in São Paulo
SAO_PAULO = ZoneInfo("America/Sao_Paulo")


def test_a_conversation_is_asleep_until_its_time_and_awake_from_then():
    until = to_iso(NOW + timedelta(hours=1))
    assert is_snoozed(until, NOW) and is_snoozed(until, NOW + timedelta(minutes=59))
    assert not is_snoozed(until, NOW + timedelta(hours=1))
    assert not is_snoozed(None, NOW)


def test_a_snooze_ends_in_the_future_and_within_the_limit():
    assert check_snooze(NOW, NOW) is SnoozeRefusal.IN_THE_PAST
    assert check_snooze(NOW + MAX_SNOOZE + timedelta(seconds=1), NOW) is SnoozeRefusal.TOO_FAR
    assert check_snooze(NOW + MAX_SNOOZE, NOW) is None


@pytest.mark.parametrize(("choice", "local"), [
    (SnoozeChoice.ONE_HOUR, datetime(2026, 12, 4, 12, 30)),
    (SnoozeChoice.THREE_HOURS, datetime(2026, 12, 4, 14, 30)),
    (SnoozeChoice.TOMORROW, datetime(2026, 12, 5, 9, 0)),
    (SnoozeChoice.NEXT_WEEK, datetime(2026, 12, 7, 9, 0)),   # Monday
])
def test_the_offered_times_are_read_in_the_agents_time_zone(choice, local):
    moment = snooze_until(choice, NOW, SAO_PAULO)
    assert moment.astimezone(SAO_PAULO).replace(tzinfo=None) == local
    assert check_snooze(moment, NOW) is None


def test_next_week_from_a_monday_is_the_following_monday():
    monday = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)
    assert snooze_until(SnoozeChoice.NEXT_WEEK, monday, SAO_PAULO).date().isoformat() == "2026-12-14"


def test_pending_sleeps_until_the_customer_replies_however_long():
    from rvops_contract.snooze import UNTIL_REPLY, UNTIL_REPLY_ISO, awaits_reply
    assert snooze_until(SnoozeChoice.UNTIL_REPLY, NOW, SAO_PAULO) == UNTIL_REPLY
    assert check_snooze(UNTIL_REPLY, NOW) is None                     # past the 30-day limit, and allowed
    assert to_iso(UNTIL_REPLY) == UNTIL_REPLY_ISO and awaits_reply(UNTIL_REPLY_ISO)
    assert is_snoozed(UNTIL_REPLY_ISO, NOW + timedelta(days=365))
    assert not awaits_reply(to_iso(NOW + timedelta(hours=1))) and not awaits_reply(None)
