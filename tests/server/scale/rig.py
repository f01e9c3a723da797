"""The multi-instance rig: server processes on one PostgreSQL, signed webhooks, live-stream clients.

Shared by the scale tests and `benchmarks/bench_load.py`.
"""
from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import WebSocketException

from rvops_meta_standin.payloads import new_wamid, signed_request, text_body, wa_message, whatsapp_inbound
from rvops_contract import demo_credentials as creds
from rvops_server.domain.auth import _token_hash
from rvops_server.store import schema as t
from tests.support.servers import ServerProcess

WHATSAPP_PATH = "/webhooks/whatsapp"


class Cluster:
    """N `rvops-server serve --demo` processes sharing one PostgreSQL database."""

    def __init__(self, database_url: str, log_dir: Path, env: dict[str, str] | None = None) -> None:
        self.database_url = database_url
        self.log_dir = log_dir
        self.env = {"RVOPS_GRAPH_API_URL": "http://127.0.0.1:9", **(env or {})}
        self.servers: list[ServerProcess] = []

    def start(self, n: int) -> list[ServerProcess]:
        for _ in range(n):  # one after the other: the first one migrates and seeds
            i = len(self.servers)
            self.servers.append(ServerProcess(self.database_url, env=self.env,
                                              log_path=self.log_dir / f"instance-{i}.log"))
        return self.servers

    @property
    def urls(self) -> list[str]:
        return [s.url for s in self.servers]

    def stop(self) -> None:
        for server in self.servers:
            server.stop()


# ---- webhooks -----------------------------------------------------------------------------------
def inbound_text(wa_id: str, text: str, *, message_id: str | None = None, name: str = "Cliente") -> dict[str, Any]:
    """Meta's `messages` webhook for one customer text, to the demo WhatsApp number."""
    message = wa_message(wa_id, "text", text_body(text), message_id=message_id or new_wamid(),
                         timestamp=datetime.now(UTC))
    return whatsapp_inbound(waba_id=creds.WHATSAPP_WABA_ID, phone_number_id=creds.WHATSAPP_PHONE_NUMBER_ID,
                            display_phone_number=creds.WHATSAPP_DISPLAY_PHONE_NUMBER, wa_id=wa_id,
                            profile_name=name, message=message)


def signed(payload: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
    return signed_request(payload, creds.APP_SECRET)


def post_webhook(url: str, payload: dict[str, Any], client: httpx.Client | None = None) -> httpx.Response:
    body, headers = signed(payload)
    if client is not None:
        return client.post(f"{url}{WHATSAPP_PATH}", content=body, headers=headers)
    return httpx.post(f"{url}{WHATSAPP_PATH}", content=body, headers=headers, timeout=15)


# ---- agents -------------------------------------------------------------------------------------
def make_agents(database_url: str, n: int, prefix: str = "load") -> list[tuple[str, str]]:
    """n agents, online, each with a live session token; [(user_id, token)].

    Written straight into the database (argon2 logins for 50 agents would cost seconds of the
    machine's two cores and test nothing here); the tokens are then used over real HTTP.
    """
    engine = sa.create_engine(database_url)
    now = datetime.now(UTC).replace(tzinfo=None)
    out = []
    with engine.begin() as conn:
        password_hash = conn.execute(sa.select(t.users.c.password_hash).limit(1)).scalar_one()
        for i in range(n):
            user_id, token = f"u_{prefix}_{i:03d}", secrets.token_urlsafe(24)
            conn.execute(t.users.insert().values(
                id=user_id, name=f"Agente {prefix} {i}", email=f"{prefix}{i}@demo.rvops", password_hash=password_hash,
                role="agent", permissions={}, status="online", created_at=now))
            conn.execute(t.sessions.insert().values(token_hash=_token_hash(token), user_id=user_id, created_at=now,
                                                    expires_at=datetime(2099, 1, 1)))
            out.append((user_id, token))
    engine.dispose()
    return out


def demo_token(url: str, email: str = "ana@demo.rvops") -> str:
    response = httpx.post(f"{url}/api/v1/auth/login", json={"email": email, "password": "demo"}, timeout=15)
    response.raise_for_status()
    return response.json()["token"]


# ---- the live stream ----------------------------------------------------------------------------
@dataclass
class Stream:
    """One agent's WebSocket stream: every `changes` frame kept, the cursor followed.

    `arrivals` maps a message text to the monotonic time its record first arrived (latency).
    """
    url: str
    token: str
    cursor: int = 0
    frames: list[dict[str, Any]] = field(default_factory=list)
    arrivals: dict[str, float] = field(default_factory=dict)
    deliveries: Counter = field(default_factory=Counter)  # message text → times its record arrived
    keep_frames: bool = True
    _task: asyncio.Task | None = None
    _hello: asyncio.Event = field(default_factory=asyncio.Event)
    closed: asyncio.Event = field(default_factory=asyncio.Event)

    async def open(self, url: str | None = None) -> Stream:
        """Connect (or reconnect, to another instance) and resume from the cursor held."""
        self.url = url or self.url
        self._hello = asyncio.Event()
        self.closed = asyncio.Event()
        ws_url = self.url.replace("http://", "ws://") + f"/api/v1/sync/stream?since={self.cursor}&token={self.token}"
        self._task = asyncio.create_task(self._run(ws_url))
        await asyncio.wait_for(self._hello.wait(), 15)
        return self

    async def _run(self, ws_url: str) -> None:
        try:  # a dropped connection (the instance died) just ends the stream: the caller reopens
            with contextlib.suppress(OSError, asyncio.TimeoutError, WebSocketException):
                async with ws_connect(ws_url, max_size=None, open_timeout=15, ping_interval=None) as ws:
                    async for raw in ws:
                        received = time.monotonic()
                        frame = json.loads(raw)
                        if frame.get("type") == "hello":
                            self._hello.set()
                        elif frame.get("type") == "changes":
                            self._take(frame, received)
        finally:
            self.closed.set()

    def _take(self, frame: dict[str, Any], received: float) -> None:
        if self.keep_frames:
            self.frames.append(frame)
        for change in frame["changes"]:
            record = change.get("record") or {}
            if change["collection"] == "messages" and record.get("text") is not None:
                self.arrivals.setdefault(record["text"], received)
                self.deliveries[record["text"]] += 1
        self.cursor = frame["cursor"]

    def changes(self) -> list[dict[str, Any]]:
        return [c for f in self.frames for c in f["changes"]]

    def message_changes(self, prefix: str) -> list[dict[str, Any]]:
        return [c for c in self.changes() if c["collection"] == "messages" and c["record"]
                and (c["record"].get("text") or "").startswith(prefix)]

    async def wait_for(self, condition, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("stream condition not met in time")
            await asyncio.sleep(0.01)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
