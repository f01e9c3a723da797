"""Issue 14, cold start, as the agent starts the installed desk on a big inbox: the window opens on
the replica's first rows, the rest of the view is read in steps after that paint, and the oldest
conversation is then one key away (the demo workspace has 20-odd conversations: here 1,500 more).
The desk paints before its sync starts and before anything loads SQLAlchemy (the log says so)."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from rvops_desktop.ui.controllers.inbox_loading import FIRST_ROWS
from tests.journeys.conftest import quit_with_ctrl_q, signed_in_once
from tests.support.desktop import pause
from tests.support.seeding import RowCopies

SEEDED = 1_500


def seed_conversations(database: Path, count: int) -> None:
    """`count` open conversations like Maria's (Ana's), each with its own contact, all older than
    the demo's, written into the running server's database."""
    db = sqlite3.connect(database, timeout=30)
    try:
        copies = RowCopies(db)
        conversation = copies.template("conversations", "cv_maria")
        contact = copies.template("contacts", conversation["contact_id"])
        start = datetime(2025, 1, 1)
        with db:
            copies.insert("contacts", ({**contact, "id": f"ct_big{i:04d}", "name": f"Cliente {i:04d}",
                                        "phone": f"+55119{i:08d}", "email": None} for i in range(count)))
            copies.insert("conversations", (
                {**conversation, "id": f"cv_big{i:04d}", "contact_id": f"ct_big{i:04d}", "unread_count": 0,
                 "address": f"+55119{i:08d}", "last_message_preview": f"Mensagem antiga {i}",
                 "opened_at": str(start + timedelta(minutes=i)), "last_message_at": str(start + timedelta(minutes=i, seconds=30))}
                for i in range(count)))
    finally:
        db.close()

def test_a_big_inbox_opens_on_its_first_rows_and_reads_the_rest_after_the_paint(desk, server):
    seed_conversations(server.database, SEEDED)
    signed_in_once(desk, server)  # the first sign-in fills the replica

    app = desk.launch("--language", "en")  # the start an agent has every morning: from the replica
    window = desk.wait_window("^Rvops — Ana Souza", 30)
    app.wait_log(r"inbox window shown")
    painted = app.wait_log(r"inbox painted (.+) after the process started; the replica's engine (made|not made yet)")
    assert painted[2] == "not made yet"  # nothing before the paint reached SQLAlchemy: the sync starts after it
    first = app.wait_log(r"list mine: (\d+) conversations")
    assert int(first[1]) == FIRST_ROWS  # what the window showed first: the newest screenfuls
    read = app.wait_log(r"inbox view read: (\d+) conversations; chunks read after the first paint: (\d+)")
    assert int(read[1]) > SEEDED and int(read[2]) >= 1  # in steps, and whole in the end
    desk.focus(window)
    desk.key("ctrl+k")  # the search field; the list is next
    pause(0.3)
    desk.key("Tab")
    pause(0.3)
    desk.key("End")  # the oldest of Ana's conversations, read after the first paint
    desk.wait_window("^Cliente 0000 — Rvops", 15)
    desk.screenshot(desk.folder / "big-inbox-oldest.png")
    quit_with_ctrl_q(desk, app, window)
