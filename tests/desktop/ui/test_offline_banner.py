"""Offline is said plainly: a banner over the inbox, and the presence box does not claim "Online"."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_losing_the_server_shows_the_banner_and_an_offline_presence_without_queueing_a_status(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        presence = window.status.presence
        assert window.offline_banner.isHidden()
        assert presence.currentData() == "online" and presence.isEnabled()
        ui.server.stop()
        await ui.until(lambda: window.offline_banner.isVisible(), timeout=30, what="the offline banner")
        assert "offline" in window.offline_banner.text().lower()
        assert presence.currentData() == "offline" and not presence.isEnabled()
        assert window.session.presence == "online"  # what the agent chose is kept, not overwritten
        assert window.replica.outbox.pending_count() == 0  # showing "offline" sent nothing
        window.session.actions.send_message("cv_maria", "escrito sem conexão")
        await ui.until(lambda: "(1 waiting)" in window.offline_banner.text(), what="the waiting count")
    ui.run(scenario())
