"""The contacts directory (issue 18), against the real server on loopback: File › Contacts… finds
contacts in the replica as the agent types (accents, tags, property values), shows a contact's page
(properties by their definitions, tags, owner, deals, companies, tasks, conversations, calls), creates
a contact with its phone read live by the contract's rule, merges a duplicate when the agent may, and
starts a conversation from a contact — or from a number typed into New conversation."""
from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from rvops_server.store import schema as t

pytestmark = pytest.mark.gui


def _server_contact(live_server, **where):
    with live_server.services.store.read() as conn:
        q = sa.select(t.contacts)
        for column, value in where.items():
            q = q.where(t.contacts.c[column] == value)
        row = conn.execute(q).first()
        return dict(row._mapping) if row is not None else None


def _names(dialog):
    return [dialog.model.entries[i].name for i in range(dialog.model.rowCount())]


def _pick(dialog, name):
    row = _names(dialog).index(name)
    dialog.list.setCurrentIndex(dialog.model.index(row))


def test_search_by_name_without_accents_by_tag_and_by_property(ui, qtbot):
    async def scenario():
        window = await ui.open_window("carla@demo.rvops")      # sees every contact
        window.contacts_action.trigger()
        dialog = window.contacts_dialog
        assert dialog.isVisible() and window.contacts_action.shortcut().toString() == "Ctrl+Shift+O"
        assert {"Maria Oliveira", "João Pereira", "Lúcia Araújo"} <= set(_names(dialog))
        qtbot.keyClicks(dialog.search, "lucia araujo")
        assert _names(dialog) == ["Lúcia Araújo"]
        dialog.search.clear()
        qtbot.keyClicks(dialog.search, "LEAD")                  # João's tag
        assert _names(dialog) == ["João Pereira"]
        dialog.search.setText("belo horizonte")                 # Lúcia's city (a property)
        assert _names(dialog) == ["Lúcia Araújo"]
        dialog.search.setText("(21) 99876")                     # a fragment of João's number
        assert _names(dialog) == ["João Pereira"]
    ui.run(scenario())


def test_a_contacts_page_and_a_conversation_opened_from_it(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.session.actions.log_call(number="+5511987654321", direction="outbound", contact_id="c_maria",
                                        started_at="2026-12-01T13:00:00Z", outcome="answered", duration_seconds=95)
        dialog = window.contacts()
        dialog.search.setText("maria")
        _pick(dialog, "Maria Oliveira")
        panel = dialog.panel
        calls = [dialog.calls.item(i).text() for i in range(dialog.calls.count())]
        assert any("+55 11 98765-4321" in c and "answered" in c and "1:35" in c for c in calls), calls
        assert panel.name.text() == "Maria Oliveira"
        assert panel.editors["plano"].widget.currentText() == "Pro"           # a choice, by its definition
        assert panel.editors["vip"].widget.isChecked()                        # yes/no
        assert panel.editors["phone"].widget.text() == "+5511987654321"
        assert panel.call_button.text() == "Call +55 11 98765-4321"  # as the contacts list writes it
        assert dialog.owner.text() == "Ana Souza" and dialog.tags.text() == "cliente"
        lists = {kind: [panel.lists[kind].item(i).text() for i in range(panel.lists[kind].count())]
                 for kind in ("deal", "company", "task")}
        assert lists["deal"][0].startswith("Upgrade para Enterprise") and lists["company"] == ["Acme Ltda"]
        assert lists["task"] == ["Ligar para a Maria sobre a proposta"]
        ids = [dialog.conversations.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.conversations.count())]
        assert set(ids) == {"cv_maria", "cv_maria_old"}
        texts = [dialog.conversations.item(i).text() for i in range(dialog.conversations.count())]
        assert all(text.startswith("WhatsApp · ") for text in texts), texts  # the channel's name, not "whatsapp"
        assert dialog.conversations.item(0).toolTip() == texts[0]  # whole there: the list ends long lines with "…"
        assert dialog.conversations.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        assert dialog.calls.empty_text == "No calls with this contact"  # said while the list is empty
        assert not dialog.merge_button.isVisible() and not dialog.merge_button.isVisibleTo(dialog)  # an agent
        old = dialog.conversations.item(ids.index("cv_maria_old"))
        dialog.conversations.itemClicked.emit(old)
        await ui.until(lambda: window.pane.conversation_id == "cv_maria_old", what="opened in the main window")
        dialog.tags.setText("cliente, vip")                                   # edit through update_contact
        dialog.tags.editingFinished.emit()
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="tags accepted")
    ui.run(scenario())


def test_a_contact_is_created_only_with_a_good_phone(ui, live_server, qtbot):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        dialog = window.contacts()
        new = dialog.new_contact()
        create = new.buttons.button(new.buttons.StandardButton.Ok)
        qtbot.keyClicks(new.name, "Rita Gomes")
        qtbot.keyClicks(new.phone, "98765-4321")                            # no area code
        assert not create.isEnabled() and "area code" in new.phone_note.text()
        new.phone.setText("(11) 98765-4321")                                # Maria's
        assert not create.isEnabled() and "Maria Oliveira" in new.phone_note.text()
        new.phone.setText("0 21 11 97654-3210")                             # a carrier code: not digits of it
        assert create.isEnabled() and new.phone_note.text() == "Saved as +55 11 97654-3210"
        new.tags.setText("feira, lead")
        create.click()
        assert dialog.panel.name.text() == "Rita Gomes"                     # at once, from the replica
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="created")
        rita = _server_contact(live_server, name="Rita Gomes")
        assert rita["phone"] == "+5511976543210" and rita["tags"] == ["feira", "lead"] and rita["owner_id"] == "u_ana"
        dialog.search.setText("feira")
        assert _names(dialog) == ["Rita Gomes"]
    ui.run(scenario())


