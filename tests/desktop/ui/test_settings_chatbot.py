"""Settings ▸ Chatbot (issue 18 #3): a supervisor sets WhatsApp's bot from the desk (greeting,
menu routing to teams, an option that asks for the e-mail first, business hours, fallback); the
real server keeps it and reads it back; Meta's limits are said before anything is sent."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from rvops_desktop.models.chatbot_form import OptionRow
from rvops_server.store import schema as t

pytestmark = pytest.mark.gui


def _stored(live_server, channel):
    with live_server.services.store.read() as conn:
        return conn.execute(sa.select(t.chatbot_configs.c.config)
                            .where(t.chatbot_configs.c.channel == channel)).scalar()


def test_a_supervisor_sets_the_whatsapp_chatbot_and_the_server_keeps_it(ui, live_server):
    async def scenario():
        window = await ui.open_window("carla@demo.rvops")
        dialog = window.settings()
        page = dialog.chatbot
        await ui.until(lambda: page.loading.done(), what="the configurations read")
        assert page.channel_value() == "whatsapp" and page.options.rowCount() == 0
        page.enabled.setChecked(True)
        page.greeting.setPlainText("Olá! Sou o assistente da Rvops.")
        page.prompt.setText("Com o que podemos ajudar?")
        page.add_option(OptionRow("Comprar", "t_vendas"))
        page.add_option(OptionRow("Suporte técnico", "t_suporte", "email", "Qual é o seu e-mail?"))
        page.hours_on.setChecked(True)
        page.out_of_hours.setText("Estamos fora do horário; respondemos a partir das 8h.")
        page.after_answers.setValue(2)
        assert page.check()[1] == "" and page.save_button.isEnabled()
        page.save()
        await ui.until(lambda: not dialog.busy, what="the server's verdict")
        assert page.verdict.text() == "The chatbot is saved: new conversations on this channel meet it now."
        stored = _stored(live_server, "whatsapp")
        assert stored["greeting"] == "Olá! Sou o assistente da Rvops."
        assert [(o["title"], o["team_id"]) for o in stored["menu"]["options"]] == [
            ("Comprar", "t_vendas"), ("Suporte técnico", "t_suporte")]
        assert stored["menu"]["options"][1]["ask"]["property"] == "email"
        assert stored["hours"]["days"]["fri"] == [["08:00", "18:00"]]
        assert stored["fallback"]["after_invalid_answers"] == 2
        dialog.close()
        again = window.settings().chatbot   # read back from the server
        await ui.until(lambda: again.loading.done() and again.options.rowCount() == 2, what="read back")
        assert again.options.item(1, 0).text() == "Suporte técnico" and again.hours_on.isChecked()
    ui.run(scenario())


def test_metas_limits_are_said_and_save_waits(ui, live_server):
    async def scenario():
        window = await ui.open_window("carla@demo.rvops")
        page = window.settings().chatbot
        await ui.until(lambda: page.loading.done(), what="the configurations read")
        page.greeting.setPlainText("Olá!")
        page.prompt.setText("Escolha:")
        for n in range(11):
            page.add_option(OptionRow(f"Opção {n + 1}", "t_vendas"))
        page.check()
        assert not page.save_button.isEnabled()
        assert "at most 10 options" in page.verdict.text()   # a WhatsApp list holds 10 rows
        page.channel.setCurrentIndex(page.channel.findData("instagram"))
        assert _stored(live_server, "whatsapp") is None
    ui.run(scenario())
