"""The first sign-in of a big workspace counts its rows in the status bar ('Baixando a caixa de
entrada: 1.200 de 48.000'), fed by the sync engine's own status, and the bar goes when it ends."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from rvops_contract.clock import FakeClock
from rvops_desktop.models import Replica
from rvops_desktop.sync.engine import SyncEngine
from rvops_desktop.sync.transport import SyncClient
from rvops_desktop.ui.services.session import SessionService
from rvops_desktop.ui.widgets.status_bar import StatusBar

pytestmark = pytest.mark.gui


def test_the_status_bar_counts_the_first_sign_in_and_hides_when_done(qapp, tmp_path):
    replica = Replica.open(tmp_path / "replica.sqlite3")
    engine = SyncEngine(replica, SyncClient("http://127.0.0.1:9"))  # never started: its status is driven
    session = SessionService(replica, engine, {"id": "u1", "name": "Ana"}, clock=FakeClock())
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil))
    try:
        bar = StatusBar(session)
        assert bar.snapshot.isHidden()
        engine._board.set_snapshot(1200, 48000, inbox_arriving=True)
        QCoreApplication.processEvents()  # the status reaches the GUI queued, as from the engine's loop
        assert not bar.snapshot.isHidden()
        assert (bar.snapshot.value(), bar.snapshot.maximum()) == (1200, 48000)
        assert bar.snapshot.text() == "Downloading the inbox: 1.200 of 48.000"
        engine._board.set_snapshot(48000, 48000, inbox_arriving=True)
        QCoreApplication.processEvents()
        assert bar.snapshot.value() == 48000
        engine._board.set_snapshot(None)
        QCoreApplication.processEvents()
        assert bar.snapshot.isHidden() and session.snapshot is None
    finally:
        QLocale.setDefault(before)
        session.close()
        replica.close()
