"""The thread: every message kind has its face; a refused message shows the reason and retries."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyleOptionViewItem

from rvops_desktop.models.tables import Message
from rvops_desktop.ui.delegates.message_content import describe
from rvops_desktop.ui.qt_models import roles

pytestmark = pytest.mark.gui


def _message(**fields):
    base = {"id": "m1", "conversation_id": "c1", "direction": "inbound", "kind": "text", "text": "oi",
            "status": "received", "created_at": "2026-01-05T12:00:00Z", "attachments": [], "payload": {}}
    return Message(**{**base, **fields})


def test_every_kind_has_its_face(qapp):
    assert describe(_message(kind="note", direction="outbound")).header == "Hidden note — only agents see this"
    assert describe(_message(kind="system", text="Ana assumiu a conversa")).style == "system"
    assert describe(_message(kind="call", payload={"duration_seconds": 192})).body == "Call — 3:12"
    template = describe(_message(kind="template", direction="outbound", text="Olá João, seu boleto vence amanhã.",
                                 payload={"template": {"name": "lembrete_boleto", "variables": ["João", "amanhã"]}}))
    assert template.header == "Template: lembrete_boleto" and template.body == "Olá João, seu boleto vence amanhã."
    location = describe(_message(kind="location", payload={"location": {
        "latitude": -23.56, "longitude": -46.65, "name": "Escritório", "address": "Av. Paulista"}}))
    assert "Escritório — Av. Paulista" in location.body and "-23.56" in location.body
    card = describe(_message(kind="contacts", payload={"contacts": [
        {"name": {"formatted_name": "Carlos"}, "phones": [{"phone": "+55 11 5555-0000"}]}]}))
    assert "Carlos" in card.body and "+55 11 5555-0000" in card.body
    assert describe(_message(kind="reaction", payload={"reaction": {"emoji": "👍"}})).body == "Reacted 👍"
    media = describe(_message(kind="media", attachments=[
        {"id": "a", "mime_type": "image/jpeg", "filename": "foto.jpg"},
        {"id": "b", "mime_type": "audio/ogg", "duration": 12},
        {"id": "c", "mime_type": "application/pdf", "filename": "boleto.pdf", "size": 204800}]))
    assert [kind for kind, _label, _att in media.chips] == ["image", "audio", "document"]
    assert "0:12" in media.chips[1][1] and "200 KB" in media.chips[2][1]
    reply = describe(_message(reply_to_id="m0"), reply=_message(id="m0", text="Qual o prazo?"))
    assert reply.quote == "Qual o prazo?"
    failed = describe(_message(direction="outbound", status="failed", error_text="A janela fechou."))
    assert failed.failed == "Not sent: A janela fechou. — click to retry"
    meta_refused = describe(_message(direction="outbound", status="failed", error_code="undeliverable",
                                     error_text="Não foi possível entregar a mensagem a este contato."))
    assert meta_refused.failed == ("Not sent: The message could not be delivered to this contact (no WhatsApp "
                                   "account, or unavailable). — click to retry")



def test_a_customers_file_shows_while_it_downloads_and_why_its_download_failed(qapp):
    media = describe(_message(kind="media", attachments=[
        {"id": None, "mime_type": "image/jpeg", "filename": "comprovante.jpg", "state": "downloading"},
        {"id": None, "mime_type": "application/pdf", "filename": "boleto.pdf", "state": "failed",
         "error": "media_host_not_allowed", "error_text": "O arquivo aponta para um endereço fora da Meta."},
        {"id": "c", "mime_type": "image/png", "filename": "ok.png", "state": "ready"},
        {"id": None, "mime_type": "image/png", "filename": "novo.png", "state": "failed",
         "error": "a_newer_reason", "error_text": "Motivo que este cliente não conhece."}]))
    labels = [label for _kind, label, _att in media.chips]
    assert labels[0] == "▣ comprovante.jpg — downloading…"
    # a known reason in the agent's language (the server keeps its sentence in the workspace's)
    assert labels[1].endswith("— download failed: The file points outside Meta's hosts and was not downloaded. "
                              "(click to retry)")
    assert labels[2] == "▣ ok.png"
    assert labels[3].endswith("— download failed: Motivo que este cliente não conhece. (click to retry)")

def test_refused_message_shows_the_reason_and_retries_on_click(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_joao")  # outside the 24-hour window: the server refuses free text
        await ui.until(lambda: window.pane.conversation_id == "cv_joao")
        message_id = window.session.actions.send_message("cv_joao", "Oi João, conseguiu pagar?")
        model = window.pane.thread_model

        def row():
            return model.row_of(message_id)
        await ui.until(lambda: row() >= 0 and model.index(row()).data(roles.ROW).status == "failed", what="failed")
        failed = model.index(row()).data(roles.ROW)
        assert failed.error_text  # the server's sentence, kept on the row
        view = window.pane.thread
        view.scrollTo(model.index(row()))
        await ui.until(lambda: view.visualRect(model.index(row())).height() > 0)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(model.index(row()))
        content = view.delegate._content(model.index(row()))[1]
        parts = view.delegate._layout(content, option.rect.width(), option.font)
        retried = []
        before = model.rowCount()
        view.delegate.retryClicked.connect(retried.append)
        view.delegate.hit(option, model.index(row()), option.rect.topLeft() + parts["failed"].center())
        assert retried == [message_id]
        await ui.until(lambda: model.rowCount() == before + 1, what="a new attempt in the thread")
    ui.run(scenario())


def test_each_day_begins_with_its_date(ui):
    from datetime import date, timedelta

    from rvops_desktop.ui.delegates.message_content import day_label

    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.thread_model.rowCount() >= 3, what="Maria's thread")
        model, delegate = window.pane.thread_model, window.pane.thread.delegate
        days = [delegate._content(model.index(r))[1].day for r in range(model.rowCount())]
        assert days[0] and all(d == "" for d in days[1:3])  # the seed's first messages share a day
        first = model.message_at(0)
        band = delegate._layout(delegate._content(model.index(0))[1], 600, window.font())
        assert band["day"].bottom() < band["bubble"].top()  # the date above the bubble, not over it
        assert first.created_at
    today = date(2026, 12, 3)
    assert day_label(today, today) == "Today" and day_label(today - timedelta(days=1), today) == "Yesterday"
    assert "2026" in day_label(date(2026, 11, 30), today)
    ui.run(scenario())
