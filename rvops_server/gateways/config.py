"""The Meta channels' credentials and ids, from the environment, the workspace row, or the demo.

Order: RVOPS_… environment variables first, then the workspace's `settings` JSON (the ids the
admin configured), then — only in demo mode against a Graph API that is not Meta's own (the
local stand-in) — the fixed demo credentials. Demo credentials never go to graph.facebook.com.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from rvops_contract import demo_credentials as demo
from rvops_server.channels.media_hosts import MEDIA_HOSTS_ENV, MediaHosts
from rvops_server.config import DEFAULT_GRAPH_API_URL, Settings

DEFAULT_BACKOFF_SECONDS = 1.0

ENV = {
    "app_secret": "RVOPS_META_APP_SECRET",
    "access_token": "RVOPS_META_ACCESS_TOKEN",
    "verify_token": "RVOPS_META_VERIFY_TOKEN",
    "phone_number_id": "RVOPS_WHATSAPP_PHONE_NUMBER_ID",
    "waba_id": "RVOPS_WABA_ID",
    "instagram_account_id": "RVOPS_INSTAGRAM_ACCOUNT_ID",
}
DEMO = {
    "app_secret": demo.APP_SECRET,
    "access_token": demo.ACCESS_TOKEN,
    "verify_token": demo.VERIFY_TOKEN,
    "phone_number_id": demo.WHATSAPP_PHONE_NUMBER_ID,
    "waba_id": demo.WHATSAPP_WABA_ID,
    "instagram_account_id": demo.INSTAGRAM_ACCOUNT_ID,
}


@dataclass(frozen=True)
class MetaConfig:
    graph_api_url: str
    app_secret: str = ""
    access_token: str = ""
    verify_token: str = ""
    phone_number_id: str = ""
    waba_id: str = ""
    instagram_account_id: str = ""
    backoff_seconds: float = DEFAULT_BACKOFF_SECONDS  # Graph API rate-limit back-off base
    media_hosts: MediaHosts | None = None  # where customers' media may be downloaded from (SSRF)

    def __post_init__(self) -> None:
        if self.media_hosts is None:
            object.__setattr__(self, "media_hosts", MediaHosts.build(None, self.graph_api_url))

    @property
    def whatsapp_ready(self) -> bool:
        return bool(self.access_token and self.phone_number_id)

    @property
    def instagram_ready(self) -> bool:
        return bool(self.access_token)


def load_meta_config(settings: Settings, ids: dict[str, str], env: Mapping[str, str] | None = None) -> MetaConfig:
    """`ids`: those the administrator configured (domain/workspace_channels.py)."""
    env = os.environ if env is None else env
    url = settings.graph_api_url.rstrip("/")
    use_demo = settings.demo and url != DEFAULT_GRAPH_API_URL.rstrip("/")
    values: dict[str, str] = {}
    for key, name in ENV.items():
        values[key] = env.get(name) or ids.get(key) or (DEMO[key] if use_demo else "")
    backoff = float(env.get("RVOPS_GRAPH_BACKOFF_SECONDS", DEFAULT_BACKOFF_SECONDS))
    hosts = MediaHosts.build(env.get(MEDIA_HOSTS_ENV), url)
    return MetaConfig(graph_api_url=url, backoff_seconds=backoff, media_hosts=hosts, **values)
