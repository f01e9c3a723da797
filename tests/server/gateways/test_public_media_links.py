"""Signed public media links expire (7 days by default, on the server's clock); a link without its
expiry, or with an expiry changed by hand, is refused."""
from __future__ import annotations

import httpx

from rvops_server.edge.public_links import PUBLIC_MEDIA_TTL, public_media_url
from tests.support.servers import Agent


def test_a_public_link_works_until_it_expires(live_server, fake_clock):
    agent = Agent(live_server.url, "ana@demo.rvops")
    try:
        upload = agent.http.post("/api/v1/attachments", files={"file": ("nota.txt", b"conteudo", "text/plain")})
    finally:
        agent.close()
    assert upload.status_code == 200, upload.text
    media_id = upload.json()["id"]
    secret = live_server.services.server_secret
    link = public_media_url(live_server.services, secret, media_id)
    assert httpx.get(link).content == b"conteudo"
    unexpiring = link.split("?")[0] + "?sig=" + link.split("sig=")[1]
    assert httpx.get(unexpiring).status_code == 403
    exp = link.split("exp=")[1].split("&")[0]
    assert httpx.get(link.replace(f"exp={exp}", f"exp={int(exp) + 10**8}")).status_code == 403
    fake_clock.advance(seconds=PUBLIC_MEDIA_TTL.total_seconds() - 60)
    assert httpx.get(link).status_code == 200
    fake_clock.advance(seconds=60)
    expired = httpx.get(link)
    assert expired.status_code == 410 and expired.json()["error"] == "expired"
