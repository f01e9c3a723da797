"""A customer's website embedding the Webchat widget, and Debian's Chromium to visit it (Playwright):
shared by the widget's browser tests (tests/server/webchat) and the desk's webchat journey."""
from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--disable-dev-shm-usage"]


class CustomerSite:
    """Any website: one page whose only tie to us is the widget's <script> tag."""

    def __init__(self, server_url: str) -> None:
        page = (f"<!doctype html><html><head><meta charset='utf-8'><title>Loja</title></head><body>"
                f"<h1>Loja da Rita</h1><script src='{server_url}/webchat/widget.js' async></script>"
                f"</body></html>").encode()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                self.wfile.write(page)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@contextmanager
def chromium() -> Iterator[Any]:
    """Headless Chromium, launched through Playwright's sync API (which runs an event loop on this
    thread until it stops: keep it open no longer than the test needs it)."""
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("Chromium is required in CI (scripts/setup installs it)")
        pytest.skip("Debian's chromium is not installed: run scripts/setup")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()
