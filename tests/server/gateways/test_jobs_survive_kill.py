"""Durable jobs across a kill -9 of the server process (`rvops-server serve`, restarted on the same
database and port), with the Meta stand-in on loopback: a download cut off mid-transfer and a send
whose answer never came back are each completed once — one file stored, one message at Meta."""
from __future__ import annotations

import base64
import hashlib

import pytest
import sqlalchemy as sa

from rvops_meta_standin import payloads as P
from rvops_server.store import schema as t
from tests.server.gateways.conftest import wait_for
from tests.support.servers import Agent, ServerProcess

CUSTOMER = "5511933332222"
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
HELD_SECONDS = 8.0  # the stand-in keeps the answer back this long: the server dies meanwhile
RESTART_SECONDS = 30.0


@pytest.fixture
def db(database_url):
    engine = sa.create_engine(database_url)
    yield engine
    engine.dispose()


def start_server(database_url, tmp_path, meta, **env) -> ServerProcess:
    server = ServerProcess(database_url, log_path=tmp_path / "server.log", env={
        "RVOPS_GRAPH_API_URL": meta.url, "RVOPS_MEDIA_DIR": str(tmp_path / "media"),
        "RVOPS_JOB_POLL_SECONDS": "0.2", "RVOPS_JOB_BACKOFF_SECONDS": "0.2", "RVOPS_JOB_BACKOFF_MAX_SECONDS": "0.5",
        **env})
    meta.standin.config.whatsapp_webhook_url = server.url + "/webhooks/whatsapp"
    return server


def one(db, query):
    with db.connect() as conn:
        return conn.execute(query).first()


def message(db, **where):
    m = t.messages.c
    return one(db, sa.select(t.messages).where(*[m[k] == v for k, v in where.items()]))


def test_a_download_cut_off_by_kill_9_is_finished_after_restart_exactly_once(database_url, tmp_path, meta, db):
    server = start_server(database_url, tmp_path, meta, RVOPS_JOB_LEASE_SECONDS="3")
    try:
        meta.standin.state.holds["media"] = [HELD_SECONDS]
        written = meta.customer_whatsapp(wa_id=CUSTOMER, type="image",
                                         media={"data_b64": base64.b64encode(PNG).decode(), "mime_type": "image/png"})
        assert written["webhook_status"] == 200
        media_id = next(reversed(meta.standin.state.media))
        wait_for(lambda: meta.standin.state.media_fetches.get(media_id) == 1, "the download to be under way")
        server.kill()
        assert message(db, provider_id=written["id"]).attachments[0]["state"] == "downloading"

        server.start()  # the lease of the dead instance runs out; the restarted one downloads
        ready = wait_for(lambda: (m := message(db, provider_id=written["id"])).attachments[0]["state"] == "ready"
                         and m, "the download to finish after the restart", RESTART_SECONDS)
        stored = ready.attachments[0]
        assert stored["sha256"] == hashlib.sha256(PNG).hexdigest() and stored["size"] == len(PNG)
        with db.connect() as conn:
            files = conn.execute(sa.select(t.media.c.id).where(t.media.c.sha256 == stored["sha256"])).all()
            assert [f.id for f in files] == [stored["id"]]  # one file stored
            assert conn.execute(sa.select(t.media_downloads)).all() == []
        assert meta.standin.state.media_fetches[media_id] == 2  # the cut-off one and the one that finished

        redelivery = next(d.payload for d in meta.standin.state.deliveries
                          if written["id"] in str(d.payload))
        assert meta.call(meta.standin.deliver(meta.standin.config.whatsapp_webhook_url, redelivery)) == 200
        assert meta.standin.state.media_fetches[media_id] == 2  # Meta's retry downloads nothing again
    finally:
        server.stop()


def _open_conversation(meta, db) -> str:
    written = meta.customer_whatsapp(wa_id=CUSTOMER, type="text", body=P.text_body("Preciso do código"))
    assert written["webhook_status"] == 200
    return wait_for(lambda: message(db, provider_id=written["id"]), "the customer's message").conversation_id


def _sent_with_key(meta, message_id) -> list:
    return [r for r in meta.standin.state.sent if r.key == message_id]


def test_a_send_whose_answer_was_lost_to_kill_9_is_sent_exactly_once(database_url, tmp_path, meta, db):
    """Meta accepted the message, the server died before the answer came back: after the restart the
    message is recognised as sent by its idempotency key on Meta's status webhook, never sent again."""
    meta.standin.config.status_delays = (2.0, 0.0, 0.0)  # Meta's "sent" comes after the server died
    meta.standin.config.status_webhook_retries = (0.25,) * 240  # …and is retried, as Meta does
    server = start_server(database_url, tmp_path, meta, RVOPS_JOB_LEASE_SECONDS="20")
    agent = None
    try:
        conversation_id = _open_conversation(meta, db)
        agent = Agent(server.url, "admin@demo.rvops")
        meta.standin.state.holds["send"] = [HELD_SECONDS]
        result = agent.mutate("send_message", conversation_id=conversation_id, text="Seu código de acesso é 482913")
        assert result["status"] == "accepted", result
        message_id = result["data"]["message_id"]
        wait_for(lambda: _sent_with_key(meta, message_id), "Meta to have accepted the send")
        server.kill()
        assert message(db, id=message_id).status == "queued"

        server.start()
        sent = wait_for(lambda: (m := message(db, id=message_id)).status in ("sent", "delivered", "read") and m,
                        "the message to be known as sent after the restart", RESTART_SECONDS)
        assert sent.provider_id == _sent_with_key(meta, message_id)[0].provider_message_id
        assert one(db, sa.select(t.outbound_sends)) is None  # nothing left that could send it again
        wait_for(lambda: message(db, id=message_id).status == "read", "the last status")
        assert len(_sent_with_key(meta, message_id)) == 1
    finally:
        if agent is not None:
            agent.close()
        server.stop()


def test_a_queued_send_survives_kill_9_and_is_sent_once_meta_is_healthy(database_url, tmp_path, meta, db):
    """The Graph API refuses with 130429 (retried, the message stays queued), the server is killed;
    restarted with a healthy Graph API it sends the message, once."""
    server = start_server(database_url, tmp_path, meta)
    agent = None
    try:
        conversation_id = _open_conversation(meta, db)
        agent = Agent(server.url, "admin@demo.rvops")
        meta.inject_error(130429, count=1000, http_status=429)
        result = agent.mutate("send_message", conversation_id=conversation_id, text="Chega hoje")
        message_id = result["data"]["message_id"]
        wait_for(lambda: message(db, id=message_id).error_code == "rate_limited", "a rate-limited attempt")
        server.kill()
        assert message(db, id=message_id).status == "queued"
        meta.standin.state.injected_errors.clear()  # Meta is healthy again

        server.start()
        wait_for(lambda: message(db, id=message_id).status in ("sent", "delivered", "read"),
                 "the queued message to be sent after the restart", RESTART_SECONDS)
        assert len(_sent_with_key(meta, message_id)) == 1
        assert one(db, sa.select(t.outbound_sends)) is None
    finally:
        if agent is not None:
            agent.close()
        server.stop()
