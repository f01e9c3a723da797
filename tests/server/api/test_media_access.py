"""Stored media over real HTTP: only who may see a conversation downloads its files, and an
agent attaches only files they uploaded (or that are already in a conversation they see)."""
import pytest

from tests.support.servers import Agent

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def agents(live_server):
    made = {name: Agent(live_server.url, f"{name}@demo.rvops") for name in ("ana", "bruno", "carla")}
    yield made
    for agent in made.values():
        agent.close()


def upload(agent: Agent, name="proposta.png") -> str:
    response = agent.http.post("/api/v1/attachments", files={"file": (name, PNG, "image/png")})
    assert response.status_code == 200, response.text
    return response.json()["id"]


def test_only_who_sees_the_conversation_downloads_its_attachment(agents):
    ana, bruno, carla = agents["ana"], agents["bruno"], agents["carla"]
    media_id = upload(ana)
    assert ana.http.get(f"/api/v1/media/{media_id}").status_code == 200  # her own upload, not attached yet
    assert bruno.http.get(f"/api/v1/media/{media_id}").status_code == 403
    sent = ana.mutate("send_message", conversation_id="cv_maria", text="segue", attachment_id=media_id)
    assert sent["status"] == "accepted", sent

    mine = ana.http.get(f"/api/v1/media/{media_id}")
    assert mine.status_code == 200 and mine.content == PNG
    refused = bruno.http.get(f"/api/v1/media/{media_id}")
    assert refused.status_code == 403
    body = refused.json()
    assert body["error"] == "forbidden" and "conversa" in body["message"] and body["message"].endswith(".")
    assert carla.http.get(f"/api/v1/media/{media_id}").status_code == 200  # a supervisor sees all
    assert bruno.http.get("/api/v1/media/does-not-exist").status_code == 404

    # visibility follows the conversation: transferred to Bruno, the file goes with it
    assert ana.mutate("transfer", conversation_id="cv_maria", to_user_id="u_bruno")["status"] == "accepted"
    assert bruno.http.get(f"/api/v1/media/{media_id}").status_code == 200
    # Ana keeps Maria's history (her closed cv_maria_old), which shows this message: so does the file
    assert ana.http.get("/api/v1/contacts/c_maria/history").status_code == 200
    assert ana.http.get(f"/api/v1/media/{media_id}").status_code == 200


def test_an_agent_attaches_only_their_own_upload_or_a_file_they_see(agents):
    ana, bruno = agents["ana"], agents["bruno"]
    anas = upload(ana)
    assert bruno.mutate("claim", conversation_id="cv_lucia")["status"] == "accepted"
    stolen = bruno.mutate("send_message", conversation_id="cv_lucia", text="", attachment_id=anas)
    assert stolen["status"] == "refused" and stolen["reason"] == "forbidden"
    assert "arquivo" in stolen["message"]
    bruno_own = upload(bruno)
    own = bruno.mutate("send_message", conversation_id="cv_lucia", text="", attachment_id=bruno_own)
    assert own["status"] == "accepted", own
    lucia = next(c for c in bruno.bootstrap()["conversations"] if c["id"] == "cv_lucia")
    assert lucia["last_message_preview"].startswith("▣")  # a file alone is not a blank line in the inbox
    # a file already in a conversation the agent sees may be sent again
    again = bruno.mutate("send_message", conversation_id="cv_lucia", text="de novo", attachment_id=bruno_own)
    assert again["status"] == "accepted", again
    assert ana.mutate("send_message", conversation_id="cv_maria", text="", attachment_id=bruno_own)["reason"] \
        == "forbidden"
