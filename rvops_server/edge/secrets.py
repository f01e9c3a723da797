"""One server secret signs what we hand to outsiders: webchat visitor tokens and public media links.

RVOPS_SERVER_SECRET when set (several instances must share it); otherwise a random secret kept
in the media folder, which instances already share (media are served from it).
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from rvops_server.config import Settings

SECRET_ENV = "RVOPS_SERVER_SECRET"
SECRET_FILE = ".server-secret"
SIGNATURE_HEX_LENGTH = 32


def server_secret(settings: Settings) -> bytes:
    from_env = os.environ.get(SECRET_ENV)
    if from_env:
        return from_env.encode()
    folder = Path(settings.media_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SECRET_FILE
    if not path.exists():
        fresh = secrets.token_hex(32)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another instance won the race
            pass
        else:
            with os.fdopen(fd, "w") as handle:
                handle.write(fresh)
    return path.read_text().strip().encode()


def sign(secret: bytes, purpose: str, value: str) -> str:
    return hmac.new(secret, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()[:SIGNATURE_HEX_LENGTH]


def verify(secret: bytes, purpose: str, value: str, signature: str | None) -> bool:
    if not signature:
        return False
    return hmac.compare_digest(sign(secret, purpose, value).encode(), signature.encode())
