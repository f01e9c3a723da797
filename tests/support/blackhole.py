"""A loopback socket that accepts connections and never answers: a Graph API that hangs, or a trap
that tells whether anybody tried to fetch from it."""
from __future__ import annotations

import socket
import threading


class BlackHole:
    def __init__(self) -> None:
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.connections: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            self.connections.append(conn)  # held open, never read from nor answered

    def close(self) -> None:
        self._listener.close()
        for conn in self.connections:
            conn.close()
