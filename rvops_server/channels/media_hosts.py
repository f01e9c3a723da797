"""Which hosts we download customers' media from: Meta's, and nothing a payload makes up (SSRF).

A webhook body is signed by Meta, but the URLs in it (Instagram's CDN links) and the ones the
Graph API hands back (WhatsApp's media URLs) are only fetched when their host is on the allow-list:
Meta's media hosts by default, or the `RVOPS_MEDIA_HOSTS` setting (comma-separated; `*.example.com`
allows the subdomains; `host:port` pins a port, otherwise only the scheme's default port), plus
the configured Graph API's own host and port (the local stand-in in the demo and tests).
Redirects are never followed, so an allowed host cannot bounce a download elsewhere.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

MEDIA_HOSTS_ENV = "RVOPS_MEDIA_HOSTS"
META_MEDIA_HOSTS = ("graph.facebook.com", "lookaside.fbsbx.com", "*.fbsbx.com", "*.fbcdn.net",
                    "*.cdninstagram.com")
DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class HostRule:
    host: str  # lower case; "*.example.com" for the subdomains
    port: int | None  # None: the scheme's default port

    @classmethod
    def parse(cls, text: str) -> HostRule:
        text = text.strip().lower()
        host, sep, port = text.rpartition(":")
        if sep and port.isdigit():
            return cls(host, int(port))
        return cls(text, None)

    def matches(self, host: str, port: int, default_port: int) -> bool:
        if port != (self.port if self.port is not None else default_port):
            return False
        if self.host.startswith("*."):
            return host.endswith(self.host[1:]) and host != self.host[2:]
        return host == self.host


@dataclass(frozen=True)
class MediaHosts:
    rules: tuple[HostRule, ...]

    @classmethod
    def build(cls, setting: str | None, graph_api_url: str | None = None) -> MediaHosts:
        """From the setting (None or empty: Meta's hosts), plus the Graph API's own address."""
        entries: Iterable[str] = [e for e in (setting or "").split(",") if e.strip()] or META_MEDIA_HOSTS
        rules = [HostRule.parse(e) for e in entries]
        if graph_api_url:
            parts = urlsplit(graph_api_url)
            if parts.hostname:
                rules.append(HostRule(parts.hostname.lower(), parts.port))
        return cls(tuple(rules))

    def allows(self, url: str | None) -> bool:
        if not url:
            return False
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:  # a port that is not a number, or out of range
            return False
        scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
        if scheme not in DEFAULT_PORTS or not host or parts.username or parts.password:
            return False
        default = DEFAULT_PORTS[scheme]
        return any(rule.matches(host, port if port is not None else default, default) for rule in self.rules)
