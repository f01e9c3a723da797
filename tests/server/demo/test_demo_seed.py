"""The demo workspace's seed is a workspace the product could have made: each conversation's last
message and last inbound times are its messages' own (the inbox row showed 10:38 over a thread
whose last message said 10:37)."""
from __future__ import annotations

import sqlalchemy as sa

from rvops_contract.clock import FakeClock
from rvops_server.demo.seed import seed_if_empty
from rvops_server.store import schema as t
from rvops_server.store.db import Store, make_engine, migrate


def test_each_seeded_conversation_says_the_times_of_its_own_messages(sqlite_url):
    engine = make_engine(sqlite_url)
    migrate(engine)
    assert seed_if_empty(Store(engine, FakeClock()))
    c, m = t.conversations, t.messages
    with engine.connect() as conn:
        conversations = conn.execute(sa.select(c.c.id, c.c.last_message_at, c.c.last_inbound_at)).all()
        assert len(conversations) >= 5
        for conversation in conversations:
            last = conn.execute(sa.select(sa.func.max(m.c.created_at))
                                .where(m.c.conversation_id == conversation.id)).scalar()
            last_inbound = conn.execute(sa.select(sa.func.max(m.c.created_at))
                                        .where(m.c.conversation_id == conversation.id,
                                               m.c.direction == "inbound")).scalar()
            assert conversation.last_message_at == last, conversation.id
            assert conversation.last_inbound_at == last_inbound, conversation.id
    engine.dispose()
