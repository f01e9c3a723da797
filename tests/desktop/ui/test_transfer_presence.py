"""The transfer picker shows who is really there: connected agents as their status, the rest offline."""
from __future__ import annotations

import pytest

from rvops_desktop.ui.dialogs.transfer import TransferDialog

pytestmark = pytest.mark.gui


def _labels(dialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_the_transfer_picker_shows_presence_not_the_chosen_status(ui):
    async def scenario():
        ana = await ui.open_window("ana@demo.rvops")
        store = ana.replica.store
        labels = _labels(TransferDialog(store, exclude_user="u_ana"))
        # seeded as "online" but never connected: offline, and the teams count nobody
        assert "Carla Mendes — offline" in labels and "Bruno Lima — offline" in labels
        assert not any(label.startswith("Admin Demo") for label in labels)  # not an agent: the server refuses
        assert any(label.startswith("Team Suporte — 0 online") for label in labels)
        await ui.open_window("bruno@demo.rvops")  # bruno's app connects
        await ui.until(lambda: store.presence().get("u_bruno") == "online", timeout=20, what="bruno online")
        labels = _labels(TransferDialog(store, exclude_user="u_ana"))
        assert "Bruno Lima — online" in labels and "Carla Mendes — offline" in labels
        assert any(label.startswith("Team Suporte — 1 online") for label in labels)
    ui.run(scenario())


def test_an_invited_colleague_who_has_not_signed_in_says_so_in_the_picker(ui, live_server):
    """A transfer to someone invited is accepted, but they see it only once they accept the invite:
    the picker says so rather than "offline" like everyone not at their desk."""
    from tests.support.servers import Agent

    async def scenario():
        ana = await ui.open_window("ana@demo.rvops")
        store = ana.replica.store
        admin = Agent(live_server.url, "admin@demo.rvops")
        try:
            made = admin.mutate("create_user", name="Nova Agente", email="nova@demo.rvops", role="agent")
        finally:
            admin.http.close()
        assert made["status"] == "accepted" and made["data"]["invite_code"]
        await ui.until(lambda: any(u.name == "Nova Agente" for u in store.users()), timeout=20, what="Nova synced")
        labels = _labels(TransferDialog(store, exclude_user="u_ana"))
        assert "Nova Agente — has not accepted the invite yet" in labels and "Bruno Lima — offline" in labels
    ui.run(scenario())
