"""Customer messages and provider statuses, applied to the store."""
import sqlalchemy as sa

from rvops_server.domain.inbound import Inbound, apply_status, ingest, mark_sent
from rvops_server.store import schema as t


def _conv(server, conversation_id):
    with server.services.store.read() as conn:
        return conn.execute(sa.select(t.conversations).where(t.conversations.c.id == conversation_id)).first()


def _write(server, item):
    with server.services.store.write() as uow:
        return ingest(uow, server.services.router, item, server.services.clock.now())


def test_a_bare_reaction_does_not_reopen_the_window(live_server, fake_clock):
    first = _write(live_server, Inbound("whatsapp", "+5511900000009", "wamid.A", text="oi"))
    opened_at = _conv(live_server, first.conversation_id).last_inbound_at
    fake_clock.advance(hours=25)
    reaction = _write(live_server, Inbound("whatsapp", "+5511900000009", "wamid.B", kind="reaction",
                                           payload={"reaction": {"target_id": "x", "emoji": "👍"}}, opens_window=False))
    conv = _conv(live_server, reaction.conversation_id)
    assert reaction.conversation_id == first.conversation_id
    assert conv.last_inbound_at == opened_at and conv.unread_count == 2
    _write(live_server, Inbound("whatsapp", "+5511900000009", "wamid.C", text="voltei"))
    assert _conv(live_server, first.conversation_id).last_inbound_at > opened_at


def test_a_window_closed_failure_locks_the_conversation_and_statuses_never_go_back(live_server, fake_clock):
    first = _write(live_server, Inbound("whatsapp", "+5511900000010", "wamid.D", text="oi"))
    with live_server.services.store.write() as uow:
        uow.conn.execute(t.messages.insert().values(
            id="out-1", conversation_id=first.conversation_id, direction="outbound", kind="text", text="x",
            status="queued", channel="whatsapp", attachments=[], payload={}, created_at=fake_clock.now().replace(tzinfo=None),
            updated_at=fake_clock.now().replace(tzinfo=None)))
        mark_sent(uow, "out-1", "wamid.OUT", fake_clock.now())
        apply_status(uow, "whatsapp", "wamid.OUT", "read", fake_clock.now())
        apply_status(uow, "whatsapp", "wamid.OUT", "delivered", fake_clock.now())  # late: ignored
    with live_server.services.store.read() as conn:
        assert conn.execute(sa.select(t.messages.c.status).where(t.messages.c.id == "out-1")).scalar() == "read"
    with live_server.services.store.write() as uow:
        apply_status(uow, "whatsapp", "wamid.OUT", "failed", fake_clock.now(), error_code="window_closed",
                     error_text="A janela de 24 horas fechou.")
    assert _conv(live_server, first.conversation_id).window_closed_by_provider is True


def test_a_failure_that_overtakes_the_send_answer_keeps_its_reason(live_server, fake_clock):
    """Meta answers the send with an id and, at once, a `failed` status webhook; when the webhook is
    applied first (adopting the message by its idempotency key), the send's answer that follows must
    not wipe the failure's reason."""
    from rvops_server.outbound import _sent, adopt_by_key
    first = _write(live_server, Inbound("whatsapp", "+5511900000011", "wamid.E", text="oi"))
    now = fake_clock.now()
    with live_server.services.store.write() as uow:
        uow.conn.execute(t.messages.insert().values(
            id="out-2", conversation_id=first.conversation_id, direction="outbound", kind="text", text="x",
            status="queued", channel="whatsapp", attachments=[], payload={}, created_at=now.replace(tzinfo=None),
            updated_at=now.replace(tzinfo=None)))
    with live_server.services.store.write() as uow:  # the webhook, before the send's answer is stored
        assert apply_status(uow, "whatsapp", "wamid.LATE", "failed", now) is None
        assert adopt_by_key(uow, "out-2", "wamid.LATE", now)
        apply_status(uow, "whatsapp", "wamid.LATE", "failed", now, error_code="window_closed",
                     error_text="A janela de 24 horas fechou.")
    with live_server.services.store.write() as uow:  # then the send's own answer
        _sent(uow, "out-2", "wamid.LATE", now)
    with live_server.services.store.read() as conn:
        row = conn.execute(sa.select(t.messages).where(t.messages.c.id == "out-2")).first()
    assert (row.status, row.error_code, row.error_text) == ("failed", "window_closed", "A janela de 24 horas fechou.")


def test_a_message_without_bot_or_team_spends_no_query_on_either(live_server, fake_clock):
    """Most customer messages land in a conversation the bot does not hold and no team has: a new
    conversation is born with its first message's touch, and a follow-up's touch returns both facts,
    so neither the bot's session nor the team's away message is looked up (at 200 webhooks/s those
    two reads were 40 % of a message's write)."""
    services = live_server.services
    statements: list[str] = []

    def seen(conn, cursor, statement, *args):
        statements.append(statement)

    def ingest_counted(item):
        statements.clear()
        sa.event.listen(services.store.engine, "before_cursor_execute", seen)
        try:
            with services.store.write() as uow:
                return ingest(uow, services.router, item, fake_clock.now(), services.chatbot)
        finally:
            sa.event.remove(services.store.engine, "before_cursor_execute", seen)

    first = ingest_counted(Inbound("whatsapp", "+5511900000012", "wamid.F", text="oi"))
    assert first.new_conversation and not [s for s in statements if "teams" in s or s.lstrip().upper().startswith("UPDATE")]
    conversation = _conv(live_server, first.conversation_id)
    assert (conversation.unread_count, conversation.last_message_preview) == (1, "oi")
    assert conversation.last_message_at == conversation.last_inbound_at == conversation.opened_at

    follow_up = ingest_counted(Inbound("whatsapp", "+5511900000012", "wamid.G", text="e aí"))
    assert follow_up.conversation_id == first.conversation_id and follow_up.message_id
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert not [s for s in reads if "teams" in s or "bot_status" in s]
    assert len([s for s in reads if "conversations" in s]) == 1  # the lookup of sender and message
    assert _conv(live_server, first.conversation_id).unread_count == 2
