"""No token in any log line: a real `rvops-server serve` process logging at info (uvicorn's access
log on), agents streaming — the desktop client (token in the Authorization header) and an old
client (`?token=`) — and a webchat visitor reconnecting with `?token=`; then read every line."""
from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys

import httpx
from websockets.asyncio.client import connect

from rvops_desktop.sync.transport import SyncClient
from tests.support.servers import free_port, login, wait_healthy


def test_no_token_appears_in_any_log_line(tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = tmp_path / "server.log"
    with open(log_path, "wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "rvops_server.cli", "serve", "--host", "127.0.0.1",
                                    "--port", str(port), "--database-url", f"sqlite:///{tmp_path / 'db.sqlite3'}",
                                    "--demo", "--log-level", "info"], stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_healthy(url, process=process)
        token = login(url, "ana@demo.rvops")
        visitor_token = asyncio.run(_stream_everywhere(url, token))
        assert httpx.get(f"{url}/api/v1/sync/changes", params={"since": 0, "token": token},
                         headers={"authorization": f"Bearer {token}"}).status_code == 200
    finally:
        process.terminate()
        process.wait(10)
    lines = log_path.read_text().splitlines()
    assert any('"WebSocket /api/v1/sync/stream?since=0"' in line for line in lines), lines  # the desktop client
    assert any("/api/v1/sync/stream?since=0&token=[redacted]" in line for line in lines), lines  # an old client
    assert any("/webchat/ws?token=[redacted]" in line for line in lines), lines
    assert any("/api/v1/sync/changes?since=0&token=[redacted]" in line for line in lines), lines
    leaks = [line for line in lines if token in line or visitor_token in line]
    assert leaks == []
    # uvicorn's own lines ("INFO:     Uvicorn running on …", the access log) had no time: one format for all
    untimed = [line for line in lines if line.strip() and not RECORD.match(line)]
    assert untimed == [], untimed
    assert any(RECORD.match(line) and "uvicorn.access" in line for line in lines)


RECORD = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (DEBUG|INFO|WARNING|ERROR|CRITICAL) [\w.]+: ")


async def _stream_everywhere(url: str, token: str) -> str:
    client = SyncClient(url, token)
    try:
        stream = client.stream(0)
        assert (await anext(stream)).type == "hello"
        await stream.aclose()
    finally:
        await client.aclose()
    ws_url = url.replace("http://", "ws://")
    async with connect(f"{ws_url}/api/v1/sync/stream?since=0&token={token}") as old_client:
        assert json.loads(await old_client.recv())["type"] == "hello"
    async with connect(f"{ws_url}/webchat/ws") as visitor:
        visitor_token = json.loads(await visitor.recv())["token"]
    async with connect(f"{ws_url}/webchat/ws?token={visitor_token}") as visitor:
        assert json.loads(await visitor.recv())["token"] == visitor_token
    return visitor_token
