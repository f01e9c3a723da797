"""Real servers on loopback for integration tests: uvicorn in a thread, or a whole process."""
from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import uvicorn

from rvops_server.app import create_app
from rvops_server.cli import UVICORN_OPTIONS
from rvops_server.config import Settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, timeout: float = 20.0, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{url} did not become healthy in {timeout}s")


class LiveServer:
    """The real ASGI app served by uvicorn on 127.0.0.1 in a background thread."""

    def __init__(self, database_url: str, *, clock=None, demo: bool = True, media_dir: Path | None = None,
                 **settings) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.settings = Settings(host="127.0.0.1", port=self.port, database_url=database_url, demo=demo,
                                 media_dir=media_dir or Path(os.environ.get("TMPDIR", "/tmp")) / f"media-{self.port}",
                                 public_url=f"http://127.0.0.1:{self.port}", **settings)
        self.app = create_app(self.settings, clock)
        self.services = self.app.state.services
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on",
                                **UVICORN_OPTIONS)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        wait_healthy(self.url)

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        return self.services.outbound.loop

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@contextmanager
def running_demo_server(database_url: str, clock, tmp_path: Path, **settings) -> Iterator[LiveServer]:
    """The tests' server: the demo workspace (seeded, random_seed=7) on `clock`, its media under
    `tmp_path`, stopped when the block ends; `settings` adds to them (e.g. graph_api_url)."""
    server = LiveServer(database_url, clock=clock, media_dir=tmp_path / "media", random_seed=7, **settings)
    try:
        yield server
    finally:
        server.stop()


class ServerProcess:
    """`rvops-server serve` as a separate process, for kill -9 and multi-instance tests."""

    def __init__(self, database_url: str, *, demo: bool = True, port: int | None = None, env: dict | None = None,
                 log_path: Path | None = None) -> None:
        self.database_url = database_url
        self.demo = demo
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, **(env or {})}
        self.log_path = log_path
        self.process: subprocess.Popen | None = None
        self.start()

    def start(self) -> None:
        args = [sys.executable, "-m", "rvops_server.cli", "serve", "--host", "127.0.0.1", "--port", str(self.port),
                "--database-url", self.database_url, "--log-level", "warning"]
        if self.demo:
            args.append("--demo")
        if self.log_path:  # the child keeps its own copy of the file; ours closes at once
            with open(self.log_path, "ab") as out:
                self.process = subprocess.Popen(args, env=self.env, stdout=out, stderr=subprocess.STDOUT)
        else:
            self.process = subprocess.Popen(args, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        wait_healthy(self.url, process=self.process)

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


def login(url: str, email: str, password: str = "demo") -> str:
    response = httpx.post(f"{url}/api/v1/auth/login", json={"email": email, "password": password}, timeout=10)
    response.raise_for_status()
    return response.json()["token"]


class Agent:
    """A thin synchronous API client for tests: one signed-in agent."""

    def __init__(self, url: str, email: str, password: str = "demo") -> None:
        self.url = url
        self.email = email
        self.token = login(url, email, password)
        self.http = httpx.Client(base_url=url, headers={"authorization": f"Bearer {self.token}"}, timeout=15)
        self._n = 0

    def mutate(self, type_: str, mutation_id: str | None = None, **args) -> dict:
        self._n += 1
        mutation_id = mutation_id or f"{self.email.split('@')[0]}-{time.monotonic_ns()}-{self._n}"
        response = self.http.post("/api/v1/sync/mutations",
                                  json={"mutations": [{"mutation_id": mutation_id, "type": type_, "args": args}]})
        response.raise_for_status()
        return response.json()["results"][0]

    def bootstrap(self) -> dict:
        return self.http.get("/api/v1/sync/bootstrap").raise_for_status().json()

    def changes(self, since: int) -> dict:
        return self.http.get("/api/v1/sync/changes", params={"since": since}).raise_for_status().json()

    def conversation_ids(self) -> set[str]:
        return {c["id"] for c in self.bootstrap()["conversations"]}

    def close(self) -> None:
        self.http.close()


@contextmanager
def signed_in(server: LiveServer, email: str) -> Iterator[Agent]:
    """One of the demo's people signed in to `server` for the block."""
    agent = Agent(server.url, email)
    try:
        yield agent
    finally:
        agent.close()
