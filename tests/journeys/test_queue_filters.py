"""Issue 15, item 13, as a supervisor does it with the keyboard: the views list offers All
conversations, and the filters above the list narrow it (the app logs what each list shows)."""
from __future__ import annotations

from tests.journeys.conftest import quit_with_ctrl_q, sign_in
from tests.support.desktop import pause


def test_a_supervisor_opens_all_conversations_and_narrows_them_to_the_unread(desk, server):
    app = desk.launch("--language", "en")
    window = sign_in(desk, server, "carla@demo.rvops")
    app.wait_log(r"inbox window shown")
    app.wait_log(r"list mine: \d+ conversations")
    desk.focus(window)
    desk.key("ctrl+k")  # the search field
    pause(0.3)
    desk.key("shift+Tab")  # back to the views: Mine, Queue, Suporte, All conversations, Closed
    pause(0.3)
    desk.key("Down", "Down", "Down")
    everything = app.wait_log(r"list all: (\d+) conversations \(filters: none; sort: newest_activity\)")
    desk.key("alt+u")  # the Unread check box
    unread = app.wait_log(r"list all: (\d+) conversations \(filters: unread_only=True; sort: newest_activity\)")
    assert 0 < int(unread[1]) < int(everything[1])  # Lúcia's queued conversation has nothing unread
    desk.screenshot(desk.folder / "all-conversations-unread.png")
    desk.key("alt+u")
    app.wait_log(r"list all: \d+ conversations \(filters: none; sort: newest_activity\)\n(.|\n)*"
                 r"list all: \d+ conversations \(filters: none")
    quit_with_ctrl_q(desk, app, window)
