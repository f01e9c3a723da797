"""Full-text search over messages, notes and contacts (SQLite FTS5, accent-insensitive).

The user's query is never handed to FTS5 as syntax. It is cut into words (`\\w+`), each word
becomes a double-quoted string with a prefix star ("joa"* matches "João"), and the words are
ANDed. Quotes, parentheses, `*`, `^`, `-`, `NEAR`, `AND/OR/NOT` and column filters such as
`text:` therefore only ever reach FTS5 as literal words inside quotes, and the MATCH string is a
bound parameter: no input can break the query or read another column or table.

A query that looks like a phone number ("(11) 98765", "+55 11 9876-54") also matches any
fragment of a contact's digits through the derived `phone_search` column.

Ranking: relevance tiers (0: every query word occurs as a whole word; 1: only as a word
prefix), newest first within a tier. Each index is asked for the newest whole-word matches,
as many as the page shows (`ORDER BY rowid DESC LIMIT n`: FTS5 walks its doclists from the
newest row and stops at n, so a word in half a million messages costs no more than a rare one),
and, only when those do not fill the page, for the newest prefix matches. Short prefixes (2 and 3 characters: "sa",
"com") are read from FTS5's prefix index (`prefix='2 3'`) instead of merging the doclists of
every word they begin; bm25 is not used, since ranking every match is linear in the matches.
Each hit names the conversation (and message) to open.
"""
from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .schema import raw_connection
from .text import fold

if TYPE_CHECKING:
    from sqlalchemy import Connection

log = logging.getLogger(__name__)

MAX_QUERY_TERMS = 12
MAX_TERM_LENGTH = 64
MIN_PREFIX_LENGTH = 2  # a one-letter prefix would match most of the index
MIN_PHONE_DIGITS = 3
CANDIDATES = 100  # at most this many rows read per index and tier (the page size, if smaller)
DEFAULT_LIMIT = 50

_WORD = re.compile(r"\w+")
_PHONE_LIKE = re.compile(r"[\d\s()+\-./]+")


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # "message", "note" or "contact"
    conversation_id: str | None  # the conversation to open (a contact's latest one)
    message_id: str | None  # the message to open the conversation at (None for contacts)
    contact_id: str | None
    text: str  # the message text, or the contact's name
    at: str | None  # message time, or the contact's latest activity
    tier: int  # 0: whole-word match of every term; 1: prefix-only


def query_terms(query: str) -> list[str]:
    return [t[:MAX_TERM_LENGTH] for t in _WORD.findall(query or "")][:MAX_QUERY_TERMS]


def fts_query(query: str) -> str | None:
    """The MATCH expression for a user's query (None: nothing searchable in it)."""
    terms = query_terms(query)
    if not terms:
        return None
    return " ".join(f'"{t}"' + ("*" if len(t) >= MIN_PREFIX_LENGTH else "") for t in terms)


def whole_words_query(query: str) -> str | None:
    """The MATCH expression for every word of `query` as a whole word (tier 0)."""
    terms = query_terms(query)
    return " ".join(f'"{t}"' for t in terms) if terms else None


def contacts_expression(words: str | None, phone: str | None) -> str | None:
    """Name, phone and e-mail words, or a phone fragment, as one contacts_fts MATCH."""
    return " OR ".join(e for e in ((f"{{name phone email}} : ({words})" if words else None),
                                   phone) if e) or None


def phone_fts_query(query: str) -> str | None:
    stripped = (query or "").strip()
    if not stripped or not _PHONE_LIKE.fullmatch(stripped):
        return None
    digits = re.sub(r"\D", "", stripped)
    if len(digits) < MIN_PHONE_DIGITS:
        return None
    return f'phone_search : "{digits[:MAX_TERM_LENGTH]}"*'


def _tier(folded_terms: set[str], *texts: str | None) -> int:
    words = set(_WORD.findall(fold(" ".join(t for t in texts if t))))
    return 0 if folded_terms <= words else 1


_MESSAGES_SQL = """
SELECT m.id, m.conversation_id, m.kind, m.text, m.created_at, c.contact_id
FROM (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid DESC LIMIT ?) AS f
JOIN messages AS m ON m.pk = f.rowid
LEFT JOIN conversations AS c ON c.id = m.conversation_id
"""

