"""Server settings: command-line flags, each also readable from an RVOPS_… environment variable."""
from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

DEFAULT_GRAPH_API_URL = "https://graph.facebook.com"
GRAPH_API_VERSION = "v21.0"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("rvops-server", "Rvops"))


def default_database_url() -> str:
    return f"sqlite:///{default_data_dir() / 'rvops.sqlite3'}"


def _env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in ("1", "true", "yes", "on")


@dataclass
class Settings:
    host: str = "127.0.0.1"
    port: int = 8600
    database_url: str = field(default_factory=default_database_url)
    demo: bool = False
    graph_api_url: str = DEFAULT_GRAPH_API_URL
    public_url: str | None = None  # how customers' browsers reach us (webchat widget)
    media_dir: Path = field(default_factory=lambda: default_data_dir() / "media")
    presence_grace_seconds: float = 20.0
    token_ttl_hours: float = 24 * 14
    max_body_bytes: int = 2 * 1024 * 1024
    max_upload_bytes: int = 100 * 1024 * 1024
    instance_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    random_seed: int | None = None

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        s = cls()
        env = os.environ
        s.host = env.get("RVOPS_HOST", s.host)
        s.port = int(env.get("RVOPS_PORT", s.port))
        s.database_url = env.get("RVOPS_DATABASE_URL", s.database_url)
        s.demo = _env_bool("RVOPS_DEMO", s.demo)
        s.graph_api_url = env.get("RVOPS_GRAPH_API_URL", s.graph_api_url)
        s.public_url = env.get("RVOPS_PUBLIC_URL", s.public_url)
        if "RVOPS_MEDIA_DIR" in env:
            s.media_dir = Path(env["RVOPS_MEDIA_DIR"])
        s.presence_grace_seconds = float(env.get("RVOPS_PRESENCE_GRACE_SECONDS", s.presence_grace_seconds))
        for key, value in overrides.items():
            if value is not None:
                setattr(s, key, value)
        return s
