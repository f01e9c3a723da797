"""ConversationSummary keeps its texts packed (issue 14: memory of a 90,000-row inbox) and still
behaves as the frozen value it was: fields, equality, hashing, pickling, SEP and emoji in texts,
and the bulk read gives the same rows as the one-by-one read."""
from __future__ import annotations

import pickle
import sys
import tracemalloc

import pytest

from rvops_desktop.models import View
from rvops_desktop.models.conversation_summary import SEP, ConversationSummary, SearchMatch
from tests.desktop.models.replica_factories import contact, conversation

FIELDS = dict(id="c1", contact_id="ct1", contact_name="José Ñandú", contact_phone="+5511999",
              channel="whatsapp", status="open", assignee_id="u1", team_id=None,
              opened_at="2026-01-01T10:00:00Z", closed_at=None, last_inbound_at="2026-01-01T10:05:00Z",
              last_message_at="2026-01-01T10:06:00Z", last_message_preview="amanhã cedo",
              unread=2, window_closed_by_provider=False, queued_at=None,
              snoozed_until="2026-01-02T08:00:00Z", labels=("vip",))


def summary(**changes) -> ConversationSummary:
    return ConversationSummary(**{**FIELDS, **changes})


def test_every_field_reads_back_as_given():
    row = summary()
    assert {name: getattr(row, name) for name in ConversationSummary.FIELDS} == FIELDS
    assert row.display_name == "José Ñandú" and row.last_activity == "2026-01-01T10:06:00Z"


@pytest.mark.parametrize("preview", ["bom dia 👋", "привет", "a\x1fb", "", None, "x" * 5000])
def test_any_preview_reads_back(preview):
    row = summary(last_message_preview=preview)
    assert row.last_message_preview == (preview or None)
    assert row.snoozed_until == FIELDS["snoozed_until"]   # the field before it is intact


def test_a_separator_in_a_name_or_phone_is_kept_exactly():
    row = summary(contact_name=f"a{SEP}b", contact_phone=f"{SEP}")
    assert (row.contact_name, row.contact_phone, row.opened_at) == (f"a{SEP}b", SEP, FIELDS["opened_at"])


def test_it_is_a_frozen_value():
    row = summary()
    with pytest.raises(AttributeError):
        row.unread = 0  # type: ignore[misc]
    assert row == summary() and hash(row) == hash(summary())
    assert row != summary(unread=0) and row != summary(last_message_preview="other")
    assert pickle.loads(pickle.dumps(row)) == row
    match = SearchMatch.of(row, "m1", "amanhã")
    assert (match.match_message_id, match.match_text, match.contact_name) == ("m1", "amanhã", "José Ñandú")
    assert pickle.loads(pickle.dumps(match)) == match and match != row
    assert "José Ñandú" in repr(row)


def test_a_narrow_row_holds_one_string_for_its_texts():
    """The memory the packing is for: two objects (the row and its packed texts) and the id,
    not eleven; an emoji preview keeps its own string so the rest stays one byte a character."""
    narrow, wide = summary(), summary(last_message_preview="bom dia 👋")
    assert narrow._preview is None and isinstance(narrow._packed, str)
    assert wide._preview == "bom dia 👋"
    assert sys.getsizeof(wide._packed) - len(wide._packed) == sys.getsizeof(narrow._packed) - len(narrow._packed)
    tracemalloc.start()
    rows = [summary(id=f"c{n:06d}", contact_id=f"ct{n:06d}") for n in range(2000)]
    per_row = tracemalloc.get_traced_memory()[0] / len(rows)
    tracemalloc.stop()
    assert per_row < 450, per_row   # ten separate texts were ≈ 800 bytes a row


def test_the_bulk_read_gives_the_rows_the_one_by_one_read_gives(replica):
    from rvops_desktop.models.conversation_summary import _wide
    replica.apply_bootstrap({"cursor": 1, "contacts": [contact("k1", f"Ana{SEP}Maria", "+55"),
                                                       contact("k2", "Бора", None)],
                             "conversations": [conversation("v1", contact_id="k1", last_message_preview="oi 👋"),
                                               conversation("v2", contact_id="k2",
                                                            last_message_preview=f"a{SEP}b")]})
    bulk = {s.id: s for s in replica.store.conversations_for_view(View.all())}
    one_by_one = {s.id: s for s in replica.store.conversation_summaries(["v1", "v2"])}
    assert bulk["v2"] == one_by_one["v2"] and bulk["v2"].last_message_preview == f"a{SEP}b"
    assert bulk["v1"].last_message_preview == "oi 👋" and not _wide(bulk["v1"]._packed)
    # a unit separator in a contact's name reads as a space from the bulk read (a control
    # character no list shows); every other field is the same
    assert bulk["v1"].contact_name == "Ana Maria" and one_by_one["v1"].contact_name == f"Ana{SEP}Maria"
    assert [f for f in ConversationSummary.FIELDS
            if getattr(bulk["v1"], f) != getattr(one_by_one["v1"], f)] == ["contact_name"]
