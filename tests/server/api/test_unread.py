"""`unread` means "unread by the assignee": only the assignee's mark_read clears it."""
from tests.support.servers import Agent


def _unread(agent: Agent, conversation_id: str) -> int:
    return next(c for c in agent.bootstrap()["conversations"] if c["id"] == conversation_id)["unread"]


def test_a_supervisor_reading_does_not_clear_the_assignees_unread(live_server):
    ana, carla = Agent(live_server.url, "ana@demo.rvops"), Agent(live_server.url, "carla@demo.rvops")
    try:
        assert _unread(ana, "cv_maria") == 1
        looked = carla.mutate("mark_read", conversation_id="cv_maria")  # a supervisor sees all
        assert looked["status"] == "accepted" and looked["cursor"] == 0  # nothing changed
        assert _unread(ana, "cv_maria") == 1
        read = ana.mutate("mark_read", conversation_id="cv_maria")
        assert read["status"] == "accepted" and read["cursor"] is not None
        assert _unread(ana, "cv_maria") == 0
    finally:
        ana.close()
        carla.close()
