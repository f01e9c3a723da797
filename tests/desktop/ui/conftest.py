"""GUI test rig: the real server on loopback (SQLite), a real SyncEngine on a qasync loop, the
real widgets offscreen. Each scenario is a coroutine run by `ui.run(...)` inside the Qt loop."""
from __future__ import annotations

import asyncio
import traceback

import pytest

from tests.support.waiting import until

pytest.importorskip("qasync")


@pytest.fixture
def database_url(tmp_path):
    """GUI tests run on SQLite only (the server's storage has its own PostgreSQL tests)."""
    return f"sqlite:///{tmp_path / 'server.sqlite3'}"


@pytest.fixture
def live_server(database_url, fake_clock, tmp_path):
    """The real server with its Graph API pointed at the stand-in (so sends really go out)."""
    from tests.support.servers import free_port, running_demo_server

    from .standin import StandinThread
    standin_port = free_port()
    with running_demo_server(database_url, fake_clock, tmp_path,
                             graph_api_url=f"http://127.0.0.1:{standin_port}") as server:
        standin = StandinThread(standin_port, server.url, clock=fake_clock)
        server.standin = standin.standin
        server.standin_loop = standin._loop
        yield server
        standin.stop()


_KEEP_ALIVE: list = []


class UiRig:
    def __init__(self, qapp, server, tmp_path, clock) -> None:
        import qasync
        from PySide6.QtCore import QAbstractEventDispatcher
        self.app = qapp
        qapp.setQuitOnLastWindowClosed(False)  # a dialog closing must not stop the loop
        self.server = server
        self.tmp_path = tmp_path
        self.clock = clock
        self.loop = qasync.QEventLoop(qapp, already_running=False)
        asyncio.set_event_loop(self.loop)
        self.windows = []
        self.engines = []
        self.nested = []  # where a scenario's step ran the Qt event loop inside itself
        self._dispatcher = QAbstractEventDispatcher.instance()
        self._dispatcher.awake.connect(self._on_awake)

    def _on_awake(self) -> None:
        """The event dispatcher woke while a task was running: something ran the Qt event loop
        inside a task's step (processEvents, qtbot.wait, a modal exec). qasync then runs other tasks'
        wake-ups inside that step, asyncio refuses them ("Cannot enter into task") and they are lost:
        the task waits forever (an engine's link loop then outlives its engine)."""
        task = asyncio.current_task(self.loop) if self.loop.is_running() else None
        if task is not None and len(self.nested) < 3:
            self.nested.append((task.get_name(), "".join(traceback.format_stack(limit=6)[:-1])))

    def run(self, coroutine, timeout: float = 60):
        """Run a scenario in the Qt+asyncio loop; the engines stop inside the same run."""
        async def scenario():
            try:
                return await asyncio.wait_for(coroutine, timeout)
            finally:
                await self._stop_engines()
        result = self.loop.run_until_complete(scenario())
        assert not self.nested, ("the Qt event loop ran inside a task (await ui.settle() instead):\n"
                                 + "\n".join(f"in {name}:\n{stack}" for name, stack in self.nested))
        return result

    async def settle(self) -> None:
        """Let Qt handle what is posted (layouts, queued signals, paints) without running its loop
        inside this task: QCoreApplication.processEvents() here would lose other tasks' wake-ups."""
        for _ in range(3):
            await asyncio.sleep(0)

    async def _stop_engines(self) -> None:
        for engine, _replica, session in self.engines:
            await engine.stop()
            await session.client.aclose()

    async def until(self, predicate, timeout: float = 10.0, what: str = "condition"):
        return await until(predicate, timeout, what)

    async def customer_writes(self, phone: str, name: str, text: str) -> None:
        """A WhatsApp customer writes in through the stand-in (a real signed webhook)."""
        future = asyncio.run_coroutine_threadsafe(
            self.server.standin.customer_writes_whatsapp(wa_id=phone.lstrip("+"), profile_name=name,
                                                        body={"body": text}), self.server.standin_loop)
        await asyncio.wrap_future(future)

    def wrote_recently(self, phone: str) -> None:
        """Meta's side of the demo's seed: this WhatsApp customer wrote within 24 hours, so a
        free-form reply is delivered. (The stand-in knows only what reached it; the demo's messages
        were written into our database, and a reply to someone it never heard from fails 131047.)"""
        self.server.standin.state.record_inbound("whatsapp", phone.lstrip("+"))

    async def open_window(self, email: str, **kwargs):
        """Sign in as `email`, sync a fresh replica, build and show the main window."""
        from rvops_desktop.models import Replica
        from rvops_desktop.sync.credentials import Session
        from rvops_desktop.sync.engine import SyncEngine
        from rvops_desktop.ui import build_main_window
        session = Session(self.server.url)
        session.storage = session.storage.MEMORY  # tests never touch the OS keyring
        user = await session.login(email, "demo")
        replica = Replica.open(self.tmp_path / f"{email}.sqlite3", clock=self.clock)
        engine = SyncEngine(replica, session.client)
        engine.start()
        self.engines.append((engine, replica, session))  # stopped by run() whatever happens next
        await engine.wait_idle(20)
        window = build_main_window(engine, replica, me=user, clock=self.clock, language="en", **kwargs)
        window.resize(1280, 800)
        window.show()
        self.windows.append(window)
        return window

    def close(self) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication
        for window in self.windows:
            window.shut()  # for good, whatever closing does (a managed window only hides or asks to quit)
        for widget in QApplication.topLevelWidgets():
            widget.close()
        QCoreApplication.processEvents()
        self._dispatcher.awake.disconnect(self._on_awake)
        _KEEP_ALIVE.extend(self.windows)  # never deleted mid-run: Qt objects die with the app
        for _engine, replica, _session in self.engines:
            replica.close()
        left = [task for task in asyncio.all_tasks(self.loop) if task.get_name().startswith("sync-")]
        self.loop.close()
        asyncio.set_event_loop(None)
        assert not left, f"sync tasks outlived their engine (a lost wake-up?): {left}"


@pytest.fixture(scope="module", autouse=True)
def _collect_garbage_on_the_gui_thread(qapp):
    """As the app does (ui/services/main_thread_gc.py): worker threads never free GUI objects."""
    from rvops_desktop.ui.services.main_thread_gc import MainThreadGarbageCollector
    collector = MainThreadGarbageCollector()
    yield
    collector.stop()


@pytest.fixture
def ui(qapp, live_server, tmp_path, fake_clock, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))  # QSettings (mutes, last login) stay in the test
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    rig = UiRig(qapp, live_server, tmp_path, fake_clock)
    yield rig
    rig.close()
