"""Transfer (S7) moves visibility and unread state; close (S10) ends it, and the next inbound
message opens a new conversation that is routed again."""
import httpx

from rvops_contract.clock import to_iso
from tests.server.distribution.routing_kit import (
    audit,
    conversation,
    customer_writes,
    give_open_conversations,
    go_online,
    sees,
    set_user,
)


def test_transfer_to_an_agent_moves_the_conversation_with_its_history(live_server, ana, bruno):
    before = {m["id"] for m in ana.bootstrap()["messages"] if m["conversation_id"] == "cv_maria"}
    sender = go_online(live_server, ana)
    try:  # bruno is offline: allowed, the picker shows it
        result = ana.mutate("transfer", conversation_id="cv_maria", to_user_id="u_bruno", note="Cliente VIP, cuidado")
        assert result["status"] == "accepted" and result["data"]["assignee_id"] == "u_bruno"
        sender.wait_for(lambda c: c["id"] == "cv_maria" and c["op"] == "delete")  # gone from ana at once
    finally:
        sender.close()
    assert not sees(ana, "cv_maria")
    snapshot = bruno.bootstrap()
    conv = next(c for c in snapshot["conversations"] if c["id"] == "cv_maria")
    assert conv["assignee_id"] == "u_bruno" and conv["unread"] >= 1
    received = {m["id"]: m for m in snapshot["messages"] if m["conversation_id"] == "cv_maria"}
    assert before <= set(received)  # the whole history
    notes = [m for m in received.values() if m["kind"] == "note"]
    assert [n["text"] for n in notes] == ["Cliente VIP, cuidado"]
    assert any(c["id"] == "c_maria" for c in snapshot["contacts"])
    assert [e["event"] for e in audit(live_server, "cv_maria")][-2:] == ["transferred", "assigned"]


def test_transfer_to_a_team_is_routed_by_the_team_method_never_back_to_the_sender(live_server, admin, ana, bruno,
                                                                                   carla):
    assert admin.mutate("set_distribution_method", method="least_busy", team_id="t_vendas")["status"] == "accepted"
    streams = [go_online(live_server, a) for a in (ana, bruno)]
    try:
        assert bruno.mutate("claim", conversation_id="cv_lucia")["status"] == "accepted"
        # bruno (1 open) is the least busy of Vendas, but he is the sender; ana has 3
        result = bruno.mutate("transfer", conversation_id="cv_lucia", to_team_id="t_vendas")
        assert result["status"] == "accepted" and result["data"]["assignee_id"] == "u_ana"
        row = conversation(live_server, "cv_lucia")
        assert row["assignee_id"] == "u_ana" and row["team_id"] == "t_vendas" and row["unread_count"] >= 1
        assert not sees(bruno, "cv_lucia") and sees(ana, "cv_lucia")
    finally:
        for stream in streams:
            stream.close()


def test_transfer_to_a_team_with_nobody_available_waits_in_its_queue(live_server, admin, ana, carla):
    assert admin.mutate("set_distribution_method", method="least_busy", team_id="t_suporte")["status"] == "accepted"
    result = ana.mutate("transfer", conversation_id="cv_joao", to_team_id="t_suporte")
    assert result["status"] == "accepted" and result["data"]["assignee_id"] is None
    assert not sees(ana, "cv_joao") and sees(carla, "cv_joao")
    stream = go_online(live_server, carla)
    try:
        assert conversation(live_server, "cv_joao")["assignee_id"] == "u_carla"
    finally:
        stream.close()


def test_only_the_assignee_or_a_supervisor_with_the_permission_may_transfer(live_server, ana, bruno, carla):
    refused = bruno.mutate("transfer", conversation_id="cv_maria", to_user_id="u_bruno")
    assert refused["reason"] == "not_assigned" and "Ana Souza" in refused["message"]
    set_user(live_server, "u_ana", permissions={"transfer": False})
    refused = ana.mutate("transfer", conversation_id="cv_maria", to_user_id="u_bruno")
    assert refused["reason"] == "forbidden" and "transfer" in refused["message"]
    assert carla.mutate("transfer", conversation_id="cv_maria", to_user_id="u_bruno")["status"] == "accepted"
    assert ana.mutate("transfer", conversation_id="cv_joao", to_team_id="t_nenhum")["reason"] == "forbidden"
    assert carla.mutate("transfer", conversation_id="cv_joao", to_team_id="t_nenhum")["reason"] == "not_found"
    both = carla.mutate("transfer", conversation_id="cv_joao", to_user_id="u_bruno", to_team_id="t_vendas")
    assert both["reason"] == "invalid"


def test_close_then_inbound_opens_a_new_conversation_routed_again(live_server, admin, ana):
    assert admin.mutate("set_distribution_method", method="owner")["status"] == "accepted"
    now = live_server.services.clock.now()
    assert ana.mutate("close", conversation_id="cv_maria")["status"] == "accepted"
    closed = conversation(live_server, "cv_maria")
    assert closed["status"] == "closed" and closed["closed_by"] == "u_ana"
    assert to_iso(closed["closed_at"]) == to_iso(now)
    again = ana.mutate("close", conversation_id="cv_maria")
    assert again["status"] == "accepted" and again["data"] == {"already_closed": True}
    assert [e["event"] for e in audit(live_server, "cv_maria")].count("closed") == 1
    assert ana.mutate("send_message", conversation_id="cv_maria", text="oi")["reason"] == "closed"

    stream = go_online(live_server, ana)
    try:
        live_server.services.clock.advance(seconds=5)
        reopened = customer_writes(live_server, sender="+5511987654321", text="Oi de novo!")
        assert reopened.new_conversation and reopened.conversation_id != "cv_maria"
        row = conversation(live_server, reopened.conversation_id)
        assert row["assignee_id"] == "u_ana" and row["unread_count"] == 1  # routed again: to the owner
        stream.wait_for(lambda c: c["id"] == reopened.conversation_id and c["record"]["unread"] == 1)
    finally:
        stream.close()
    history = httpx.get(f"{live_server.url}/api/v1/contacts/c_maria/history",
                        headers={"authorization": f"Bearer {ana.token}"}).raise_for_status().json()
    ids = [c["id"] for c in history["conversations"]]
    assert {"cv_maria", "cv_maria_old", reopened.conversation_id} <= set(ids)


def test_closing_frees_capacity_for_a_waiting_conversation(live_server, admin, bruno):
    assert admin.mutate("set_distribution_method", method="least_busy")["status"] == "accepted"
    set_user(live_server, "u_bruno", capacity=2)
    give_open_conversations(live_server, "u_bruno", 1)
    stream = go_online(live_server, bruno)  # takes cv_lucia: now full
    try:
        assert conversation(live_server, "cv_lucia")["assignee_id"] == "u_bruno"
        waiting = customer_writes(live_server).conversation_id
        assert conversation(live_server, waiting)["assignee_id"] is None
        assert bruno.mutate("close", conversation_id="cv_lucia")["status"] == "accepted"
        assert conversation(live_server, waiting)["assignee_id"] == "u_bruno"
    finally:
        stream.close()
