"""The floor of bench_load.py: a bare uvicorn ASGI app (no framework, no database) in its own process
that checks the signature, parses the JSON and pushes each message to the WebSocket streams.

    .venv/bin/python benchmarks/load_floor.py PORT
"""
from __future__ import annotations

import hashlib
import hmac
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rvops_contract import demo_credentials as creds
from tests.support.servers import free_port, wait_healthy


# ---- the floor: bare uvicorn, no framework, no database --------------------------------------
def floor_app():
    sockets: set = set()
    state = {"cursor": 0}
    secret = creds.APP_SECRET.encode()

    async def app(scope, receive, send):
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] == "websocket":
            await receive()  # websocket.connect
            await send({"type": "websocket.accept"})
            await send({"type": "websocket.send", "text": json.dumps({"type": "hello", "cursor": 0})})
            sockets.add(send)
            try:
                while (await receive())["type"] != "websocket.disconnect":
                    pass
            finally:
                sockets.discard(send)
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        if scope["path"] == "/healthz":
            status, out = 200, b'{"status":"ok"}'
        else:
            headers = dict(scope["headers"])
            expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
            if not hmac.compare_digest(expected.encode(), headers.get(b"x-hub-signature-256", b"")):
                status, out = 403, b"{}"
            else:
                message = json.loads(body)["entry"][0]["changes"][0]["value"]["messages"][0]
                state["cursor"] += 1
                frame = json.dumps({"type": "changes", "cursor": state["cursor"], "changes": [
                    {"cursor": state["cursor"], "collection": "messages", "op": "upsert", "id": message["id"],
                     "record": {"id": message["id"], "text": message["text"]["body"]}}]})
                for push in list(sockets):
                    try:
                        await push({"type": "websocket.send", "text": frame})
                    except Exception:  # noqa: BLE001 - a client gone mid-push
                        sockets.discard(push)
                status, out = 200, b'{"ok":true}'
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": out})

    return app


def serve_floor(port: int) -> None:
    import uvicorn
    uvicorn.run(floor_app(), host="127.0.0.1", port=port, log_level="warning", ws="websockets")


class Floor:
    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen([sys.executable, __file__, str(self.port)])
        wait_healthy(self.url, process=self.process)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


if __name__ == "__main__":
    serve_floor(int(sys.argv[1]))
