"""Search on big replicas: the newest matches are the candidates, whole words before prefixes,
and short prefixes are read from the FTS5 prefix index."""
from __future__ import annotations

from rvops_desktop.models.search import CANDIDATES
from tests.desktop.models.replica_factories import contact, conversation, message


def at(i: int) -> str:
    return f"2026-01-01T{i // 3600:02d}:{i // 60 % 60:02d}:{i % 60:02d}Z"


def test_the_newest_whole_word_matches_fill_the_page_before_any_prefix_match(replica):
    whole = [message(f"w{i:03d}", text=f"segunda via da fatura {i}", created_at=at(i))
             for i in range(CANDIDATES + 50)]
    prefix_only = [message("p1", text="faturamento de dezembro", created_at=at(9999))]
    replica.apply_bootstrap({"cursor": 1, "contacts": [contact("k1")],
                             "conversations": [conversation("c1")],
                             "messages": [*whole, *prefix_only]})
    hits = replica.store.search("fatura", limit=50)
    # the newest 50 of the 150 whole-word matches, newest first; the newer prefix-only
    # message ("faturamento") does not push any of them out
    assert [h.message_id for h in hits] == [f"w{i:03d}" for i in range(149, 99, -1)]
    assert {h.tier for h in hits} == {0}


def test_prefix_matches_follow_when_whole_words_are_few(replica):
    replica.apply_bootstrap({"cursor": 1, "contacts": [contact("k1", name="Sá Conceição"),
                                                        contact("k2", name="Saulo Lima")],
                             "conversations": [conversation("c1")],
                             "messages": [message("m1", text="o sabiá cantou", created_at=at(1)),
                                          message("m2", text="sa", created_at=at(2))]})
    hits = replica.store.search("sa")
    # "sa" as a whole word (the message, the contact "Sá"), then as a prefix ("sabiá", "Saulo")
    assert [h.tier for h in hits] == [0, 0, 1, 1]
    assert {h.message_id or h.contact_id for h in hits[:2]} == {"m2", "k1"}
    assert {h.message_id or h.contact_id for h in hits[2:]} == {"m1", "k2"}


def test_both_search_indexes_have_prefix_indexes(replica):
    with replica.read() as conn:
        for index in ("messages_fts", "contacts_fts"):
            sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = ?",
                                       (index,)).scalar()
            assert "prefix='2 3'" in sql, sql
