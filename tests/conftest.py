"""Root test configuration: no display, and no network beyond loopback."""
import os
import socket

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_real_connect = socket.socket.connect


def _loopback_only(self, address):
    host = address[0] if isinstance(address, tuple) else None
    if host is not None and not (host.startswith("127.") or host in ("localhost", "::1")):
        raise RuntimeError(f"test tried to reach {host!r}: only loopback is allowed in tests")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def _block_outside_network(monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)
