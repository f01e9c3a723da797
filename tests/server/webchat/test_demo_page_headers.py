"""The webchat demo page is ours: a Content-Security-Policy that allows only our own script, socket
and files, and no framing by another site."""
import httpx


def test_the_demo_page_sends_a_csp_and_refuses_framing(server):
    answer = httpx.get(f"{server.url}/webchat/demo")
    assert answer.status_code == 200 and "/webchat/widget.js" in answer.text
    policy = dict(part.strip().split(" ", 1) for part in answer.headers["Content-Security-Policy"].split(";"))
    assert policy["default-src"] == "'none'" and policy["script-src"] == "'self'"
    assert policy["connect-src"] == "'self'" and policy["frame-ancestors"] == "'none'"
    assert answer.headers["X-Frame-Options"] == "DENY" and answer.headers["X-Content-Type-Options"] == "nosniff"