_CONTACTS_SQL = """
SELECT ct.id, ct.name, ct.phone, ct.email, ct.updated_at,
       (SELECT c.id FROM conversations AS c WHERE c.contact_id = ct.id
        ORDER BY coalesce(c.last_message_at, c.opened_at) DESC LIMIT 1) AS conversation_id,
       (SELECT max(coalesce(c.last_message_at, c.opened_at)) FROM conversations AS c
        WHERE c.contact_id = ct.id) AS last_activity
FROM (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? ORDER BY rowid DESC LIMIT ?) AS f
JOIN contacts AS ct ON ct.pk = f.rowid
"""


def _match(conn: Connection, sql: str, expression: str, limit: int) -> list[tuple[Any, ...]]:
    try:  # the DB-API cursor: plain tuples, none of SQLAlchemy's per-row result machinery
        return raw_connection(conn).execute(sql, (expression, limit)).fetchall()
    except sqlite3.OperationalError:  # never expected (the expression is built above); never fatal
        log.exception("search expression %r failed", expression)
        return []


def _tiered(conn: Connection, sql: str, exact: str | None, prefix: str | None,
            limit: int) -> list[tuple[int | None, tuple[Any, ...]]]:
    """(tier, row) for the newest whole-word matches (tier 0: FTS5 matched every word as a
    whole token), then, unless they already fill the page, the newest prefix matches not among
    them (tier 1 when the whole-word matches were all read; None: unknown, to be computed).
    A page shows at most `limit` hits, newest first within a tier, so no index is asked for
    more than `limit` rows per tier."""
    per_tier = max(1, min(limit, CANDIDATES))
    rows = _match(conn, sql, exact, per_tier) if exact else []
    tiered: list[tuple[int | None, tuple[Any, ...]]] = [(0, row) for row in rows]
    if prefix and prefix != exact and len(rows) < limit:
        seen = {row[0] for row in rows}
        tier = 1 if len(rows) < per_tier else None
        tiered += [(tier, row) for row in _match(conn, sql, prefix, per_tier)
                   if row[0] not in seen]
    return tiered


def search(conn: Connection, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    terms = {fold(t) for t in query_terms(query)}
    words, exact = fts_query(query), whole_words_query(query)
    phone = phone_fts_query(query)
    hits: list[SearchHit] = []
    if words:
        for tier, (mid, conversation_id, kind, text, created_at, contact_id) in _tiered(
                conn, _MESSAGES_SQL, exact, words, limit):
            hits.append(SearchHit("note" if kind == "note" else "message", conversation_id, mid,
                                  contact_id, text or "", created_at,
                                  _tier(terms, text) if tier is None else tier))
    exact_contacts = contacts_expression(exact, phone)
    if exact_contacts:
        for tier, (cid, name, phone_number, email, updated_at, conversation_id, activity) in (
                _tiered(conn, _CONTACTS_SQL, exact_contacts, contacts_expression(words, phone),
                        limit)):
            if phone:
                tier = 0
            elif tier is None:
                tier = _tier(terms, name, phone_number, email)
            hits.append(SearchHit("contact", conversation_id, None, cid, name or phone_number or "",
                                  activity or updated_at, tier))
    hits.sort(key=lambda h: h.at or "", reverse=True)  # newest first...
    hits.sort(key=lambda h: h.tier)  # ...within each relevance tier (stable sort)
    return hits[:limit]


SNIPPET_LEAD = 24  # characters kept before the first match, so the list shows the match, not the start


def snippet(text: str | None, query: str) -> str:
    """`text` from a little before the first place a query word occurs (accent- and
    case-insensitive, as the search matched it), for a one-line list preview."""
    if not text:
        return ""
    terms = [fold(t) for t in query_terms(query) if t]
    folded, starts = [], []  # folded text, and for each folded character the original's index
    for i, ch in enumerate(text):
        piece = fold(ch)
        folded.append(piece)
        starts.extend([i] * len(piece))
    haystack = "".join(folded)
    found = [haystack.find(t) for t in terms]
    first = min((f for f in found if f >= 0), default=-1)
    if first < 0 or starts[first] <= SNIPPET_LEAD:
        return text
    start = starts[first] - SNIPPET_LEAD
    space = text.find(" ", start, starts[first])  # begin at a word
    return "…" + text[(space + 1 if space >= 0 else start):]
