"""The generated workspace of the replica benchmark (benchmarks/bench_replica.py).

Records are produced CHUNK at a time, and each chunk has its own seeded generator, so the same
chunk can be made again (both replicas get identical records; the catch-up and the queries
reuse a few chunks) and no list of millions of records is ever held: the benchmark's peak
memory is the replica's, not the generator's.
"""
from __future__ import annotations

import itertools
import random
import re
import time
import unicodedata
from collections.abc import Iterator

FULL = {"conversations": 100_000, "messages": 2_000_000, "contacts": 200_000}
CHUNK = 5000  # records generated (and applied) at a time
SYLLABLES = ["ba", "be", "ca", "ção", "da", "de", "fa", "fi", "ga", "lo", "ma", "mé", "na", "nó",
             "pa", "pe", "ra", "ri", "sa", "são", "ta", "te", "va", "vi", "xa", "zu", "lã", "cí"]
FIRST = ["João", "Maria", "Conceição", "José", "Ana", "Luís", "Mônica", "Álvaro", "Érica", "Zé",
         "Bruna", "Caio", "Débora", "Fábio", "Gisele", "Heitor", "Íris", "Júlia", "Márcio", "Otávio"]
LAST = ["Silva", "Souza", "Araújo", "Conceição", "Pereira", "Gonçalves", "Lima", "Ribeiro",
        "Rocha", "Simões", "Antônio", "Brandão", "Falcão", "Mourão", "Sá", "Tavares"]
STOP = ["a", "o", "de", "que", "e", "é", "não", "um", "para", "com"]
# What agents type into the search box, and how often (of `--queries`).
QUERY_MIX = (("word", 0.20), ("two words", 0.10), ("word being typed (3-5 letters)", 0.10),
             ("full name", 0.15), ("first name", 0.10), ("last name", 0.10),
             ("phone fragment", 0.15), ("e-mail fragment", 0.05), ("no match", 0.05))


def iso(seconds: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(1_735_689_600 + seconds))


def unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


