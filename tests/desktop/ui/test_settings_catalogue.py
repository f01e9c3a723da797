"""Settings ▸ Properties, Labels and Templates (issue 16): an administrator defines a contact
property (the contact panel follows), keeps the labels' catalogue (a rename reaches the
conversations that carry the label), and submits a WhatsApp template (with a footer and a button)
to Meta's stand-in with the bubble's preview; Meta's review approves it and the list says so. An
agent has none of these."""
from __future__ import annotations

import httpx
import pytest
import sqlalchemy as sa

from rvops_server.store import schema as t

pytestmark = pytest.mark.gui


def _rows(live_server, table, **where):
    with live_server.services.store.read() as conn:
        query = sa.select(table)
        for key, value in where.items():
            query = query.where(table.c[key] == value)
        return [dict(r._mapping) for r in conn.execute(query)]


async def _settled(ui, dialog):
    await ui.until(lambda: not dialog.busy, what="the server's verdict")


def test_a_property_defined_in_settings_reaches_the_contact_panel(ui, live_server):
    async def scenario():
        window = await ui.open_window("admin@demo.rvops")
        window.open_conversation("cv_maria")   # Maria's record beside it: it follows the new definition
        await ui.until(lambda: "cidade" in window.contact_panel.fields, what="Maria's panel")
        dialog = window.settings()
        page = dialog.properties
        page.new()
        page.label.setText("Segmento")
        page.key.setText("segmento")
        page.kind.setCurrentIndex(page.kind.findData("choice"))
        page.options.setPlainText("Varejo\nIndústria\nServiços")
        page.save()
        await _settled(ui, dialog)
        assert page.verdict.text() == "Saved: the contact panel shows it so from now on.", page.verdict.text()
        (row,) = _rows(live_server, t.property_definitions, key="segmento")
        assert row["type"] == "choice" and row["choices"] == ["Varejo", "Indústria", "Serviços"]
        await ui.until(lambda: any(s.key == "segmento" for s in window.replica.store.property_definitions()),
                       what="the definition in the replica")
        await ui.until(lambda: "segmento" in window.contact_panel.fields, what="the panel shows Segmento")
        page.new()   # a choice without options is refused, said, and nothing is kept
        page.label.setText("Sem opções")
        page.key.setText("sem_opcoes")
        page.kind.setCurrentIndex(page.kind.findData("choice"))
        page.save()
        await _settled(ui, dialog)
        assert "opção" in page.verdict.text().lower() and not _rows(live_server, t.property_definitions,
                                                                    key="sem_opcoes")
    ui.run(scenario())


def test_a_label_is_created_and_renamed_on_its_conversations(ui, live_server):
    async def scenario():
        window = await ui.open_window("admin@demo.rvops")
        window.session.actions.set_labels("cv_maria", ["vip"])
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="labelled")
        dialog = window.settings()
        page = dialog.labels
        page.new()
        page.name.setText("vip")
        page.colour.setText("#E53935")
        page.save()
        await _settled(ui, dialog)
        (label,) = _rows(live_server, t.labels, name="vip")
        assert label["colour"] == "#E53935"
        await ui.until(lambda: page.list.count() == 1, what="listed with its colour")
        page.list.setCurrentRow(0)
        page.name.setText("Cliente VIP")
        page.save()
        await _settled(ui, dialog)
        assert _rows(live_server, t.conversations, id="cv_maria")[0]["labels"] == ["cliente vip"]
        await ui.until(lambda: list(window.replica.store.conversation("cv_maria").labels or []) == ["cliente vip"],
                       what="the rename on the desk")
    ui.run(scenario())


def test_a_template_is_submitted_to_meta_with_its_preview_and_approved(ui, live_server):
    async def scenario():
        window = await ui.open_window("admin@demo.rvops")
        dialog = window.settings()
        page = dialog.templates
        page.name.setText("aviso_fatura")
        page.body.setPlainText("Olá {{1}}, sua fatura vence em {{2}}.")
        assert not page.submit_button.isEnabled()   # Meta's review needs an example per variable
        page.examples.setText("Maria | 15/03")
        assert page.preview.text() == "Olá Maria, sua fatura vence em 15/03." and page.submit_button.isEnabled()
        page.footer.setText("Rvops CRM")
        page.form.buttons.add("QUICK_REPLY", "Já paguei")
        assert page.preview.button_texts() == ["↩ Já paguei"] and page.preview.footer.text() == "Rvops CRM"
        page.submit()
        await _settled(ui, dialog)
        assert "sent to Meta for review" in page.verdict.text(), page.verdict.text()
        (row,) = _rows(live_server, t.templates, name="aviso_fatura")
        assert row["status"] == "PENDING"
        assert row["components"][1:] == [{"type": "FOOTER", "text": "Rvops CRM"}, {"type": "BUTTONS", "buttons": [
            {"type": "QUICK_REPLY", "text": "Já paguei"}]}]
        assert live_server.standin.state.find_template("aviso_fatura", "pt_BR")["components"] == row["components"]
        def listed(status):
            return any("aviso_fatura" in page.list.item(i).text() and status in page.list.item(i).text()
                       for i in range(page.list.count()))
        await ui.until(lambda: listed("in review"), what="in review")
        async with httpx.AsyncClient(base_url=live_server.settings.graph_api_url) as meta:   # Meta's review
            review = await meta.post("/_standin/templates/status",
                                     json={"name": "aviso_fatura", "language": "pt_BR", "event": "APPROVED"})
            assert review.json()["webhook_status"] == 200
        await ui.until(lambda: listed("approved"), what="approved, on the desk")
    ui.run(scenario())


def test_an_agent_has_no_catalogue_pages(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        assert window.settings() is None
    ui.run(scenario())
