"""Call (S9): the Call button hands the contact's number to the softphone; its answer shows in
the call bar (here a softphone that is not started, so the sentence says why)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_call_button_hands_the_number_to_the_softphone(ui):
    from rvops_desktop.voip import Softphone, SoftphoneSettings

    softphone = Softphone(SoftphoneSettings(), null_audio=True)
    dialled = []
    original = softphone.call

    def recording_call(number, **kwargs):
        dialled.append((number, kwargs.get("conversation_id")))
        return original(number, **kwargs)
    softphone.call = recording_call

    async def scenario():
        window = await ui.open_window("ana@demo.rvops", softphone=softphone)
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria")
        assert window.pane.header.buttons["call"].isEnabled()
        window.pane.header.buttons["call"].click()
        assert dialled == [("+5511987654321", "cv_maria")]
        assert window.call_bar.isVisibleTo(window)
        assert window.call_bar.label.text()  # the softphone's sentence (not started here)
    ui.run(scenario())
