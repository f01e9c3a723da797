"""Refused mutations roll back their optimistic effect and carry the server's reason and sentence."""
from __future__ import annotations

from rvops_contract.sentences import Sentence
from rvops_desktop.models import View
from rvops_desktop.sync.sender import REJECTED
from tests.desktop.sync.syncrig import eventually
from tests.support.servers import Agent


async def test_window_closed_turns_the_queued_message_failed_with_the_closing_time(server, clients, fake_clock):
    ana = await clients(server.url, "ana@demo.rvops")
    await ana.engine.wait_idle(15)
    notices = []
    ana.engine.on_refusal(notices.append)
    fake_clock.advance(hours=25)  # cv_maria's contact last wrote 12 minutes before the start

    pending = ana.actions.send_message("cv_maria", "Ainda está aí?")
    message_id = pending.args["message_id"]
    assert ana.replica.store.message(message_id).status == "queued"
    await eventually(lambda: notices)
    await ana.engine.wait_idle(15)

    [notice] = notices
    assert (notice.mutation_id, notice.reason) == (pending.mutation_id, "window_closed")
    failed = ana.replica.store.message(message_id)
    assert failed.status == "failed" and failed.error_code == "window_closed"
    assert "24-hour window closed at" in failed.error_text  # the sentence, English (lang="en")
    assert ana.replica.outbox.pending_count() == 0
    assert ana.replica.outbox.refusals()[0].reason == "window_closed"


async def test_forbidden_creation_disappears_and_says_which_permission(server, clients):
    bruno = await clients(server.url, "bruno@demo.rvops")  # plain agents may not create companies
    await bruno.engine.wait_idle(15)
    notices = []
    bruno.engine.on_refusal(notices.append)
    pending = bruno.actions.create_company("c_joao", "Pereira Ltda")
    company_id = pending.args["id"]
    assert any(c.id == company_id for c in bruno.replica.store.contact_history("c_joao").companies)

    await eventually(lambda: notices)
    assert notices[0].reason == "forbidden" and "create_company" in notices[0].message
    assert not any(c.id == company_id for c in bruno.replica.store.contact_history("c_joao").companies)


async def test_a_message_queued_for_a_conversation_transferred_away_is_refused_and_it_leaves_the_inbox(
        server, clients):
    ana = await clients(server.url, "ana@demo.rvops", start=False)
    await ana.engine.sync_once()
    notices = []
    ana.engine.on_refusal(notices.append)
    pending = ana.actions.send_message("cv_maria", "Mensagem escrita offline")

    admin = Agent(server.url, "admin@demo.rvops")
    assert admin.mutate("transfer", conversation_id="cv_maria", to_user_id="u_bruno")["status"] == "accepted"

    ana.engine.start()
    await eventually(lambda: notices)
    await ana.engine.wait_idle(15)
    assert notices[0].reason == "not_assigned" and "Bruno" in notices[0].message
    assert ana.replica.store.message(pending.args["message_id"]).status == "failed"
    # ana may no longer see it: it left her replica-backed inbox
    assert "cv_maria" not in {s.id for s in ana.replica.store.conversations_for_view(View.mine(), ana.user_id)}
    assert ana.replica.store.conversation("cv_maria") is None
    # nor is its history readable any more (at most her own failed draft stays, with the reason)
    assert {m.id for m in ana.replica.store.messages_page("cv_maria")} <= {pending.args["message_id"]}
    assert ana.replica.outbox.refusals()[0].reason == "not_assigned"


async def test_own_transfer_leaves_the_senders_inbox_and_arrives_unread_in_the_receivers(server, clients):
    ana = await clients(server.url, "ana@demo.rvops")
    bruno = await clients(server.url, "bruno@demo.rvops")
    await ana.engine.wait_idle(15)
    await bruno.engine.wait_idle(15)
    assert bruno.replica.store.conversation("cv_joao") is None

    ana.actions.transfer("cv_joao", to_user_id="u_bruno", note="Cliente do boleto")
    mine = lambda: {s.id for s in ana.replica.store.conversations_for_view(View.mine(), ana.user_id)}
    assert "cv_joao" not in mine()  # at once, optimistically
    await ana.engine.wait_idle(15)
    await eventually(lambda: ana.replica.store.conversation("cv_joao") is None)

    # the receiver gets the conversation with its whole history
    await eventually(lambda: bruno.replica.store.conversation("cv_joao") is not None)
    await eventually(lambda: len(bruno.replica.store.messages_page("cv_joao")) >= 3)
    texts = [m.text for m in bruno.replica.store.messages_page("cv_joao")]
    assert "Boa tarde, meu boleto venceu ontem." in texts and "Cliente do boleto" in texts


async def test_a_batch_the_server_cannot_read_is_refused_with_a_sentence_the_ui_translates(server, clients):
    """A mutation the server answers with an HTTP error (not a refusal of its own) still reaches the
    agent as a sentence: the sync layer's, keyed by its English template for Qt's translator."""
    ana = await clients(server.url, "ana@demo.rvops", start=False)
    await ana.engine.sync_once()
    notices = []
    ana.engine.on_refusal(notices.append)
    pending = ana.replica.outbox.enqueue("mark_read", {"conversation_id": "cv_maria"})
    with ana.replica.write() as tx:  # as an older desk might have queued it: args this server cannot read
        tx.conn.exec_driver_sql("UPDATE outbox SET args = ? WHERE mutation_id = ?",
                                ('["cv_maria"]', pending.mutation_id))
    ana.engine.start()
    await eventually(lambda: notices)
    await ana.engine.wait_idle(15)

    [notice] = notices
    assert notice.reason == "invalid" and isinstance(notice.message, Sentence)
    assert notice.message == "The server rejected this action as invalid (HTTP 422)."
    portuguese = {REJECTED: "O servidor recusou esta ação como inválida ({detail})."}
    assert notice.message.render(portuguese.get) == "O servidor recusou esta ação como inválida (HTTP 422)."
    assert ana.replica.outbox.pending_count() == 0
