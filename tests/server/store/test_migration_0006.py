"""0006: conversations keep the address they opened with; existing ones take their contact's."""
from datetime import datetime

import sqlalchemy as sa
from alembic import command

from rvops_server.store.db import alembic_config, make_engine, migrate


def test_conversations_get_their_contacts_address(database_url):
    engine = make_engine(database_url)
    cfg = alembic_config(database_url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
    now = datetime(2026, 1, 1)
    with engine.begin() as conn:
        for cid, phone, ig in (("c1", "+5511999990000", None), ("c2", None, "1784")):
            conn.execute(sa.text("insert into contacts (id, name, phone, instagram_id, tags, properties, created_at,"
                                 " updated_at) values (:id, 'C', :phone, :ig, '[]', '{}', :n, :n)"),
                         {"id": cid, "phone": phone, "ig": ig, "n": now})
        for conv_id, contact_id, channel in (("cv1", "c1", "whatsapp"), ("cv2", "c2", "instagram"),
                                             ("cv3", "c1", "instagram")):
            conn.execute(sa.text("insert into conversations (id, contact_id, channel, status, opened_at, unread_count,"
                                 " window_closed_by_provider) values (:id, :c, :ch, 'open', :n, 0, false)"),
                         {"id": conv_id, "c": contact_id, "ch": channel, "n": now})
    migrate(engine)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("select id, address from conversations order by id")).all()
    assert [tuple(r) for r in rows] == [("cv1", "+5511999990000"), ("cv2", "1784"), ("cv3", None)]
    engine.dispose()
