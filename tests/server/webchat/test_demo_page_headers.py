"""The webchat demo page is ours: a Content-Security-Policy that allows only our own script, socket
and files, and no framing by another site."""
import httpx
import pytest


def test_the_demo_page_sends_a_csp_and_refuses_framing(server):
    answer = httpx.get(f"{server.url}/webchat/demo")
    assert answer.status_code == 200 and "/webchat/widget.js" in answer.text
    policy = dict(part.strip().split(" ", 1) for part in answer.headers["Content-Security-Policy"].split(";"))
    assert policy["default-src"] == "'none'" and policy["script-src"] == "'self'"
    assert policy["connect-src"] == "'self'" and policy["frame-ancestors"] == "'none'"
    assert answer.headers["X-Frame-Options"] == "DENY" and answer.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.browser
def test_the_widget_still_works_on_the_demo_page_under_its_csp(page, server):
    from playwright.sync_api import expect
    violations = []
    page.on("console", lambda message: violations.append(message.text)
            if "Content Security Policy" in message.text else None)
    response = page.goto(f"{server.url}/webchat/demo")
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]  # the policy is in force
    expect(page.locator("#rvops-webchat")).to_have_attribute("data-ws", "open")
    page.locator("#rvops-launcher").click()
    expect(page.locator("#rvops-panel")).to_be_visible()
    page.locator("#rvops-input").press_sequentially("Olá")
    page.keyboard.press("Enter")
    expect(page.locator("#rvops-log li.visitor .text")).to_have_text(["Olá"])
    assert violations == []