class Data:
    """The generated workspace, produced CHUNK records at a time and reproducible chunk by chunk
    (each chunk has its own seeded generator), so both replicas get identical records and no
    list of millions of records is ever held."""

    def __init__(self, scale: float, seed: int = 7) -> None:
        self.seed = seed
        rng = random.Random(seed)
        self.vocab = sorted({"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
                             for _ in range(6000)})
        self.n = {k: max(10, int(v * scale)) for k, v in FULL.items()}
        # a skewed number of messages per conversation (a few long threads, many short ones)
        weights = [1 + (rng.random() ** 4) * 40 for _ in range(self.n["conversations"])]
        self.cum_weights = list(itertools.accumulate(weights))

    def _rng(self, kind: str, chunk: int) -> random.Random:
        return random.Random(f"{self.seed}-{kind}-{chunk}")

    def chunk_count(self, collection: str) -> int:
        return (self.n[collection] - 1) // CHUNK + 1

    def chunks(self, collection: str) -> Iterator[list[dict]]:
        for chunk in range(self.chunk_count(collection)):
            yield self.chunks_of(collection, chunk)

    def chunks_of(self, collection: str, chunk: int) -> list[dict]:
        return {"contacts": self.contacts_chunk, "conversations": self.conversations_chunk,
                "messages": self.messages_chunk}[collection](chunk)

    def _span(self, collection: str, chunk: int) -> range:
        return range(chunk * CHUNK, min(self.n[collection], (chunk + 1) * CHUNK))

    def contacts_chunk(self, chunk: int) -> list[dict]:
        rng = self._rng("contacts", chunk)
        return [{
            "id": f"contact-{i:07d}", "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "phone": f"+55 {rng.randint(11, 99)} 9{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}",
            "email": f"cliente{i}@example.com.br", "owner_id": f"user-{i % 40}",
            "tags": ["vip"] if i % 17 == 0 else [], "properties": {"cidade": "São Paulo"},
            "created_at": iso(i), "updated_at": iso(i)} for i in self._span("contacts", chunk)]

    def conversations_chunk(self, chunk: int) -> list[dict]:
        rng, contacts = self._rng("conversations", chunk), self.n["contacts"]
        return [{
            "id": f"conv-{i:07d}", "contact_id": f"contact-{rng.randrange(contacts):07d}",
            "channel": rng.choice(["whatsapp", "whatsapp", "instagram", "webchat"]),
            "status": "open" if i % 4 else "closed", "assignee_id": f"user-{i % 40}",
            "team_id": f"team-{i % 5}", "opened_at": iso(i * 10), "closed_at": None,
            "closed_by": None, "last_inbound_at": iso(i * 10 + 5),
            "last_message_at": iso(i * 10 + 5), "last_message_preview": "…",
            "unread": i % 3, "window_closed_by_provider": False}
            for i in self._span("conversations", chunk)]

    def messages_chunk(self, chunk: int) -> list[dict]:
        rng, span = self._rng("messages", chunk), self._span("messages", chunk)
        owners = rng.choices(range(self.n["conversations"]), cum_weights=self.cum_weights,
                             k=len(span))
        out = []
        for i, owner in zip(span, owners):
            words = rng.choices(self.vocab, k=rng.randint(3, 10)) + rng.choices(STOP, k=2)
            rng.shuffle(words)
            out.append({
                "id": f"msg-{i:08d}", "conversation_id": f"conv-{owner:07d}",
                "direction": "inbound" if i % 2 else "outbound", "kind": "note" if i % 50 == 0
                else "text", "text": " ".join(words), "status": "read", "created_at": iso(i),
                "author_id": None if i % 2 else f"user-{i % 40}", "provider_id": f"wamid.{i}",
                "attachments": [], "reply_to_id": None})
        return out

    def _last_chunks(self, collection: str, count: int) -> list[dict]:
        last = self.chunk_count(collection) - 1
        return [r for c in range(max(0, last - count + 1), last + 1)
                for r in self.chunks_of(collection, c)]

    def thread_ids(self, count: int) -> list[str]:
        """Conversations to open, the busy ones more often (as agents do)."""
        rng = self._rng("threads", 0)
        owners = rng.choices(range(self.n["conversations"]), cum_weights=self.cum_weights,
                             k=count * 2)
        return list(dict.fromkeys(f"conv-{o:07d}" for o in owners))[:count]

    def changes(self, count: int, start_cursor: int) -> list[dict]:
        """A catch-up: new messages, status updates of recent ones, conversation updates."""
        rng = self._rng("changes", 0)
        recent = self._last_chunks("messages", 2)
        conversations = self.chunks_of("conversations",
                                       rng.randrange(self.chunk_count("conversations")))
        base, out = self.n["messages"], []
        for i in range(count):
            roll = rng.random()
            if roll < 0.6:
                record = dict(rng.choice(recent), id=f"msg-new-{i:08d}", created_at=iso(base + i),
                              text=" ".join(rng.choices(self.vocab, k=6)))
                collection = "messages"
            elif roll < 0.8:
                record = dict(rng.choice(recent), status="read")
                collection = "messages"
            else:
                record = dict(rng.choice(conversations), last_message_at=iso(base + i), unread=1)
                collection = "conversations"
            out.append({"cursor": start_cursor + i + 1, "collection": collection, "op": "upsert",
                        "id": record["id"], "record": record})
        return out

    def queries(self, count: int) -> list[tuple[str, str]]:
        """(kind, query) pairs in the proportions of QUERY_MIX, shuffled."""
        rng = self._rng("queries", 0)
        contacts = self.chunks_of("contacts", rng.randrange(self.chunk_count("contacts")))
        kinds = [kind for kind, share in QUERY_MIX for _ in range(round(share * count))]
        rng.shuffle(kinds)
        out = []
        for kind in kinds[:count]:
            if kind == "word":
                query = rng.choice(self.vocab)
            elif kind == "two words":
                query = " ".join(rng.choices(self.vocab, k=2))
            elif kind.startswith("word being typed"):
                query = rng.choice(self.vocab)[:rng.randint(3, 5)]
            elif kind == "full name":
                query = unaccented(f"{rng.choice(FIRST)} {rng.choice(LAST)}").lower()
            elif kind == "first name":
                query = unaccented(rng.choice(FIRST)).lower()
            elif kind == "last name":
                query = rng.choice(LAST)
            elif kind == "phone fragment":
                digits = re.sub(r"\D", "", rng.choice(contacts)["phone"])
                start = rng.randrange(2, len(digits) - 4)
                query = digits[start:start + rng.randint(4, 8)]
                if rng.random() < 0.3:
                    query = f"({digits[2:4]}) {digits[4:8]}"
            elif kind == "e-mail fragment":
                query = rng.choice(contacts)["email"].split("@")[0]
            else:
                query = "".join(rng.choice("qwkyj") for _ in range(6))
            out.append((kind, query))
        return out
