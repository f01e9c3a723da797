"""The workspace's catalogue (issue 16) over real HTTP, on SQLite and PostgreSQL: contact property
definitions and labels, each accepted for a supervisor or an admin, refused (`forbidden`) for an
agent, audited and streamed to every desk. A renamed or deleted label follows on the conversations
that have it; set_conversation_labels resolves the catalogue's ids."""
import pytest

from tests.server.api.conftest import audit_trail as trail
from tests.server.distribution.routing_kit import go_online
from tests.support.servers import Agent


def changes(agent: Agent, cursor: int, collection: str) -> dict[str, dict]:
    return {c["id"]: c for c in agent.changes(cursor)["changes"] if c["collection"] == collection}


# ---- property definitions ------------------------------------------------------------------------
def test_a_supervisor_defines_a_property_and_every_desk_receives_it(live_server, admin, carla, bruno):
    cursor = bruno.bootstrap()["cursor"]
    result = carla.mutate("upsert_property_definition", key="segmento", label="Segmento", type="choice",
                          options=["Varejo", " Indústria "], show_in_inbox=False, order=7, required=True)
    assert result["status"] == "accepted", result
    definition_id = result["data"]["id"]
    record = changes(bruno, cursor, "property_definitions")[definition_id]["record"]
    assert (record["key"], record["type"], record["choices"], record["show_in_panel"], record["position"],
            record["required"]) == ("segmento", "choice", ["Varejo", "Indústria"], False, 7, True)
    [row] = trail(admin, target_id=definition_id)
    assert (row["actor_id"], row["event"], row["target_kind"]) == ("u_carla", "property_created",
                                                                   "property_definition")
    # by key: changed in place; the desk learns it; the contact's field takes the new option
    again = carla.mutate("upsert_property_definition", key="segmento", label="Segmento", type="choice",
                         options=["Varejo", "Indústria", "Serviços"], show_in_inbox=True, order=7, required=True)
    assert again["data"] == {"id": definition_id, "changed": ["choices", "show_in_panel"]}
    assert carla.mutate("update_contact", contact_id="c_maria", fields={"segmento": "Serviços"})["status"] == "accepted"


@pytest.mark.parametrize("args, field", [
    (dict(key="Plano Novo", label="X", type="text"), "key"),
    (dict(key="phone", label="X", type="text"), "key"),
    (dict(key="nivel", label="X", type="choice"), "options"),
    (dict(key="nivel", label="X", type="choice", options=["Ouro", "ouro"]), "options"),
    (dict(key="nivel", label="X", type="number", options=["1"]), "options"),
])
def test_a_definition_against_the_rule_is_refused_with_a_sentence(live_server, carla, args, field):
    refused = carla.mutate("upsert_property_definition", **args)
    assert refused["status"] == "refused" and refused["reason"] == "invalid", refused
    assert refused["data"]["field"] == field and refused["message"].endswith(".")


def test_deleting_a_definition_keeps_the_contacts_values(live_server, admin, bruno):
    cursor = bruno.bootstrap()["cursor"]
    assert admin.mutate("delete_property_definition", id="p_cidade")["status"] == "accepted"
    assert changes(bruno, cursor, "property_definitions")["p_cidade"]["op"] == "delete"
    maria = next(c for c in admin.bootstrap()["contacts"] if c["id"] == "c_maria")
    assert maria["properties"]["cidade"] == "São Paulo"  # kept, hidden
    refused = admin.mutate("update_contact", contact_id="c_maria", fields={"cidade": "Santos"})
    assert refused["status"] == "refused" and refused["reason"] == "invalid"
    back = admin.mutate("upsert_property_definition", key="cidade", label="Cidade", type="text")
    assert back["status"] == "accepted" and back["data"]["created"]
    [row] = trail(admin, target_id="p_cidade")
    assert row["event"] == "property_deleted" and row["details"]["key"] == "cidade"
    gone = admin.mutate("delete_property_definition", id="p_cidade")
    assert gone["reason"] == "not_found"


def test_the_key_of_a_definition_never_changes(live_server, admin):
    refused = admin.mutate("upsert_property_definition", id="p_plano", key="plano_novo", label="Plano", type="text")
    assert refused["reason"] == "invalid" and refused["data"]["field"] == "key"


