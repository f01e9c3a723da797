"""The supervisor's dashboard (issue 16): Carla sees the queue with Lúcia waiting, the agents'
load against capacity, and assigns Lúcia to Bruno in one click; the server has it, and the
dashboard follows. An agent has no dashboard."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from rvops_server.store import schema as t

pytestmark = pytest.mark.gui


def _assignee(live_server, conversation_id):
    with live_server.services.store.read() as conn:
        return conn.execute(sa.select(t.conversations.c.assignee_id)
                            .where(t.conversations.c.id == conversation_id)).scalar()


def _waiting_rows(dialog):
    rows = []
    for i in range(dialog.queues.topLevelItemCount()):
        team = dialog.queues.topLevelItem(i)
        rows += [team.child(j).text(0) for j in range(team.childCount())]
    return rows


def test_a_supervisor_assigns_a_waiting_conversation_from_the_dashboard(ui, live_server):
    async def scenario():
        window = await ui.open_window("carla@demo.rvops")
        assert window.supervision_action.isVisible()
        dialog = window.supervision()
        assert "Lúcia Araújo" in _waiting_rows(dialog)
        assert dialog.waiting_id() == "cv_lucia"          # the longest wait is chosen first
        assert "1 waiting" in dialog.summary.text()
        agents = {dialog.agents.topLevelItem(i).data(0, 256): dialog.agents.topLevelItem(i)
                  for i in range(dialog.agents.topLevelItemCount())}
        assert {"u_ana", "u_bruno"} <= set(agents)
        ana_open = sum(1 for c in ("cv_maria", "cv_joao", "cv_pedro") if window.replica.store.conversation(c))
        assert agents["u_ana"].text(2).startswith(f"{ana_open} / ")   # her load, against capacity (none: no limit)
        dialog.agents.setCurrentItem(agents["u_bruno"])
        assert dialog.assign_button.text() == "Assign to Bruno Lima"
        dialog.assign_button.click()
        await ui.until(lambda: window.replica.outbox.pending_count() == 0, what="the assignment accepted")
        assert _assignee(live_server, "cv_lucia") == "u_bruno"
        await ui.until(lambda: "Lúcia Araújo" not in _waiting_rows(dialog), what="Lúcia no longer waiting")
        assert "0 waiting" in dialog.summary.text() and "Lúcia Araújo assigned to Bruno Lima." == dialog.said.text()
    ui.run(scenario())


def test_an_agent_has_no_dashboard(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        assert not window.supervision_action.isVisible() and window.supervision() is None
    ui.run(scenario())
