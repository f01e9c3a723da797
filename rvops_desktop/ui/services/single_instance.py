"""One running app per user profile: a second launch hands its arguments over and exits.

    instance = SingleInstance(key)                 # key: one per profile (see `profile_key`)
    if instance.forward(sys.argv[1:]):             # someone is running: they take the arguments
        return 0
    instance.listen()                              # we are the one: later launches reach us
    instance.received.connect(handle_arguments)    # list[str] from each later launch

A QLocalServer (a Unix socket in the runtime folder on Linux and macOS, a named pipe on Windows).
A socket left behind by a crashed instance answers nobody: it is removed and taken over.
"""
from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
CONNECT_TIMEOUT_MS = 1500
READ_TIMEOUT_MS = 3000


def profile_key(profile_folder: Path, flavour: str = "") -> str:
    """A server name unique to this user profile (its config folder) and flavour (e.g. the demo)."""
    digest = hashlib.sha256(f"{profile_folder.resolve()}|{flavour}".encode()).hexdigest()[:16]
    return f"rvops-desktop-{digest}"


class SingleInstance(QObject):
    received = Signal(list)  # the arguments of a later launch

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._server: QLocalServer | None = None

    def forward(self, arguments: list[str]) -> bool:
        """Hand `arguments` to a running instance; False when none runs (we should start)."""
        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(json.dumps({"argv": arguments}).encode() + b"\n")
        socket.flush()
        sent = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS) or socket.bytesToWrite() == 0
        # the running instance answers "ok" once it has the arguments: exit 0 only then
        answered = socket.waitForReadyRead(READ_TIMEOUT_MS) and socket.readAll().data().startswith(b"ok")
        socket.disconnectFromServer()
        return bool(sent and answered)

    def listen(self) -> bool:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.key):
            QLocalServer.removeServer(self.key)  # left by a crashed instance: nobody answered forward()
            if not server.listen(self.key):
                log.warning("single instance: cannot listen on %s (%s)", self.key, server.errorString())
                return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _accept(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            buffer = bytearray()

            def read(socket=socket, buffer=buffer) -> None:
                buffer.extend(socket.readAll().data())
                if b"\n" not in buffer:
                    return
                line = bytes(buffer).split(b"\n", 1)[0]
                try:
                    arguments = [str(a) for a in json.loads(line)["argv"]]
                except (ValueError, KeyError, TypeError):
                    log.warning("single instance: unreadable hand-over %r", line[:200])
                    socket.disconnectFromServer()
                    return
                socket.write(b"ok\n")
                socket.flush()
                log.info("a second launch handed over %s", arguments)
                self.received.emit(arguments)

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                read()