# ---- labels --------------------------------------------------------------------------------------
def test_a_label_is_created_renamed_on_its_conversations_and_deleted_from_them(live_server, admin, carla, ana):
    created = carla.mutate("upsert_label", name="  Cliente   VIP ", colour="#1e88e5")
    assert created["status"] == "accepted", created
    vip = created["data"]["id"]
    boleto = carla.mutate("upsert_label", name="boleto", colour="#FB8C00")["data"]["id"]
    assert [lb["name"] for lb in ana.bootstrap()["labels"] if lb["id"] == vip] == ["cliente vip"]
    taken = carla.mutate("upsert_label", name="BOLETO", colour="#000000")
    assert taken["reason"] == "conflict" and "boleto" in taken["message"]
    assert carla.mutate("upsert_label", name="x", colour="blue")["data"]["field"] == "colour"

    labelled = ana.mutate("set_conversation_labels", conversation_id="cv_maria", label_ids=[vip, boleto, vip])
    assert labelled["status"] == "accepted" and labelled["data"]["labels"] == ["cliente vip", "boleto"]
    assert ana.mutate("set_labels", conversation_id="cv_joao", labels=["Cliente VIP", "outra"])["status"] == "accepted"
    unknown = ana.mutate("set_conversation_labels", conversation_id="cv_maria", label_ids=["l_nenhuma"])
    assert unknown["reason"] == "not_found" and unknown["data"]["missing"] == ["l_nenhuma"]

    cursor = ana.bootstrap()["cursor"]
    renamed = carla.mutate("upsert_label", id=vip, name="VIP", colour="#1E88E5")
    assert renamed["data"] == {"id": vip, "changed": ["name"], "conversations": 2}
    delta = changes(ana, cursor, "conversations")
    assert delta["cv_maria"]["record"]["labels"] == ["vip", "boleto"]
    assert delta["cv_joao"]["record"]["labels"] == ["vip", "outra"]
    assert changes(ana, cursor, "labels")[vip]["record"]["name"] == "vip"

    cursor = ana.bootstrap()["cursor"]
    assert carla.mutate("delete_label", id=boleto)["data"] == {"conversations": 1}
    assert changes(ana, cursor, "conversations")["cv_maria"]["record"]["labels"] == ["vip"]
    assert changes(ana, cursor, "labels")[boleto]["op"] == "delete"
    events = [e["event"] for e in trail(admin, target_id=vip)] + [e["event"] for e in trail(admin, target_id=boleto)]
    assert events == ["label_updated", "label_created", "label_deleted", "label_created"]


def test_a_connected_desk_is_streamed_the_catalogue_as_it_changes(live_server, carla, ana):
    """Ana's desk holds the live stream: a new property, a label with an accent, its rename on her
    conversation and its deletion reach her without asking."""
    label_id = carla.mutate("upsert_label", name="2ª Via", colour="#43A047")["data"]["id"]
    assert ana.mutate("set_conversation_labels", conversation_id="cv_maria", label_ids=[label_id])["status"] \
        == "accepted"
    stream = go_online(live_server, ana)
    try:
        definition = carla.mutate("upsert_property_definition", key="nivel", label="Nível", type="number")
        stream.wait_for(lambda c: c["collection"] == "property_definitions" and c["id"] == definition["data"]["id"])
        assert carla.mutate("upsert_label", id=label_id, name="Segunda via", colour="#43A047")["status"] == "accepted"
        stream.wait_for(lambda c: c["collection"] == "labels" and c["record"]["name"] == "segunda via")
        stream.wait_for(lambda c: c["collection"] == "conversations" and c["id"] == "cv_maria"
                        and c["record"]["labels"] == ["segunda via"])
        assert carla.mutate("delete_label", id=label_id)["data"] == {"conversations": 1}
        stream.wait_for(lambda c: c["collection"] == "labels" and c["op"] == "delete")
        stream.wait_for(lambda c: c["collection"] == "conversations" and c["id"] == "cv_maria"
                        and c["record"]["labels"] == [])
    finally:
        stream.close()
