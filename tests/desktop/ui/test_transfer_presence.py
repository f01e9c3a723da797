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
