"""The window's first paint comes before work it does not need: the wire's argument models (pydantic,
≈ 0.1 s) load on the event loop's turn after it, not on the way to it nor in the agent's first click.
In a fresh interpreter: this process has long imported them."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[3]

# the window shown in the probe: what `loaded()` says after building it, at its first paint, and its rows
SHOWN = r'''
seen["after_window"] = loaded()
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "at_first_paint" not in seen:
            seen["at_first_paint"] = loaded()
        return False
spy = FirstPaint()
window.list.view.viewport().installEventFilter(spy)
window.resize(900, 600)
window.show()
for _ in range(50):
    app.processEvents()
seen["rows"] = window.inbox_model.rowCount()
'''

PROBE = r'''
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication([])
from rvops_desktop.models import Replica
from rvops_desktop.ui import build_main_window
replica = Replica.open(None)
me = {"id": "u_ana", "name": "Ana", "email": "ana@demo.rvops", "role": "agent", "team_ids": [], "permissions": {}}
replica.apply_bootstrap({"cursor": 1, "users": [me], "conversations": [
    {"id": "cv_1", "channel": "whatsapp", "status": "open", "assignee_id": "u_ana", "last_message_at": "2026-01-05T10:00:00Z"}]})
loaded = lambda: "rvops_contract.wire.args" in sys.modules
seen = {"after_build": loaded()}
window = build_main_window(None, replica, me=me, language="en", notifications=False)
''' + SHOWN + r'''seen["after_first_turns"] = loaded()
print(json.dumps(seen))
'''


def test_the_wire_models_load_after_the_first_paint_not_before():
    run = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr[-2000:]
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen == {"after_build": False, "after_window": False, "at_first_paint": False, "rows": 1,
                    "after_first_turns": True}


ORM_PROBE = r'''
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication([])
from rvops_desktop.models import Replica
from rvops_desktop.ui import build_main_window
loaded = lambda: sorted(m for m in ("sqlalchemy", "sqlmodel", "rvops_desktop.models.tables", "rvops_desktop.models.store")
                        if m in sys.modules)
replica = Replica.open(sys.argv[1])
seen = {"after_open": loaded()}
me = {"id": "u_ana", "name": "Ana", "email": "ana@demo.rvops", "role": "agent", "team_ids": ["t_sales"],
      "permissions": {}}
window = build_main_window(None, replica, me=me, language="en", notifications=False)
''' + SHOWN + r'''seen["views"] = [window.views_model.index(row).data() for row in range(window.views_model.rowCount())]
seen["assignee"] = window.pane._user_name("u_bruno")
seen["after_first_turns"] = loaded()
seen["statements_compiled"] = len(replica.engine._compiled_cache)  # before the agent's first click
print(json.dumps(seen))
'''


def test_a_replica_at_the_current_schema_paints_its_inbox_before_the_orm_loads(tmp_path):
    """SQLModel and the replica's table classes (≈ 0.2 s) load on a turn after the first paint: the
    list, the views' team names and the users' names come from plain SQL (models/inbox_reads.py)."""
    from rvops_desktop.models import Replica
    path = tmp_path / "replica.sqlite3"
    replica = Replica.open(path)
    replica.apply_bootstrap({"cursor": 1, "users": [
        {"id": "u_ana", "name": "Ana", "email": "ana@demo.rvops", "role": "agent", "team_ids": ["t_sales"]},
        {"id": "u_bruno", "name": "", "email": "bruno@demo.rvops", "role": "agent"}],
        "teams": [{"id": "t_sales", "name": "Vendas"}],
        "conversations": [{"id": f"cv_{i}", "channel": "whatsapp", "status": "open", "assignee_id": "u_ana",
                           "last_message_at": f"2026-01-05T10:0{i}:00Z"} for i in range(3)]})
    replica.close()
    run = subprocess.run([sys.executable, "-c", ORM_PROBE, str(path)], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr[-2000:]
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    orm = ["rvops_desktop.models.store", "rvops_desktop.models.tables", "sqlalchemy", "sqlmodel"]
    assert seen["after_open"] == seen["after_window"] == seen["at_first_paint"] == []
    assert seen["rows"] == 3 and seen["assignee"] == "bruno@demo.rvops"
    assert any("Vendas" in (name or "") for name in seen["views"]), seen["views"]
    assert seen["after_first_turns"] == orm
    assert seen["statements_compiled"] >= 4  # Store.warm(): opening a conversation, paging its thread


LEAN_PROBE = r'''
import json, sys
sys.modules["pjsua2"] = None  # as on a computer without the SIP engine's wheel
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication([])
from rvops_desktop.models import Replica
from rvops_desktop.ui import build_main_window
loaded = lambda: sorted(m for m in ("asyncio", "phonenumbers", "rvops_desktop.voip", "rvops_desktop.voip.availability")
                        if m in sys.modules)
replica = Replica.open(sys.argv[1])
me = {"id": "u_ana", "name": "Ana", "email": "ana@demo.rvops", "role": "agent", "team_ids": [], "permissions": {}}
window = build_main_window(None, replica, me=me, language="en", notifications=False)
call = window.pane.header.buttons["call"]
seen = {"tip_at_build": call.toolTip()}
''' + SHOWN + r'''seen["after_first_turns"] = loaded()
seen["tip"] = call.toolTip()
seen["indicator"] = window.status.registration.toolTip()
seen["enabled"] = call.isEnabled()
print(json.dumps(seen))
'''


def test_the_first_paint_waits_for_no_sip_engine_asyncio_or_numbering_plan(tmp_path):
    """Without a softphone, whether the SIP engine is missing is asked (≈ 35 ms) on a turn after the
    first paint, and the Call buttons then say so; asyncio (thumbnails' downloads) loads when used and
    the numbering plans (≈ 13 ms, the contact panel's call button writes the number with them) on a
    turn after the first paint, not on the first conversation opened. The buttons are off all along."""
    from rvops_desktop.models import Replica
    path = tmp_path / "replica.sqlite3"
    replica = Replica.open(path)
    replica.apply_bootstrap({"cursor": 1, "users": [{"id": "u_ana", "name": "Ana", "email": "ana@demo.rvops",
                                                     "role": "agent"}],
                             "conversations": [{"id": "cv_1", "channel": "whatsapp", "status": "open",
                                                "assignee_id": "u_ana", "last_message_at": "2026-01-05T10:00:00Z"}]})
    replica.close()
    run = subprocess.run([sys.executable, "-c", LEAN_PROBE, str(path)], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr[-2000:]
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["after_window"] == seen["at_first_paint"] == []
    assert seen["tip_at_build"] == "The softphone is not started."
    assert "rvops_desktop.voip.availability" in seen["after_first_turns"]
    assert "phonenumbers" in seen["after_first_turns"]
    assert "pjsua2-python" in seen["tip"] and "pjsua2-python" in seen["indicator"]
    assert seen["enabled"] is False
