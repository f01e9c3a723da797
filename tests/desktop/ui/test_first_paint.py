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
seen["after_first_turns"] = loaded()
print(json.dumps(seen))
'''


def test_the_wire_models_load_after_the_first_paint_not_before():
    run = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr[-2000:]
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen == {"after_build": False, "after_window": False, "at_first_paint": False, "rows": 1,
                    "after_first_turns": True}
