"""Required contact properties in the contact panel (issue 16): marked "*" with the reason in a
tooltip as soon as an administrator marks the definition required (through the sync, the panel
open); emptying one is refused at the form with the server's sentence and nothing is queued; a
contact that lacks one is still edited field by field (rvops_contract.properties.missing_required)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from tests.support.servers import Agent

pytestmark = pytest.mark.gui

REQUIRED_TIP = "Required: it cannot be left empty."


def _as_carla(ui, type_: str, **args) -> dict:
    agent = Agent(ui.server.url, "carla@demo.rvops")
    try:
        return agent.mutate(type_, **args) if type_ != "bootstrap" else agent.bootstrap()
    finally:
        agent.close()


def _require(ui, key: str, label: str, type_: str, order: int, required: bool = True, **extra) -> None:
    result = _as_carla(ui, "upsert_property_definition", key=key, label=label, type=type_, order=order,
                       required=required, **extra)
    assert result["status"] == "accepted", result


def _properties(ui, contact_id: str) -> dict:
    return next(c for c in _as_carla(ui, "bootstrap")["contacts"] if c["id"] == contact_id)["properties"]


def _label(panel, key: str):
    return panel.form.labelForField(panel.fields[key]) if key in panel.fields else None


def test_a_property_marked_required_is_marked_at_once_and_not_emptied(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_maria")
        panel = window.contact_panel
        await ui.until(lambda: panel.name.text() == "Maria Oliveira", what="panel filled")
        assert _label(panel, "cidade").text() == "Cidade" and not _label(panel, "cidade").toolTip()
        _require(ui, "cidade", "Cidade", "text", order=2)
        await ui.until(lambda: _label(panel, "cidade") is not None and _label(panel, "cidade").text() == "Cidade *",
                       what="the panel follows the definition")
        city = panel.fields["cidade"]
        assert _label(panel, "cidade").toolTip() == REQUIRED_TIP and city.toolTip() == REQUIRED_TIP
        assert _label(panel, "nps").text() == "NPS"  # the others are not marked

        city.setText("   ")
        city.editingFinished.emit()
        assert panel.field_error.isVisibleTo(panel)
        assert panel.field_error.text() == "Fill in the required fields: Cidade. Nothing was saved."
        assert "update_contact" not in [str(m.type) for m in window.replica.outbox.peek()]  # nothing queued
        city.setText("Campinas")
        city.editingFinished.emit()
        assert not panel.field_error.isVisibleTo(panel)
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="the edit accepted")
        assert _properties(ui, "c_maria")["cidade"] == "Campinas"
        assert getattr(window, "last_refusal", None) is None
    ui.run(scenario())


def test_an_admin_sets_and_clears_required_in_settings_and_the_panel_follows(ui):
    async def scenario():
        window = await ui.open_window("admin@demo.rvops")
        window.open_conversation("cv_maria")
        panel = window.contact_panel
        await ui.until(lambda: _label(panel, "cidade") is not None, what="Maria's panel")
        dialog = window.settings()
        page = dialog.properties
        page.select("p_cidade")
        assert page.key.text() == "cidade" and not page.required.isChecked()
        for required, shown in ((True, "Cidade *"), (False, "Cidade")):
            page.required.setChecked(required)
            page.save()
            await ui.until(lambda: not dialog.busy, what="the server's verdict")
            await ui.until(lambda s=shown: _label(panel, "cidade") is not None and _label(panel, "cidade").text() == s,
                           what=f"the panel shows {shown!r}")
            row = next(page.list.item(i).text() for i in range(page.list.count()) if "Cidade" in page.list.item(i).text())
            assert row.endswith("required") is required, row
            assert page.required.isChecked() is required  # the page, reloaded by the sync, keeps it
    ui.run(scenario())


def test_a_contact_that_lacks_a_required_property_is_still_edited(ui):
    async def scenario():
        _require(ui, "cliente_desde", "Cliente desde", "date", order=3)  # João has no date
        window = await ui.open_window("ana@demo.rvops")
        window.list.select("cv_joao")
        panel = window.contact_panel
        await ui.until(lambda: panel.name.text() == "João Pereira", what="panel filled")
        since, nps = panel.fields["cliente_desde"], panel.fields["nps"]
        assert _label(panel, "cliente_desde").text() == "Cliente desde *"
        since.editingFinished.emit()  # passing through the empty field: nothing said, nothing sent
        assert not panel.field_error.isVisibleTo(panel)
        nps.setText("8")
        nps.editingFinished.emit()
        assert not panel.field_error.isVisibleTo(panel)
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="the edit accepted")
        assert _properties(ui, "c_joao")["nps"] == 8
        panel = window.contact_panel
        await ui.until(lambda: panel.fields["nps"].text() == "8", what="the panel refreshed")
        since = panel.fields["cliente_desde"]
        since.setDate(QDate(2024, 2, 29))
        since.editingFinished.emit()
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="filled, accepted")
        assert _properties(ui, "c_joao")["cliente_desde"] == "2024-02-29"
        assert getattr(window, "last_refusal", None) is None
    ui.run(scenario())


def test_the_panel_says_the_servers_sentence_word_for_word(qapp):
    from PySide6.QtCore import QCoreApplication

    from rvops_desktop.ui import i18n
    from rvops_server.domain.sentences import say
    source = "Fill in the required fields: %1. Nothing was saved."
    try:
        for language, lang in (("pt_BR", "pt-BR"), ("en", "en")):
            i18n.install(qapp, language)
            shown = QCoreApplication.translate("ContactPanel", source).replace("%1", "Cidade, Plano")
            assert shown == say("property_required", lang, fields="Cidade, Plano")
    finally:
        i18n.install(qapp, "en")


def test_a_new_contact_asks_for_the_required_properties_before_anything_is_queued(ui):
    async def scenario():
        _require(ui, "plano", "Plano", "choice", order=1, options=["Básico", "Pro", "Enterprise"])
        window = await ui.open_window("ana@demo.rvops")
        directory = window.contacts()
        new = directory.new_contact()
        assert list(new.editors) == ["plano"]  # only the required ones
        plano = new.editors["plano"].widget
        assert new.findChild(type(new.refusal), "label_plano").text() == "Plano *"
        new.name.setText("Rita Gomes")
        new.phone.setText("+55 11 97654-3210")
        create = new.buttons.button(new.buttons.StandardButton.Ok)
        create.click()
        assert new.isVisible() and new.refusal.text() == "Fill in the required fields: Plano. Nothing was saved."
        assert "create_contact" not in [str(m.type) for m in window.replica.outbox.peek()]
        plano.setCurrentIndex(plano.findText("Pro"))
        create.click()
        assert not new.isVisible()
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="created")
        rita = next(c for c in _as_carla(ui, "bootstrap")["contacts"] if c["name"] == "Rita Gomes")
        assert rita["properties"] == {"plano": "Pro"} and rita["phone"] == "+5511976543210"
        assert getattr(window, "last_refusal", None) is None
    ui.run(scenario())


def test_a_typed_number_is_not_made_a_contact_without_the_required_properties(ui):
    async def scenario():
        _require(ui, "cidade", "Cidade", "text", order=2)
        window = await ui.open_window("ana@demo.rvops")
        dialog = window.start_conversation()
        dialog.search.setText("(11) 97777-0001")
        await ui.until(lambda: dialog.new_contact.isVisible(), what="the offer")
        assert dialog.new_contact.text() == "New contact +55 11 97777-0001: fill in Cidade first, in Contacts"
        assert not dialog.new_contact.isEnabled()
        assert dialog.contact() is None  # nothing to start with, nothing queued
        assert "create_contact" not in [str(m.type) for m in window.replica.outbox.peek()]
    ui.run(scenario())
