"""Webchat fixtures: the real server on loopback, a customer's website on another loopback port
embedding the widget with one <script> tag, and Debian's Chromium driven by Playwright."""
from __future__ import annotations

import os
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.support.servers import signed_in

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--disable-dev-shm-usage"]


@pytest.fixture
def admin(server):
    """The admin on this folder's `server` (tests/conftest.py: SQLite), not on `live_server`."""
    with signed_in(server, "admin@demo.rvops") as agent:
        yield agent


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


@pytest.fixture
def site(server):
    customer_site = CustomerSite(server.url)
    yield customer_site
    customer_site.close()


@pytest.fixture(scope="module")   # Playwright's sync API keeps an event loop running on the main
def browser():                    # thread until it stops: a later test's asyncio.run() would fail
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("Chromium is required in CI (scripts/setup installs it)")
        pytest.skip("Debian's chromium is not installed: run scripts/setup")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="pt-BR")
    yield context.new_page()
    context.close()