def test_a_refused_contact_is_said_in_the_directory(ui, live_server):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        dialog = window.contacts()
        window.session.actions.create_contact("Ana Clone", phone="+5521998765432")  # João's number
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="answered")
        await ui.until(lambda: dialog.refusal.isVisible(), what="the refusal shown")
        assert "João Pereira" in dialog.refusal.text()
        assert _server_contact(live_server, name="Ana Clone") is None
        assert "Ana Clone" not in _names(dialog)  # the optimistic row went with the refusal
    ui.run(scenario())


def test_a_supervisor_merges_a_duplicate(ui, live_server):
    async def scenario():
        window = await ui.open_window("carla@demo.rvops")
        window.session.actions.create_contact("Maria O.", phone="+5511912340000", tags=["evento"],
                                              properties={"origem": "Feira"})
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="the duplicate created")
        dialog = window.contacts()
        dialog.search.setText("maria")
        _pick(dialog, "Maria Oliveira")
        assert dialog.merge_button.isVisibleTo(dialog)
        merge = dialog.merge()
        merge.search.setText("maria")
        assert [e.name for e in merge.model.entries] == ["Maria O."]     # not the one kept
        merge.list.setCurrentIndex(merge.model.index(0))
        merge.buttons.button(merge.buttons.StandardButton.Ok).click()
        assert _names(dialog) == ["Maria Oliveira"]                      # at once
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="merged")
        assert _server_contact(live_server, name="Maria O.") is None
        kept = _server_contact(live_server, id="c_maria")
        assert kept["tags"] == ["cliente", "evento"] and kept["properties"]["origem"] == "Feira"
        await ui.until(lambda: "evento" in dialog.tags.text(), what="the page shows the merged tags")
    ui.run(scenario())


def test_start_a_conversation_from_a_contact(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.session.actions.close("cv_joao")
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="closed")
        dialog = window.contacts()
        dialog.search.setText("joao")
        _pick(dialog, "João Pereira")
        dialog.start_button.click()
        start = window.last_dialog
        assert start.contact().name == "João Pereira" and not start.busy.isVisible()
    ui.run(scenario())


def test_start_a_conversation_with_a_typed_number(ui, live_server, qtbot):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        dialog = window.start_conversation()
        qtbot.keyClicks(dialog.search, "11 98765-4321")                   # Maria's: no offer
        await ui.until(lambda: dialog.contacts.count() > 0, what="Maria found")
        assert not dialog.new_contact.isVisible()
        dialog.search.setText("(11) 97777-0001")
        await ui.until(lambda: dialog.new_contact.isVisible(), what="the offer")
        assert dialog.new_contact.text() == "New contact +55 11 97777-0001"
        dialog.new_contact.click()
        (row,) = [i for i in range(dialog.templates.count())
                  if dialog.templates.item(i).data(Qt.ItemDataRole.UserRole).name == "retomar_atendimento"]
        dialog.templates.setCurrentRow(row)
        for edit in dialog.inputs:
            edit.setText(edit.text() or "o pedido")
        start = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert start.isEnabled()
        start.click()
        types = [str(m.type) for m in window.replica.outbox.peek()]
        assert types[-2:] == ["create_contact", "start_conversation"]     # in that order: works offline too
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="both accepted")
        made = _server_contact(live_server, phone="+5511977770001")
        assert made is not None and made["owner_id"] == "u_ana"
        assert window.pane.conversation.contact_id == made["id"]
    ui.run(scenario())


def test_offline_a_typed_number_becomes_a_contact_and_a_conversation_waiting_to_be_sent(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        ui.server.stop()
        await ui.until(lambda: window.offline_banner.isVisible(), timeout=30, what="offline")
        dialog = window.start_conversation()
        dialog.search.setText("+55 11 96666-0002")
        await ui.until(lambda: dialog.new_contact.isVisible(), what="the offer, from the replica alone")
        dialog.new_contact.click()
        (row,) = [i for i in range(dialog.templates.count())
                  if dialog.templates.item(i).data(Qt.ItemDataRole.UserRole).name == "retomar_atendimento"]
        dialog.templates.setCurrentRow(row)
        for edit in dialog.inputs:
            edit.setText(edit.text() or "o pedido")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert [str(m.type) for m in window.replica.outbox.peek()] == ["create_contact", "start_conversation"]
        opened = window.pane.conversation
        assert opened is not None and window.replica.store.contact(opened.contact_id).phone == "+5511966660002"
        directory = window.contacts()
        directory.search.setText("96666")
        assert _names(directory) == ["+55 11 96666-0002"]
    ui.run(scenario())
