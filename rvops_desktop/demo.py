"""The embedded demo: the server, a stand-in of Meta's Graph API and simulated customers, on loopback.

Customers write in on all three channels: WhatsApp and Instagram through the stand-in's signed
webhooks, and website visitors through the webchat widget's own socket.

`DemoStack().start()` runs all three in one background thread with its own asyncio loop: the
server on a SQLite file in a temporary folder with the demo workspace seeded, its Graph API URL
pointed at the stand-in, the stand-in delivering signed webhooks back to the server, and the
customer simulator writing in. `stop()` ends everything it started. No Qt here.
"""
from __future__ import annotations

import asyncio
import logging
import shutil
import socket
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

DEMO_AGENT_EMAIL = "ana@demo.rvops"
DEMO_PASSWORD = "demo"
STARTUP_TIMEOUT_SECONDS = 60


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class DemoStack:
    simulate_customers: bool = True
    simulator_seed: int = 42
    folder: Path | None = None
    server_url: str = ""
    standin_url: str = ""
    _thread: threading.Thread | None = field(default=None, repr=False)
    _loop: asyncio.AbstractEventLoop | None = field(default=None, repr=False)
    _stop: asyncio.Event | None = field(default=None, repr=False)
    _ready: threading.Event = field(default_factory=threading.Event, repr=False)
    _error: BaseException | None = field(default=None, repr=False)
    _owns_folder: bool = field(default=False, repr=False)

    def start(self) -> DemoStack:
        if self.folder is None:
            self.folder = Path(tempfile.mkdtemp(prefix="rvops-demo-"))
            self._owns_folder = True
        server_port, standin_port = _free_port(), _free_port()
        self.server_url = f"http://127.0.0.1:{server_port}"
        self.standin_url = f"http://127.0.0.1:{standin_port}"
        self._thread = threading.Thread(target=self._run, args=(server_port, standin_port), name="rvops-demo",
                                        daemon=True)
        self._thread.start()
        if not self._ready.wait(STARTUP_TIMEOUT_SECONDS):
            raise TimeoutError("the demo server did not start in time")
        if self._error is not None:
            raise RuntimeError(f"the demo could not start: {self._error}") from self._error
        return self

    def _run(self, server_port: int, standin_port: int) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._main(server_port, standin_port))
        except BaseException as exc:  # reported to start() or logged at stop
            self._error = exc
            log.exception("demo stack stopped with an error")
        finally:
            self._ready.set()
            loop.close()

    async def _main(self, server_port: int, standin_port: int) -> None:
        from rvops_meta_standin.app import MetaStandin
        from rvops_meta_standin.serving import serve
        from rvops_meta_standin.state import StandinConfig
        from rvops_server.app import create_app
        from rvops_server.config import Settings

        self._stop = asyncio.Event()
        standin = MetaStandin(StandinConfig(
            whatsapp_webhook_url=f"{self.server_url}/webhooks/whatsapp",
            instagram_webhook_url=f"{self.server_url}/webhooks/instagram",
            status_delays=(0.3, 1.0, 2.5)))
        settings = Settings(host="127.0.0.1", port=server_port, demo=True,
                            database_url=f"sqlite:///{self.folder / 'server.sqlite3'}",
                            media_dir=self.folder / "media", graph_api_url=self.standin_url,
                            public_url=self.server_url)
        server_app = create_app(settings)
        async with serve(standin.app, port=standin_port), serve(server_app, port=server_port):
            from rvops_server.demo.seed import customer_windows
            for channel, customer, last_message in customer_windows(server_app.state.services.store):
                standin.state.record_inbound(channel, customer, last_message)  # Meta saw what the seed holds
            tasks = []
            if self.simulate_customers:  # WhatsApp and Instagram through Meta's stand-in; webchat visitors
                from rvops_meta_standin.simulator import CustomerSimulator
                from rvops_meta_standin.webchat_visitors import WebchatVisitorSimulator
                simulator = CustomerSimulator(self.standin_url, seed=self.simulator_seed)
                visitors = WebchatVisitorSimulator(self.server_url, seed=self.simulator_seed)
                tasks = [asyncio.create_task(simulator.run(self._stop)), asyncio.create_task(visitors.run(self._stop))]
            self._ready.set()
            await self._stop.wait()
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            if tasks:
                await simulator.aclose()

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(20)
        if self._owns_folder and self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> DemoStack:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
