"""Search: accents, phone fragments, hostile input, ranking, and where a hit opens."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from rvops_desktop.models.search import fts_query, phone_fts_query
from tests.desktop.models.replica_factories import contact, conversation, message

HOSTILE = [
    '"', '""', '"unbalanced', "'", "(", ")", "((ajuda", "ajuda)", "*", "**", "a*", "*ajuda",
    "NEAR", "NEAR(ajuda fatura)", "NEAR/2", "ajuda NEAR fatura", "AND", "OR", "NOT", "ajuda OR",
    "NOT ajuda", "text:", "text:ajuda", "name:joão", "{name phone}: x", "messages_fts:ajuda",
    "phone_search:9", "^ajuda", "-ajuda", "+ajuda", ":", "'; DROP TABLE messages; --",
    "rank", "rowid:1", "\x00", "ajuda\x00fatura", "\\", "%", "_", "ção", "🙂", "a" * 5000,
    " ".join(["ajuda"] * 100), "\u200b", "\n\t", "col:\"x\"*", "x AND (y OR", "fatura*",
]


@pytest.fixture
def searchable(replica):
    replica.apply_bootstrap({
        "cursor": 1,
        "contacts": [contact("k1", "João Conceição", "+55 (11) 98765-4321"),
                     contact("k2", "Maria Araújo", "+55 21 3333-0000", email="maria@acme.com.br")],
        "conversations": [conversation("c1", contact_id="k1"),
                          conversation("c2", contact_id="k2", last_message_at="2026-01-04T00:00:00Z")],
        "messages": [
            message("m1", "c1", text="Preciso de ajuda com a fatura", created_at="2026-01-01T10:00:00Z"),
            message("m2", "c1", text="A fatura chegou errada, você pode ver?",
                    created_at="2026-01-03T10:00:00Z"),
            message("m3", "c2", text="Faturamento anual", created_at="2026-01-04T10:00:00Z"),
            message("n1", "c2", text="Cliente pediu desconto na fatura", kind="note",
                    created_at="2026-01-02T10:00:00Z"),
        ]})
    return replica


def ids(hits):
    return [h.message_id or h.contact_id for h in hits]


def test_accents_and_case_do_not_matter(searchable):
    assert ids(searchable.store.search("joao conceicao")) == ["k1"]
    assert ids(searchable.store.search("JOÃO")) == ["k1"]
    assert ids(searchable.store.search("voce")) == ["m2"]
    assert ids(searchable.store.search("araujo")) == ["k2"]


def test_phone_fragments_find_the_contact(searchable):
    for query in ["98765", "8765-43", "(11) 98765", "11987654321", "+55 11 98765 4321", "4321"]:
        assert "k1" in ids(searchable.store.search(query)), query
    assert ids(searchable.store.search("12")) == []  # too short to be a phone fragment


def test_email_and_word_prefixes(searchable):
    assert ids(searchable.store.search("maria@acme")) == ["k2"]
    assert set(ids(searchable.store.search("fatur"))) == {"m1", "m2", "m3", "n1"}


def test_whole_words_first_then_newest_first_and_notes_are_marked(searchable):
    hits = searchable.store.search("fatura")
    assert ids(hits) == ["m2", "n1", "m1", "m3"]  # exact word newest first, then the prefix hit
    assert [h.tier for h in hits] == [0, 0, 0, 1]
    assert hits[1].kind == "note" and hits[0].kind == "message"


def test_a_hit_says_where_to_open(searchable):
    [hit] = searchable.store.search("errada")
    assert (hit.conversation_id, hit.message_id, hit.contact_id) == ("c1", "m2", "k1")
    [person] = searchable.store.search("Maria")
    assert (person.kind, person.conversation_id) == ("contact", "c2")
    page = searchable.store.messages_around(hit.conversation_id, hit.message_id)
    assert "m2" in [m.id for m in page]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_return_results_or_nothing(searchable, query):
    hits = searchable.store.search(query)
    assert isinstance(hits, list)
    for expression in (fts_query(query), phone_fts_query(query)):
        if expression is None:
            continue
        table = "contacts_fts" if expression.startswith("phone_search") else "messages_fts"
        with searchable.read() as conn:  # the raw expression itself is valid FTS5 (no fallback)
            conn.execute(text(f"SELECT rowid FROM {table} WHERE {table} MATCH :q"), {"q": expression})


def test_column_filters_and_operators_are_literal_words(searchable):
    assert ids(searchable.store.search("text:ajuda")) == []  # "text" is a word nobody wrote
    assert ids(searchable.store.search("ajuda OR anual")) == []  # OR is a word, not an operator
    assert ids(searchable.store.search('"ajuda')) == ["m1"]


def test_search_index_follows_edits_and_deletes(searchable):
    searchable.apply_changes([
        {"cursor": 2, "collection": "messages", "op": "upsert", "id": "m1",
         "record": message("m1", "c1", text="Resolvido, obrigado")},
        {"cursor": 3, "collection": "messages", "op": "delete", "id": "m2"},
        {"cursor": 4, "collection": "contacts", "op": "upsert", "id": "k1",
         "record": contact("k1", "Joana Prado", "+55 31 4444-5555")}])
    assert "m1" not in ids(searchable.store.search("fatura"))
    assert ids(searchable.store.search("obrigado")) == ["m1"]
    assert ids(searchable.store.search("errada")) == []
    assert ids(searchable.store.search("98765")) == [] and ids(searchable.store.search("joana")) == ["k1"]


def test_search_view_lists_the_conversations_with_hits(searchable):
    found = searchable.store.conversations_for_view("search:fatura", "u1")
    assert [s.id for s in found] == ["c1", "c2"]


def test_a_result_preview_starts_near_the_match_accents_and_case_aside():
    from rvops_desktop.models.search import snippet
    long = "Bom dia! Eu queria saber sobre o contrato de manutenção e também sobre a AÇÃO de cobrança"
    assert snippet(long, "acao") == "…e também sobre a AÇÃO de cobrança"
    assert snippet("curto: boleto", "boleto") == "curto: boleto"  # the match is already in view
    assert snippet(long, "inexistente") == long
