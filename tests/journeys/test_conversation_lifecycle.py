"""Issue 15's journey through a conversation's life, with the keyboard and the mouse of a real X
display: Ana claims Lúcia's conversation from the queue, answers quoting Lúcia's message (sent to
WhatsApp as a reply, with its `context`), transfers it to Bruno; Bruno, at the same desk, closes it
and reopens it. Each step is checked on the server's HTTP API and in the window (titles, log lines)."""
from __future__ import annotations

import time

from tests.journeys.conftest import quit_with_ctrl_q, sign_in
from tests.support.desktop import pause
from tests.support.servers import Agent
from tests.support.waiting import wait_until

LUCIA = "cv_lucia"  # the demo's one queued conversation: a single message from Lúcia
REPLY = "Sure, I am checking your access right now."
# Where Lúcia's message is, in the window: the thread's first row, under "Today" below the
# conversation's header (the window opens with the splitter's default sizes; x in the thread's column)
MESSAGE_AT = (650, 112)


def on_server(agent: Agent, what: str, condition, timeout: float = 30):
    """Wait until `condition(lucia's conversation record, its messages)` holds on the server."""
    def look():
        conversation = next((c for c in agent.bootstrap()["conversations"] if c["id"] == LUCIA), None)
        if conversation is not None:
            messages = agent.http.get(f"/api/v1/conversations/{LUCIA}/messages").raise_for_status().json()
            found = condition(conversation, messages["messages"])
            if found:
                return found
        time.sleep(0.2)  # each look is two requests: five looks a second
        return None
    return wait_until(look, timeout, f"on the server: {what}")


def title_without_lucia(desk, window: str) -> str:
    def moved_on():
        title = desk.title(window)
        if title.startswith("Lúcia Araújo"):
            time.sleep(0.2)  # each look is a process: five looks a second
            return None
        return title
    return wait_until(moved_on, 30, "the window no longer on Lúcia's conversation")


def test_claim_reply_quoting_transfer_close_and_reopen(desk, graph, graph_server):
    carla = Agent(graph_server.url, "carla@demo.rvops")  # a supervisor's view of the server: sees every conversation
    try:
        _journey(desk, graph_server, graph, carla)
    finally:
        carla.close()


def _journey(desk, server, graph, carla) -> None:
    (lucias,) = server.messages(LUCIA, "carla@demo.rvops")
    app = desk.launch("--language", "en")
    window = sign_in(desk, server)
    app.wait_log(r"list mine: 3 conversations")

    # Ana: the queue, Lúcia's conversation, Claim (Ctrl+Shift+A)
    desk.focus(window)
    desk.key("ctrl+k")  # the search field
    pause(0.3)
    desk.key("shift+Tab")  # back to the views: Mine, Queue, …
    pause(0.3)
    desk.key("Down")
    app.wait_log(r"list queue: 1 conversations")
    desk.key("alt+Down")  # the first (only) conversation of the list
    desk.wait_window("^Lúcia Araújo — Rvops — Ana Souza")
    desk.key("ctrl+shift+a")
    app.wait_log(rf"claim {LUCIA}")
    on_server(carla, "Ana holds it", lambda c, _m: c["assignee_id"] == "u_ana" and c["status"] == "open")
    app.wait_log(r"list mine: 4 conversations")  # the window follows the claim into Mine …
    assert desk.title(window).startswith("Lúcia Araújo — Rvops — Ana Souza")  # … and stays with Lúcia

    # Reply quoting Lúcia's message: right-click it, Reply, type, Enter
    desk.xdotool("mousemove", "--window", window, *map(str, MESSAGE_AT), "click", "3")
    desk.key("Down", "Return")  # the menu's first entry: Reply
    app.wait_log(rf"replying to message {lucias['id']} of {LUCIA}")
    desk.type(REPLY)
    desk.key("Return")
    app.wait_log(rf"message \w+ to {LUCIA} replying to {lucias['id']}")
    on_server(carla, "the answer quotes Lúcia's message", lambda _c, messages: any(
        m["text"] == REPLY and m["reply_to_id"] == lucias["id"] for m in messages))
    wait_until(lambda: graph.sent, 30, "the answer sent to WhatsApp")
    (sent,) = graph.sent
    assert sent["text"]["body"] == REPLY
    assert sent["context"] == {"message_id": lucias["provider_id"]}  # a WhatsApp reply, quoting hers

    # Transfer to Bruno (Ctrl+Shift+T, type his name, Enter)
    desk.key("ctrl+shift+t")
    dialog = desk.wait_window("^Transfer conversation$")
    desk.focus(dialog)
    desk.type("Bruno")
    desk.key("Return")
    app.wait_log(rf"transfer {LUCIA} to u_bruno")
    on_server(carla, "Bruno holds it", lambda c, _m: c["assignee_id"] == "u_bruno" and c["status"] == "open")
    title_without_lucia(desk, window)  # no longer Ana's: the list moved on to her next conversation

    # Bruno at the same desk: File ▸ Sign out, sign in as him
    desk.focus(window)
    desk.key("alt+f")
    desk.key("o")
    desk.focus(desk.wait_window("^Sign out$"))
    desk.key("Return")
    window = sign_in(desk, server, "bruno@demo.rvops")
    app.wait_log(r"inbox window shown for bruno@demo\.rvops")
    app.wait_log(r"list mine: 1 conversations(.|\n)*")
    desk.focus(window)
    desk.key("alt+Down")
    desk.wait_window("^Lúcia Araújo — Rvops — Bruno Lima")

    # Close (Ctrl+Shift+C, confirmed)
    desk.key("ctrl+shift+c")
    desk.focus(desk.wait_window("^Close conversation$"))
    desk.key("Return")
    app.wait_log(rf"close {LUCIA}")
    on_server(carla, "closed", lambda c, _m: c["status"] == "closed")

    # Reopen: the Closed view (the last of the views), Lúcia's, Ctrl+Shift+R
    desk.focus(window)
    desk.key("ctrl+k")
    pause(0.3)
    desk.key("shift+Tab")
    pause(0.3)
    desk.key("End")
    app.wait_log(r"list closed: 1 conversations")
    desk.key("alt+Down")
    desk.wait_window("^Lúcia Araújo — Rvops — Bruno Lima")
    desk.key("ctrl+shift+r")
    app.wait_log(rf"reopen {LUCIA}")
    on_server(carla, "open again, Bruno's", lambda c, _m: c["status"] == "open" and c["assignee_id"] == "u_bruno")
    app.wait_log(r"list mine: 1 conversations(.|\n)*list mine: 1 conversations")  # back in Mine, where he is
    assert desk.title(window).startswith("Lúcia Araújo — Rvops — Bruno Lima")
    quit_with_ctrl_q(desk, app, window)
