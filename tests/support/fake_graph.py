"""Meta's Graph API as far as sending goes, for journeys that watch what the server sends."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeGraph:
    """Meta's Graph API as far as sending goes: records each message sent and answers with its id,
    and each media upload (`POST /{phone-number-id}/media`, multipart) with the media id it gave."""

    def __init__(self) -> None:
        self.sent: list[dict] = []
        self.uploads: dict[str, bytes] = {}   # media id → the multipart body that brought it
        graph = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("content-length") or 0))
                if self.path.rstrip("/").endswith("/media"):
                    media_id = f"media.journey.{len(graph.uploads) + 1}"
                    graph.uploads[media_id] = raw
                    answer = json.dumps({"id": media_id}).encode()
                else:
                    body = json.loads(raw or b"{}")
                    if body.get("to"):
                        graph.sent.append(body)
                    answer = json.dumps({"messaging_product": "whatsapp", "contacts": [{"wa_id": body.get("to")}],
                                         "messages": [{"id": f"wamid.journey.{len(graph.sent)}"}]}).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *_args) -> None:
                pass

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._http.server_address[1]}"
        threading.Thread(target=self._http.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._http.shutdown()
        self._http.server_close()
