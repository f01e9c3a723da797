"""Webchat fixtures: the real server on loopback, a customer's website on another loopback port
embedding the widget with one <script> tag, and Debian's Chromium driven by Playwright."""
from __future__ import annotations

import pytest

from tests.support.servers import signed_in
from tests.support.webchat_site import CustomerSite, chromium


@pytest.fixture
def admin(server):
    """The admin on this folder's `server` (tests/conftest.py: SQLite), not on `live_server`."""
    with signed_in(server, "admin@demo.rvops") as agent:
        yield agent


@pytest.fixture
def site(server):
    customer_site = CustomerSite(server.url)
    yield customer_site
    customer_site.close()


@pytest.fixture(scope="module")   # Playwright's sync API keeps an event loop running on the main
def browser():                    # thread until it stops: a later test's asyncio.run() would fail
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="pt-BR")
    yield context.new_page()
    context.close()
