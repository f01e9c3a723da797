"""The Meta Graph API stand-in in a background thread, for the GUI tests' live server."""
from __future__ import annotations

import asyncio
import threading
from dataclasses import replace


class StandinThread:
    def __init__(self, port: int, server_url: str, clock=None) -> None:
        from rvops_meta_standin.app import MetaStandin
        from rvops_meta_standin.state import StandinConfig
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        config = replace(StandinConfig(), whatsapp_webhook_url=f"{server_url}/webhooks/whatsapp",
                         instagram_webhook_url=f"{server_url}/webhooks/instagram", status_delays=(0.1, 0.2, 0.3))
        self.standin = MetaStandin(config, clock=clock)
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, daemon=True, name="standin")
        self._thread.start()
        if not self._ready.wait(20):
            raise TimeoutError("stand-in did not start")

    def _run(self) -> None:
        from rvops_meta_standin.serving import serve

        async def main():
            self._stop = asyncio.Event()
            async with serve(self.standin.app, port=self.port) as url:
                self.standin.public_url = url
                self._ready.set()
                await self._stop.wait()
        self._loop = asyncio.new_event_loop()
        try:
            self._loop.run_until_complete(main())
        finally:
            self._ready.set()
            self._loop.close()

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)
