"""The 24-hour window (S11): one pure function, exact at its boundaries, shared by both sides."""
from datetime import datetime, timedelta, timezone

import pytest

from rvops_contract.window import WINDOW_LENGTH, window_for, window_state

LAST = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize("channel", ["whatsapp", "instagram"])
def test_open_until_24_hours_after_the_last_inbound(channel):
    inside = window_state(channel, LAST, LAST + timedelta(hours=23, minutes=59, seconds=59))
    assert inside.is_open and inside.closes_at == LAST + WINDOW_LENGTH
    assert inside.time_left(LAST + timedelta(hours=23, minutes=59, seconds=59)) == timedelta(seconds=1)
    assert not inside.can_resume
    at_edge = window_state(channel, LAST, LAST + WINDOW_LENGTH)
    assert not at_edge.is_open
    after = window_state(channel, LAST, LAST + timedelta(hours=24, seconds=1))
    assert not after.is_open and after.closes_at == LAST + WINDOW_LENGTH
    assert after.time_left(LAST + timedelta(hours=25)) is None


def test_only_whatsapp_can_be_resumed():
    late = LAST + timedelta(hours=30)
    assert window_state("whatsapp", LAST, late).can_resume
    assert not window_state("instagram", LAST, late).can_resume


def test_webchat_has_no_window():
    state = window_state("webchat", LAST, LAST + timedelta(days=30))
    assert state.is_open and state.closes_at is None and not state.can_resume
    assert window_state("webchat", None, LAST).is_open


def test_a_contact_who_never_wrote_has_a_closed_window():
    state = window_state("whatsapp", None, LAST)
    assert not state.is_open and state.closes_at is None and state.can_resume
    assert not window_state("instagram", None, LAST).can_resume


def test_the_provider_can_close_it_early():
    state = window_state("whatsapp", LAST, LAST + timedelta(hours=1), closed_by_provider=True)
    assert not state.is_open and state.can_resume


def test_naive_datetimes_are_utc():
    naive = LAST.replace(tzinfo=None)
    assert window_state("whatsapp", naive, LAST + timedelta(hours=23)).is_open
    assert not window_state("whatsapp", naive, (LAST + timedelta(hours=24, seconds=1)).replace(tzinfo=None)).is_open


def test_window_for_reads_server_rows_and_client_records_alike():
    server_row = {"channel": "whatsapp", "last_inbound_at": LAST.replace(tzinfo=None),
                  "window_closed_by_provider": False}
    client_record = {"channel": "whatsapp", "last_inbound_at": "2026-03-02T09:30:00Z"}
    for record in (server_row, client_record):
        assert window_for(record, LAST + timedelta(hours=23, minutes=59, seconds=59)).is_open
        assert not window_for(record, LAST + timedelta(hours=24, seconds=1)).is_open
        assert window_for(record, LAST).closes_at == LAST + WINDOW_LENGTH
    assert not window_for({**client_record, "window_closed_by_provider": True}, LAST).is_open
