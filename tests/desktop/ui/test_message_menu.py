"""Per message: right-click offers Reply (the composer quotes it; the message goes out as a
WhatsApp reply with `context`), React (WhatsApp) and Copy text; system lines offer nothing."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QListWidget

pytestmark = pytest.mark.gui


def _right_click(view, row: int):
    index = view.model().index(row)
    view.scrollTo(index)
    at = view.visualRect(index).center()
    view.last_menu = None
    view.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, view.viewport().mapToGlobal(at)))
    return view.last_menu


async def _marias_message_shown(ui, window, text: str) -> int:
    """Open Maria's conversation and wait until `text` is a laid-out row of the thread; its row."""
    window.list.select("cv_maria")
    model, view = window.pane.thread_model, window.pane.thread
    await ui.until(lambda: any(model.message_at(r).text == text for r in range(model.rowCount())),
                   what="Maria's message in the thread")
    row = next(r for r in range(model.rowCount()) if model.message_at(r).text == text)
    await ui.until(lambda: view.visualRect(model.index(row)).height() > 0, what="laid out")
    return row


def test_reply_quotes_the_message_and_sends_it_as_a_reply(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        await ui.customer_writes("+5511987654321", "Maria Oliveira", "Qual o prazo de entrega?")
        window.list.select("cv_maria")
        model, view = window.pane.thread_model, window.pane.thread
        await ui.until(lambda: any(model.message_at(r).text == "Qual o prazo de entrega?"
                                   for r in range(model.rowCount())), what="Maria's question in the thread")
        row = next(r for r in range(model.rowCount()) if model.message_at(r).text == "Qual o prazo de entrega?")
        quoted = model.message_at(row)
        await ui.until(lambda: view.visualRect(model.index(row)).height() > 0, what="laid out")
        menu = _right_click(view, row)
        assert [a.text() for a in menu.actions()] == ["Reply", "React", "Forward…", "Copy text"]
        next(a for a in menu.actions() if a.text() == "Copy text").trigger()
        assert QApplication.clipboard().text() == "Qual o prazo de entrega?"
        next(a for a in menu.actions() if a.text() == "Reply").trigger()
        menu.close()
        composer = window.pane.composer
        assert composer.reply_bar.isVisibleTo(composer) and "Qual o prazo de entrega?" in composer.reply_quote.text()
        composer.edit.setPlainText("Chega em 3 dias úteis.")
        composer.submit()
        assert not composer.reply_bar.isVisibleTo(composer) and composer.reply_to_id is None
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="the reply accepted")
        sent = next(m for m in window.replica.store.older_messages("cv_maria", None, 10)[0]
                    if m.text == "Chega em 3 dias úteis.")
        assert sent.reply_to_id == quoted.id
        await ui.until(lambda: any(s.payload.get("context", {}).get("message_id") == quoted.provider_id
                                   for s in ui.server.standin.state.sent), what="sent to Meta as a reply")
        system_row = next((r for r in range(model.rowCount()) if model.message_at(r).kind == "system"), None)
        if system_row is not None:
            assert _right_click(view, system_row) is None
    ui.run(scenario())


def test_react_sends_a_whatsapp_reaction_to_the_customers_message(ui):
    """Issue 15 #14: React ▸ 👍 on Maria's message: a reaction bubble at once, accepted by the server
    and sent to Meta as a reaction to her wamid; a closed window or another channel offers no React."""
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        await ui.customer_writes("+5511987654321", "Maria Oliveira", "Chegou tudo certo, obrigada!")
        row = await _marias_message_shown(ui, window, "Chegou tudo certo, obrigada!")
        model, view = window.pane.thread_model, window.pane.thread
        theirs = model.message_at(row)
        menu = _right_click(view, row)
        react = next(a for a in menu.actions() if a.text() == "React").menu()
        assert [a.text() for a in react.actions()] == ["👍", "❤️", "😂", "😮", "😢", "🙏"]
        next(a for a in react.actions() if a.text() == "👍").trigger()
        menu.close()
        await ui.until(lambda: any(model.message_at(r).kind == "reaction" for r in range(model.rowCount())),
                       what="the reaction bubble")
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="the reaction accepted")
        await ui.until(lambda: any(s.payload.get("type") == "reaction" for s in ui.server.standin.state.sent),
                       what="sent to Meta")
        wire = next(s.payload for s in ui.server.standin.state.sent if s.payload.get("type") == "reaction")
        assert wire["reaction"] == {"message_id": theirs.provider_id, "emoji": "👍"}
        assert window.pane.conversation.last_message_preview != "👍"  # not a new last message
        window.pane.thread.reactions_allowed = False  # as for a closed window or Instagram / Webchat
        assert "React" not in [a.text() for a in _right_click(view, row).actions()]
    ui.run(scenario())


def test_forward_sends_the_text_to_a_conversation_the_agent_may_write_in(ui):
    """Issue 15 #14: Forward… on Maria's message lists only Ana's conversations with an open window
    (João, who just wrote; not Pedro, whose Instagram window closed 26 h ago); choosing João sends
    the text there as Ana's message, accepted by the server, and the status bar says where it went."""
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        await ui.customer_writes("+5521998765432", "João Pereira", "Ainda preciso da segunda via")
        await ui.customer_writes("+5511987654321", "Maria Oliveira", "O código do pedido é 4471")
        text = "O código do pedido é 4471"
        row = await _marias_message_shown(ui, window, text)
        view = window.pane.thread
        forward = next(a for a in _right_click(view, row).actions() if a.text() == "Forward…")
        forward.trigger()
        dialog = window.pane.last_dialog
        assert dialog.isVisible() and dialog.isModal()
        targets = dialog.findChild(QListWidget, "forwardTargets")
        assert [targets.item(i).text() for i in range(targets.count())] == ["João Pereira  ·  WhatsApp"]
        assert dialog.findChild(QLabel, "forwardedText").text() == text
        QTest.keyClicks(dialog.search, "pedro")  # not a target: nothing to forward to
        assert not dialog.forward_button.isEnabled()
        dialog.search.clear()
        QTest.keyClicks(dialog.search, "joao")  # accents optional
        QTest.keyClick(dialog.search, Qt.Key.Key_Return)
        assert window.statusBar().currentMessage() == "Forwarded to João Pereira"
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="accepted")
        sent = [m for m in window.replica.store.messages_page("cv_joao", limit=50) if m.text == text]
        assert len(sent) == 1 and sent[0].direction == "outbound" and sent[0].status != "failed"
    ui.run(scenario())
